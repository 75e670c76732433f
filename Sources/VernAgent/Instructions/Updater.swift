import Foundation
import VernAPI
import VernRecipe
import VernAgentKit

/// An update run: turn the instruction into a recipe change (asking when it is unclear), record
/// it in the history, and end at a new preview with a message saying what changed, with numbers.
struct Updater {
    let run: RunContext
    var migration: MigrationContext { run.migration }

    func update() async throws -> RunOutcome {
        var state = try await AgentState.load(migration)
        let bench = Workbench(migration: migration)
        var instruction = TicketNotation.plain(run.message ?? "")
        try await run.progress("Updating the recipe")
        // "how many rows have no phone, and make phone optional": the question answered on the recipe as
        // it is, then the request made.
        var answered: String?
        if let (asked, request) = QuestionText.questionThenRequest(instruction) {
            let answer = try await Clarifier(migration: migration).answer(asked)
            if !answer.hasPrefix(Clarifier.cannotAnswer) { (answered, instruction) = (answer, request) }
        }
        if let answer = try await question(instruction, state: state) {
            try await run.emit(.message, data: ["text": .string(answer + "\n(That is a question, so the recipe is unchanged.)")])
            return .preview(try await bench.preview(state).preview)
        }
        // (When the run asked what was meant, the words it goes with are the answer's.)
        var (sheetIndex, command, meant, expected) = try await understand(instruction, state: state, bench: bench, answered: answered)
        if case .revertBefore(let keyword) = command, changeMentioning(keyword, state: state, bench: bench).hit == nil {
            command = try await askWhichChange(keyword, state: state, bench: bench)
        }
        let before = state.lastCounts
        var summary: String
        var touched: [String] = []
        var dateTargets: [String] = []
        switch command {
        case .undo(let count):
            summary = undo(count, &state).summary
            state.lastEdits = nil
        case .revertBefore(let keyword):
            summary = revert(&state, keyword: keyword, bench: bench)
            state.lastEdits = nil
        case .edits(let said), .undoThen(_, let said):
            var undid: String?
            if case .undoThen(let count, _) = command {
                let (undone, text) = undo(count, &state)
                guard undone == count else {
                    throw AgentError(
                        (undone == 0 ? "There is nothing to undo: this is the first recipe" : "There \(undone == 1 ? "is" : "are") only \(Text.count(undone, "change")) to undo, not \(count)")
                            + ", so I did not make the rest of \"\(instruction)\" either; nothing changed.")
                }
                undid = text
                // (What is undone is no longer the last change to repeat.)
                state.lastEdits = nil
                // (A change made after the undo is judged against the undone recipe's rows: "not row 40, row 41".)
                let sheet = state.recipe.sheets[sheetIndex]
                state.lastCounts[sheet.sheet] = try await bench.enginePreview(state, sheet: sheet, limit: 0).counts
            }
            let (edits, rowsNamed) = try await resolvingRowNumbers(said, state: state, sheet: state.recipe.sheets[sheetIndex], bench: bench)
            var recipe = state.recipe
            guard let template = bench.template(for: recipe.sheets[sheetIndex]) else { throw AgentError("The recipe's sheet has no template.") }
            try await run.emit(.toolCall, data: ["tool": "edit_recipe", "input": ["instruction": .string(instruction), "sheet": .string(recipe.sheets[sheetIndex].sheet)]])
            var report = recipe.sheets[sheetIndex].apply(edits, template: template)
            // A row named by its number is said by its number too, beside the record id that drops it.
            report.changes = report.changes.map { change in
                rowsNamed.reduce(change) { $0.replacingRegex("= " + NSRegularExpression.escapedPattern(for: $1.value) + #"(?![\w.-])"#, with: "= \($1.value) (\($1.row))") }
            }
            dateTargets = edits.compactMap { if case .date(let target, _, _) = $0 { target } else { nil } }
            if recipe == state.recipe {
                let already = report.unchanged.isEmpty ? "the recipe already does this" : report.unchanged.joined(separator: "; ")
                // Values the described format leaves invalid are not "nothing": say so with the numbers.
                let unread = dateTargets.filter { (before[recipe.sheets[sheetIndex].sheet]?.invalidByReason["\($0):format"] ?? 0) > 0 }
                summary = unread.isEmpty ? "That changes nothing: " + already : "The recipe is unchanged (" + already + ")"
                if let undid { summary = undid + "; then the rest changes nothing: " + already }
                touched = unread
            } else {
                do {
                    _ = try bench.engine(recipe, sheet: recipe.sheets[sheetIndex])
                } catch let error as AgentError {
                    throw AgentError("I could not apply \"\(instruction)\": \(error.message)")
                }
                if let objection = try await objection(to: edits, instruction: meant, recipe: recipe, sheet: sheetIndex, state: state, bench: bench) {
                    throw AgentError("I did not apply \"\(instruction)\": \(objection); nothing changed.")
                }
                state.history.commit(recipe, note: report.changes.joined(separator: "; "))
                // (As said: "not row 40, row 41" corrects the row, not the record id it was resolved to.)
                state.lastEdits = said
                // A part of the message that already held is said too, so nothing is passed over.
                summary = (report.changes + report.unchanged.map { "\($0) (already holds)" }).joined(separator: "; ")
                if let undid { summary = undid + "; then " + summary }
                touched = report.touched
            }
            try await run.emit(.toolResult, data: ["tool": "edit_recipe", "output": ["revision": .number(Double(state.history.currentRevision)), "changes": .array(report.changes.map(JSONValue.string))]])
        }
        try await run.progress("Validating")
        let (preview, counts) = try await bench.preview(state)
        state.lastCounts = counts
        try await state.save(migration)
        var text = summary + "; " + effect(before: before, after: counts, touched: touched, state: state) + "."
        if let answered { text = answered + "\nThen: " + text.prefix(1).lowercased() + text.dropFirst() }
        if !expected.isEmpty {
            text += " I read " + Text.join(expected.map { "\"\($0)\"" }) + " as what you expect to see, not as a change, so \(expected.count == 1 ? "it is" : "they are") not applied."
        }
        for target in dateTargets {
            let sheet = state.recipe.sheets[sheetIndex]
            if let unread = try await unreadDates(target, sheet: sheet, counts: counts[sheet.sheet], state: state, bench: bench) {
                text += " " + unread
            }
        }
        try await run.emit(.message, data: ["text": .string(text)])
        return .preview(preview)
    }

    /// True when `column` converts dates day-first.
    private static func readsDayFirst(_ column: String, in sheet: SheetRecipe) -> Bool {
        sheet.column(column)?.transforms.contains { if case .date(true, _) = $0 { true } else { false } } ?? false
    }

    /// "I cannot read 2 created_date values as dates: …": the values a date column still cannot
    /// convert, with the formats the engine reads (nil when every value converts).
    private func unreadDates(_ target: String, sheet: SheetRecipe, counts: RecipeCounts?, state: AgentState, bench: Workbench) async throws -> String? {
        guard let count = counts?.invalidByReason["\(target):format"], count > 0, let source = state.source(named: sheet.source) else { return nil }
        let dayFirst = Self.readsDayFirst(target, in: sheet)
        let samples = (try? bench.engine(state.recipe, sheet: sheet).invalidValues(input: try await bench.input(of: source), reason: "\(target):format")) ?? []
        let shown = samples.map { "\"\($0)\"" }.joined(separator: ", ") + (count > samples.count ? ", …" : "")
        let orders = dayFirst ? "D/M/Y with / - . or spaces" : "M/D/Y with / - or spaces, D.M.Y with dots"
        return "I cannot read \(Text.count(count, "\(target) value")) as \(dayFirst ? "day-first" : "month-first") dates: \(shown) "
            + "(I read \(orders), an optional time, English month names, and ISO dates); they stay invalid."
    }

    /// Undoes up to `count` changes: how many it undid, and the summary saying so.
    private func undo(_ count: Int, _ state: inout AgentState) -> (undone: Int, summary: String) {
        var undone = 0
        while undone < count, (try? state.history.undo()) != nil { undone += 1 }
        let now = "now recipe revision \(state.history.currentRevision), same as revision \(parentContent(state))"
        return switch undone {
        case 0: (0, "There is nothing to undo: this is the first recipe; nothing changed")
        case 1 where count == 1: (1, "Undid the last change (\(now))")
        case count: (count, "Undid the last \(count) changes (\(now))")
        default: (undone, "Undid \(Text.count(undone, "change")), all there were, not \(count) (\(now))")
        }
    }

    /// Why an understood change should not be applied as it is, judged by its effect on the data:
    /// a drop rule that drops no row, or a default phone region the analyst did not name that makes
    /// valid numbers invalid (the run then asks first; a region the analyst named is applied and
    /// its effect reported). Nil when the change may go ahead.
    private func objection(to edits: [Edit], instruction: String, recipe: Recipe, sheet index: Int, state: AgentState, bench: Workbench) async throws -> String? {
        var candidate = state
        candidate.history.commit(recipe, note: nil)
        let sheet = recipe.sheets[index]
        let after = try await bench.enginePreview(candidate, sheet: sheet, limit: 0).counts
        var before = state.lastCounts[sheet.sheet]
        // ("bring 17 back and drop 18": a new drop is judged against the rows once the kept ones are back.)
        let keeps = edits.filter { if case .keepRows = $0 { true } else { false } }
        if !keeps.isEmpty, edits.contains(where: \.dropsRows), let template = bench.template(for: sheet) {
            var kept = state
            var recipe = state.recipe
            _ = recipe.sheets[index].apply(keeps, template: template)
            kept.history.commit(recipe, note: nil)
            before = try await bench.enginePreview(kept, sheet: recipe.sheets[index], limit: 0).counts
        }
        for edit in edits {
            switch edit {
            case .dropRows(let condition) where after.rowsDropped <= (before?.rowsDropped ?? 0):
                return "no row has \(condition.phrase), so that rule would drop nothing"
            case .phone(let target, let region):
                let was = before?.invalidCells[target] ?? 0, now = after.invalidCells[target] ?? 0
                let names = bench.template(for: sheet).map { ColumnScope(template: $0, profile: state.source(named: sheet.source)?.profile, sheet: sheet).nameWords } ?? []
                let said = Region.mentions(in: instruction) + Region.mentions(in: InstructionParser.correctingCountryNames(InstructionParser.normalise(instruction), keeping: names))
                guard now > was, !said.contains(where: { $0.region.code == region }) else { continue }
                let id = "phone_region"
                let answer = Answers.text(
                    try await run.ask([
                        Question(
                            id: id,
                            question: "Reading \(target) with default region \(region) makes \(Text.count(now, "\(target) cell")) invalid (was \(was)). Apply it anyway?",
                            options: [.init(id: "apply", label: "Apply it anyway"), .init(id: "keep", label: "Leave \(target) as it is")],
                            allowCustom: false)
                    ]), id: id)
                if answer != "Apply it anyway" && answer != "apply" { return "you chose to leave \(target) as it is" }
            default: continue
            }
        }
        return nil
    }

    /// "drop row 17", "bring row 17 back", "drop Ahmed Miller": each row by position or by the person
    /// on it becomes a drop (or a drop lifted) by that row's record id, read from the file; a row that
    /// does not exist, a name on no row or on several, or an id that is empty or shared is refused (a
    /// drop by a shared id would drop other rows too).
    private func resolvingRowNumbers(_ edits: [Edit], state: AgentState, sheet: SheetRecipe, bench: Workbench) async throws
        -> (edits: [Edit], rows: [(value: String, row: String)])
    {
        guard edits.contains(where: \.namesRowToLookUp) else { return (edits, []) }
        guard case .column(let idColumn)? = sheet.column("external_id")?.source else {
            throw AgentError("Rows are dropped by their record id, and external_id is not mapped from one column; nothing changed.")
        }
        let all = try await bench.everyRow(state, sheet: sheet)
        guard let id = all.columns.firstIndex(of: "external_id") else { throw AgentError("The preview has no external_id column; nothing changed.") }
        var named: [(value: String, row: String)] = []
        var resolved: [Edit] = []
        for edit in edits {
            let (number, keeps, person): (Int, Bool, Bool)
            switch edit {
            case .dropRowNumber(let row): (number, keeps, person) = (row, false, false)
            case .keepRowNumber(let row): (number, keeps, person) = (row, true, false)
            case .dropPerson(let name), .keepPerson(let name):
                (number, keeps, person) = (try await row(of: name, in: all, source: sheet.source, keeps: edit.kind == "keepPerson"), edit.kind == "keepPerson", true)
            default:
                resolved.append(edit)
                continue
            }
            guard let index = all.rowNumbers.firstIndex(of: number) else {
                throw AgentError("There is no row \(number): \(sheet.source) has \(Text.count(all.counts.rowsIn, "data row")); nothing changed.")
            }
            let value = all.rows[index][id]
            let sharing = all.rows.indices.filter { all.rows[$0][id] == value }.map { all.rowNumbers[$0] }
            guard !value.isEmpty, sharing.count == 1 else {
                throw AgentError("Row \(number) has " + (value.isEmpty ? "no \(idColumn)" : "\(idColumn) \(value), shared by rows \(Text.join(sharing.map(String.init)))")
                    + ", so it cannot be \(keeps ? "kept" : "dropped") on its own; nothing changed.")
            }
            named.append((value, !person ? "row \(number)" : "row \(number), " + Self.name(at: index, in: all)))
            let condition = RowCondition(column: idColumn, when: .equals, value: value, inSource: true)
            resolved.append(keeps ? .keepRows(condition) : .dropRows(condition))
        }
        return (resolved, named)
    }

    /// The first and last name of a row, as the preview has them.
    private static func name(at index: Int, in all: RecipePreview) -> String {
        ["first_name", "last_name"].compactMap { all.columns.firstIndex(of: $0).map { all.rows[index][$0].trimmingCharacters(in: .whitespaces) } }.joined(separator: " ")
    }

    /// The number of the row whose first and last name read `name` (any case and spacing); when
    /// several do, the run asks which.
    private func row(of name: String, in all: RecipePreview, source: String, keeps: Bool) async throws -> Int {
        guard let first = all.columns.firstIndex(of: "first_name"), let last = all.columns.firstIndex(of: "last_name") else {
            throw AgentError("Rows are found by name through first_name and last_name, and one of them is not imported; say the row number instead. Nothing changed.")
        }
        let words = { (text: String) in text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let rows = all.rows.indices.filter { words(all.rows[$0][first] + " " + all.rows[$0][last]) == words(name) }
        guard let row = rows.first else { throw AgentError("No row of \(source) is named \(name); nothing changed.") }
        guard rows.count > 1 else { return all.rowNumbers[row] }
        // ("drop Elizabeth Khan", on two rows: which one, by what else each row holds.)
        let verb = keeps ? "Keep" : "Drop"
        let email = all.columns.firstIndex(of: "email"), company = all.columns.firstIndex(of: "company")
        let options = rows.map { index in
            let about = [email, company].compactMap { $0.map { all.rows[index][$0].trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
            return Question.Option(id: "row-\(all.rowNumbers[index])", label: "\(verb) row \(all.rowNumbers[index])" + (about.isEmpty ? "" : " (" + about.joined(separator: ", ") + ")"))
        }
        let id = "which_row"
        let answer = Answers.text(
            try await run.ask([
                Question(
                    id: id, question: "Rows \(Text.join(rows.map { String(all.rowNumbers[$0]) })) are all named \(name). Which one?",
                    options: options + [.init(id: "leave", label: Interpretations.leaveAlone)], allowCustom: false)
            ]), id: id)
        guard let chosen = options.first(where: { $0.label == answer || $0.id == answer }), let number = Int(chosen.id.dropFirst(4)) else {
            throw AgentError("You chose to leave the recipe as it is; nothing changed.")
        }
        return number
    }

    /// The answer when the message is a question no sheet parses as an instruction.
    private func question(_ message: String, state: AgentState) async throws -> String? {
        // "what would happen if we made phone required?": the change tried, never made.
        if let answer = try await WhatIf(migration: migration).answer(message) { return answer }
        let text = QuestionText.normalise(message)
        let asking = #"^(what|which|how|why|where|when|who|whose|is|are|was|were|does|did|do we|do you|has|have|show me|show (?:row|record|line) \d+|tell me|give me|give (?:us |some |a few )*(?:examples?|samples?)|find|count|list|explain|examples?|samples?|(?:the )?(?:most common|commonest|top|main|biggest))\b"#
        let said = ChatMarkup.plain(CodeNotation.plain(message)).trimmingCharacters(in: .whitespacesAndNewlines)
        // (The raw message too: cleaning drops an opening "do", as in "do we import Notes".)
        // ("when/where/if …" without a question mark opens a condition: "when phone is empty use …".)
        let condition = #"^(?:when|where|if)\b(?!\s+(?:does|do|did|is|are|was|were|will|would|can|could|should|has|have)\b)"#
        // ("Were any rows dropped? list them": a question, then how to answer it.)
        guard said.hasSuffix("?") || Text.contains(said, #"^[^.!?\n]{4,}\?\s+\S"#) || Text.contains(text, asking) && !Text.contains(text, condition) || Text.contains(said, asking) && !Text.contains(said, condition) else { return nil }
        // ("Could you drop row 61 as well?": a request asked politely, never a question to answer.)
        if Text.contains(said, #"^(?:(?:hi|hey|ok|okay|so|and|also)[,!]?\s+)?(?:please\s+)?(?:could|can|would|will) (?:you|we)(?: please| maybe| also| just)? "# + Clauses.changeVerb + #"\b"#) { return nil }
        let bench = Workbench(migration: migration)
        // "are the dates read day first or month first?": a yes/no or either/or question is answered,
        // never taken for the change it names.
        // (Without its question mark too: "are the dates day-first or month-first" asks, in a question's word order.)
        let closed = said.hasSuffix("?") && (Text.contains(text, #"^(?:are|is|was|were|does|did|has)\b"#) || Text.contains(text, #"\b(?:are|is|was|were)\b.+\bor\b"#))
            || Text.contains(said, #"^(?:are|is|was|were|does|did|has) (?:the|all|any|our|my|these|those|it|they|we|you)\b.+\bor\b"#)
            // ("dates month first or day first?": two settings offered with a question mark, no verb asking for either.)
            || said.hasSuffix("?") && Text.contains(text, #"\b(\w+)[- ]first or (?!\1)\w+[- ]first\b|\b(?:required|optional|unique) or (?:not|required|optional|unique)\b"#) && !Text.contains(text, InstructionParser.imperative)
        for sheet in state.recipe.sheets where !closed {
            guard let template = bench.template(for: sheet) else { continue }
            let scope = ColumnScope(template: template, profile: state.source(named: sheet.source)?.profile, sheet: sheet)
            if case .success = InstructionParser(scope: scope, sheet: sheet).parse(message) { return nil }
        }
        let answer = try await Clarifier(migration: migration).answer(message)
        return answer.hasPrefix(Clarifier.cannotAnswer) ? nil : answer
    }

    private func parentContent(_ state: AgentState) -> Int {
        let current = state.recipe
        return state.history.revisions.dropLast().last { var r = $0.recipe; r.revision = current.revision; return r == current }?.number ?? 1
    }

    /// What the change did to the numbers: per touched column, then rows.
    private func effect(before: [String: RecipeCounts], after: [String: RecipeCounts], touched: [String], state: AgentState) -> String {
        var parts: [String] = []
        for sheet in state.recipe.sheets {
            guard let now = after[sheet.sheet] else { continue }
            let was = before[sheet.sheet]
            // (A row rule on a source column, "Contact Owner = dev ops", touches no output cells.)
            for column in touched where sheet.column(column) != nil {
                let cells = now.invalidCells[column] ?? 0
                let previous = was?.invalidCells[column] ?? 0
                parts.append("\(Text.count(cells, "\(column) cell")) invalid" + (previous != cells ? " (was \(previous))" : ""))
                if let ambiguous = now.ambiguousDates[column] {
                    parts.append("\(Text.count(ambiguous, "\(column) value")) ambiguous (day and month both ≤ 12, read \(Self.readsDayFirst(column, in: sheet) ? "day-first" : "month-first"))")
                }
            }
            var rows = "\(Text.count(now.rowsInvalid, "row")) still invalid"
            if let was, was.rowsInvalid != now.rowsInvalid { rows += " (was \(was.rowsInvalid))" }
            if now.rowsDropped > 0 || (was?.rowsDropped ?? 0) > 0 { rows += ", \(now.rowsDropped) dropped" }
            parts.append(rows + " of \(now.rowsIn)")
        }
        return parts.joined(separator: "; ")
    }

    /// The last change whose note mentions `keyword` (or the column it names), with the changes
    /// there are and the keyword as said.
    private func changeMentioning(_ keyword: String, state: AgentState, bench: Workbench) -> (hit: RecipeHistory.Revision?, changes: [RecipeHistory.Revision], word: String) {
        let scope = state.recipe.sheets.first.flatMap { sheet in
            bench.template(for: sheet).map { ColumnScope(template: $0, profile: state.source(named: sheet.source)?.profile, sheet: sheet) }
        }
        let word = ColumnMatcher.clean(keyword)
        // ("the email uniqueness change": the column the words name.)
        let named = scope.map { $0.columns(namedIn: word) } ?? []
        let needles = [scope?.target(word), word.lowercased()].compactMap { $0 } + (named.count == 1 ? named : [])
        let changes = state.history.revisions.filter { revision in
            guard revision.number > 1, let note = revision.note, note != "undo", !note.hasPrefix("revert") else { return false }
            return true
        }
        let hit = changes.last { revision in needles.contains { revision.note!.lowercased().contains($0.lowercased()) } }
        return (hit, changes, word)
    }

    /// "undo the country change" when no change mentions it: asks whether to undo the last change
    /// instead or leave the recipe as it is, rather than guessing.
    private func askWhichChange(_ keyword: String, state: AgentState, bench: Workbench) async throws -> Command {
        let (_, changes, word) = changeMentioning(keyword, state: state, bench: bench)
        let undoLast = "Undo the last change"
        let list = changes.map { "\($0.number): \($0.note ?? "")" }.joined(separator: " | ")
        let id = "which_change"
        let answer = Answers.text(
            try await run.ask([
                Question(
                    id: id,
                    question: "No change mentions \"\(word)\"" + (list.isEmpty ? " (there are no changes yet)." : " (changes so far: \(list)).") + " What should I do?",
                    options: (changes.isEmpty ? [] : [.init(id: "undo_last", label: undoLast)]) + [.init(id: "leave", label: Interpretations.leaveAlone)],
                    allowCustom: false)
            ]), id: id)
        return answer == undoLast || answer == "undo_last" ? .undo(1) : .edits([.note("the recipe is left as it is")])
    }

    private func revert(_ state: inout AgentState, keyword: String, bench: Workbench) -> String {
        let (hit, changes, word) = changeMentioning(keyword, state: state, bench: bench)
        guard let hit, let parent = hit.parent else {
            let list = changes.map { "\($0.number): \($0.note ?? "")" }.joined(separator: " | ")
            return "No change mentions \"\(word)\", so nothing changed" + (list.isEmpty ? " (there are no changes yet)" : " (changes so far: \(list))")
        }
        // (The changes made since, which going back undoes too, are said.)
        var later: [String] = []
        var at = state.history.revisions.first { $0.number == state.history.currentRevision }
        while let revision = at, revision.number != hit.number {
            if let note = revision.note, note != "undo", !note.hasPrefix("revert") { later.insert(note, at: 0) }
            at = revision.parent.flatMap { number in state.history.revisions.first { $0.number == number } }
        }
        // (Only changes on the way back from the current recipe to the one named.)
        if at == nil { later = [] }
        _ = try? state.history.revert(to: parent, note: "revert to \(parent), before: \(hit.note ?? "")")
        return "Went back to the recipe before “\(hit.note ?? "")” (revision \(parent); now revision \(state.history.currentRevision))"
            + (later.isEmpty ? "" : "; this also undid the later " + (later.count == 1 ? "change" : "changes") + " " + later.map { "“\($0)”" }.joined(separator: ", "))
    }

    /// Parses the instruction against each sheet; when nothing fits, asks with the closest
    /// interpretations, or fails listing examples.
    /// The sheet, the command, the words it was read from (the answer, when the run asked) and the
    /// parts set aside as what the tester expects to see.
    /// The command `instruction` says, asked about when it cannot be read; `answered` is the answer to a
    /// question said before it, shown before the run asks.
    private func understand(_ instruction: String, state: AgentState, bench: Workbench, answered: String?) async throws -> (Int, Command, String, [String]) {
        var firstFailure: InstructionParser.Failure?
        var parsers: [InstructionParser] = []
        for sheet in state.recipe.sheets {
            guard let template = bench.template(for: sheet) else { continue }
            let scope = ColumnScope(template: template, profile: state.source(named: sheet.source)?.profile, sheet: sheet)
            var parser = InstructionParser(scope: scope, sheet: sheet)
            parser.previous = state.lastEdits ?? []
            parsers.append(parser)
        }
        for (index, parser) in parsers.enumerated() {
            switch parser.parse(instruction) {
            case .success(let command): return (index, command, instruction, parser.expectationsSetAside(in: instruction))
            case .failure(let failure): firstFailure = firstFailure ?? failure
            }
        }
        guard let parser = parsers.first else { throw AgentError("The recipe has no sheet to change.") }
        let reason = firstFailure?.reason ?? "I could not understand it"
        var options = firstFailure?.readings ?? []
        let nearby = firstFailure?.offersNearby ?? true
        if options.isEmpty, nearby {
            let parts = Interpretations.partsUnderstood(in: instruction, parser: parser)
            options = parts.map(\.reading)
            // (A reading that makes the same change as a part already offered is offered once.)
            options += Interpretations.closest(to: instruction, parser: parser).filter { reading in
                if case .success(.edits(let edits)) = parser.parse(reading) { !parts.contains { $0.edits == edits } } else { true }
            }.prefix(4 - options.count)
        }
        if options.isEmpty, nearby { options = Interpretations.examples(near: instruction) }
        // Only readings that work here, and never the message itself again.
        options = options.filter { option in
            Text.key(option) != Text.key(instruction)
                && parsers.contains { if case .success = $0.parse(option) { true } else { false } }
        }
        // Nothing near it ("no", "swap them"): ask what to do, with examples, offering to leave the recipe alone.
        var question = "I'm not sure what \"\(instruction)\" should change (\(reason)). Did you mean one of these?"
        if options.isEmpty, !nearby {
            options = [Interpretations.leaveAlone]
            question = "I can't make \"\(instruction)\" as it is said (\(reason)). Say it again, or leave the recipe as it is."
        } else if options.isEmpty {
            options = [Interpretations.leaveAlone]
            question = "I could not turn \"\(instruction)\" into a recipe change (\(reason)). I understand instructions like: "
                + InstructionParser.examples.map { "\"\($0)\"" }.joined(separator: ", ") + ". What should I change?"
        }
        // (The parser's own readings, and leaving the recipe alone.)
        if firstFailure?.readings.isEmpty == false, !options.contains(Interpretations.leaveAlone) { options.append(Interpretations.leaveAlone) }
        // An answer that cannot be used says so and the question is asked again (a question typed
        // as the answer is answered first); after three, the run fails.
        let id = "interpretation"
        var asked = question
        // ("how many rows have no phone, and make it better": the question's answer is not lost to the ask.)
        if let answered { try await run.emit(.message, data: ["text": .string(answered + "\nThen, about the rest of your message:")]) }
        for _ in 1...3 {
            let answer = Answers.text(
                try await run.ask([
                    Question(
                        id: id, question: asked,
                        options: options.enumerated().map { .init(id: "option_\($0.offset + 1)", label: $0.element) }, allowCustom: true)
                ]), id: id)
            try await run.emit(.message, data: ["text": .string("Going with: \(answer)")])
            var failure: InstructionParser.Failure?
            for (index, parser) in parsers.enumerated() {
                switch parser.parse(answer) {
                case .success(let command): return (index, command, answer, [])
                case .failure(let reason): failure = failure ?? reason
                }
            }
            if let reply = try await self.question(answer, state: state) {
                try await run.emit(.message, data: ["text": .string(reply + "\n(That is a question; the recipe is unchanged and my question still waits.)")])
            }
            asked = "I could not use \"\(answer)\" as a change (\(failure?.reason ?? "I could not understand it")). " + question
        }
        throw AgentError("I could not turn the answers into a recipe change; nothing changed. I understand instructions like: \(InstructionParser.examples.map { "\"\($0)\"" }.joined(separator: ", ")).")
    }
}

/// The closest concrete instructions to one the agent did not understand.
enum Interpretations {
    /// The option that changes nothing, offered when no instruction is near the message.
    static let leaveAlone = "Leave the recipe as it is"

    /// The documented examples sharing a word other than a verb with the instruction (no column was
    /// recognised); one that drops rows or a column only when the instruction asks to drop something.
    static func examples(near instruction: String) -> [String] {
        // (A verb or a pronoun shared says nothing of what is meant: "do the same for …" is near no example.)
        let ignored: Set<String> = [
            "the", "a", "an", "to", "of", "in", "it", "them", "and", "or", "for", "with", "all", "any", "every", "do", "same", "make", "use",
            "set", "keep", "put", "change", "drop", "remove", "delete", "row", "rows", "not", "don", "t", "be", "is", "are", "that", "this",
            "those", "these", "one", "other", "instead", "by", "on", "from", "as", "when", "i", "we", "meant", "mean", "no",
        ]
        func stems(_ text: String) -> Set<String> {
            Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map { $0.hasSuffix("s") ? String($0.dropLast()) : String($0) }).subtracting(ignored)
        }
        // Words of one meaning: "the blanks" is near "… when it is empty" and "any missing …".
        let kin: Set<String> = ["blank", "empty", "missing"]
        var wanted = stems(instruction)
        if !kin.isDisjoint(with: wanted) { wanted.formUnion(kin) }
        let drops = Text.contains(instruction, #"\b(drop|remove|delete|skip|exclude|discard|get rid|filter out|don'?t import|do not import|not import(ed)?)\b"#)
        return Array(InstructionParser.examples.filter { !stems($0).isDisjoint(with: wanted) && (drops || !Text.contains($0, #"^(Drop rows|Don't import)"#)) }.prefix(3))
    }

    /// The parts of a message that can be read on their own ("phones are in, dates are day first" →
    /// "dates are day first"), with the edits each makes: a reading that does only what could be
    /// placed, for the analyst to choose. Read right after the whole message failed, each part is
    /// mostly already in the parser's memo.
    static func partsUnderstood(in instruction: String, parser: InstructionParser) -> [(reading: String, edits: [Edit])] {
        var found: [(reading: String, edits: [Edit])] = []
        for clause in Clauses.split(instruction) {
            for piece in [clause] + Clauses.cuts(clause).flatMap({ [$0.0, $0.1] })
            where !found.contains(where: { $0.reading == piece }) && Text.key(piece) != Text.key(instruction) {
                if case .success(let edits) = parser.sequence(piece, depth: 0), !edits.isEmpty { found.append((piece, edits)) }
            }
        }
        // (Only the largest parts: a piece inside another one found says less.)
        return Array(found.filter { piece in !found.contains { $0.reading != piece.reading && $0.reading.contains(piece.reading) } }.prefix(2))
    }

    static func closest(to instruction: String, parser: InstructionParser) -> [String] {
        let template = parser.scope.template
        let words = Set(instruction.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        var mentioned: [String] = []
        // ("chat is NOT web": a value of the data said on its own is no column, whatever synonym it shares.)
        let scope = parser.scope
        for word in words where word.count >= 3 && (scope.columns(holding: word).isEmpty || template.columnNames.contains { Text.key($0) == word }) {
            if let target = scope.target(word), !mentioned.contains(target) { mentioned.append(target) }
        }
        mentioned = template.columnNames.filter(mentioned.contains)
        // "make it required too" with nothing to refer to: ask which column, among those it would change.
        if mentioned.isEmpty, Text.contains(instruction, #"\b(it|them|they|that|those|these|this one)\b"#),
            Text.contains(instruction, #"\b(required|mandatory|optional|unique)\b"#)
        {
            let wantsRequired = Text.contains(instruction, #"\b(required|mandatory)\b"#), wantsUnique = Text.contains(instruction, #"\bunique\b"#)
            let sheet = parser.sheet
            let open = template.columnNames.filter { column in
                let required = sheet.isRequired(column, in: template)
                let unique = sheet.isUnique(column, in: template)
                return wantsUnique ? !unique : wantsRequired ? !required : required
            }
            let phrase = wantsUnique ? "must be unique" : wantsRequired ? "is required" : "is optional"
            return Array(open.prefix(3).map { "\($0) \(phrase)" })
        }
        var candidates: [String] = []
        for column in mentioned {
            switch template.kind(column) {
            case .phone:
                candidates += ["Format \(column) as E.164, default region US", "Keep rows with a bad \(column) but clear the \(column)", "Trim whitespace from \(column)"]
            case .email:
                candidates += ["Lower-case \(column)", "\(column) must be unique, keep the first", "Use the company domain for any missing \(column), don't drop the row"]
            case .date:
                candidates += ["Convert \(column) to ISO dates", "Dates are day-first", "Keep rows with a bad \(column) but clear the \(column)"]
            case .domain:
                candidates += ["Normalise \(column)", "Keep rows with a bad \(column) but clear the \(column)"]
            case .picklist:
                let other = template.allowed(column)?.last ?? "Other"
                candidates += ["Anything else in \(column) becomes \(other)", "Set \(column) to \(template.allowed(column)?.first ?? other) when it is empty"]
            case .number, .text:
                candidates += ["Trim \(column)", "Title-case \(column)", "Drop rows without a \(column)", "Don't import \(column)"]
            }
        }
        if Text.contains(instruction, #"\b(required|optional|mandatory|needed|necessary|empty|blank)\b"#) {
            candidates = mentioned.flatMap { ["\($0) is required", "\($0) is optional"] } + candidates
        }
        if Text.contains(instruction, #"\b(unique|duplicates?|repeat)\b"#) {
            candidates = mentioned.flatMap { ["\($0) must be unique", "\($0) does not need to be unique"] } + candidates
        }
        let destructive = #"^(Drop rows|Don't import)"#
        if !Text.contains(instruction, #"\b(drop|remove|delete|skip|exclude|discard|get rid|filter out|don'?t import|do not import|not import(ed)?)\b"#) {
            candidates.removeAll { Text.contains($0, destructive) }
        }
        let scored = candidates.map { candidate -> (String, Int) in
            let candidateWords = Set(candidate.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
            return (candidate, words.intersection(candidateWords).count)
        }
        // Keep the original order among equal scores (stable by index).
        let ranked = scored.enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }.map(\.element.0)
        return Array(ranked.prefix(3))
    }
}
