import Foundation
import Synchronization
import VernAPI
import VernClient

/// Answers requests from a cassette, in order: never first-match.
///
/// Each (method, path) has its own queue; a request takes the next recorded exchange for its
/// key and must match it (method, URL with query, JSON body, redacted values ignored). When
/// polling outlives the recording, the last response for the key repeats (up to a limit, so a
/// diverging session cannot poll forever). A request the cassette does not hold fails clearly.
public final class ReplayTransport: HTTPTransport {
    struct State {
        var queues: [String: [Exchange]]
        var last: [String: Exchange] = [:]
        var repeats = 0
        var count = 0
        var failures: [String] = []
    }

    /// The base URL the replaying client uses.
    public static let baseURL = URL(string: Normaliser.fixedOrigin + "/api/v1")!
    /// How often the last response of a key may repeat before replay gives up.
    public static let repeatLimit = 500

    private let state: Mutex<State>

    /// Creates a transport over a cassette's exchanges.
    public init(exchanges: [Exchange]) {
        var queues: [String: [Exchange]] = [:]
        for exchange in exchanges {
            queues[Self.key(exchange.method, Self.decoded(exchange.url)), default: []].append(exchange)
        }
        state = Mutex(State(queues: queues))
    }

    /// Mismatches seen so far, one line each.
    public var failures: [String] { state.withLock { $0.failures } }

    /// Recorded exchanges no request asked for.
    public var unused: Int { state.withLock { $0.queues.values.reduce(0) { $0 + $1.count } } }

    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        var base = Self.baseURL.absoluteString
        base += "/"
        let absolute = request.url.absoluteString
        let relative = Self.decoded(absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : absolute)
        let key = Self.key(request.method, relative)
        var actual: JSONValue?
        if case .bytes(let bytes) = request.body { actual = try? VernJSON.decoder().decode(JSONValue.self, from: Data(bytes)) }
        let result = state.withLock { state -> Result<Exchange, ReplayFailure> in
            state.count += 1
            let number = state.count
            let exchange: Exchange
            if var queue = state.queues[key], !queue.isEmpty {
                exchange = queue.removeFirst()
                state.queues[key] = queue
                state.last[key] = exchange
            } else if let last = state.last[key], last.method == "GET", state.repeats < Self.repeatLimit {
                state.repeats += 1
                exchange = last
            } else {
                let message = state.last[key] == nil
                    ? "request \(number): \(request.method) \(relative) is not in the cassette"
                    : "request \(number): \(request.method) \(relative) outlived the recording"
                state.failures.append(message)
                return .failure(ReplayFailure(message))
            }
            let recordedURL = Self.decoded(exchange.url)
            if recordedURL != relative {
                let message = "request \(number): \(request.method) \(relative) does not match the cassette's exchange \(exchange.seq) (\(exchange.method) \(recordedURL))"
                state.failures.append(message)
                return .failure(ReplayFailure(message))
            }
            if let recorded = exchange.request, let actual, !Self.matches(recorded, actual) {
                let message = "request \(number): the body of \(request.method) \(relative) does not match the cassette's exchange \(exchange.seq)"
                state.failures.append(message)
                return .failure(ReplayFailure(message))
            }
            return .success(exchange)
        }
        let exchange = try result.get()
        return TransportResponse(
            status: exchange.status, headers: (exchange.headers ?? [:]).map { (name: $0.key, value: $0.value) },
            body: ResponseBody(bytes: Array(exchange.body.utf8)))
    }

    static func key(_ method: String, _ url: String) -> String {
        "\(method) \(url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url)"
    }

    static func decoded(_ url: String) -> String { url.removingPercentEncoding ?? url }

    /// Structural equality where a recorded `[REDACTED]` matches any value.
    static func matches(_ recorded: JSONValue, _ actual: JSONValue) -> Bool {
        switch (recorded, actual) {
        case (.string("[REDACTED]"), _): return true
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { matches(value, $0) } ?? false }
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy(matches)
        default:
            return recorded == actual
        }
    }
}

/// Replay found a request the cassette does not answer.
public struct ReplayFailure: Error, CustomStringConvertible, Sendable {
    /// One line naming the request.
    public var description: String

    init(_ description: String) { self.description = description }
}
