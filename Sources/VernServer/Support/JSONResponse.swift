import Foundation
import Hummingbird
import NIOCore
import VernAPI

/// Encodes and decodes the wire model with ``VernJSON``, the same coders the client uses.
enum JSONResponse {
    /// A JSON response with `status`.
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try VernJSON.encoder().encode(value)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}

/// The largest JSON request body the API accepts.
let maxJSONBodySize = 1 << 20

extension Request {
    /// Reads the body (at most ``maxJSONBodySize`` bytes) and decodes it, turning every failure
    /// into a 400 with one readable sentence.
    func decodeJSON<T: Decodable>(_ type: T.Type) async throws -> T {
        let data = try await collectJSONBody()
        do {
            return try VernJSON.decoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw APIError.badRequest(error.readableSentence)
        }
    }

    /// Reads the raw JSON body, refusing empty and oversized bodies.
    func collectJSONBody() async throws -> Data {
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: maxJSONBodySize)
        } catch is NIOTooManyBytesError {
            throw APIError.badRequest("The request body is larger than the 1 MiB limit.")
        }
        guard buffer.readableBytes > 0 else {
            throw APIError.badRequest("The request body must be a JSON object.")
        }
        return Data(buffer.readableBytesView)
    }

    /// A query parameter, when present.
    func query(_ name: String) -> String? {
        uri.queryParameters[Substring(name)].map(String.init)
    }
}

extension DecodingError {
    /// One sentence naming the offending field, without echoing any value.
    var readableSentence: String {
        func path(_ codingPath: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            let keys = (codingPath + (last.map { [$0] } ?? [])).map { key in
                key.intValue.map { "[\($0)]" } ?? key.stringValue
            }
            return keys.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch self {
        case .keyNotFound(let key, let context):
            return "The field `\(path(context.codingPath, key))` is required."
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return "The request body must be a JSON object."
        case .typeMismatch(let type, let context):
            return "The field `\(path(context.codingPath))` must be \(Self.describe(type))."
        case .valueNotFound(_, let context):
            return "The field `\(path(context.codingPath))` must not be null."
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "The request body is not valid JSON."
        case .dataCorrupted(let context):
            return "The field `\(path(context.codingPath))` has an invalid value."
        @unknown default:
            return "The request body is not valid."
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if type is String.Type { return "a string" }
        if type is Bool.Type { return "a boolean" }
        if type is Int.Type || type is Double.Type { return "a number" }
        if name.hasPrefix("Array") { return "an array" }
        if name.hasPrefix("Dictionary") { return "an object" }
        return "of another type"
    }
}
