/// A source system, for a customer-facing picker.
public struct Source: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var logoURL: String?
    /// The connector key for `source-connection`, when the source has a live-API connector
    /// (a local-server extension).
    public var sourceKey: String?

    enum CodingKeys: String, CodingKey {
        case id, name
        case logoURL = "logo_url"
        case sourceKey = "source_key"
    }

    public init(id: String, name: String, logoURL: String? = nil, sourceKey: String? = nil) {
        self.id = id
        self.name = name
        self.logoURL = logoURL
        self.sourceKey = sourceKey
    }
}

/// `{ "sources": […] }`.
public struct SourceList: Codable, Hashable, Sendable {
    public var sources: [Source]

    public init(sources: [Source]) { self.sources = sources }
}

/// How a template column is validated.
public enum DesiredRule: OpenEnum {
    case none, ai, strict, link
    case unknown(String)

    public init(wireValue: String) {
        switch wireValue {
        case "none": self = .none
        case "ai": self = .ai
        case "strict": self = .strict
        case "link": self = .link
        default: self = .unknown(wireValue)
        }
    }

    public var wireValue: String {
        switch self {
        case .none: "none"
        case .ai: "ai"
        case .strict: "strict"
        case .link: "link"
        case .unknown(let value): value
        }
    }
}

/// A strict rule: a regular expression the whole value must match, or a fixed list of values.
public enum StrictRule: Codable, Hashable, Sendable {
    case pattern(String)
    case oneOf([String])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let values = try? container.decode([String].self) {
            self = .oneOf(values)
        } else {
            self = .pattern(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .pattern(let pattern): try container.encode(pattern)
        case .oneOf(let values): try container.encode(values)
        }
    }
}

/// A link rule target: the column of another template this column refers to.
public struct LinkRule: Codable, Hashable, Sendable {
    public var templateID: String
    public var columnName: String

    enum CodingKeys: String, CodingKey {
        case templateID = "templateId"
        case columnName
    }

    public init(templateID: String, columnName: String) {
        self.templateID = templateID
        self.columnName = columnName
    }
}

/// One importable object's schema: its columns and their rules.
public struct Template: Codable, Hashable, Sendable {
    /// One template column.
    public struct Column: Codable, Hashable, Sendable {
        public var name: String
        public var description: String?
        public var required: Bool
        public var unique: Bool
        public var desiredRule: DesiredRule
        public var strictRule: StrictRule?
        public var linkRule: [LinkRule]?

        enum CodingKeys: String, CodingKey {
            case name, description, required, unique, desiredRule, strictRule, linkRule
        }

        public init(
            name: String, description: String? = nil, required: Bool = false, unique: Bool = false,
            desiredRule: DesiredRule = .none, strictRule: StrictRule? = nil, linkRule: [LinkRule]? = nil
        ) {
            self.name = name
            self.description = description
            self.required = required
            self.unique = unique
            self.desiredRule = desiredRule
            self.strictRule = strictRule
            self.linkRule = linkRule
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            required = try container.decodeIfPresent(Bool.self, forKey: .required) ?? false
            unique = try container.decodeIfPresent(Bool.self, forKey: .unique) ?? false
            desiredRule = try container.decodeIfPresent(DesiredRule.self, forKey: .desiredRule) ?? .none
            strictRule = try container.decodeIfPresent(StrictRule.self, forKey: .strictRule)
            linkRule = try container.decodeIfPresent([LinkRule].self, forKey: .linkRule)
        }
    }

    public var id: String
    /// How Surface A addresses the template; absent from the older documented shape.
    public var slug: String?
    public var name: String
    public var description: String?
    public var columns: [Column]

    /// Creates a template; one defined locally (a test, a file for the recipe engine) may leave `id` to its slug.
    public init(id: String? = nil, slug: String?, name: String, description: String? = nil, columns: [Column]) {
        self.id = id ?? slug ?? name
        self.slug = slug
        self.name = name
        self.description = description
        self.columns = columns
    }

    /// The slug, or a slug derived from the name when the server sent none.
    public var effectiveSlug: String {
        slug ?? name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "_")
    }
}

/// `{ "templates": […] }`.
public struct TemplateList: Codable, Hashable, Sendable {
    public var templates: [Template]

    public init(templates: [Template]) { self.templates = templates }
}

/// The API's error envelope: one readable sentence, plus `run_id` on a run-in-flight 409.
public struct ErrorBody: Codable, Hashable, Sendable {
    public var error: String
    /// The run already in flight, on a 409 from `POST /runs`.
    public var runID: String?

    enum CodingKeys: String, CodingKey {
        case error
        case runID = "run_id"
    }

    public init(error: String, runID: String? = nil) {
        self.error = error
        self.runID = runID
    }
}
