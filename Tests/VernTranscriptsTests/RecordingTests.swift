import AsyncHTTPClient
import Foundation
import Synchronization
import Testing
import VernAPI
import VernAgentKit
import VernAgent
import VernClient
import VernServer
import VernShell
import VernTerminal
@testable import VernTranscripts

/// Input from a script whose history goes to a real history file.
final class HistoryBackedInput: ShellInput {
    let script: ScriptedInput
    let history: HistoryFile

    init(_ steps: [ScriptedInput.Step], history: HistoryFile) {
        script = ScriptedInput(steps)
        self.history = history
    }

    var isInteractive: Bool { true }
    func readLine(prompt: String) async -> ShellLine { await script.readLine(prompt: prompt) }
    func readSecret(prompt: String) async -> ShellSecret { await script.readSecret(prompt: prompt) }
    func recordHistory(_ line: String) { try? history.append(line) }
    func takeInterrupt() -> Bool { script.takeInterrupt() }
    func interruptArrived() async { await script.interruptArrived() }
}

/// Discards events.
struct NullSink: ShellEventSink {
    func emit(_ event: ShellEvent) {}
}

@Suite("Recording")
struct RecordingTests {
    /// Records a session whose run blocks on credentials; a wrong secret is typed first.
    @Test("no file a session writes holds a secret typed into a credential form")
    func secretsNeverWritten() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vern-secrets-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let state = root.appendingPathComponent("state")
        let work = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work.appendingPathComponent("transcripts"), withIntermediateDirectories: true)
        let server = try await LocalServer.start(
            configuration: ServerConfiguration(
                port: 0, apiKeys: ["secret-test-key"], agent: LocalAgent(), scriptedBehaviour: .credentials, rateLimit: nil))
        let http = AsyncHTTPClientTransport.makeHTTPClient()
        let csv = root.appendingPathComponent("contacts.csv")
        try Data("Email,Name\na@b.com,Ann\n".utf8).write(to: csv)
        let wrongSecret = "hunter2-Wrong-\(UUID().uuidString.prefix(6))"
        let recorder = SessionRecorder(
            baseURL: server.baseURL, opening: OpeningRecord(migration: "Secrets", files: ["contacts.csv"]),
            server: ServerSettings(localAgent: "credentials"), interactive: true)
        let client = VernClient(
            configuration: .init(
                baseURL: server.baseURL, apiKey: "secret-test-key",
                pollPolicy: PollPolicy(initial: .milliseconds(20), maximum: .milliseconds(40))),
            transport: recorder.transport(wrapping: AsyncHTTPClientTransport(client: http)))
        let history = HistoryFile(path: state.appendingPathComponent("vern/history.jsonl").path)
        let input = HistoryBackedInput(
            [
                .line(Connectors.demoClientID), .secret(wrongSecret),
                .line(Connectors.demoClientID), .secret(Connectors.demoClientSecret),
                .line("/status"),
            ], history: history)
        try recorder.startJournal(directory: state.appendingPathComponent("vern/sessions"))
        let sink = recorder.recordingSink(NullSink())
        let opened = try await SessionOpening.create(name: "Secrets", externalID: nil, templates: nil, files: [csv], reuseExisting: false)
            .perform(client: client, sink: sink)
        let session = ShellSession(
            configuration: ShellConfiguration(
                client: client, migration: opened.migration, input: recorder.recordingInput(input), sink: sink,
                streamThread: false, save: { name, replace in try recorder.save(name: name, replace: replace, in: work) }))
        await session.start(.generate)
        _ = await session.run()
        _ = try recorder.save(name: "secrets", in: work)
        recorder.flushJournal()
        try? await http.shutdown()
        await server.stop()

        var checked = 0
        let files = FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }
        for path in files where path != "contacts.csv" {
            var isDirectory: ObjCBool = false
            let url = root.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(!text.contains(wrongSecret), "\(path) holds the secret")
            #expect(!text.contains(Connectors.demoClientSecret), "\(path) holds the secret")
            checked += 1
        }
        // The transcript, the cassette, the uploaded file's copy, the session log and its cassette.
        #expect(checked >= 5)
        let transcript = try String(contentsOf: work.appendingPathComponent("transcripts/secrets.md"), encoding: .utf8)
        #expect(transcript.contains("client_secret: [hidden]"))
        let cassette = try String(contentsOf: work.appendingPathComponent("transcripts/secrets.cassette.jsonl"), encoding: .utf8)
        #expect(cassette.contains("[REDACTED]"))
        #expect(!cassette.contains("secret-test-key"))
    }
}

@Suite("Saving")
struct SavingTests {
    @Test("/save refuses to replace a transcript unless told, then removes the old one's stale files")
    func replace() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("vern-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work.appendingPathComponent("transcripts"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let recorder = SessionRecorder(baseURL: URL(string: "http://127.0.0.1:1/api/v1")!, opening: OpeningRecord(migration: "Demo"), interactive: true)
        recorder.recordingSink(NullSink()).emit(.notice("Uploaded contacts.csv."))
        let saved = try recorder.save(name: "demo", in: work)
        #expect(saved.paths == ["transcripts/demo.md", "transcripts/demo.cassette.jsonl"])
        let stale = work.appendingPathComponent("transcripts/demo.files/old.csv")
        try FileManager.default.createDirectory(at: stale.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: stale)
        #expect(throws: SaveConflict.self) { try recorder.save(name: "demo", in: work) }
        #expect(FileManager.default.fileExists(atPath: stale.path), "nothing is touched without --force")
        _ = try recorder.save(name: "demo", replace: true, in: work)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("transcripts/demo.md").path))
    }
}

@Suite("Normaliser")
struct NormaliserTests {
    @Test("ids become numbered placeholders by kind, the same id always the same placeholder")
    func placeholders() {
        let normaliser = Normaliser(origin: "http://127.0.0.1:4000", paths: [])
        let migration = "0f8fad5b-d9cb-469f-a165-70867728950e"
        let run1 = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
        let run2 = "a8098c1a-f86e-11da-bd1a-00112444be1e"
        normaliser.learn(path: "migrations/\(migration)/runs")
        normaliser.learn(json: #"{"run_id":"\#(run1)","status":"queued"}"#, context: "RUN")
        normaliser.learn(json: #"{"id":"\#(run2)","status":"running"}"#, context: "RUN")
        #expect(normaliser.normaliseLine("update \(run1.prefix(8)) queued") == "update [RUN:1] queued")
        #expect(normaliser.normaliseLine("run: update \(run2) running") == "run: update [RUN:2] running")
        #expect(normaliser.normaliseLine("migration Demo (\(migration))") == "migration Demo ([MIGRATION:1])")
        #expect(normaliser.normaliseURL("migrations/\(migration)/runs/\(run1)") == "migrations/%5BMIGRATION%3A1%5D/runs/%5BRUN%3A1%5D")
        #expect(normaliser.normaliseLine("at 2026-06-19 15:32:11 UTC") == "at [TIME]")
        #expect(
            normaliser.normaliseJSON(#"{"created_at":"2026-06-19T15:32:11.000Z","url":"http://127.0.0.1:4000/storage/x?token=abc"}"#)
                == #"{"created_at":"2000-01-01T00:00:00.000Z","url":"http://server.invalid/storage/x?token=TOKEN"}"#)
    }

    @Test("credential values are redacted when recorded")
    func redaction() {
        let body = Array(#"{"connection_id":"c","credentials":{"client_id":"x","client_secret":"y"}}"#.utf8)
        let redacted = String(decoding: SessionRecorder.redact(body), as: UTF8.self)
        #expect(!redacted.contains("\"y\""))
        #expect(redacted.contains("[REDACTED]"))
        #expect(redacted.contains("\"c\""))
    }
}

@Suite("Replay transport")
struct ReplayTransportTests {
    func exchange(_ seq: Int, _ status: String) -> Exchange {
        Exchange(seq: seq, method: "GET", url: "migrations/%5BMIGRATION%3A1%5D/runs/%5BRUN%3A1%5D", status: 200, body: #"{"status":"\#(status)"}"#)
    }

    func get(_ transport: ReplayTransport, _ path: String) async throws -> String {
        let response = try await transport.send(
            TransportRequest(method: "GET", url: URL(string: ReplayTransport.baseURL.absoluteString + "/" + path)!))
        return String(decoding: try await response.body.collect(upTo: 1 << 20), as: UTF8.self)
    }

    @Test("answers in recorded order, then repeats the last response; unknown requests fail clearly")
    func order() async throws {
        let transport = ReplayTransport(exchanges: [exchange(1, "queued"), exchange(2, "running"), exchange(3, "completed")])
        let path = "migrations/%5BMIGRATION%3A1%5D/runs/%5BRUN%3A1%5D"
        #expect(try await get(transport, path).contains("queued"))
        #expect(try await get(transport, path).contains("running"))
        #expect(try await get(transport, path).contains("completed"))
        #expect(try await get(transport, path).contains("completed"))
        await #expect(throws: ReplayFailure.self) { try await get(transport, "migrations/%5BMIGRATION%3A1%5D/preview") }
        #expect(transport.failures.first == "request 5: GET migrations/[MIGRATION:1]/preview is not in the cassette")
    }
}

@Suite("Front matter")
struct FrontMatterTests {
    @Test("a first question held for the prompt is recorded, so replay holds it too")
    func questionsAtPrompt() throws {
        let opening = OpeningRecord(
            migration: "Demo", externalID: "vern-demo", templates: ["contacts"], files: ["demo-contacts.csv"], reuseExisting: true,
            questionsAtPrompt: true)
        let document = TranscriptDocument(cassette: "demo.cassette.jsonl", opening: opening, title: "Demo", notes: "", lines: ["> vern:Demo[update]> 1"])
        let text = document.render()
        #expect(text.contains("\nquestions-at-prompt: true\n"))
        #expect(try TranscriptDocument.parse(text).opening == opening)
        var asked = opening
        asked.questionsAtPrompt = false
        let plain = TranscriptDocument(cassette: "demo.cassette.jsonl", opening: asked, title: "Demo", notes: "", lines: [])
        #expect(!plain.render().contains("questions-at-prompt"))
        #expect(try TranscriptDocument.parse(plain.render()).opening.questionsAtPrompt == false)
    }
}
