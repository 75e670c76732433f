import Foundation
import GRDB
import Logging
import VernAPI
import VernAgentKit

/// The shared state behind every controller: storage, run coordination and configuration.
struct ServerState: Sendable {
    let configuration: ServerConfiguration
    let database: AppDatabase
    let blobs: any BlobStore
    let coordinator: RunCoordinator
    let bus: EventBus
    /// API key → account id.
    let accounts: [String: String]

    /// Opens storage, registers the API keys as accounts and fails runs a previous process left
    /// in flight.
    static func open(configuration: ServerConfiguration) async throws -> ServerState {
        let database: AppDatabase
        let blobs: any BlobStore
        if let directory = configuration.dataDirectory {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            database = try AppDatabase(path: directory.appendingPathComponent("vern.sqlite").path)
            blobs = try DiskBlobStore(directory: directory.appendingPathComponent("files", isDirectory: true))
        } else {
            database = try AppDatabase(path: nil)
            blobs = MemoryBlobStore()
        }
        let keys = configuration.apiKeys
        let accounts = try await database.write { db in
            var accounts: [String: String] = [:]
            for key in keys {
                if let existing = try AccountRecord.filter(Column("apiKey") == key).fetchOne(db) {
                    accounts[key] = existing.id
                } else {
                    let account = AccountRecord(id: UUID().uuidString.lowercased(), apiKey: key)
                    try account.insert(db)
                    accounts[key] = account.id
                }
            }
            return accounts
        }
        let state = ServerState(
            configuration: configuration, database: database, blobs: blobs, coordinator: RunCoordinator(),
            bus: EventBus(), accounts: accounts)
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
            let runs = try RunRecord.filter(RunRecord.inFlightStatuses.contains(Column("status"))).fetchAll(db)
            for var run in runs {
                run.status = RunStatus.failed.wireValue
                run.error = Self.interruptedRunError
                run.message = nil
                try run.update(db)
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
