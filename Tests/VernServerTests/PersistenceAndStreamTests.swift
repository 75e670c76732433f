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

@Suite struct PersistenceTests {
    @Test func restartKeepsStateAndFailsInFlightRuns() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vern-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }

        let (id, finished, inFlight, sequence) = try await buildApplication(configuration: testConfiguration(data: directory))
            .test(.router) { client in
                let id = try await client.createMigration()
                try await client.upload(sampleCSV, to: id)
                let generate = try await client.startRun(id, .generate)
                _ = try await client.waitForRun(id, generate) { $0.status.isTerminal(for: .generate) }
                // A slow clarify run is still in flight when the server stops.
                let response = try await client.call(
                    .post, "migrations", json: #"{"name":"Slow","templates":["contacts"],"local_agent":"slow"}"#)
                let slow = try response.decode(MigrationEnvelope.self).migration.id
                try await client.upload(sampleCSV, to: slow)
                let slowRun = try await client.startRun(slow, .generate)
                _ = try await client.waitForRun(slow, slowRun) { $0.status == .running }
                let last = try await client.thread(id).lastSequence
                return (id, generate, (slow, slowRun), try #require(last))
            }

        try await buildApplication(configuration: testConfiguration(data: directory)).test(.router) { client in
            let migration = try await client.call(.get, "migrations/\(id)").decode(MigrationEnvelope.self).migration
            #expect(migration.status == .awaitingApproval)
            #expect(try await client.call(.get, "migrations/\(id)/files").decode(UploadedFileList.self).files.count == 1)
            #expect(try await client.call(.get, "migrations/\(id)/runs/\(finished)").decode(Run.self).status == .awaitingApproval)
            #expect(try await client.call(.get, "migrations/\(id)/preview").status == .ok)
            #expect(try await client.thread(id).lastSequence == sequence)

            let interrupted = try await client.call(.get, "migrations/\(inFlight.0)/runs/\(inFlight.1)").decode(Run.self)
            #expect(interrupted.status == .failed)
            #expect(interrupted.error == ServerState.interruptedRunError)
            // The agent state survived too: execute works on the restored recipe and files.
            let execute = try await client.startRun(id, .execute)
            let report = try await client.waitForRun(id, execute) { $0.status.isTerminal(for: .execute) }.report
            #expect(report?.inserted == 3)
            let events = try await client.thread(id).events
            #expect(events.allSatisfy { $0.sequence > 0 })
            #expect(events.last.map { $0.sequence > sequence } == true)
        }
    }
}

@Suite struct StreamAndEmbeddingTests {
    @Test func embeddedServerStreamsTheThread() async throws {
        let server = try await LocalServer.start(configuration: testConfiguration(behaviour: .question))
        #expect(server.baseURL.absoluteString.hasPrefix("http://127.0.0.1:"))
        #expect(server.started.port > 0)
        let base = server.baseURL.absoluteString
        do {
            let client = HTTPClient.shared
            func call(_ method: HTTPMethod, _ path: String, _ body: String? = nil) async throws -> (Int, Data) {
                var request = HTTPClientRequest(url: "\(base)/\(path)")
                request.method = method
                request.headers.add(name: "x-api-key", value: keyA)
                if let body { request.body = .bytes(ByteBuffer(string: body)) }
                let response = try await client.execute(request, timeout: .seconds(60))
                let bytes = try await response.body.collect(upTo: 1 << 20)
                return (Int(response.status.code), Data(bytes.readableBytesView))
            }
            let (_, created) = try await call(.POST, "migrations", #"{"name":"Stream"}"#)
            let id = try VernJSON.decoder().decode(MigrationEnvelope.self, from: created).migration.id
            let (_, minted) = try await call(.POST, "migrations/\(id)/files", #"{"files":[{"name":"c.csv"}]}"#)
            let signed = try VernJSON.decoder().decode(SignedUploadList.self, from: minted).files[0]
            var put = HTTPClientRequest(url: signed.signedURL)
            put.method = .PUT
            put.body = .bytes(ByteBuffer(string: sampleCSV))
            #expect(try await client.execute(put, timeout: .seconds(60)).status == .ok)
            let (status, _) = try await call(.POST, "migrations/\(id)/runs", #"{"kind":"generate"}"#)
            #expect(status == 201)

            // Read the stream until the run blocks on its question, and see a heartbeat on the way.
            let first = try await readStream(base: base, migration: id, query: "?include=user") { text in
                text.contains("event: request_input") && text.contains(": heartbeat")
            }
            #expect(first.hasPrefix(": connected\n\n"))
            let messages = first.components(separatedBy: "\n\n").filter { $0.hasPrefix("id: ") }
            let ids = messages.compactMap { Int($0.split(separator: "\n")[0].dropFirst(4)) }
            #expect(ids == ids.sorted() && !ids.isEmpty)
            for message in messages {
                let lines = message.split(separator: "\n")
                #expect(lines.count == 3)
                #expect(lines[1].hasPrefix("event: "))
                let event = try VernJSON.decoder().decode(ThreadEvent.self, from: Data(lines[2].dropFirst(6).utf8))
                #expect("\(event.sequence)" == lines[0].dropFirst(4))
                #expect("event: \(event.type.wireValue)" == lines[1])
                #expect(event.type.level == .user)
            }

            // Resume after the first event, by query and by Last-Event-ID: the first event is not repeated.
            try #require(ids.count >= 2, "the stream sent at least two events before the question")
            let resumeFrom = ids[0]
            for (query, header) in [("?after=\(resumeFrom)", nil), ("", "\(resumeFrom)")] {
                let resumed = try await readStream(base: base, migration: id, query: query, lastEventID: header) {
                    $0.contains("event: request_input")
                }
                #expect(!resumed.contains("id: \(resumeFrom)\n"))
                #expect(resumed.contains("id: \(ids[1])\n"))
            }
            let (badStatus, badBody) = try await call(.GET, "migrations/\(id)/thread/stream?after=-1")
            #expect(badStatus == 400)
            #expect(try VernJSON.decoder().decode(ErrorBody.self, from: badBody).error.contains("after"))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// Reads the SSE stream until `done` holds for what arrived and the last message is whole (a
    /// chunk may end inside one; a message ends at a blank line), then drops the connection.
    private func readStream(
        base: String, migration: String, query: String, lastEventID: String? = nil, until done: (String) -> Bool
    ) async throws -> String {
        var request = HTTPClientRequest(url: "\(base)/migrations/\(migration)/thread/stream\(query)")
        request.headers.add(name: "x-api-key", value: keyA)
        if let lastEventID { request.headers.add(name: "Last-Event-ID", value: lastEventID) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        #expect(response.status == .ok)
        #expect(response.headers.first(name: "content-type")?.hasPrefix("text/event-stream") == true)
        var text = ""
        for try await chunk in response.body {
            text += String(buffer: chunk)
            if done(text), text.hasSuffix("\n\n") { break }
        }
        return text
    }

    @Test func embeddedServerCreatesAKeyWhenGivenNone() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vern-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var configuration = testConfiguration(data: directory)
        configuration.apiKeys = []
        let server = try await LocalServer.start(configuration: configuration)
        #expect(server.started.apiKeyCreated)
        let file = try #require(server.started.apiKeyFile)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        var request = HTTPClientRequest(url: "\(server.baseURL.absoluteString)/templates")
        request.headers.add(name: "x-api-key", value: server.apiKey)
        let status = try await HTTPClient.shared.execute(request, timeout: .seconds(60)).status
        await server.stop()
        #expect(status == .ok)

        let again = try await LocalServer.start(configuration: configuration)
        #expect(again.apiKey == server.apiKey)
        #expect(!again.started.apiKeyCreated)
        await again.stop()
    }
}

@Suite struct OpenAPITests {
    @Test func documentMatchesTheRouter() async throws {
        let state = try await ServerState.open(configuration: testConfiguration())
        let router = buildRouter(state: state)
        let served = Set(router.routes.map { route in
            let path = route.path.description.split(separator: "/").map { segment in
                segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment)
            }
            return "\(route.method.rawValue.lowercased()) /\(path.joined(separator: "/"))"
        })
        guard case .object(let paths)? = OpenAPIDocument.document["paths"] else {
            Issue.record("The document has no paths")
            return
        }
        var documented = Set<String>()
        for (path, item) in paths {
            guard case .object(let operations) = item else { continue }
            for method in operations.keys { documented.insert("\(method) \(path)") }
        }
        #expect(served == documented)
        #expect(OpenAPIDocument.document["openapi"] == "3.1.0")
    }

    @Test func documentIsServedWithoutAKey() async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            let reply = try await client.call(.get, "openapi.json", key: nil)
            #expect(reply.status == .ok)
            let document = try reply.decode(JSONValue.self)
            #expect(document["paths"]?["/api/v1/migrations/{migration_id}/runs"]?["post"] != nil)
        }
    }
}
