/// The current preview: what the agent proposes to import, sheet by sheet.
public struct Preview: Codable, Hashable, Sendable {
    /// One invalid cell of a preview sheet.
    public struct InvalidCell: Codable, Hashable, Sendable {
        /// Index into the sheet's `rows`, where row 0 is the header: the first data row is 1.
        public var row: Int
        /// Template column name.
        public var column: String
        /// Machine-readable reason, `column:rule`, e.g. `phone:format`.
        public var reason: String
        /// The offending value, when there is one.
        public var value: String?

        public init(row: Int, column: String, reason: String, value: String? = nil) {
            self.row = row
            self.column = column
            self.reason = reason
            self.value = value
        }
    }

    /// One output sheet.
    public struct Sheet: Codable, Hashable, Sendable {
        public var template: TemplateRef
        /// Row 0 is the header (template column names); at most the preview sample follows.
        public var rows: [[String]]
        public var invalidCells: [InvalidCell]
        /// Rows in the whole sheet, not only the sample (a local-server extension).
        public var rowCount: Int?
        /// Rows in the whole sheet with at least one invalid cell (a local-server extension).
        public var invalidRowCount: Int?
        /// The source row number of each sample row, 1 being the first data row of the source
        /// (a local-server extension; rows dropped by row rules make it differ from the position).
        public var rowNumbers: [Int]?
        /// Rows of the whole sheet dropped by row rules, per rule in words (a local-server
        /// extension; a rule that dropped nothing is absent).
        public var droppedByRule: [String: Int]?

        enum CodingKeys: String, CodingKey {
            case template, rows
            case invalidCells = "invalid_cells"
            case rowCount = "row_count"
            case invalidRowCount = "invalid_row_count"
            case rowNumbers = "row_numbers"
            case droppedByRule = "dropped_by_rule"
        }

        public init(
            template: TemplateRef, rows: [[String]], invalidCells: [InvalidCell], rowCount: Int? = nil,
            invalidRowCount: Int? = nil, rowNumbers: [Int]? = nil, droppedByRule: [String: Int]? = nil
        ) {
            self.template = template
            self.rows = rows
            self.invalidCells = invalidCells
            self.rowCount = rowCount
            self.invalidRowCount = invalidRowCount
            self.rowNumbers = rowNumbers
            self.droppedByRule = droppedByRule
        }

        /// Rows of the whole sheet dropped by row rules, when the server says.
        public var droppedRowCount: Int? { droppedByRule.map { $0.values.reduce(0, +) } }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            template = try container.decode(TemplateRef.self, forKey: .template)
            rows = try container.decodeIfPresent([[String]].self, forKey: .rows) ?? []
            invalidCells = try container.decodeIfPresent([InvalidCell].self, forKey: .invalidCells) ?? []
            rowCount = try container.decodeIfPresent(Int.self, forKey: .rowCount)
            invalidRowCount = try container.decodeIfPresent(Int.self, forKey: .invalidRowCount)
            rowNumbers = try container.decodeIfPresent([Int].self, forKey: .rowNumbers)
            droppedByRule = try container.decodeIfPresent([String: Int].self, forKey: .droppedByRule)
        }
    }

    /// Always `awaiting_approval` while a preview exists.
    public var status: RunStatus
    public var templates: [TemplateRef]
    public var sheets: [Sheet]

    public init(status: RunStatus = .awaitingApproval, templates: [TemplateRef], sheets: [Sheet]) {
        self.status = status
        self.templates = templates
        self.sheets = sheets
    }
}
