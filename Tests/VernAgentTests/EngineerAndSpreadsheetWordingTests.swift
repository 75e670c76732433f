import Foundation
import Testing
import VernAPI
import VernRecipe
@testable import VernAgent

/// Requests in a data engineer's words ("company can be null", "coalesce notes with Lifecycle
/// Stage", "source field … -> target field …") and a spreadsheet user's ("find and replace",
/// "text to columns", "like I would in Excel"), requests after their reason ("…, so I think we
/// probably want to make Phone required"), and the readings they must never turn into.
@Suite struct EngineerAndSpreadsheetWordingTests {
    @Test(arguments: [
        // A data engineer's words.
        ("company can be null", "company is optional"),
        ("notes are nullable", "notes is optional"),
        ("phone must not be null", "phone is required"),
        ("coalesce company with Company Domain", "when company is empty use Company Domain"),
        ("company: if null, fall back to the Company Domain value", "when company is empty use Company Domain"),
        ("backfill empty notes with 'none'", "when notes is empty use 'none'"),
        ("use Company Domain as the source for company", "map Company Domain to company"),
        ("source field Lifecycle Stage -> target field notes, replacing Notes", "map Lifecycle Stage to notes"),
        ("normalise company to upper case", "upper-case company"),
        ("lowercase the notes text", "lower-case notes"),
        ("these are german numbers, normalise to E.164 accordingly", "phone region DE"),
        ("the phone numbers should get the +44 in front", "phone region GB"),
        // A spreadsheet user's words.
        ("find and replace webinar with Event", "map webinar to Event"),
        ("In the lead source column, find and replace chat with Web.", "map chat to Web"),
        ("podcast is an Advertising source for us", "map podcast to Advertising"),
        ("Anything that says podcast in the lead source is really Event.", "map podcast to Event"),
        ("filter out the customer stage", "drop rows where Lifecycle Stage is customer"),
        ("Delete every row that has an invalid cell anywhere.", "drop the invalid rows"),
        ("Please delete the row for Alan Turing, that's record 1002.", "drop record 1002"),
        ("Row 3 has no notes at all, just delete that row.", "drop row 3"),
        ("Copy the Company into the notes column with the blanks before and after removed.", "put Company in notes and trim notes"),
        ("Filter out everything owned by Bob Ray and delete those rows, like I would in Excel.", "drop rows owned by Bob Ray"),
        ("The header says Contact Owner in my file. I'd like that column copied into notes, the way I'd paste a column over in Excel.", "put Contact Owner in notes"),
        ("split Company on the last space: first part to company, last word into notes",
         "company = everything before the last space of Company; notes = everything after the last space of Company"),
        ("I'd like the notes to show the owner and the stage, joined with a comma and a space, e.g. Eve Stone, lead.",
         "combine Contact Owner and Lifecycle Stage into notes separated by ', '"),
        // Values outside the picklist, said other ways.
        ("Everything that isn't one of the seven allowed options should become Other.", "anything else in lead source becomes Other"),
        ("anything in lead source that isn't recognised should fall back to Referral", "anything else in lead source becomes Referral"),
        ("Could any leftover lead source value fall back to Event, please? Web should stay Web, of course.", "anything else in lead source becomes Event"),
        // Columns required, optional, not imported, said with what they mean.
        ("It's fine if the phone cells are blank for some people, please don't flag those.", "phone is optional"),
        ("Notes should be required, I don't want any blank notes cells going in.", "notes is required"),
        ("We won't be importing Notes this time, get rid of that whole column.", "don't import notes"),
        ("company domain were not bringing that over", "don't import company_domain"),
        // The request after its reason, an example beside it, a hedge around it.
        ("Marketing considers webinar leads to be events, so I think webinar should map to Event.", "map webinar to Event"),
        ("The dialler can't place calls without a number, so I think we probably want to make Phone required.", "phone is required"),
        ("Contacts without a phone number are no use to the call centre, so could we drop the rows that have no Phone?", "drop rows with no phone"),
        ("For what it's worth, the podcast leads all came from sponsored episodes, so I'd count podcast as Advertising.", "map podcast to Advertising"),
        ("I'd like podcast to count as Event; also, please make Phone required, because the dialler needs it.", "map podcast to Event; phone is required"),
        ("I'm not sure whether this is wise, but the client asked for the notes to be lower case throughout. Could you do that?", "lower-case notes"),
        ("Where a contact has no company, I think it would be sensible to use their Company Domain instead.", "when company is empty use Company Domain"),
        ("Would it be possible, where Notes is empty, to fall back to the Lifecycle Stage? The account managers find it useful context.",
         "when notes is empty use Lifecycle Stage"),
        ("Could empty notes read 'none yet' instead of being blank? The reps keep asking whether the field is broken.", "when notes is empty use 'none yet'"),
        ("I'd rather not import anything the template would reject. Could you drop the invalid rows altogether?", "drop the invalid rows"),
        ("Could you put the last names in capitals? Turing should read TURING.", "upper-case last names"),
        ("Bletchley Park Ltd should just be Bletchley. Keep only the first word of each company.", "keep only the first word of each company"),
        ("trim the first names no lower case", "trim the first names, no lower case"),
        // What the analyst sees before the request, a concession, the request said again, the source it replaces.
        ("In the preview, row 1 shows Other for lead source, but the file says webinar. Webinar leads should be Event.", "map webinar to Event"),
        ("Upper-case company. Only take off the spaces at the start and end.", "upper-case company; trim company"),
        ("For consistency, would it be possible to upper-case the emails? I realise the template prefers lower case, but the client insists.", "upper-case email"),
        ("I was wrong earlier: the external id really does need to come from Record ID. Could you map it again?", "map Record ID to external_id"),
        ("Could notes be the Company and the Contact Owner joined with ' / '? We don't need the old notes any more.",
         "combine Company and Contact Owner into notes separated by ' / '"),
        ("capitalize the first names properly again like Grace", "capitalize the first names properly"),
        ("Would it be possible to make company_domain required? Enrichment runs on the domain, and a contact without one is no use to them.", "company_domain is required"),
        ("I'd rather not import anything the template would reject. Could you drop the invalid rows?", "drop the invalid rows"),
        // Date orders by their parts and by an example.
        ("read 03/04/2021 as the third of april", "the dates are day-first"),
        ("the created date values are day-month-year", "the dates are day-first"),
        ("When you read the slash dates in Created Date, please take the first number as the day.", "the dates are day-first"),
    ])
    func wordingsReachTheirPlainForm(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    @Test func stepsBackSaidInPassing() throws {
        let parser = try PhrasingTests.parser()
        #expect(try parser.parse("Oops. Could you undo what I just did?").get() == .undo(1))
        #expect(try parser.parse("Never mind the last change, put it back how it was.").get() == .undo(1))
    }

    @Test func neverReadAsSomethingElse() throws {
        let parser = try PhrasingTests.parser()
        func edits(_ text: String) -> [Edit]? { PhrasingTests.edits(parser, text) }
        // A column's own words are no value of another column, and rows said by what they lack are no value.
        #expect(edits("skip lead source") == [.unmap(target: "lead_source")])
        #expect(edits("drop rows with no Lead Source") == edits("drop rows where lead source is empty"))
        // "to be" after a verb is that verb's: never "… should be …".
        #expect(edits("email doesn't need to be unique") == [.unique(target: "email", false)])
        #expect(edits("last name has to be unique") == [.unique(target: "last_name", true)])
        // "that row" stands for rows only: after a remark about a column it names nothing.
        #expect(edits("The notes column is junk, delete that row") == nil)
        // One region, never two: the format said again without its region is the same request.
        #expect(edits("these are british numbers, normalise to E.164") == [.phone(target: "phone", region: "GB")])
        // An example in another case than the change makes, or not a part of the value, is no example of it.
        #expect(edits("Upper-case the last names. Turing should read Turing.") == nil)
        #expect(edits("Bletchley Park Ltd should just be Bletchly. Keep only the first word of each company.") == nil)
        #expect(edits("Upper-case the last names. Grace should read GRACE.") == nil)
        // A check is never a change; spaces "removed" may be every space; an example must fit the part kept.
        #expect(edits("I'd like to double-check one thing rather than change it: Phone is required.") == nil)
        #expect(!(edits("Put Phone into notes, spaces removed.") ?? []).contains(.trim(targets: ["notes"])))
        #expect(edits("split Company on the first space and keep only the first part, so Bletchley Park Ltd becomes Bletchley Park") == nil)
        #expect(edits("keep only the first word of first name, so Grace Ann becomes Ann") == nil)
        #expect(edits("in first name keep only the first word, Grace Ann should be only Ann") == nil)
        // Nothing said after the change is dropped: a second sentence, a replacement, a second column.
        #expect(edits("Drop row 3. You can see from row 1 that the dates are day-first.") != [.dropRowNumber(3)])
        #expect(edits("Put Lifecycle Stage into notes, replacing underscores with spaces.") != [.map(target: "notes", source: .column("Lifecycle Stage"))])
        #expect(!(edits("Drop Notes and Contact Owner.") ?? []).contains { $0.kind == "dropRows" })
        #expect(edits("Make notes required. I don't want any blank phone cells going in.") != [.required(target: "notes", true)])
        #expect(edits("Take Company Domain into company. Hmm, take it back.") != [.map(target: "company", source: .column("Company Domain"))])
        #expect(!(edits("We're not importing Lead Source as is, map webinar to Event.") ?? []).contains(.unmap(target: "lead_source")))
        #expect(!(edits("Map the text 'NULL' in Lead Source to Other.") ?? []).contains { $0.kind == "defaultValue" })
        #expect(!(edits("Coalesce First Name and Last Name into notes.") ?? []).contains { $0.target == "first_name" })
        // What a row shows is set aside only when it names nothing but what the request changes.
        #expect(edits("In the preview, row 1 shows Eve Stone for lead source, but the file says webinar. Webinar leads should be Event.") == nil)
        // A request without a column takes the one just changed, never another.
        #expect(edits("Upper-case company. Only take off the spaces at the start and end.") == [.letterCase(targets: ["company"], transform: .upper), .trim(targets: ["company"])])
        // "We don't need the old X" beside a new source for another column is a request of its own, never set aside.
        #expect(edits("Put Contact Owner in notes. We don't need the old company any more.") == nil)
        // A reason after "so" that holds no request stays a reason; one that holds a request is read.
        #expect(edits("trim the company names, so the reports look tidy") == edits("trim the company names"))
    }

    /// The sample of a spreadsheet the clarify questions below are asked about: companies of
    /// several words, a lead source written as no picklist entry writes it.
    static let sheet = """
        Record ID,First Name,Last Name,E-mail Address,Phone,Company,Company Domain,Created Date,Lead Source,Contact Owner
        1,Ada,Lovelace,ada@analytical.io,(415) 555-0100,Analytical Engines Ltd,analytical.io,03/04/2021,WEBSITE,Eve
        2,Alan,Turing,alan@bletchley.uk,+44 20 7946 0000,Bletchley Park,bletchley.uk,2021-04-13,web,Bob
        3,Grace,Hopper,grace@navy.mil,,Navy Yard,navy.mil,2021-04-05,event,Eve
        4,Edsger,Dijkstra,edsger@tue.nl,555-0100,,tue.nl,2021-04-06,Web,Eve

        """

    @Test func anEngineersChecksReachTheirAnswers() async throws {
        try await Session.with { session in
            try await session.generated(Self.sheet)
            // "null count", "a blank X cell": the rows that lack it.
            let lacking = try await session.clarify("how many rows have no phone")
            #expect(lacking.hasPrefix("1 of 4 rows have no phone: row 3"), "\(lacking)")
            #expect(try await session.clarify("what's the null count on phone") == lacking)
            #expect(try await session.clarify("Which contacts have a blank phone cell?") == lacking)
            // "is X enforced unique", "are we deduping on X": the rule of that column.
            let unique = try await session.clarify("is email unique?")
            #expect(try await session.clarify("is email enforced unique?") == unique)
            #expect(try await session.clarify("are we deduping on email") == unique)
            #expect(try await session.clarify("How many rows will go in?") == (try await session.clarify("how many rows will be imported?")))
            // The values of a column by how many rows hold them.
            let owners = try await session.clarify("Which owner has the most contacts?")
            #expect(owners.hasPrefix("Eve is the most common Contact Owner: 3 of 4 rows; then Bob 1."), "\(owners)")
            #expect(try await session.clarify("what's the most common contact owner") == owners)
            // A row by a value of several words it holds.
            let domain = try await session.clarify("what's the company_domain for Bletchley Park?")
            #expect(domain.hasPrefix("Row 2 (record 2"), "\(domain)")
            #expect(domain.contains("bletchley.uk"), "\(domain)")
            // A row's own value, written as the file writes it, is that value: never a column it sounds like.
            let mapped = try await session.clarify("what does row 1 map WEBSITE to")
            #expect(mapped.contains("lead_source"), "\(mapped)")
            #expect(mapped.contains("In the file its Lead Source is \"WEBSITE\""), "\(mapped)")
            #expect(!mapped.contains("company_domain"), "\(mapped)")
        }
    }
}
