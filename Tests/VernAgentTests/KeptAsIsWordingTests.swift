import Foundation
import Testing
@testable import VernAgent
import VernRecipe

/// What a careful analyst says stays as it is beside a change ("every other column keeps its
/// mapping", "phone stays required", "otherwise keep Company as it is", "only notes"): set aside
/// only when the change, made, leaves it so; a change that alters it asks. Phrasings of our own, on
/// `PhrasingTests`' file.
@Suite struct KeptAsIsWordingTests {
    private static func failure(_ text: String) throws -> String? {
        guard case .failure(let failure) = try PhrasingTests.parser().parse(text) else { return nil }
        return failure.reason
    }

    /// What stays is set aside when the change leaves it so, said before or after the change.
    @Test(arguments: [
        ("Map Contact Owner to notes again; every other column keeps its current mapping.", "map Contact Owner to notes"),
        ("everything except notes keeps its mapping; notes should not be imported", "don't import notes"),
        ("Of all the mapped columns, leave out only notes and phone; keep the rest mapped as they are.", "don't import notes and phone"),
        ("make company_domain unique, and leave the email uniqueness as it is", "company_domain must be unique"),
        ("make notes optional; the phone requirement stays as it is", "notes is optional"),
        ("trim the last names, only the last names", "trim last_name"),
        ("put the last word of Company into notes; company itself stays as it is", "put the last word of Company into notes"),
        ("append Contact Owner to notes separated by ' | ', keeping the existing notes first", "append Contact Owner to notes separated by ' | '"),
        ("map webinar to Event; leave chat as it is for now", "map webinar to Event"),
        ("Do not import Phone; phone should stay empty on every row.", "don't import phone"),
        ("map webinar to Event; nothing else in lead_source changes", "map webinar to Event"),
        ("drop the rows owned by Dev Ops; the other rows stay", "drop rows where Contact Owner is Dev Ops"),
        ("read the created dates day-first; ISO dates stay as written", "dates are day first"),
        ("the phone numbers are UK numbers, not American!! fix the region", "phones are British"),
    ])
    func whatStaysIsSetAside(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A fill of empty values keeps every value there is: "otherwise keep it" says that again.
    @Test func aFillKeepsThePresentValues() throws {
        try PhrasingTests.expectSame("If Company is blank, take company from Company Domain; otherwise keep Company as it is.", as: "when company is empty use Company Domain")
        try PhrasingTests.expectSame("where Notes is empty, fill notes with the Contact Owner; where it is not empty, leave the note untouched", as: "when notes is empty use Contact Owner")
    }

    /// What is said to stay, beside a change that alters it, asks and names it.
    @Test(arguments: [
        ("Trim company; company stays as it is.", "company stays as it is"),
        ("map Lifecycle Stage to notes; keep the notes mapping as it is", "notes stays as it is"),
        ("make phone required, and keep phone as it is", "phone stays as it is"),
        ("lower-case the emails; only the last names", "only last_name change"),
        ("map webinar to Event, and leave webinar as it is", "webinar stays as it is"),
        ("trim company; everything stays as it is", "everything stays as it is"),
        ("Trim company. Everything stays the same.", "everything stays as it is"),
    ])
    func whatIsChangedAsks(_ wording: String, _ named: String) throws {
        let reason = try Self.failure(wording)
        #expect(reason != nil, "\(wording)")
        #expect(reason?.contains(named) == true, "\(reason ?? "")")
    }

    /// The question offers the change without what was said to stay, and no other change.
    @Test func theQuestionOffersTheChangeAlone() throws {
        guard case .failure(let failure) = try PhrasingTests.parser().parse("Trim company; company stays as it is.") else {
            Issue.record("a contradiction was made")
            return
        }
        #expect(failure.readings == ["Trim company"])
        #expect(!failure.offersNearby)
    }

    /// A rule said to stay is checked against the recipe: nothing changes when it holds, and the run
    /// asks when it does not, alone or beside a change.
    @Test func aRuleSaidToStayIsChecked() throws {
        try PhrasingTests.expectSame("email stays required", as: "email is required")
        try PhrasingTests.expectSame("The phone number must remain optional.", as: "phone is optional")
        guard case .failure(let alone) = try PhrasingTests.parser().parse("company should remain unique") else {
            Issue.record("a rule that does not hold was taken as a change")
            return
        }
        #expect(alone.readings == ["make company unique"])
        guard case .failure(let beside) = try PhrasingTests.parser().parse("trim company; phone stays required") else {
            Issue.record("a rule that does not hold was set aside")
            return
        }
        #expect(beside.reason.contains("phone is not required now"))
        #expect(beside.readings == ["trim company", "trim company; make phone required"])
    }

    /// A column said once more with "only" is the column the change is about.
    @Test func theColumnSaidWithOnly() throws {
        try PhrasingTests.expectSame("Remove the requirement on created_date only", as: "created_date is optional")
        try PhrasingTests.expectSame("make company_domain unique, and only company_domain", as: "company_domain must be unique")
        // ("only" naming another column than the change's asks.)
        #expect(try Self.failure("make phone required, only email") != nil)
    }

    /// Informal steps back: a word of exasperation before, the change described after.
    @Test func stepsBackSaidInformally() throws {
        var parser = try PhrasingTests.parser()
        #expect(try parser.parse("UGH. undo the last two changes").get() == .undo(2))
        #expect(try parser.parse("Do the opposite of the last change.").get() == .undo(1))
        #expect(try parser.parse("that broke everything. put it back the way it was").get() == .undo(1))
        #expect(try parser.parse("Undo the last change only; keep the one before it.").get() == .undo(1))
        parser.previous = try #require(PhrasingTests.edits(parser, "drop rows where Contact Owner is Dev Ops"))
        #expect(try parser.parse("Roll back the previous change (dropping the Dev Ops rows).").get() == .undo(1))
        // (A description that is not the last change is no step back.)
        parser.previous = [.required(target: "phone", true)]
        #expect(throws: InstructionParser.Failure.self) { try parser.parse("Roll back the previous change (dropping the Dev Ops rows).").get() }
    }
}
