import Foundation
import GRDB
import VernAPI

/// One API key and the account it opens; only the key's digest is stored.
struct AccountRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "account"
    var id: String
    /// ``APIKeyDigest/of(_:)`` of the key.
    var apiKeyDigest: String
}

/// A migration row. `templatesJSON` snapshots the templates at creation time.
struct MigrationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "migration"
    var id: String
    var accountID: String
    var name: String
    var source: String?
    var externalID: String?
    var templatesJSON: String
    /// The scripted behaviour picked with the `local_agent` extension field.
    var localAgent: String?
    /// The agent's opaque per-migration state.
    var agentState: Data?
    var createdAt: Date

    var templates: [Template] { (try? StoredJSON.decode([Template].self, templatesJSON)) ?? [] }
}

/// A minted upload URL; `usedAt` makes it single-use.
struct UploadRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "upload"
    var token: String
    var migrationID: String
    var name: String
    var storagePath: String
    var contentType: String?
    var expiresAt: Date
    var usedAt: Date?
}

/// A file whose bytes arrived; the bytes live in the blob store under `id`.
struct FileRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "file"
    var id: String
    var migrationID: String
    var name: String
    var storagePath: String
    var contentType: String?
    var size: Int
    var uploadedAt: Date

    var wire: UploadedFile {
        UploadedFile(name: name, storagePath: storagePath, contentType: contentType, size: size, uploadedAt: uploadedAt)
    }
}

/// A run row; JSON columns hold the status-dependent fields.
struct RunRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "run"
    var id: String
    var migrationID: String
    var kind: String
    var status: String
    var message: String?
    /// The update instruction or clarify question.
    var input: String?
    var extractViaAPI: Bool
    var questionsJSON: String?
    var blockedReason: String?
    var credentialRequestJSON: String?
    var reportJSON: String?
    var error: String?
    var createdAt: Date

    var runStatus: RunStatus { RunStatus(wireValue: status) }
    var runKind: RunKind { RunKind(wireValue: kind) }

    /// The run as the poll endpoint shows it: only the fields its status carries.
    var wire: Run {
        let status = runStatus
        var run = Run(runID: id, status: status, createdAt: createdAt, kind: runKind)
        switch status {
        case .queued, .running:
            run.message = message
        case .blocked:
            run.blockedReason = blockedReason.map(BlockedReason.init(wireValue:))
            run.questions = questionsJSON.flatMap { try? StoredJSON.decode([Question].self, $0) }
            run.credentialRequest = credentialRequestJSON.flatMap {
                try? StoredJSON.decode(CredentialRequest.self, $0)
            }
        case .completed:
            run.report = reportJSON.flatMap { try? StoredJSON.decode(RunReport.self, $0) }
        case .failed:
            run.error = error
        default:
            break
        }
        return run
    }

    /// Statuses that hold the migration's single run slot.
    static let inFlightStatuses = ["queued", "running", "blocked"]
}

/// The current preview of a migration.
struct PreviewRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "preview"
    var migrationID: String
    var previewJSON: String
    var updatedAt: Date
}

/// One thread event; `sequence` is global, so it increases across runs.
struct ThreadEventRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "threadEvent"
    var sequence: Int64?
    var migrationID: String
    var runID: String?
    var type: String
    var dataJSON: String
    var createdAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) {
        sequence = inserted.rowID
    }

    var wire: ThreadEvent {
        ThreadEvent(
            sequence: Int(sequence ?? 0), type: ThreadEventType(wireValue: type),
            data: (try? StoredJSON.decode(JSONValue.self, dataJSON)) ?? .null, createdAt: createdAt, runID: runID)
    }
}

/// A source connection row; the wire object (never holding secrets) is stored as JSON.
struct SourceConnectionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sourceConnection"
    var id: String
    var migrationID: String
    var sourceKey: String
    /// `default`, `workbook` or `profile:<id>`.
    var binding: String
    var connectionJSON: String
}

/// One secret field of one connection, sealed with the ``VaultCipher``. Only the vault
/// accessor and the credential checks read it.
struct VaultRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "vault"
    var connectionID: String
    var migrationID: String
    var field: String
    /// The sealed value (base64 of AES-GCM nonce, ciphertext and tag).
    var value: String
}

/// JSON text columns, written with the wire coders.
enum StoredJSON {
    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try VernJSON.encoder().encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try VernJSON.decoder().decode(T.self, from: Data(text.utf8))
    }
}
