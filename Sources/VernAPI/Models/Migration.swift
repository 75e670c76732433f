import Foundation

/// A template as a migration or preview refers to it: its slug and display name.
public struct TemplateRef: Codable, Hashable, Sendable {
    public var slug: String
    public var name: String

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }
}

/// Where a migration is in its life. Only `awaiting_files` is documented; the local server's
/// other values are listed in the README.
public enum MigrationStatus: OpenEnum {
    case awaitingFiles, ready, running, blocked, awaitingApproval, executing, completed
    case unknown(String)

    public init(wireValue: String) {
        switch wireValue {
        case "awaiting_files": self = .awaitingFiles
        case "ready": self = .ready
        case "running": self = .running
        case "blocked": self = .blocked
        case "awaiting_approval": self = .awaitingApproval
        case "executing": self = .executing
        case "completed": self = .completed
        default: self = .unknown(wireValue)
        }
    }

    public var wireValue: String {
        switch self {
        case .awaitingFiles: "awaiting_files"
        case .ready: "ready"
        case .running: "running"
        case .blocked: "blocked"
        case .awaitingApproval: "awaiting_approval"
        case .executing: "executing"
        case .completed: "completed"
        case .unknown(let value): value
        }
    }
}

/// One customer's migration: a workbook with one sheet per template.
public struct Migration: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var source: String?
    public var status: MigrationStatus
    public var templates: [TemplateRef]
    /// Echoed back when the migration was created with one (not shown in the documented example).
    public var externalID: String?
    /// When the migration was created (a local-server extension).
    public var createdAt: Date?
    /// When its thread last changed (a local-server extension), for listing recent migrations.
    public var lastActivityAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, name, source, status, templates
        case externalID = "external_id"
        case createdAt = "created_at"
        case lastActivityAt = "last_activity_at"
    }

    public init(
        id: String, name: String, source: String?, status: MigrationStatus, templates: [TemplateRef],
        externalID: String? = nil, createdAt: Date? = nil, lastActivityAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.source = source
        self.status = status
        self.templates = templates
        self.externalID = externalID
        self.createdAt = createdAt
        self.lastActivityAt = lastActivityAt
    }
}

/// Body of `POST /migrations`.
public struct CreateMigrationRequest: Codable, Hashable, Sendable {
    public var name: String
    /// The source's display name, e.g. `Salesforce`; `nil` or empty for a sourceless migration.
    public var source: String?
    /// Makes creation idempotent: the same id with the same source returns the existing migration.
    public var externalID: String?
    /// Template slugs; every active template when `nil`.
    public var templates: [String]?

    enum CodingKeys: String, CodingKey {
        case name, source, templates
        case externalID = "external_id"
    }

    public init(name: String, source: String? = nil, externalID: String? = nil, templates: [String]? = nil) {
        self.name = name
        self.source = source
        self.externalID = externalID
        self.templates = templates
    }
}

/// `{ "migration": … }`, the response of `POST /migrations` and `GET /migrations/{id}`.
public struct MigrationEnvelope: Codable, Hashable, Sendable {
    public var migration: Migration

    public init(migration: Migration) { self.migration = migration }
}

/// `{ "migrations": […] }`, the response of `GET /migrations` (a local-server extension).
public struct MigrationList: Codable, Hashable, Sendable {
    public var migrations: [Migration]

    public init(migrations: [Migration]) { self.migrations = migrations }
}
