import Foundation
import VernRecipe

/// Questions about one example value: what a column's rule makes of it ("what happens to 07700 900123
/// in phone", "what would ' ACME ' become in company") and how a date is read ("is 12/09/2019
/// december or september", "how do you read 03/04/2020"). The value is run through the column's
/// real transforms by the recipe engine, never described from the rule alone.
enum ExampleValue {
    /// A date written with numbers: day, month and year in an order the question asks about.
    static let date = #"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"#

    /// Ways of asking what a column's rule makes of a value: the value, then the column phrase.
    static let valueThenColumn = [
        #"what (?:happens|would happen|will happen|happened) (?:to|with) (.+?) in (?:the )?(.+?)(?: columns?| fields?)?"#,
        #"what (?:would|will|does|do|did) (.+?) (?:become|turn into|come out as|end up as|end up|look like|get turned into|get written as) in (?:the )?(.+?)(?: columns?| fields?)?"#,
        #"what (?:would|will|do|does) (?:you|it|the recipe) (?:do (?:to|with)|make of|turn|write) (.+?) (?:in|into|for) (?:the )?(.+?)(?: columns?| fields?)?"#,
        #"how (?:would|will|does|do|is|are) (?:you |it )?(?:handle|treat|format|convert|read|write|come out|handled|treated|formatted|converted|read|written) (.+?) in (?:the )?(.+?)(?: columns?| fields?)?"#,
        #"(.+?) in (?:the )?(.+?) becomes what"#,
        #"what (?:would|will|does|do) (.+?) (?:look like|become|come out as|turn into|end up as) (?:after|with|under|through|by|in|using) (?:the )?(.+?)(?: rules?| transforms?| formatting| conversion| cleanup| columns?| fields?)?"#,
        #"how (?:will|would|does|is|are) (.+?) (?:be |get |come out |end up )?(?:written|formatted|converted|read|handled|stored|normali[sz]ed|cleaned|look|looking|come out) (?:in|by|for|under) (?:the )?(.+?)(?: rules?| columns?| fields?)?"#,
    ]

    /// Ways of asking the same with the column first: the column phrase, then the value.
    static let columnThenValue = [
        #"what (?:does|do|will|would|did) (?:the )?(.+?)(?: rules?| transforms?| transformations?| formatting| conversion| cleanup| cleaning| steps?)? (?:actually |really |exactly )?(?:do|make) (?:to|of|with) (?:a |an )?(?:(?:\w+ ){0,2}like |say )?(.+?)"#,
        #"(?:in|for) (?:the )?(.+?)(?: columns?| fields?)?,? what (?:happens|would happen|will happen) (?:to|with) (.+?)"#,
        #"if (?:a|an|the|my) (.+?)(?: numbers?| values?)? (?:is|was|were|reads|says) (.+?),? what (?:comes out|happens|do (?:you|we|i) get|does it become|would it become|will it become|is imported|gets imported)"#,
    ]

    /// Ways of asking with no column named: the value alone; its column is known by its shape.
    static let valueAlone = [
        #"what (?:happens|would happen|will happen|happened) (?:to|with) (.+?)"#,
        #"what (?:would|will|does|do|did) (.+?) (?:become|turn into|come out as|end up as|look like|get turned into)"#,
        #"how (?:will|would|does|is) (.+?) (?:be |get |come out )?(?:written|formatted|converted|handled|stored|imported)"#,
    ]

    /// The value and the column phrase an example question names, from the question as written
    /// (the value keeps its spaces and letter case), or nil when it is not such a question.
    static func read(_ question: String) -> (value: String, column: String)? {
        let text = question.replacingOccurrences(of: "’", with: "'").trimmingCharacters(in: .whitespaces)
            .replacingRegex(QuestionText.hedges, with: "")
            .replacingRegex(#"(?-i)\s*[?!.]+$"#, with: "")
        for pattern in valueThenColumn {
            if let g = Text.match(text, pattern), let value = literal(g[0]) { return (value, g[1]) }
        }
        for pattern in columnThenValue {
            if let g = Text.match(text, pattern), let value = literal(g[1]) { return (value, g[0]) }
        }
        for pattern in valueAlone {
            if let g = Text.match(text, pattern), let value = literal(g[0]), let kind = kind(of: value) { return (value, kind.rawValue) }
        }
        return nil
    }

    /// The kind of column a value's shape belongs to: an address, or a phone number (seven digits
    /// or more, written with a separator or a plus, or ten digits or more); nil for anything else.
    static func kind(of value: String) -> ColumnKind? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if Text.match(trimmed, #"[^\s@]+@[^\s@]+\.[a-z]{2,}"#) != nil { return .email }
        let digits = trimmed.filter(\.isNumber).count
        guard Text.match(trimmed, #"\+?[\d\s().\-]+"#) != nil, digits >= 7 else { return nil }
        return digits >= 10 || trimmed.contains(where: { " ()-.+".contains($0) }) ? .phone : nil
    }

    /// A value as the question quotes it (inner spaces kept), or one written plainly that holds a
    /// digit or an @ (a number, a date, an address); nil for words, which name columns or values.
    private static func literal(_ phrase: String) -> String? {
        let trimmed = phrase.trimmingCharacters(in: .whitespaces)
        for quote in ["'", "\"", "`"] where trimmed.count >= 2 && trimmed.hasPrefix(quote) && trimmed.hasSuffix(quote) {
            return String(trimmed.dropFirst().dropLast())
        }
        guard trimmed.contains(where: { $0.isNumber || $0 == "@" }), trimmed.split(separator: " ").count <= 4,
            !Text.contains(trimmed, #"^(?:rows?|records?|ids?|lines?|numbers?|no\.?|#|revision|version)\b"#)
        else { return nil }
        return trimmed
    }

    /// Month names, for saying which month a date is read as.
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// `12 September 2019` for an ISO date (`2019-09-12…`), or nil.
    static func spelled(_ iso: String) -> String? {
        guard let g = Text.match(iso, #"(\d{4})-(\d{2})-(\d{2})(?:T.*)?"#), let month = Int(g[1]), let day = Int(g[2]), (1...12).contains(month)
        else { return nil }
        return "\(day) \(months[month - 1]) \(g[0])"
    }
}

extension Clarifier {
    /// What the recipe makes of one value in one template column: the output and, when invalid, why.
    struct Trial {
        var output: String
        var invalid: String?
    }

    /// Runs `value` through the recipe's transforms for `target`, as if a row held it in the column's
    /// source column (row rules aside), or nil when the column is not read from one source column.
    func trial(_ value: String, target: String, sheet: SheetRecipe, source: AgentState.SourceRecord, state: AgentState, bench: Workbench)
        throws -> Trial?
    {
        guard case .column(let name) = sheet.column(target)?.source, let position = source.profile.header.firstIndex(of: name) else {
            return nil
        }
        func quoted(_ field: String) -> String { "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let row = source.profile.header.indices.map { $0 == position ? value : "" }
        let csv = source.profile.header.map(quoted).joined(separator: ",") + "\n" + row.map(quoted).joined(separator: ",") + "\n"
        var recipe = state.recipe
        recipe.sheets = recipe.sheets.map { var copy = $0; copy.rows = RowRules(); return copy }
        guard let trialSheet = recipe.sheets.first(where: { $0.sheet == sheet.sheet }) else { return nil }
        let preview = try bench.engine(recipe, sheet: trialSheet).preview(input: MemoryByteSource(Array(csv.utf8)), limit: 1)
        guard let values = preview.rows.first, let column = preview.columns.firstIndex(of: target) else { return nil }
        return Trial(output: values[column], invalid: preview.invalidCells.first { $0.column == target }?.reason)
    }

    /// The answer to a question about an example value, or nil when the question names none.
    func exampleAnswer(
        _ question: String, text: String, sheet: SheetRecipe, template: TargetTemplate, source: AgentState.SourceRecord, scope: ColumnScope,
        state: AgentState, bench: Workbench
    ) throws -> String? {
        // ("what happens to 1000700 in the output": a place, not a column; the record is asked about.)
        if let (value, phrase) = ExampleValue.read(QuestionText.stripOpenings(question)),
            !Text.contains(phrase, #"^(?:the |our |my )?(?:new )?(?:output|export|preview|crm|import|load|file|target|system|migration|results?|end)$"#)
        {
            let named = ColumnKind(rawValue: phrase).map { kind in template.columnNames.filter { template.kind($0) == kind } } ?? scope.columns(namedIn: phrase)
            let target = scope.target(phrase) ?? (named.count == 1 ? named[0] : nil)
                ?? scope.source(phrase).flatMap { header in
                    let fed = sheet.columns.filter { $0.source.sourceColumns.contains(header) }.map(\.target)
                    return fed.count == 1 ? fed[0] : nil
                }
            if let target { return try tried(value, in: target, sheet: sheet, template: template, source: source, state: state, bench: bench) }
            if named.count > 1 { return "Which column do you mean: \(Self.either(named))? Ask about one of them." }
            // "the date rule": a date's column is found below.
            guard Text.contains(value, ExampleValue.date) else {
                return "I'm not sure which column \"\(phrase)\" is (columns: \(template.columnNames.joined(separator: ", ")))."
            }
        }
        guard let example = Text.firstMatch(text, "(" + ExampleValue.date + ")"),
            Text.contains(text, #"\b(?:read|reading|interpret\w*|parse\w*|mean|means|understand\w*|treat\w*|order|way round|way around|day|month|become|becomes|happen\w*|turn\w*|look\w*|written|write|come out|handl\w*|convert\w*|format\w*|rule|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|us|uk|american|british|european)\b"#)
        else { return nil }
        // The date columns named ("in Created Date"), else every column that converts dates.
        let converting = template.columnNames.filter { name in
            sheet.column(name)?.transforms.contains { if case .date = $0 { true } else { false } } ?? false
        }
        let named = scope.columns(namedIn: text.replacingOccurrences(of: example, with: " "))
        let candidates = named.isEmpty ? converting : named.filter(converting.contains)
        guard candidates.count == 1 else {
            if candidates.isEmpty, named.count == 1 {
                return try tried(example, in: named[0], sheet: sheet, template: template, source: source, state: state, bench: bench)
            }
            if candidates.isEmpty { return "No column converts dates, so \(example) is kept as written." }
            return "Which column do you mean: \(Self.either(candidates))? They may read dates differently."
        }
        return try tried(example, in: candidates[0], sheet: sheet, template: template, source: source, state: state, bench: bench)
    }

    /// `created_date reads dates day-first … 12/09/2019 becomes 2019-09-12 (12 September 2019), valid.`
    private func tried(
        _ value: String, in target: String, sheet: SheetRecipe, template: TargetTemplate, source: AgentState.SourceRecord, state: AgentState,
        bench: Workbench
    ) throws -> String {
        guard let column = sheet.column(target), column.source != .none else { return "\(target) is not mapped from any column: it is left empty." }
        guard let result = try trial(value, target: target, sheet: sheet, source: source, state: state, bench: bench) else {
            return "I can't try a value on \(target): it is built from \(describe(column.source)), not read from one column."
        }
        var answer: String
        if let order = column.transforms.lazy.compactMap({ if case .date(let dayFirst, _) = $0 { dayFirst } else { nil } }).first {
            answer = "\(target) reads dates \(order ? "day-first (DD/MM/YYYY)" : "month-first (MM/DD/YYYY)"), so "
        } else {
            answer = column.transforms.isEmpty ? "\(target) keeps \(describe(column.source)) unchanged, so "
                : "\(target) applies " + column.transforms.map(Summary.describe).joined(separator: ", ") + ", so "
        }
        let shown = "\"\(value)\""
        if result.output.isEmpty {
            answer += "\(shown) becomes empty"
        } else if result.output == value {
            answer += "\(shown) stays \(shown)"
        } else {
            answer += "\(shown) becomes \"\(result.output)\"" + (ExampleValue.spelled(result.output).map { " (\($0))" } ?? "")
        }
        if let reason = result.invalid {
            answer += ", which is invalid (\(Self.explain(reason)))."
        } else {
            answer += result.output.isEmpty ? ", which is allowed." : ", which is valid."
        }
        return answer
    }
}
