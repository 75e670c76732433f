import Foundation
import Logging
import VernAPI

/// Where a migration's files, agent state, connection and secrets live: implemented by the host
/// that runs the agent (the local server's storage, or memory in tests and benchmarks).
public protocol MigrationStore: Sendable {
    /// The uploaded files, oldest first.
    func files() async throws -> [AgentFile]
    /// The bytes of one of ``files()``.
    func contents(of file: AgentFile) async throws -> Data
    /// The agent's opaque state, or `nil` before the first save.
    func loadState() async throws -> Data?
    /// Replaces the agent's state.
    func saveState(_ data: Data) async throws
    /// The source connection, when one exists (never holding secrets).
    func sourceConnection() async throws -> SourceConnection?
    /// The vault's secrets of one connection: field name to value.
    func vaultSecrets(connectionID: String) async throws -> [String: String]
    /// A private directory (mode 0700) for the agent's files about this migration, created on
    /// first use.
    func workDirectory() throws -> URL
}

/// What a run reports and waits for: implemented by the host that runs the agent.
public protocol RunChannel: Sendable {
    /// Sets the run's progress message and writes a `status` event.
    func progress(_ message: String) async throws
    /// Writes one event to the thread.
    func emit(_ type: ThreadEventType, data: JSONValue) async throws
    /// Blocks the run on questions until they are answered.
    func ask(_ questions: [Question]) async throws -> AnswerRequest.Answers
    /// Blocks the run on a credential form until credentials are submitted.
    func requestCredentials(_ request: CredentialRequest) async throws
    /// The migration's connection for `connector`, created (without credentials) if missing.
    func connectSource(_ connector: Connector) async throws -> SourceConnection
}

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
    /// Where the migration's data lives.
    public let store: any MigrationStore

    /// Creates a migration context.
    /// - Parameters:
    ///   - migrationID: The migration's id.
    ///   - name: Display name.
    ///   - source: The source label.
    ///   - templates: The templates, in order.
    ///   - logger: The agent's logger.
    ///   - store: Where the migration's data lives.
    public init(
        migrationID: String, name: String, source: String?, templates: [Template], logger: Logger, store: any MigrationStore
    ) {
        self.migrationID = migrationID
        self.name = name
        self.source = source
        self.templates = templates
        self.logger = logger
        self.store = store
    }

    /// The uploaded files, oldest first.
    /// - Returns: The files whose bytes have arrived.
    /// - Throws: A storage error.
    public func files() async throws -> [AgentFile] { try await store.files() }

    /// The bytes of an uploaded file.
    /// - Parameter file: One of ``files()``.
    /// - Returns: The file's bytes.
    /// - Throws: A storage error.
    public func contents(of file: AgentFile) async throws -> Data { try await store.contents(of: file) }

    /// A private directory (mode 0700) for the agent's files about this migration, e.g. the
    /// rows an execute wrote, kept as long as the host's storage.
    /// - Returns: The directory, created on first use.
    /// - Throws: A storage error.
    public func workDirectory() throws -> URL { try store.workDirectory() }

    /// The agent's opaque per-migration state (e.g. a JSON recipe and its history).
    /// - Returns: What ``saveState(_:)`` last stored, or `nil`.
    /// - Throws: A storage error.
    public func loadState() async throws -> Data? { try await store.loadState() }

    /// Replaces the agent's per-migration state; it survives restarts.
    /// - Parameter data: The new state.
    /// - Throws: A storage error.
    public func saveState(_ data: Data) async throws { try await store.saveState(data) }

    /// The migration's source connection, when one exists.
    /// - Returns: The connection (never holding secrets).
    /// - Throws: A storage error.
    public func sourceConnection() async throws -> SourceConnection? { try await store.sourceConnection() }

    /// Reads secrets from the vault. This is the only way an agent sees credential values; never
    /// write them to a progress message, the thread, a preview, a report or a log.
    /// - Parameter connectionID: The connection the credentials belong to.
    /// - Returns: Field name to value; empty when none are stored.
    /// - Throws: A storage error.
    public func vaultSecrets(connectionID: String) async throws -> [String: String] {
        try await store.vaultSecrets(connectionID: connectionID)
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
    public let migration: MigrationContext
    /// Where progress, events, questions and credential requests go.
    public let channel: any RunChannel

    /// Creates a run context.
    /// - Parameters:
    ///   - runID: The run's id.
    ///   - kind: What the run does.
    ///   - message: The instruction or question.
    ///   - extractViaAPI: Whether generate extracts from the source connection.
    ///   - migration: The migration.
    ///   - channel: Where the run reports and waits.
    public init(
        runID: String, kind: RunKind, message: String?, extractViaAPI: Bool, migration: MigrationContext,
        channel: any RunChannel
    ) {
        self.runID = runID
        self.kind = kind
        self.message = message
        self.extractViaAPI = extractViaAPI
        self.migration = migration
        self.channel = channel
    }

    /// Reports progress: sets the run's `message` and writes a `status` event.
    /// - Parameter message: A short, human-readable step, e.g. `Reading your files`.
    /// - Throws: `CancellationError` when the run was canceled.
    public func progress(_ message: String) async throws {
        try Task.checkCancellation()
        try await channel.progress(message)
    }

    /// Writes one event to the migration's thread.
    /// - Parameters:
    ///   - type: The event type; its ``ThreadEventType/level`` decides which `include` shows it.
    ///   - data: The payload, passed through unchanged.
    /// - Throws: `CancellationError` when the run was canceled.
    public func emit(_ type: ThreadEventType, data: JSONValue) async throws {
        try Task.checkCancellation()
        try await channel.emit(type, data: data)
    }

    /// Blocks the run on questions and waits for the answers.
    /// - Parameter questions: The questions (ids stable, echoed in the answers).
    /// - Returns: The caller's answers.
    /// - Throws: `CancellationError` when the run is canceled while waiting.
    public func ask(_ questions: [Question]) async throws -> AnswerRequest.Answers {
        try Task.checkCancellation()
        return try await channel.ask(questions)
    }

    /// Blocks the run until the caller submits credentials. The values go to the vault; read them
    /// with ``MigrationContext/vaultSecrets(connectionID:)``. To reject wrong credentials, call
    /// this again (with a `reason` saying so): the vault's values for the connection are deleted
    /// and the run blocks again.
    /// - Parameter request: The form to show; `connectionID` must name the migration's connection
    ///   (see ``connectSource(_:)``).
    /// - Throws: `CancellationError` when the run is canceled while waiting.
    public func requestCredentials(_ request: CredentialRequest) async throws {
        try Task.checkCancellation()
        try await channel.requestCredentials(request)
    }

    /// The migration's connection for `connector`, created (without credentials) if missing.
    /// - Parameter connector: The connector to connect.
    /// - Returns: The connection; its `id` is the `connection_id` of credential requests.
    /// - Throws: A storage error.
    public func connectSource(_ connector: Connector) async throws -> SourceConnection {
        try await channel.connectSource(connector)
    }
}
