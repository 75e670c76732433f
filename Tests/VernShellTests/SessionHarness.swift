import AsyncHTTPClient
import Foundation
import Synchronization
import Testing
import VernAPI
import VernAgent
import VernClient
import VernServer
@testable import VernShell

/// Keeps every event the session emits.
final class EventLog: ShellEventSink {
    private let events = Mutex<[ShellEvent]>([])

    func emit(_ event: ShellEvent) { events.withLock { $0.append(event) } }

    var all: [ShellEvent] { events.withLock { $0 } }

    /// The events as the plain renderer writes them, echo included.
    var lines: [String] {
        let formatter = PlainFormatter(presenter: TerminalPresenter())
        return all.flatMap { formatter.lines(for: $0).map(\.text) }
    }

    var text: String { lines.joined(separator: "\n") }
}

/// A local server in memory, a client for it, and a migration with a preview, for session tests.
struct SessionHarness {
    let server: RunningServer
    let http: HTTPClient
    let client: VernClient
    let migration: Migration
    /// Every request the session's client sent, as `METHOD path`.
    let requests: RequestLog

    static let csv = """
        Record ID,First Name,Last Name,E-mail Address,Phone,Company,Company Domain,Lead Source
        r1,Jane,Doe,jane@acme.com,555-0100,Acme,acme.com,Web
        r2,John,,not-an-email,,Acme,acme.com,Event
        r3,Ann,Lee,ann@acme.com,,Acme Labs,acme.com,Referral

        """

    /// Starts the server; `generate` decides whether the migration already has a preview.
    /// With `refuseCancel`, cancel requests are answered 409 as if the run could not stop.
    static func start(behaviour: ScriptedBehaviour? = nil, generate: Bool = true, refuseCancel: Bool = false) async throws
        -> SessionHarness
    {
        let server = try await LocalServer.start(
            configuration: ServerConfiguration(
                port: 0, apiKeys: ["session-key"], agent: LocalAgent(), scriptedBehaviour: behaviour, rateLimit: nil,
                slowStepDuration: .milliseconds(100)))
        let http = AsyncHTTPClientTransport.makeHTTPClient()
        let requests = RequestLog()
        let client = VernClient(
            configuration: .init(
                baseURL: server.baseURL, apiKey: "session-key", pollPolicy: PollPolicy(initial: .milliseconds(20), maximum: .milliseconds(40))),
            transport: RefusingCancel(base: AsyncHTTPClientTransport(client: http), refuse: refuseCancel, log: requests))
        let migration = try await client.createMigration(.init(name: "Acme", templates: ["contacts"]))
        _ = try await client.uploadFiles(migration: migration.id, [try temporaryFile(csv, name: "contacts.csv")])
        if generate {
            let run = try await client.startRun(migration: migration.id, .init(kind: .generate))
            _ = try await client.waitForRun(migration: migration.id, run: run.runID, kind: .generate)
        }
        return SessionHarness(server: server, http: http, client: client, migration: migration, requests: requests)
    }

    /// Runs a session over `steps` and returns its outcome with everything it emitted.
    func run(
        _ steps: [ScriptedInput.Step], interactive: Bool = true, credentials: [String: String] = [:],
        streamThread: Bool = true, clock: any Clock<Duration> = ContinuousClock()
    ) async -> (outcome: ShellOutcome, log: EventLog, input: ScriptedInput) {
        let log = EventLog()
        let input = ScriptedInput(steps, interactive: interactive)
        let session = ShellSession(
            configuration: ShellConfiguration(
                client: client, migration: migration, input: input, sink: log, clock: clock, streamThread: streamThread,
                credentials: credentials, minimumPollGap: .milliseconds(50)))
        let outcome = await session.run()
        return (outcome, log, input)
    }

    func stop() async {
        try? await http.shutdown()
        await server.stop()
    }
}

func temporaryFile(_ text: String, name: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vern-shell-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return file
}

/// Runs `body` with a started harness and always stops it.
func withHarness(
    behaviour: ScriptedBehaviour? = nil, generate: Bool = true, refuseCancel: Bool = false,
    _ body: (SessionHarness) async throws -> Void
) async throws {
    let harness = try await SessionHarness.start(behaviour: behaviour, generate: generate, refuseCancel: refuseCancel)
    do {
        try await body(harness)
    } catch {
        await harness.stop()
        throw error
    }
    await harness.stop()
}

/// Passes requests on and logs them; when `refuse` is set, answers cancel requests with 409.
struct RefusingCancel: HTTPTransport {
    let base: any HTTPTransport
    let refuse: Bool
    let log: RequestLog

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        log.append("\(request.method) \(request.url.path)")
        if refuse && request.method == "PATCH" {
            return TransportResponse(status: 409, body: ResponseBody(bytes: Array(#"{"error":"The run cannot stop right now."}"#.utf8)))
        }
        return try await base.send(request)
    }
}

/// The requests a client sent, in order.
final class RequestLog: Sendable {
    private let entries = Mutex<[String]>([])

    func append(_ entry: String) { entries.withLock { $0.append(entry) } }

    /// How many requests were `method` to a path ending in `suffix`.
    func count(_ method: String, pathSuffix suffix: String) -> Int {
        entries.withLock { $0.filter { $0.hasPrefix(method + " ") && $0.hasSuffix(suffix) }.count }
    }
}

/// A clock that never waits: it records each requested sleep and advances its time by it.
final class SkippingClock: Clock, Sendable {
    struct Instant: InstantProtocol {
        var offset: Duration
        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let state = Mutex<(now: Duration, sleeps: [Duration])>((now: .zero, sleeps: []))

    var now: Instant { Instant(offset: state.withLock { $0.now }) }
    var minimumResolution: Duration { .nanoseconds(1) }
    var sleeps: [Duration] { state.withLock { $0.sleeps } }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        state.withLock {
            $0.sleeps.append(deadline.offset - $0.now)
            $0.now = max($0.now, deadline.offset)
        }
        await Task.yield()
    }
}
