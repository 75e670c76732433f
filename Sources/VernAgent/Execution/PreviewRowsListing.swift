import VernAPI
import VernAgentKit
import VernRecipe

extension LocalAgent {
    /// One sheet's invalid or dropped rows under the current recipe (the one behind the
    /// preview), over the whole source, a page at a time.
    /// - Parameters:
    ///   - request: The template, which rows, and the page.
    ///   - context: The migration.
    /// - Returns: The page and the total the filter matches.
    /// - Throws: ``AgentError`` when no sheet feeds the template or the source cannot be read.
    public func previewRows(_ request: PreviewRowsRequest, context: MigrationContext) async throws -> PreviewRows {
        let state = try await AgentState.load(context)
        let slug = request.template.effectiveSlug
        guard let sheet = state.recipe.sheets.first(where: { ($0.template ?? $0.sheet) == slug }),
            let source = state.source(named: sheet.source)
        else {
            throw AgentError("No source feeds the template `\(slug)`.")
        }
        let bench = Workbench(migration: context)
        let engine = try bench.engine(state.recipe, sheet: sheet)
        let input = try await bench.input(of: source)
        let selection: RowSelection = request.filter == .dropped ? .dropped : .invalid
        let listing: RowListing
        do {
            listing = try engine.rows(input: input, selection: selection, offset: request.offset, limit: request.limit)
        } catch {
            throw AgentError("\(sheet.source) could not be read: \(error.message).")
        }
        let keyColumn = request.template.keyColumn
        let keyIndex = keyColumn.flatMap { listing.columns.firstIndex(of: $0) }
        let rows = listing.rows.map { row in
            PreviewRows.Row(
                row: row.row, recordID: keyIndex.map { row.values[$0] }.flatMap { $0.isEmpty ? nil : $0 }, values: row.values,
                invalidCells: row.invalidCells.map { cell in
                    Preview.InvalidCell(
                        row: cell.row, column: cell.column, reason: cell.reason,
                        value: listing.columns.firstIndex(of: cell.column).map { row.values[$0] })
                },
                droppedBy: row.droppedBy)
        }
        return PreviewRows(
            template: TemplateRef(slug: slug, name: request.template.name), filter: request.filter, columns: listing.columns,
            keyColumn: keyColumn, rows: rows, total: listing.total, offset: request.offset, limit: request.limit)
    }
}
