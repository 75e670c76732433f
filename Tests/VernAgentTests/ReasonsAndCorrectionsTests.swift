import Foundation
import Testing
@testable import VernAgent
import VernRecipe

/// Requests said after their reason ("…, so make that required"), beside a sentence that only says
/// who wants them, or corrected in the same breath ("sorry, I meant row 2"). Phrasings of our own,
/// on `PhrasingTests`' file.
@Suite struct ReasonsAndCorrectionsTests {
    @Test(arguments: [
        // The reason first; the pronoun stands for what it names.
        ("the warehouse refuses contacts without a company, so make that required", "company is required"),
        ("The new system keeps its own creation date, so don't import ours.", "don't import Created Date"),
        ("Podcast contacts usually came from our ads, so put them down as Advertising", "map podcast to Advertising"),
        ("Dev Ops left in spring and his contacts went to another team, so drop everybody Dev Ops owns", "drop rows where Contact Owner is Dev Ops"),
        ("The first row is a test, remove it.", "drop row 1"),
        // A sentence beside the request that only says who wants it.
        ("Could you bring the Contact Owner across into notes? Finance wants to see who looked after each person.", "put Contact Owner in notes"),
        // A column wanted again, named by what it holds.
        ("bring the phone numbers back", "map Phone to phone"),
        ("map Created Date back", "map Created Date to created date"),
        // Corrections in the same message.
        ("drop row 1, sorry, I meant row 2", "drop row 2"),
        ("drop record 1001 - no wait, I meant 1003", "drop record 1003"),
        ("Don't import Notes... actually no, I meant the Country. Keep the notes.", "don't import Country"),
        ("map Contact Owner to notes, sorry, I mean Lifecycle Stage", "map Lifecycle Stage to notes"),
        ("skip phone... actually no, skip Country instead", "skip Country"),
        // The rule of the clause before, for another column.
        ("email doesn't have to be unique anymore, but last names must be", "email does not need to be unique; last name must be unique"),
        // A state said after the reason, and a place that explains the date order.
        ("These came from the Helsinki office, so the phone numbers are Finnish.", "phone numbers are Finnish"),
        ("our old system was set up in the UK, so the created dates are day/month/year", "dates are day-first"),
        // A bare value or verb after the remark.
        ("Podcast leads came from our ads, so Advertising.", "map podcast to Advertising"),
        ("Chat leads signed up on the website, so they're Web.", "map chat to Web"),
        ("row 2 shouldn't be imported, drop it", "drop row 2"),
        // What a column holds, what it is for, how it looks: said beside the request.
        ("Don't import Notes, they hold customer comments we are not allowed to move.", "don't import Notes"),
        ("Please exclude Country from import, we make new ones later", "don't import Country"),
        ("can we have the company names in capitals? looks better on the labels", "upper-case company"),
        ("Company goes in notes as well, the reps like seeing it there.", "put Company in notes"),
        ("keep last name required, it's the one thing the CRM insists on", "last name is required"),
        // Other everyday words for the same requests.
        ("The last name must be written all in big letters.", "upper-case last name"),
        ("First name has to be filled, always.", "first name is required"),
        ("company: cut it at the last space and keep the first part", "split company on the last space and keep what comes before"),
        ("Could you make podcast count as Advertising?", "map podcast to Advertising"),
        ("I want that the notes column get the Record ID, replace what is there now.", "map Record ID to notes"),
        ("Stop turning unknown lead sources into Other, I'd rather see them flagged.", "don't map unknown lead sources to Other, leave them flagged invalid"),
        ("Referral for any contact without a lead source, they all came through partners.", "set lead source to 'Referral' when it is empty"),
        // A second round of everyday words.
        ("Anything outside the picklist should end up as Referral.", "anything else in lead source becomes Referral"),
        ("Anything that isn't a valid lead source becomes Referral", "anything else in lead source becomes Referral"),
        ("Don't turn unknown lead sources into Other; leave them flagged so marketing can fix them.", "don't map unknown lead sources to Other, leave them flagged invalid"),
        ("Please treat phone as an optional field.", "phone is optional"),
        ("Turn phone uniqueness back on.", "phone must be unique"),
        ("empty notes: fill from Country", "when notes is empty use Country"),
        ("If a contact has no company, write 'Unknown' in company so the load doesn't reject it.", "set company to 'Unknown' when it is empty"),
        ("Use \"no notes\" as the notes when there are none.", "set notes to 'no notes' when it is empty"),
        ("Country should not go anywhere.", "don't import Country"),
        ("Lower-case the emails again, the CRM rejects capitals.", "lower-case email"),
        ("First names shouldn't be imported at all, GDPR.", "don't import First Name"),
        ("Hmm, no: first names should be capitalised normally, like Ada, not ADA.", "title-case first name"),
        ("We do need Country after all; bring it back into notes.", "put Country in notes"),
        // A split said with the places its parts go.
        ("Split Company on the last space; keep the first part in company and put the rest in notes.",
         "company = everything before the last space of Company; notes = everything after the last space of Company"),
        ("split First Name: the first word stays in first_name, the rest goes to notes",
         "first_name = everything before the first space of First Name; notes = everything after the first space of First Name"),
        ("Use what follows the first word of Company as notes.", "notes = everything after the first space of Company"),
    ])
    func theRequestIsReadWithoutItsReasonOrItsSlip(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A correction that cannot be placed, or a reason that hides a request, asks; nothing is
    /// done in part.
    @Test(arguments: [
        "drop row 1 and row 3, sorry, I meant row 2",
        "drop row 1, sorry I meant the other one",
        "trim the company, I meant the other column",
    ])
    func aCorrectionThatCannotBePlacedAsks(_ wording: String) throws {
        guard case .failure = try PhrasingTests.parser().parse(wording) else {
            Issue.record("\"\(wording)\" was read as a change")
            return
        }
    }

    /// The question of a slip that could replace either number offers each place as a reading.
    @Test func anUnplacedCorrectionOffersEachPlace() throws {
        guard case .failure(let failure) = try PhrasingTests.parser().parse("drop row 1 and row 3, sorry, I meant row 2") else {
            Issue.record("was read as a change")
            return
        }
        #expect(failure.readings == ["drop row 2 and row 3", "drop row 1 and row 2"])
    }

    /// "Sorry, I meant trim Company, not upper-case it": the last change is replaced, when it was
    /// about the same column; otherwise which change it corrects is not guessed.
    @Test func iMeantReplacesTheLastChangeOfThatColumn() throws {
        var parser = try PhrasingTests.parser()
        parser.previous = [.letterCase(targets: ["company"], transform: .upper)]
        guard case .success(.undoThen(1, let edits)) = parser.parse("Sorry, I meant trim Company, not upper-case it.") else {
            Issue.record("not read as a correction of the last change")
            return
        }
        #expect(edits == [.trim(targets: ["company"])])
        parser.previous = [.dropRowNumber(3)]
        if case .success(.undoThen) = parser.parse("Sorry, I meant trim Company, not upper-case it.") {
            Issue.record("undid a change of another column")
        }
    }

    /// "Don't upper-case the emails" where they are lower-cased changes nothing; said of the case
    /// the column has, the letters are kept as written.
    @Test func aCaseNotWantedIsOnlyUndoneWhereItIsMade() throws {
        let parser = try PhrasingTests.parser()
        guard case .success(.edits(let edits)) = parser.parse("Don't upper-case the emails.") else {
            Issue.record("did not parse")
            return
        }
        #expect(edits.allSatisfy { if case .note = $0 { true } else { false } }, "\(edits)")
        guard case .success(.edits(let kept)) = parser.parse("stop lower-casing the emails") else {
            Issue.record("did not parse")
            return
        }
        #expect(kept == [.letterCase(targets: ["email"], transform: nil)])
    }

    /// A word for the rows ("contacts", "customers") is never a mistyped column name.
    @Test func aWordForTheRowsNamesNoColumn() throws {
        let scope = try PhrasingTests.parser().scope
        #expect(scope.target("contacts") == nil)
        #expect(scope.target("customers") == nil)
        #expect(scope.source("phone numbers") == "Phone")
        // ("Website" is a synonym of company_domain and a lead-source value: no source column of that name.)
        #expect(scope.source("Website") == nil)
    }
}
