import Foundation
import Testing
@testable import VernAgent
import VernRecipe
import VernAPI

/// How a project manager records requests as meeting minutes (labels, owners and dates, parked
/// items, status lines) and how an ops person asks in colloquial words ("bin", "nuke", "whack X in
/// Y", "the email's dodgy"). Phrasings of our own, on the file of `PhrasingTests`.
@Suite struct MinutesAndColloquialWordingTests {
    private static func edits(_ text: String) throws -> [Edit]? { PhrasingTests.edits(try PhrasingTests.parser(), text) }

    /// Labels, owners, dates and "no change" notes around a decision leave the decision itself.
    @Test(arguments: [
        ("Decision: the phone is compulsory. — owner: Sam, by Thu", "make phone required"),
        ("AP (vern): lower-case the company names — owner: Ola", "lower-case the company"),
        ("Action (vern) - don't import Notes. Owner: Kim.", "don't import notes"),
        ("Agreed in the meeting: podcast maps to Referral.", "map podcast to Referral"),
        ("Correction to Monday's minutes: webinar is Event, not Web.", "map webinar to Event"),
        ("Per the data council, the company domain is required.", "make company domain required"),
        ("Decision reversed — undo the last change.", "undo the last change"),
        ("TODO: drop rows where Lead Source is podcast (owner: Lee)", "drop rows where Lead Source is podcast"),
        ("Note for the record: we do not want the company marked as required.", "company is optional"),
        ("Reversal: the company goes back to optional.", "company is optional"),
        ("Per the board, reverse the previous decision.", "undo the last change"),
        ("Confirmed: first_name stays mapped from First Name. No action needed.", "map First Name to first_name"),
        ("Decision: remove record 1002 (the customer asked to be forgotten).", "drop record 1002"),
        ("Per the steering group, the phone is required for phase 2.", "make phone required"),
    ])
    func minutesItems(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// Status lines, parked items and actions given to a person are no requests; the rest of the
    /// minutes is read, and minutes with no decision at all ask.
    @Test func onlyDecisionsAreRead() throws {
        let minutes = "RAG: AMBER → GREEN.\nDecisions:\n- podcast → Referral\n- AP (Lee): tell the reps\nParking lot:\n- dropping the Bob Ray rows (waiting on legal)"
        #expect(try Self.edits(minutes) == [.picklistMap(target: "lead_source", values: ["podcast"], value: "Referral")])
        #expect(try Self.edits("Status: red.\nParked: dropping the Bob Ray rows") == nil)
        #expect(try Self.edits("AP (Kim): check the export with finance") == nil)
    }

    /// Colloquial verbs and words reach the plain request.
    @Test(arguments: [
        ("nuke the rows where lead source is podcast", "drop rows where Lead Source is podcast"),
        ("bin row 2 mate", "drop row 2"),
        ("chuck out anyone with no email", "drop rows without an email"),
        ("whack the Lifecycle Stage in notes", "map Lifecycle Stage to notes"),
        ("turf the rows where the email's dodgy", "drop rows where the email is invalid"),
        ("phone's gotta be unique", "phone must be unique"),
        ("podcast's Referral, cheers", "map podcast to Referral"),
        ("the company domain's a must-have now", "make company domain required"),
        ("ctrl-z that", "undo the last change"),
        ("blank companies - make em 'Sole trader'", "when company is empty use 'Sole trader'"),
        ("no notes? just put Contact Owner in there", "when notes is empty use Contact Owner"),
        ("we don't need the notes, turf em", "don't import notes"),
        ("the company's coming off the Company col and that's spot on, leave it be", "map Company to company"),
        ("make the phone optional and stop it being unique", "phone is optional; phone doesn't need to be unique"),
    ])
    func colloquialRequests(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// Everyday forms both voices use: duplicates kept first per value, a separator said by where it
    /// goes, the value not meant after a comma, a quoted value before its column, a fallback said
    /// of the unknown values, and a reason after a dash beside a step back.
    @Test(arguments: [
        ("where the same company appears more than once, keep only the first row.", "company must be unique, keep the first"),
        ("keep just the first record per company domain", "company domain must be unique, keep the first"),
        ("Duplicate phones: keep the first row, drop the rest", "phone must be unique, keep the first"),
        ("join Company and Contact Owner into notes with ' / ' in the middle", "combine Company and Contact Owner into notes separated by ' / '"),
        ("notes should come from Lifecycle Stage, not Notes", "map Lifecycle Stage to notes"),
        ("don't bother migrating the company domain", "don't import company domain"),
        ("unmapped lead sources go to Referral", "anything else in lead source becomes Referral"),
        ("the 'podcast' lead source is Referral", "map podcast to Referral"),
    ])
    func everydayForms(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A step back with its reason after a dash is the step back.
    @Test func aStepBackWithAReasonAfterADash() throws {
        let parser = try PhrasingTests.parser()
        guard case .success(.undo(1)) = parser.parse("undo the previous change — it was done by mistake") else {
            Issue.record("not read as one step back")
            return
        }
    }

    /// A column said to be in or out is a request of its own beside another, never passed over;
    /// and "put the Country column in notes" moves a column, never sets the phones' region.
    @Test func partsAboutAColumnAreNotPassedOver() throws {
        #expect(try Self.edits("notes are out, dates are day first") == nil)
        #expect(try Self.edits("whack the Country col in notes") == [.map(target: "notes", source: .column("Country"))])
        #expect(try Self.edits("put the Region column in notes") == nil)
        // (A second rule said with "not" is a rule of its own, never the value not meant.)
        #expect(try Self.edits("phone is not unique, not required") == [.unique(target: "phone", false), .required(target: "phone", false)])
        #expect(try Self.edits("the phone ought to be required, not optional") == [.required(target: "phone", true)])
        // ("per company domain, keep the first row": a column the rule goes by, never who decided it.)
        #expect(try Self.edits("per company domain, keep the first row") == [.keepFirst(target: "company_domain")])
    }
}
