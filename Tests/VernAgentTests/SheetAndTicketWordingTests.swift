import Foundation
import Testing
@testable import VernAgent

/// How someone who lives in a spreadsheet writes a request (columns by letter, formulas), and how
/// a QA engineer writes one as a ticket (labels, triage noise, "Bug: … Fix: …", "Expected: …").
/// Phrasings of our own, on `PhrasingTests.csv` (A Record ID … J Contact Owner, L Country, M Notes).
@Suite struct SheetAndTicketWordingTests {
    @Test(arguments: [
        ("col J (Contact Owner) into notes", "put Contact Owner into notes"),
        ("put Company (col F) in notes", "put Company into notes"),
        ("skip the K column (lifecycle)", "don't import Lifecycle Stage"),
        ("G (domain) has to be there", "company_domain is required"),
        ("the phone doesn't have to be there", "phone is optional"),
        ("hide column M", "don't import Notes"),
        ("Company Domain should feed company", "map Company Domain to company"),
    ])
    func columnsByLetter(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    @Test(arguments: [
        ("=LOWER(C2) for last_name", "lower-case last_name"),
        ("=UPPER() on the company column", "upper-case company"),
        ("=TRIM(UPPER(J)) into notes", "put Contact Owner into notes; upper-case notes and trim notes"),
        ("=C2&\", \"&B2 into notes", "combine Last Name and First Name into notes separated by ', '"),
        ("TEXTJOIN(\" / \", TRUE, J, K) for notes", "combine Contact Owner and Lifecycle Stage into notes separated by ' / '"),
        ("IF(ISBLANK(F2), G2, F2) for company", "when company is empty use Company Domain"),
        ("just TRIM the last names, no UPPER", "just trim the last names, no upper case"),
        ("put Last Name into notes, trimmed (TRIM(C))", "put Last Name into notes, trimmed"),
    ])
    func formulas(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A letter said beside another column's name, a letter past the last header, or a definition
    /// the file does not have, is asked about, never guessed.
    @Test(arguments: ["col E (email) is required", "col Q into notes", "TRIM(J) into notes (J = Country)"])
    func lettersThatDisagreeAreNotGuessed(_ wording: String) throws {
        #expect(PhrasingTests.edits(try PhrasingTests.parser(), wording) == nil, "\(wording)")
    }

    @Test(arguments: [
        ("[CHANGE] don't import the Country column. cc @sam", "don't import Country"),
        ("Title: trim company. P2", "trim company"),
        ("Bug: emails fail the regex. Fix: lower-case email. Sev: major", "lower-case email"),
        ("Bug: 'podcast' leads land in Other. Expected: Advertising.", "map podcast to Advertising"),
        ("Change request - make phone mandatory. Reason: the dialer needs it", "phone is required"),
        ("Expected: company in upper case. Actual: mixed case.", "upper-case company"),
        ("OPS-112: drop record 1003 (see Slack thread)", "drop record 1003"),
    ])
    func tickets(_ ticket: String, _ plain: String) throws {
        try PhrasingTests.expectSame(TicketNotation.plain(ticket), as: plain)
    }

    /// Text that is no ticket, or a ticket-like word inside a request ("P2 Labs"), is kept as said.
    @Test(arguments: ["notes: append Country", "drop rows where Company is P2 Labs", "Expected rows: all", "Title-case the last names"])
    func textThatIsNoTicketIsKept(_ text: String) {
        #expect(TicketNotation.plain(text) == text)
    }

    /// When one letter disagrees with the name beside it, no letter of the text is rewritten.
    @Test func aDisagreeingLetterLeavesTheWholeTextAsSaid() throws {
        let scope = try PhrasingTests.parser().scope
        let text = "col J (Contact Owner) into notes and col E (email) is required"
        #expect(scope.readingSheetNotation(text) == text)
        #expect(scope.readingSheetNotation("col J (Contact Owner) into notes") == "Contact Owner into notes")
    }

    @Test(arguments: [
        ("Split Contact Owner: first word -> notes; the rest -> last_name", "put the first word of Contact Owner into notes; put the rest of Contact Owner into last_name"),
        ("company_domain: default example.org where missing", "set company_domain to 'example.org' when it is empty"),
        ("first_name -> UPPER", "upper-case first_name"),
        ("Lead source: required field", "lead_source is required"),
        ("if notes blank, use Company", "when notes is empty use Company"),
        ("rows with an invalid email -> drop them", "drop rows where the email is invalid"),
        ("notes: append Lifecycle Stage, separator ' - '", "append Lifecycle Stage to notes separated by ' - '"),
        ("unmap company_domain", "don't import company_domain"),
        ("re-import Phone into phone", "map Phone to phone"),
        ("Contact Owner -> notes, replace whatever's in there now", "put Contact Owner into notes"),
        ("nuke the Country column, not needed", "drop Country"),
        ("fill blanks in company with Unknown", "set company to 'Unknown' when it is empty"),
        ("delete the row for record 1003", "drop record 1003"),
        ("flag dupes in Last Name", "last name must be unique"),
        ("dedupe on Company - just flag the repeats, don't delete anything", "company must be unique"),
        ("concatenate first and last with a space into notes", "combine First Name and Last Name into notes separated by ' '"),
        ("don't let phone be empty", "phone is required"),
        ("podcast -> Other is wrong, make it Advertising", "map podcast to Advertising"),
        ("stuff in lead source we don't recognise should go to Referral", "anything else in lead source becomes Referral"),
    ])
    func terseFieldWording(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A ticket's question label and a spreadsheet letter reach the answer too.
    @Test func questionsAsTicketsAndByLetter() async throws {
        try await Session.with { session in
            try await session.generated(smallCSV)
            #expect(try await session.clarify("Q: where does email come from").contains("E-mail Address"))
            // (smallCSV has one row without an e-mail address: Alan Turing's.)
            let blanks = try await session.clarify("how many blanks in col D (email)")
            #expect(blanks == (try await session.clarify("how many rows have no email?")), "\(blanks)")
            #expect(!blanks.hasPrefix(Clarifier.cannotAnswer), "\(blanks)")
            let before = try await session.agent.state().recipe
            _ = try await session.update("Q: which column feeds company?")
            #expect(try await session.agent.state().recipe == before)
        }
    }
}
