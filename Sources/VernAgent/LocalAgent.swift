import Foundation
import VernAPI
import VernRecipe
import VernAgentKit

/// The local stand-in for Vern's managed agent: profiles the uploaded CSV files (or extracts
/// records through the `demo_crm` connector), builds a mapping recipe with the recipe engine,
/// asks when a mapping is not confident, edits the recipe from plain-language instructions,
/// answers questions about it, executes it and serves exports.
///
/// Deterministic: the same inputs give the same thread text, recipe and preview.
///
/// ```swift
/// let configuration = ServerConfiguration(agent: LocalAgent())
/// ```
public struct LocalAgent: Agent {
    /// Creates the local agent.
    public init() {}

    /// Does one run: generate and update end at a preview, clarify at an answer, execute at a report.
    /// - Parameter run: The run.
    /// - Returns: The run's outcome.
    /// - Throws: ``AgentError`` with a readable sentence when the run cannot finish.
    public func run(_ run: RunContext) async throws -> RunOutcome {
        switch run.kind {
        case .generate: try await Generator(run: run).generate()
        case .update: try await Updater(run: run).update()
        case .clarify: .answer(try await Clarifier(migration: run.migration).answer(run.message ?? ""))
        case .execute: try await execute(run)
        case .unknown(let kind): throw AgentError("The local agent does not know how to do a \(kind) run.")
        }
    }

    /// One executed sheet as CSV: the valid rows execute wrote, streamed as they are, or the
    /// rows another filter selects, written for this export.
    /// - Parameters:
    ///   - request: The template and the row filter.
    ///   - context: The migration.
    /// - Returns: The CSV file and its number of rows.
    /// - Throws: ``AgentError`` before the first execute or when no sheet feeds the template.
    public func export(_ request: ExportRequest, context: MigrationContext) async throws -> CSVExport {
        guard let state = try? await AgentState.load(context), let revision = state.executedRevision,
            let recipe = state.history.recipe(at: revision)
        else {
            throw AgentError("Nothing has been imported yet; run execute before exporting.")
        }
        let slug = request.template.effectiveSlug
        guard let sheet = recipe.sheets.first(where: { ($0.template ?? $0.sheet) == slug }),
            let source = state.source(named: sheet.source)
        else {
            throw AgentError("No source feeds the template `\(slug)`.")
        }
        let executed = ExecutedSheets(migration: context)
        if request.filter == .valid, let counts = state.executedCounts?[sheet.sheet],
            let file = try? executed.file(sheet: sheet.sheet, revision: revision),
            FileManager.default.fileExists(atPath: file.path)
        {
            return CSVExport(totalRecords: counts.rowsValid, file: file, removeWhenSent: false)
        }
        let bench = Workbench(migration: context)
        let engine = try bench.engine(recipe, sheet: sheet)
        let input = try await bench.input(of: source)
        let file: URL
        let counts: RecipeCounts
        do {
            (file, counts) = try executed.writeOnce(engine, input: input, filter: RowFilter(rawValue: request.filter.rawValue) ?? .valid)
        } catch {
            throw AgentError("The export could not be written: \(error.message).")
        }
        let total: Int = switch request.filter {
        case .valid: counts.rowsValid
        case .invalid: counts.rowsInvalid
        case .all: counts.rowsValid + counts.rowsInvalid
        }
        return CSVExport(totalRecords: total, file: file, removeWhenSent: true)
    }

    private func execute(_ run: RunContext) async throws -> RunOutcome {
        var state = try await AgentState.load(run.migration)
        let bench = Workbench(migration: run.migration)
        try await run.progress("Importing your data")
        var perSheet: [RunReport.Sheet] = []
        var invalidRows = 0
        var droppedRows = 0
        var streams: [JSONValue] = []
        var executedCounts: [String: RecipeCounts] = [:]
        for sheet in state.recipe.sheets {
            guard let template = bench.template(for: sheet), let source = state.source(named: sheet.source) else { continue }
            try await run.emit(.toolCall, data: ["tool": "execute_recipe", "input": ["sheet": .string(sheet.sheet), "revision": .number(Double(state.recipe.revision))]])
            let engine = try bench.engine(state.recipe, sheet: sheet)
            let input = try await bench.input(of: source)
            let counts: RecipeCounts
            do {
                counts = try ExecutedSheets(migration: run.migration).execute(engine, input: input, revision: state.recipe.revision)
            } catch {
                throw AgentError("\(sheet.source) could not be imported: \(error.message).")
            }
            try await run.emit(.toolResult, data: ["tool": "execute_recipe", "output": try JSONValue(counts)])
            let imported = counts.rowsValid + counts.rowsInvalid
            perSheet.append(RunReport.Sheet(templateName: template.name, sheetID: Text.stableID(run.migration.migrationID + "/" + sheet.sheet), rowCount: imported))
            invalidRows += counts.rowsInvalid
            droppedRows += counts.rowsDropped
            executedCounts[sheet.sheet] = counts
            if let connector = source.connector, let stream = source.stream {
                streams.append(["source_key": .string(connector), "stream": .string(stream), "records": .number(Double(counts.rowsIn))])
            }
            var text = "\(template.name): imported \(Text.count(imported, "row")) from \(sheet.source); \(Text.count(counts.rowsInvalid, "row")) flagged invalid (\(counts.rowsValid) valid)"
            if counts.rowsDropped > 0 { text += "; \(counts.rowsDropped) dropped by row rules" }
            try await run.emit(.message, data: ["text": .string(text + ".")])
        }
        state.executedRevision = state.recipe.revision
        state.executedCounts = executedCounts
        try await state.save(run.migration)
        let coverage: JSONValue? = streams.isEmpty ? nil : [
            "streams": .array(streams), "records": .number(Double(perSheet.reduce(0) { $0 + $1.rowCount })),
        ]
        return .report(
            RunReport(
                inserted: perSheet.reduce(0) { $0 + $1.rowCount }, perSheet: perSheet, invalidCellCount: invalidRows, coverage: coverage,
                droppedRowCount: droppedRows))
    }
}

extension JSONValue {
    /// A JSON value from any encodable value (sorted keys, so thread payloads are deterministic).
    init(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        self = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(value))
    }
}
