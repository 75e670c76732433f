import Foundation
import GRDB
import Logging
import Synchronization
import VernAPI
import VernAgentKit

/// The shared state behind every controller: storage, run coordination and configuration.
struct ServerState: Sendable {
    let configuration: ServerConfiguration
    let database: AppDatabase
    let blobs: BlobStore
    /// Seals and opens vault values.
    let cipher: VaultCipher
    let coordinator: RunCoordinator
    let bus: EventBus
    /// API key → account id.
    let accounts: [String: String]
    /// Where clients reach the server, for absolute URLs in responses.
    let origin: ServerOrigin

    /// Opens storage, registers the API keys as accounts and fails runs a previous process left
    /// in flight.
    static func open(configuration: ServerConfiguration) async throws -> ServerState {
        let database: AppDatabase
        let blobs: BlobStore
        let cipher: VaultCipher
        if let directory = configuration.dataDirectory {
            try PrivateFiles.directory(directory)
            try PrivateFiles.restrictTree(directory)
            cipher = try VaultCipher.loadOrCreate(in: directory)
            database = try AppDatabase(path: directory.appendingPathComponent("vern.sqlite").path, cipher: cipher)
            blobs = try BlobStore(root: directory)
        } else {
            cipher = VaultCipher.ephemeral()
            database = try AppDatabase(path: nil, cipher: cipher)
            blobs = try BlobStore(temporaryIn: configuration.temporaryDirectory)
        }
        let keys = configuration.apiKeys
        let accounts = try await database.write { db in
            var accounts: [String: String] = [:]
            for key in keys {
                let digest = APIKeyDigest.of(key)
                if let existing = try AccountRecord.filter(Column("apiKeyDigest") == digest).fetchOne(db) {
                    accounts[key] = existing.id
                } else {
                    let account = AccountRecord(id: UUID().uuidString.lowercased(), apiKeyDigest: digest)
                    try account.insert(db)
                    accounts[key] = account.id
                }
            }
            return accounts
        }
        let state = ServerState(
            configuration: configuration, database: database, blobs: blobs, cipher: cipher, coordinator: RunCoordinator(),
            bus: EventBus(), accounts: accounts, origin: ServerOrigin(configuration: configuration))
        try await state.failInterruptedRuns()
        return state
    }

    /// The agent for a migration: its scripted behaviour (or the configured one) around the
    /// configured agent.
    func agent(for migration: MigrationRecord) -> any Agent {
        let behaviour = migration.localAgent.flatMap(ScriptedBehaviour.init(rawValue:)) ?? configuration.scriptedBehaviour
        guard let behaviour else { return configuration.agent }
        return ScriptedAgent(behaviour: behaviour, base: configuration.agent, stepDuration: configuration.slowStepDuration)
    }

    /// The sentence a run gets when the process stopped while it was in flight.
    static let interruptedRunError = "The local server restarted while this run was in progress; start it again."

    private func failInterruptedRuns() async throws {
        let now = configuration.clock.now()
        let failed = try await database.write { db in
            let runs = try RunStateMachine.failAllInFlight(error: Self.interruptedRunError, db)
            for run in runs {
                var event = ThreadEventRecord(
                    sequence: nil, migrationID: run.migrationID, runID: run.id, type: ThreadEventType.error.wireValue,
                    dataJSON: try StoredJSON.encode(["error": Self.interruptedRunError]), createdAt: now)
                try event.insert(db)
            }
            return runs.count
        }
        if failed > 0 {
            configuration.logger.notice("Failed runs left in flight by a previous process", metadata: ["count": "\(failed)"])
        }
    }
}

/// The scheme and authority that absolute URLs in responses start with: the configured public
/// URL, else the address the server is bound to (known once it listens).
final class ServerOrigin: Sendable {
    private let value: Mutex<String>
    private let fixed: Bool
    private let host: String

    init(configuration: ServerConfiguration) {
        host = configuration.host
        if let publicURL = configuration.publicURL {
            fixed = true
            value = Mutex(Self.trimmed(publicURL))
        } else {
            fixed = false
            value = Mutex(Self.httpOrigin(host: configuration.host, port: configuration.port))
        }
    }

    /// The origin, e.g. `http://127.0.0.1:8080`, without a trailing slash.
    var current: String { value.withLock { $0 } }

    /// Records the bound port, unless a public URL was configured.
    func bound(port: Int) {
        guard !fixed else { return }
        value.withLock { $0 = Self.httpOrigin(host: host, port: port) }
    }

    /// `http://host:port`, with an IPv6 host in brackets.
    static func httpOrigin(host: String, port: Int) -> String {
        "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    }

    private static func trimmed(_ url: URL) -> String {
        var text = url.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
