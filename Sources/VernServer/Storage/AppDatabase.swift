import Foundation
import VernAPI
import GRDB

/// The server's SQLite database: schema migrations and access to the connection.
///
/// The file is created `0600` before SQLite opens it, so its journal, WAL and shared-memory
/// files (which SQLite creates with the database's mode) are private too. Deleted content is
/// overwritten (`secure_delete`).
struct AppDatabase: Sendable {
    private let writer: any DatabaseWriter

    /// Opens (creating if needed) the database at `path`, or an in-memory one when `path` is nil.
    /// - Parameters:
    ///   - path: The database file, or `nil` for memory.
    ///   - cipher: Seals vault values that an older version stored in clear.
    init(path: String?, cipher: VaultCipher) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        if let path {
            try PrivateFiles.touch(URL(fileURLWithPath: path))
            writer = try DatabaseQueue(path: path, configuration: configuration)
        } else {
            writer = try DatabaseQueue(configuration: configuration)
        }
        try Self.migrator(cipher: cipher).migrate(writer)
    }

    /// Runs `body` in a read-only transaction.
    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        try await writer.read(body)
    }

    /// Runs `body` in a write transaction.
    func write<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        try await writer.write(body)
    }

    static func migrator(cipher: VaultCipher) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "account") { t in
                t.primaryKey("id", .text)
                t.column("apiKey", .text).notNull().unique()
            }
            try db.create(table: "migration") { t in
                t.primaryKey("id", .text)
                t.column("accountID", .text).notNull().indexed().references("account", onDelete: .cascade)
                t.column("name", .text).notNull()
                t.column("source", .text)
                t.column("externalID", .text)
                t.column("templatesJSON", .text).notNull()
                t.column("localAgent", .text)
                t.column("agentState", .blob)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "upload") { t in
                t.primaryKey("token", .text)
                t.column("migrationID", .text).notNull().indexed().references("migration", onDelete: .cascade)
                t.column("name", .text).notNull()
                t.column("storagePath", .text).notNull()
                t.column("contentType", .text)
                t.column("expiresAt", .datetime).notNull()
                t.column("usedAt", .datetime)
            }
            try db.create(table: "file") { t in
                t.primaryKey("id", .text)
                t.column("migrationID", .text).notNull().indexed().references("migration", onDelete: .cascade)
                t.column("name", .text).notNull()
                t.column("storagePath", .text).notNull()
                t.column("contentType", .text)
                t.column("size", .integer).notNull()
                t.column("uploadedAt", .datetime).notNull()
            }
            try db.create(table: "run") { t in
                t.primaryKey("id", .text)
                t.column("migrationID", .text).notNull().indexed().references("migration", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("status", .text).notNull().indexed()
                t.column("message", .text)
                t.column("input", .text)
                t.column("extractViaAPI", .boolean).notNull()
                t.column("questionsJSON", .text)
                t.column("blockedReason", .text)
                t.column("credentialRequestJSON", .text)
                t.column("reportJSON", .text)
                t.column("error", .text)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "preview") { t in
                t.primaryKey("migrationID", .text).references("migration", onDelete: .cascade)
                t.column("previewJSON", .text).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "threadEvent") { t in
                t.autoIncrementedPrimaryKey("sequence")
                t.column("migrationID", .text).notNull().indexed().references("migration", onDelete: .cascade)
                t.column("runID", .text)
                t.column("type", .text).notNull()
                t.column("dataJSON", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "sourceConnection") { t in
                t.primaryKey("id", .text)
                t.column("migrationID", .text).notNull().indexed().references("migration", onDelete: .cascade)
                t.column("sourceKey", .text).notNull()
                t.column("binding", .text).notNull()
                t.column("connectionJSON", .text).notNull()
            }
            try db.create(table: "vault") { t in
                t.column("connectionID", .text).notNull()
                t.column("migrationID", .text).notNull().indexed().references("migration", onDelete: .cascade)
                t.column("field", .text).notNull()
                t.column("value", .text).notNull()
                t.primaryKey(["connectionID", "field"])
            }
        }
        // Nothing secret in clear: API keys become digests, vault values are sealed.
        migrator.registerMigration("v2-secrets-at-rest") { db in
            try db.alter(table: "account") { t in t.rename(column: "apiKey", to: "apiKeyDigest") }
            for row in try Row.fetchAll(db, sql: "SELECT id, apiKeyDigest FROM account") {
                let key: String = row["apiKeyDigest"]
                try db.execute(
                    sql: "UPDATE account SET apiKeyDigest = ? WHERE id = ?", arguments: [APIKeyDigest.of(key), row["id"]])
            }
            for var record in try VaultRecord.fetchAll(db) {
                record.value = try cipher.seal(record.value, connectionID: record.connectionID, field: record.field)
                try record.update(db)
            }
        }
        return migrator
    }
}
