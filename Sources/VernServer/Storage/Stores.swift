import Foundation
import GRDB
import VernAPI
import VernAgentKit

/// Appends to and reads migrations' threads.
struct ThreadStore: Sendable {
    let state: ServerState

    /// Appends one event and wakes the migration's streams.
    func append(migrationID: String, runID: String?, type: ThreadEventType, data: JSONValue) async throws {
        let now = state.configuration.clock.now()
        let dataJSON = try StoredJSON.encode(data)
        try await state.database.write { db in
            var event = ThreadEventRecord(
                sequence: nil, migrationID: migrationID, runID: runID, type: type.wireValue, dataJSON: dataJSON,
                createdAt: now)
            try event.insert(db)
        }
        state.bus.publish(migrationID: migrationID)
    }

    /// Events after `after`, at the `include` level, oldest first, at most `limit`.
    func events(migrationID: String, after: Int?, include: ThreadInclude, limit: Int) async throws -> [ThreadEvent] {
        // Below `all`, only the known types of the level qualify (unknown types count as `all`).
        let shown = ThreadEventType.known.filter { $0.level <= include }.map(\.wireValue)
        return try await state.database.read { db in
            var request = ThreadEventRecord
                .filter(Column("migrationID") == migrationID && Column("sequence") > (after ?? 0))
            if include != .all { request = request.filter(shown.contains(Column("type"))) }
            return try request.order(Column("sequence")).limit(limit).fetchAll(db).map(\.wire)
        }
    }
}

/// The migration's source connection rows and vaulted secrets.
struct SourceConnectionStore: Sendable {
    let state: ServerState

    /// The migration's connection (the most recently written one when several exist).
    func current(migrationID: String, sourceKey: String? = nil, binding: String? = nil) async throws -> SourceConnection? {
        try await state.database.read { db in
            var request = SourceConnectionRecord.filter(Column("migrationID") == migrationID)
            if let sourceKey { request = request.filter(Column("sourceKey") == sourceKey) }
            if let binding { request = request.filter(Column("binding") == binding) }
            guard let record = try request.order(Column("rowid").desc).fetchOne(db) else { return nil }
            return try Self.wire(record, db)
        }
    }

    /// Creates or updates in place (same `source_key` and profile) the connection, vaulting any
    /// credentials. Returns the connection and whether it was created.
    func upsert(migrationID: String, request: SourceConnectionRequest, connector: Connector) async throws -> (
        connection: SourceConnection, created: Bool
    ) {
        let binding: String
        let profileID: String?
        switch request.profile {
        case .defaultProfile: (binding, profileID) = ("default", "default")
        case .workbook: (binding, profileID) = ("workbook", nil)
        case .profile(let id): (binding, profileID) = ("profile:\(id)", id)
        }
        return try await state.database.write { db in
            let existing = try SourceConnectionRecord
                .filter(Column("migrationID") == migrationID && Column("sourceKey") == request.sourceKey
                    && Column("binding") == binding)
                .fetchOne(db)
            var connection: SourceConnection
            if let existing {
                connection = try StoredJSON.decode(SourceConnection.self, existing.connectionJSON)
                if let config = request.config { connection.config = config }
                if let streams = request.selectedStreams { connection.selectedStreams = streams }
                if let streamState = request.streamState { connection.streamState = streamState }
            } else {
                connection = SourceConnection(
                    id: UUID().uuidString.lowercased(), profileID: profileID, sourceKey: request.sourceKey,
                    name: connector.name, category: connector.category, config: request.config ?? [:],
                    selectedStreams: request.selectedStreams, streamState: request.streamState ?? [:],
                    credsConfigured: false)
            }
            if let credentials = request.credentials, !credentials.isEmpty {
                try Self.vault(
                    credentials, connectionID: connection.id, migrationID: migrationID, cipher: state.cipher, db)
            }
            connection.credsConfigured = false
            try SourceConnectionRecord(
                id: connection.id, migrationID: migrationID, sourceKey: request.sourceKey, binding: binding,
                connectionJSON: try StoredJSON.encode(connection)
            ).save(db)
            return (try Self.wire(try SourceConnectionRecord.fetchOne(db, key: connection.id)!, db), existing == nil)
        }
    }

    /// Deletes the matching connection and its secrets; false when there was none.
    func delete(migrationID: String, sourceKey: String?, binding: String?) async throws -> Bool {
        try await state.database.write { db in
            var request = SourceConnectionRecord.filter(Column("migrationID") == migrationID)
            if let sourceKey { request = request.filter(Column("sourceKey") == sourceKey) }
            if let binding { request = request.filter(Column("binding") == binding) }
            let records = try request.fetchAll(db)
            for record in records {
                try Self.discardSecrets(connectionID: record.id, db)
                try record.delete(db)
            }
            return !records.isEmpty
        }
    }

    /// Seals and stores secrets, replacing earlier values of the same fields.
    static func vault(
        _ credentials: [String: String], connectionID: String, migrationID: String, cipher: VaultCipher, _ db: Database
    ) throws {
        for (field, value) in credentials {
            let sealed = try cipher.seal(value, connectionID: connectionID, field: field)
            try VaultRecord(connectionID: connectionID, migrationID: migrationID, field: field, value: sealed).save(db)
        }
    }

    /// The connection's secrets, opened.
    static func secrets(connectionID: String, cipher: VaultCipher, _ db: Database) throws -> [String: String] {
        var secrets: [String: String] = [:]
        for row in try VaultRecord.filter(Column("connectionID") == connectionID).fetchAll(db) {
            secrets[row.field] = try cipher.open(row.value, connectionID: connectionID, field: row.field)
        }
        return secrets
    }

    /// Deletes the connection's secrets (the connector rejected them).
    static func discardSecrets(connectionID: String, _ db: Database) throws {
        try VaultRecord.filter(Column("connectionID") == connectionID).deleteAll(db)
    }

    private static func wire(_ record: SourceConnectionRecord, _ db: Database) throws -> SourceConnection {
        var connection = try StoredJSON.decode(SourceConnection.self, record.connectionJSON)
        connection.credsConfigured = try VaultRecord.filter(Column("connectionID") == record.id).fetchCount(db) > 0
        return connection
    }
}

/// Migration lookups scoped to an account, and the derived migration status.
enum MigrationQueries {
    /// The account's migration, or a 404.
    static func owned(_ id: String, accountID: String, _ db: Database) throws -> MigrationRecord {
        guard let migration = try MigrationRecord.fetchOne(db, key: id), migration.accountID == accountID else {
            throw APIError.migrationNotFound
        }
        return migration
    }

    /// The migration as the API shows it, with a status derived from its files, runs and preview.
    static func wire(_ migration: MigrationRecord, _ db: Database) throws -> Migration {
        Migration(
            id: migration.id, name: migration.name, source: migration.source, status: try status(of: migration, db),
            templates: migration.templates.map { TemplateRef(slug: $0.effectiveSlug, name: $0.name) },
            externalID: migration.externalID, createdAt: migration.createdAt,
            lastActivityAt: try Date.fetchOne(
                db, sql: "SELECT MAX(createdAt) FROM threadEvent WHERE migrationID = ?", arguments: [migration.id]))
    }

    private static func status(of migration: MigrationRecord, _ db: Database) throws -> MigrationStatus {
        let runs = RunRecord.filter(Column("migrationID") == migration.id)
        if let inFlight = try runs.filter(RunRecord.inFlightStatuses.contains(Column("status"))).fetchOne(db) {
            if inFlight.runStatus == .blocked { return .blocked }
            return inFlight.runKind == .execute ? .executing : .running
        }
        if try runs.filter(Column("kind") == "execute" && Column("status") == "completed").fetchCount(db) > 0 {
            return .completed
        }
        if try PreviewRecord.fetchOne(db, key: migration.id) != nil { return .awaitingApproval }
        let files = try FileRecord.filter(Column("migrationID") == migration.id).fetchCount(db)
        let connections = try SourceConnectionRecord.filter(Column("migrationID") == migration.id).fetchCount(db)
        return files + connections > 0 ? .ready : .awaitingFiles
    }
}
