import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Builds the local server's application: the same function backs `vern serve`, the embedded
/// server and the tests.
/// - Parameters:
///   - configuration: The configuration; `apiKeys` should not be empty (see
///     ``LocalServer/resolveAPIKeys(_:)``), or no request can authenticate.
///   - onServerRunning: Called with the bound port once the server listens.
/// - Returns: The application, ready for `runService()` or `test(_:)`.
/// - Throws: When storage cannot be opened.
public func buildApplication(
    configuration: ServerConfiguration, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    try await buildServer(configuration: configuration, onServerRunning: onServerRunning).application
}

/// The application and the state behind it, for callers that manage shutdown themselves.
func buildServer(
    configuration: ServerConfiguration, onServerRunning: @escaping @Sendable (Int) async -> Void
) async throws -> (application: Application<RouterResponder<AppRequestContext>>, state: ServerState) {
    let state = try await ServerState.open(configuration: configuration)
    let router = buildRouter(state: state)
    let idleTimeout = TimeAmount(configuration.connectionIdleTimeout)
    let application = Application(
        router: router,
        server: .http1(configuration: .init(idleTimeout: idleTimeout)),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "vern"),
        services: [ServerShutdownService(state: state)],
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? 0
            state.origin.bound(port: port)
            await onServerRunning(port)
        },
        logger: configuration.logger
    )
    return (application, state)
}

/// Registers every route: the API under `/api/v1` (API key, then rate limit), the storage route
/// for signed uploads, and the OpenAPI document.
func buildRouter(state: ServerState) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    let routeTable = RouteTable()
    router.add(middleware: ErrorEnvelopeMiddleware(routes: routeTable, logger: state.configuration.logger))
    let api = router.group("api/v1").add(middleware: APIKeyMiddleware(accounts: state.accounts))
    if let limit = state.configuration.rateLimit {
        api.add(middleware: RateLimitMiddleware(limiter: RateLimiter(limit: limit, window: state.configuration.rateLimitWindow, clock: state.configuration.clock)))
    }
    MigrationsController(state: state).register(on: api)
    FilesController(state: state).register(on: api, storage: router)
    RunsController(state: state).register(on: api)
    ThreadController(state: state).register(on: api)
    ExportsController(state: state).register(on: api)
    PreviewRowsController(state: state).register(on: api)
    SourceConnectionController(state: state).register(on: api)
    CatalogController(state: state).register(on: api, public: router)
    routeTable.set(router.routes.map { (path: $0.path.description, method: $0.method) })
    return router
}

/// On graceful shutdown, ends open thread streams and stops run tasks without recording an
/// outcome (the next start fails runs left in flight).
struct ServerShutdownService: Service {
    let state: ServerState

    func run() async throws {
        try? await gracefulShutdown()
        await state.shutDown()
    }
}

extension ServerState {
    /// Ends open thread streams, stops run tasks and, in memory mode, removes the stored bytes.
    /// Idempotent.
    func shutDown() async {
        bus.close()
        await coordinator.stop()
        blobs.removeTemporaryRoot()
    }
}
