/// Which characters `trim` removes.
public enum TrimMode: String, Codable, Sendable, Equatable {
    /// ASCII space and TAB only (the SPEC's `trim`).
    case spacesAndTabs
    /// All Unicode whitespace, including newlines and NBSP.
    case whitespace
}

/// What the phone transform does with an extension (`ext. 12`, `x12`, `#12`).
public enum PhoneExtension: String, Codable, Sendable, Equatable {
    /// Remove it (the SPEC's rule).
    case drop
    /// Keep it as `;ext=12` after the E.164 number (RFC 3966 style).
    case keep
}

/// How the phone transform decides that a number is valid.
public enum PhoneNumbering: String, Codable, Sendable, Equatable {
    /// libphonenumber's numbering plans: trunk and international prefixes, valid lengths and
    /// leading digits per region; a number not valid for its region is invalid.
    case numberingPlan
    /// The SPEC's simple rule: E.164 by digit count, `0` trunk prefix for a fixed list of regions.
    case simple
    /// A number written with its calling code (`+` or `00`) is read by the simple rule, as it is
    /// whatever the default region; a national number by the default region's numbering plan. So
    /// changing the default region changes only how numbers without a calling code are read.
    case national
}

/// Options of the phone transform.
public struct PhoneFormat: Codable, Sendable, Equatable {
    /// Region of numbers written without a calling code: an ISO code (`GB`), or a name (`United Kingdom`).
    public var defaultRegion: String
    /// What happens to an extension.
    public var `extension`: PhoneExtension
    /// Which rule decides validity.
    public var numbering: PhoneNumbering
    /// Source column naming each row's region (ISO code or country name); empty cells take `defaultRegion`.
    public var regionColumn: String?

    /// Creates phone options.
    public init(
        defaultRegion: String, extension: PhoneExtension = .drop, numbering: PhoneNumbering = .numberingPlan,
        regionColumn: String? = nil
    ) {
        self.defaultRegion = defaultRegion
        self.extension = `extension`
        self.numbering = numbering
        self.regionColumn = regionColumn
    }

    /// The rule in prose: "E.164 (default region US)" (simple rule), "E.164 by the GB numbering
    /// plan", "E.164, region from the Country column, GB when empty".
    public var summary: String {
        switch (numbering, regionColumn) {
        case (.simple, _): "E.164 (default region \(defaultRegion))"
        case (.national, _): "E.164, national numbers by the \(defaultRegion) numbering plan"
        case (.numberingPlan, nil): "E.164 by the \(defaultRegion) numbering plan"
        case (.numberingPlan, let column?): "E.164, region from the \(column) column, \(defaultRegion) when empty"
        }
    }
}

/// One entry of a picklist: the canonical value and the inputs (case-insensitive, trimmed) mapped to it.
public struct PicklistEntry: Codable, Sendable, Equatable {
    /// Canonical output value.
    public var value: String
    /// Inputs mapped to `value`, compared after trim and lower-casing.
    public var matches: [String]

    /// Creates a picklist entry.
    public init(value: String, matches: [String]) {
        self.value = value
        self.matches = matches
    }

    enum CodingKeys: String, CodingKey {
        case value, matches
    }
}

/// A transform applied to a cell value. Transforms that cannot convert a value mark the cell
/// invalid with reason `column:format` (`column:picklist` for a picklist without default).
public enum Transform: Codable, Sendable, Equatable {
    /// Remove leading and trailing whitespace.
    case trim(TrimMode)
    /// Unicode lower case.
    case lower
    /// Unicode upper case.
    case upper
    /// Title case: the first letter of each space/hyphen/apostrophe-separated word upper, the rest lower.
    case title
    /// Names as people write them (`McAllister`, `O'Neil`, `van der Berg`, `Jean-Luc`, `III`; see
    /// `NameCase`); with `onlyUniform`, only values written entirely in upper or lower case change;
    /// with `everyWord`, particles are capitalised too (`De La Cruz`, `McAllister`): title case
    /// that keeps the capitals inside a name.
    case name(onlyUniform: Bool, everyWord: Bool = false)
    /// E.164 phone number by the region's numbering plan (see `PhoneFormat`).
    case phone(PhoneFormat)
    /// A date to ISO-8601 `YYYY-MM-DD`; `dayFirst` reads `a/b/y` as D/M/Y instead of M/D/Y;
    /// `keepTime` writes a time given with the date as `YYYY-MM-DDTHH:MM:SS` (a datetime column).
    case date(dayFirst: Bool, keepTime: Bool = false)
    /// Domain normalisation: lower, trim, drop `http(s)://`, `www.` and trailing slashes.
    case domain
    /// When the value is empty, fill it as `first.last@domain` from other output columns (see docs).
    case emailFill(first: String, last: String, domain: String)
    /// Map values through a picklist; unknown values become `default` (or are invalid without one).
    case picklist(entries: [PicklistEntry], default: String?)
    /// Replace an empty value with `value`.
    case defaultValue(String)
    /// Regular-expression replacement of every match (NSRegularExpression syntax, `$1` templates).
    case regexReplace(pattern: String, replacement: String)
    /// Keep one part (0-based; negative counts from the end) of the value split by `separator`.
    case split(separator: String, part: Int)

    enum CodingKeys: String, CodingKey {
        case op, mode, onlyUniform, everyWord, defaultRegion, `extension`, regionColumn, dayFirst, keepTime, first, last, domain, entries, `default`, value
        case pattern, replacement, separator, part
    }

    /// Decodes a transform from `{"op": ...}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let op = try c.decode(String.self, forKey: .op)
        switch op {
        case "trim": self = .trim(try c.decodeIfPresent(TrimMode.self, forKey: .mode) ?? .spacesAndTabs)
        case "lower": self = .lower
        case "upper": self = .upper
        case "title": self = .title
        case "name":
            self = .name(
                onlyUniform: try c.decodeIfPresent(Bool.self, forKey: .onlyUniform) ?? false,
                everyWord: try c.decodeIfPresent(Bool.self, forKey: .everyWord) ?? false)
        case "phone":
            self = .phone(
                PhoneFormat(
                    defaultRegion: try c.decodeIfPresent(String.self, forKey: .defaultRegion) ?? "US",
                    extension: try c.decodeIfPresent(PhoneExtension.self, forKey: .extension) ?? .drop,
                    numbering: try c.decodeIfPresent(PhoneNumbering.self, forKey: .mode) ?? .numberingPlan,
                    regionColumn: try c.decodeIfPresent(String.self, forKey: .regionColumn)))
        case "date":
            self = .date(
                dayFirst: try c.decodeIfPresent(Bool.self, forKey: .dayFirst) ?? false,
                keepTime: try c.decodeIfPresent(Bool.self, forKey: .keepTime) ?? false)
        case "domain": self = .domain
        case "emailFill":
            self = .emailFill(
                first: try c.decode(String.self, forKey: .first), last: try c.decode(String.self, forKey: .last),
                domain: try c.decode(String.self, forKey: .domain))
        case "picklist":
            self = .picklist(
                entries: try c.decode([PicklistEntry].self, forKey: .entries),
                default: try c.decodeIfPresent(String.self, forKey: .default))
        case "default": self = .defaultValue(try c.decode(String.self, forKey: .value))
        case "replace":
            self = .regexReplace(
                pattern: try c.decode(String.self, forKey: .pattern),
                replacement: try c.decodeIfPresent(String.self, forKey: .replacement) ?? "")
        case "split":
            self = .split(
                separator: try c.decodeIfPresent(String.self, forKey: .separator) ?? " ",
                part: try c.decodeIfPresent(Int.self, forKey: .part) ?? 0)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .op, in: c,
                debugDescription:
                    "unknown transform '\(op)' (trim, lower, upper, title, name, phone, date, domain, emailFill, picklist, default, replace, split)"
            )
        }
    }

    /// Encodes a transform as `{"op": ...}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .trim(let mode):
            try c.encode("trim", forKey: .op)
            try c.encode(mode, forKey: .mode)
        case .lower: try c.encode("lower", forKey: .op)
        case .upper: try c.encode("upper", forKey: .op)
        case .title: try c.encode("title", forKey: .op)
        case .name(let onlyUniform, let everyWord):
            try c.encode("name", forKey: .op)
            try c.encode(onlyUniform, forKey: .onlyUniform)
            if everyWord { try c.encode(true, forKey: .everyWord) }
        case .phone(let format):
            try c.encode("phone", forKey: .op)
            try c.encode(format.defaultRegion, forKey: .defaultRegion)
            try c.encode(format.extension, forKey: .extension)
            try c.encode(format.numbering, forKey: .mode)
            try c.encodeIfPresent(format.regionColumn, forKey: .regionColumn)
        case .date(let dayFirst, let keepTime):
            try c.encode("date", forKey: .op)
            try c.encode(dayFirst, forKey: .dayFirst)
            if keepTime { try c.encode(keepTime, forKey: .keepTime) }
        case .domain: try c.encode("domain", forKey: .op)
        case .emailFill(let first, let last, let domain):
            try c.encode("emailFill", forKey: .op)
            try c.encode(first, forKey: .first)
            try c.encode(last, forKey: .last)
            try c.encode(domain, forKey: .domain)
        case .picklist(let entries, let def):
            try c.encode("picklist", forKey: .op)
            try c.encode(entries, forKey: .entries)
            try c.encodeIfPresent(def, forKey: .default)
        case .defaultValue(let value):
            try c.encode("default", forKey: .op)
            try c.encode(value, forKey: .value)
        case .regexReplace(let pattern, let replacement):
            try c.encode("replace", forKey: .op)
            try c.encode(pattern, forKey: .pattern)
            try c.encode(replacement, forKey: .replacement)
        case .split(let separator, let part):
            try c.encode("split", forKey: .op)
            try c.encode(separator, forKey: .separator)
            try c.encode(part, forKey: .part)
        }
    }

    /// E.164 by the SPEC's simple rule (`PhoneNumbering.simple`), the rule the agent proposes.
    public static func phone(defaultRegion: String, extension: PhoneExtension) -> Transform {
        .phone(PhoneFormat(defaultRegion: defaultRegion, extension: `extension`, numbering: .simple))
    }

    /// True when this transform can fail and mark the cell invalid.
    public var canFail: Bool {
        switch self {
        case .phone, .date: true
        case .picklist(_, let def): def == nil
        default: false
        }
    }
}
