import Foundation
import Testing
import VernTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// `vern serve` killed with SIGKILL in the middle of an upload: the partial upload is on disk,
/// private, and the next start removes it.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct ServeUploadTests {
    @Test func anUploadCutByKillMinus9IsRemovedAtTheNextStart() async throws {
        let directory = try TemporaryDirectory()
        let data = directory.path + "/data"
        let staging = data + "/upload-tmp"

        let first = try Serve(data: data)
        let signedURL = try first.mintUploadURL()
        // Announce 2 MiB, send 1 MiB, and keep the connection open.
        let upload = try RawConnection(port: first.port)
        let path = try #require(URL(string: signedURL)?.path)
        try upload.send(Array("PUT \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/csv\r\nContent-Length: \(2 << 20)\r\n\r\n".utf8))
        try upload.send([UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20))
        let partial = try await waitForFile(in: staging, atLeast: 1 << 20)
        #expect(try permissions(partial) == 0o600)
        #expect(try permissions(staging) == 0o700)

        first.kill(SIGKILL)
        #expect(FileManager.default.fileExists(atPath: partial))

        let second = try Serve(data: data)
        #expect(try FileManager.default.contentsOfDirectory(atPath: staging).isEmpty)
        second.kill(SIGTERM)
    }

    /// `vern serve --data DIR` on a free port, started and waited for.
    final class Serve {
        let process = Process()
        let port: Int
        static let key = "test-key-upload"

        init(data: String) throws {
            process.executableURL = URL(fileURLWithPath: try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY"))
            process.arguments = ["serve", "--data", data, "--port", "0", "--api-key", Self.key, "--rate-limit", "0"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            var text = ""
            while !text.contains("\n"), let line = try output.fileHandleForReading.read(upToCount: 1) {
                guard !line.isEmpty else { break }
                text += String(decoding: line, as: UTF8.self)
            }
            guard let range = text.range(of: #"127\.0\.0\.1:(\d+)"#, options: .regularExpression),
                let port = Int(text[range].split(separator: ":").last ?? "")
            else {
                process.terminate()
                throw PTYError("vern serve did not say where it listens: \(text)")
            }
            self.port = port
        }

        func kill(_ signal: Int32) {
            Glibc.kill(process.processIdentifier, signal)
            process.waitUntilExit()
        }

        /// Creates a migration and mints one signed upload URL.
        func mintUploadURL() throws -> String {
            let created = try request("POST", "/api/v1/migrations", #"{"name":"Kill","templates":["contacts"]}"#)
            let id = try #require((try JSONSerialization.jsonObject(with: created) as? [String: [String: Any]])?["migration"]?["id"] as? String)
            let minted = try request("POST", "/api/v1/migrations/\(id)/files", #"{"files":[{"name":"c.csv","content_type":"text/csv"}]}"#)
            let files = (try JSONSerialization.jsonObject(with: minted) as? [String: [[String: Any]]])?["files"]
            return try #require(files?.first?["signed_url"] as? String)
        }

        private func request(_ method: String, _ path: String, _ body: String) throws -> Data {
            let connection = try RawConnection(port: port)
            let head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: \(Self.key)\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n"
            try connection.send(Array((head + body).utf8))
            let response = connection.receiveAll()
            guard let split = response.range(of: Data("\r\n\r\n".utf8)) else { throw PTYError("no HTTP response from vern serve") }
            return response[split.upperBound...]
        }
    }

    /// A plain TCP connection to the loopback server.
    final class RawConnection {
        let socket: Int32

        init(port: Int) throws {
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let status = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard status == 0 else { throw PTYError("cannot connect to port \(port)") }
        }

        deinit { close(socket) }

        func send(_ bytes: [UInt8]) throws {
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                guard n > 0 else { throw PTYError("send failed") }
                offset += n
            }
        }

        func receiveAll() -> Data {
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = recv(socket, &buffer, buffer.count, 0)
                if n <= 0 { return data }
                data.append(contentsOf: buffer[0..<n])
            }
        }
    }

    private func waitForFile(in directory: String, atLeast size: Int) async throws -> String {
        for _ in 0..<500 {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
                let path = directory + "/" + name
                if let bytes = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber, bytes.intValue >= size {
                    return path
                }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw PTYError("no upload of \(size) bytes appeared in \(directory)")
    }

    private func permissions(_ path: String) throws -> Int {
        try #require((FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue)
    }
}
