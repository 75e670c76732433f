import ArgumentParser
import Foundation
import VernAPI
import VernAgent
import VernServer

/// `vern serve`: runs the local Vern-compatible server in the foreground.
public struct ServeCommand: AsyncParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the local Vern-compatible Migration API server.",
        discussion: """
            Prints the base URL it listens on. Without --api-key it uses the key stored in the data \
            directory, creating one (mode 0600) on first start, and prints it.
            """
    )

    /// The host to bind.
    @Option(help: "The host to bind.")
    public var host = "127.0.0.1"

    /// The port to bind.
    @Option(help: "The port to bind (0 picks a free port).")
    public var port = 8080

    /// The data directory.
    @Option(help: "Where to keep the database and files (default: $XDG_STATE_HOME/vern/server).")
    public var data: String?

    /// Keep everything in memory.
    @Flag(help: "Keep everything in memory; nothing survives a restart.")
    public var memory = false

    /// The API key.
    @Option(name: .customLong("api-key"), help: "The API key to accept (default: the stored local key).")
    public var apiKey: String?

    /// Extra templates.
    @Option(help: "A JSON file of templates in the GET /templates shape.")
    public var templates: String?

    /// The rate limit.
    @Option(name: .customLong("rate-limit"), help: "Requests per minute per key per endpoint (0 turns it off).")
    public var rateLimit = 100

    /// The step length of the `slow` scripted behaviour (for benchmarks and demos).
    @Option(
        name: .customLong("slow-step-ms"),
        help: ArgumentHelp("How long each step of the slow local agent takes, in milliseconds.", visibility: .hidden))
    public var slowStepMilliseconds: Int?

    /// The local agent's variant.
    @Option(
        name: .customLong("agent-variant"),
        help: "Serve a variant of the local agent: reworded (same decisions, other prose, ids and timing) or regressed (one different decision).")
    public var agentVariant: String?

    /// Creates the command with its defaults.
    public init() {}

    /// Checks option combinations.
    public func validate() throws {
        if memory, data != nil { throw ValidationError("--data and --memory cannot be used together.") }
        if rateLimit < 0 { throw ValidationError("--rate-limit must be 0 or more.") }
        if let slowStepMilliseconds, slowStepMilliseconds < 0 { throw ValidationError("--slow-step-ms must be 0 or more.") }
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535.") }
        if let agentVariant, AgentVariant(rawValue: agentVariant) == nil {
            throw ValidationError("unknown --agent-variant \(agentVariant) (variants: \(AgentVariant.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    /// Runs the server until interrupted.
    public func run() async throws {
        var configuration = ServerConfiguration(host: host, port: port, agent: try AgentVariant.wrapping(LocalAgent(), named: agentVariant))
        configuration.dataDirectory =
            memory ? nil : data.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? ServerConfiguration.defaultDataDirectory
        configuration.apiKeys = apiKey.map { [$0] } ?? []
        configuration.rateLimit = rateLimit == 0 ? nil : rateLimit
        if let slowStepMilliseconds { configuration.slowStepDuration = .milliseconds(slowStepMilliseconds) }
        if let templates {
            let loaded = try ServerConfiguration.loadTemplates(from: URL(fileURLWithPath: templates))
            let slugs = Set(loaded.compactMap(\.slug))
            configuration.templates = configuration.templates.filter { !slugs.contains($0.effectiveSlug) } + loaded
        }
        let storage = configuration.dataDirectory?.path ?? "memory"
        try await LocalServer.run(configuration: configuration) { started in
            var lines = ["Listening on \(started.baseURL.absoluteString)", "Data: \(storage)"]
            if let file = started.apiKeyFile {
                lines.append("API key (\(started.apiKeyCreated ? "created in" : "from") \(file.path)): \(started.apiKey)")
            } else if started.apiKeyCreated {
                lines.append("API key (this process only): \(started.apiKey)")
            }
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}
