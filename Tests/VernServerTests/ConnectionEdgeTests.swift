import Foundation
import Testing
import VernAPI
@testable import VernServer

#if canImport(Glibc)
import Glibc
#endif

/// Edges of the HTTP layer, over real sockets: broken framing, the `Host` header, idle connections.
@Suite struct ConnectionEdgeTests {
    @Test(arguments: [
        "ZZ\r\nabc\r\n0\r\n\r\n",  // not a hex chunk size
        "3\r\nabcdef\r\n0\r\n\r\n",  // a chunk longer than its size
    ])
    func malformedChunkedBodiesAreBadRequests(body: String) async throws {
        let server = try await LocalServer.start(configuration: testConfiguration())
        let connection = try RawConnection(port: server.started.port)
        try await connection.send(
            "POST /api/v1/migrations HTTP/1.1\r\nHost: x\r\nx-api-key: \(keyA)\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + body)
        let reply = try await connection.receiveUntilClosed().text
        #expect(reply.hasPrefix("HTTP/1.1 400 "), "\(reply)")
        #expect(reply.contains("malformed"))
        await server.stop()
    }

    @Test func absoluteURLsComeFromTheConfiguredPublicURLNeverFromHost() async throws {
        var configuration = testConfiguration()
        configuration.publicURL = URL(string: "https://vern.example.test/")
        let server = try await LocalServer.start(configuration: configuration)
        let fallback = try await LocalServer.start(configuration: testConfiguration())
        for (server, origin) in [(server, "https://vern.example.test"), (fallback, "http://127.0.0.1:\(fallback.started.port)")] {
            let id = try await createMigration(port: server.started.port)
            let minted = try await RawConnection(port: server.started.port).exchange(
                method: "POST", path: "/api/v1/migrations/\(id)/files", host: "evil.example",
                json: #"{"files":[{"name":"a.csv","content_type":"text/csv"}]}"#)
            #expect(minted.hasPrefix("HTTP/1.1 201"), "\(minted)")
            #expect(minted.contains(#""signed_url":"\#(origin)/storage/upload/"#), "\(minted)")
            #expect(!minted.contains("evil.example"))
            let run = try await RawConnection(port: server.started.port).exchange(
                method: "POST", path: "/api/v1/migrations/\(id)/runs", host: "evil.example",
                json: #"{"kind":"update","message":"x"}"#)
            #expect(!run.contains("evil.example"))
        }
        await server.stop()
        await fallback.stop()
    }

    @Test func idleAndHalfSentConnectionsAreClosed() async throws {
        var configuration = testConfiguration()
        configuration.connectionIdleTimeout = .milliseconds(500)
        let server = try await LocalServer.start(configuration: configuration)
        let silent = try RawConnection(port: server.started.port)
        let halfHeader = try RawConnection(port: server.started.port)
        try await halfHeader.send("GET /api/v1/templates HTTP/1.1\r\nHost: x\r\nx-api-")
        // Connected and sent at once, so the request arrives well within the idle timeout.
        let keptAlive = try await RawConnection.open(
            port: server.started.port, sending: "GET /api/v1/templates HTTP/1.1\r\nHost: x\r\nx-api-key: \(keyA)\r\n\r\n")
        // Each is closed by the server (end of stream) well before the 60 s receive timeout; the
        // kept-alive one after its response.
        for connection in [silent, halfHeader, keptAlive] {
            let (text, closed) = try await connection.receiveUntilClosed()
            #expect(closed)
            if connection === keptAlive { #expect(text.hasPrefix("HTTP/1.1 200"), "\(text)") } else { #expect(text.isEmpty) }
        }
        await server.stop()
    }

    private func createMigration(port: Int) async throws -> String {
        let reply = try await RawConnection(port: port).exchange(
            method: "POST", path: "/api/v1/migrations", host: "x", json: #"{"name":"Acme","templates":["contacts"]}"#)
        let body = try #require(reply.components(separatedBy: "\r\n\r\n").last)
        return try VernJSON.decoder().decode(MigrationEnvelope.self, from: Data(body.utf8)).migration.id
    }
}

/// A TCP connection to the loopback server, speaking raw bytes. Its blocking calls run on a
/// dispatch thread, never on the concurrency pool the server's handlers need.
final class RawConnection: @unchecked Sendable {
    private let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    deinit { close(descriptor) }

    /// Connects and sends `text` in one step, off the concurrency pool.
    static func open(port: Int, sending text: String) async throws -> RawConnection {
        try await offPool {
            let connection = try RawConnection(port: port)
            try connection.sendNow(text)
            return connection
        }
    }

    func send(_ text: String) async throws {
        try await Self.offPool { try self.sendNow(text) }
    }

    private func sendNow(_ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, 0) }
            guard sent > 0 else { throw POSIXError(.EPIPE) }
            offset += sent
        }
    }

    /// One request with `Connection: close` (unless `keepAlive`), and the whole reply.
    func exchange(method: String, path: String, host: String, json: String?) async throws -> String {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\nx-api-key: \(keyA)\r\nConnection: close\r\n"
        if let json { head += "Content-Type: application/json\r\nContent-Length: \(json.utf8.count)\r\n" }
        try await send(head + "\r\n" + (json ?? ""))
        return try await receiveUntilClosed().text
    }

    /// Reads until the peer closes the connection, or 60 s pass without a byte (a generous bound:
    /// the whole suite shares two cores with CPU-heavy corpus runs).
    func receiveUntilClosed() async throws -> (text: String, closedByPeer: Bool) {
        try await Self.offPool { self.receiveNow() }
    }

    private func receiveNow() -> (text: String, closedByPeer: Bool) {
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received += buffer[0..<count]
                continue
            }
            let closed = count == 0 || errno == ECONNRESET
            return (String(decoding: received, as: UTF8.self), closed)
        }
    }

    private static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }
}
