import AsyncHTTPClient
import Foundation
import Logging
import VernAPI
import VernAgent
import VernClient
import VernServer
import VernShell

/// How to replay.
public struct ReplayOptions: Sendable {
    /// Send the inputs to a server instead of answering from the cassette.
    public var live: Bool
    /// With `live`: the server; `nil` for the embedded local server (exact comparison).
    public var apiURL: URL?
    /// With `apiURL`: the API key.
    public var apiKey: String?
    /// Rewrite the transcript (and, live, the cassette) instead of verifying it.
    public var update: Bool
    /// With `live`: values for credential forms (`--credentials-file`); else the local agent's
    /// demo credentials.
    public var credentials: [String: String]
    /// Write `NAME.actual.md` beside a failing transcript (and delete a stale one on success).
    public var writeActual: Bool

    /// Creates options; the default verifies offline.
    public init(
        live: Bool = false, apiURL: URL? = nil, apiKey: String? = nil, update: Bool = false,
        credentials: [String: String] = [:], writeActual: Bool = true
    ) {
        self.live = live
        self.apiURL = apiURL
        self.apiKey = apiKey
        self.update = update
        self.credentials = credentials
        self.writeActual = writeActual
    }
}

/// The outcome of replaying one transcript.
public struct ReplayResult: Sendable {
    /// The transcript.
    public var file: URL
    /// Whether the output matched (or the transcript was updated).
    public var passed: Bool
    /// Why it failed: requests the cassette did not hold, and the numbered diff.
    public var report: String
    /// The output, normalised.
    public var actual: [String]
    /// How long the replay took.
    public var duration: Duration
}

/// Replays transcripts: offline from the cassette (exact), or live against a server.
public enum Replayer {
    /// The transcripts named by `paths`: files, or folders searched for `*.md` (not
    /// `*.actual.md`, not `README.md`), sorted.
    public static func transcripts(in paths: [String]) throws -> [URL] {
        var found: [URL] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw TranscriptError("\(path) does not exist")
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
                found += names.filter { $0.hasSuffix(".md") && !$0.hasSuffix(".actual.md") && $0 != "README.md" }.sorted()
                    .map { url.appendingPathComponent($0) }
            } else {
                found.append(url)
            }
        }
        return found
    }

    /// Replays one transcript.
    public static func replay(_ file: URL, options: ReplayOptions = ReplayOptions()) async -> ReplayResult {
        let started = ContinuousClock.now
        do {
            let document = try TranscriptDocument.parse(String(contentsOf: file, encoding: .utf8))
            let cassetteURL = file.deletingLastPathComponent().appendingPathComponent(document.cassette)
            let cassette = try Cassette.parse(String(contentsOf: cassetteURL, encoding: .utf8))
            let run = options.live
                ? try await live(document, cassette: cassette, file: file, options: options)
                : try await offline(document, cassette: cassette, file: file)
            return try finish(document, cassette: cassette, run: run, file: file, options: options, started: started)
        } catch {
            return ReplayResult(file: file, passed: false, report: "error: \(error)", actual: [], duration: ContinuousClock.now - started)
        }
    }

    /// What a replay produced.
    struct Run {
        var lines: [String]
        var inputs: [String]
        var failures: [String]
        var cassette: Cassette?
        var coarse: Bool
        var live: Bool
    }

    static func filesDirectory(for file: URL) -> URL {
        file.deletingPathExtension().appendingPathExtension("files")
    }

    static func offline(_ document: TranscriptDocument, cassette: Cassette, file: URL) async throws -> Run {
        let transport = ReplayTransport(exchanges: cassette.exchanges)
        let clock = ImmediateClock()
        var client = VernClient(
            configuration: .init(baseURL: ReplayTransport.baseURL, apiKey: "[REDACTED]", userAgent: "vern-replay"),
            transport: transport, clock: clock, random: { 0 })
        let sink = ReplaySink()
        client.retryObserver = { sink.emit(.retrying($0)) }
        let input = ReplayInput(cassette.header.inputs, interactive: cassette.header.interactive, sink: sink) { _ in "[REDACTED]" }
        try await runSession(document, client: client, sink: sink, input: input, clock: clock, file: file)
        let normaliser = Normaliser(paths: Normaliser.standardPaths())
        var failures = transport.failures
        if failures.isEmpty && transport.unused > 0 {
            failures.append("\(transport.unused) recorded exchange(s) were never requested")
        }
        return Run(lines: sink.lines.map(normaliser.normaliseLine), inputs: sink.inputs, failures: failures, cassette: nil, coarse: false, live: false)
    }

    static func live(_ document: TranscriptDocument, cassette: Cassette, file: URL, options: ReplayOptions) async throws -> Run {
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
                port: 0, apiKeys: ["vern-replay"], agent: LocalAgent(),
                scriptedBehaviour: document.server.localAgent.flatMap(ScriptedBehaviour.init(rawValue:)),
                rateLimit: document.server.rateLimit, slowStepDuration: .milliseconds(100), logger: logger)
            if let window = document.server.rateLimitWindow { configuration.rateLimitWindow = window }
            let started = try await LocalServer.start(configuration: configuration)
            server = started
            baseURL = started.baseURL
            apiKey = started.apiKey
        }
        let http = AsyncHTTPClientTransport.makeHTTPClient()
        let recorder = SessionRecorder(baseURL: baseURL, opening: document.opening, server: document.server, interactive: cassette.header.interactive)
        let sink = ReplaySink()
        var client = VernClient(
            configuration: .init(
                baseURL: baseURL, apiKey: apiKey,
                pollPolicy: PollPolicy(initial: .milliseconds(50), growthPeriod: .seconds(60), maximum: .milliseconds(250)),
                userAgent: "vern-replay"),
            transport: recorder.transport(wrapping: AsyncHTTPClientTransport(client: http)))
        let recording = recorder.recordingSink(sink)
        client.retryObserver = { recording.emit(.retrying($0)) }
        let credentials = options.credentials
        let input = ReplayInput(cassette.header.inputs, interactive: cassette.header.interactive, sink: sink) { field in
            credentials[field] ?? [
                "client_id": Connectors.demoClientID, "client_secret": Connectors.demoClientSecret,
            ][field] ?? ""
        }
        do {
            try await runSession(document, client: client, sink: recording, input: input, clock: ContinuousClock(), file: file)
        } catch {
            try? await http.shutdown()
            await server?.stop()
            throw error
        }
        try? await http.shutdown()
        await server?.stop()
        let rendered = recorder.render(title: document.title)
        let count = sink.lines.count
        return Run(
            lines: Array(rendered.document.lines.prefix(count)), inputs: sink.inputs, failures: [],
            cassette: rendered.cassette, coarse: options.apiURL != nil, live: true)
    }

    /// Opens the migration as recorded and runs the session over the recorded inputs.
    static func runSession(
        _ document: TranscriptDocument, client: VernClient, sink: any ShellEventSink, input: any ShellInput,
        clock: any Clock<Duration>, file: URL
    ) async throws {
        let files = filesDirectory(for: file)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vern-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let opening: SessionOpening
        if let id = document.opening.attach {
            opening = .attach(id: id, remote: false)
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
                width: 80, color: false, save: { _ in "[SAVED]" },
                resolvePath: { path in
                    let name = URL(fileURLWithPath: path).lastPathComponent
                    let saved = files.appendingPathComponent(name)
                    return FileManager.default.fileExists(atPath: saved.path) ? saved : scratch.appendingPathComponent(name)
                }))
        if opened.needsGenerate {
            await session.start(.generate)
        } else {
            await session.summarize()
        }
        _ = await session.run()
    }

    /// Lines that depend on timing in a live run: intermediate run states and retry notices.
    static func timingDependent(_ line: String) -> Bool {
        let words = line.split(separator: " ", maxSplits: 3)
        if words.count >= 3, words[1].hasPrefix("[RUN:") || words[1].count == 8, words[2] == "queued" || words[2] == "running" {
            return true
        }
        return line.contains("; retrying ") && line.contains("(attempt ")
    }

    /// The coarse facts compared against a real service: run states reached and preview counts.
    static func coarseFacts(_ lines: [String]) -> [String] {
        lines.compactMap { line in
            let words = line.split(separator: " ")
            if words.count >= 3, words[1].hasPrefix("[RUN:"),
                ["awaiting_approval", "completed", "failed", "canceled", "blocked"].contains(String(words[2]))
            {
                return "\(words[0]) \(words[2])"
            }
            return line.hasPrefix("preview: ") ? line : nil
        }
    }

    static func finish(
        _ document: TranscriptDocument, cassette: Cassette, run: Run, file: URL, options: ReplayOptions, started: ContinuousClock.Instant
    ) throws -> ReplayResult {
        let actualFile = file.deletingPathExtension().appendingPathExtension("actual.md")
        if options.update {
            var updated = document
            updated.lines = run.lines
            try Data(updated.render().utf8).write(to: file)
            if let live = run.cassette {
                var rewritten = live
                rewritten.header.inputs = cassette.header.inputs
                try Data(try rewritten.render().utf8).write(to: file.deletingLastPathComponent().appendingPathComponent(document.cassette))
            }
            try? FileManager.default.removeItem(at: actualFile)
            return ReplayResult(file: file, passed: true, report: "updated", actual: run.lines, duration: ContinuousClock.now - started)
        }
        var expected = document.lines
        var actual = run.lines
        if run.coarse {
            expected = coarseFacts(expected)
            actual = coarseFacts(actual)
        } else if run.live {
            expected = expected.filter { !timingDependent($0) }
            actual = actual.filter { !timingDependent($0) }
        }
        var report: [String] = run.failures
        if expected != actual {
            let index = UnifiedDiff.firstDifference(expected, actual) ?? 0
            let where_: String
            if run.live {
                where_ = "output diverged at line \(index + 1)"
            } else {
                let label = run.inputs.isEmpty ? "the opening" : run.inputs[min(index, run.inputs.count - 1)]
                where_ = "output diverged at line \(index + 1), after \(label)"
            }
            report.append(where_)
            report.append(
                UnifiedDiff.render(
                    expected, actual, oldName: file.lastPathComponent + " (expected)",
                    newName: actualFile.lastPathComponent + " (actual)"))
        }
        let passed = report.isEmpty
        if options.writeActual {
            if passed {
                try? FileManager.default.removeItem(at: actualFile)
            } else {
                var actualDocument = document
                actualDocument.lines = run.lines
                try? Data(actualDocument.render().utf8).write(to: actualFile)
            }
        }
        return ReplayResult(
            file: file, passed: passed, report: report.joined(separator: "\n"), actual: run.lines,
            duration: ContinuousClock.now - started)
    }
}
