import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing
import VernAPI
import VernAgentKit
import VernAgent
@testable import VernServer

let keyA = "key-account-a"
let keyB = "key-account-b"

/// A configuration for tests: in memory, two accounts, no rate limit, fast heartbeats and slow steps.
func testConfiguration(
    data: URL? = nil, behaviour: ScriptedBehaviour? = nil, rateLimit: Int? = nil, clock: any ServerClock = SystemClock(),
    logger: Logger = Logger(label: "test")
) -> ServerConfiguration {
    ServerConfiguration(
        host: "127.0.0.1", port: 0, dataDirectory: data, apiKeys: [keyA, keyB], agent: LocalAgent(), scriptedBehaviour: behaviour,
        rateLimit: rateLimit, clock: clock, heartbeatInterval: .milliseconds(50), slowStepDuration: .milliseconds(100),
        logger: logger)
}

/// The response of one call: status, headers and body bytes.
struct Reply: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: Data

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try VernJSON.decoder().decode(T.self, from: body) }
    var error: ErrorBody? { try? decode(ErrorBody.self) }
    var text: String { String(decoding: body, as: UTF8.self) }
}

extension TestClientProtocol {
    /// Calls the API with `key` and an optional JSON body (a string, bytes, or an encodable value).
    func call(
        _ method: HTTPRequest.Method, _ uri: String, key: String? = keyA, json: String? = nil, bytes: [UInt8]? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> Reply {
        var headers = extra
        if let key { headers[HTTPField.Name("x-api-key")!] = key }
        var body: ByteBuffer?
        if let json {
            body = ByteBuffer(string: json)
            headers[.contentType] = "application/json"
        } else if let bytes {
            body = ByteBuffer(bytes: bytes)
        }
        let uri = uri.hasPrefix("/") ? uri : "/api/v1/\(uri)"
        let reply = try await execute(uri: uri, method: method, headers: headers, body: body) { response in
            Reply(status: response.status, headers: response.headers, body: Data(response.body.readableBytesView))
        }
        // Every response the tests see must match the OpenAPI document.
        for problem in OpenAPIConformance.problems(method: method, uri: uri, status: reply.status.code, body: reply.body) {
            Issue.record("OpenAPI: \(problem)")
        }
        return reply
    }

    func send(_ method: HTTPRequest.Method, _ uri: String, key: String? = keyA, value: some Encodable) async throws -> Reply {
        try await call(method, uri, key: key, json: String(decoding: try VernJSON.encoder().encode(value), as: UTF8.self))
    }

    /// Creates a migration and returns its id.
    func createMigration(key: String = keyA, localAgent: String? = nil) async throws -> String {
        let extra = localAgent.map { #", "local_agent": "\#($0)""# } ?? ""
        let reply = try await call(.post, "migrations", key: key, json: #"{"name": "Acme", "templates": ["contacts"]\#(extra)}"#)
        #expect(reply.status == .created)
        return try reply.decode(MigrationEnvelope.self).migration.id
    }

    /// Mints a URL and uploads `csv` to it; returns the signed upload.
    @discardableResult
    func upload(_ csv: String, to migration: String, name: String = "contacts.csv", key: String = keyA) async throws
        -> SignedUpload
    {
        let minted = try await send(
            .post, "migrations/\(migration)/files", key: key,
            value: MintUploadsRequest(files: [.init(name: name, contentType: "text/csv")]))
        #expect(minted.status == .created)
        let signed = try #require(try minted.decode(SignedUploadList.self).files.first)
        let put = try await call(
            .put, storagePath(signed), key: nil, bytes: Array(csv.utf8), headers: [.contentType: "text/csv"])
        #expect(put.status == .ok)
        return signed
    }

    /// Starts a run; returns its id.
    func startRun(_ migration: String, _ kind: RunKind, message: String? = nil, key: String = keyA) async throws -> String {
        let reply = try await send(.post, "migrations/\(migration)/runs", key: key, value: StartRunRequest(kind: kind, message: message))
        #expect(reply.status == .created, "\(reply.text)")
        return try reply.decode(StartRunResponse.self).runID
    }

    /// Polls until the run satisfies `done` (or a generous number of polls passes).
    func waitForRun(_ migration: String, _ run: String, key: String = keyA, until done: (Run) -> Bool) async throws -> Run {
        for _ in 0..<1000 {
            let current = try await call(.get, "migrations/\(migration)/runs/\(run)", key: key).decode(Run.self)
            if done(current) { return current }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw WaitTimeout()
    }

    func thread(_ migration: String, include: String = "all") async throws -> ThreadPage {
        try await call(.get, "migrations/\(migration)/thread?include=\(include)").decode(ThreadPage.self)
    }
}

struct WaitTimeout: Error {}

/// The path part of a signed URL.
func storagePath(_ signed: SignedUpload) -> String {
    URL(string: signed.signedURL)!.path
}

/// A CSV in the shape of the lead-import benchmark, with one invalid row (no last name, bad email).
let sampleCSV = #"""
    Record ID,First Name,Last Name,Email,Phone,Company,Company Domain,Lead Source
    r1,Jane,Doe,jane@acme.com,,Acme,acme.com,Web
    r2,John,,not-an-email,,Acme,acme.com,Event
    r3,"Ann, Jr.",Lee,ann@acme.com,,"Acme ""Labs""",acme.com,Referral

    """#

/// A log handler that keeps every message and its metadata, to check that secrets never reach logs.
final class CapturedLogs: Sendable {
    let lines = Mutex<[String]>([])

    var logger: Logger {
        var logger = Logger(label: "vern.test") { _ in Handler(sink: self) }
        logger.logLevel = .trace
        return logger
    }

    var all: String { lines.withLock { $0.joined(separator: "\n") } }

    struct Handler: LogHandler {
        let sink: CapturedLogs
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
            sink.lines.withLock { $0.append("\(event.level) \(event.message) \(merged)") }
        }
    }
}
