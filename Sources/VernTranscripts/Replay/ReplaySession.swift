import AsyncHTTPClient
import Foundation
import Logging
import VernAPI
import VernAgent
import VernAgentKit
import VernClient
import VernServer
import VernShell

/// A transcript ready to replay: its document, its cassette, and the entries to send.
struct ReplayScript: Sendable {
    /// An entered line that differs from the one recorded.
    struct EditedInput: Sendable {
        var number: Int
        var line: Int
        var text: String
    }

    let document: TranscriptDocument
    let cassette: Cassette
    /// The entries to send: the transcript's `> ` lines (version 1: the cassette header's inputs).
    let inputs: [TranscriptInput]
    let interactive: Bool

    init(document: TranscriptDocument, cassette: Cassette) {
        self.document = document
        self.cassette = cassette
        if document.version == 1 {
            inputs = (cassette.header.inputs ?? []).map(TranscriptInput.init(v1:))
            interactive = cassette.header.interactive ?? true
        } else {
            inputs = document.inputs
            interactive = document.interactive
        }
    }

    /// The entries whose text differs from what was recorded (by the cassette's digests).
    var editedInputs: [EditedInput] {
        guard document.version >= 2, let digests = cassette.header.inputDigests else { return [] }
        return inputs.enumerated().compactMap { index, input in
            guard index >= digests.count || digests[index] != Cassette.digest(input) else { return nil }
            return EditedInput(number: index + 1, line: document.bodyLine + input.blockIndex, text: input.text)
        }
    }
}

/// What a replay produced.
struct ReplayRun: Sendable {
    /// The output in the transcript's rendering, normalised.
    var lines: [String]
    /// For each line, the input it followed (`input 3 (line 27): answer> 1`).
    var labels: [String]
    /// Requests the cassette did not hold or that differed from it (offline).
    var requestFailures: [String]
    /// The exchanges of a live replay (recorded and normalised); `nil` offline.
    var exchanges: [Exchange]?
    /// A question the shell asked that the transcript holds no answer for.
    var unansweredQuestion: String?
    /// The session stopped sending: an entry answered a question that was not asked.
    var divergence: String?
    var live: Bool
}

/// Runs a transcript's session offline or live.
enum ReplaySession {
    static func filesDirectory(for file: URL) -> URL {
        file.deletingPathExtension().appendingPathExtension("files")
    }

    static func offline(_ script: ReplayScript, file: URL) async throws -> ReplayRun {
        let transport = ReplayTransport(exchanges: script.cassette.exchanges)
        let clock = ImmediateClock()
        var client = VernClient(
            configuration: .init(baseURL: ReplayTransport.baseURL, apiKey: "[REDACTED]", userAgent: "vern-replay"),
            transport: transport, clock: clock, random: { 0 })
        let sink = ReplaySink()
        client.retryObserver = { sink.emit(.retrying($0)) }
        let input = ReplayInput(script.inputs, interactive: script.interactive, bodyLine: script.document.bodyLine, sink: sink) { _ in
            "[REDACTED]"
        }
        try await runSession(script.document, client: client, sink: sink, input: input, clock: clock, file: file)
        let normaliser = Normaliser(paths: Normaliser.standardPaths())
        var failures = transport.failures
        if failures.isEmpty && transport.unused > 0 {
            failures.append("\(transport.unused) recorded exchange(s) were never requested")
        }
        return ReplayRun(
            lines: sink.lines.map(normaliser.normaliseLine), labels: sink.inputs, requestFailures: failures, exchanges: nil,
            unansweredQuestion: input.unansweredQuestion, divergence: input.divergence, live: false)
    }

    static func live(_ script: ReplayScript, file: URL, options: ReplayOptions) async throws -> ReplayRun {
        let document = script.document
        var server: RunningServer?
        let baseURL: URL
        let apiKey: String
        if let url = options.apiURL {
            baseURL = url
            apiKey = options.apiKey ?? ""
        } else {
            var logger = Logger(label: "vern.replay-server")
            logger.logLevel = .error
            var configuration = ServerConfiguration(
                port: 0, apiKeys: ["vern-replay"], agent: try AgentVariant.wrapping(LocalAgent(), named: options.agentVariant),
                scriptedBehaviour: document.server.localAgent.flatMap(ScriptedBehaviour.init(rawValue:)),
                rateLimit: document.server.rateLimit, slowStepDuration: .milliseconds(100), logger: logger)
            if let window = document.server.rateLimitWindow { configuration.rateLimitWindow = window }
            let started = try await LocalServer.start(configuration: configuration)
            server = started
            baseURL = started.baseURL
            apiKey = started.apiKey
        }
        let http = AsyncHTTPClientTransport.makeHTTPClient()
        var attachTo: String?
        let recorder = SessionRecorder(baseURL: baseURL, opening: document.opening, server: document.server, interactive: script.interactive)
        let sink = ReplaySink()
        var client = VernClient(
            configuration: .init(
                baseURL: baseURL, apiKey: apiKey,
                pollPolicy: PollPolicy(initial: .milliseconds(50), growthPeriod: .seconds(60), maximum: .milliseconds(250)),
                userAgent: "vern-replay"),
            transport: recorder.transport(wrapping: AsyncHTTPClientTransport(client: http)))
        let recording = recorder.recordingSink(sink)
        client.retryObserver = { recording.emit(.retrying($0)) }
        if document.opening.attach != nil {
            let setup = VernClient(
                configuration: .init(baseURL: baseURL, apiKey: apiKey, userAgent: "vern-replay"),
                transport: AsyncHTTPClientTransport(client: http))
            do {
                attachTo = try await recreate(document.opening, client: setup, files: filesDirectory(for: file))
            } catch {
                try? await http.shutdown()
                await server?.stop()
                throw error
            }
        }
        let credentials = options.credentials
        let input = ReplayInput(script.inputs, interactive: script.interactive, bodyLine: document.bodyLine, sink: sink) { field in
            credentials[field] ?? ["client_id": Connectors.demoClientID, "client_secret": Connectors.demoClientSecret][field] ?? ""
        }
        do {
            try await runSession(
                document, client: client, sink: recording, input: input, clock: ContinuousClock(), file: file, attachTo: attachTo)
        } catch {
            try? await http.shutdown()
            await server?.stop()
            throw error
        }
        try? await http.shutdown()
        await server?.stop()
        let rendered = recorder.render(title: document.title)
        return ReplayRun(
            lines: Array(rendered.document.lines.prefix(sink.lineCount)), labels: sink.inputs, requestFailures: [],
            exchanges: rendered.cassette.exchanges, unansweredQuestion: input.unansweredQuestion, divergence: input.divergence,
            live: true)
    }

    /// Creates afresh the migration an attached session opened (live replay): its templates and
    /// files from `NAME.files/`, and its preview when it had one. Returns the new id.
    static func recreate(_ opening: OpeningRecord, client: VernClient, files: URL) async throws -> String {
        guard let name = opening.migration else {
            throw TranscriptError("an attached session that does not name its migration cannot replay --live (save it again)")
        }
        let uploads = opening.files.map { files.appendingPathComponent($0) }
        if let missing = uploads.first(where: { !FileManager.default.fileExists(atPath: $0.path) }) {
            throw TranscriptError("to replay --live, copy the migration's file \(missing.lastPathComponent) into \(files.lastPathComponent)/")
        }
        let migration = try await client.createMigration(.init(name: name, templates: opening.templates))
        _ = try await client.uploadFiles(migration: migration.id, uploads)
        if opening.generated {
            let run = try await client.startRun(migration: migration.id, .init(kind: .generate))
            let finished = try await client.waitForRun(migration: migration.id, run: run.runID, kind: .generate)
            guard finished.status == .awaitingApproval else {
                throw TranscriptError("recreating the attached migration: its generate run ended \(finished.status), not awaiting_approval")
            }
        }
        return migration.id
    }

    /// Opens the migration as recorded and runs the session over the transcript's entries.
    static func runSession(
        _ document: TranscriptDocument, client: VernClient, sink: any ShellEventSink, input: any ShellInput,
        clock: any Clock<Duration>, file: URL, attachTo: String? = nil
    ) async throws {
        let files = filesDirectory(for: file)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vern-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let opening: SessionOpening
        if let id = document.opening.attach {
            opening = .attach(id: attachTo ?? id, remote: false)
        } else {
            opening = .create(
                name: document.opening.migration ?? "Demo", externalID: document.opening.externalID,
                templates: document.opening.templates, files: document.opening.files.map { files.appendingPathComponent($0) },
                reuseExisting: document.opening.reuseExisting)
        }
        let opened = try await opening.perform(client: client, sink: sink)
        let session = ShellSession(
            configuration: ShellConfiguration(
                client: client, migration: opened.migration, input: input, sink: sink, clock: clock, streamThread: false,
                save: { _, _ in SavedTranscript(paths: ["[SAVED]"], uploads: []) },
                resolvePath: { path in
                    let name = URL(fileURLWithPath: path).lastPathComponent
                    let saved = files.appendingPathComponent(name)
                    return FileManager.default.fileExists(atPath: saved.path) ? saved : scratch.appendingPathComponent(name)
                }))
        if opened.needsGenerate {
            await session.start(.generate, questionsAtPrompt: document.opening.questionsAtPrompt)
        } else {
            await session.summarize()
        }
        _ = await session.run()
    }
}
