import Foundation
import VernRecipe
import VernAgentKit

/// Answers questions about the current recipe and preview, with numbers. Never changes the recipe.
struct Clarifier {
    let migration: MigrationContext

    /// The questions it answers, for the reply to one it cannot.
    static let understood = [
        "Which column did you map Email from?", "Show the recipe", "How many rows are invalid, and why?",
        "Why is row 12 invalid?", "Which Lead Source values became Other?", "Which source columns are not imported?",
    ]

    func answer(_ question: String) async throws -> String {
        let state = try await AgentState.load(migration)
        let bench = Workbench(migration: migration)
        let text = InstructionParser.normalise(question)
        var lines: [String] = []
        for sheet in state.recipe.sheets {
            guard let template = bench.template(for: sheet), let source = state.source(named: sheet.source) else { continue }
            let scope = ColumnScope(template: template, header: source.profile.header, mappedFrom: Summary.mappedFrom(sheet))
            if let answer = try await answer(text, sheet: sheet, template: template, source: source, scope: scope, state: state, bench: bench) {
                lines.append(state.recipe.sheets.count > 1 ? "\(template.name): \(answer)" : answer)
            }
        }
        guard lines.isEmpty else { return lines.joined(separator: "\n") }
        return "I can't answer \"\(question)\" from the recipe and preview. I can answer questions like: "
            + Self.understood.map { "\"\($0)\"" }.joined(separator: ", ") + "."
    }

    private func answer(
        _ text: String, sheet: SheetRecipe, template: TargetTemplate, source: AgentState.SourceRecord, scope: ColumnScope,
        state: AgentState, bench: Workbench
    ) async throws -> String? {
        if Text.contains(text, #"\b(show|display|print|describe|list|what('s| is)|explain|see)\b.*\b(recipe|mapping|mappings)\b"#)
            || Text.match(text, #"(the )?(recipe|mapping)"#) != nil
            || Text.contains(text, #"\b(which|what) columns\b.*\b(map|mapped|use|used)\b"#)
        {
            let lines = Summary.recipe(sheet, template: template)
            return "Recipe revision \(state.recipe.revision), \(template.name) from \(sheet.source):\n" + lines.map { "- \($0)" }.joined(separator: "\n")
        }
        if let groups = Text.match(text, #".*\brow (\d+)\b.*"#), let number = Int(groups[0]) {
            return try await row(number, sheet: sheet, state: state, bench: bench)
        }
        if Text.contains(text, #"\b(not|aren't|isn't|never|un)\s?(imported|mapped|used|included)\b|\b(ignored|skipped|dropped|left out|unused|unmapped) (source )?columns?\b|\bcolumns?\b.*\b(ignored|skipped|left out|unused|unmapped)\b"#) {
            let used = Set(sheet.columns.flatMap(\.source.sourceColumns))
            let skipped = source.profile.header.filter { !used.contains($0) }
            let empty = template.columnNames.filter { sheet.column($0).map { $0.source == .none } ?? true }
            var answer = skipped.isEmpty
                ? "Every column of \(sheet.source) is imported."
                : "\(Text.count(skipped.count, "source column")) of \(sheet.source) \(skipped.count == 1 ? "is" : "are") not imported: \(skipped.joined(separator: ", "))."
            if !empty.isEmpty { answer += " Template columns left empty: \(empty.joined(separator: ", "))." }
            return answer
        }
        if let groups = Text.match(text, #"(?:which|what)(?: (.+?))? values? (?:became|become|becomes|turned into|turn into|map to|mapped to|maps to|went to|go to|are mapped to|were mapped to|end up as|ended up as) ['"]?(.+?)['"]?"#) {
            return try values(becoming: groups[1], columnPhrase: groups[0], sheet: sheet, template: template, source: source, scope: scope)
        }
        if Text.contains(text, #"\b(invalid|wrong|errors?|problems?|issues?|flagged|bad)\b"#),
            Text.contains(text, #"\b(how many|why|what|which|count|number)\b"#)
        {
            guard let counts = state.lastCounts[sheet.sheet] else { return nil }
            let reasons = Summary.reasons(counts)
            var answer = "\(counts.rowsInvalid) of \(Text.count(counts.rowsValid + counts.rowsInvalid, "row")) \(counts.rowsInvalid == 1 ? "is" : "are") invalid (\(counts.invalidCellsTotal) invalid cells)"
            answer += reasons.isEmpty ? "." : ": " + reasons.map { "\($0.reason) \($0.count)" }.joined(separator: ", ") + "."
            if counts.rowsDropped > 0 { answer += " \(counts.rowsDropped) more were dropped by row rules." }
            return answer
        }
        let fromPatterns = [
            #"(?:which|what) (?:source )?column (?:did you|do you|does|is|was|will) (?:map|mapped|use|used|fill|filled|take|taken|get|feed|feeds)? ?(.+?) (?:mapped )?(?:from|with)"#,
            #"where (?:does|did|do|will) (.+?) come from"#,
            #"(?:what|which column) (?:is|was) (.+?) mapped from"#,
            #"(?:how|where) (?:is|was) (.+?) (?:mapped|filled|computed|built)(?: from)?"#,
            #"(?:which|what) (?:source )?column (?:feeds|fills|goes into|maps to|becomes) (.+?)"#,
        ]
        for pattern in fromPatterns {
            guard let groups = Text.match(text, pattern) else { continue }
            guard let target = scope.target(groups[0]) else {
                return "\(template.name) has no column \"\(ColumnMatcher.clean(groups[0]))\" (columns: \(template.columnNames.joined(separator: ", ")))."
            }
            guard let column = sheet.column(target), column.source != .none else {
                return "\(target) is not mapped from any column: it is left empty."
            }
            var answer = "\(target) comes from \(describe(column.source)) in \(sheet.source)"
            answer += column.transforms.isEmpty ? ", unchanged." : ", then: " + column.transforms.map(Summary.describe).joined(separator: ", ") + "."
            if let counts = state.lastCounts[sheet.sheet], let invalid = counts.invalidCells[target], invalid > 0 {
                answer += " \(Text.count(invalid, "\(target) cell")) \(invalid == 1 ? "is" : "are") invalid."
            }
            return answer
        }
        return nil
    }

    private func row(_ number: Int, sheet: SheetRecipe, state: AgentState, bench: Workbench) async throws -> String {
        guard number >= 1 else { return "Rows are numbered from 1 (the first data row)." }
        let preview = try await bench.enginePreview(state, sheet: sheet, limit: number, wholeFile: false)
        guard preview.counts.rowsIn >= number else {
            return "\(sheet.source) has only \(Text.count(preview.counts.rowsIn, "data row"))."
        }
        guard let index = preview.rowNumbers.firstIndex(of: number) else {
            return "Row \(number) is dropped by the row rules, so it is neither valid nor invalid."
        }
        let cells = preview.invalidCells.filter { $0.row == number }
        guard !cells.isEmpty else { return "Row \(number) is valid: every cell passes its rules." }
        let values = preview.rows[index]
        let parts = cells.map { cell -> String in
            let value = preview.columns.firstIndex(of: cell.column).map { values[$0] } ?? ""
            return "\(cell.column) \"\(value)\" (\(Self.explain(cell.reason)))"
        }
        return "Row \(number) is invalid because of \(Text.count(cells.count, "cell")): \(parts.joined(separator: "; "))."
    }

    static func explain(_ reason: String) -> String {
        let parts = reason.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return reason }
        return switch parts[1] {
        case "required": "\(reason): required but empty"
        case "format": "\(reason): not in the expected format"
        case "duplicate": "\(reason): an earlier row has the same value"
        case "picklist": "\(reason): not one of the allowed values"
        case "ragged": "\(reason): the record has a different number of fields than the header"
        default: reason
        }
    }

    private func values(
        becoming raw: String, columnPhrase: String, sheet: SheetRecipe, template: TargetTemplate, source: AgentState.SourceRecord,
        scope: ColumnScope
    ) throws -> String? {
        let picklists = sheet.columns.filter { column in column.transforms.contains { if case .picklist = $0 { true } else { false } } }
        let named = columnPhrase.isEmpty ? nil : scope.target(columnPhrase)
        guard let column = picklists.first(where: { named == nil || $0.target == named }),
            case .column(let sourceName) = column.source
        else { return nil }
        guard let distinct = source.profile.column(sourceName)?.distinct else {
            return "\(sourceName) has too many distinct values to list."
        }
        let target = Text.unquote(raw)
        var hits: [(String, Int)] = []
        for (value, count) in distinct where !value.isEmpty {
            var output = value
            var mappedExplicitly = false
            for transform in column.transforms {
                if case .picklist(let entries, let fallback) = transform {
                    if let entry = entries.first(where: { $0.matches.contains(value) }) {
                        output = entry.value
                        mappedExplicitly = true
                    } else {
                        output = fallback ?? value
                    }
                }
            }
            if Text.key(output) == Text.key(target) { hits.append((mappedExplicitly ? value : value + " (by default)", count)) }
        }
        hits.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        guard !hits.isEmpty else { return "No \(sourceName) value becomes \(target)." }
        let rows = hits.reduce(0) { $0 + $1.1 }
        return "\(Text.count(hits.count, "\(sourceName) value")) (\(Text.count(rows, "row"))) become \(target): "
            + hits.map { "\($0.0) (\($0.1))" }.joined(separator: ", ") + "."
    }
}
