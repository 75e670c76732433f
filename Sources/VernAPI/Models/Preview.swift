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

        enum CodingKeys: String, CodingKey {
            case template, rows
            case invalidCells = "invalid_cells"
            case rowCount = "row_count"
            case invalidRowCount = "invalid_row_count"
        }

        public init(
            template: TemplateRef, rows: [[String]], invalidCells: [InvalidCell], rowCount: Int? = nil,
            invalidRowCount: Int? = nil
        ) {
            self.template = template
            self.rows = rows
            self.invalidCells = invalidCells
            self.rowCount = rowCount
            self.invalidRowCount = invalidRowCount
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            template = try container.decode(TemplateRef.self, forKey: .template)
            rows = try container.decodeIfPresent([[String]].self, forKey: .rows) ?? []
            invalidCells = try container.decodeIfPresent([InvalidCell].self, forKey: .invalidCells) ?? []
            rowCount = try container.decodeIfPresent(Int.self, forKey: .rowCount)
            invalidRowCount = try container.decodeIfPresent(Int.self, forKey: .invalidRowCount)
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
