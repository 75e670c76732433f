import Foundation
import Logging
import VernAPI
import VernAgentKit

/// Everything that shapes one local server: where it listens and stores, who may call it,
/// which templates and agent it offers, and the knobs tests turn.
public struct ServerConfiguration: Sendable {
    /// The host to bind, e.g. `127.0.0.1`.
    public var host: String
    /// The port to bind; `0` picks a free ephemeral port.
    public var port: Int
    /// The scheme and authority clients reach the server at (e.g. `https://vern.example.com`),
    /// which signed upload URLs and poll URLs start with; `nil` uses the bound address. Never
    /// taken from a request's `Host` header.
    public var publicURL: URL?
    /// How long a connection may send nothing (no request head, no body bytes) before it is
    /// closed: both the header timeout and the keep-alive idle timeout. A response being
    /// streamed (the thread stream) does not count as idle.
    public var connectionIdleTimeout: Duration = .seconds(30)
    /// Where the database and file bytes live; `nil` keeps everything in memory.
    public var dataDirectory: URL?
    /// The API keys; each key is its own account. When empty, ``LocalServer/start(configuration:)``
    /// creates one (stored in the data directory, mode 0600) and reports it.
    public var apiKeys: [String]
    /// The templates every account sees, in order. Defaults to the built-in `contacts` template.
    public var templates: [Template]
    /// The agent behind the runs.
    public var agent: any Agent
    /// A scripted behaviour applied to every migration that does not pick its own with `local_agent`.
    public var scriptedBehaviour: ScriptedBehaviour?
    /// Requests per minute per key per endpoint; `nil` turns rate limiting off.
    public var rateLimit: Int?
    /// The sliding window ``rateLimit`` counts requests in, in seconds (60 unless a test or a
    /// recorded demo shortens it).
    public var rateLimitWindow: TimeInterval = 60
    /// The time source for rate limits, upload URL expiry and timestamps.
    public var clock: any ServerClock
    /// How long a minted upload URL stays valid.
    public var uploadURLLifetime: TimeInterval
    /// The largest upload a signed URL accepts, in bytes.
    public var maxUploadSize: Int
    /// How often the thread stream sends a comment heartbeat.
    public var heartbeatInterval: Duration
    /// How long each step of the `slow` scripted behaviour takes.
    public var slowStepDuration: Duration
    /// Where the server logs. Secrets never reach it.
    public var logger: Logger
    /// Where memory mode (no ``dataDirectory``) keeps upload bytes and work files: a private
    /// directory is made inside it per server, removed at shutdown and swept at the next start.
    public var temporaryDirectory: URL = FileManager.default.temporaryDirectory

    /// Creates a configuration; every parameter but `agent` has the default `vern serve` uses.
    /// - Parameters:
    ///   - host: The host to bind.
    ///   - port: The port to bind; `0` for an ephemeral port.
    ///   - dataDirectory: Where to persist; `nil` for memory only.
    ///   - apiKeys: Accepted API keys, one account each; empty to create one.
    ///   - templates: The templates offered.
    ///   - agent: The agent behind the runs (`vern serve` uses `VernAgent.LocalAgent`).
    ///   - scriptedBehaviour: A behaviour forced on every migration, for tests and demos.
    ///   - rateLimit: Requests per minute per key per endpoint, or `nil` for none.
    ///   - clock: The time source.
    ///   - uploadURLLifetime: Seconds a signed upload URL stays valid.
    ///   - maxUploadSize: The upload size limit in bytes.
    ///   - heartbeatInterval: The SSE heartbeat period.
    ///   - slowStepDuration: The step length of the `slow` behaviour.
    ///   - logger: The server's logger.
    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        dataDirectory: URL? = nil,
        apiKeys: [String] = [],
        templates: [Template] = BuiltInTemplates.all,
        agent: any Agent,
        scriptedBehaviour: ScriptedBehaviour? = nil,
        rateLimit: Int? = 100,
        clock: any ServerClock = SystemClock(),
        uploadURLLifetime: TimeInterval = 3600,
        maxUploadSize: Int = 256 << 20,
        heartbeatInterval: Duration = .seconds(15),
        slowStepDuration: Duration = .milliseconds(250),
        logger: Logger = Logger(label: "vern.server")
    ) {
        self.host = host
        self.port = port
        self.publicURL = nil
        self.dataDirectory = dataDirectory
        self.apiKeys = apiKeys
        self.templates = templates
        self.agent = agent
        self.scriptedBehaviour = scriptedBehaviour
        self.rateLimit = rateLimit
        self.clock = clock
        self.uploadURLLifetime = uploadURLLifetime
        self.maxUploadSize = maxUploadSize
        self.heartbeatInterval = heartbeatInterval
        self.slowStepDuration = slowStepDuration
        self.logger = logger
    }

    /// The default data directory: `$XDG_STATE_HOME/vern/server`, else `~/.local/state/vern/server`.
    public static var defaultDataDirectory: URL {
        let environment = ProcessInfo.processInfo.environment
        let state: URL
        if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty {
            state = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            state = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/state")
        }
        return state.appendingPathComponent("vern/server", isDirectory: true)
    }

    /// Loads templates from a JSON file in the `GET /templates` shape (`{ "templates": [...] }`).
    /// - Parameter file: The file to read.
    /// - Returns: The templates, each with a slug (derived from its name when the file has none).
    /// - Throws: When the file cannot be read or decoded.
    public static func loadTemplates(from file: URL) throws -> [Template] {
        let list = try VernJSON.decoder().decode(TemplateList.self, from: Data(contentsOf: file))
        return list.templates.map { template in
            var template = template
            template.slug = template.effectiveSlug
            return template
        }
    }
}
