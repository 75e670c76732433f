import Foundation
import Testing
import VernAPI
import VernRecipe
@testable import VernAgent

/// Requests dictated without punctuation ("dont import the record id the new system makes its
/// own", "podcast is event chat is web", "… no sorry to event") and written politely with their
/// reasons ("…? The reps like to see the website."), and the readings they must never turn into.
@Suite struct DictatedAndPoliteWordingTests {
    @Test(arguments: [
        // Dictated: parts without a mark between them, corrections said in passing, numbers as words.
        ("drop the notes they only hold old chatter", "don't import notes"),
        ("last names just trim them please", "trim last names"),
        ("the ones with no company drop those", "drop rows with no company"),
        ("podcast is event chat is web", "map podcast to Event; map chat to Web"),
        ("map podcast to referral no sorry to event", "map podcast to Event"),
        ("make the company lower case no wait upper case", "upper-case company"),
        ("the phones are plus 44 numbers", "the phones are +44 numbers"),
        ("exclude the first two rows", "drop rows 1 and 2"),
        ("combine first name and last name into notes with a space in between", "combine First Name and Last Name into notes separated by a space"),
        ("first name should just be the first word so Grace Ann becomes Grace", "first name should just be the first word"),
        ("get rid of everything bob ray owns", "drop rows where Contact Owner is Bob Ray"),
        ("emails back to lower case", "lower-case email"),
        ("take the unique off email", "email does not need to be unique"),
        ("first names: no title case, just strip the spaces", "no title case for first names; trim first names"),
        ("could you do the company names, all caps", "upper-case company"),
        ("drop row 2 and also record 1004", "drop row 2 and record 1004"),
        ("drop row 3, which the client says is a duplicate", "drop row 3"),
        // Polite: a preference, a hedge, a reason beside the request.
        ("I'd rather we didn't import the notes for now", "don't import notes"),
        ("Would you mind trimming the last names as well as upper-casing them?", "trim last names and upper-case last names"),
        ("Would it be possible to make email optional and, while you're at it, stop requiring unique emails?", "email is optional; email does not need to be unique"),
        ("I'm not sure whether the podcast leads are worth keeping, but let's drop them", "drop rows where Lead Source is podcast"),
        ("I don't think the client wants the notes at all, for privacy reasons. Could you stop importing Notes?", "don't import notes"),
        ("Could you put the Company Domain into notes? The reps like to see the website.", "put Company Domain into notes"),
        ("Please make company_domain required. Enrichment runs on the domain.", "company_domain is required"),
        ("Please don't mark company as required; the client accepts contacts without one.", "company is not required"),
        ("notes should come from the lifecycle stage column not from notes", "map Lifecycle Stage to notes"),
        ("um contact owner into the notes please replacing whats there now", "put Contact Owner in notes"),
        ("put the first name into the notes with the spaces trimmed off", "put First Name in notes and trim notes"),
        ("we do want unique emails after all", "email must be unique"),
        ("When company is empty, would you mind using the Company Domain there instead?", "when company is empty use Company Domain"),
        ("Rows whose Lifecycle Stage is lead haven't been qualified yet, so please leave them out", "drop rows where Lifecycle Stage is lead"),
        ("The client tells me records 1001 and 1002 are test entries; could you leave both of them out?", "drop records 1001 and 1002"),
        ("Having checked with the client, 04/05/2021 is the 4th of May, so the dates must be day-first.", "the dates are day-first"),
        ("their CRM keys on domains, so company_domain should be required, and the mail tool works on surnames, so last_name should be unique as well",
         "company_domain is required; last_name must be unique"),
    ])
    func dictatedAndPoliteFormsReachTheirPlainForm(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    @Test func caseLeftAsWritten() throws {
        let parser = try PhrasingTests.parser()
        for wording in ["leave the case of the company alone", "please don't touch the capitalisation of the company", "stop upper-casing company"] {
            #expect(PhrasingTests.edits(parser, wording) == [.letterCase(targets: ["company"], transform: nil)], "\(wording)")
        }
    }

    @Test func neverReadAsSomethingElse() throws {
        let parser = try PhrasingTests.parser()
        func edits(_ text: String) -> [Edit]? { PhrasingTests.edits(parser, text) }
        // Someone else's dedupe is no request to drop duplicates.
        #expect(!(edits("the mail tool's dedupe works on surnames, so last_name should be unique") ?? []).contains { $0.kind == "keepFirst" })
        #expect(!(edits("their dedupe works on surnames") ?? []).contains { $0.kind == "keepFirst" })
        // A pronoun is never a column named in passing: "remove that uniqueness", "drop it" after a record.
        #expect(!(edits("Last names can repeat, remove that uniqueness again") ?? []).contains(.unmap(target: "last_name")))
        #expect(!(edits("The client says record 1004 is a test contact, drop it") ?? []).contains(.unmap(target: "external_id")))
        // A row said after "also" is one more row to drop, never an expectation.
        #expect(parser.expectationsSetAside(in: "drop row 3, and also row 2").isEmpty)
        // A step back with why it is taken.
        #expect(try parser.parse("Could you undo the last change? I picked the wrong column.").get() == .undo(1))
        #expect(try parser.parse("On reflection that last change was a mistake; please revert it.").get() == .undo(1))
        // A step back is never taken as said again beside another change.
        #expect(edits("drop row 3. turn that back on") == nil)
        // "plus" adds a row where no phone is spoken of; "sorry no one …" is no correction.
        #expect(edits("drop rows 2 plus 3") == edits("drop rows 2 and 3"))
        #expect(Dictation.read("trim the notes, I'm sorry no one told you") == "trim the notes, I'm sorry no one told you")
    }

    /// Where a row's picklist value comes from: the entry its source value matches, or none.
    @Test func aValueIsTracedToTheFile() throws {
        let template = TargetTemplate(BuiltInTemplates.contacts)
        let profile = try Profiler.profile(name: "leads.csv", bytes: Array(PhrasingTests.csv.utf8))
        var sheet = RecipeBuilder.sheet(template: template, profile: profile, choices: RecipeBuilder.choose(template: template, profile: profile))
        _ = sheet.apply([.picklistMap(target: "lead_source", values: ["podcast"], value: "Event")], template: template)
        #expect(Clarifier.derivation(of: "lead_source", in: ["Lead Source": " PODCAST "], sheet: sheet) == "its Lead Source is \"PODCAST\", which maps to Event")
        #expect(Clarifier.derivation(of: "lead_source", in: ["Lead Source": "carrier pigeon"], sheet: sheet)?.hasPrefix("its Lead Source is \"carrier pigeon\", which no lead_source entry matches, so ") == true)
        #expect(Clarifier.derivation(of: "lead_source", in: ["Lead Source": ""], sheet: sheet) == "its Lead Source is empty")
        #expect(Clarifier.derivation(of: "notes", in: [:], sheet: sheet) == nil)
        // (After a replacement the file's value is not what the picklist compared: only the value is said.)
        var replaced = sheet
        if let at = replaced.columns.firstIndex(where: { $0.target == "lead_source" }) {
            replaced.columns[at].transforms.insert(.regexReplace(pattern: "^pod", replacement: "web"), at: 0)
        }
        #expect(Clarifier.derivation(of: "lead_source", in: ["Lead Source": "podcast"], sheet: replaced) == "its Lead Source is \"podcast\"")
    }

    /// Questions with a polite opening, one whose pronoun is named the sentence before, and why a
    /// row's value is what it is.
    @Test func politeQuestions() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let opened = try await session.clarify("Out of interest, how many contacts have no first name?")
            #expect(opened == (try await session.clarify("how many contacts have no first name?")), "\(opened)")
            let leaning = try await session.clarify("I'm not sure I understand the unique rule on email. What does it do exactly?")
            #expect(leaning == (try await session.clarify("What does the unique rule on email do exactly?")), "\(leaning)")
            let why = try await session.clarify("Why does row 1 show Web as the lead source when the file says web?")
            #expect(why.contains("its Lead Source is \"web\", which maps to Web"), "\(why)")
        }
    }
}
