import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
import NIOHTTPCompression

/// The production transport, backed by AsyncHTTPClient.
///
/// Responses with `Content-Encoding: gzip` are decompressed before they reach the client.
public struct AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient
    private let timeout: TimeAmount

    /// Uses `client`, which the caller owns and shuts down.
    public init(client: HTTPClient, timeout: Duration = .seconds(60)) {
        self.client = client
        self.timeout = .nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000)
    }

    /// A shared client configured for the API: decompression on, redirects off.
    public static func makeHTTPClient() -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.decompression = .enabled(limit: .none)
        configuration.redirectConfiguration = .disallow
        configuration.timeout.connect = .seconds(10)
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers {
            outgoing.headers.add(name: header.name, value: header.value)
        }
        switch request.body {
        case .empty:
            break
        case .bytes(let bytes):
            outgoing.body = .bytes(ByteBuffer(bytes: bytes))
        case .file(let url, let size, let progress):
            outgoing.body = .stream(FileChunks(url: url, progress: progress), length: .known(Int64(size)))
        }
        let response: HTTPClientResponse
        do {
            response = try await client.execute(outgoing, timeout: timeout)
        } catch {
            throw VernClientError(code: .transport, message: String(describing: error))
        }
        let iterator = BodyIterator(response.body.makeAsyncIterator())
        return TransportResponse(
            status: Int(response.status.code),
            headers: response.headers.map { (name: $0.name.lowercased(), value: $0.value) },
            body: ResponseBody(next: { try await iterator.next() })
        )
    }
}

/// Holds AsyncHTTPClient's body iterator; the response body pulls from it one chunk at a time.
private final class BodyIterator: @unchecked Sendable {
    private var iterator: HTTPClientResponse.Body.AsyncIterator

    init(_ iterator: HTTPClientResponse.Body.AsyncIterator) { self.iterator = iterator }

    func next() async throws -> [UInt8]? {
        do {
            guard let buffer = try await iterator.next() else { return nil }
            return Array(buffer.readableBytesView)
        } catch {
            throw VernClientError(code: .transport, message: String(describing: error))
        }
    }
}

/// A file read in 64 KiB chunks, as an upload body.
private struct FileChunks: AsyncSequence, Sendable {
    let url: URL
    let progress: (@Sendable (Int) -> Void)?

    struct AsyncIterator: AsyncIteratorProtocol {
        let handle: FileHandle?
        let progress: (@Sendable (Int) -> Void)?
        var sent = 0

        mutating func next() async throws -> ByteBuffer? {
            guard let handle, let data = try handle.read(upToCount: 64 * 1024), !data.isEmpty else {
                try? handle?.close()
                return nil
            }
            sent += data.count
            progress?(sent)
            return ByteBuffer(data: data)
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(handle: try? FileHandle(forReadingFrom: url), progress: progress)
    }
}
