/// Body of `POST /migrations/{id}/runs/{run_id}/messages`.
public struct AnswerRequest: Codable, Hashable, Sendable {
    /// One answer to one question: the chosen option's label, or free text when allowed.
    public struct Answer: Codable, Hashable, Sendable {
        public var id: String
        public var value: String

        public init(id: String, value: String) {
            self.id = id
            self.value = value
        }
    }

    /// Structured answers, one per question, or a free-form message.
    public enum Answers: Codable, Hashable, Sendable {
        case structured([Answer])
        case freeForm(String)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .freeForm(text)
            } else {
                self = .structured(try container.decode([Answer].self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .structured(let answers): try container.encode(answers)
            case .freeForm(let text): try container.encode(text)
            }
        }
    }

    public var answers: Answers

    public init(answers: Answers) { self.answers = answers }
}

/// Body of `POST /migrations/{id}/runs/{run_id}/credentials`. Its values are secrets: the
/// type's descriptions redact them, so they cannot leak through logging or string interpolation.
public struct CredentialsRequest: Codable, Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Field name to value, following the run's `credential_request.schema`.
    public var credentials: [String: String]
    /// Optional guard: must equal the run's `credential_request.connection_id`.
    public var connectionID: String?

    enum CodingKeys: String, CodingKey {
        case credentials
        case connectionID = "connection_id"
    }

    public init(credentials: [String: String], connectionID: String? = nil) {
        self.credentials = credentials
        self.connectionID = connectionID
    }

    public var description: String {
        let fields = credentials.keys.sorted().map { "\($0): <redacted>" }.joined(separator: ", ")
        return "CredentialsRequest(\(fields), connection_id: \(connectionID ?? "nil"))"
    }

    public var debugDescription: String { description }
}

/// What a credential-blocked run needs: the form to show and the guidance to help fill it in.
public struct CredentialRequest: Codable, Hashable, Sendable {
    /// Help for finding the credentials.
    public struct Guidance: Codable, Hashable, Sendable {
        /// A labelled link.
        public struct Link: Codable, Hashable, Sendable {
            public var label: String
            public var url: String

            public init(label: String, url: String) {
                self.label = label
                self.url = url
            }
        }

        public var summary: String?
        public var steps: [String]
        public var links: [Link]

        public init(summary: String?, steps: [String], links: [Link]) {
            self.summary = summary
            self.steps = steps
            self.links = links
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            summary = try container.decodeIfPresent(String.self, forKey: .summary)
            steps = try container.decodeIfPresent([String].self, forKey: .steps) ?? []
            links = try container.decodeIfPresent([Link].self, forKey: .links) ?? []
        }

        enum CodingKeys: String, CodingKey { case summary, steps, links }
    }

    /// One field of the credential form.
    public struct Field: Codable, Hashable, Sendable {
        public var type: String
        /// Read with echo off and never stored or shown.
        public var secret: Bool

        public init(type: String = "string", secret: Bool = false) {
            self.type = type
            self.secret = secret
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try container.decodeIfPresent(String.self, forKey: .type) ?? "string"
            secret = try container.decodeIfPresent(Bool.self, forKey: .secret) ?? false
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            if secret { try container.encode(true, forKey: .secret) }
        }

        enum CodingKeys: String, CodingKey { case type, secret }
    }

    public var connectionID: String
    public var sourceKey: String
    public var sourceName: String?
    public var reason: String?
    public var guidance: Guidance?
    /// Field name to field; a JSON object on the wire.
    public var schema: [String: Field]

    enum CodingKeys: String, CodingKey {
        case reason, guidance, schema
        case connectionID = "connection_id"
        case sourceKey = "source_key"
        case sourceName = "source_name"
    }

    public init(
        connectionID: String, sourceKey: String, sourceName: String?, reason: String?, guidance: Guidance?,
        schema: [String: Field]
    ) {
        self.connectionID = connectionID
        self.sourceKey = sourceKey
        self.sourceName = sourceName
        self.reason = reason
        self.guidance = guidance
        self.schema = schema
    }

    /// The form's fields in the order a person is asked them: plain fields first, then secrets,
    /// each group by name (JSON objects carry no order a client may rely on).
    public var orderedFields: [(name: String, field: Field)] {
        schema.map { (name: $0.key, field: $0.value) }
            .sorted { ($0.field.secret ? 1 : 0, $0.name) < ($1.field.secret ? 1 : 0, $1.name) }
    }
}
