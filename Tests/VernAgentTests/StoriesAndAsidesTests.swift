import Foundation
import Testing
@testable import VernAgent
import VernRecipe
import VernAPI

/// How someone who knows the data's history asks for changes: the request inside a story, asides
/// between dashes, a column made required with what to do when it is empty, values said as the
/// subject of a statement, courtesies and regrets; and a marketing team's words ("roll up into",
/// "suppress", "bucket as"). Phrasings of our own, on the file of `PhrasingTests`.
@Suite struct StoriesAndAsidesTests {
    private static func edits(_ text: String) throws -> [Edit]? { PhrasingTests.edits(try PhrasingTests.parser(), text) }
    private static let company = ColumnSource.firstOf(columns: ["Company", "Company Domain"])

    /// "X is required, otherwise …": the fill or the drop said with it, never lost, never the whole column.
    @Test func aRequiredColumnWithWhatToDoWhenEmpty() throws {
        let fill = try #require(try Self.edits("Company has to be filled in, otherwise take the Company Domain"))
        #expect(fill.contains(.required(target: "company", true)) && fill.contains(.map(target: "company", source: Self.company)))
        #expect(try Self.edits("every contact needs a company; where it is blank use the Company Domain")?.contains(.map(target: "company", source: Self.company)) == true)
        #expect(try Self.edits("company is required, if it is empty fall back to the Company Domain")?.contains(.map(target: "company", source: Self.company)) == true)
        // ("…, if it's missing, take it from …" is a fill, never the whole column taken from the other.)
        let taken = try #require(try Self.edits("company is required, if it's missing, take it from the Company Domain"))
        #expect(!taken.contains(.map(target: "company", source: .column("Company Domain"))) && taken.contains(.map(target: "company", source: Self.company)))
        let dropped = try #require(try Self.edits("Company is mandatory, otherwise drop the row"))
        #expect(dropped.contains(.required(target: "company", true)) && dropped.contains { if case .dropRows = $0 { true } else { false } })
        #expect(try Self.edits("Company is mandatory, otherwise drop the row") == Self.edits("company is required; drop rows without a company"))
        // "use the domain": a column's other name is that column, never the word as a value.
        #expect(try Self.edits("If the company is missing, use the domain") == [.map(target: "company", source: Self.company)])
    }

    /// A story told around the request is set aside only when it carries nothing: no column, no
    /// value that sorts the rows, no limit ("the ones …"), no reference to a request said elsewhere.
    @Test func aStoryAroundTheRequest() throws {
        #expect(try Self.edits("Skip the notes. Priya typed them up in 2014.") == [.unmap(target: "notes")])
        #expect(try Self.edits("Leave out the phone numbers. The switchboard went years ago.") == [.unmap(target: "phone")])
        #expect(try Self.edits("Map chat to Web. The reps loved the trade show in 2019.") == nil)
        #expect(try Self.edits("Map chat to Web. The reps loved the booth in 2019.") == [.picklistMap(target: "lead_source", values: ["chat"], value: "Web")])
        #expect(try Self.edits("drop the webinar leads. The ones Eve typed before 2021.") == nil)
        #expect(try Self.edits("drop the webinar leads (the ones Eve typed)") == nil)
        #expect(try Self.edits("skip the notes; and the other thing we talked about") == nil)
        // An aside between dashes: a person, a description, how many rows.
        #expect(try Self.edits("remove record 1001 and record 1003 - one's a copy of Alan Turing and the other was my test - and trim the company")
            == [PhrasingTests.dropID("1001"), PhrasingTests.dropID("1003"), .trim(targets: ["company"])])
        #expect(try Self.edits("Record 1002 - the English gentleman, Mr Turing - passed away. Please take his record out.") == [PhrasingTests.dropID("1002")])
        #expect(try Self.edits("Where we never got a company - there's one, record 1004 - use the Company Domain instead") == [.map(target: "company", source: Self.company)])
    }

    /// A record id said beside the records a change drops, but placed in none of its rules, asks.
    @Test func aRecordLeftOutOfTheDropAsks() throws {
        let csv = "Record ID,First Name,Last Name,E-mail Address\n1000907,Mei,Wilson,mei@example.com\n1000985,Ken,Suzuki,\n1000050,Ivan,Martinez,ivan@example.com\n"
        let template = TargetTemplate(BuiltInTemplates.contacts)
        let profile = try Profiler.profile(name: "ids.csv", bytes: Array(csv.utf8))
        let sheet = RecipeBuilder.sheet(template: template, profile: profile, choices: RecipeBuilder.choose(template: template, profile: profile))
        let parser = InstructionParser(scope: ColumnScope(template: template, profile: profile, sheet: sheet), sheet: sheet)
        let drop = { (id: String) in Edit.dropRows(RowCondition(column: "Record ID", when: .equals, value: id, inSource: true)) }
        #expect(parser.recordLeftOut(of: [drop("1000907")], in: "drop 1000907 and 1000985 - …") == "1000985")
        #expect(parser.recordLeftOut(of: [drop("1000907"), drop("1000985")], in: "drop 1000907 and 1000985") == nil)
        // (The record another is a copy of is no row to change; an id the file does not hold is not checked here.)
        #expect(parser.recordLeftOut(of: [drop("1000907")], in: "drop 1000907, it is a copy of 1000050") == nil)
        #expect(parser.recordLeftOut(of: [drop("1000907")], in: "drop 1000907 and 1234567") == nil)
    }

    /// Values of the data named as a statement's subject, then what they are.
    @Test func valuesSaidAsWhatTheyAre() throws {
        #expect(try Self.edits("The 'podcast' ones were always friends of the host, so they belong under Referral.")
            == [.picklistMap(target: "lead_source", values: ["podcast"], value: "Referral")])
        #expect(try Self.edits("Podcast was Bob's idea - he ran it for a year - so that's Advertising.")
            == [.picklistMap(target: "lead_source", values: ["podcast"], value: "Advertising")])
        #expect(try Self.edits("Anyone who came in through a webinar was really an event lead.")
            == [.picklistMap(target: "lead_source", values: ["webinar"], value: "Event")])
        // A negation is never read as the value it denies.
        #expect(try Self.edits("Podcast was Bob's idea, so that's not Advertising.") == nil)
    }

    /// A marketing team's words and an older writer's courtesies.
    @Test func marketingWordsAndCourtesies() throws {
        try PhrasingTests.expectSame("roll webinar and podcast up into Event", as: "map webinar and podcast to Event")
        try PhrasingTests.expectSame("webinar should roll up to Event", as: "map webinar to Event")
        try PhrasingTests.expectSame("podcast=Advertising", as: "map podcast to Advertising")
        try PhrasingTests.expectSame("company names in all caps for the direct-mail export", as: "upper-case the company")
        try PhrasingTests.expectSame("for the mail merge we need last names in CAPS - can you do that", as: "upper-case the last name")
        try PhrasingTests.expectSame("dedupe on email, keep the first one", as: "email must be unique, keep the first")
        try PhrasingTests.expectSame("Would you be so kind as to trim the company?", as: "trim the company")
        try PhrasingTests.expectSame("I'd like the Notes brought across after all", as: "import Notes")
        try PhrasingTests.expectSame("the Record ID can be left behind", as: "don't import Record ID")
        try PhrasingTests.expectSame("The created dates go day, month, year.", as: "dates are day first")
        try PhrasingTests.expectSame("Each surname should only turn up once.", as: "last name must be unique")
        try PhrasingTests.expectSame("let several people share an email", as: "email does not need to be unique")
        try PhrasingTests.expectSame("The phone mustn't be mandatory", as: "phone is optional")
        try PhrasingTests.expectSame("anything that isn't mapped → Advertising", as: "anything else in lead source becomes Advertising")
        // "no duplicate leads" names no column: it asks.
        #expect(try Self.edits("no duplicate leads") == nil)
        // "ID" in "Record ID" is no region.
        #expect(try !(Self.edits("The Record ID numbers mean nothing, so skip them") ?? []).contains { if case .phone = $0 { true } else { false } })
    }

    /// A step back said with what it regrets goes back before the change it names.
    @Test func aRegretNamesWhatToUndo() throws {
        var parser = try PhrasingTests.parser()
        parser.previous = [.trim(targets: ["company"])]
        guard case .success(let command) = parser.parse("Oh dear, I shouldn't have said that about the webinar ones. Would you take it back?") else {
            Issue.record("the regret was not read")
            return
        }
        #expect(command == .revertBefore("webinar"))
        for (said, count) in [("Undo the last two things I asked for, please. I've confused myself.", 2), ("Could you put things back the way they were before that last change?", 1)] {
            guard case .success(.undo(let undone)) = try PhrasingTests.parser().parse(said) else {
                Issue.record("\(said) was not read as a step back")
                continue
            }
            #expect(undone == count, "\(said)")
        }
    }

    /// What a cold review of these rules found they could misread, each kept from happening: a limit
    /// or a purpose that is a segment, an explanation after "so", an observation, a step back taken
    /// for a request, a literal changed, a dedupe reason.
    @Test func aLimitOrAnObservationIsNeverLost() throws {
        var parser = try PhrasingTests.parser()
        parser.previous = [.trim(targets: ["company"])]
        // A pronoun for a record, or "they can go", is never a step back.
        for said in ["Remove her record", "Drop their records please", "They can go", "Put everything back the way it was before", "The webinar rows have vanished from the preview, put them back"] {
            if case .success(.undo) = parser.parse(said) { Issue.record("\(said) was read as a step back") }
        }
        // A segment is no purpose: "for the newsletter" limits the request, it is never set aside.
        #expect(try Self.edits("For the newsletter, the lead source should be Email") == nil)
        #expect(try Self.edits("Set lead source to Event for the trade show campaign") == nil)
        // Values stated with a limit, run together, or explained after "so" are never mapped.
        #expect(try Self.edits("Eve Stone's webinar leads were really referrals, so they belong under Referral") == nil)
        #expect(try Self.edits("Leads from the podcast webinar series were resellers, so they belong under Referral") == nil)
        #expect(try Self.edits("The podcast ones were tagged Email, so that's why the Referral counts look so low") == nil)
        // An observation is no request; a person of the data named beside a request is no story.
        #expect(try Self.edits("Just checked the preview. No webinar leads at all!") == nil)
        #expect(try Self.edits("Drop the Dev Ops rows. Alan Turing passed away in March.") == nil)
        // An exception between dashes is no name said in passing.
        for said in ["Drop the Dev Ops rows - apart from Grace Hopper - please", "Drop the Dev Ops rows - other than Grace Hopper - and trim the emails", "Drop the Dev Ops rows - bar Linus Torvalds - please"] {
            #expect(try !(Self.edits(said) ?? []).contains(PhrasingTests.dropOwner("dev ops")), "\(said)")
        }
        // A limit in an aside stays: "keep 1003 though" is no count of rows.
        #expect(try !(Self.edits("Drop the Dev Ops rows - there are two, keep record 1003 though - and trim the emails") ?? []).contains(PhrasingTests.dropID("1003")) )
        #expect(try Self.edits("Drop the Dev Ops rows - there are two, keep record 1003 though - and trim the emails") != [PhrasingTests.dropOwner("dev ops"), .trim(targets: ["email"])])
        // A reason about a dedupe tool adds no dedupe.
        #expect(try Self.edits("Trim the emails, so the dedupe works properly") == Self.edits("trim the emails"))
        // Several columns made required, then "otherwise drop the row": rows without any of them.
        let both = try #require(try Self.edits("Make company and email required; otherwise drop the row"))
        #expect(both.filter { if case .dropRows = $0 { true } else { false } }.count == 2)
        // A quoted literal keeps its "=".
        #expect(try Self.edits("When notes are empty use 'src=webinar'") == [.defaultValue(target: "notes", value: "src=webinar")])
    }

    /// Questions said around their subject, in an owner's or a marketer's words, reach the answer of the plain question.
    @Test func questionsSaidAroundTheirSubject() async throws {
        try await Session.with { session in
            try await session.generated(EngineerAndSpreadsheetWordingTests.sheet)
            let company = try await session.clarify("which rows have no company?")
            #expect(company.contains("row 4"), "\(company)")
            #expect(try await session.clarify("Which record is it that has no company? I have a feeling it's one of Eve's.") == company)
            #expect(try await session.clarify("Tell me which contacts have nothing under Company") == company)
            #expect(try await session.clarify("Which records were flagged for having no company?") == company)
            let feeds = try await session.clarify("which column did you map company_domain from?")
            #expect(try await session.clarify("Remind me - which of my old columns is feeding the company domain in the new system?") == feeds)
            #expect(try await session.clarify("Which of my columns does the company domain come from?") == feeds)
            #expect(try await session.clarify("how many leads total?") == (try await session.clarify("how many rows are there?")))
            #expect(try await session.clarify("Is the email address compulsory in the new system?") == (try await session.clarify("is email required?")))
            #expect(try await session.clarify("quick q - how many rows have no phone") == (try await session.clarify("how many rows have no phone")))
            #expect(try await session.clarify("What is it that trips up most of the rows?") == (try await session.clarify("what is the most common failure reason?")))
        }
    }
}
