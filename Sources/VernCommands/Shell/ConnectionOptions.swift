import ArgumentParser
import Foundation
import Logging
import VernAgent
import VernClient
import VernServer
import VernShell

/// Which server the shell talks to: the real service (with an API key) or the local server
/// embedded in the process (the default when no key is configured).
struct ConnectionOptions: ParsableArguments {
    @Option(name: .customLong("api-url"), help: "The API base URL (default: $VERN_API_URL, else https://app.vern.so/api/v1).")
    var apiURL: String?

    @Option(name: .customLong("api-key-file"), help: "Read the API key from this file (default: $VERN_API_KEY).")
    var apiKeyFile: String?

    @Flag(help: "Use the embedded local server even when an API key is configured.")
    var local = false

    @Option(name: .customLong("data"), help: "The embedded server's data directory (default: $XDG_STATE_HOME/vern/embedded).")
    var dataDirectory: String?

    @Flag(help: "Keep the embedded server's data in memory only.")
    var memory = false

    @Option(
        name: .customLong("local-agent"),
        help: ArgumentHelp("Make the embedded agent block on a question or credentials, fail, or run slowly (for demos and tests).", visibility: .hidden))
    var localAgent: ScriptedBehaviour?

    @Option(
        name: .customLong("rate-limit"),
        help: ArgumentHelp("Limit the embedded server to N requests per endpoint per --rate-limit-window (for demos and tests).", visibility: .hidden))
    var rateLimit: Int?

    @Option(
        name: .customLong("rate-limit-window"),
        help: ArgumentHelp("The embedded server's rate-limit window in seconds (default 60).", visibility: .hidden))
    var rateLimitWindow: Double?

    @Option(
        name: .customLong("slow-step-ms"),
        help: ArgumentHelp("How long each step of the embedded slow agent takes, in milliseconds.", visibility: .hidden))
    var slowStepMilliseconds: Int?

    func validate() throws {
        if memory && dataDirectory != nil { throw ValidationError("--data and --memory exclude each other") }
        if let slowStepMilliseconds, slowStepMilliseconds < 0 { throw ValidationError("--slow-step-ms must be 0 or more") }
    }
}

/// A server the shell is connected to.
struct Connection {
    /// Where the API is.
    var baseURL: URL
    var apiKey: String
    /// The embedded server, when the shell started one.
    var embedded: RunningServer?
    /// Where the embedded server keeps its data (`nil` in memory).
    var dataDirectory: URL?

    var isOffline: Bool { embedded != nil }

    /// Connects as `options` and the environment say: remote with a key, else embedded.
    static func open(
        _ options: ConnectionOptions, configuration: UserConfiguration, environment: [String: String]
    ) async throws -> Connection {
        let key = try apiKey(options, environment: environment)
        if let key, !options.local {
            let url = options.apiURL ?? environment["VERN_API_URL"] ?? configuration.apiURL
                ?? VernClient.Configuration.defaultBaseURL.absoluteString
            guard let baseURL = URL(string: url), baseURL.scheme == "http" || baseURL.scheme == "https" else {
                throw ShellStartupError("\(url) is not an http(s) URL")
            }
            return Connection(baseURL: baseURL, apiKey: key, embedded: nil, dataDirectory: nil)
        }
        if options.apiURL != nil && !options.local {
            throw ShellStartupError("--api-url needs an API key: set VERN_API_KEY or pass --api-key-file")
        }
        let directory: URL? =
            options.memory
            ? nil
            : options.dataDirectory.map { URL(fileURLWithPath: HomePath.expand($0, environment: environment)) }
                ?? StatePaths.root(environment: environment).appendingPathComponent("embedded")
        var logger = Logger(label: "vern.embedded-server")
        logger.logLevel = .error
        var serverConfiguration = ServerConfiguration(
            port: 0, dataDirectory: directory, agent: LocalAgent(), scriptedBehaviour: options.localAgent, logger: logger)
        if let limit = options.rateLimit { serverConfiguration.rateLimit = limit }
        if let window = options.rateLimitWindow { serverConfiguration.rateLimitWindow = window }
        if let step = options.slowStepMilliseconds { serverConfiguration.slowStepDuration = .milliseconds(step) }
        let server = try await LocalServer.start(configuration: serverConfiguration)
        return Connection(baseURL: server.baseURL, apiKey: server.apiKey, embedded: server, dataDirectory: directory)
    }

    private static func apiKey(_ options: ConnectionOptions, environment: [String: String]) throws -> String? {
        if let file = options.apiKeyFile {
            guard let text = try? String(contentsOfFile: HomePath.expand(file, environment: environment), encoding: .utf8),
                case let key = text.trimmingCharacters(in: .whitespacesAndNewlines), !key.isEmpty
            else { throw ShellStartupError("cannot read an API key from \(file)") }
            return key
        }
        return environment["VERN_API_KEY"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Stops the embedded server, if any.
    func close() async {
        await embedded?.stop()
    }
}

extension ScriptedBehaviour: ExpressibleByArgument {}
