import Foundation
import Testing
@testable import VernAgent
import VernRecipe

/// Requests written as a QA engineer writes them (``TestScenario``, `ChatMarkup.bugReport`, outcomes
/// said as states), each read as the plain instruction it means; phrasings of our own, on
/// `PhrasingTests`' file.
@Suite struct TesterWordingTests {
    @Test(arguments: [
        // Given / when / then.
        ("Given a record without a last name, when we load it, then it is skipped", "drop rows without a last name"),
        ("given a lead with no email, then the email is unknown@example.com", "set email to unknown@example.com when it is empty"),
        ("Given a contact whose company is blank, when imported, then company is filled from Company Domain", "when company is empty use Company Domain"),
        ("Given Lead Source 'podcast', when loaded, then lead_source becomes Advertising", "map podcast to Advertising"),
        ("Given two leads sharing the same email, when imported, then the later one is flagged", "no two contacts with the same email"),
        ("Given First Name 'Ada' and Last Name 'Lovelace', then notes reads 'Ada/Lovelace'", "combine First Name and Last Name into notes with '/'"),
        ("Given '  Ada ' in the source, when we import, then first_name has no surrounding spaces", "trim first name"),
        ("Given a phone number without a country code, then it is read as a German number", "phone numbers are German"),
        ("Given a last name with capitals, when loaded, then it is upper-cased", "upper-case last name"),
        // Checkboxes, severity and test labels, steps before the expected result.
        ("[ ] phone is required", "phone is required"),
        ("[x] Severity: low. Company should be optional", "company is optional"),
        ("Test case: drop record 1003", "drop record 1003"),
        ("Steps to repro: 1. run /preview 2. see row 2. Expected result: notes from Contact Owner", "map Contact Owner to notes"),
        ("Expected:\n- Webinar -> Event\n- podcast -> Advertising", "map webinar to Event; map podcast to Advertising"),
        // The state now, then the one wanted.
        ("Currently company is required, should be optional", "company is optional"),
        ("currently the last names come through in mixed case; they should be upper case", "upper-case last name"),
        ("At the moment notes is filled from Notes - should be filled from Lifecycle Stage", "map Lifecycle Stage to notes"),
        // What is seen, and what is wanted instead.
        ("Observed: 'podcast' -> Other. Expected: Advertising", "map podcast to Advertising"),
        ("Actual: 03/04/2021 shows as March 4. Desired: 3 April 2021", "dates are day-first"),
        ("Observed: the owner ('Contact Owner') never reaches the CRM. Desired: put it in notes", "map Contact Owner to notes"),
        ("Regression since the last change: company is flagged on row 4. company should be optional.", "company is optional"),
        // Outcomes said as states.
        ("the Country column ignored on import", "don't import Country"),
        ("records 1001 and 1004 not loaded", "drop records 1001 and 1004"),
        ("rows with no company are not imported", "drop rows without a company"),
        ("stray spaces stripped from last name", "trim last name"),
        ("no trailing whitespace in company", "trim company"),
        ("last_name keeps the last word only", "put the last word of last name into last name"),
        ("only the first word of Contact Owner goes into notes", "put the first word of Contact Owner into notes"),
        ("empty lead source falls back to Web", "set lead source to Web when it is empty"),
        ("company_domain unique for each contact", "company domain must be unique"),
        ("notes = Contact Owner followed by ' - ' and Lifecycle Stage", "combine Contact Owner and Lifecycle Stage into notes with ' - '"),
        ("notes gets 'Eve Stone, lead' i.e. Contact Owner + ', ' + Lifecycle Stage", "combine Contact Owner and Lifecycle Stage into notes with ', '"),
        ("lead source 'podcast' maps to Advertising, currently falls into Other", "map podcast to Advertising"),
        ("podcast signups are Advertising leads, not Other", "map podcast to Advertising"),
        ("append Contact Owner to notes with a ' / ' separator", "append Contact Owner to notes with ' / '"),
        ("we really need the Country skipped", "don't import Country"),
        // Confirmations and remarks beside the request.
        ("phone should be required - correct, keep it", "phone is required"),
        ("email is required since the mailing tool keys on it, please confirm", "email is required"),
        ("Company should not be imported - legal flagged it", "don't import company"),
    ])
    func testerWordingReadsAsItsPlainInstruction(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A scenario whose outcome cannot be placed asks, and a row rule with quoted names keeps its
    /// verb: the value named after a column is never taken for the whole request.
    @Test func scenariosThatCannotBePlacedAsk() throws {
        let parser = try PhrasingTests.parser()
        for wording in [
            "Given Lifecycle Stage 'lead', when imported, then lead_source is Referral",
            "Given a contact in Finland, then the phone is fine",
            "Observed: something is off with the dates",
            "Severity: high. The import looks wrong",
        ] {
            guard case .failure = parser.parse(wording) else {
                Issue.record("\"\(wording)\" was read as a change")
                continue
            }
        }
        try PhrasingTests.expectSame("skip rows where \"Contact Owner\" is \"Dev Ops\"", as: "drop rows where Contact Owner is Dev Ops")
        try PhrasingTests.expectSame("Drop rows where \"Company\" is empty.", as: "drop rows without a company")
    }

    /// Questions a tester asks, also sent as an update run: answered, nothing changed.
    @Test func testersQuestionsAreAnswered() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let columns = try await session.clarify("which source columns are not imported")
            #expect(try await session.clarify("list the source columns we leave out and why") == columns)
            #expect(try await session.clarify("Regression? no phone region set, is that right") == (try await session.clarify("what does the phone rule do")))
            let generatedRecipe = try await session.agent.state().recipe
            let top = try await session.update("top failure reason")
            #expect(top.hasPrefix(try await session.clarify("what is the most common failure reason")), "\(top)")
            #expect(try await session.agent.state().recipe == generatedRecipe)
            _ = try await session.update("drop row 2")
            let withDrop = try await session.agent.state().recipe
            let dropped = try await session.update("Was anything dropped? show them")
            #expect(dropped.contains("row 2"), "\(dropped)")
            #expect(try await session.agent.state().recipe == withDrop)
            #expect(try await session.clarify("diff of the last recipe change") == (try await session.clarify("what changed in the last update")))
        }
    }
}
