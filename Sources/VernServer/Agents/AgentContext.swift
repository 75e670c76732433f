import Foundation
import GRDB
import Logging
import VernAPI

/// One migration as an agent sees it: its templates, its files, and the agent's own state.
public struct MigrationContext: Sendable {
    /// The migration's id.
    public let migrationID: String
    /// Display name.
    public let name: String
    /// The source label, when there is one.
    public let source: String?
    /// The migration's templates (sheets), in order.
    public let templates: [Template]
    /// A logger for the agent; never log secrets.
    public let logger: Logger
    /// The variant the agent's runs are seen through (`vern serve --agent-variant`), if any.
    public var variant: AgentVariant?
    let state: ServerState

    init(migration: MigrationRecord, state: ServerState) {
        migrationID = migration.id
        name = migration.name
        source = migration.source
        templates = migration.templates
        logger = state.configuration.logger
        self.state = state
    }

    /// The uploaded files, oldest first.
    /// - Returns: The files whose bytes have arrived.
    /// - Throws: A storage error.
    public func files() async throws -> [AgentFile] {
        let id = migrationID
        let records = try await state.database.read { db in
            try FileRecord.filter(Column("migrationID") == id).order(Column("uploadedAt"), Column("id")).fetchAll(db)
        }
        let variant = variant
        return records.map { record in
            AgentFile(
                id: record.id, name: record.name, contentType: record.contentType, size: record.size,
                uploadedAt: record.uploadedAt, fileURL: variant == nil ? state.blobs.fileURL(id: record.id) : nil)
        }
    }

    /// The bytes of an uploaded file.
    /// - Parameter file: One of ``files()``.
    /// - Returns: The file's bytes.
    /// - Throws: A storage error.
    public func contents(of file: AgentFile) async throws -> Data {
        let data = try await state.blobs.data(id: file.id)
        return variant?.contents(data) ?? data
    }

    /// The agent's opaque per-migration state (e.g. a JSON recipe and its history).
    /// - Returns: What ``saveState(_:)`` last stored, or `nil`.
    /// - Throws: A storage error.
    public func loadState() async throws -> Data? {
        let id = migrationID
        return try await state.database.read { db in
            try MigrationRecord.fetchOne(db, key: id)?.agentState
        }
    }

    /// Replaces the agent's per-migration state; it survives restarts.
    /// - Parameter data: The new state.
    /// - Throws: A storage error.
    public func saveState(_ data: Data) async throws {
        let id = migrationID
        try await state.database.write { db in
            try db.execute(sql: "UPDATE migration SET agentState = ? WHERE id = ?", arguments: [data, id])
        }
    }

    /// The migration's source connection, when one exists.
    /// - Returns: The connection (never holding secrets).
    /// - Throws: A storage error.
    public func sourceConnection() async throws -> SourceConnection? {
        try await SourceConnectionStore(state: state).current(migrationID: migrationID)
    }

    /// Reads secrets from the vault. This is the only way an agent sees credential values; never
    /// write them to a progress message, the thread, a preview, a report or a log.
    /// - Parameter connectionID: The connection the credentials belong to.
    /// - Returns: Field name to value; empty when none are stored.
    /// - Throws: A storage error.
    public func vaultSecrets(connectionID: String) async throws -> [String: String] {
        try await state.database.read { db in
            let rows = try VaultRecord.filter(Column("connectionID") == connectionID).fetchAll(db)
            return Dictionary(rows.map { ($0.field, $0.value) }, uniquingKeysWith: { _, last in last })
        }
    }
}

/// One run as an agent sees it: its kind and input, and the calls that report progress, write
/// the thread, and suspend the run on a question or a credential request.
public struct RunContext: Sendable {
    /// The run's id.
    public let runID: String
    /// What the run does.
    public let kind: RunKind
    /// The update instruction or clarify question (`nil` for generate/execute).
    public let message: String?
    /// Whether a generate run should extract from the source connection instead of files.
    public let extractViaAPI: Bool
    /// The migration.
    public var migration: MigrationContext

    /// Reports progress: sets the run's `message` and writes a `status` event.
    /// - Parameter message: A short, human-readable step, e.g. `Reading your files`.
    /// - Throws: `CancellationError` when the run was canceled.
    public func progress(_ message: String) async throws {
        try Task.checkCancellation()
        if let variant = migration.variant { try await variant.pause() }
        let message = migration.variant?.progress(message) ?? message
        let id = runID
        try await migration.state.database.write { db in
            try db.execute(
                sql: "UPDATE run SET message = ? WHERE id = ? AND status = 'running'", arguments: [message, id])
        }
        try await emit(.status, data: ["message": .string(message)])
    }

    /// Writes one event to the migration's thread.
    /// - Parameters:
    ///   - type: The event type; its ``ThreadEventType/level`` decides which `include` shows it.
    ///   - data: The payload, passed through unchanged.
    /// - Throws: `CancellationError` when the run was canceled.
    public func emit(_ type: ThreadEventType, data: JSONValue) async throws {
        try Task.checkCancellation()
        let data = migration.variant?.threadData(data) ?? data
        try await ThreadStore(state: migration.state).append(
            migrationID: migration.migrationID, runID: runID, type: type, data: data)
    }

    /// Blocks the run on questions and waits for `POST /messages`.
    /// - Parameter questions: The questions (ids stable, echoed in the answers).
    /// - Returns: The caller's answers.
    /// - Throws: `CancellationError` when the run is canceled while waiting.
    public func ask(_ questions: [Question]) async throws -> AnswerRequest.Answers {
        try Task.checkCancellation()
        let asked = questions
        let questions = migration.variant?.questions(questions) ?? questions
        let state = migration.state
        let questionsJSON = try StoredJSON.encode(questions)
        let answer = try await state.coordinator.suspend(runID: runID) {
            let id = runID
            try await state.database.write { db in
                try db.execute(
                    sql: """
                        UPDATE run SET status = 'blocked', blockedReason = 'question', questionsJSON = ?,
                        credentialRequestJSON = NULL, message = NULL WHERE id = ? AND status = 'running'
                        """, arguments: [questionsJSON, id])
            }
            try await emit(.requestInput, data: ["questions": try JSONValue(encoding: questions)])
        }
        guard case .answers(let answers) = answer else { throw CancellationError() }
        return migration.variant?.answers(answers, shown: questions, asked: asked) ?? answers
    }

    /// Blocks the run until the caller submits credentials through `POST /credentials`. The values
    /// go to the vault; read them with ``MigrationContext/vaultSecrets(connectionID:)``. To reject
    /// wrong credentials, call this again (with a `reason` saying so): the run blocks again.
    /// - Parameter request: The form to show; `connectionID` must name the migration's connection
    ///   (see ``connectSource(_:)``).
    /// - Throws: `CancellationError` when the run is canceled while waiting.
    public func requestCredentials(_ request: CredentialRequest) async throws {
        try Task.checkCancellation()
        let state = migration.state
        let requestJSON = try StoredJSON.encode(request)
        let answer = try await state.coordinator.suspend(runID: runID) {
            let id = runID
            try await state.database.write { db in
                try db.execute(
                    sql: """
                        UPDATE run SET status = 'blocked', blockedReason = 'credentials', credentialRequestJSON = ?,
                        questionsJSON = NULL, message = NULL WHERE id = ? AND status = 'running'
                        """, arguments: [requestJSON, id])
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

    /// The migration's connection for `connector`, created (without credentials) if missing.
    /// - Parameter connector: The connector to connect.
    /// - Returns: The connection; its `id` is the `connection_id` of credential requests.
    /// - Throws: A storage error.
    public func connectSource(_ connector: Connector) async throws -> SourceConnection {
        let store = SourceConnectionStore(state: migration.state)
        if let existing = try await store.current(migrationID: migration.migrationID),
            existing.sourceKey == connector.sourceKey
        {
            return existing
        }
        return try await store.upsert(
            migrationID: migration.migrationID,
            request: SourceConnectionRequest(sourceKey: connector.sourceKey), connector: connector
        ).connection
    }
}

extension JSONValue {
    /// Converts any encodable value into a JSON value through the wire encoder.
    init(encoding value: some Encodable) throws {
        self = try VernJSON.decoder().decode(JSONValue.self, from: VernJSON.encoder().encode(value))
    }
}
