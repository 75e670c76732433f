import Foundation
import VernAPI

/// One input of a version 1 cassette's header, read to migrate it to version 2 (where the
/// inputs are the transcript's `> ` lines).
public struct InputStep: Codable, Sendable, Equatable {
    /// What kind of input.
    public enum Kind: String, Codable, Sendable {
        /// A line read at a prompt (`text`).
        case line
        /// A secret read with echo off; only the field name is kept.
        case secret
        /// Ctrl-C: at a prompt when `prompt` is set, else during a run after `after` lines.
        case interrupt
        /// Ctrl-D (end of input).
        case end
    }

    /// What kind of input.
    public var kind: Kind
    /// The line, for ``Kind/line``.
    public var text: String?
    /// The credential field, for ``Kind/secret``.
    public var field: String?
    /// The prompt a Ctrl-C was pressed at.
    public var prompt: String?
    /// For a Ctrl-C during a run: how many transcript lines were rendered before it.
    public var after: Int?

    /// Creates a step.
    public init(kind: Kind, text: String? = nil, field: String? = nil, prompt: String? = nil, after: Int? = nil) {
        self.kind = kind
        self.text = text
        self.field = field
        self.prompt = prompt
        self.after = after
    }
}

/// An uploaded file, recorded instead of its bytes.
public struct UploadRecord: Codable, Sendable, Equatable {
    /// The file's name (its copy lives in `NAME.files/`).
    public var name: String
    /// Its size in bytes.
    public var size: Int
    /// Its SHA-256, lower-case hex.
    public var sha256: String
}

/// One recorded HTTP exchange.
public struct Exchange: Codable, Sendable, Equatable {
    /// Position in the session, from 1.
    public var seq: Int
    /// The HTTP method.
    public var method: String
    /// The URL relative to the API base (e.g. `migrations/%5BMIGRATION%3A1%5D/runs`), or an
    /// absolute, normalised URL for requests outside the API (uploads to storage).
    public var url: String
    /// The request's JSON body, if any (credentials redacted).
    public var request: JSONValue?
    /// For an upload PUT: the file instead of its bytes.
    public var upload: UploadRecord?
    /// The response status.
    public var status: Int
    /// Response headers the client reads (`x-total-records`).
    public var headers: [String: String]?
    /// The response body as text.
    public var body: String

    /// Creates an exchange.
    public init(
        seq: Int, method: String, url: String, request: JSONValue? = nil, upload: UploadRecord? = nil, status: Int,
        headers: [String: String]? = nil, body: String
    ) {
        self.seq = seq
        self.method = method
        self.url = url
        self.request = request
        self.upload = upload
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// The cassette: a header line, then one HTTP exchange per line, in order (JSONL).
public struct Cassette: Sendable, Equatable {
    /// The first line of a cassette.
    public struct Header: Codable, Sendable, Equatable {
        /// The format version: 2 (1 is read for migration).
        public var version: Int
        /// Version 2: the SHA-256 of each entered line of the transcript as recorded, so replay can
        /// say which ones a person edited (the entries themselves are read from the transcript).
        public var inputDigests: [String]?
        /// Version 1: whether the session was interactive.
        public var interactive: Bool?
        /// Version 1: the inputs, in order.
        public var inputs: [InputStep]?

        enum CodingKeys: String, CodingKey {
            case version = "vern-cassette"
            case inputDigests = "input_digests"
            case interactive, inputs
        }
    }

    /// The header.
    public var header: Header
    /// The exchanges, in order.
    public var exchanges: [Exchange]

    /// Creates a version 2 cassette.
    public init(inputDigests: [String], exchanges: [Exchange]) {
        header = Header(version: 2, inputDigests: inputDigests)
        self.exchanges = exchanges
    }

    init(header: Header, exchanges: [Exchange]) {
        self.header = header
        self.exchanges = exchanges
    }

    /// The digest of an entered line, as ``Header/inputDigests`` holds it.
    static func digest(_ input: TranscriptInput) -> String {
        HexDigest.sha256(Data(input.text.utf8))
    }

    /// The JSONL text.
    public func render() throws -> String {
        let encoder = Self.lineEncoder()
        return try Self.text(header: encoder.encode(header), exchanges: exchanges.map { try encoder.encode($0) })
    }

    /// The encoder of one JSONL line (a header or an exchange).
    static func lineEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The JSONL text of an encoded header and encoded exchanges.
    static func text(header: Data, exchanges: [Data]) -> String {
        var text = String(decoding: header, as: UTF8.self) + "\n"
        for exchange in exchanges { text += String(decoding: exchange, as: UTF8.self) + "\n" }
        return text
    }

    /// Parses JSONL text.
    public static func parse(_ text: String) throws -> Cassette {
        let decoder = JSONDecoder()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first else { throw TranscriptError("the cassette is empty") }
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: Data(first.utf8))
        } catch {
            throw TranscriptError("the cassette's first line is not a header: \(error)")
        }
        guard header.version == 1 || header.version == 2 else {
            throw TranscriptError("unsupported cassette version \(header.version)")
        }
        var exchanges: [Exchange] = []
        for (index, line) in lines.dropFirst().enumerated() {
            do {
                exchanges.append(try decoder.decode(Exchange.self, from: Data(line.utf8)))
            } catch {
                throw TranscriptError("cassette line \(index + 2) is not an exchange: \(error)")
            }
        }
        return Cassette(header: header, exchanges: exchanges)
    }
}

/// A transcript or cassette that cannot be read or written, or a replay that cannot run.
public struct TranscriptError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, as one line.
    public var description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
