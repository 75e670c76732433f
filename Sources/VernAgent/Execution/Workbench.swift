import Foundation
import VernAPI
import VernRecipe
import VernAgentKit

/// Runs the recipe engine over a migration's sources: previews, counts, single rows, exports.
struct Workbench: Sendable {
    /// How many data rows a preview sheet shows.
    static let sampleSize = 20

    let migration: MigrationContext
    let templates: [TargetTemplate]

    init(migration: MigrationContext) {
        self.migration = migration
        templates = migration.templates.map(TargetTemplate.init)
    }

    func template(_ slug: String?) -> TargetTemplate? { templates.first { $0.slug == slug } }

    func template(for sheet: SheetRecipe) -> TargetTemplate? { template(sheet.template ?? sheet.sheet) }

    /// The bytes of a source: an uploaded file, or records extracted from a connector.
    func bytes(of source: AgentState.SourceRecord) async throws -> [UInt8] {
        if let fileID = source.fileID {
            guard let file = try await migration.files().first(where: { $0.id == fileID }) else {
                throw AgentError("The file \(source.name) is no longer uploaded; upload it again and rerun generate.")
            }
            return [UInt8](try await migration.contents(of: file))
        }
        if source.connector == DemoCRM.connector.sourceKey, let stream = source.stream {
            return Array(DemoCRM.csv(stream: stream).utf8)
        }
        throw AgentError("The source \(source.name) cannot be read.")
    }

    /// A streaming input over the source: the upload on disk when the server keeps one, else its bytes.
    func input(of source: AgentState.SourceRecord) async throws -> any ByteSource {
        if let fileID = source.fileID, let url = try await migration.files().first(where: { $0.id == fileID })?.fileURL,
            FileManager.default.fileExists(atPath: url.path), let file = try? FileByteSource(path: url.path)
        {
            return file
        }
        return MemoryByteSource(try await bytes(of: source))
    }

    func engine(_ recipe: Recipe, sheet: SheetRecipe) throws -> RecipeEngine {
        guard let template = template(for: sheet) else {
            throw AgentError("The recipe's sheet \(sheet.sheet) has no template in this migration.")
        }
        do {
            return try RecipeEngine(recipe: recipe, template: template.api, sheet: sheet.sheet)
        } catch {
            throw AgentError("The recipe does not fit the template \(template.name): \(error.message).")
        }
    }

    /// One sheet's engine preview (first rows plus whole-sheet counts).
    func enginePreview(_ state: AgentState, sheet: SheetRecipe, limit: Int = sampleSize, wholeFile: Bool = true) async throws
        -> RecipePreview
    {
        guard let source = state.source(named: sheet.source) else {
            throw AgentError("The recipe reads \(sheet.source), which is not one of the sources.")
        }
        let engine = try engine(state.recipe, sheet: sheet)
        let input = try await input(of: source)
        do {
            return try engine.preview(input: input, limit: limit, scanWholeFile: wholeFile)
        } catch {
            throw AgentError("\(sheet.source) could not be read: \(error.message).")
        }
    }

    /// One sheet's output over the whole file with no row rules: every source row, in order.
    func everyRow(_ state: AgentState, sheet: SheetRecipe) async throws -> RecipePreview {
        var unfiltered = state
        var recipe = state.recipe
        recipe.sheets = recipe.sheets.map { var copy = $0; copy.rows = RowRules(); return copy }
        unfiltered.history.commit(recipe, note: nil)
        return try await enginePreview(unfiltered, sheet: recipe.sheets.first { $0.sheet == sheet.sheet } ?? sheet, limit: Int.max)
    }

    /// One source row as the file holds it (1 = the first data row), by header; nil past the end.
    func sourceRecord(_ number: Int, of source: AgentState.SourceRecord) async throws -> [String: String]? {
        try Self.record(number, in: try await input(of: source))
    }

    private static func record(_ number: Int, in input: some ByteSource) throws -> [String: String]? {
        let reader = try CSVRecordReader(source: input)
        guard let header = try reader.next() else { return nil }
        var at = 0
        while let record = try reader.next() {
            at += 1
            guard at == number else { continue }
            return Dictionary(zip(header.map { $0.trimmingCharacters(in: .whitespaces) }, record), uniquingKeysWith: { first, _ in first })
        }
        return nil
    }

    /// The preview of every sheet, in the wire shape.
    func preview(_ state: AgentState) async throws -> (preview: Preview, counts: [String: RecipeCounts]) {
        var sheets: [Preview.Sheet] = []
        var counts: [String: RecipeCounts] = [:]
        for sheet in state.recipe.sheets {
            guard let template = template(for: sheet) else { continue }
            let result = try await enginePreview(state, sheet: sheet)
            counts[sheet.sheet] = result.counts
            var cells: [Preview.InvalidCell] = []
            for cell in result.invalidCells {
                guard let index = result.rowNumbers.firstIndex(of: cell.row) else { continue }
                let column = result.columns.firstIndex(of: cell.column)
                cells.append(
                    Preview.InvalidCell(
                        row: index + 1, column: cell.column, reason: cell.reason,
                        value: column.map { result.rows[index][$0] }))
            }
            sheets.append(
                Preview.Sheet(
                    template: TemplateRef(slug: template.slug, name: template.name), rows: [result.columns] + result.rows,
                    invalidCells: cells, rowCount: result.counts.rowsValid + result.counts.rowsInvalid,
                    invalidRowCount: result.counts.rowsInvalid, rowNumbers: result.rowNumbers,
                    droppedByRule: result.droppedByRule))
        }
        let refs = templates.map { TemplateRef(slug: $0.slug, name: $0.name) }
        return (Preview(status: .awaitingApproval, templates: refs, sheets: sheets), counts)
    }
}
