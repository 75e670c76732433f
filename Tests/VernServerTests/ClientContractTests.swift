import AsyncHTTPClient
import Foundation
import Synchronization
import Testing
import VernAPI
import VernAgentKit
import VernClient
@testable import VernServer

/// The client and the local server, in-process over real HTTP: every endpoint through
/// `VernClient`, the documented errors as the client reports them, and the recovery paths.
@Suite(.serialized)
struct ClientContractTests {
    /// Starts a server with `configuration`, gives `body` a client for account A, and stops both.
    func withClient(
        _ configuration: ServerConfiguration = testConfiguration(), key: String = keyA,
        clock: any Clock<Duration> = ContinuousClock(), transport: ((any HTTPTransport) -> any HTTPTransport)? = nil,
        _ body: (VernClient, RunningServer) async throws -> Void
    ) async throws {
        let server = try await LocalServer.start(configuration: configuration)
        let http = AsyncHTTPClientTransport.makeHTTPClient()
        let base = AsyncHTTPClientTransport(client: http)
        let client = VernClient(
            configuration: .init(
                baseURL: server.baseURL, apiKey: key,
                retryPolicy: RetryPolicy(baseDelay: .milliseconds(1), maxDelay: .milliseconds(5)),
                pollPolicy: PollPolicy(initial: .milliseconds(20), maximum: .milliseconds(50))),
            transport: transport?(base) ?? base, clock: clock)
        do {
            try await body(client, server)
        } catch {
            try? await http.shutdown()
            await server.stop()
            throw error
        }
        try await http.shutdown()
        await server.stop()
    }

    func csvFile(_ text: String = sampleCSV) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vern-contract-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    func migrationWithPreview(_ client: VernClient) async throws -> Migration {
        let migration = try await client.createMigration(.init(name: "Acme", templates: ["contacts"]))
        _ = try await client.uploadFiles(migration: migration.id, [try csvFile()])
        let started = try await client.startRun(migration: migration.id, .init(kind: .generate))
        let run = try await client.waitForRun(migration: migration.id, run: started.runID, kind: .generate)
        #expect(run.status == .awaitingApproval)
        return migration
    }

    @Test func fullFlowFromCreateToExport() async throws {
        try await withClient { client, _ in
            let templates = try await client.templates()
            #expect(templates.map(\.effectiveSlug) == ["contacts"])
            let migration = try await migrationWithPreview(client)
            #expect(try await client.migrations().map(\.id) == [migration.id])
            #expect(try await client.migration(migration.id).status == .awaitingApproval)
            let files = try await client.files(migration: migration.id)
            #expect(files.map(\.name).count == 1 && files[0].size == sampleCSV.utf8.count)

            let preview = try await client.preview(migration: migration.id)
            let sheet = try #require(preview.sheets.first)
            #expect(sheet.rows.first?.first == "external_id")
            #expect(sheet.rowCount == 3 && sheet.invalidRowCount == 1)

            let clarify = try await client.startRun(migration: migration.id, .init(kind: .clarify, message: "Which column feeds email?"))
            #expect(try await client.waitForRun(migration: migration.id, run: clarify.runID, kind: .clarify).status == .completed)

            let execute = try await client.startRun(migration: migration.id, .init(kind: .execute))
            let done = try await client.waitForRun(migration: migration.id, run: execute.runID, kind: .execute)
            let report = try #require(done.report)
            #expect(report.inserted == 3 && report.invalidCellCount == 1)

            var totals: [ExportFilter: Int] = [:]
            for filter in ExportFilter.allCases {
                let out = FileManager.default.temporaryDirectory.appendingPathComponent("vern-export-\(UUID().uuidString).csv")
                let result = try await client.exportCSV(migration: migration.id, slug: "contacts", filter: filter, to: out)
                let text = try String(contentsOf: out, encoding: .utf8)
                #expect(text.hasPrefix("external_id,first_name,last_name,email"))
                #expect(result.bytesWritten == text.utf8.count)
                totals[filter] = result.totalRecords
            }
            #expect(totals == [.valid: 2, .all: 3, .invalid: 1])

            let page = try await client.thread(migration: migration.id, include: .all)
            #expect(page.events.count > 3)
            #expect(page.events.map(\.sequence) == page.events.map(\.sequence).sorted())
            var streamed: [Int] = []
            for try await event in client.threadEvents(migration: migration.id, after: page.events[1].sequence, include: .all) {
                streamed.append(event.sequence)
                if streamed.count == 2 { break }
            }
            #expect(streamed == Array(page.events.map(\.sequence)[2...3]))
        }
    }

    @Test func documentedErrorsReadWell() async throws {
        try await withClient { client, server in
            let stranger = VernClient(
                configuration: .init(baseURL: server.baseURL, apiKey: "wrong", retryPolicy: .none),
                transport: AsyncHTTPClientTransport(client: .shared))
            let unauthorized = await #expect(throws: VernClientError.self) { _ = try await stranger.templates() }
            #expect(unauthorized?.description.hasPrefix("401: ") == true)
            #expect(unauthorized?.description.hasSuffix("Set VERN_API_KEY.") == true)

            let missing = await #expect(throws: VernClientError.self) { _ = try await client.preview(migration: "nope") }
            #expect(missing?.status == 404)

            let empty = await #expect(throws: VernClientError.self) { _ = try await client.mintUploads(migration: "nope", files: []) }
            #expect(empty?.status == 400 || empty?.status == 404)

            let migration = try await client.createMigration(.init(name: "Acme"))
            let noPreview = await #expect(throws: VernClientError.self) {
                _ = try await client.startRun(migration: migration.id, .init(kind: .update, message: "Lower-case emails"))
            }
            #expect(noPreview?.status == 409)
            let noFiles = await #expect(throws: VernClientError.self) {
                _ = try await client.startRun(migration: migration.id, .init(kind: .generate))
            }
            #expect(noFiles?.status == 400)
            let otherAccount = VernClient(
                configuration: .init(baseURL: server.baseURL, apiKey: keyB, retryPolicy: .none),
                transport: AsyncHTTPClientTransport(client: .shared))
            let hidden = await #expect(throws: VernClientError.self) { _ = try await otherAccount.migration(migration.id) }
            #expect(hidden?.status == 404)
        }
    }

    @Test func aSecondRunConflictsAndNamesTheRunInFlight() async throws {
        try await withClient(testConfiguration(behaviour: .slow)) { client, _ in
            let migration = try await client.createMigration(.init(name: "Acme"))
            _ = try await client.uploadFiles(migration: migration.id, [try csvFile()])
            let first = try await client.startRun(migration: migration.id, .init(kind: .generate))
            let conflict = await #expect(throws: VernClientError.self) {
                _ = try await client.startRun(migration: migration.id, .init(kind: .generate))
            }
            #expect(conflict?.status == 409 && conflict?.runID == first.runID)

            let canceled = try await client.cancelRun(migration: migration.id, id: first.runID)
            #expect(canceled.status == .canceled)
            #expect(try await client.run(migration: migration.id, id: first.runID).status == .canceled)
            let again = await #expect(throws: VernClientError.self) { _ = try await client.cancelRun(migration: migration.id, id: first.runID) }
            #expect(again?.status == 409)
        }
    }

    @Test func aRetriedStartAdoptsTheRunItStarted() async throws {
        try await withClient(transport: { LoseFirstResponse(base: $0, path: "/runs") }) { client, _ in
            let migration = try await client.createMigration(.init(name: "Acme"))
            _ = try await client.uploadFiles(migration: migration.id, [try csvFile()])
            let started = try await client.startRun(migration: migration.id, .init(kind: .generate))
            let run = try await client.waitForRun(migration: migration.id, run: started.runID, kind: .generate)
            #expect(run.status == .awaitingApproval)
        }
    }

    @Test func aQuestionBlockedRunResumesWithTheAnswer() async throws {
        try await withClient(testConfiguration(behaviour: .question)) { client, _ in
            let migration = try await client.createMigration(.init(name: "Acme"))
            _ = try await client.uploadFiles(migration: migration.id, [try csvFile()])
            let started = try await client.startRun(migration: migration.id, .init(kind: .generate))
            let blocked = try await client.waitForRun(migration: migration.id, run: started.runID, kind: .generate)
            let question = try #require(blocked.questions?.first)
            let wrong = await #expect(throws: VernClientError.self) {
                _ = try await client.submitCredentials(migration: migration.id, run: started.runID, .init(credentials: ["a": "b"]))
            }
            #expect(wrong?.status == 409)
            let resumed = try await client.answer(
                migration: migration.id, run: started.runID, .structured([.init(id: question.id, value: question.options[0].label)]))
            #expect(resumed.status == .running)
            let done = try await client.waitForRun(migration: migration.id, run: started.runID, kind: .generate)
            #expect(done.status == .awaitingApproval)
            let messages = try await client.thread(migration: migration.id).events.compactMap(\.text)
            #expect(messages.contains { $0.contains(question.options[0].label) })
        }
    }

    @Test func aCredentialBlockedRunAsksAgainAfterWrongSecrets() async throws {
        try await withClient(testConfiguration(behaviour: .credentials)) { client, _ in
            let migration = try await client.createMigration(.init(name: "Acme"))
            _ = try await client.uploadFiles(migration: migration.id, [try csvFile()])
            let started = try await client.startRun(migration: migration.id, .init(kind: .generate))
            let blocked = try await client.waitForRun(migration: migration.id, run: started.runID, kind: .generate)
            let request = try #require(blocked.credentialRequest)
            #expect(request.orderedFields.map(\.name) == ["client_id", "client_secret"])

            let mismatch = await #expect(throws: VernClientError.self) {
                _ = try await client.submitCredentials(
                    migration: migration.id, run: started.runID, .init(credentials: ["client_id": "x"], connectionID: "other"))
            }
            #expect(mismatch?.status == 409)

            _ = try await client.submitCredentials(
                migration: migration.id, run: started.runID,
                .init(credentials: ["client_id": "demo-client", "client_secret": "wrong-secret-123"], connectionID: request.connectionID))
            let again = try await waitUntilBlockedAgain(client, migration.id, started.runID)
            #expect(again.credentialRequest?.reason?.contains("rejected") == true)

            _ = try await client.submitCredentials(
                migration: migration.id, run: started.runID,
                .init(credentials: ["client_id": Connectors.demoClientID, "client_secret": Connectors.demoClientSecret]))
            let done = try await client.waitForRun(migration: migration.id, run: started.runID, kind: .generate)
            #expect(done.status == .awaitingApproval)
            let connection = try await client.sourceConnection(migration: migration.id)
            #expect(connection.sourceKey == "demo_crm" && connection.credsConfigured)
            let everything = try await client.thread(migration: migration.id, include: .all).events.map { "\($0.data)" }.joined()
            #expect(!everything.contains("wrong-secret-123") && !everything.contains(Connectors.demoClientSecret))
        }
    }

    func waitUntilBlockedAgain(_ client: VernClient, _ migration: String, _ run: String) async throws -> Run {
        for _ in 0..<500 {
            let state = try await client.run(migration: migration, id: run)
            if state.status == .blocked, state.credentialRequest?.reason?.contains("rejected") == true { return state }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw WaitTimeout()
    }

    @Test func sourceConnectionsAndSources() async throws {
        try await withClient { client, _ in
            let migration = try await client.createMigration(.init(name: "Acme"))
            let created = try await client.connectSource(
                migration: migration.id, .init(sourceKey: "demo_crm", config: ["region": "eu"], selectedStreams: ["contacts"]))
            #expect(created.sourceKey == "demo_crm" && !created.credsConfigured && created.selectedStreams == ["contacts"])
            #expect(try await client.sourceConnection(migration: migration.id, sourceKey: "demo_crm").id == created.id)
            try await client.disconnectSource(migration: migration.id)
            let gone = await #expect(throws: VernClientError.self) { _ = try await client.sourceConnection(migration: migration.id) }
            #expect(gone?.status == 404)
            let unknown = await #expect(throws: VernClientError.self) {
                _ = try await client.connectSource(migration: migration.id, .init(sourceKey: "nope"))
            }
            #expect(unknown?.status == 400)
            _ = try await client.sources()
        }
    }

    @Test func rateLimitedCallsBackOffAndRecover() async throws {
        let serverClock = ManualClock()
        let clientClock = AdvancingClock(server: serverClock)
        try await withClient(testConfiguration(rateLimit: 2, clock: serverClock), clock: clientClock) { client, _ in
            for _ in 0..<5 { _ = try await client.templates() }
            #expect(clientClock.sleeps > 0, "the limit was hit and waited out")
        }
    }
}

/// Passes requests on, but for the first request whose path ends with `path` it throws a
/// connection error after the server has handled it: the response is lost on the way back.
final class LoseFirstResponse: HTTPTransport {
    let base: any HTTPTransport
    let path: String
    let lost = Mutex(false)

    init(base: any HTTPTransport, path: String) {
        self.base = base
        self.path = path
    }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        let response = try await base.send(request)
        let lose = request.method == "POST" && request.url.path.hasSuffix(path) && !lost.withLock { state in
            defer { state = true }
            return state
        }
        if lose {
            for try await _ in response.body {}
            throw VernClientError(code: .transport, message: "connection reset by peer")
        }
        return response
    }
}

/// A client clock whose sleeps advance the server's manual clock instead of waiting.
final class AdvancingClock: Clock, Sendable {
    let server: ManualClock
    private let count = Mutex(0)

    init(server: ManualClock) { self.server = server }

    var sleeps: Int { count.withLock { $0 } }
    var now: ContinuousClock.Instant { ContinuousClock.now }
    var minimumResolution: Duration { .nanoseconds(1) }

    func sleep(until deadline: ContinuousClock.Instant, tolerance: Duration?) async throws {
        count.withLock { $0 += 1 }
        server.advance(by: 30)
    }
}
