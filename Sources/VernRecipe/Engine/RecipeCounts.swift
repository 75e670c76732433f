/// Which rows an export writes.
public enum RowFilter: String, Sendable, Codable, CaseIterable {
    /// Rows without invalid cells.
    case valid
    /// Every row that is not dropped.
    case all
    /// Rows with at least one invalid cell.
    case invalid
}

/// One invalid cell.
public struct InvalidCell: Sendable, Equatable, Codable, CustomStringConvertible {
    /// 1-based data row number in the source file (the header is not counted; blank lines are skipped).
    public var row: Int
    /// Template column (`_row` for row-level problems such as a wrong number of fields).
    public var column: String
    /// Reason `column:kind`, e.g. `phone:format`, `email:duplicate`, `_row:ragged`.
    public var reason: String

    /// Creates an invalid cell.
    public init(row: Int, column: String, reason: String) {
        self.row = row
        self.column = column
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case row, column, reason
    }

    /// `row 12 phone:format`.
    public var description: String { "row \(row) \(reason)" }
}

/// The counts of a run, in the SPEC's shape.
public struct RecipeCounts: Sendable, Equatable, Codable {
    /// Data rows read.
    public var rowsIn: Int
    /// Rows without invalid cells.
    public var rowsValid: Int
    /// Rows with at least one invalid cell.
    public var rowsInvalid: Int
    /// Rows dropped by row rules (not counted as valid or invalid).
    public var rowsDropped: Int
    /// Invalid cells in total.
    public var invalidCellsTotal: Int
    /// Invalid cells per column.
    public var invalidCells: [String: Int]
    /// Invalid cells per reason (`column:kind`); every reason the recipe and template can produce is present.
    public var invalidByReason: [String: Int]
    /// Per date column, the values whose two leading parts are both ≤ 12 (`03/04/2023`): read in the
    /// chosen day/month order, but another order would give another date. Columns with none are absent.
    /// Not part of the SPEC's counts (`json`).
    public var ambiguousDates: [String: Int]

    /// Creates counts.
    public init(
        rowsIn: Int = 0, rowsValid: Int = 0, rowsInvalid: Int = 0, rowsDropped: Int = 0, invalidCellsTotal: Int = 0,
        invalidCells: [String: Int] = [:], invalidByReason: [String: Int] = [:], ambiguousDates: [String: Int] = [:]
    ) {
        self.rowsIn = rowsIn
        self.rowsValid = rowsValid
        self.rowsInvalid = rowsInvalid
        self.rowsDropped = rowsDropped
        self.invalidCellsTotal = invalidCellsTotal
        self.invalidCells = invalidCells
        self.invalidByReason = invalidByReason
        self.ambiguousDates = ambiguousDates
    }

    /// Decodes counts; `ambiguous_dates` may be absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rowsIn = try c.decode(Int.self, forKey: .rowsIn)
        rowsValid = try c.decode(Int.self, forKey: .rowsValid)
        rowsInvalid = try c.decode(Int.self, forKey: .rowsInvalid)
        rowsDropped = try c.decodeIfPresent(Int.self, forKey: .rowsDropped) ?? 0
        invalidCellsTotal = try c.decode(Int.self, forKey: .invalidCellsTotal)
        invalidCells = try c.decode([String: Int].self, forKey: .invalidCells)
        invalidByReason = try c.decode([String: Int].self, forKey: .invalidByReason)
        ambiguousDates = try c.decodeIfPresent([String: Int].self, forKey: .ambiguousDates) ?? [:]
    }

    enum CodingKeys: String, CodingKey {
        case rowsIn = "rows_in"
        case rowsValid = "rows_valid"
        case rowsInvalid = "rows_invalid"
        case rowsDropped = "rows_dropped"
        case invalidCellsTotal = "invalid_cells_total"
        case invalidCells = "invalid_cells"
        case invalidByReason = "invalid_by_reason"
        case ambiguousDates = "ambiguous_dates"
    }

    /// The counts JSON exactly as the SPEC's anchors print it (Python `json.dumps(…, sort_keys=True)`):
    /// sorted keys, `", "` and `": "` separators. `rows_dropped` appears only when rows were dropped.
    public var json: String {
        func obj(_ d: [String: Int]) -> String {
            "{"
                + d.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                .map { "\(quote($0.key)): \($0.value)" }.joined(separator: ", ") + "}"
        }
        var top: [(String, String)] = [
            ("invalid_by_reason", obj(invalidByReason)), ("invalid_cells", obj(invalidCells)),
            ("invalid_cells_total", "\(invalidCellsTotal)"), ("rows_in", "\(rowsIn)"),
            ("rows_invalid", "\(rowsInvalid)"), ("rows_valid", "\(rowsValid)"),
        ]
        if rowsDropped > 0 { top.append(("rows_dropped", "\(rowsDropped)")) }
        top.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        return "{" + top.map { "\(quote($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }
}

/// JSON string literal with Python's `ensure_ascii` escaping.
func quote(_ s: String) -> String {
    var out = "\""
    for u in s.utf16 {
        switch u {
        case 0x22: out += "\\\""
        case 0x5C: out += "\\\\"
        case 0x0A: out += "\\n"
        case 0x0D: out += "\\r"
        case 0x09: out += "\\t"
        case 0x08: out += "\\b"
        case 0x0C: out += "\\f"
        case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(UInt8(u)))
        default:
            let hex = String(u, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
    return out + "\""
}

/// A preview: the first rows of the output (all rows, valid or not) with their invalid cells.
public struct RecipePreview: Sendable, Equatable {
    /// Output columns (template order).
    public var columns: [String]
    /// The first rows, values in `columns` order.
    public var rows: [[String]]
    /// Source row number of each row in `rows`.
    public var rowNumbers: [Int]
    /// Invalid cells of the previewed rows.
    public var invalidCells: [InvalidCell]
    /// Counts over the whole file (or over the previewed rows only when the scan was limited).
    public var counts: RecipeCounts
    /// Dropped rows per row rule, the rule in words (``RowRules/summaries``); rules that dropped none are absent.
    public var droppedByRule: [String: Int] = [:]
}
