import Foundation
import Logging
import VernAPI

/// A retry the client is about to make.
public struct RetryEvent: Sendable {
    /// The request, e.g. `GET migrations/…/runs/…`.
    public var request: String
    /// The attempt about to be made (2 for the first retry).
    public var attempt: Int
    /// Attempts in all, per the ``RetryPolicy``.
    public var maxAttempts: Int
    /// Why the previous attempt failed.
    public var failure: VernClientError

    /// Creates a retry event.
    public init(request: String, attempt: Int, maxAttempts: Int, failure: VernClientError) {
        self.request = request
        self.attempt = attempt
        self.maxAttempts = maxAttempts
        self.failure = failure
    }
}

/// A typed async client for Vern's Migration API.
///
/// The client never knows whether it talks to app.vern.so or to the local server: same HTTP,
/// same JSON, same status codes. It sends the API key on every call, turns the error envelope
/// into ``VernClientError``, retries with backoff (see ``RetryPolicy``), and takes its time
/// from an injected clock so tests never sleep.
public struct VernClient: Sendable {
    /// Where the API is and how to talk to it.
    public struct Configuration: Sendable, CustomStringConvertible {
        /// The API base URL, e.g. `https://app.vern.so/api/v1`.
        public var baseURL: URL
        /// Sent as `x-api-key`; never printed.
        public var apiKey: String
        public var retryPolicy: RetryPolicy
        public var pollPolicy: PollPolicy
        public var userAgent: String

        public init(
            baseURL: URL, apiKey: String, retryPolicy: RetryPolicy = .standard, pollPolicy: PollPolicy = .standard,
            userAgent: String = "vern"
        ) {
            self.baseURL = baseURL
            self.apiKey = apiKey
            self.retryPolicy = retryPolicy
            self.pollPolicy = pollPolicy
            self.userAgent = userAgent
        }

        /// The real service.
        public static let defaultBaseURL = URL(string: "https://app.vern.so/api/v1")!

        public var description: String { "VernClient.Configuration(baseURL: \(baseURL), apiKey: <redacted>)" }
    }

    public let configuration: Configuration
    let transport: any HTTPTransport
    let clock: any Clock<Duration>
    let random: @Sendable () -> Double
    let logger: Logger
    /// Told about every retry before the client waits for it (the shell shows a notice). Retries
    /// depend only on the responses, so a replayed session retries exactly as recorded.
    public var retryObserver: (@Sendable (RetryEvent) -> Void)?

    /// Creates a client.
    /// - Parameters:
    ///   - configuration: base URL, API key and policies.
    ///   - transport: how requests are sent; ``AsyncHTTPClientTransport`` in production.
    ///   - clock: the clock retries and polling sleep on.
    ///   - random: a source of values in `0..<1` for backoff jitter.
    ///   - logger: receives one debug line per request; never the API key or a body.
    public init(
        configuration: Configuration, transport: any HTTPTransport, clock: any Clock<Duration> = ContinuousClock(),
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        logger: Logger = Logger(label: "vern.client")
    ) {
        self.configuration = configuration
        self.transport = transport
        self.clock = clock
        self.random = random
        self.logger = logger
    }

    /// Which failures a request may be retried after.
    enum Retry {
        /// Safe to repeat: retried on 429, 5xx and connection failures.
        case idempotent
        /// Not safe to repeat: retried only on 429, which the server answers before acting.
        case rateLimitOnly
    }

    /// Sends one API request, retrying per ``RetryPolicy``, and returns the successful response
    /// with its body unread. Error statuses become ``VernClientError``.
    func send(
        _ method: String, _ path: String, query: [(String, String)] = [], body: RequestBody = .empty,
        headers: [(name: String, value: String)] = [], retry: Retry,
        onRetry: (@Sendable (VernClientError) -> Void)? = nil
    ) async throws -> TransportResponse {
        let overridden = Set(headers.map { $0.name.lowercased() })
        let request = TransportRequest(
            method: method, url: url(path, query: query),
            headers: standardHeaders(body: body).filter { !overridden.contains($0.name) } + headers, body: body)
        var attempt = 1
        while true {
            let failure: VernClientError
            do {
                let response = try await transport.send(request)
                logger.debug("\(method) \(path) → \(response.status)")
                if (200..<300).contains(response.status) { return response }
                failure = try await error(from: response, request: "\(method) \(path)")
            } catch let error as VernClientError where error.code == .transport {
                failure = error
            }
            guard attempt < configuration.retryPolicy.maxAttempts, shouldRetry(failure, retry) else { throw failure }
            onRetry?(failure)
            retryObserver?(
                RetryEvent(
                    request: "\(method) \(path)", attempt: attempt + 1,
                    maxAttempts: configuration.retryPolicy.maxAttempts, failure: failure))
            let delay = configuration.retryPolicy.delay(beforeRetry: attempt, random: random())
            logger.debug("\(method) \(path): retry \(attempt) after \(delay) (\(failure))")
            try await clock.sleep(for: delay)
            attempt += 1
        }
    }

    /// Sends a request without a body and decodes its JSON answer.
    func json<Response: Decodable>(
        _ type: Response.Type, _ method: String, _ path: String, query: [(String, String)] = [], retry: Retry
    ) async throws -> Response {
        let response = try await send(method, path, query: query, retry: retry)
        return try await decode(Response.self, from: response)
    }

    /// Sends a request with a JSON body and decodes its JSON answer.
    func json<Response: Decodable, Body: Encodable>(
        _ type: Response.Type, _ method: String, _ path: String, body: Body, retry: Retry
    ) async throws -> Response {
        let payload = RequestBody.bytes(Array(try VernJSON.encoder().encode(body)))
        let response = try await send(method, path, body: payload, retry: retry)
        return try await decode(Response.self, from: response)
    }

    func decode<Response: Decodable>(_ type: Response.Type, from response: TransportResponse) async throws -> Response {
        let bytes = try await response.body.collect(upTo: 64 << 20)
        do {
            return try VernJSON.decoder().decode(Response.self, from: Data(bytes))
        } catch {
            throw VernClientError(code: .invalidResponse, message: "could not read \(Response.self): \(error)")
        }
    }

    func url(_ path: String, query: [(String, String)] = []) -> URL {
        var base = configuration.baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        var components = URLComponents(string: base + "/" + path)!
        if !query.isEmpty {
            components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) }
        }
        return components.url!
    }

    private func standardHeaders(body: RequestBody) -> [(name: String, value: String)] {
        var headers = [
            (name: "x-api-key", value: configuration.apiKey), (name: "user-agent", value: configuration.userAgent),
            (name: "accept", value: "application/json"),
        ]
        if case .bytes = body { headers.append((name: "content-type", value: "application/json")) }
        return headers
    }

    private func shouldRetry(_ failure: VernClientError, _ retry: Retry) -> Bool {
        switch (failure.code, retry) {
        case (.http(429), _): true
        case (.http(let status), .idempotent): status >= 500
        case (.transport, .idempotent): true
        default: false
        }
    }

    private func error(from response: TransportResponse, request: String) async throws -> VernClientError {
        let bytes = (try? await response.body.collect(upTo: 1 << 20)) ?? []
        let envelope = try? VernJSON.decoder().decode(ErrorBody.self, from: Data(bytes))
        let message = envelope?.error ?? HTTPStatusText.reason(for: response.status)
        return VernClientError(code: .http(response.status), message: message, runID: envelope?.runID, request: request)
    }
}
