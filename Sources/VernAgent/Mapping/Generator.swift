import Foundation
import VernAPI
import VernRecipe
import VernAgentKit

/// A generate run: read and profile the sources, choose which feeds which template, map the
/// columns, ask about what is not confident, and end at a preview.
struct Generator {
    let run: RunContext
    var migration: MigrationContext { run.migration }

    func generate() async throws -> RunOutcome {
        let bench = Workbench(migration: migration)
        try await run.progress(run.extractViaAPI ? "Connecting to your source" : "Reading your files")
        let sources = run.extractViaAPI ? try await Extractor(run: run).extract() : try await profileFiles()
        try await run.progress("Mapping columns")
        var sheets: [SheetRecipe] = []
        for template in bench.templates {
            let ranked = sources.map { (source: $0, fit: RecipeBuilder.fit(template: template, profile: $0.profile)) }
            guard let best = ranked.filter({ $0.fit > 0 }).max(by: { $0.fit < $1.fit }) else {
                try await say("\(template.name): none of the sources has a column that looks like one of its columns, so it gets no sheet.")
                continue
            }
            sheets.append(try await map(template: template, profile: best.source.profile))
        }
        guard !sheets.isEmpty else {
            throw AgentError("No source has a column that matches a template column; rename the headers or upload another file.")
        }
        try await run.progress("Validating")
        let recipe = Recipe(name: migration.name, sheets: sheets)
        var state = AgentState(history: RecipeHistory(recipe, note: "generated"), sources: sources, executedRevision: nil)
        // Generating again keeps the history, so undo reaches the recipe from before.
        if let previous = try? await AgentState.load(migration) {
            state.history = previous.history
            state.history.commit(recipe, note: "generated again")
            state.sources = previous.sources + sources
        }
        let (preview, counts) = try await bench.preview(state)
        state.lastCounts = counts
        try await state.save(migration)
        for sheet in state.recipe.sheets {
            guard let template = bench.template(for: sheet), let sheetCounts = counts[sheet.sheet] else { continue }
            try await say("Preview ready for \(template.name): \(Summary.counts(sheetCounts)).")
        }
        return .preview(preview)
    }

    private func say(_ text: String) async throws {
        try await run.emit(.message, data: ["text": .string(text)])
    }

    private func profileFiles() async throws -> [AgentState.SourceRecord] {
        let files = try await migration.files().filter {
            $0.name.lowercased().hasSuffix(".csv") || ($0.contentType ?? "").lowercased().contains("csv")
                || $0.name.lowercased().hasSuffix(".txt")
        }
        guard !files.isEmpty else { throw AgentError("None of the uploaded files is a CSV file; upload a .csv file.") }
        var records: [AgentState.SourceRecord] = []
        for file in files {
            try await run.emit(.toolCall, data: ["tool": "profile_csv", "input": ["file": .string(file.name)]])
            let profile: SourceProfile
            do {
                if let url = file.fileURL, let source = try? FileByteSource(path: url.path) {
                    profile = try Profiler.profile(name: file.name, source: source)
                } else {
                    profile = try Profiler.profile(name: file.name, bytes: [UInt8](try await migration.contents(of: file)))
                }
            } catch let error as RecipeError {
                throw AgentError("\(file.name) is not a readable CSV file: \(error.message).")
            }
            try await run.emit(.toolResult, data: ["tool": "profile_csv", "output": try JSONValue(Summary.profileJSON(profile))])
            let kinds = profile.columns.map { "\($0.name) (\($0.kind.label))" }.joined(separator: ", ")
            try await say("Read \(file.name): \(Text.count(profile.rows, "row")), \(Text.count(profile.columns.count, "column")), \(profile.formatSummary). Columns: \(kinds).")
            records.removeAll { $0.name == file.name }
            records.append(AgentState.SourceRecord(name: file.name, fileID: file.id, profile: profile))
        }
        return records
    }

    /// Maps one template from one source, asking about required columns without a source and
    /// picklist values outside the allowed set.
    private func map(template: TargetTemplate, profile: SourceProfile) async throws -> SheetRecipe {
        var choices = RecipeBuilder.choose(template: template, profile: profile)
        try await run.emit(.toolCall, data: ["tool": "map_columns", "input": ["template": .string(template.slug), "source": .string(profile.name)]])
        for index in choices.indices where choices[index].source == nil && template.column(choices[index].target)?.required == true {
            choices[index].source = try await askSource(for: choices[index].target, template: template, profile: profile, taken: choices.compactMap(\.source))
            if choices[index].source != nil { choices[index].how = "your answer" }
        }
        var sheet = RecipeBuilder.sheet(template: template, profile: profile, choices: choices)
        try await run.emit(.toolResult, data: ["tool": "map_columns", "output": .object(Dictionary(uniqueKeysWithValues: choices.map { ($0.target, $0.source.map(JSONValue.string) ?? .null) }))])
        for column in sheet.columns where template.allowed(column.target) != nil {
            sheet = try await resolvePicklist(column.target, sheet: sheet, template: template, profile: profile)
        }
        let mapped = choices.filter { $0.source != nil }
        let used = Set(sheet.columns.flatMap(\.source.sourceColumns))
        let skipped = profile.header.filter { !used.contains($0) }
        var text = "Mapped \(mapped.count) of \(choices.count) columns for \(template.name) from \(profile.name): "
            + mapped.map { "\($0.target) ← \($0.source ?? "")\($0.how == "name" ? "" : " (\($0.how))")" }.joined(separator: ", ") + "."
        let unmapped = choices.filter { $0.source == nil }.map(\.target)
        if !unmapped.isEmpty { text += " Left empty: \(unmapped.joined(separator: ", "))." }
        if !skipped.isEmpty { text += " Not imported: \(skipped.joined(separator: ", "))." }
        try await say(text)
        return sheet
    }

    private func askSource(for target: String, template: TargetTemplate, profile: SourceProfile, taken: [String]) async throws -> String? {
        let free = profile.header.filter { !taken.contains($0) }
        let targetKey = Text.key(target)
        let ranked = free.map { (distance: Text.editDistance(Text.key($0), targetKey), name: $0) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.map(\.name)
        let none = "Leave it empty (those rows are flagged \(target):required)"
        let options = ranked.prefix(3).enumerated().map { Question.Option(id: "column_\($0.offset + 1)", label: $0.element) }
            + [Question.Option(id: "none", label: none)]
        var note = ""
        for round in 1...3 {
            let id = "source_for_\(target)" + (round > 1 ? "_\(round)" : "")
            let answer = Answers.text(
                try await run.ask([
                    Question(
                        id: id,
                        question: note + "\(template.name) requires \(target), but no column of \(profile.name) looks like it. Which column should fill it?",
                        options: options, allowCustom: true)
                ]), id: id)
            if answer == none || Text.contains(answer, #"^(leave|none|nothing|skip|no column|empty)"#) {
                try await say("Leaving \(target) empty; rows will be flagged \(target):required.")
                return nil
            }
            let answerKey = Text.key(answer)
            let source = ColumnMatcher.best(answer, among: profile.header.map { (Text.key($0), $0) })
                ?? profile.header.first { answerKey.contains(Text.key($0)) && !Text.key($0).isEmpty }
            if let source {
                try await say("\(target) will come from \(source).")
                return source
            }
            // An answer it cannot use: say so and ask again.
            note = "\(profile.name) has no column \"\(answer)\" (columns: \(profile.header.joined(separator: ", "))). "
        }
        try await say("Leaving \(target) empty after three answers that name no column; rows will be flagged \(target):required.")
        return nil
    }

    private func resolvePicklist(_ target: String, sheet: SheetRecipe, template: TargetTemplate, profile: SourceProfile) async throws -> SheetRecipe {
        var sheet = sheet
        let allowed = template.allowed(target) ?? []
        var note = ""
        for round in 1...3 {
            guard let column = sheet.column(target) else { return sheet }
            let outside = RecipeBuilder.unmapped(column, profile: profile)
            guard !outside.isEmpty else { return sheet }
            let source = column.source.sourceColumns.first ?? target
            let listed = outside.prefix(8).map { "\($0.value) (\($0.count))" }.joined(separator: ", ")
            let more = outside.count > 8 ? " and \(outside.count - 8) more" : ""
            var options: [Question.Option] = []
            let other = allowed.first { Text.key($0) == "other" }
            if let other { options.append(.init(id: "other", label: "Map them all to '\(other)'")) }
            options.append(.init(id: "flag", label: "Leave them flagged as invalid"))
            let id = "picklist_\(target)" + (round > 1 ? "_\(round)" : "")
            let question = note + "\(Text.count(outside.count, "\(source) value")) \(outside.count == 1 ? "isn't" : "aren't") one of the allowed options (\(allowed.joined(separator: ", "))): \(listed)\(more). How should I handle them? You can also say e.g. \"Map trade show and conference to Event; anything else becomes Other\"."
            let answer = Answers.text(try await run.ask([
                Question(
                    id: id, question: question, options: options, allowCustom: true,
                    values: outside.count > 8 ? outside.map { "\($0.value) (\($0.count))" } : nil)
            ]), id: id)
            if let other, answer == options[0].label || Text.key(answer) == "other" {
                _ = sheet.apply([.picklistDefault(target: target, value: other)], template: template)
                try await say("\(target): any value outside the allowed options now becomes \(other).")
                return sheet
            }
            if answer == "Leave them flagged as invalid" || Text.contains(answer, #"^(leave|flag|keep them|as is)"#) {
                try await say("\(target): values outside the allowed options stay flagged \(target):picklist.")
                return sheet
            }
            let scope = ColumnScope(template: template, header: profile.header, mappedFrom: Summary.mappedFrom(sheet))
            switch InstructionParser(scope: scope, sheet: sheet).parse(answer) {
            case .success(.edits(let edits)) where !edits.isEmpty:
                let report = sheet.apply(edits, template: template)
                try await say(report.changes.isEmpty ? "That changes nothing." : report.changes.joined(separator: "; ") + ".")
                note = ""
            case .success, .failure:
                note = "I couldn't turn \"\(answer)\" into a mapping. "
            }
        }
        try await say("\(target): after three answers I could not use, values outside the allowed options stay flagged \(target):picklist.")
        return sheet
    }
}

/// Reads the text of an answer: the structured value for `id`, or the free-form string.
enum Answers {
    static func text(_ answers: AnswerRequest.Answers, id: String) -> String {
        switch answers {
        case .freeForm(let text): text.trimmingCharacters(in: .whitespacesAndNewlines)
        case .structured(let list): (list.first { $0.id == id } ?? list.first)?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        }
    }
}
