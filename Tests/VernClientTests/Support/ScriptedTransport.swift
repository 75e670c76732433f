import Foundation
import Synchronization
import VernAPI
import VernClient
import VernTestSupport

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

extension VernClient {
    static func scripted(
        _ transport: ScriptedTransport, clock: RecordingClock = RecordingClock(), retry: RetryPolicy = .standard
    ) -> VernClient {
        VernClient(
            configuration: .init(baseURL: URL(string: "http://vern.test/api/v1")!, apiKey: "test-key", retryPolicy: retry),
            transport: transport, clock: clock, random: { 0.5 })
    }
}
