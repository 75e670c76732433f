/// A versioned mapping recipe: for each template sheet, which source file feeds it and how every
/// template column is filled, transformed and handled when invalid.
///
/// The JSON form is documented in `docs/recipe.md`. Validation rules come from the ``Template``,
/// so a recipe plus a template fully determine the output.
public struct Recipe: Codable, Sendable, Equatable {
    /// The recipe schema version understood by this engine.
    public static let currentSchemaVersion = 1

    /// Schema version of the document (`"vern-recipe"` in JSON).
    public var schemaVersion: Int
    /// Revision number of this recipe; every change makes a new revision (see ``RecipeHistory``).
    public var revision: Int
    /// Optional human-readable name.
    public var name: String?
    /// One entry per template sheet.
    public var sheets: [SheetRecipe]

    /// Creates a recipe.
    public init(
        schemaVersion: Int = Recipe.currentSchemaVersion, revision: Int = 1, name: String? = nil, sheets: [SheetRecipe]
    ) {
        self.schemaVersion = schemaVersion
        self.revision = revision
        self.name = name
        self.sheets = sheets
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "vern-recipe"
        case revision
        case name
        case sheets
    }

    /// Decodes a recipe, rejecting unknown schema versions.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        guard schemaVersion >= 1, schemaVersion <= Recipe.currentSchemaVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: c,
                debugDescription:
                    "unsupported recipe schema version \(schemaVersion); this engine reads version \(Recipe.currentSchemaVersion)"
            )
        }
        revision = try c.decodeIfPresent(Int.self, forKey: .revision) ?? 1
        name = try c.decodeIfPresent(String.self, forKey: .name)
        sheets = try c.decode([SheetRecipe].self, forKey: .sheets)
    }

    /// Encodes the recipe.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(revision, forKey: .revision)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encode(sheets, forKey: .sheets)
    }

    /// The sheet recipe for `sheet`, or the only sheet when `sheet` is nil.
    public func sheet(named sheet: String?) -> SheetRecipe? {
        if let sheet { return sheets.first { $0.sheet == sheet } }
        return sheets.count == 1 ? sheets[0] : nil
    }
}

/// How one template sheet is produced from one source file.
public struct SheetRecipe: Codable, Sendable, Equatable {
    /// The template sheet this recipe fills (usually the template slug).
    public var sheet: String
    /// The template slug that validates this sheet; defaults to `sheet`.
    public var template: String?
    /// The source file (by name) that feeds this sheet.
    public var source: String
    /// Per template column: source, transforms and invalid-cell handling. Template columns not listed are empty.
    public var columns: [ColumnRecipe]
    /// Row handling: drop conditions and keep-first uniqueness.
    public var rows: RowRules

    /// Creates a sheet recipe.
    public init(
        sheet: String, template: String? = nil, source: String, columns: [ColumnRecipe], rows: RowRules = RowRules()
    ) {
        self.sheet = sheet
        self.template = template
        self.source = source
        self.columns = columns
        self.rows = rows
    }

    enum CodingKeys: String, CodingKey {
        case sheet, template, source, columns, rows
    }

    /// Decodes a sheet recipe; `rows` may be omitted.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sheet = try c.decode(String.self, forKey: .sheet)
        template = try c.decodeIfPresent(String.self, forKey: .template)
        source = try c.decode(String.self, forKey: .source)
        columns = try c.decode([ColumnRecipe].self, forKey: .columns)
        rows = try c.decodeIfPresent(RowRules.self, forKey: .rows) ?? RowRules()
    }

    /// Encodes the sheet recipe.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sheet, forKey: .sheet)
        try c.encodeIfPresent(template, forKey: .template)
        try c.encode(source, forKey: .source)
        try c.encode(columns, forKey: .columns)
        try c.encode(rows, forKey: .rows)
    }
}

/// What happens to a cell that fails a transform or a template rule.
public enum InvalidHandling: String, Codable, Sendable, Equatable {
    /// Keep the value and flag the cell (the row becomes invalid).
    case flag
    /// Empty the cell instead of flagging it (a required column is still flagged `col:required`).
    case clear
}

/// How one template column is filled.
public struct ColumnRecipe: Codable, Sendable, Equatable {
    /// Template column name.
    public var target: String
    /// Where the value comes from.
    public var source: ColumnSource
    /// Transforms applied in order.
    public var transforms: [Transform]
    /// Flag (default) or clear invalid cells.
    public var onInvalid: InvalidHandling
    /// Overrides the template's `required` for this column (`nil`: the template decides).
    public var required: Bool?
    /// Overrides the template's `unique` for this column (`nil`: the template decides).
    public var unique: Bool?

    /// Creates a column recipe.
    public init(
        target: String, source: ColumnSource, transforms: [Transform] = [], onInvalid: InvalidHandling = .flag,
        required: Bool? = nil, unique: Bool? = nil
    ) {
        self.target = target
        self.source = source
        self.transforms = transforms
        self.onInvalid = onInvalid
        self.required = required
        self.unique = unique
    }

    enum CodingKeys: String, CodingKey {
        case target, source, transforms, onInvalid, required, unique
    }

    /// Decodes a column recipe; `transforms` and `onInvalid` may be omitted.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        target = try c.decode(String.self, forKey: .target)
        source = try c.decodeIfPresent(ColumnSource.self, forKey: .source) ?? .none
        transforms = try c.decodeIfPresent([Transform].self, forKey: .transforms) ?? []
        onInvalid = try c.decodeIfPresent(InvalidHandling.self, forKey: .onInvalid) ?? .flag
        required = try c.decodeIfPresent(Bool.self, forKey: .required)
        unique = try c.decodeIfPresent(Bool.self, forKey: .unique)
    }

    /// Encodes the column recipe.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(target, forKey: .target)
        try c.encode(source, forKey: .source)
        try c.encode(transforms, forKey: .transforms)
        try c.encode(onInvalid, forKey: .onInvalid)
        try c.encodeIfPresent(required, forKey: .required)
        try c.encodeIfPresent(unique, forKey: .unique)
    }
}

/// Which part of a personal name a split takes.
public enum NamePart: String, Codable, Sendable, Equatable {
    /// Everything before the last space-separated word ("Mary Ann Smith" → "Mary Ann").
    case first
    /// The last space-separated word ("Mary Ann Smith" → "Smith").
    case last
    /// Everything after the first space-separated word ("Mary Ann Smith" → "Ann Smith"; empty for one word).
    case rest
}

/// Where a template column's value comes from.
public enum ColumnSource: Codable, Sendable, Equatable {
    /// A source column by header name.
    case column(String)
    /// A constant value.
    case constant(String)
    /// Several source columns joined by `separator`; empty parts are skipped.
    case combine(columns: [String], separator: String)
    /// The first of several source columns that is not blank ("when X is blank use Y").
    case firstOf(columns: [String])
    /// One part (0-based; negative counts from the end) of a source column split by `separator`.
    case split(column: String, separator: String, part: Int)
    /// The first or last name of a full-name column.
    case splitName(column: String, part: NamePart)
    /// No source: the cell starts empty (transforms such as `default` may fill it).
    case none

    enum CodingKeys: String, CodingKey {
        case type, name, value, columns, separator, column, part, namePart
    }

    /// Decodes a source from `{"type": ...}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "column": self = .column(try c.decode(String.self, forKey: .name))
        case "constant": self = .constant(try c.decode(String.self, forKey: .value))
        case "combine":
            self = .combine(
                columns: try c.decode([String].self, forKey: .columns),
                separator: try c.decodeIfPresent(String.self, forKey: .separator) ?? " ")
        case "firstOf": self = .firstOf(columns: try c.decode([String].self, forKey: .columns))
        case "split":
            let column = try c.decode(String.self, forKey: .column)
            if let namePart = try c.decodeIfPresent(NamePart.self, forKey: .namePart) {
                self = .splitName(column: column, part: namePart)
            } else {
                self = .split(
                    column: column, separator: try c.decodeIfPresent(String.self, forKey: .separator) ?? " ",
                    part: try c.decodeIfPresent(Int.self, forKey: .part) ?? 0)
            }
        case "none": self = .none
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: c,
                debugDescription: "unknown source type '\(type)' (column, constant, combine, firstOf, split, none)")
        }
    }

    /// Encodes a source as `{"type": ...}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .column(let name):
            try c.encode("column", forKey: .type)
            try c.encode(name, forKey: .name)
        case .constant(let value):
            try c.encode("constant", forKey: .type)
            try c.encode(value, forKey: .value)
        case .combine(let columns, let separator):
            try c.encode("combine", forKey: .type)
            try c.encode(columns, forKey: .columns)
            try c.encode(separator, forKey: .separator)
        case .firstOf(let columns):
            try c.encode("firstOf", forKey: .type)
            try c.encode(columns, forKey: .columns)
        case .split(let column, let separator, let part):
            try c.encode("split", forKey: .type)
            try c.encode(column, forKey: .column)
            try c.encode(separator, forKey: .separator)
            try c.encode(part, forKey: .part)
        case .splitName(let column, let part):
            try c.encode("split", forKey: .type)
            try c.encode(column, forKey: .column)
            try c.encode(part, forKey: .namePart)
        case .none:
            try c.encode("none", forKey: .type)
        }
    }

    /// The source column names this source reads.
    public var sourceColumns: [String] {
        switch self {
        case .column(let name): [name]
        case .combine(let columns, _), .firstOf(let columns): columns
        case .split(let column, _, _), .splitName(let column, _): [column]
        case .constant, .none: []
        }
    }
}

/// Row handling rules of a sheet.
public struct RowRules: Codable, Sendable, Equatable {
    /// Rows matching any of these conditions (on output values, after transforms) are dropped.
    public var drop: [RowCondition]
    /// Output columns whose non-empty values must be unique: later rows with a seen value are dropped.
    public var keepFirst: [String]

    /// Creates row rules.
    public init(drop: [RowCondition] = [], keepFirst: [String] = []) {
        self.drop = drop
        self.keepFirst = keepFirst
    }

    enum CodingKeys: String, CodingKey {
        case drop, keepFirst
    }

    /// Decodes row rules; both lists may be omitted.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        drop = try c.decodeIfPresent([RowCondition].self, forKey: .drop) ?? []
        keepFirst = try c.decodeIfPresent([String].self, forKey: .keepFirst) ?? []
    }

    /// Encodes row rules.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(drop, forKey: .drop)
        try c.encode(keepFirst, forKey: .keepFirst)
    }

    /// True when no row rule is set.
    public var isEmpty: Bool { drop.isEmpty && keepFirst.isEmpty }
}

/// A condition on one output column, used to drop rows.
public struct RowCondition: Codable, Sendable, Equatable {
    /// The kind of test.
    public enum Test: String, Codable, Sendable, Equatable {
        /// The value is empty.
        case empty
        /// The value is not empty.
        case notEmpty
        /// The value equals `value` exactly.
        case equals
        /// The output value fails the column's rules (format, allowed values, required).
        case invalid
    }

    /// Output (template) column.
    public var column: String
    /// The test.
    public var when: Test
    /// Comparison value for `equals`.
    public var value: String?
    /// When true, `column` names a source column and the test reads its raw value (before mapping;
    /// `equals` then ignores ASCII case and surrounding spaces).
    public var inSource: Bool?

    /// Creates a condition.
    public init(column: String, when: Test, value: String? = nil, inSource: Bool? = nil) {
        self.column = column
        self.when = when
        self.value = value
        self.inSource = inSource
    }

    enum CodingKeys: String, CodingKey {
        case column, when, value, inSource
    }
}
