import Foundation
import Testing
import VernAPI
import VernRecipe
@testable import VernAgent

/// Requests as second-language colleagues and migration consultants write them: "is to be",
/// statements of what the result must be, conditions said first, values said to "mean" others,
/// rows kept again after a drop; and the readings they must never turn into.
@Suite struct OfficeEnglishTests {
    @Test(arguments: [
        ("Notes are not to be migrated.", "don't import notes"),
        ("The target's notes field must remain empty for this load.", "don't import notes"),
        ("please to not import the Phone column", "don't import phone"),
        ("no need of Lead Source column", "don't import lead source"),
        ("kindly ignore First Name while importing", "don't import first name"),
        ("Records owned by Dev Ops are out of scope.", "drop rows where Contact Owner is Dev Ops"),
        ("Dev Ops records are not part of this migration.", "drop rows where Contact Owner is Dev Ops"),
        ("contacts of Bob Ray we don't want, kindly exclude", "drop rows where Contact Owner is Bob Ray"),
        ("Contacts of Bob Ray are out of scope.", "drop rows where Contact Owner is Bob Ray"),
        ("Customers are not to be migrated (Lifecycle Stage customer).", "drop rows where Lifecycle Stage is customer"),
        ("Contact 1003 is a test record and must be excluded.", "drop record 1003"),
        ("Every contact must carry a company domain.", "company domain is required"),
        ("A contact without notes is not acceptable.", "notes is required"),
        ("from now on phone is compulsory", "phone is required"),
        ("unique must be the last name", "last name must be unique"),
        ("kindly put the unique check on first_name also", "first name must be unique"),
        ("Company names are to be held in upper case in the target.", "upper-case company"),
        ("Company names must be in capitals, with no leading or trailing spaces.", "upper-case company; trim company"),
        ("First Name is to go in notes too, but without the blanks around it", "put First Name in notes; trim notes"),
        ("put the Company also in notes", "put Company in notes"),
        ("A lead source of podcast means Event in the target.", "map podcast to Event"),
        ("Lead source 'chat' corresponds to Web.", "map chat to Web"),
        ("webinar and podcast are same thing as Event", "map webinar and podcast to Event"),
        ("map webinar to Event, podcast too", "map webinar to Event; map podcast to Event"),
        ("webinar is Event, and the rest is Referral", "map webinar to Event; anything else in lead source becomes Referral"),
        ("Where no company is given, the company domain stands in for it.", "when company is empty use Company Domain"),
        ("If the company is not known, the contact owner's name is used instead.", "when company is empty use Contact Owner"),
        ("If no company is given, the company is 'Private person'.", "set company to 'Private person' when it is empty"),
        ("if the notes are blank then fill them with Contact Owner", "when notes is empty use Contact Owner"),
        ("first name missing means take it from Last Name", "when first name is empty use Last Name"),
        ("the month is coming first in the dates", "dates are month first"),
        ("upper case for the first name, the same is to be done for the last name", "upper-case first name; upper-case last name"),
        ("please do three things: drop the chat rows, trim company, and last names in upper case",
         "drop rows where Lead Source is chat; trim company; upper-case last name"),
        ("drop 3", "drop row 3"),
        ("drop source row 3", "drop row 3"),
        ("notes gets Contact Owner and Lifecycle Stage joined by ', '", "combine Contact Owner and Lifecycle Stage into notes separated by ', '"),
        ("The contact without a company, just put Unknown there so they still come through", "set company to 'Unknown' when it is empty"),
        ("empty notes get the value Email", "set notes to 'Email' when it is empty"),
        ("We can live without an email for now, don't make it compulsory", "email is optional"),
        ("I don't think the company should be compulsory, Ada never gave us hers", "company is optional"),
        ("'Last Name' values must not repeat", "last name must be unique"),
        ("last_name: turn uniqueness off", "last name does not need to be unique"),
        ("flag rows with an empty 'Phone' as invalid (phone required)", "phone is required"),
        ("Leave out everything that belongs to Bob Ray", "drop rows where Contact Owner is Bob Ray"),
        ("I want to be able to mail everyone, so nobody without an email address", "drop rows without email"),
        ("Bring the lifecycle stage into the notes instead of the old notes, and make sure every contact has a created date",
         "put Lifecycle Stage in notes; created date is required"),
    ])
    func officeFormsReachTheirPlainForm(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A tester's expected effect beside the request is no request of its own.
    @Test(arguments: [
        ("feed notes from Lifecycle Stage; rows 1 and 3 should then read lead and customer", "put Lifecycle Stage in notes"),
        ("skip 'Phone'; row 4 phone should come out empty", "don't import phone"),
        ("make created_date required; rows 2 and 3 then fail", "created date is required"),
        ("company is optional; row 4 (1004) should pass", "company is optional"),
        ("where Company is empty use Company Domain; that fixes row 4", "when company is empty use Company Domain"),
        ("drop rows without a company; 1 row", "drop rows without a company"),
        ("Created Date is month-first; 03/04/2021 should give 2021-03-04", "dates are month first"),
        ("drop record 1003 (the duplicate of 1001)", "drop record 1003"),
        ("webinar and podcast go to Event, check row 2", "map webinar and podcast to Event"),
    ])
    func anExpectedEffectIsNoRequest(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A fallback for a list of allowed values may mean the empty values or the unmapped ones: asked.
    @Test func aFallbackForAllowedValuesAsks() throws {
        guard case .failure(let failure) = try PhrasingTests.parser().parse("fallback for lead source: Event") else {
            Issue.record("a fallback of allowed values was not asked")
            return
        }
        #expect(failure.readings.count == 2, "\(failure.readings)")
    }

    /// Readings that would report success and be wrong.
    @Test func neverReadAsSomethingElse() throws {
        let parser = try PhrasingTests.parser()
        // "Domain" is no mistyped Oman, and "phone is fine" sets no region.
        #expect(PhrasingTests.edits(parser, "skip the Company Domain, phone is fine") == [.unmap(target: "company_domain")])
        // A take-back after a sentence end replaces what it takes back.
        #expect(PhrasingTests.edits(parser, "skip the Phone. ah no sorry, skip the Company Domain") == [.unmap(target: "company_domain")])
        // "I didn't mean that" is no value said to be another.
        #expect(PhrasingTests.edits(parser, "Sorry, I didn't mean that — can you revert the last change?") == nil)
        if case .success(let command) = parser.parse("Sorry, I didn't mean that — can you revert the last change?") { #expect(command == .undo(1)) }
        // "…field too?" is a request of its own, not the last one repeated.
        #expect(PhrasingTests.edits(parser, "Could first_name be a required field too? Thank you!") == [.required(target: "first_name", true)])
        // "…, trimmed please" trims the column just filled, never every column.
        #expect(PhrasingTests.edits(parser, "put the Company in notes, trimmed please") == [.map(target: "notes", source: .column("Company")), .trim(targets: ["notes"])])
        #expect(PhrasingTests.edits(parser, "trim") == nil)
        // The values no entry names are said, never set aside as a remark.
        #expect(PhrasingTests.edits(parser, "webinar is Event, and the rest is Referral")?.last == .picklistDefault(target: "lead_source", value: "Referral"))
        // A bare number past the last row is refused.
        #expect(PhrasingTests.edits(parser, "drop 9") == nil)
    }

    /// "bring row 2 back", "record 1003 should stay": the drop of that row is lifted.
    @Test(arguments: ["bring row 2 back", "bring 2 back", "put row 2 back in", "don't drop row 2 after all", "keep row 2", "restore row 2", "row 2 should stay"])
    func aRowDroppedByNumberIsKeptAgain(_ wording: String) throws {
        #expect(PhrasingTests.edits(try PhrasingTests.parser(), wording) == [.keepRowNumber(2)], "\(wording)")
    }

    @Test(arguments: ["record 1003 should stay", "bring back record 1003", "keep record 1003 after all"])
    func aRecordDroppedByIdIsKeptAgain(_ wording: String) throws {
        #expect(PhrasingTests.edits(try PhrasingTests.parser(), wording) == [.keepRows(RowCondition(column: "Record ID", when: .equals, value: "1003", inSource: true))], "\(wording)")
    }

    /// In a session: the row comes back, said with its number, and the wrong one goes.
    @Test func theWrongRowIsBroughtBackAndTheRightOneDropped() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            _ = try await session.update("drop row 2")
            #expect(try await session.preview().sheets.first?.rowNumbers?.contains(2) == false)
            // (Here record ids are row numbers too: a bare "3" is asked, never guessed.)
            var run = try await session.start(.update, "drop 3")
            #expect(run.status == .blocked && run.questions?.first?.options.map(\.label).contains("Drop row 3") == true)
            run = try await session.answer(run, "Drop row 3")
            #expect(run.status == .awaitingApproval)
            let reply = try await session.update("Wrong row. Bring row 2 back.")
            #expect(reply.contains("kept again") && reply.contains("(row 2)"), "\(reply)")
            var rows = try #require(try await session.preview().sheets.first?.rowNumbers ?? nil)
            #expect(rows.contains(2) && !rows.contains(3), "\(rows)")
            // A row brought back and another dropped in one message: the drop is judged with the row back.
            let again = try await session.update("Wrong row again. Bring row 3 back and drop row 4 instead.")
            #expect(again.contains("(row 3)") && again.contains("(row 4)"), "\(again)")
            rows = try #require(try await session.preview().sheets.first?.rowNumbers ?? nil)
            #expect(rows.contains(3) && !rows.contains(4), "\(rows)")
        }
    }

    /// A row's value of a column no template column takes, and the row another duplicates.
    @Test func aRowsOwnerAndItsEarlierDuplicateAreSaid() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let owner = try await session.clarify("who owns row 4")
            #expect(owner.contains("Contact Owner is \"Bob\" (not imported)"), "\(owner)")
            let duplicate = try await session.clarify("is row 4 a duplicate of another row")
            #expect(duplicate.contains("the same as row 1"), "\(duplicate)")
        }
    }

    /// An expected effect said beside a change is set aside, and the reply says so in the tester's words.
    @Test func anExpectedEffectBesideAChangeIsSaidNotApplied() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            // (Quoted as typed, every word the reading dropped included.)
            let typed = try await session.update("feed notes from Contact Owner; rows 1 and 3 should then read the owner")
            #expect(typed.contains("I read \"rows 1 and 3 should then read the owner\" as what you expect"), "\(typed)")
            let reply = try await session.update("title-case the last names; row 5 should be Referral")
            #expect(reply.contains("last_name") && reply.contains("I read \"row 5 should be Referral\" as what you expect to see, not as a change"), "\(reply)")
            let cut = try await session.update("drop row 2, that fixes row 4")
            #expect(cut.contains("(row 2)") && cut.contains("I read \"that fixes row 4\" as what you expect"), "\(cut)")
            // (A row of the change is never taken for an expectation: "5" here is a row to drop.)
            let rows = try await session.update("rows 3 and 5 shouldn't be imported")
            #expect(rows.contains("(row 5)") && !rows.contains("what you expect"), "\(rows)")
            // (A change alone says nothing of the kind.)
            let plain = try await session.update("trim the notes")
            #expect(!plain.contains("what you expect"), "\(plain)")
        }
    }
}
