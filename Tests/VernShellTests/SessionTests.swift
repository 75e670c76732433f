import AsyncHTTPClient
import Foundation
import Synchronization
import Testing
import VernAPI
import VernAgentKit
import VernClient
import VernServer
@testable import VernShell
import VernTestSupport

/// Full conversations against the in-process local server, driven by a scripted reader.
@Suite(.serialized)
struct SessionTests {
    @Test func freeTextUpdatesAndAsksInTheCurrentMode() async throws {
        try await withHarness { harness in
            let (outcome, log, input) = await harness.run([
                .line("Trim all fields"), .line("/ask"), .line("Which column did you map email from?"), .line("/update"),
                .line(" Lower-case emails"),
            ])
            #expect(outcome == .success)
            let text = log.text
            #expect(text.contains("vern:Acme[update]> Trim all fields"))
            #expect(text.contains("vern:Acme[ask]> Which column did you map email from?"))
            #expect(log.all.contains { if case .runStatus(let run, .awaitingApproval, _) = $0 { run.kind == .update } else { false } })
            #expect(log.all.contains { if case .answer = $0 { true } else { false } })
            #expect(log.all.contains { if case .previewSummary = $0 { true } else { false } })
            #expect(input.history == ["Trim all fields", "/ask", "Which column did you map email from?", "/update"])
        }
    }

    @Test func askWithTextIsOneClarifyRun() async throws {
        try await withHarness { harness in
            let (_, log, _) = await harness.run([.line("/ask how many rows are invalid?"), .line("Trim all fields")])
            let kinds = log.all.compactMap { event -> RunKind? in
                if case .runStatus(let run, _, _) = event { return run.kind }
                return nil
            }
            #expect(kinds.first == .clarify && kinds.last == .update, "the mode stays update")
        }
    }

    @Test func listingCommandsPrintTheirData() async throws {
        try await withHarness { harness in
            let (outcome, log, _) = await harness.run([
                .line("/help"), .line("/files"), .line("/templates"), .line("/sources"), .line("/status"),
                .line("/thread"), .line("/history"), .line("/preview"), .line("/preview --invalid"),
                .line("/preview email --dropped"),
            ])
            #expect(outcome == .success)
            let text = log.text
            #expect(text.contains("/preview [<columns> ...] [--invalid] [--dropped] [--sheet <sheet>]"))
            #expect(text.contains("contacts.csv"))
            #expect(text.contains("contacts  Contacts: external_id, first_name, last_name*"))
            #expect(text.contains("migration Acme (\(harness.migration.id)): awaiting_approval"))
            #expect(text.contains("run: none in flight"))
            #expect(text.contains("   1  /help"))
            #expect(text.contains("Contacts (contacts): 3 rows; 2 invalid (/preview --invalid lists them)"))
            #expect(text.contains("Contacts (contacts): invalid rows 1–2 of 2"))
            #expect(text.contains("row 2 last_name: last_name:required"))
            #expect(text.contains("Contacts (contacts): no rows dropped by row rules."))
        }
    }

    @Test func badInputGetsOneLineAndTheShellGoesOn() async throws {
        try await withHarness { harness in
            let (outcome, log, _) = await harness.run([
                .line("/frobnicate"), .line("/export"), .line("/preview --sheet nope"), .line("/upload /no/such/file.csv"),
                .line("/files"),
            ])
            let errors = log.all.compactMap { event -> String? in
                if case .error(let message, _, _) = event { return message }
                return nil
            }
            #expect(errors.count == 4)
            #expect(errors[0] == "unknown command /frobnicate")
            #expect(errors[2].hasPrefix("no sheet nope in the preview"))
            #expect(errors[3].contains("/no/such/file.csv"))
            #expect(log.text.contains("usage: /export <slug>"))
            #expect(log.text.contains("contacts.csv"), "the last command still ran")
            #expect(outcome == .success, "the last command succeeded")
        }
    }

    @Test func executeThenExport() async throws {
        try await withHarness { harness in
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("vern-\(UUID().uuidString).csv")
            let (outcome, log, _) = await harness.run(
                [.line("/execute"), .line("/export contacts --filter all -o \(output.path)"), .line("/export contacts -o -")],
                interactive: false)
            #expect(outcome == .success)
            #expect(log.all.contains { if case .report(let report) = $0 { report.inserted == 3 && report.invalidCellCount == 2 } else { false } })
            #expect(log.text.contains("Wrote \(output.path): 3 records"))
            let exported = try String(contentsOf: output, encoding: .utf8)
            #expect(exported.hasPrefix("external_id,first_name"))
            #expect(log.text.contains("r3,Ann,Lee,ann@acme.com"))
        }
    }

    @Test func executeAsksFirstAndCanBeDeclined() async throws {
        try await withHarness { harness in
            let (_, log, _) = await harness.run([.line("/execute"), .line("n")])
            #expect(log.text.contains("Not executed."))
            #expect(!log.all.contains { if case .report = $0 { true } else { false } })
        }
    }

    @Test func generateOnARecipeConfirmsAndUndoReachesAcrossIt() async throws {
        try await withHarness(generate: false) { harness in
            /// The sample's Company Domain values: empty once the column is not imported.
            func domains() async throws -> [String] {
                let rows = try #require(try await harness.client.preview(migration: harness.migration.id).sheets.first?.rows)
                let column = try #require(rows.first?.firstIndex(of: "company_domain"))
                return rows.dropFirst().map { $0[column] }
            }
            let (outcome, log, _) = await harness.run([
                .line("/generate"), .line("Don't import Company Domain"),
                .line("/generate"), .line("n"),
                .line("/generate"), .line("y"),
            ])
            #expect(outcome == .success)
            let text = log.text
            let warning = "This migration has a recipe already; /generate builds a new one from the files and replaces it."
            #expect(text.components(separatedBy: warning).count - 1 == 2, "the first generate has nothing to replace")
            #expect(text.contains("Generate a new recipe? [y/N] n\nNot generated; the recipe is unchanged."))
            let generated = log.all.filter { if case .runStarted(let run, false) = $0 { run.kind == .generate } else { false } }
            #expect(generated.count == 2, "declining starts no run")
            let generatedAgain = try await domains()
            #expect(generatedAgain.contains("acme.com"), "generated again: the column is imported")

            let (undone, _, _) = await harness.run([.line("Undo the last change")])
            #expect(undone == .success)
            let afterUndo = try await domains()
            #expect(afterUndo.allSatisfy { $0.isEmpty }, "undo returns the update's recipe")
        }
    }

    @Test func aMultiLineMessageIsOneRunOrNone() async throws {
        try await withHarness { harness in
            let (outcome, log, _) = await harness.run([
                .line("/multi"), .line("Trim all fields"), .line("/end"),
                .line("/multi"), .line("Lower-case emails"), .interrupt,
                .line("/multi"), .line("/end"),
                .line("/multi"), .line("Drop rows without a Company"), .endOfInput,
            ])
            let started = log.all.filter { if case .runStarted = $0 { true } else { false } }
            #expect(started.count == 1, "only the message ended by /end is sent")
            let text = log.text
            #expect(text.contains("Message discarded."))
            #expect(text.contains("Empty message; nothing sent."))
            #expect(text.contains("error: input ended before /end; message discarded"))
            #expect(outcome == .success)
        }
    }

    @Test func anUnknownConnectorIsRefusedListingTheKnownOnes() async throws {
        try await withHarness { harness in
            let (outcome, log, _) = await harness.run([.line("/connect nowhere region=eu")], interactive: false)
            #expect(outcome == .commandFailed)
            #expect(log.text.contains("error: no source nowhere (connectors: "))
            #expect(!log.text.contains("Connected"))
            #expect(harness.requests.count("POST", pathSuffix: "/source-connection") == 0)
        }
    }

    @Test func aQuestionIsAnsweredInPlace() async throws {
        try await withHarness(behaviour: .question, generate: false) { harness in
            let (outcome, log, _) = await harness.run([
                .line("/generate"), .line("/files"), .line("/execute"), .line("9"), .line("/files"),
            ])
            #expect(outcome == .success)
            let text = log.text
            #expect(text.contains("? Some Lead Source values"))
            #expect(text.contains("  1) Map them to 'Other'"))
            #expect(text.contains("answer> 9"), "a free-text answer is allowed")
            #expect(text.contains("answer> /files\n  contacts.csv"), "a command that only reads runs at the question")
            #expect(text.contains("answer> /execute\nerror: /execute waits until the question is answered"), "a command that changes things waits")
            #expect(text.contains("Thanks, I'll go with: 9"))
        }
    }

    @Test func credentialsAreAskedAgainAfterARejectionAndNeverShown() async throws {
        try await withHarness(behaviour: .credentials, generate: false) { harness in
            let (outcome, log, input) = await harness.run([
                .line("/generate"), .line("demo-client"), .secret("not-the-secret-42"),
                .line("demo-client"), .secret(Connectors.demoClientSecret),
            ])
            #expect(outcome == .success)
            let text = log.text
            #expect(text.contains("Demo CRM needs credentials"))
            #expect(text.contains("did not accept those credentials"))
            #expect(text.contains("client_secret: [hidden]"))
            #expect(!text.contains("not-the-secret-42") && !text.contains(Connectors.demoClientSecret))
            #expect(!"\(log.all)".contains("not-the-secret-42"))
            #expect(input.history == ["/generate"])
            #expect(log.all.contains { if case .runStatus(_, .awaitingApproval, _) = $0 { true } else { false } })
        }
    }

    @Test(.timeLimit(.minutes(1))) func rejectedCredentialsFromAFileAreSentOnceAndTheRunWaitsForInput() async throws {
        try await withHarness(behaviour: .credentials, generate: false) { harness in
            let (outcome, log, _) = await harness.run(
                [.line("/generate")], interactive: false,
                credentials: ["client_id": Connectors.demoClientID, "client_secret": "wrong-secret-from-a-file"])
            #expect(harness.requests.count("POST", pathSuffix: "/credentials") == 1, "never resubmitted")
            #expect(outcome == .runPending, "exit code 5: input needed")
            let errors = log.all.compactMap { if case .error(let text, _, _) = $0 { text } else { nil } }
            #expect(errors.count == 1)
            #expect(errors.first?.contains("did not accept the credentials from --credentials-file") == true)
            #expect(!log.text.contains("wrong-secret-from-a-file"))
        }
    }

    @Test(.timeLimit(.minutes(1))) func rejectedCredentialsAreAskedAgainABoundedNumberOfTimesWithGrowingPauses() async throws {
        try await withHarness(behaviour: .credentials, generate: false) { harness in
            let clock = RecordingClock()
            let wrong: [ScriptedInput.Step] = (1...3).flatMap { [.line("demo-client"), .secret("wrong-\($0)")] }
            let (_, log, input) = await harness.run([.line("/generate")] + wrong + [.line("/status")], clock: clock)
            #expect(harness.requests.count("POST", pathSuffix: "/credentials") == BlockedRunForm.credentialAttempts)
            let asks = log.all.filter { if case .credentialRequest = $0 { true } else { false } }
            #expect(asks.count == BlockedRunForm.credentialAttempts)
            #expect(log.text.contains("rejected 3 sets of credentials; not asking again"))
            #expect(input.remaining.isEmpty && log.text.contains("blocked"), "/status was read at the prompt, the run still blocked")
            let pauses = clock.sleeps.filter { $0 >= BlockedRunForm.credentialRetryPause }
            #expect(pauses == [.seconds(1), .seconds(2)])
        }
    }

    @Test(.timeLimit(.minutes(1))) func aRunIsFollowedToItsEndThroughServerErrorsRateLimitsAndADroppedStream() async throws {
        let faults = Faults(runPolls: [503, 429, 500], runStarts: [429], dropStream: true)
        try await withHarness(behaviour: .slow, faults: faults, clientClock: RecordingClock()) { harness in
            let startedBefore = harness.requests.count("POST", pathSuffix: "/runs")  // the set-up's generate
            let (outcome, log, _) = await harness.run([.line("Trim all fields")])
            #expect(harness.transport.injectedCount == 5, "every fault was met")
            #expect(outcome == .success)
            #expect(log.all.contains { if case .runStatus(_, .awaitingApproval, _) = $0 { true } else { false } })
            #expect(harness.requests.count("POST", pathSuffix: "/runs") == startedBefore + 1, "no duplicate run was started")
            #expect(harness.requests.count("GET", pathSuffix: "/thread/stream") >= 2, "the stream was opened again")
        }
    }

    @Test func withoutATerminalCredentialsComeFromTheCredentialsSource() async throws {
        try await withHarness(behaviour: .credentials, generate: false) { harness in
            let (missing, log, _) = await harness.run([.line("/generate")], interactive: false)
            #expect(missing == .runPending)
            #expect(log.text.contains("pass --credentials-file FILE"))
        }
        try await withHarness(behaviour: .credentials, generate: false) { harness in
            let (outcome, _, _) = await harness.run(
                [.line("/generate")], interactive: false,
                credentials: ["client_id": Connectors.demoClientID, "client_secret": Connectors.demoClientSecret])
            #expect(outcome == .success)
        }
    }

    @Test func ctrlCCancelsTheRunAndTheShellGoesOn() async throws {
        try await withHarness(behaviour: .slow) { harness in
            let (outcome, log, _) = await harness.run([.line("Trim all fields"), .interrupt, .line("/status")])
            #expect(log.text.contains("Cancel confirmed."))
            #expect(log.all.contains { if case .runStatus(_, .canceled, _) = $0 { true } else { false } })
            #expect(log.text.contains("run: none in flight"))
            #expect(outcome == .success, "the last command (/status) succeeded")
        }
    }

    @Test func aSecondCtrlCStopsWaitingWhenTheCancelIsNotConfirmed() async throws {
        try await withHarness(behaviour: .slow, refuseCancel: true) { harness in
            let (outcome, log, _) = await harness.run([.line("Trim all fields"), .interrupt, .interrupt], streamThread: false)
            #expect(log.text.contains("The run could not be canceled"))
            #expect(log.text.contains("Stopped waiting; the run goes on."))
            #expect(outcome == .runPending)
        }
    }

    @Test func aConflictOffersToAttach() async throws {
        try await withHarness(behaviour: .slow) { harness in
            let started = try await harness.client.startRun(migration: harness.migration.id, .init(kind: .update, message: "Trim all fields"))
            let (_, log, _) = await harness.run([.line("Lower-case emails"), .line("y"), .interrupt])
            #expect(log.text.contains("another run is in flight (update \(started.runID.prefix(8))"))
            #expect(log.text.contains("attached to update \(started.runID.prefix(8))"))
            #expect(log.text.contains("Cancel confirmed."))
        }
    }

    @Test func aFailedRunSetsTheOutcome() async throws {
        try await withHarness(behaviour: .fail, generate: false) { harness in
            let (outcome, log, _) = await harness.run([.line("/generate")])
            #expect(outcome == .runFailed)
            #expect(log.text.contains("failed · The scripted local agent failed on purpose"))
        }
    }

    @Test func multiLineMessagesAreOneTurn() async throws {
        try await withHarness { harness in
            let (_, log, _) = await harness.run([.line("/multi"), .line("Trim all fields"), .line("and lower-case emails"), .line("/end")])
            let runs = log.all.filter { if case .runStatus(_, .awaitingApproval, _) = $0 { true } else { false } }
            #expect(runs.count == 1)
            let thread = try await harness.client.thread(migration: harness.migration.id)
            #expect(thread.events.contains { $0.text == "Trim all fields\nand lower-case emails" })
        }
    }

    @Test func pastedLinesArriveAsOneMessage() async throws {
        try await withHarness { harness in
            let (_, log, _) = await harness.run([.line("Trim all fields\nLower-case emails")])
            #expect(log.text.contains("vern:Acme[update]> Trim all fields\n... Lower-case emails"))
        }
    }

    @Test func connectAndDisconnectASource() async throws {
        try await withHarness { harness in
            let (_, log, _) = await harness.run([.line("/connect demo_crm region=eu --streams contacts"), .line("/disconnect"), .line("/connect demo_crm nonsense")])
            #expect(log.text.contains("Connected Demo CRM (no credentials yet"))
            #expect(log.text.contains("Source connection removed."))
            #expect(log.text.contains("config must be key=value"))
        }
    }

    @Test func quitAsksWhenARunIsInFlight() async throws {
        try await withHarness(behaviour: .slow, refuseCancel: true) { harness in
            let (_, log, input) = await harness.run(
                [.line("Trim all fields"), .interrupt, .interrupt, .line("/quit"), .line("n"), .line("/quit"), .line("y"), .line("/status")],
                streamThread: false)
            #expect(log.lines.filter { $0.hasPrefix("A update run is still") }.count == 2)
            #expect(input.remaining == [.line("/status")], "the shell quit at the second yes")
        }
    }
}

/// Counts the run polls a session makes.
final class CountingTransport: HTTPTransport {
    let base: any HTTPTransport
    private let polls = Mutex(0)

    init(base: any HTTPTransport) { self.base = base }

    var runPolls: Int { polls.withLock { $0 } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        if request.method == "GET", request.url.path.contains("/runs/") { polls.withLock { $0 += 1 } }
        return try await base.send(request)
    }
}

@Suite(.serialized)
struct RequestRateTests {
    /// A slow run writes 40 events 100 ms apart. With a poll interval far longer than the run,
    /// only thread events wake the watcher, and the gap after each keeps polls to about one per gap.
    @Test func threadEventsCannotDriveTheRequestRateAboveOneStepPerGap() async throws {
        try await withHarness(behaviour: .slow) { harness in
            let counting = CountingTransport(base: AsyncHTTPClientTransport(client: harness.http))
            let client = VernClient(
                configuration: .init(
                    baseURL: harness.server.baseURL, apiKey: "session-key", pollPolicy: PollPolicy(initial: .seconds(30))),
                transport: counting)
            let log = EventLog()
            let session = ShellSession(
                configuration: ShellConfiguration(
                    client: client, migration: harness.migration, input: ScriptedInput([.line("Trim all fields")]),
                    sink: log, streamThread: true, minimumPollGap: .seconds(1)))
            let started = ContinuousClock.now
            _ = await session.run()
            let seconds = Double((ContinuousClock.now - started).components.seconds) + 1
            #expect(log.all.contains { if case .runStatus(_, .awaitingApproval, _) = $0 { true } else { false } })
            #expect(counting.runPolls >= 3, "thread events woke the watcher")
            #expect(Double(counting.runPolls) <= seconds + 2, "\(counting.runPolls) polls in \(seconds) s")
        }
    }
}

struct DroppedRowsSessionTests {
    @Test func droppedRowsAreListedExportedAndCountedBeforeAndAfterExecute() async throws {
        let directory = try TemporaryDirectory()
        let file = directory.path + "/dropped.csv"
        try await withHarness { harness in
            let (outcome, log, _) = await harness.run([
                .line("Drop rows without a Phone"), .line("/preview --dropped"), .line("/export contacts --dropped -o \(file)"),
                .line("/execute --yes"),
            ])
            #expect(outcome == .success)
            let text = log.text
            #expect(text.contains("Contacts (contacts): rows dropped by row rules 1–2 of 2"))
            #expect(text.contains("Wrote \(file): 2 dropped rows"))
            #expect(
                text.contains(
                    "Execute runs the recipe over every row: contacts: 3 rows in, 1 invalid, 2 dropped by row rules (phone is empty: 2); 1 imported."))
            #expect(text.contains("executed: 1 row inserted (Contacts 1); 1 row with invalid cells; 2 rows dropped by row rules"))
        }
        let csv = try String(contentsOfFile: file, encoding: .utf8)
        #expect(csv.hasPrefix("source_row,dropped_by,external_id,first_name,last_name,email,phone"))
        #expect(csv.contains("\n2,phone is empty,r2,John,,not-an-email,"))
        #expect(csv.contains("\n3,phone is empty,r3,Ann,Lee,ann@acme.com,"))
        var status = stat()
        #expect(stat(file, &status) == 0 && status.st_mode & 0o777 == 0o600)
    }
}
