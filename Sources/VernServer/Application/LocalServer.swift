import Foundation
import VernAPI
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals
import Synchronization

/// Starts the local server: embedded in-process (``start(configuration:)``) or in the
/// foreground until a signal (``run(configuration:onStart:)``, used by `vern serve`).
public enum LocalServer {
    /// What a started server tells its caller.
    public struct Started: Sendable {
        /// The API's base URL, e.g. `http://127.0.0.1:8080/api/v1`.
        public var baseURL: URL
        /// The bound port.
        public var port: Int
        /// The API key that opens the local account.
        public var apiKey: String
        /// Where the key came from when the caller gave none: the file it was read from or
        /// created in (`nil` when given, or created in memory).
        public var apiKeyFile: URL?
        /// Whether the key was created by this start.
        public var apiKeyCreated: Bool
    }

    /// Starts the server in-process and returns once it listens.
    /// - Parameter configuration: The configuration; `port: 0` picks an ephemeral port.
    /// - Returns: The running server; call ``RunningServer/stop()`` to shut it down.
    /// - Throws: When storage cannot be opened or the address cannot be bound.
    public static func start(configuration: ServerConfiguration) async throws -> RunningServer {
        let (configuration, key) = try resolveAPIKeys(configuration)
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let (application, state) = try await buildServer(configuration: configuration) { port in
            portContinuation.yield(port)
            portContinuation.finish()
        }
        let group = ServiceGroup(
            configuration: .init(services: [application], gracefulShutdownSignals: [], logger: configuration.logger))
        let failure = Mutex<(any Error)?>(nil)
        let task = Task {
            do {
                try await group.run()
            } catch {
                failure.withLock { $0 = error }
            }
            portContinuation.finish()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            await state.shutDown()
            throw failure.withLock { $0 } ?? CancellationError()
        }
        let started = Started(
            baseURL: baseURL(host: configuration.host, port: port), port: port, apiKey: key.key,
            apiKeyFile: key.file, apiKeyCreated: key.created)
        return RunningServer(started: started, state: state, group: group, task: task)
    }

    /// Runs the server until SIGINT or SIGTERM.
    /// - Parameters:
    ///   - configuration: The configuration.
    ///   - onStart: Called once the server listens.
    /// - Throws: When storage cannot be opened or the address cannot be bound.
    public static func run(configuration: ServerConfiguration, onStart: @escaping @Sendable (Started) -> Void) async throws {
        let (configuration, key) = try resolveAPIKeys(configuration)
        let host = configuration.host
        let (application, state) = try await buildServer(configuration: configuration) { port in
            onStart(
                Started(
                    baseURL: baseURL(host: host, port: port), port: port, apiKey: key.key, apiKeyFile: key.file,
                    apiKeyCreated: key.created))
        }
        // Services shut down in reverse order: thread streams end before the HTTP server drains.
        let group = ServiceGroup(
            configuration: .init(
                services: [application, ServerShutdownService(state: state)],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: configuration.logger))
        try await group.run()
    }

    /// Fills in the API key when the configuration has none: read from `api-key` in the data
    /// directory, or created there (mode 0600); in memory, a fresh key per process.
    /// - Parameter configuration: The configuration.
    /// - Returns: The configuration with at least one key, and the key the caller should use.
    /// - Throws: When the key file cannot be read or written.
    public static func resolveAPIKeys(_ configuration: ServerConfiguration) throws -> (
        ServerConfiguration, key: (key: String, file: URL?, created: Bool)
    ) {
        if let first = configuration.apiKeys.first { return (configuration, (first, nil, false)) }
        var configuration = configuration
        guard let directory = configuration.dataDirectory else {
            let key = makeAPIKey()
            configuration.apiKeys = [key]
            return (configuration, (key, nil, true))
        }
        let file = directory.appendingPathComponent("api-key")
        if let text = try? String(contentsOf: file, encoding: .utf8) {
            let key = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !key.isEmpty {
                configuration.apiKeys = [key]
                return (configuration, (key, file, false))
            }
        }
        try PrivateFiles.directory(directory)
        let key = makeAPIKey()
        try PrivateFiles.write(Data((key + "\n").utf8), to: file)
        configuration.apiKeys = [key]
        return (configuration, (key, file, true))
    }

    private static func makeAPIKey() -> String {
        "vern_local_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    private static func baseURL(host: String, port: Int) -> URL {
        URL(string: ServerOrigin.httpOrigin(host: host, port: port) + "/api/v1")!
    }
}

/// A server started with ``LocalServer/start(configuration:)``.
public final class RunningServer: Sendable {
    /// Where it listens and the key that opens it.
    public let started: LocalServer.Started
    private let state: ServerState
    private let group: ServiceGroup
    private let task: Task<Void, Never>

    init(started: LocalServer.Started, state: ServerState, group: ServiceGroup, task: Task<Void, Never>) {
        self.started = started
        self.state = state
        self.group = group
        self.task = task
    }

    /// The API's base URL, e.g. `http://127.0.0.1:54321/api/v1`.
    public var baseURL: URL { started.baseURL }
    /// The API key for the local account.
    public var apiKey: String { started.apiKey }

    /// Ends thread streams, stops runs (they are failed on the next start) and shuts the server down.
    public func stop() async {
        await state.shutDown()
        await group.triggerGracefulShutdown()
        await task.value
    }
}
