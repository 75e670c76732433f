import Foundation
import Testing
@testable import VernAgent
import VernRecipe
import VernAPI

/// How an assistant relays someone else's wishes (hedged, indirect, with courtesies and reasons) and
/// how a data-quality lead writes rules with the condition first ("If X is missing, the row is
/// invalid", "Anything owned by Bob Ray: exclude"); and the parts of a message that must never be
/// passed over. Phrasings of our own, on the file of `PhrasingTests`.
@Suite struct HedgedAndRuleFirstWordingTests {
    private static func edits(_ text: String) throws -> [Edit]? { PhrasingTests.edits(try PhrasingTests.parser(), text) }

    /// Hedges, relayed wishes and courtesies around a request leave the request itself.
    @Test(arguments: [
        ("Grace has asked me to pass on that the phone ought to be compulsory. Many thanks.", "make phone required"),
        ("I wonder whether it might be possible to put the Lifecycle Stage into the notes?", "map Lifecycle Stage to notes"),
        ("I was wondering if you could lower-case the company names", "lower-case the company"),
        ("I don't suppose you could leave the notes out of this one?", "don't import notes"),
        ("I don't suppose the email could be optional? Some people never gave one.", "email is optional"),
        ("Not sure if this is doable, but could the surnames be in capitals?", "upper-case the last names"),
        ("If it's no bother, could the company be trimmed, please", "trim company"),
        ("Sorry to trouble you again, but could the Created Date come back in?", "bring back Created Date"),
        ("Would it be at all possible for the company domain to be required?", "make company domain required"),
        ("Would it be possible for the last names not to have to be unique any more?", "last names don't need to be unique"),
        ("Unless it's too much trouble, could we leave out everyone whose lead source is podcast?", "drop rows where Lead Source is podcast"),
        ("Grace would rather the notes didn't go across at all.", "don't import notes"),
        ("She'd rather the phone wasn't mandatory. Would that be all right?", "phone is optional"),
        ("Would it be at all possible to stop the Record ID going across?", "don't import Record ID"),
        ("Grace would like the podcast leads filed under Referral, if that's at all possible.", "map podcast to Referral"),
        ("Where there's no company, I wonder whether you might use the Company Domain instead?", "when company is empty use Company Domain"),
        ("Could the webinar leads be counted as Events?", "map webinar to Event"),
    ])
    func hedgedRequests(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// Rules said with the condition first, as a checklist writes them.
    @Test(arguments: [
        ("If the company is missing, the row is invalid.", "make company required"),
        ("Unless there's a phone, the record shouldn't count as valid.", "make phone required"),
        ("For any contact with no email: invalid.", "make email required"),
        ("If the contact has no company, the row shouldn't go in.", "drop rows without a company"),
        ("Unless there's an email, the record shouldn't be imported.", "drop rows without an email"),
        ("Whenever Lifecycle Stage is customer, skip the row.", "drop rows where Lifecycle Stage is customer"),
        ("For any contact where Contact Owner is 'Bob Ray', leave them out.", "drop rows where Contact Owner is Bob Ray"),
        ("Anything owned by Bob Ray: exclude.", "drop rows where Contact Owner is Bob Ray"),
        ("Lead Source 'podcast': exclude.", "drop rows where Lead Source is podcast"),
        ("Row 2: drop it.", "drop row 2"),
        ("Empty company: write 'Sole trader'.", "when company is empty use 'Sole trader'"),
        ("For rows with no notes, notes = 'none'.", "when notes is empty use 'none'"),
        ("Same last name on two rows: the second one is invalid.", "last name must be unique"),
        ("it's the company that should be unique", "company must be unique"),
        ("chat is not web, leave it as Other", "map chat to Other"),
        ("Same email twice? Keep only the first.", "email must be unique, keep the first"),
    ])
    func ruleFirst(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A part naming rows, a record or a value that the rest does not is asked about, never passed
    /// over as a remark; so is a part asked as a request; and "keep the newest" is never "keep the first".
    @Test func nothingNamedIsPassedOver() throws {
        #expect(try Self.edits("When the company is blank, use the Company Domain, and rows owned by Bob Ray are out") == nil)
        #expect(try Self.edits("When the company is blank, use the Company Domain, and rows owned by Bob Ray are out; also trim the notes") == nil)
        let listed = try #require(try Self.edits("Grace has two requests:\n1. could the notes be left out;\n2. could the surnames be in capitals?\nThanks, Jo"))
        #expect(listed.contains(.unmap(target: "notes")) && listed.count == 2)
        let both = try #require(try Self.edits("Could you make the phone compulsory and read the numbers as German ones?"))
        #expect(both.contains(.required(target: "phone", true)) && both.contains(.phone(target: "phone", region: "DE")))
        #expect(try Self.edits("Duplicate emails are fine; don't flag them.") == [.unique(target: "email", false)])
        #expect(try Self.edits("First Name and Last Name together in notes, joined with ' / '")
            == [.map(target: "notes", source: .combine(columns: ["First Name", "Last Name"], separator: " / "))])
        for newest in ["Dedupe on email and keep the newest one", "remove duplicate emails, keeping the one with the latest created date", "email must be unique, keep the most recent"] {
            #expect(try Self.edits(newest) == nil, "\(newest)")
        }
        #expect(try Self.edits("dedupe email, keep the first") == [.keepFirst(target: "email")])
        // (A reason after the request, naming nothing of the data, is still set aside.)
        #expect(try Self.edits("drop the chat leads, the reps never follow those up") == [PhrasingTests.dropSource("chat")])
        #expect(try Self.edits("Bob Ray's contacts were never real customers, so they shouldn't come across") == [PhrasingTests.dropOwner("bob ray")])
    }
}
