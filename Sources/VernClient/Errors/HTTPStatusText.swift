/// Reason phrases for statuses whose body carried no `error` sentence.
enum HTTPStatusText {
    static func reason(for status: Int) -> String {
        switch status {
        case 400: "Bad request"
        case 401: "API key missing or invalid"
        case 403: "Forbidden"
        case 404: "Not found"
        case 405: "Method not allowed"
        case 409: "Conflict"
        case 413: "Request body too large"
        case 429: "Too many requests"
        case 500: "Internal server error"
        case 502: "Bad gateway"
        case 503: "Service unavailable"
        case 504: "Gateway timeout"
        default: "HTTP status \(status)"
        }
    }
}
