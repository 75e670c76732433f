import Foundation

/// A live-API source connection that the agent reads at run time. Never holds secrets.
public struct SourceConnection: Codable, Hashable, Sendable {
    public var id: String
    /// The profile the connection belongs to; `nil` when bound to the workbook.
    public var profileID: String?
    public var sourceKey: String
    public var name: String?
    public var category: String?
    public var config: [String: JSONValue]
    public var selectedStreams: [String]?
    public var streamState: [String: JSONValue]
    /// Whether credentials are stored in the vault.
    public var credsConfigured: Bool
    public var boundSourceExtractorID: String?
    public var lastSnapshot: JSONValue?
    public var lastSyncAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, name, category, config
        case profileID = "profile_id"
        case sourceKey = "source_key"
        case selectedStreams = "selected_streams"
        case streamState = "stream_state"
        case credsConfigured = "creds_configured"
        case boundSourceExtractorID = "bound_source_extractor_id"
        case lastSnapshot = "last_snapshot"
        case lastSyncAt = "last_sync_at"
    }

    public init(
        id: String, profileID: String?, sourceKey: String, name: String?, category: String?,
        config: [String: JSONValue], selectedStreams: [String]?, streamState: [String: JSONValue],
        credsConfigured: Bool, boundSourceExtractorID: String? = nil, lastSnapshot: JSONValue? = nil,
        lastSyncAt: Date? = nil
    ) {
        self.id = id
        self.profileID = profileID
        self.sourceKey = sourceKey
        self.name = name
        self.category = category
        self.config = config
        self.selectedStreams = selectedStreams
        self.streamState = streamState
        self.credsConfigured = credsConfigured
        self.boundSourceExtractorID = boundSourceExtractorID
        self.lastSnapshot = lastSnapshot
        self.lastSyncAt = lastSyncAt
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        profileID = try container.decodeIfPresent(String.self, forKey: .profileID)
        sourceKey = try container.decode(String.self, forKey: .sourceKey)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        category = try container.decodeIfPresent(String.self, forKey: .category)
        config = try container.decodeIfPresent([String: JSONValue].self, forKey: .config) ?? [:]
        selectedStreams = try container.decodeIfPresent([String].self, forKey: .selectedStreams)
        streamState = try container.decodeIfPresent([String: JSONValue].self, forKey: .streamState) ?? [:]
        credsConfigured = try container.decodeIfPresent(Bool.self, forKey: .credsConfigured) ?? false
        boundSourceExtractorID = try container.decodeIfPresent(String.self, forKey: .boundSourceExtractorID)
        lastSnapshot = try container.decodeIfPresent(JSONValue.self, forKey: .lastSnapshot)
        lastSyncAt = try container.decodeIfPresent(Date.self, forKey: .lastSyncAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(profileID, forKey: .profileID)
        try container.encode(sourceKey, forKey: .sourceKey)
        try container.encode(name, forKey: .name)
        try container.encode(category, forKey: .category)
        try container.encode(config, forKey: .config)
        try container.encode(selectedStreams, forKey: .selectedStreams)
        try container.encode(streamState, forKey: .streamState)
        try container.encode(credsConfigured, forKey: .credsConfigured)
        try container.encode(boundSourceExtractorID, forKey: .boundSourceExtractorID)
        try container.encode(lastSnapshot, forKey: .lastSnapshot)
        try container.encode(lastSyncAt, forKey: .lastSyncAt)
    }
}

/// Which profile a source connection binds to.
public enum ProfileBinding: Hashable, Sendable {
    /// The request's default profile (`profile_id` omitted).
    case defaultProfile
    /// The workbook itself (`profile_id: null`).
    case workbook
    /// A named profile.
    case profile(String)
}

/// Body of `POST /migrations/{id}/source-connection`. `credentials` are secrets: the type's
/// descriptions redact them.
public struct SourceConnectionRequest: Codable, Hashable, Sendable, CustomStringConvertible {
    public var sourceKey: String
    public var profile: ProfileBinding
    public var config: [String: JSONValue]?
    public var selectedStreams: [String]?
    public var streamState: [String: JSONValue]?
    public var credentials: [String: String]?

    enum CodingKeys: String, CodingKey {
        case config, credentials
        case sourceKey = "source_key"
        case profileID = "profile_id"
        case selectedStreams = "selected_streams"
        case streamState = "stream_state"
    }

    public init(
        sourceKey: String, profile: ProfileBinding = .defaultProfile, config: [String: JSONValue]? = nil,
        selectedStreams: [String]? = nil, streamState: [String: JSONValue]? = nil,
        credentials: [String: String]? = nil
    ) {
        self.sourceKey = sourceKey
        self.profile = profile
        self.config = config
        self.selectedStreams = selectedStreams
        self.streamState = streamState
        self.credentials = credentials
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sourceKey = try container.decode(String.self, forKey: .sourceKey)
        if !container.contains(.profileID) {
            profile = .defaultProfile
        } else if let id = try container.decodeIfPresent(String.self, forKey: .profileID) {
            profile = .profile(id)
        } else {
            profile = .workbook
        }
        config = try container.decodeIfPresent([String: JSONValue].self, forKey: .config)
        selectedStreams = try container.decodeIfPresent([String].self, forKey: .selectedStreams)
        streamState = try container.decodeIfPresent([String: JSONValue].self, forKey: .streamState)
        credentials = try container.decodeIfPresent([String: String].self, forKey: .credentials)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sourceKey, forKey: .sourceKey)
        switch profile {
        case .defaultProfile: break
        case .workbook: try container.encodeNil(forKey: .profileID)
        case .profile(let id): try container.encode(id, forKey: .profileID)
        }
        try container.encodeIfPresent(config, forKey: .config)
        try container.encodeIfPresent(selectedStreams, forKey: .selectedStreams)
        try container.encodeIfPresent(streamState, forKey: .streamState)
        try container.encodeIfPresent(credentials, forKey: .credentials)
    }

    public var description: String {
        let secrets = credentials.map { " credentials: [\($0.keys.sorted().map { "\($0): <redacted>" }.joined(separator: ", "))]" } ?? ""
        return "SourceConnectionRequest(source_key: \(sourceKey)\(secrets))"
    }
}

/// `{ "source_connection": … }`.
public struct SourceConnectionEnvelope: Codable, Hashable, Sendable {
    public var sourceConnection: SourceConnection

    enum CodingKeys: String, CodingKey {
        case sourceConnection = "source_connection"
    }

    public init(sourceConnection: SourceConnection) { self.sourceConnection = sourceConnection }
}

/// Response of `DELETE /migrations/{id}/source-connection`.
public struct DeletedResponse: Codable, Hashable, Sendable {
    public var deleted: Bool

    public init(deleted: Bool = true) { self.deleted = deleted }
}
