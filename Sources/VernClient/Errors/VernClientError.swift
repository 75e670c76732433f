import Foundation

/// An error from ``VernClient``: an HTTP error status with the server's `error` text, or a
/// failure to reach the server or to read its answer.
///
/// Its `description` reads well to a person, e.g. `401: API key missing or invalid. Set VERN_API_KEY.`
public struct VernClientError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The kind of failure.
    public enum Code: Equatable, Sendable {
        /// The server answered with an error status.
        case http(Int)
        /// The server could not be reached, or the connection broke.
        case transport
        /// The server's answer was not what the API documents.
        case invalidResponse
        /// A local file could not be read or written; the message names it and says why.
        case localFile
    }

    public var code: Code
    /// The server's `error` sentence, or a description of the failure.
    public var message: String
    /// The run already in flight, when `POST /runs` answered 409.
    public var runID: String?
    /// The request, as `METHOD path`, for logs.
    public var request: String?

    public init(code: Code, message: String, runID: String? = nil, request: String? = nil) {
        self.code = code
        self.message = message
        self.runID = runID
        self.request = request
    }

    /// The HTTP status, when the server answered.
    public var status: Int? {
        if case .http(let status) = code { return status }
        return nil
    }

    public var description: String {
        switch code {
        case .http(let status):
            let hint = status == 401 ? " Set VERN_API_KEY." : ""
            let text = message.hasSuffix(".") || message.hasSuffix("?") || message.hasSuffix("!") ? message : message + "."
            return "\(status): \(text)\(hint)"
        case .transport:
            return "Cannot reach the server: \(message)"
        case .invalidResponse:
            return "Unexpected response from the server: \(message)"
        case .localFile:
            return message
        }
    }

    /// The description for a person at a terminal: without the HTTP status, which stays in
    /// ``description`` (logs, `--json`, the session journal).
    public var userMessage: String {
        guard case .http(let status) = code else { return description }
        let hint = status == 401 ? " Set VERN_API_KEY." : ""
        let text = message.hasSuffix(".") || message.hasSuffix("?") || message.hasSuffix("!") ? message : message + "."
        return text + hint
    }

    public var errorDescription: String? { description }
}
