import Foundation
import Testing
import VernAPI
@testable import VernAgent
import VernRecipe

/// How a team lead directs the tool as a colleague ("tell it …", "have it …", "get it to …"), and
/// how an analyst shows a change by the rows it is about ("row 2 says podcast and comes out as Other;
/// it should be Advertising", "row 2 has no email, drop those rows"). Phrasings of our own.
@Suite struct ExampleAndDelegatedWordingTests {
    @Test(arguments: [
        ("Tell it podcasts count as advertising.", "map podcast to Advertising"),
        ("Have it trim the company names", "trim company"),
        ("could you get it to lower-case the emails", "lower-case email"),
        ("Have it insist on a phone number.", "phone is required"),
        ("tell the agent that phone numbers are compulsory", "phone is required"),
    ])
    func delegated(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    @Test(arguments: [
        ("row 2 says podcast and comes out as Other; it should be Advertising", "map podcast to Advertising"),
        ("the 'trade show' in row 3 → Event, not Other", "map trade show to Event"),
        ("row 4 has Chat. I'd expect Web", "map chat to Web"),
        ("row 2 has no email, drop those rows", "drop rows without an email"),
        ("row 2 has no email, drop it", "drop row 2"),
        ("row 2 fails only because there's no email; a blank email is fine by us", "email is optional"),
    ])
    func shownByARow(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A value as it is and as it should be, said of one column: the case change or trim that makes
    /// every pair; a row that lacks a value, said to fail or to get one.
    @Test(arguments: [
        ("row 3 shows 'Navy' — I want 'NAVY' for every company", "upper-case company"),
        ("last names: 'Lovelace' → 'lovelace', 'Turing' → 'turing', and so on", "lower-case last_name"),
        ("row 1's first name is ' Ada ' with spaces around it; want 'Ada'", "trim first_name"),
        ("row 2 has no email; rows like that should be invalid", "email is required"),
        ("row 4's company is blank — put 'Unknown' in there", "set company to 'Unknown' when it is empty"),
        ("row 2 has no email. it should read nobody@example.com", "set email to 'nobody@example.com' when it is empty"),
    ])
    func changedByExample(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// Examples that disagree, a pair of two columns, or an empty value said to be fine are not read as a change.
    @Test func examplesThatDoNotAgreeAreNotGuessed() throws {
        let parser = try PhrasingTests.parser()
        #expect(PhrasingTests.edits(parser, "'Lovelace' → 'LOVELACE', 'Turing' → 'turing'") == nil)
        #expect(PhrasingTests.edits(parser, "'Navy' → 'NAVY', 'Turing' → 'TURING'") == nil)
        #expect(PhrasingTests.edits(parser, "row 2 has no phone, that's fine") == nil)
    }

    /// What a value must not become, an empty value judged "fine", or a row with an empty value said
    /// to fail, is never read as a value to write or a value to clear.
    @Test func judgementsAreNoValues() throws {
        let parser = try PhrasingTests.parser()
        #expect(PhrasingTests.edits(parser, "row 2 says podcast; it should not be Advertising") != [.picklistMap(target: "lead_source", values: ["podcast"], value: "Advertising")])
        #expect(PhrasingTests.edits(parser, "a contact like row 4, with an empty company, must fail validation") != [.clearInvalid(target: "company")])
        let fine = PhrasingTests.edits(parser, "an empty phone is fine by us")
        #expect(fine == [.required(target: "phone", false)], "\(String(describing: fine))")
    }

    /// "undo the German phones": the last change, said by what it did; a request after it is made too.
    @Test func aChangeUndoneByWhatItDid() async throws {
        try await Session.with { session in
            try await session.generated(smallCSV)
            let before = try await session.agent.state().recipe.sheets[0].column("phone")
            _ = try await session.update("phone region DE")
            let said = try await session.update("No, undo the German phones. Read the dates day-first.")
            let sheet = try await session.agent.state().recipe.sheets[0]
            #expect(sheet.column("phone") == before, "\(said)")
            #expect(said.contains("Undid the last change"), "\(said)")
            #expect(said.contains("day-first"), "\(said)")
        }
    }

    /// A review of the last step joined to the request meant instead.
    @Test func theLastStepReviewedAndReplaced() async throws {
        try await Session.with { session in
            try await session.generated(smallCSV)
            _ = try await session.update("make phone required")
            let said = try await session.update("That last change was wrong — roll it back and make the created date required instead.")
            let sheet = try await session.agent.state().recipe.sheets[0]
            #expect(sheet.column("phone")?.required != true, "\(said)")
            #expect(sheet.column("created_date")?.required == true, "\(said)")
        }
    }

    /// A change said by what it did that is not the last one asks, offering only to leave the recipe;
    /// a correction after a lead-in that asks for a change of its own is not read as the correction alone.
    @Test func anOlderChangeOrAMissedRequestAsks() async throws {
        try await Session.with { session in
            try await session.generated(smallCSV)
            _ = try await session.update("phone region DE")
            _ = try await session.update("make phone required")
            let before = try await session.agent.state().recipe
            let older = try await session.start(.update, "No, undo the German phones. Read the dates day-first.")
            #expect(older.status == .blocked)
            #expect(older.questions?.first?.options.map(\.label) == [Interpretations.leaveAlone], "\(older.questions?.first?.options ?? [])")
            #expect(try await session.agent.state().recipe == before)
        }
        var parser = try PhrasingTests.parser()
        parser.previous = [.required(target: "first_name", true)]
        #expect(PhrasingTests.edits(parser, "Make email unique. I meant last name not first name") == nil)
    }

    /// A question that shows a row as its example, asked of the columns or of every row like it.
    @Test func aRowShownAsTheExampleOfAQuestion() async throws {
        try await Session.with { session in
            try await session.generated(smallCSV)
            let feeds = try await session.clarify("where does row 1's 'analytical.io' come from — which column?")
            #expect(feeds.contains("Company Domain"), "\(feeds)")
            let alike = try await session.clarify("row 3 has no last name — how many others are like it")
            #expect(alike.contains("rows have no last_name") || alike.contains("row has no last_name") || alike.contains("have no last_name"), "\(alike)")
            #expect(alike.contains("row 3"), "\(alike)")
        }
    }
}
