import Foundation
import Testing
import VernAPI
@testable import VernAgent

/// Questions of the people who sign a migration off: two in one sentence, one row's value of a
/// column, what the last change did in numbers, which columns must be filled or unique, failing
/// said many ways, and a lead-in before the question.
@Suite struct SignOffQuestionTests {
    @Test func twoQuestionsInOneSentenceGetTwoAnswers() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let invalid = try await session.clarify("how many rows are invalid")
            let top = try await session.clarify("what is the most common failure reason")
            #expect(try await session.clarify("How many rows are invalid now, and what is the biggest reason?") == invalid + "\n" + top)
            // A part that cannot be answered is said, never passed over.
            let partly = try await session.clarify("How many rows are invalid, and what is the colour of the sky?")
            #expect(partly == invalid + "\n(I can't answer \"what is the colour of the sky?\" on its own; ask it as a question of its own.)", "\(partly)")
            // "it" is the row the first question names.
            let both = try await session.clarify("which record is row 4 and what's wrong with it")
            #expect(both == (try await session.clarify("why is row 4 invalid")), "\(both)")
        }
    }

    @Test func aRowQuestionNamingAColumnGetsThatValue() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let phone = try await session.clarify("Which phone number will row 2 end up with?")
            #expect(phone.contains("phone \"+442079460000\""), "\(phone)")
            let date = try await session.clarify("What created_date will row 5 get?")
            #expect(date.hasPrefix("Row 5 (record 5") && date.contains("created_date \"2021-04-05\""), "\(date)")
            _ = try await session.update("drop row 2")
            let dropped = try await session.clarify("What happens to row 2 now?")
            #expect(dropped.hasPrefix("Row 2 (record 2) is dropped by the row rules (rows with"), "\(dropped)")
        }
    }

    @Test func theLastChangeIsToldWithItsFigures() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let before = try await session.clarify("how many rows are invalid")
            _ = try await session.update("make phone required")
            let after = try await session.clarify("how many rows are invalid")
            let last = try await session.clarify("What did the last change do to the number of invalid rows?")
            #expect(last.hasPrefix("The last change (revision 2): phone: now required"), "\(last)")
            let was = try #require(before.split(separator: " ").first), now = try #require(after.split(separator: " ").first)
            #expect(last.contains("Invalid rows \(was) → \(now)"), "\(last)")
            #expect(try await session.clarify("Remind me what you just changed?") == last)
        }
    }

    @Test func theColumnsThatMustBeFilledOrUniqueAreListed() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            #expect(try await session.clarify("Which template columns are required?") == "A value is required in last_name, email, company.")
            #expect(try await session.clarify("which columns have to be unique") == "Values must be unique in email.")
            _ = try await session.update("make phone required")
            #expect(try await session.clarify("Which columns are mandatory now?") == "A value is required in last_name, email, phone, company.")
        }
    }

    @Test(arguments: [
        ("How many rows fail now?", "how many rows are invalid"),
        ("How many rows would be rejected if we loaded today?", "how many rows are invalid"),
        ("Which rule fails most often at this point?", "what is the most common failure reason"),
        ("what is the leading cause of rejected rows", "what is the most common failure reason"),
        ("Before I sign off on the load: which source column populates email?", "which column feeds email"),
        ("Which source fields make up first_name now?", "which column feeds first_name"),
        ("Is lead_source taken from Lead Source or from Contact Owner?", "which column feeds lead_source"),
        ("Is the Contact Owner column going anywhere in the target?", "what happens to Contact Owner"),
        ("Does the load keep the Contact Owner anywhere?", "what happens to Contact Owner"),
        ("Which of my rows lack a last name?", "which rows have no last name"),
        ("is there anyone without a last name", "which rows have no last name"),
        ("Out of curiosity, how many records come without a company at all?", "how many rows have no company"),
        ("From which column the phone is coming?", "which column feeds phone"),
        ("how many valid rows are there", "how many rows are valid"),
        ("The Contact Owner column, what is happening with it?", "what happens to Contact Owner"),
        ("Walk me through where each template column gets its data.", "show the recipe"),
        ("which record ids have no email", "which rows have no email"),
        ("who has a duplicate email?", "which email values are duplicates"),
        ("how many rows will import cleanly", "how many rows are valid"),
        ("What format do the dates end up in?", "what is the date order"),
        ("how many of these have an empty created date, just curious", "how many rows have no created date"),
        ("are we leaving any source columns behind", "which source columns are not imported"),
        ("Which email values are bad now, for example?", "which email values are bad"),
        ("Which lead source values are being rejected?", "which lead source values are invalid"),
    ])
    func aSignOffQuestionReachesItsPlainForm(_ wording: String, _ plain: String) async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let expected = try await session.clarify(plain)
            #expect(!expected.hasPrefix(Clarifier.cannotAnswer), "\(plain)")
            #expect(try await session.clarify(wording) == expected, "\(wording)")
        }
    }

    /// Rows sharing a value name both rows: the later one, flagged, and the earlier one it repeats.
    @Test func rowsSharingAValueNameBothRows() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let shared = try await session.clarify("Which contacts share an email address?")
            #expect(shared.contains("row 4 (record 4) \"ada@analytical.io\", the same as row 1 (record 1)"), "\(shared)")
            #expect(try await session.clarify("are there duplicate emails?") == shared)
        }
    }

    /// A person named in a question is the row with that name; a name on two rows is said, not guessed.
    @Test func aPersonNamedIsTheirRow() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let row = try await session.clarify("what phone will row 2 end up with")
            #expect(try await session.clarify("what phone does Alan Turing end up with") == row)
            #expect(try await session.clarify("what phone does alan turing end up with?") == row)
            #expect(row.contains("+442079460000"), "\(row)")
        }
    }

    /// A second question leaning on the column the first names ("…, and how many of them are empty").
    @Test func aSecondQuestionLeansOnTheColumnNamedBefore() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let feeds = try await session.clarify("which column feeds lead_source")
            let empty = try await session.clarify("how many rows have no lead_source")
            #expect(try await session.clarify("From which column comes the lead_source, and how many of them are empty?") == feeds + "\n" + empty)
        }
    }

    /// "fail" is a word of the question, never a mistyped "mail".
    @Test func failingIsNoColumn() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let phones = try await session.clarify("which phones fail now?")
            #expect(phones == (try await session.clarify("which phone values are invalid")), "\(phones)")
            #expect(try await session.clarify("What does row 4 fail on?") == (try await session.clarify("why is row 4 invalid")))
        }
    }
}
