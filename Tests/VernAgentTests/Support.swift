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
@testable import VernAgent
import VernServer

let apiKey = "agent-test-key"

/// Wraps the local agent and remembers the migration context, so tests can read the agent's state.
final class RecordingAgent: Agent {
    let base = LocalAgent()
    let context = Mutex<MigrationContext?>(nil)

    func run(_ run: RunContext) async throws -> RunOutcome {
        context.withLock { $0 = run.migration }
        return try await base.run(run)
    }

    func export(_ request: ExportRequest, context: MigrationContext) async throws -> CSVExport {
        try await base.export(request, context: context)
    }

    func state() async throws -> AgentState {
        let context = try #require(context.withLock { $0 })
        return try await AgentState.load(context)
    }
}

/// One migration on an in-process server, driven through the HTTP API.
struct Session {
    let client: any TestClientProtocol
    let migration: String
    let agent: RecordingAgent

    /// Creates a migration on a fresh in-memory server with the local agent and runs `body`.
    static func with(_ body: @Sendable (Session) async throws -> Void) async throws {
        let agent = RecordingAgent()
        let configuration = ServerConfiguration(
            host: "127.0.0.1", port: 0, apiKeys: [apiKey], agent: agent, rateLimit: nil, heartbeatInterval: .milliseconds(50),
            logger: Logger(label: "agent-test"))
        let app = try await buildApplication(configuration: configuration)
        try await app.test(.router) { client in
            let reply = try await client.call(.post, "migrations", json: #"{"name": "Acme", "templates": ["contacts"]}"#)
            let id = try reply.decode(MigrationEnvelope.self).migration.id
            try await body(Session(client: client, migration: id, agent: agent))
        }
    }

    func upload(_ csv: String, name: String = "contacts.csv") async throws {
        try await upload(Array(csv.utf8), name: name)
    }

    func upload(_ bytes: [UInt8], name: String) async throws {
        let minted = try await client.send(
            .post, "migrations/\(migration)/files", value: MintUploadsRequest(files: [.init(name: name, contentType: "text/csv")]))
        let signed = try #require(try minted.decode(SignedUploadList.self).files.first)
        let put = try await client.call(.put, URL(string: signed.signedURL)!.path, bytes: bytes, headers: [.contentType: "text/csv"])
        #expect(put.status == .ok, "\(put.text)")
    }

    /// Uploads `csv` and runs `generate`, answering its question (if any) with the first option;
    /// expects the recipe to be ready for approval.
    func generated(_ csv: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await upload(csv)
        var run = try await start(.generate)
        if run.status == .blocked, let question = run.questions?.first, let first = question.options.first { run = try await answer(run, first.label) }
        #expect(run.status == .awaitingApproval, sourceLocation: sourceLocation)
    }

    /// Starts a run and waits until it is blocked or terminal.
    func start(_ kind: RunKind, _ message: String? = nil, extract: Bool? = nil) async throws -> Run {
        let reply = try await client.send(
            .post, "migrations/\(migration)/runs", value: StartRunRequest(kind: kind, message: message, extractViaAPI: extract))
        #expect(reply.status == .created, "\(reply.text)")
        return try await settle(try reply.decode(StartRunResponse.self).runID)
    }

    func settle(_ run: String) async throws -> Run {
        for _ in 0..<2000 {
            let current = try await client.call(.get, "migrations/\(migration)/runs/\(run)").decode(Run.self)
            switch current.status {
            case .queued, .running: try await Task.sleep(for: .milliseconds(5))
            default: return current
            }
        }
        throw WaitTimeout()
    }

    /// Answers a question block with one structured answer and waits again.
    func answer(_ run: Run, id: String? = nil, _ value: String) async throws -> Run {
        let question = try #require(run.questions?.first)
        let reply = try await client.send(
            .post, "migrations/\(migration)/runs/\(run.runID)/messages",
            value: AnswerRequest(answers: .structured([.init(id: id ?? question.id, value: value)])))
        #expect(reply.status == .ok, "\(reply.text)")
        return try await settle(run.runID)
    }

    func credentials(_ run: Run, _ values: [String: String]) async throws -> Run {
        let reply = try await client.send(
            .post, "migrations/\(migration)/runs/\(run.runID)/credentials", value: CredentialsRequest(credentials: values))
        #expect(reply.status == .ok, "\(reply.text)")
        return try await settle(run.runID)
    }

    /// Runs an update that must end at a preview; returns the agent's messages of that run.
    @discardableResult
    func update(_ instruction: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let run = try await start(.update, instruction)
        #expect(run.status == .awaitingApproval, "\(instruction): \(run.status) \(run.error ?? "") \(run.questions?.first?.question ?? "")", sourceLocation: sourceLocation)
        return try await messages(run.runID).joined(separator: "\n")
    }

    /// Runs a clarify and returns its answer.
    func clarify(_ question: String) async throws -> String {
        let run = try await start(.clarify, question)
        #expect(run.status == .completed)
        return try await messages(run.runID).joined(separator: "\n")
    }

    /// The agent's `message` texts of one run (not the user's).
    func messages(_ run: String) async throws -> [String] {
        try await events(include: "user").filter { $0.runID == run && $0.type == .message && $0.data["role"] != "user" }
            .compactMap(\.text)
    }

    func events(include: String = "all") async throws -> [ThreadEvent] {
        try await client.call(.get, "migrations/\(migration)/thread?include=\(include)").decode(ThreadPage.self).events
    }

    func preview() async throws -> Preview {
        try await client.call(.get, "migrations/\(migration)/preview").decode(Preview.self)
    }

    func export(_ filter: String) async throws -> Reply {
        try await client.call(.get, "migrations/\(migration)/exports/contacts.csv?filter=\(filter)")
    }
}

struct WaitTimeout: Error {}

struct Reply: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: Data

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try VernJSON.decoder().decode(T.self, from: body) }
    var text: String { String(decoding: body, as: UTF8.self) }
}

extension TestClientProtocol {
    func call(_ method: HTTPRequest.Method, _ uri: String, json: String? = nil, bytes: [UInt8]? = nil, headers extra: HTTPFields = [:])
        async throws -> Reply
    {
        var headers = extra
        if !uri.hasPrefix("/storage") { headers[HTTPField.Name("x-api-key")!] = apiKey }
        var body: ByteBuffer?
        if let json {
            body = ByteBuffer(string: json)
            headers[.contentType] = "application/json"
        } else if let bytes {
            body = ByteBuffer(bytes: bytes)
        }
        let uri = uri.hasPrefix("/") ? uri : "/api/v1/\(uri)"
        return try await execute(uri: uri, method: method, headers: headers, body: body) { response in
            Reply(status: response.status, headers: response.headers, body: Data(response.body.readableBytesView))
        }
    }

    func send(_ method: HTTPRequest.Method, _ uri: String, value: some Encodable) async throws -> Reply {
        try await call(method, uri, json: String(decoding: try VernJSON.encoder().encode(value), as: UTF8.self))
    }
}

/// The reference bench folder vendored in the repository (`bench/reference`: SPEC, generator, anchors).
func referenceBench(_ file: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: file)
    for _ in 0..<3 { url.deleteLastPathComponent() }  // Tests/VernAgentTests/Support.swift → repo root
    return url.appendingPathComponent("bench/reference")
}

/// Runs `python3 args…` and returns stdout.
@discardableResult
func python(_ arguments: [String]) throws -> String {
    let (status, stdout) = try runProcess("/usr/bin/env", ["python3"] + arguments)
    #expect(status == 0)
    return String(decoding: stdout, as: UTF8.self)
}

/// Runs `executable arguments…` and returns its exit status and stdout.
func runProcess(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: Data) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data)
}

/// Generates `gen_contacts.py ROWS --seed SEED` into a temporary file.
func generatedContacts(rows: Int, seed: Int) throws -> (url: URL, bench: URL) {
    let bench = referenceBench()
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("agent-contacts-\(rows)-\(seed)-\(UUID().uuidString).csv")
    try python([bench.appendingPathComponent("gen_contacts.py").path, "\(rows)", out.path, "--seed", "\(seed)"])
    return (out, bench)
}
