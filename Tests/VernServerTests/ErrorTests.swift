import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VernAPI
@testable import VernServer

@Suite struct ErrorTests {
    /// Every reply here must be a 4xx with exactly the error envelope.
    private func expectEnvelope(_ reply: Reply, _ status: HTTPResponse.Status, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(reply.status == status, "\(reply.text)", sourceLocation: sourceLocation)
        let object = try? JSONSerialization.jsonObject(with: reply.body) as? [String: Any]
        #expect(object?["error"] is String, "\(reply.text)", sourceLocation: sourceLocation)
        #expect(reply.headers[.contentType]?.hasPrefix("application/json") == true, sourceLocation: sourceLocation)
    }

    @Test func authenticationAndRouting() async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            expectEnvelope(try await client.call(.get, "migrations", key: nil), .unauthorized)
            expectEnvelope(try await client.call(.get, "migrations", key: "revoked"), .unauthorized)
            #expect(try await client.call(.get, "migrations", key: nil).error?.error == "API key missing or invalid.")
            expectEnvelope(try await client.call(.get, "nowhere"), .notFound)
            expectEnvelope(try await client.call(.get, "/"), .notFound)
            let wrongMethod = try await client.call(.delete, "migrations")
            expectEnvelope(wrongMethod, .notFound)
            #expect(wrongMethod.headers[.allow] == "GET, POST")
            expectEnvelope(try await client.call(.get, "migrations/%FF%FE"), .notFound)
            expectEnvelope(try await client.call(.get, "migrations/../../etc/passwd"), .notFound)
        }
    }

    @Test func badBodies() async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            expectEnvelope(try await client.call(.post, "migrations", json: #"{"name": "#), .badRequest)
            expectEnvelope(try await client.call(.post, "migrations", json: ""), .badRequest)
            expectEnvelope(try await client.call(.post, "migrations", json: "[]"), .badRequest)
            expectEnvelope(try await client.call(.post, "migrations", json: #"{"name": 42}"#), .badRequest)
            #expect(try await client.call(.post, "migrations", json: #"{"name": 42}"#).error?.error == "The field `name` must be a string.")
            expectEnvelope(try await client.call(.post, "migrations", json: #"{}"#), .badRequest)
            expectEnvelope(try await client.call(.post, "migrations", json: #"{"name": "  "}"#), .badRequest)
            expectEnvelope(try await client.call(.post, "migrations", json: #"{"name": "A", "templates": []}"#), .badRequest)
            expectEnvelope(try await client.call(.post, "migrations", json: #"{"name": "A", "templates": ["nope"]}"#), .badRequest)
            expectEnvelope(try await client.call(.post, "migrations", json: #"{"name": "A", "local_agent": "magic"}"#), .badRequest)
            expectEnvelope(try await client.call(.post, "migrations", bytes: [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D]), .badRequest)
            let huge = #"{"name": ""# + String(repeating: "a", count: 2 << 20) + #""}"#
            expectEnvelope(try await client.call(.post, "migrations", json: huge), .badRequest)
            let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
            expectEnvelope(try await client.call(.post, "migrations", json: deep), .badRequest)
        }
    }

    @Test func unknownIDsAndAccountIsolation() async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            let id = try await client.createMigration()
            try await client.upload(sampleCSV, to: id)
            let run = try await client.startRun(id, .generate)
            _ = try await client.waitForRun(id, run) { $0.status.isTerminal(for: .generate) }
            let unknown = UUID().uuidString
            for path in [
                "migrations/\(unknown)", "migrations/\(unknown)/files", "migrations/\(unknown)/preview",
                "migrations/\(unknown)/thread", "migrations/\(id)/runs/\(unknown)", "migrations/\(unknown)/source-connection",
            ] {
                expectEnvelope(try await client.call(.get, path), .notFound)
            }
            // Account B sees none of account A's migration.
            for path in [
                "migrations/\(id)", "migrations/\(id)/files", "migrations/\(id)/preview", "migrations/\(id)/thread",
                "migrations/\(id)/runs/\(run)", "migrations/\(id)/exports/contacts.csv",
            ] {
                expectEnvelope(try await client.call(.get, path, key: keyB), .notFound)
            }
            expectEnvelope(try await client.call(.post, "migrations/\(id)/runs", key: keyB, json: #"{"kind":"execute"}"#), .notFound)
            expectEnvelope(try await client.call(.patch, "migrations/\(id)/runs/\(run)", key: keyB, json: #"{"status":"cancel_requested"}"#), .notFound)
            #expect(try await client.call(.get, "migrations", key: keyB).decode(MigrationList.self).migrations.isEmpty)
        }
    }

    @Test(arguments: ["../../etc/passwd", "a/b.csv", #"..\evil.csv"#, "..", "", "bad\u{0}.csv", "line\nbreak.csv"])
    func fileNamesCannotBePaths(name: String) async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            let id = try await client.createMigration()
            let reply = try await client.send(.post, "migrations/\(id)/files", value: MintUploadsRequest(files: [.init(name: name)]))
            expectEnvelope(reply, .badRequest)
        }
    }

    @Test func uploadsAreSingleUseAndExpire() async throws {
        let clock = ManualClock()
        let app = try await buildApplication(configuration: testConfiguration(clock: clock))
        try await app.test(.router) { client in
            let id = try await client.createMigration()
            expectEnvelope(try await client.call(.post, "migrations/\(id)/files", json: #"{"files": []}"#), .badRequest)
            let signed = try await client.upload("a,b\n1,2\n", to: id)
            expectEnvelope(try await client.call(.put, storagePath(signed), key: nil, bytes: [1, 2, 3]), .conflict)
            expectEnvelope(try await client.call(.put, "/storage/upload/not-a-token", key: nil, bytes: [1]), .notFound)

            let minted = try await client.send(
                .post, "migrations/\(id)/files", value: MintUploadsRequest(files: [.init(name: "late.csv", contentType: "text/csv")]))
            let late = try minted.decode(SignedUploadList.self).files[0]
            expectEnvelope(
                try await client.call(.put, storagePath(late), key: nil, bytes: [1], headers: [.contentType: "image/png"]),
                .badRequest)
            clock.advance(by: 3601)
            expectEnvelope(try await client.call(.put, storagePath(late), key: nil, bytes: [1]), .badRequest)
            // Non-UTF-8 bytes are just bytes.
            let binary = try await client.send(
                .post, "migrations/\(id)/files", value: MintUploadsRequest(files: [.init(name: "blob.bin")]))
            let blob = try binary.decode(SignedUploadList.self).files[0]
            #expect(try await client.call(.put, storagePath(blob), key: nil, bytes: [0xFF, 0xFE, 0x00]).status == .ok)
            let files = try await client.call(.get, "migrations/\(id)/files").decode(UploadedFileList.self).files
            #expect(files.map(\.name) == ["contacts.csv", "blob.bin"])
        }
    }

    @Test func rateLimitPerKeyPerEndpoint() async throws {
        let clock = ManualClock()
        let app = try await buildApplication(configuration: testConfiguration(rateLimit: 3, clock: clock))
        try await app.test(.router) { client in
            for _ in 0..<3 { #expect(try await client.call(.get, "templates").status == .ok) }
            let limited = try await client.call(.get, "templates")
            expectEnvelope(limited, .tooManyRequests)
            #expect(limited.error?.error == "Too many requests")
            // Another endpoint and another key have their own budgets.
            #expect(try await client.call(.get, "sources").status == .ok)
            #expect(try await client.call(.get, "templates", key: keyB).status == .ok)
            clock.advance(by: 61)
            #expect(try await client.call(.get, "templates").status == .ok)
        }
    }
}
