import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOHTTP1
import Synchronization
import VernAPI

/// The request context: Hummingbird's core storage plus the authenticated account.
struct AppRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The account the `x-api-key` opened; set by ``APIKeyMiddleware``.
    var accountID: String?
    /// The API key itself, for rate limiting.
    var apiKey: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// The authenticated account; only routes behind ``APIKeyMiddleware`` call this.
    var account: String {
        get throws {
            guard let accountID else { throw APIError.unauthorized }
            return accountID
        }
    }
}

/// Turns every error into the API's envelope: ``APIError``s as they are, Hummingbird's own
/// errors as readable sentences, and anything else as a generic 500 (the detail is logged).
struct ErrorEnvelopeMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let routes: RouteTable
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError {
            return try translate(error, request: request).response(from: request, context: context)
        } catch let error as DecodingError {
            return try APIError.badRequest(error.readableSentence).response(from: request, context: context)
        } catch is HTTPParserError {
            // The body's framing is broken (e.g. a malformed chunk): the caller's fault, not ours.
            return try APIError.badRequest("The request body is malformed (invalid HTTP framing).")
                .response(from: request, context: context)
        } catch {
            logger.error(
                "Unhandled error", metadata: ["method": "\(request.method)", "path": "\(request.uri.path)", "error": "\(error)"])
            return try APIError.internalError.response(from: request, context: context)
        }
    }

    private func translate(_ error: HTTPError, request: Request) -> APIError {
        switch error.status {
        case .notFound:
            let allowed = routes.methods(matching: request.uri.path)
            if allowed.isEmpty {
                return .notFound("There is no endpoint at \(request.uri.path).")
            }
            let list = allowed.map(\.rawValue).joined(separator: ", ")
            return APIError(
                .notFound, "\(request.method.rawValue) is not supported on \(request.uri.path); use \(list).",
                headers: [.allow: list])
        case .contentTooLarge:
            return .badRequest("The request body is too large.")
        case .unauthorized:
            return .unauthorized
        case .badRequest:
            return .badRequest("The request is malformed.")
        default:
            logger.error("Unexpected HTTP error", metadata: ["status": "\(error.status.code)"])
            return .internalError
        }
    }
}

/// The routes the router serves, to tell an unknown path from a wrong method.
final class RouteTable: Sendable {
    private let routes = Mutex<[(segments: [Substring], method: HTTPRequest.Method)]>([])

    /// Records the router's routes, as `(path, method)` with `:name` or `{name}` captures.
    func set(_ entries: [(path: String, method: HTTPRequest.Method)]) {
        let parsed = entries.map { (segments: $0.path.split(separator: "/"), method: $0.method) }
        routes.withLock { $0 = parsed }
    }

    /// The methods served at `path`, sorted.
    func methods(matching path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/")
        let methods = routes.withLock { routes in
            routes.filter { route in
                route.segments.count == segments.count
                    && zip(route.segments, segments).allSatisfy { pattern, segment in
                        pattern.hasPrefix(":") || pattern.hasPrefix("{") || pattern == segment
                    }
            }.map(\.method)
        }
        return Set(methods.map(\.rawValue)).sorted().compactMap { HTTPRequest.Method($0) }
    }
}

/// Requires a known `x-api-key`; the key selects the account.
struct APIKeyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let accounts: [String: String]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard let key = request.headers[.apiKey], let account = accounts[key] else { throw APIError.unauthorized }
        var context = context
        context.accountID = account
        context.apiKey = key
        return try await next(request, context)
    }
}

/// About `limit` requests per minute per key per endpoint (method and route template).
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let limiter: RateLimiter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let bucket = "\(context.apiKey ?? "-") \(request.method.rawValue) \(context.endpointPath ?? request.uri.path)"
        guard limiter.admit(bucket) else { throw APIError.tooManyRequests }
        return try await next(request, context)
    }
}

/// A sliding window (one minute by default) per bucket, timed by the injected clock.
final class RateLimiter: Sendable {
    private let limit: Int
    private let window: TimeInterval
    private let clock: any ServerClock
    private let windows = Mutex<[String: [Date]]>([:])

    init(limit: Int, window: TimeInterval = 60, clock: any ServerClock) {
        self.limit = limit
        self.window = window
        self.clock = clock
    }

    /// Records a request in `bucket`; false when the bucket already had `limit` in the last minute.
    func admit(_ bucket: String) -> Bool {
        let now = clock.now()
        return windows.withLock { windows in
            var recent = (windows[bucket] ?? []).filter { now.timeIntervalSince($0) < window }
            defer { windows[bucket] = recent }
            guard recent.count < limit else { return false }
            recent.append(now)
            return true
        }
    }
}

extension HTTPField.Name {
    /// `x-api-key`.
    static let apiKey = HTTPField.Name("x-api-key")!
    /// `X-Total-Records`.
    static let totalRecords = HTTPField.Name("X-Total-Records")!
    /// `X-Migration-ID`, on an upload's response: the migration the file joined.
    static let migrationID = HTTPField.Name("X-Migration-ID")!
    /// `Last-Event-ID`.
    static let lastEventID = HTTPField.Name("Last-Event-ID")!
}
