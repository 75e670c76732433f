/// Which rows ``RecipeEngine/rows(input:selection:offset:limit:)`` lists.
public enum RowSelection: String, Sendable, Codable, CaseIterable {
    /// Rows with at least one invalid cell.
    case invalid
    /// Rows dropped by a row rule.
    case dropped
}

/// One listed output row.
public struct ListedRow: Sendable, Equatable {
    /// 1-based data row number in the source file (the header is not counted; blank lines are skipped).
    public var row: Int
    /// Output values, in template column order (for a dropped row, as mapped before it was dropped).
    public var values: [String]
    /// The row's invalid cells (empty for a dropped row).
    public var invalidCells: [InvalidCell]
    /// For a dropped row, the rule that dropped it, in words (``RowRules/summaries``).
    public var droppedBy: String?

    /// Creates a listed row.
    public init(row: Int, values: [String], invalidCells: [InvalidCell] = [], droppedBy: String? = nil) {
        self.row = row
        self.values = values
        self.invalidCells = invalidCells
        self.droppedBy = droppedBy
    }
}

/// A page of the rows a selection matches over a whole file.
public struct RowListing: Sendable, Equatable {
    /// Output columns (template order).
    public var columns: [String]
    /// The page's rows, in file order.
    public var rows: [ListedRow]
    /// How many rows of the whole file the selection matches.
    public var total: Int
    /// The counts of the whole file.
    public var counts: RecipeCounts
}

extension RecipeEngine {
    /// Lists the rows `selection` matches over the whole file: `limit` of them after skipping
    /// `offset`, with the total, so a caller can page through every invalid or dropped row.
    public func rows<Source: ByteSource>(input: Source, selection: RowSelection, offset: Int = 0, limit: Int = 50)
        throws(RecipeError) -> RowListing
    {
        var listed: [ListedRow] = []
        var matched = 0
        let counts: RecipeCounts
        switch selection {
        case .invalid:
            var lastInvalid = -1
            var current: (row: Int, values: [String])?
            counts = try runCore(
                input: input, writer: CSVWriter<NullByteSink>?.none, filter: .invalid,
                onInvalidCell: { cell in
                    if cell.row == lastInvalid {
                        if listed.last?.row == cell.row { listed[listed.count - 1].invalidCells.append(cell) }
                        return
                    }
                    lastInvalid = cell.row
                    matched += 1
                    if matched > offset, listed.count < limit, let current, current.row == cell.row {
                        listed.append(ListedRow(row: cell.row, values: current.values, invalidCells: [cell]))
                    }
                },
                onRow: { number, values in current = (number, values) },
                wantsRow: { matched >= offset && listed.count < limit })
        case .dropped:
            let rules = sheet.rows.summaries
            counts = try runCore(
                input: input, writer: CSVWriter<NullByteSink>?.none, filter: .valid,
                onDropped: { number, rule, values in
                    matched += 1
                    guard matched > offset, listed.count < limit else { return }
                    listed.append(ListedRow(row: number, values: values(), droppedBy: rules.indices.contains(rule) ? rules[rule] : nil))
                })
        }
        return RowListing(
            columns: outputColumns, rows: listed, total: selection == .invalid ? counts.rowsInvalid : counts.rowsDropped,
            counts: counts)
    }
}

extension RowRules {
    /// Each rule in words, drop conditions first then keep-first columns (the engine's rule order):
    /// `email is empty`, `source column Status is "test"`, `duplicate email (the first is kept)`.
    public var summaries: [String] {
        drop.map(\.summary) + keepFirst.map { "duplicate \($0) (the first is kept)" }
    }
}

extension RowCondition {
    /// The condition in words, e.g. `phone is invalid`.
    public var summary: String {
        let subject = inSource == true ? "source column \(column)" : column
        switch when {
        case .empty: return "\(subject) is empty"
        case .notEmpty: return "\(subject) is not empty"
        case .equals: return "\(subject) is \"\(value ?? "")\""
        case .invalid: return "\(subject) is invalid"
        }
    }
}
