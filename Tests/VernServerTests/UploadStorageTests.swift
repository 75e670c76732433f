import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOHTTP1
import Testing
import VernAPI
@testable import VernServer

/// Where upload bytes live: streamed to a private staging file, never collected in memory, and
/// nothing left behind by an upload or a server that did not finish.
@Suite struct UploadStorageTests {
    @Test func anUploadIsWrittenToAPrivateStagingFileWhileItsBodyIsStillArriving() async throws {
        let directory = try freshDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try await LocalServer.start(configuration: testConfiguration(data: directory))
        do {
            let signed = try await mint(server)
            let staging = directory.appendingPathComponent("upload-tmp")
            let half = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
            let (chunks, feed) = AsyncStream<ByteBuffer>.makeStream()
            var request = HTTPClientRequest(url: signed.signedURL)
            request.method = .PUT
            request.headers.add(name: "content-type", value: "text/csv")
            request.body = .stream(chunks, length: .known(Int64(2 * half.count)))
            let response = Task { try await HTTPClient.shared.execute(request, timeout: .seconds(60)) }

            feed.yield(ByteBuffer(bytes: half))
            // The first half is on disk before the second is sent: the body is not collected first.
            let partial = try await waitForFile(in: staging, atLeast: half.count)
            #expect(try permissions(partial) == 0o600)
            #expect(try permissions(staging) == 0o700)

            feed.yield(ByteBuffer(bytes: half))
            feed.finish()
            let reply = try await response.value
            #expect(reply.status == .ok)
            let file = try VernJSON.decoder().decode(UploadedFile.self, from: Data(try await reply.body.collect(upTo: 1 << 16).readableBytesView))
            #expect(file.size == 2 * half.count)
            #expect(try FileManager.default.contentsOfDirectory(atPath: staging.path).isEmpty)
            let stored = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("files").path)
            #expect(stored.count == 1)
            let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("files/\(stored[0])").path)
            #expect((attributes[.size] as? NSNumber)?.intValue == 2 * half.count)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func anUploadOverTheLimitIsRefusedAndLeavesNoFile() async throws {
        let directory = try freshDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var configuration = testConfiguration(data: directory)
        configuration.maxUploadSize = 1000
        try await buildApplication(configuration: configuration).test(.router) { client in
            let id = try await client.createMigration()
            let minted = try await client.send(
                .post, "migrations/\(id)/files", value: MintUploadsRequest(files: [.init(name: "big.csv", contentType: "text/csv")]))
            let signed = try #require(try minted.decode(SignedUploadList.self).files.first)
            let path = try #require(URL(string: signed.signedURL)?.path)
            let reply = try await client.call(
                .put, path, key: nil, bytes: [UInt8](repeating: 0x61, count: 5000), headers: [.contentType: "text/csv"])
            #expect(reply.status == .badRequest)
            #expect(reply.error?.error.contains("upload limit") == true)
            #expect(try await client.call(.get, "migrations/\(id)/files").decode(UploadedFileList.self).files.isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("upload-tmp").path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("files").path).isEmpty)
    }

    @Test func uploadsAProcessLeftInProgressAreSweptAtStart() async throws {
        let directory = try freshDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // What a server killed mid-upload leaves: a staging file that nothing will ever commit.
        let staging = directory.appendingPathComponent("upload-tmp")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let orphan = staging.appendingPathComponent(UUID().uuidString.lowercased())
        try Data(repeating: 0x61, count: 4096).write(to: orphan)

        try await buildApplication(configuration: testConfiguration(data: directory)).test(.router) { _ in
            #expect(!FileManager.default.fileExists(atPath: orphan.path))
        }
        #expect(try permissions(staging) == 0o700)
        #expect(try permissions(directory.appendingPathComponent("files")) == 0o700)
    }

    @Test func memoryModeKeepsBytesInAPrivateDirectoryRemovedAtStop() async throws {
        let parent = try freshDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        var configuration = testConfiguration()
        configuration.temporaryDirectory = parent
        let server = try await LocalServer.start(configuration: configuration)
        let roots = try FileManager.default.contentsOfDirectory(atPath: parent.path)
        #expect(roots.count == 1)
        let root = parent.appendingPathComponent(try #require(roots.first))
        do {
            let signed = try await mint(server)
            var request = HTTPClientRequest(url: signed.signedURL)
            request.method = .PUT
            request.headers.add(name: "content-type", value: "text/csv")
            request.body = .bytes(ByteBuffer(string: "Email\na@example.com\n"))
            let reply = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
            #expect(reply.status == .ok)
            #expect(try permissions(root) == 0o700)
            let stored = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("files").path)
            #expect(stored.count == 1)
            #expect(try permissions(root.appendingPathComponent("files/\(stored[0])")) == 0o600)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        #expect(!FileManager.default.fileExists(atPath: root.path))
    }

    @Test func memoryModeSweepsTheDirectoriesOfServersThatAreGone() async throws {
        let parent = try freshDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        // One left by a killed server (its lock is free) and one of a server still running (locked).
        let abandoned = parent.appendingPathComponent("\(BlobStore.temporaryPrefix)gone01")
        let live = parent.appendingPathComponent("\(BlobStore.temporaryPrefix)live01")
        for root in [abandoned, live] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("files"), withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: root.appendingPathComponent("lock").path, contents: nil))
        }
        let held = open(live.appendingPathComponent("lock").path, O_RDWR)
        #expect(flock(held, LOCK_EX | LOCK_NB) == 0)
        defer { close(held) }
        // A root a server was killed while making (old), and one a server is making right now.
        let stale = parent.appendingPathComponent("\(BlobStore.startingPrefix)old001")
        let starting = parent.appendingPathComponent("\(BlobStore.startingPrefix)new001")
        for root in [stale, starting] { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -120)], ofItemAtPath: stale.path)

        var configuration = testConfiguration()
        configuration.temporaryDirectory = parent
        try await buildApplication(configuration: configuration).test(.router) { _ in
            #expect(!FileManager.default.fileExists(atPath: abandoned.path))
            #expect(FileManager.default.fileExists(atPath: live.path))
            #expect(!FileManager.default.fileExists(atPath: stale.path))
            #expect(FileManager.default.fileExists(atPath: starting.path))
            // The server's own root is only ever seen locked, under its final name.
            let names = try FileManager.default.contentsOfDirectory(atPath: parent.path)
            let own = names.filter { $0.hasPrefix(BlobStore.temporaryPrefix) && $0 != live.lastPathComponent }
            #expect(own.count == 1)
            let lock = open(parent.appendingPathComponent(own[0]).appendingPathComponent("lock").path, O_RDWR)
            defer { close(lock) }
            #expect(lock >= 0 && flock(lock, LOCK_EX | LOCK_NB) != 0)
        }
    }

    private func freshDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vern-upload-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private func mint(_ server: RunningServer) async throws -> SignedUpload {
        func post(_ path: String, _ body: String) async throws -> Data {
            var request = HTTPClientRequest(url: "\(server.baseURL.absoluteString)/\(path)")
            request.method = .POST
            request.headers.add(name: "x-api-key", value: keyA)
            request.headers.add(name: "content-type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
            return Data(try await response.body.collect(upTo: 1 << 20).readableBytesView)
        }
        let created = try await post("migrations", #"{"name":"Upload","templates":["contacts"]}"#)
        let id = try VernJSON.decoder().decode(MigrationEnvelope.self, from: created).migration.id
        let minted = try await post("migrations/\(id)/files", #"{"files":[{"name":"c.csv","content_type":"text/csv"}]}"#)
        return try #require(try VernJSON.decoder().decode(SignedUploadList.self, from: minted).files.first)
    }

    /// Waits until a file in `directory` holds at least `size` bytes.
    private func waitForFile(in directory: URL, atLeast size: Int) async throws -> URL {
        for _ in 0..<500 {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] {
                let url = directory.appendingPathComponent(name)
                let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
                if let bytes = (attributes?[.size] as? NSNumber)?.intValue, bytes >= size { return url }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw CocoaError(.fileNoSuchFile)
    }

    private func permissions(_ url: URL) throws -> Int {
        try #require((FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue)
    }
}
