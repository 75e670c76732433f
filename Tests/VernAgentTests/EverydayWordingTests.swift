import Foundation
import Testing
@testable import VernAgent
import VernRecipe

/// Everyday phrasings of a first day with the tool: wishes said as the state wanted, duplicates
/// "flagged", a case shown by an example, appends "after a space", asides about who and why.
/// Phrasings of our own, on `PhrasingTests`' file.
@Suite struct EverydayWordingTests {
    @Test(arguments: [
        ("I want the country column to stay empty in the import", "don't import Country"),
        ("Country isn't something we need in the new CRM", "don't import Country"),
        ("Lifecycle Stage doesn't need to come across", "don't import Lifecycle Stage"),
        ("Contact Owner and Country don't need importing, we track those elsewhere", "don't import Contact Owner and Country"),
        ("do not treat phone as required", "phone is optional"),
        ("no two contacts should share an email, odd I know", "email must be unique"),
        ("flag duplicate company domains as errors", "company domain must be unique"),
        ("duplicate phones should be flagged", "phone must be unique"),
        ("emails can repeat", "email does not need to be unique"),
        ("last names back to title case", "title-case last name"),
        ("Last names in normal name case, not shouting in capitals", "title-case last name"),
        ("we can live without a phone on some contacts, make it optional", "phone is optional"),
        ("tack the Country onto the notes after a comma", "append Country to notes separated by a comma"),
        ("notes: keep what's there and add the Country after ' | '", "append Country to notes separated by ' | '"),
        ("I'd like every last name in capitals, like LOVELACE", "upper-case last name"),
        ("I want the first names to look like ada", "lower-case first name"),
        ("the companies should read like Analytical Engines", "title-case company"),
        ("date order: day month year", "dates are day-first"),
        ("any lead source we can't map should become Other", "anything else in lead source becomes Other"),
        ("drop the rows that fail on email", "drop rows with an invalid email"),
        ("please remove the very first data row (row 1), it's a test contact", "drop row 1"),
        ("first skip the Notes column, then make phone required", "don't import Notes; phone is required"),
        ("first name should only be the first word, drop anything after the space", "put the first word of first name into first name"),
        ("can the Country go in the notes column", "put Country in notes"),
        ("revert that please, I got the region wrong", "undo the last change"),
        ("Created Date does go into created_date", "map Created Date to created date"),
        ("the phones are British, and could you map podcast to Advertising while you're at it?", "phones are British; map podcast to Advertising"),
        ("Make the company all upper case, the reps type in random capitals", "upper-case company"),
        // Pasted from an email: headers, greeting, sign-off, a lead-in, a quoted question agreed to.
        ("Hi all,\n\nfor the lead import: drop record 1003 please.\n\nThanks,\nSam", "drop record 1003"),
        ("From: Ops\nTo: data team\n\nCountry doesn't need to come across.", "don't import Country"),
        ("> Can we skip the Country column? It's not used.\n\nYes, please do.", "skip the Country column"),
        ("the notes column should carry the Country as well", "put Country in notes too"),
        // Lines that only look like an email's frame are requests.
        ("Hey, drop row 2\nand trim the company", "drop row 2; trim company"),
        ("Date: day first\nPhone: UK numbers", "dates are day-first; phone numbers are British"),
        ("Regression: phone must be required. Also trim notes.", "phone is required; trim notes"),
        // Second-week wording: lists said after the value, requirements scrapped, fills in notation.
        ("sorry, those should all be Event: webinar and trade show", "map webinar and trade show to Event"),
        ("podcast is Advertising, so are chat and webinar", "map podcast, chat and webinar to Advertising"),
        ("scrap the last name requirement", "last name is optional"),
        ("notes: Notes, or Country when Notes is blank", "when notes is empty use Country"),
        ("I'd like the Country to replace whatever's in notes", "map Country to notes"),
        ("they're test rows: remove records 1002 and 1004", "drop records 1002 and 1004"),
        ("everything we haven't mapped can go to Referral", "anything else in lead source becomes Referral"),
        ("if a lead source isn't on the list just use Email", "anything else in lead source becomes Email"),
        ("Sales never look at Country. Drop that column.", "don't import Country"),
        // A business owner's words.
        ("we do not need an email for every contact", "email is optional"),
        ("For contacts without any notes, fill in who owns them.", "when notes is empty use Contact Owner"),
        ("drop everybody Dev Ops owns", "drop rows where Contact Owner is Dev Ops"),
        ("anything not on the picklist should become Referral", "anything else in lead source becomes Referral"),
        ("no two contacts should share a last name, it breaks our mail merge", "last name must be unique"),
        ("every contact must have a lead source", "lead source is required"),
        ("Notes: when empty, use the Country", "when notes is empty use Country"),
        ("the podcast ones in lead source are Advertising, not Other", "map podcast to Advertising"),
        ("Lower-case the emails again, the capitals look awful", "lower-case email"),
    ])
    func everydayWordingReadsAsItsPlainInstruction(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A follow-up that names only what changes: the last change again, with another value or
    /// for another column or value.
    @Test(arguments: [
        ("map podcast to Referral", "actually make that Event", "map podcast to Event"),
        ("lower-case the first names", "no, the other way, capitals", "upper-case the first names"),
        ("upper-case the first names", "do the same with Last Name", "upper-case the last names"),
        ("map podcast to Outbound", "and chat too", "map chat to Outbound"),
    ])
    func aFollowUpChangesTheLastChange(_ before: String, _ followUp: String, _ plain: String) throws {
        var parser = try PhrasingTests.parser()
        guard case .success(.edits(let made)) = parser.parse(before), case .success(let expected) = parser.parse(plain) else {
            Issue.record("\"\(before)\" or \"\(plain)\" failed")
            return
        }
        parser.previous = made
        switch parser.parse(followUp) {
        case .success(let command): #expect(command == expected, "\(followUp)")
        case .failure(let failure): Issue.record("\"\(followUp)\" failed: \(failure.reason)")
        }
    }

    /// A default that is a clause about the row ("who owns them", "what they told us") is never
    /// taken as a literal value.
    @Test func aClauseIsNeverADefaultValue() throws {
        guard case .failure = try PhrasingTests.parser().parse("when notes is empty use what they told us") else {
            Issue.record("a clause was taken as a value")
            return
        }
        try PhrasingTests.expectSame("when notes is empty use IT", as: "set notes to 'IT' when it is empty")
    }

    /// A request beside a region statement is read on its own, never swallowed by it; one that
    /// cannot be placed asks.
    @Test(arguments: ["the phones are British, and please frobnicate the notes", "numbers are German and blorp the company"])
    func aRegionNeverSwallowsTheRequestBesideIt(_ wording: String) throws {
        guard case .failure = try PhrasingTests.parser().parse(wording) else {
            Issue.record("\"\(wording)\" was read as a change")
            return
        }
    }

    /// "Don't map the unknown lead sources to Other": no value for them, so they stay flagged; a
    /// negated fallback is never read as the fallback.
    @Test func aFallbackTurnedOffLeavesTheValuesFlagged() throws {
        let parser = try PhrasingTests.parser()
        for wording in ["don't map unknown lead sources to Other, leave them flagged invalid", "leave lead sources that aren't on the list as they are"] {
            guard case .success(.edits(let edits)) = parser.parse(wording) else {
                Issue.record("\"\(wording)\" did not parse")
                continue
            }
            #expect(edits == [.picklistDefault(target: "lead_source", value: "")], "\(wording)")
        }
        // (A "don't" said of one value keeps the fallback for the rest.)
        if case .success(.edits(let edits)) = parser.parse("don't map chat to Web, anything else can be Other") {
            #expect(!edits.contains(.picklistDefault(target: "lead_source", value: "")))
        }
        var sheet = parser.sheet
        _ = sheet.apply([.picklistDefault(target: "lead_source", value: "")], template: parser.template)
        guard case .picklist(_, let fallback)? = sheet.column("lead_source")?.transforms.last else {
            Issue.record("no picklist")
            return
        }
        #expect(fallback == nil)
    }

    /// When anything else becomes Web instead of Other, a value spelled "other" is still Other.
    @Test func theOldFallbackKeepsItsOwnSpelling() throws {
        let parser = try PhrasingTests.parser()
        var sheet = parser.sheet
        _ = sheet.apply([.picklistDefault(target: "lead_source", value: "Other")], template: parser.template)
        _ = sheet.apply([.picklistDefault(target: "lead_source", value: "Web")], template: parser.template)
        guard case .picklist(let entries, let fallback)? = sheet.column("lead_source")?.transforms.last else {
            Issue.record("no picklist")
            return
        }
        #expect(fallback == "Web")
        #expect(entries.contains { $0.value == "Other" && $0.matches.contains("other") })
    }

    /// When anything else is left flagged instead, a value spelled "other" is still Other.
    @Test func theOldFallbackKeepsItsOwnSpellingWhenTurnedOff() throws {
        let parser = try PhrasingTests.parser()
        var sheet = parser.sheet
        _ = sheet.apply([.picklistDefault(target: "lead_source", value: "Other")], template: parser.template)
        _ = sheet.apply([.picklistDefault(target: "lead_source", value: "")], template: parser.template)
        guard case .picklist(let entries, let fallback)? = sheet.column("lead_source")?.transforms.last else {
            Issue.record("no picklist")
            return
        }
        #expect(fallback == nil)
        #expect(entries.contains { $0.value == "Other" && $0.matches.contains("other") })
    }

    /// Questions of a first day, each reaching the answer of its plain form.
    @Test func everydayQuestionsReachTheirAnswers() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            #expect(try await session.clarify("why does row 3 fail?") == (try await session.clarify("why is row 3 invalid")))
            #expect(try await session.clarify("what happens to a contact whose email is empty?") == (try await session.clarify("what does the email rule do")))
            #expect(try await session.clarify("why isn't Contact Owner coming across?") == (try await session.clarify("why isn't Contact Owner imported")))
            #expect(try await session.clarify("Is Contact Owner being imported anywhere?") == (try await session.clarify("what happens to Contact Owner")))
            #expect(try await session.clarify("why isn't Contact Owner in the output") == (try await session.clarify("why isn't Contact Owner imported")))
            #expect(try await session.clarify("what does the company_domain rule check") == (try await session.clarify("what does the company_domain rule do")))
            #expect(try await session.clarify("why do most rows fail?") == (try await session.clarify("what is the most common failure reason")))
            #expect(try await session.clarify("show me the invalid rows") == (try await session.clarify("which rows are invalid")))
            #expect(try await session.clarify("How many people are we missing an email for?") == (try await session.clarify("how many rows have no email")))
            #expect(try await session.clarify("What will happen to contacts with no email?") == (try await session.clarify("what does the email rule do")))
            let duplicates = try await session.clarify("which contacts have a duplicate email")
            #expect(duplicates.hasPrefix("1 email value repeats an earlier row's"), "\(duplicates)")
            _ = try await session.update("drop row 2")
            let left = try await session.clarify("how many rows are left after the drop?")
            #expect(left.contains("5 are imported"), "\(left)")
        }
    }
}
