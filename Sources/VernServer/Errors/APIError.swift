import Hummingbird
import VernAPI

/// An error the API reports to the caller as `{ "error": "<sentence>" }` with a documented status.
///
/// Every error a handler throws on purpose is one of these; anything else becomes a generic 500
/// (see ``ErrorEnvelopeMiddleware``), so internals never reach a response.
struct APIError: Error, HTTPResponseError, CustomStringConvertible {
    let status: HTTPResponse.Status
    let message: String
    /// The run already in flight, for a run-in-flight 409.
    let runID: String?
    /// Extra response headers (e.g. `Allow` on a wrong method).
    let headers: HTTPFields

    init(_ status: HTTPResponse.Status, _ message: String, runID: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.runID = runID
        self.headers = headers
    }

    var description: String { "APIError(\(status.code)): \(message)" }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONResponse.make(ErrorBody(error: message, runID: runID), status: status)
        response.headers.append(contentsOf: headers)
        return response
    }

    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }
    static func notFound(_ message: String) -> APIError { APIError(.notFound, message) }
    static func conflict(_ message: String, runID: String? = nil) -> APIError {
        APIError(.conflict, message, runID: runID)
    }

    static let unauthorized = APIError(.unauthorized, "API key missing or invalid.")
    static let tooManyRequests = APIError(.tooManyRequests, "Too many requests")
    static let migrationNotFound = APIError.notFound("Migration not found.")
    static let runNotFound = APIError.notFound("Run not found.")
    static let internalError = APIError(
        .internalServerError, "The server hit an unexpected error; try again.")
}
