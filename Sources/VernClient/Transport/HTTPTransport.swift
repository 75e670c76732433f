import Foundation

/// The seam between ``VernClient`` and the network: one HTTP exchange at a time.
///
/// The production transport is ``AsyncHTTPClientTransport``. Tests use closure transports, and
/// transcripts wrap a transport to record or replay every exchange.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the response head with a body that is read on demand.
    func send(_ request: TransportRequest) async throws -> TransportResponse
}

/// One outgoing HTTP request.
public struct TransportRequest: Sendable {
    public var method: String
    public var url: URL
    /// Header names are compared case-insensitively by servers; keep them lower-case here.
    public var headers: [(name: String, value: String)]
    public var body: RequestBody

    public init(method: String, url: URL, headers: [(name: String, value: String)] = [], body: RequestBody = .empty) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The first value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// A request body: nothing, bytes in memory, or a file streamed from disk.
public enum RequestBody: Sendable {
    case empty
    case bytes([UInt8])
    /// A file read in chunks; `progress` is told the running byte count as chunks are read.
    case file(URL, size: Int, progress: (@Sendable (Int) -> Void)?)
}

/// The head of an HTTP response and its body.
public struct TransportResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: ResponseBody

    public init(status: Int, headers: [(name: String, value: String)] = [], body: ResponseBody) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// A response body: chunks of bytes, pulled on demand so large downloads keep memory flat.
public struct ResponseBody: AsyncSequence, Sendable {
    public typealias Element = [UInt8]
    public typealias Failure = any Error

    private let stream: AsyncThrowingStream<[UInt8], any Error>

    /// A body whose chunks come from `next`, called once per chunk until it returns `nil`.
    public init(next: @escaping @Sendable () async throws -> [UInt8]?) {
        stream = AsyncThrowingStream(unfolding: next)
    }

    /// A body held in memory.
    public init(bytes: [UInt8]) {
        let box = OneShot(bytes.isEmpty ? nil : bytes)
        self.init(next: { box.take() })
    }

    /// An empty body.
    public static let empty = ResponseBody(bytes: [])

    public func makeAsyncIterator() -> AsyncThrowingStream<[UInt8], any Error>.Iterator {
        stream.makeAsyncIterator()
    }

    /// Reads the whole body, refusing more than `limit` bytes.
    public func collect(upTo limit: Int) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await chunk in self {
            bytes += chunk
            if bytes.count > limit {
                throw VernClientError(code: .invalidResponse, message: "The response body is larger than \(limit) bytes.")
            }
        }
        return bytes
    }
}

/// A value handed out once.
private final class OneShot: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [UInt8]?

    init(_ value: [UInt8]?) { self.value = value }

    func take() -> [UInt8]? {
        lock.withLock {
            defer { value = nil }
            return value
        }
    }
}
