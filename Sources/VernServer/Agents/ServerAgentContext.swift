import Foundation
import GRDB
import VernAPI
import VernAgentKit

/// A migration's data in the local server's database, blob store and vault.
struct ServerMigrationStore: MigrationStore {
    let migrationID: String
    let state: ServerState

    func files() async throws -> [AgentFile] {
        let id = migrationID
        let records = try await state.database.read { db in
            try FileRecord.filter(Column("migrationID") == id).order(Column("uploadedAt"), Column("id")).fetchAll(db)
        }
        return records.map { record in
            AgentFile(
                id: record.id, name: record.name, contentType: record.contentType, size: record.size,
                uploadedAt: record.uploadedAt, fileURL: state.blobs.fileURL(id: record.id))
        }
    }

    func contents(of file: AgentFile) async throws -> Data {
        try state.blobs.data(id: file.id)
    }

    func workDirectory() throws -> URL {
        try state.blobs.workDirectory(migrationID: migrationID)
    }

    func loadState() async throws -> Data? {
        let id = migrationID
        return try await state.database.read { db in
            try MigrationRecord.fetchOne(db, key: id)?.agentState
        }
    }

    func saveState(_ data: Data) async throws {
        let id = migrationID
        try await state.database.write { db in
            try db.execute(sql: "UPDATE migration SET agentState = ? WHERE id = ?", arguments: [data, id])
        }
    }

    func sourceConnection() async throws -> SourceConnection? {
        try await SourceConnectionStore(state: state).current(migrationID: migrationID)
    }

    func vaultSecrets(connectionID: String) async throws -> [String: String] {
        let cipher = state.cipher
        return try await state.database.read { db in
            try SourceConnectionStore.secrets(connectionID: connectionID, cipher: cipher, db)
        }
    }
}

/// A run's progress, thread events and blocking, through the local server's storage and coordinator.
struct ServerRunChannel: RunChannel {
    let runID: String
    let migrationID: String
    let state: ServerState

    func progress(_ message: String) async throws {
        let id = runID
        _ = try await state.database.write { db in
            try RunStateMachine.setProgress(message, runID: id, db)
        }
        try await emit(.status, data: ["message": .string(message)])
    }

    func emit(_ type: ThreadEventType, data: JSONValue) async throws {
        try Task.checkCancellation()
        try await ThreadStore(state: state).append(migrationID: migrationID, runID: runID, type: type, data: data)
    }

    func ask(_ questions: [Question]) async throws -> AnswerRequest.Answers {
        let questionsJSON = try StoredJSON.encode(questions)
        let answer = try await state.coordinator.suspend(runID: runID) {
            let id = runID
            _ = try await state.database.write { db in
                try RunStateMachine.apply(.block(.questions(json: questionsJSON)), runID: id, db)
            }
            try await emit(.requestInput, data: ["questions": try JSONValue(encoding: questions)])
        }
        guard case .answers(let answers) = answer else { throw CancellationError() }
        return answers
    }

    func requestCredentials(_ request: CredentialRequest) async throws {
        let requestJSON = try StoredJSON.encode(request)
        let answer = try await state.coordinator.suspend(runID: runID) {
            let id = runID
            let connectionID = request.connectionID
            _ = try await state.database.write { db in
                // Asking again means the connector did not accept what the vault holds: drop it.
                try SourceConnectionStore.discardSecrets(connectionID: connectionID, db)
                return try RunStateMachine.apply(.block(.credentials(requestJSON: requestJSON)), runID: id, db)
            }
            try await emit(
                .requestInput,
                data: [
                    "credential_request": [
                        "source_key": .string(request.sourceKey), "reason": request.reason.map(JSONValue.string) ?? .null,
                        "fields": .array(request.orderedFields.map { .string($0.name) }),
                    ]
                ])
        }
        guard case .credentialsSubmitted = answer else { throw CancellationError() }
    }

    func connectSource(_ connector: Connector) async throws -> SourceConnection {
        let store = SourceConnectionStore(state: state)
        if let existing = try await store.current(migrationID: migrationID), existing.sourceKey == connector.sourceKey {
            return existing
        }
        return try await store.upsert(
            migrationID: migrationID, request: SourceConnectionRequest(sourceKey: connector.sourceKey), connector: connector
        ).connection
    }
}

extension MigrationContext {
    /// The context of a stored migration.
    init(migration: MigrationRecord, state: ServerState) {
        self.init(
            migrationID: migration.id, name: migration.name, source: migration.source, templates: migration.templates,
            logger: state.configuration.logger, store: ServerMigrationStore(migrationID: migration.id, state: state))
    }
}

extension RunContext {
    /// The context of a stored run.
    init(runID: String, kind: RunKind, message: String?, extractViaAPI: Bool, migration: MigrationContext, state: ServerState) {
        self.init(
            runID: runID, kind: kind, message: message, extractViaAPI: extractViaAPI, migration: migration,
            channel: ServerRunChannel(runID: runID, migrationID: migration.migrationID, state: state))
    }
}

extension JSONValue {
    /// Converts any encodable value into a JSON value through the wire encoder.
    init(encoding value: some Encodable) throws {
        self = try VernJSON.decoder().decode(JSONValue.self, from: VernJSON.encoder().encode(value))
    }
}
