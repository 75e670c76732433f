/// Which rows of a preview sheet `GET /migrations/{id}/preview/rows` lists (a local-server extension).
public enum PreviewRowFilter: String, Codable, CaseIterable, Sendable {
    /// Rows with at least one invalid cell.
    case invalid
    /// Rows dropped by the recipe's row rules.
    case dropped
}

/// A page of one preview sheet's invalid or dropped rows, over the whole sheet
/// (`GET /migrations/{id}/preview/rows`, a local-server extension).
public struct PreviewRows: Codable, Hashable, Sendable {
    /// One listed row.
    public struct Row: Codable, Hashable, Sendable {
        /// The source row number: 1 is the first data row of the source.
        public var row: Int
        /// The row's record id (the value of ``PreviewRows/keyColumn``), when there is one.
        public var recordID: String?
        /// Values in ``PreviewRows/columns`` order.
        public var values: [String]
        /// The row's invalid cells (`row` is the source row number); empty for dropped rows.
        public var invalidCells: [Preview.InvalidCell]
        /// For a dropped row, the row rule that dropped it, in words, e.g. `email is empty`.
        public var droppedBy: String?

        enum CodingKeys: String, CodingKey {
            case row, values
            case recordID = "record_id"
            case invalidCells = "invalid_cells"
            case droppedBy = "dropped_by"
        }

        public init(row: Int, recordID: String?, values: [String], invalidCells: [Preview.InvalidCell] = [], droppedBy: String? = nil) {
            self.row = row
            self.recordID = recordID
            self.values = values
            self.invalidCells = invalidCells
            self.droppedBy = droppedBy
        }
    }

    public var template: TemplateRef
    public var filter: PreviewRowFilter
    /// Template column names, in order.
    public var columns: [String]
    /// The column that identifies a record (`external_id` when the template has it), if any.
    public var keyColumn: String?
    public var rows: [Row]
    /// How many rows of the whole sheet the filter matches.
    public var total: Int
    /// How many matching rows come before this page.
    public var offset: Int
    /// The most rows a page holds.
    public var limit: Int

    enum CodingKeys: String, CodingKey {
        case template, filter, columns, rows, total, offset, limit
        case keyColumn = "key_column"
    }

    public init(
        template: TemplateRef, filter: PreviewRowFilter, columns: [String], keyColumn: String?, rows: [Row], total: Int,
        offset: Int, limit: Int
    ) {
        self.template = template
        self.filter = filter
        self.columns = columns
        self.keyColumn = keyColumn
        self.rows = rows
        self.total = total
        self.offset = offset
        self.limit = limit
    }

    /// The most rows one page may hold.
    public static let maximumLimit = 1000
}

extension Template {
    /// The column that identifies a record: `external_id` when the template has it, else its
    /// first unique column.
    public var keyColumn: String? {
        columns.first { $0.name == "external_id" }?.name ?? columns.first { $0.unique }?.name
    }
}
