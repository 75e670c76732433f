import AsyncHTTPClient
import Foundation
import Synchronization
import Testing
import VernAPI
import VernAgent
import VernClient
import VernServer
@testable import VernShell
import VernTestSupport

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
    /// Every request that reached the server, as `METHOD path`.
    let requests: RequestLog
    /// The faults injected between the client and the server.
    let transport: FaultyTransport

    static let csv = """
        Record ID,First Name,Last Name,E-mail Address,Phone,Company,Company Domain,Lead Source
        r1,Jane,Doe,jane@acme.com,555-0100,Acme,acme.com,Web
        r2,John,,not-an-email,,Acme,acme.com,Event
        r3,Ann,Lee,ann@acme.com,,Acme Labs,acme.com,Referral

        """

    /// Starts the server; `generate` decides whether the migration already has a preview.
    /// With `refuseCancel`, cancel requests are answered 409 as if the run could not stop; `faults`
    /// are injected once the migration is set up, and the client's retries wait on `clientClock`.
    static func start(
        behaviour: ScriptedBehaviour? = nil, generate: Bool = true, refuseCancel: Bool = false, faults: Faults = Faults(),
        clientClock: any Clock<Duration> = ContinuousClock()
    ) async throws -> SessionHarness {
        let server = try await LocalServer.start(
            configuration: ServerConfiguration(
                port: 0, apiKeys: ["session-key"], agent: LocalAgent(), scriptedBehaviour: behaviour, rateLimit: nil,
                slowStepDuration: .milliseconds(100)))
        let http = AsyncHTTPClientTransport.makeHTTPClient()
        let requests = RequestLog()
        let transport = FaultyTransport(base: AsyncHTTPClientTransport(client: http), refuseCancel: refuseCancel, log: requests)
        let client = VernClient(
            configuration: .init(
                baseURL: server.baseURL, apiKey: "session-key", pollPolicy: PollPolicy(initial: .milliseconds(20), maximum: .milliseconds(40))),
            transport: transport, clock: clientClock)
        let migration = try await client.createMigration(.init(name: "Acme", templates: ["contacts"]))
        _ = try await client.uploadFiles(migration: migration.id, [try temporaryFile(csv, name: "contacts.csv")])
        if generate {
            let run = try await client.startRun(migration: migration.id, .init(kind: .generate))
            _ = try await client.waitForRun(migration: migration.id, run: run.runID, kind: .generate)
        }
        transport.arm(faults)
        return SessionHarness(server: server, http: http, client: client, migration: migration, requests: requests, transport: transport)
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
    behaviour: ScriptedBehaviour? = nil, generate: Bool = true, refuseCancel: Bool = false, faults: Faults = Faults(),
    clientClock: any Clock<Duration> = ContinuousClock(), _ body: (SessionHarness) async throws -> Void
) async throws {
    let harness = try await SessionHarness.start(
        behaviour: behaviour, generate: generate, refuseCancel: refuseCancel, faults: faults, clientClock: clientClock)
    do {
        try await body(harness)
    } catch {
        await harness.stop()
        throw error
    }
    await harness.stop()
}

/// Faults a ``FaultyTransport`` injects, each once, in order.
struct Faults: Sendable {
    /// Statuses answered to the first polls of a run, without reaching the server.
    var runPolls: [Int] = []
    /// Statuses answered to the first requests starting a run, without reaching the server.
    var runStarts: [Int] = []
    /// Whether the first thread stream is cut after its first chunk, as a dropped connection.
    var dropStream = false
}

/// Passes requests on and logs those that reach the server; injects ``Faults`` once armed, and
/// answers cancel requests 409 (as if the run could not stop) when `refuseCancel` is set.
final class FaultyTransport: HTTPTransport {
    let base: any HTTPTransport
    let refuseCancel: Bool
    let log: RequestLog
    private let faults = Mutex(Faults())
    private let injected = Mutex(0)

    init(base: any HTTPTransport, refuseCancel: Bool, log: RequestLog) {
        self.base = base
        self.refuseCancel = refuseCancel
        self.log = log
    }

    func arm(_ faults: Faults) { self.faults.withLock { $0 = faults } }

    /// How many faults were injected so far.
    var injectedCount: Int { injected.withLock { $0 } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        if refuseCancel && request.method == "PATCH" {
            return TransportResponse(status: 409, body: ResponseBody(bytes: Array(#"{"error":"The run cannot stop right now."}"#.utf8)))
        }
        let path = request.url.path
        let isPoll = request.method == "GET" && path.contains("/runs/")
        let isStart = request.method == "POST" && path.hasSuffix("/runs")
        let isStream = request.method == "GET" && path.hasSuffix("/thread/stream")
        let fault = faults.withLock { faults -> Int? in
            if isPoll, !faults.runPolls.isEmpty { return faults.runPolls.removeFirst() }
            if isStart, !faults.runStarts.isEmpty { return faults.runStarts.removeFirst() }
            return nil
        }
        if let fault {
            injected.withLock { $0 += 1 }
            return TransportResponse(status: fault, body: ResponseBody(bytes: Array(#"{"error":"injected fault"}"#.utf8)))
        }
        log.append("\(request.method) \(path)")
        let response = try await base.send(request)
        let drop = isStream && faults.withLock { faults in
            defer { faults.dropStream = false }
            return faults.dropStream
        }
        guard drop else { return response }
        injected.withLock { $0 += 1 }
        let first = FirstChunk(response.body)
        var dropped = response
        dropped.body = ResponseBody { try await first.next() }
        return dropped
    }
}

/// A stream body that passes its first chunk on, then fails as a reset connection. Read by one
/// task at a time, as response bodies are.
private final class FirstChunk: @unchecked Sendable {
    private var chunks: ResponseBody.AsyncIterator
    private var sent = false

    init(_ body: ResponseBody) { chunks = body.makeAsyncIterator() }

    func next() async throws -> [UInt8]? {
        guard !sent else { throw VernClientError(code: .transport, message: "connection reset by peer") }
        sent = true
        return try await chunks.next()
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
