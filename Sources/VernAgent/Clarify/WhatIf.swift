import Foundation
import VernAPI
import VernRecipe
import VernAgentKit

/// "What would happen if we made phone required?", "if we dropped the rows without a lead source, how
/// many would we lose": the change tried on a copy of the recipe and its effect counted, with the
/// rows it touches by number. The recipe itself never changes.
struct WhatIf {
    let migration: MigrationContext

    /// The change a hypothetical question asks about, said as a request ("make the created date
    /// required"); nil when the message asks no such question.
    static func change(in message: String) -> String? {
        let text = message.replacingRegex(#"[“”]"#, with: "\"").replacingRegex(#"[‘’]"#, with: "'")
        let subject = #"(?:we|i|you)(?: (?:were to|was to|would|did|do|went ahead and|go ahead and))?"#
        guard let said = Text.firstMatch(text, #"\b(?:what (?:would|will|could|might) (?:happen|change|that do|it do|the effect be|the impact be)|what happens|what changes|how many (?:rows|contacts|records|leads|cells)\b[^?.!]*?\b(?:would|will)\b[^?.!]*?)\s*,?\s*(?:if|when) "# + subject + #" ([^?.!]+)"#)
            ?? Text.firstMatch(text, #"\bwhat if "# + subject + #" ([^?.!]+)"#)
            ?? Text.firstMatch(text, #"^\s*(?:(?:so|um|uh|and|ok|okay)[,]?\s+)*(?:if|suppose|say|imagine) "# + subject + #" ([^?.!,]+?),? (?:what|how many|which|would|will)\b"#)
        else { return nil }
        // ("… like how many rows would stop failing": the question after the change is no part of it.)
        let change = said.replacingRegex(#"\s*,?\s+(?:like |so |and |then )?(?:how many|what|which|would|will|does|do)\b.*$"#, with: "")
        return Self.imperative(change)
    }

    /// "made the created date required" → "make the created date required".
    private static func imperative(_ change: String) -> String {
        let past = [
            "made": "make", "dropped": "drop", "removed": "remove", "deleted": "delete", "mapped": "map", "used": "use", "skipped": "skip",
            "excluded": "exclude", "trimmed": "trim", "filled": "fill", "changed": "change", "turned": "turn", "switched": "switch",
            "treated": "treat", "counted": "count", "stopped": "stop", "combined": "combine", "joined": "join", "added": "add",
            "took": "take", "kept": "keep", "left": "leave", "imported": "import", "converted": "convert", "formatted": "format",
            "lower-cased": "lower-case", "upper-cased": "upper-case", "title-cased": "title-case", "appended": "append",
            "replaced": "replace", "defaulted": "default", "moved": "move", "got": "get", "brought": "bring", "marked": "mark",
            "didn't": "don't", "did not": "don't", "undid": "undo", "reverted": "revert",
        ]
        var words = change.trimmingCharacters(in: .whitespaces)
        for (was, now) in past where Text.contains(words, "^" + NSRegularExpression.escapedPattern(for: was) + #"\b"#) {
            words = now + words.dropFirst(was.count)
            break
        }
        // ("if phone were required": the state said as the change.)
        return words.replacingRegex(#"\b(?:were|was) (?=(?:required|optional|unique|mandatory|compulsory|day[- ]first|month[- ]first|not required|not unique)\b)"#, with: "is ")
    }

    /// The effect of the change the question asks about, or a reply saying it cannot be tried; nil
    /// when the message asks no such question, or its condition reads as no change at all.
    func answer(_ message: String) async throws -> String? {
        guard let change = Self.change(in: message) else { return nil }
        let state = try await AgentState.load(migration)
        let bench = Workbench(migration: migration)
        var reason: String?
        for (index, sheet) in state.recipe.sheets.enumerated() {
            guard let template = bench.template(for: sheet) else { continue }
            let parser = InstructionParser(scope: ColumnScope(template: template, profile: state.source(named: sheet.source)?.profile, sheet: sheet), sheet: sheet)
            switch parser.parse(change) {
            case .failure: continue
            case .success(.edits(let edits)) where !edits.contains(where: \.namesRowToLookUp):
                var recipe = state.recipe
                let report = recipe.sheets[index].apply(edits, template: template)
                guard recipe != state.recipe else {
                    return "If you asked to \(change): that changes nothing (" + report.unchanged.joined(separator: "; ") + "). The recipe is unchanged."
                }
                var tried = state
                tried.history.commit(recipe, note: nil)
                let was = try await bench.enginePreview(state, sheet: sheet, limit: Int.max)
                let now = try await bench.enginePreview(tried, sheet: recipe.sheets[index], limit: Int.max)
                return "If you asked to \(change): " + report.changes.joined(separator: "; ") + ". " + Self.effect(was, now)
                    + " Nothing is changed yet: say \"\(change)\" to make it."
            case .success(.edits):
                reason = "it names rows by number or by person, which are looked up only when the change is made"
            case .success:
                reason = "it goes back in the history; \"what was the last change?\" says what that was"
            }
        }
        // (A condition that is no change, "if we loaded today", leaves the question to the clarifier.)
        return reason.map { "I can't tell what \"\(change)\" would do (\($0)); the recipe is unchanged." }
    }

    /// "Invalid rows 7 → 9 (newly invalid: rows 3, 27), dropped rows 0 → 6 (rows 4, 8, …), rows imported 60 → 54."
    private static func effect(_ was: RecipePreview, _ now: RecipePreview) -> String {
        func invalid(_ preview: RecipePreview) -> Set<Int> { Set(preview.invalidCells.map(\.row)) }
        func rows(_ numbers: Set<Int>) -> String {
            let sorted = numbers.sorted()
            let shown = sorted.prefix(Clarifier.listed).map(String.init)
            return (sorted.count == 1 ? "row " : "rows ") + Text.join(shown + (sorted.count > Clarifier.listed ? ["\(sorted.count - Clarifier.listed) more"] : []))
        }
        var parts: [String] = []
        let newlyInvalid = invalid(now).subtracting(invalid(was)), nowValid = invalid(was).subtracting(invalid(now)).intersection(now.rowNumbers)
        var line = "invalid rows \(was.counts.rowsInvalid) → \(now.counts.rowsInvalid)"
        let notes = (newlyInvalid.isEmpty ? [] : ["\(newlyInvalid.count) newly invalid: " + rows(newlyInvalid)]) + (nowValid.isEmpty ? [] : ["\(nowValid.count) valid again: " + rows(nowValid)])
        if !notes.isEmpty { line += " (" + notes.joined(separator: "; ") + ")" }
        parts.append(line)
        let dropped = Set(was.rowNumbers).subtracting(now.rowNumbers), back = Set(now.rowNumbers).subtracting(was.rowNumbers)
        line = "dropped rows \(was.counts.rowsDropped) → \(now.counts.rowsDropped)"
        let moved = (dropped.isEmpty ? [] : ["\(dropped.count) newly dropped: " + rows(dropped)]) + (back.isEmpty ? [] : ["\(back.count) kept again: " + rows(back)])
        if !moved.isEmpty { line += " (" + moved.joined(separator: "; ") + ")" }
        parts.append(line)
        parts.append("rows imported \(was.counts.rowsValid + was.counts.rowsInvalid) → \(now.counts.rowsValid + now.counts.rowsInvalid)")
        let sentence = parts.joined(separator: ", ") + "."
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }
}
