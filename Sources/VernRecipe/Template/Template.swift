/// A target template: its columns and their validation rules. Recipes map source files onto it.
public struct Template: Codable, Sendable, Equatable {
    /// Stable identifier (`contacts`).
    public var slug: String
    /// Display name.
    public var name: String
    /// Description.
    public var description: String
    /// Columns in output order.
    public var columns: [TemplateColumn]

    /// Creates a template.
    public init(slug: String, name: String, description: String = "", columns: [TemplateColumn]) {
        self.slug = slug
        self.name = name
        self.description = description
        self.columns = columns
    }

    enum CodingKeys: String, CodingKey {
        case slug, name, description, columns
    }

    /// Decodes a template; `description` may be omitted.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        slug = try c.decode(String.self, forKey: .slug)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? slug
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        columns = try c.decode([TemplateColumn].self, forKey: .columns)
    }

    /// Built-in templates by slug.
    public static let builtIn: [String: Template] = ["contacts": .contacts]
}

/// How strictly a column is checked (informational for the agent; the engine enforces `strictRule`).
public enum DesiredRule: String, Codable, Sendable, Equatable {
    /// No rule.
    case none
    /// Checked by an AI rule.
    case ai
    /// Checked by `strictRule`.
    case strict
    /// A link to another sheet.
    case link
}

/// A strict rule: a regular expression (full match on non-empty values, reason `col:format`) or a
/// fixed list of allowed values (reason `col:picklist`). Encoded as a JSON string or array of strings.
public enum StrictRule: Codable, Sendable, Equatable {
    /// A regular expression matched against the whole value.
    case pattern(String)
    /// The allowed values (exact match).
    case allowed([String])

    /// Decodes a string (pattern) or an array (allowed values).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let pattern = try? c.decode(String.self) {
            self = .pattern(pattern)
        } else {
            self = .allowed(try c.decode([String].self))
        }
    }

    /// Encodes a string or an array.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .pattern(let p): try c.encode(p)
        case .allowed(let values): try c.encode(values)
        }
    }
}

/// One template column.
public struct TemplateColumn: Codable, Sendable, Equatable {
    /// Column name (output header).
    public var name: String
    /// Description.
    public var description: String
    /// Empty values are invalid (`col:required`).
    public var required: Bool
    /// Repeated values are invalid after the first (`col:duplicate`), among otherwise valid values.
    public var unique: Bool
    /// The desired rule kind.
    public var desiredRule: DesiredRule
    /// The strict rule, if any.
    public var strictRule: StrictRule?

    /// Creates a template column.
    public init(
        name: String, description: String = "", required: Bool = false, unique: Bool = false,
        desiredRule: DesiredRule = .none, strictRule: StrictRule? = nil
    ) {
        self.name = name
        self.description = description
        self.required = required
        self.unique = unique
        self.desiredRule = strictRule != nil && desiredRule == .none ? .strict : desiredRule
        self.strictRule = strictRule
    }

    enum CodingKeys: String, CodingKey {
        case name, description, required, unique, desiredRule, strictRule
    }

    /// Decodes a column; everything but `name` may be omitted.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        required = try c.decodeIfPresent(Bool.self, forKey: .required) ?? false
        unique = try c.decodeIfPresent(Bool.self, forKey: .unique) ?? false
        desiredRule = try c.decodeIfPresent(DesiredRule.self, forKey: .desiredRule) ?? .none
        strictRule = try c.decodeIfPresent(StrictRule.self, forKey: .strictRule)
    }

    /// Encodes the column.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(description, forKey: .description)
        try c.encode(required, forKey: .required)
        try c.encode(unique, forKey: .unique)
        try c.encode(desiredRule, forKey: .desiredRule)
        try c.encodeIfPresent(strictRule, forKey: .strictRule)
    }
}

extension Template {
    /// The SPEC's email pattern.
    public static let emailPattern = "[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}"
    /// The SPEC's domain pattern.
    public static let domainPattern = "[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}"
    /// An E.164 number.
    public static let e164Pattern = "\\+[1-9][0-9]{7,14}"
    /// An ISO-8601 date.
    public static let isoDatePattern = "[0-9]{4}-[0-9]{2}-[0-9]{2}"

    /// The SPEC's contacts ("lead import") template.
    public static let contacts = Template(
        slug: "contacts",
        name: "Contacts",
        description: "CRM contacts / lead import (see bench/reference/SPEC.md).",
        columns: [
            TemplateColumn(name: "external_id", description: "Identifier in the source system."),
            TemplateColumn(name: "first_name", description: "Given name."),
            TemplateColumn(name: "last_name", description: "Family name.", required: true),
            TemplateColumn(
                name: "email", description: "Email address, lower case.", required: true, unique: true,
                strictRule: .pattern(emailPattern)),
            TemplateColumn(name: "phone", description: "Phone number in E.164.", strictRule: .pattern(e164Pattern)),
            TemplateColumn(name: "company", description: "Company name.", required: true),
            TemplateColumn(
                name: "company_domain", description: "Company web domain, e.g. acme.com.",
                strictRule: .pattern(domainPattern)),
            TemplateColumn(
                name: "created_date", description: "Creation date, YYYY-MM-DD.", strictRule: .pattern(isoDatePattern)),
            TemplateColumn(
                name: "lead_source",
                description: "Web, Event, Referral, Outbound, Advertising, Email or Other.", desiredRule: .ai),
            TemplateColumn(name: "notes", description: "Free text."),
        ])
}
