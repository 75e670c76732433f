import Foundation
import Synchronization
import VernAPI
import VernClient

/// A transport that answers from a script, one step per request, and records the requests.
final class ScriptedTransport: HTTPTransport {
    typealias Step = @Sendable (TransportRequest) throws -> TransportResponse

    private let state: Mutex<(steps: [Step], requests: [TransportRequest])>

    init(_ steps: [Step]) { state = Mutex((steps: steps, requests: [])) }

    var requests: [TransportRequest] { state.withLock { $0.requests } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        let step: Step? = state.withLock {
            $0.requests.append(request)
            return $0.steps.isEmpty ? nil : $0.steps.removeFirst()
        }
        guard let step else {
            throw VernClientError(code: .invalidResponse, message: "unscripted request \(request.method) \(request.url)")
        }
        return try step(request)
    }

    static func json(_ status: Int, _ body: String, headers: [(name: String, value: String)] = []) -> Step {
        { _ in TransportResponse(status: status, headers: headers, body: ResponseBody(bytes: Array(body.utf8))) }
    }

    static func encoded(_ status: Int, _ value: some Encodable & Sendable) -> Step {
        { _ in TransportResponse(status: status, body: ResponseBody(bytes: Array(try VernJSON.encoder().encode(value)))) }
    }

    static let connectionRefused: Step = { _ in throw VernClientError(code: .transport, message: "connection refused") }
}

/// A clock that never waits: it records each requested sleep and advances its time by it.
final class RecordingClock: Clock, Sendable {
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

extension VernClient {
    static func scripted(
        _ transport: ScriptedTransport, clock: RecordingClock = RecordingClock(), retry: RetryPolicy = .standard
    ) -> VernClient {
        VernClient(
            configuration: .init(baseURL: URL(string: "http://vern.test/api/v1")!, apiKey: "test-key", retryPolicy: retry),
            transport: transport, clock: clock, random: { 0.5 })
    }
}
