import Foundation
import VernAPI

/// The simple agent the local server ships: it maps uploaded CSV columns to template columns by
/// normalised name, builds real previews, answers clarify runs with a short factual reply about
/// the mapping, and executes. It cannot edit a recipe: an `update` rebuilds the same preview.
public struct BuiltInAgent: Agent {
    /// How many data rows a preview sheet shows.
    public static let previewSampleSize = 20

    /// Creates the built-in agent.
    public init() {}

    /// What the agent keeps per migration: for each template slug, the file it reads and the
    /// source header each template column comes from.
    struct State: Codable {
        struct SheetRecipe: Codable {
            var fileID: String
            var fileName: String
            /// Template column → source header.
            var columns: [String: String]
            var sheetID: String
        }

        var sheets: [String: SheetRecipe]
        var executed: Bool
    }

    /// Does one run.
    /// - Parameter run: The run.
    /// - Returns: A preview, an answer or a report, by kind.
    /// - Throws: ``AgentError`` when there is nothing to map.
    public func run(_ run: RunContext) async throws -> RunOutcome {
        switch run.kind {
        case .generate:
            try await run.progress("Reading your files")
            let state = try await makeRecipe(run.migration)
            try await save(state, run.migration)
            try await run.emit(.message, data: ["text": .string(describe(state, templates: run.migration.templates))])
            try await run.progress("Building the preview")
            return .preview(try await preview(state, run.migration))
        case .update:
            let state = try await load(run.migration)
            try await run.emit(
                .message,
                data: ["text": "The built-in local agent maps columns by name only and cannot edit the recipe; the preview was rebuilt unchanged."])
            return .preview(try await preview(state, run.migration))
        case .clarify:
            let state = try await load(run.migration)
            let sheets = try await computeSheets(state, run.migration)
            var answer = describe(state, templates: run.migration.templates)
            for template in run.migration.templates {
                if let sheet = sheets[template.effectiveSlug] {
                    answer += " \(template.name): \(sheet.invalidRowCount) of \(sheet.rows.count) rows have an invalid cell."
                }
            }
            return .answer(answer)
        case .execute:
            var state = try await load(run.migration)
            try await run.progress("Importing your data")
            let sheets = try await computeSheets(state, run.migration)
            state.executed = true
            try await save(state, run.migration)
            let perSheet = run.migration.templates.compactMap { template -> RunReport.Sheet? in
                guard let recipe = state.sheets[template.effectiveSlug], let sheet = sheets[template.effectiveSlug] else {
                    return nil
                }
                return RunReport.Sheet(templateName: template.name, sheetID: recipe.sheetID, rowCount: sheet.rows.count)
            }
            return .report(
                RunReport(
                    inserted: perSheet.reduce(0) { $0 + $1.rowCount }, perSheet: perSheet,
                    invalidCellCount: sheets.values.reduce(0) { $0 + $1.invalidRowCount }, coverage: nil))
        case .unknown(let kind):
            throw AgentError("The built-in agent does not know how to do a \(kind) run.")
        }
    }

    /// Exports one executed sheet.
    /// - Parameters:
    ///   - request: The template and filter.
    ///   - context: The migration.
    /// - Returns: The CSV rows.
    /// - Throws: ``AgentError`` before the first execute, or when the template has no mapped sheet.
    public func export(_ request: ExportRequest, context: MigrationContext) async throws -> CSVExport {
        guard let data = try await context.loadState(), let state = try? JSONDecoder().decode(State.self, from: data),
            state.executed
        else {
            throw AgentError("Nothing has been imported yet; run execute before exporting.")
        }
        guard let sheet = try await computeSheets(state, context)[request.template.effectiveSlug] else {
            throw AgentError("No uploaded file maps to the template `\(request.template.effectiveSlug)`.")
        }
        let rows = sheet.rows(for: request.filter)
        return CSVExport(
            header: sheet.header, totalRecords: rows.count,
            rows: AsyncThrowingStream { continuation in
                for row in rows { continuation.yield(row) }
                continuation.finish()
            })
    }

    private func makeRecipe(_ migration: MigrationContext) async throws -> State {
        let previous = try? await load(migration)
        var sheets: [String: State.SheetRecipe] = [:]
        let files = try await migration.files().filter(isCSV)
        guard !files.isEmpty else { throw AgentError("None of the uploaded files is a CSV file the built-in agent can read.") }
        var headers: [(file: AgentFile, header: [String])] = []
        for file in files {
            let header = SimpleCSV.parse(try await migration.contents(of: file)).first ?? []
            headers.append((file, header))
        }
        for template in migration.templates {
            let best = headers.map { (candidate: $0, mapping: SimpleCSV.mapping(template: template, header: $0.header)) }
                .filter { !$0.mapping.isEmpty }
                .max { $0.mapping.count < $1.mapping.count }
            guard let best else { continue }
            let slug = template.effectiveSlug
            sheets[slug] = State.SheetRecipe(
                fileID: best.candidate.file.id, fileName: best.candidate.file.name,
                columns: best.mapping.mapValues { best.candidate.header[$0] },
                sheetID: previous?.sheets[slug]?.sheetID ?? UUID().uuidString.lowercased())
        }
        guard !sheets.isEmpty else {
            throw AgentError("No uploaded CSV has a column named like a template column; rename the headers or upload another file.")
        }
        return State(sheets: sheets, executed: false)
    }

    private func computeSheets(_ state: State, _ migration: MigrationContext) async throws -> [String: SimpleCSV.Sheet] {
        let files = try await migration.files()
        var sheets: [String: SimpleCSV.Sheet] = [:]
        for template in migration.templates {
            let slug = template.effectiveSlug
            guard let recipe = state.sheets[slug], let file = files.first(where: { $0.id == recipe.fileID }) else { continue }
            let source = SimpleCSV.parse(try await migration.contents(of: file))
            let header = source.first ?? []
            let mapping = recipe.columns.compactMapValues { name in header.firstIndex(of: name) }
            sheets[slug] = SimpleCSV.sheet(template: template, source: source, mapping: mapping)
        }
        return sheets
    }

    private func preview(_ state: State, _ migration: MigrationContext) async throws -> Preview {
        let computed = try await computeSheets(state, migration)
        let refs = migration.templates.map { TemplateRef(slug: $0.effectiveSlug, name: $0.name) }
        let sheets = zip(migration.templates, refs).compactMap { template, ref -> Preview.Sheet? in
            guard let sheet = computed[template.effectiveSlug] else { return nil }
            let sample = Array(sheet.rows.prefix(Self.previewSampleSize))
            let invalidCells = sheet.invalid.prefix(Self.previewSampleSize).enumerated().flatMap { index, cells in
                cells.map { Preview.InvalidCell(row: index + 1, column: $0.column, reason: $0.reason, value: $0.value) }
            }
            return Preview.Sheet(
                template: ref, rows: [sheet.header] + sample, invalidCells: invalidCells, rowCount: sheet.rows.count,
                invalidRowCount: sheet.invalidRowCount)
        }
        return Preview(status: .awaitingApproval, templates: refs, sheets: sheets)
    }

    private func describe(_ state: State, templates: [Template]) -> String {
        templates.compactMap { template -> String? in
            guard let recipe = state.sheets[template.effectiveSlug] else {
                return "\(template.name): no uploaded file matches."
            }
            let mapped = template.columns.compactMap { column in recipe.columns[column.name].map { "\(column.name) ← \($0)" } }
            let missing = template.columns.map(\.name).filter { recipe.columns[$0] == nil }
            var text = "\(template.name) from \(recipe.fileName): mapped \(mapped.count) of \(template.columns.count) columns (\(mapped.joined(separator: ", ")))."
            if !missing.isEmpty { text += " Unmapped: \(missing.joined(separator: ", "))." }
            return text
        }.joined(separator: " ")
    }

    private func load(_ migration: MigrationContext) async throws -> State {
        guard let data = try await migration.loadState(), let state = try? JSONDecoder().decode(State.self, from: data) else {
            throw AgentError("There is no recipe yet; start a generate run first.")
        }
        return state
    }

    private func save(_ state: State, _ migration: MigrationContext) async throws {
        try await migration.saveState(try JSONEncoder().encode(state))
    }

    private func isCSV(_ file: AgentFile) -> Bool {
        file.name.lowercased().hasSuffix(".csv") || (file.contentType ?? "").lowercased().contains("csv")
    }
}
