import Foundation
import HTTPTypes
import Synchronization
import Testing
import VernAPI
import VernAgentKit
@testable import VernAgent
import VernRecipe
import VernServer

/// A small file in the shape of the benchmark: 6 rows, a few problems, two unknown lead sources.
let smallCSV = """
    Record ID,First Name,Last Name,E-mail Address,Phone,Company,Company Domain,Created Date,Lead Source,Contact Owner
    1,Ada,Lovelace,ADA@analytical.io,(415) 555-0100,Analytical,analytical.io,03/04/2021,web,Eve
    2,Alan,Turing,,+44 20 7946 0000,Bletchley,bletchley.uk,2021-04-13,trade show,Bob
    3,Grace,,grace@navy.mil,n/a,Navy,navy.mil,2021-04-05,conference,Eve
    4,Edsger,Dijkstra,ada@analytical.io,555-0100,,tue.nl,not a date,Web,Bob
    5,Barbara,Liskov,barbara@mit.edu,617 253 1000,MIT,mit.edu,"Apr 5, 2021",,Eve
    6,Donald,Knuth,knuth@stanford.edu,650-723-2300,Stanford,stanford.edu,5-Apr-2021,event,Eve

    """

/// Generates on `smallCSV`, answering the Lead Source question with `answer`.
func generated(_ session: Session, answer: String = "Map them all to 'Other'") async throws -> Run {
    try await session.upload(smallCSV)
    var run = try await session.start(.generate)
    #expect(run.status == .blocked)
    #expect(run.blockedReason == .question)
    let question = try #require(run.questions?.first)
    #expect(question.question.hasPrefix("2 Lead Source values aren't one of the allowed options (Web, Event, Referral, Outbound, Advertising, Email, Other): conference (1), trade show (1)."))
    #expect(question.options.map(\.label) == ["Map them all to 'Other'", "Leave them flagged as invalid"])
    run = try await session.answer(run, answer)
    #expect(run.status == .awaitingApproval)
    return run
}

@Suite struct GenerateQuestionTests {
    @Test func picklistValuesOutsideTheAllowedSetAskAndTheAnswerIsUsed() async throws {
        try await Session.with { session in
            let run = try await generated(session)
            let state = try await session.agent.state()
            guard case .picklist(let entries, let fallback)? = state.recipe.sheets[0].column("lead_source")?.transforms.first else {
                Issue.record("no picklist")
                return
            }
            #expect(fallback == "Other")
            #expect(entries == [PicklistEntry(value: "Web", matches: ["web"]), PicklistEntry(value: "Event", matches: ["event"])])
            let messages = try await session.messages(run.runID)
            #expect(messages.contains("lead_source: any value outside the allowed options now becomes Other."))
            #expect(messages.contains { $0.hasPrefix("Preview ready for Contacts: 6 rows, 3 invalid") })
            let preview = try await session.preview()
            let sheet = try #require(preview.sheets.first)
            #expect(sheet.rows.count == 7)
            #expect(sheet.rowCount == 6)
            #expect(sheet.invalidRowCount == 3)
            #expect(sheet.rows[2][8] == "Other")
            #expect(sheet.invalidCells.contains(Preview.InvalidCell(row: 3, column: "last_name", reason: "last_name:required", value: "")))
            #expect(sheet.invalidCells.contains(Preview.InvalidCell(row: 4, column: "email", reason: "email:duplicate", value: "ada@analytical.io")))
        }
    }

    @Test func aCustomAnswerIsReadAsPicklistInstructions() async throws {
        try await Session.with { session in
            _ = try await generated(session, answer: "Map trade show and conference to Event; anything else becomes Other")
            let state = try await session.agent.state()
            #expect(state.recipe.sheets[0].column("lead_source")?.transforms == [
                .picklist(entries: [PicklistEntry(value: "Web", matches: ["web"]), PicklistEntry(value: "Event", matches: ["event", "trade show", "conference"])], default: "Other")
            ])
        }
    }

    @Test func aRequiredColumnWithoutSourceAsksWhichColumnFillsIt() async throws {
        try await Session.with { session in
            try await session.upload("ID,Given,Family,Mail,Org\n1,Ada,Lovelace,ada@a.io,Acme\n2,Alan,Turing,alan@b.io,Bletchley\n")
            var run = try await session.start(.generate)
            let first = try #require(run.questions?.first)
            #expect(run.status == .blocked)
            #expect(first.id == "source_for_last_name")
            #expect(first.question == "Contacts requires last_name, but no column of contacts.csv looks like it. Which column should fill it?")
            #expect(first.allowCustom)
            #expect(first.options.contains { $0.label == "Family" })
            run = try await session.answer(run, "Family")
            // Several questions in turn: company has no source either.
            let second = try #require(run.questions?.first)
            #expect(second.id == "source_for_company")
            // An answer naming no column is not ignored: it is said and asked again.
            run = try await session.answer(run, "Employer Name")
            let again = try #require(run.questions?.first)
            #expect(run.status == .blocked && again.id == "source_for_company_2")
            #expect(again.question.hasPrefix("contacts.csv has no column \"Employer Name\" (columns: ID, Given, Family, Mail, Org). Contacts requires company"))
            run = try await session.answer(run, "the Org column")
            #expect(run.status == .awaitingApproval)
            let mapped = Summary.mappedFrom(try await session.agent.state().recipe.sheets[0])
            #expect(mapped["last_name"] == "Family")
            #expect(mapped["company"] == "Org")
            #expect(mapped["email"] == "Mail")
            #expect(try await session.preview().sheets.first?.invalidRowCount == 0)
        }
    }

    @Test func eventsStreamProgressAndToolDetail() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let user = try await session.events(include: "user")
            let tools = try await session.events(include: "tools")
            #expect(user.contains { $0.type == .status && $0.data["message"] == "Mapping columns" })
            #expect(!user.contains { $0.type == .toolCall })
            #expect(tools.contains { $0.type == .toolCall && $0.data["tool"] == "profile_csv" })
            #expect(tools.contains { $0.type == .toolResult && $0.data["tool"] == "map_columns" })
        }
    }
}

@Suite struct UpdateRunTests {
    @Test func anUpdateSaysWhatChangedWithNumbers() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let said = try await session.update("Keep rows with a bad phone but clear the phone")
            #expect(said == "phone: an invalid value is now cleared and the row kept; 0 phone cells invalid (was 2); 3 rows still invalid of 6.")
        }
    }

    @Test func anUpdateThatChangesNothingSaysSo() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let before = try await session.agent.state().history.revisions.count
            let said = try await session.update("Format phone numbers as E.164, default region US")
            #expect(said.hasPrefix("That changes nothing: phone is already E.164 (default region US)"))
            #expect(try await session.agent.state().history.revisions.count == before)
        }
    }

    @Test func undoAndGoBackBeforeAChangeUseTheHistory() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let original = try await session.agent.state().recipe
            try await session.update("Keep rows with a bad phone but clear the phone")
            try await session.update("Drop rows without a Company")
            try await session.update("Title-case first and last names")
            var said = try await session.update("Undo the last change")
            #expect(said.hasPrefix("Undid the last change"))
            var recipe = try await session.agent.state().recipe
            #expect(recipe.sheets[0].column("first_name")?.transforms == [])
            #expect(recipe.sheets[0].rows.drop.count == 1)
            said = try await session.update("Go back to the recipe before the phone change")
            #expect(said.hasPrefix("Went back to the recipe before “phone: an invalid value is now cleared and the row kept”"))
            recipe = try await session.agent.state().recipe
            #expect(recipe.sheets == original.sheets)
            #expect(try await session.preview().sheets.first?.invalidRowCount == 3)
        }
    }

    @Test func anUndoThenAChangeInOneMessageMakesBothInOrder() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let original = try await session.agent.state().recipe
            try await session.update("Title-case first and last names")
            let said = try await session.update("never mind that, and trim the company instead")
            #expect(said.hasPrefix("Undid the last change (now recipe revision 3, same as revision 1); then company: now trimmed"), "\(said)")
            let recipe = try await session.agent.state().recipe
            #expect(recipe.sheets[0].column("first_name") == original.sheets[0].column("first_name"))
            #expect(recipe.sheets[0].column("company")?.transforms == [.trim(.spacesAndTabs)])
            // Two steps of the history: one more undo takes back the change and keeps the undo.
            try await session.update("undo")
            #expect(try await session.agent.state().recipe.sheets == original.sheets)
        }
    }

    @Test func sameForAnotherColumnRepeatsTheLastChange() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            try await session.update("last names in capitals and required")
            var said = try await session.update("same for first name please")
            #expect(said.hasPrefix("first_name: now upper-cased; first_name: now required"), "\(said)")
            said = try await session.update("and the company too")
            #expect(said.hasPrefix("company: now upper-cased"), "\(said)")
            let recipe = try await session.agent.state().recipe
            #expect(recipe.sheets[0].column("first_name")?.transforms.last == .upper)
            #expect(recipe.sheets[0].column("first_name")?.required == true)
            // After an undo there is no last change to repeat: the run asks instead of guessing.
            try await session.update("undo")
            let run = try await session.start(.update, "same for notes")
            #expect(run.status == .blocked)
            #expect(run.questions?.first?.question.contains("there is no earlier change to repeat") == true, "\(run.questions?.first?.question ?? "")")
        }
    }

    @Test func anUndoThatCannotBeDoneMakesNoneOfTheMessage() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let revisions = try await session.agent.state().history.revisions.count
            let run = try await session.start(.update, "undo the last two changes and then drop row 1")
            #expect(run.status == .failed)
            #expect(run.error?.contains("There is nothing to undo") == true, "\(run.error ?? "")")
            #expect(try await session.agent.state().history.revisions.count == revisions)
        }
    }

    @Test func generatingAgainKeepsTheHistorySoUndoReachesAcrossIt() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            try await session.update("Don't import Company Domain")
            let edited = try await session.agent.state().recipe
            var run = try await session.start(.generate)
            #expect(run.status == .blocked)
            run = try await session.answer(run, "Map them all to 'Other'")
            #expect(run.status == .awaitingApproval)
            let notes = try await session.agent.state().history.revisions.map(\.note)
            #expect(notes.count == 3 && notes.first == "generated" && notes.last == "generated again", "\(notes)")
            try await session.update("Undo the last change")
            #expect(try await session.agent.state().recipe.sheets == edited.sheets)
        }
    }

    @Test func nonsenseWithAColumnBlocksWithInterpretations() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            var run = try await session.start(.update, "do something about the phone")
            #expect(run.status == .blocked)
            let question = try #require(run.questions?.first)
            #expect(question.question.hasPrefix("I'm not sure what \"do something about the phone\" should change"))
            #expect(question.options.map(\.label) == [
                "Keep rows with a bad phone but clear the phone", "Format phone as E.164, default region US", "Trim whitespace from phone",
            ])
            run = try await session.answer(run, "Keep rows with a bad phone but clear the phone")
            #expect(run.status == .awaitingApproval)
            #expect(try await session.agent.state().recipe.sheets[0].column("phone")?.onInvalid == .clear)
        }
    }

    @Test func anUnusableAnswerIsSaidAndTheQuestionAskedAgain() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            // One row said, two rows with that owner: the readings are the question's options.
            var run = try await session.start(.update, "remove the Bob row")
            #expect(run.status == .blocked)
            var question = try #require(run.questions?.first)
            #expect(question.question.contains("2 rows have Contact Owner \"Bob\""), "\(question.question)")
            #expect(question.options.map(\.label) == ["Drop the rows where Contact Owner is Bob", Interpretations.leaveAlone])
            // A question typed as the answer is answered, and the question waits again.
            run = try await session.answer(run, "how many rows have no email?")
            #expect(run.status == .blocked)
            question = try #require(run.questions?.first)
            #expect(question.question.hasPrefix("I could not use \"how many rows have no email?\" as a change"), "\(question.question)")
            let said = try await session.messages(run.runID)
            #expect(said.contains { $0.hasPrefix("1 of 6 rows have no email") }, "\(said)")
            run = try await session.answer(run, "drop row 4")
            #expect(run.status == .awaitingApproval)
            #expect(try await session.agent.state().recipe.sheets[0].rows.drop.count == 1)
            // Georgia, a country and a US state: each reading is an option.
            run = try await session.start(.update, "the phones are all from Georgia")
            question = try #require(run.questions?.first)
            #expect(question.options.map(\.label) == ["Phone region GE", "Phone region US", Interpretations.leaveAlone])
            run = try await session.answer(run, "Phone region GE")
            #expect(run.status == .awaitingApproval)
        }
    }

    /// An item that says its own change is never read by borrowing the words of the one before.
    @Test func anItemWithItsOwnChangeBorrowsNothing() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let before = try await session.agent.state().recipe
            let run = try await session.start(.update, "First the web leads are Referral, second the Fair is also Event")
            let said = try await session.messages(run.runID)
            #expect(run.status == .blocked, "\(said)")
            #expect(try await session.agent.state().recipe == before)
        }
    }

    @Test func nonsenseWithoutAnythingFamiliarAsksListingExamplesAndCanBeLeftAlone() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let before = try await session.agent.state().recipe
            let run = try await session.start(.update, "blorp the flargle")
            #expect(run.status == .blocked)
            let question = try #require(run.questions?.first)
            #expect(question.question.contains("I could not turn \"blorp the flargle\" into a recipe change"))
            #expect(question.question.contains("\"Drop rows without a Company\""))
            #expect(question.options.map(\.label) == [Interpretations.leaveAlone])
            #expect(try await session.agent.state().recipe == before)
            let done = try await session.answer(run, Interpretations.leaveAlone)
            #expect(done.status == .awaitingApproval)
            #expect(try await session.agent.state().recipe == before)
        }
    }
}

@Suite struct ClarifyTests {
    /// Questions said other ways get the answer of the question they mean.
    @Test func questionsSaidOtherWaysGetTheSameAnswer() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let notImported = try await session.clarify("Which source columns are not imported?")
            #expect(try await session.clarify("what are we leaving out of the migration") == notImported)
            let phone = try await session.clarify("what happens to phone numbers")
            #expect(phone.hasPrefix("phone ← Phone") && phone.contains("E.164"), "\(phone)")
            let dates = try await session.clarify("show me a few bad dates")
            #expect(dates == (try await session.clarify("which created_date values are invalid")))
            #expect(dates.contains("created_date") && dates.contains("row "), "\(dates)")
        }
    }

    @Test func answersEveryDocumentedQuestionWithNumbers() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let before = try await session.agent.state().recipe
            #expect(try await session.clarify("Which column did you map Email from?")
                == "email comes from E-mail Address in contacts.csv, then: trim, lower-case. 2 email cells are invalid.")
            let recipe = try await session.clarify("Show the recipe")
            #expect(recipe.hasPrefix("Recipe revision 1, Contacts from contacts.csv:\n- external_id ← Record ID\n"))
            #expect(recipe.contains("- phone ← Phone: E.164 (default region US)"))
            let invalid = try await session.clarify("How many rows are invalid, and why?")
            #expect(invalid
                == "3 of 6 rows are invalid (7 invalid cells): phone:format 2, company:required 1, created_date:format 1, email:duplicate 1, email:required 1, last_name:required 1.", "\(invalid)")
            #expect(try await session.clarify("Why is row 3 invalid?")
                == "Row 3 (record 3: Grace, grace@navy.mil, Navy) is invalid because of 2 cells: last_name \"\" (last_name:required: required but empty); phone \"n/a\" (phone:format: not in the expected format).")
            #expect(try await session.clarify("why is row 1 invalid")
                == "Row 1 (record 1: Ada Lovelace, ada@analytical.io, Analytical) is valid: every cell passes its rules.")
            #expect(try await session.clarify("Which Lead Source values became Other?")
                == "2 Lead Source values (2 rows) become Other: conference (by default) (1), trade show (by default) (1).")
            #expect(try await session.clarify("Which source columns are not imported?")
                == "1 source column of contacts.csv is not imported: Contact Owner. Why: no Contacts column matches Contact Owner. Template columns left empty: notes.")
            #expect(try await session.clarify("what columns aren't we importing")
                == "1 source column of contacts.csv is not imported: Contact Owner. Why: no Contacts column matches Contact Owner. Template columns left empty: notes.")
            #expect(try await session.clarify("rows without a company") == "1 of 6 rows have no company: row 4 (record 4).")
            #expect(try await session.clarify("what source columns are we ignoring")
                == "1 source column of contacts.csv is not imported: Contact Owner. Why: no Contacts column matches Contact Owner. Template columns left empty: notes.")
            #expect(try await session.clarify("why isn't Contact Owner imported")
                == "Contact Owner is not imported: no Contacts column takes it (columns: external_id, first_name, last_name, email, phone, company, company_domain, created_date, lead_source, notes). Say \"map Contact Owner to <column>\" to import it.")
            #expect(try await session.clarify("why isn't Phone imported") == "Phone is imported: it feeds phone.")
            #expect(try await session.clarify("do we import Contact Owner") == "No: Contact Owner is not imported.")
            #expect(try await session.clarify("give me the rows missing a company") == "1 of 6 rows have no company: row 4 (record 4).")
            #expect(try await session.clarify("what would happen to trade show") == "Lead Source trade show becomes lead_source Other.")
            #expect(try await session.clarify("what does the recipe look like").hasPrefix("Recipe revision 1, Contacts from contacts.csv:"))
            let unknown = try await session.clarify("What is the meaning of life?")
            #expect(unknown.hasPrefix("I can't answer \"What is the meaning of life?\" from the recipe and preview. I can answer questions like:"))
            #expect(try await session.agent.state().recipe == before)
        }
    }
}

@Suite struct ClarifyHistoryTests {
    @Test func whatTheLastChangeDidAndWhichRowsARuleDropped() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            _ = try await session.update("remove record 4")
            let last = try await session.clarify("what did you just change")
            #expect(last == "The last change (revision 2): rows with source Record ID = 4 are now dropped. Invalid rows 3 → 2, invalid cells 7 → 3, dropped rows 0 → 1, rows imported 6 → 5.")
            let dropped = try await session.clarify("what did that rule drop")
            #expect(dropped.contains("row 4 (record 4)"), "\(dropped)")
        }
    }

    @Test func aRowByPositionIsDroppedByItsRecordIDAndAMissingRowAsks() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let said = try await session.update("drop row 3")
            #expect(said.hasPrefix("rows with source Record ID = 3 (row 3) are now dropped"), "\(said)")
            // A rule on a source column changes no output cell: the summary gives rows, not "0 Record ID cells".
            #expect(!said.contains("Record ID cell"), "\(said)")
            #expect(try await session.agent.state().recipe.sheets[0].rows.drop == [RowCondition(column: "Record ID", when: .equals, value: "3", inSource: true)])
            let before = try await session.agent.state().recipe
            let run = try await session.start(.update, "remove row 9")
            #expect(run.status == .blocked)
            #expect(run.questions?.first?.question.contains("(there is no row 9: the file has 6 data rows)") == true, "\(String(describing: run.questions))")
            // (No change near the words is offered for a row that does not exist: only leaving the recipe alone.)
            #expect(run.questions?.first?.options.map(\.label) == [Interpretations.leaveAlone])
            #expect(try await session.agent.state().recipe == before)
        }
    }

    @Test func undoingAChangeThatWasNeverMadeAsks() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            _ = try await session.update("drop rows without a company")
            let before = try await session.agent.state().recipe
            let run = try await session.start(.update, "undo the country change")
            #expect(run.status == .blocked)
            let question = try #require(run.questions?.first)
            #expect(question.question.hasPrefix("No change mentions \"country\" (changes so far: 2: rows with an empty company are now dropped)."))
            #expect(question.options.map(\.label) == ["Undo the last change", Interpretations.leaveAlone])
            #expect(try await session.agent.state().recipe == before)
            let done = try await session.answer(run, "Undo the last change")
            #expect(done.status == .awaitingApproval)
            #expect(try await session.agent.state().recipe.sheets[0].rows.drop.isEmpty)
        }
    }

    @Test func aMultiPartUpdateSaysWhichPartAlreadyHeld() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let said = try await session.update("lower-case the emails, and make company optional")
            #expect(said.hasPrefix("company: now optional (an empty value is allowed); email already is lower-cased (already holds)"), "\(said)")
        }
    }
}

@Suite struct ExecuteTests {
    @Test func executeReportsAndExportsServeTheExecutedRecipe() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let run = try await session.start(.execute)
            #expect(run.status == .completed)
            #expect(run.report?.inserted == 6)
            #expect(run.report?.invalidCellCount == 3)
            #expect(run.report?.perSheet.first?.templateName == "Contacts")
            let valid = try await session.export("valid")
            #expect(valid.text == """
                external_id,first_name,last_name,email,phone,company,company_domain,created_date,lead_source,notes
                1,Ada,Lovelace,ada@analytical.io,+14155550100,Analytical,analytical.io,2021-03-04,Web,
                5,Barbara,Liskov,barbara@mit.edu,+16172531000,MIT,mit.edu,2021-04-05,,
                6,Donald,Knuth,knuth@stanford.edu,+16507232300,Stanford,stanford.edu,2021-04-05,Event,

                """)
            // An update after execute does not change what was imported.
            try await session.update("Don't import Company Domain")
            #expect(try await session.export("valid").text == valid.text)
            #expect(try await session.export("all").headers[.init("X-Total-Records")!] == "6")
        }
    }

    @Test func sameInputsGiveTheSameThreadTextAndPreview() async throws {
        let runs = Mutex<[([String], Preview)]>([])
        for _ in 0..<2 {
            try await Session.with { session in
                _ = try await generated(session)
                try await session.update("Title-case first and last names")
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let texts = try await session.events(include: "all").map { "\($0.type.wireValue) " + String(decoding: try encoder.encode($0.data), as: UTF8.self) }
                let preview = try await session.preview()
                let transcript = texts.map { $0.replacingOccurrences(of: #"[0-9a-f]{8}-[0-9a-f-]{27}"#, with: "<id>", options: .regularExpression) }
                runs.withLock { $0.append((transcript, preview)) }
            }
        }
        let results = runs.withLock { $0 }
        #expect(results.count == 2)
        #expect(results[0].0 == results[1].0)
        #expect(results[0].1 == results[1].1)
        #expect(results[0].0.count > 10)
    }
}

@Suite struct ConnectorTests {
    @Test func credentialFlowBlocksRejectsAcceptsAndExtracts() async throws {
        try await Session.with { session in
            let created = try await session.send(SourceConnectionRequest(sourceKey: "demo_crm", selectedStreams: ["contacts"]))
            #expect(created.status == .created)
            var run = try await session.start(.generate, extract: true)
            #expect(run.status == .blocked)
            #expect(run.blockedReason == .credentials)
            let request = try #require(run.credentialRequest)
            #expect(request.sourceKey == "demo_crm")
            #expect(request.reason == "I need API access to Demo CRM to read your contacts.")
            #expect(request.guidance?.steps.isEmpty == false)
            #expect(request.guidance?.links.isEmpty == false)
            #expect(request.guidance?.summary != nil)
            #expect(request.schema["client_secret"]?.secret == true)
            #expect(request.schema["client_id"] != nil)

            run = try await session.credentials(run, ["client_id": "demo-client", "client_secret": "wrong-secret-123"])
            #expect(run.status == .blocked)
            #expect(run.credentialRequest?.reason?.contains("rejected") == true)

            run = try await session.credentials(run, ["client_id": "demo-client", "client_secret": "demo-secret"])
            // Demo CRM's lead sources include values outside the allowed set.
            if run.status == .blocked, run.blockedReason == .question {
                run = try await session.answer(run, "Map them all to 'Other'")
            }
            #expect(run.status == .awaitingApproval)
            let state = try await session.agent.state()
            #expect(state.sources.map(\.name) == ["demo_crm_contacts.csv"])
            let mapped = Summary.mappedFrom(state.recipe.sheets[0])
            #expect(mapped["first_name"] == "firstname")
            #expect(mapped["company_domain"] == "website")
            #expect(mapped["created_date"] == "createdate")
            #expect(try await session.preview().sheets.first?.rowCount == 48)

            let execute = try await session.start(.execute)
            #expect(execute.report?.inserted == 48)
            #expect(execute.report?.coverage == ["streams": [["source_key": "demo_crm", "stream": "contacts", "records": 48]], "records": 48])

            let everything = try await session.events(include: "all").map { "\($0.data)" }.joined()
            #expect(!everything.contains("wrong-secret-123"))
            #expect(!everything.contains("demo-secret"))
            let stateText = String(decoding: try JSONEncoder().encode(state), as: UTF8.self)
            #expect(!stateText.contains("demo-secret"))
        }
    }
}

extension Session {
    func send(_ request: SourceConnectionRequest) async throws -> Reply {
        try await client.send(.post, "migrations/\(migration)/source-connection", value: request)
    }
}
