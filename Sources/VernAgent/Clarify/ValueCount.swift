import Foundation
import VernRecipe

/// Questions that count rows by a value of any source column, imported or not: "how many leads came
/// from Webinar", "how many rows are owned by Dev Ops", "how many contacts have lead source Partner".
/// Values are found among those the data holds (any case, spaces ignored, small typos tolerated).
struct ValueCount {
    let scope: ColumnScope

    /// Words that ask for a count.
    static let cue = #"(?:^|\s)# ?of\b|\b(?:how many|number of|count of|count (?:the |all )?(?:rows|records|contacts|leads|people|entries))\b|\bcount$"#
    /// Words that make it a question about something else (validity, emptiness, drops): a plain
    /// count would answer a different question.
    static let otherQuestion =
        #"\b(?:invalid|valid|errors?|wrong|bad|fail\w*|empty|blank|missing|without|lack\w*|duplicat\w*|dropped|removed|excluded|not|no|don't|doesn't|aren't|isn't|never|percent\w*|share|average|distinct|different|unique)\b"#
    /// Words that frame a count and never name a value.
    static let frame: Set<String> = [
        "how", "many", "number", "count", "of", "the", "a", "an", "rows", "row", "records", "contacts", "leads", "people", "entries",
        "lines", "ones", "came", "come", "comes", "coming", "from", "are", "is", "were", "was", "have", "has", "had", "with", "by",
        "owned", "in", "do", "does", "did", "there", "as", "set", "to", "where", "whose", "which", "that", "value", "values",
        "source", "column", "field", "file", "data", "it", "they", "them", "their", "got", "get", "belong", "belonging",
        "assigned", "under", "for", "via", "through", "marked", "tagged", "say", "says", "often", "appear", "appears", "times",
        "labelled", "labeled", "at", "stage", "total", "altogether", "equal", "equals", "=", "and", "or", "all", "we", "i", "you",
        "my", "our", "csv", "spreadsheet", "export", "sheet", "generated", "created", "sourced", "acquired", "captured", "collected",
        "originated", "listed", "recorded", "arrived", "exactly", "currently", "right", "now", "so", "far", "overall", "in", "on",
        "me", "tell", "own", "owns", "#", "customers", "owner", "owners", "currently", "contact", "person", "persons", "those", "these", "any",
    ]

    /// A value the question names, and the source columns holding it.
    struct Match: Equatable {
        /// The value as the question writes it.
        var said: String
        /// The value as the profile keeps it (lower case).
        var value: String
        /// `Text.key` of the value: rows are matched on it.
        var key: String
        var columns: [String]
        /// Words of the question that neither frame the count nor name the value or its column.
        var ignored: [String] = []
    }

    /// What a counting question names: one value (with the columns holding it), or why it is unclear.
    enum Reading: Equatable {
        case value(Match)
        case several([String])
    }

    /// The value a counting question names, or nil when it is not a counting question or names no value.
    func read(_ text: String) -> Reading? {
        guard Text.contains(text, Self.cue), !Text.contains(text, Self.otherQuestion) else { return nil }
        return find(text, typos: true)
    }

    /// The data values `text` names word for word (any question), as the data writes them.
    func values(in text: String) -> [String] {
        switch find(text, typos: false) {
        case .value(let match): [match.said]
        case .several(let phrases): phrases
        case nil: []
        }
    }

    private func find(_ text: String, typos: Bool) -> Reading? {
        let words = text.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'\"`?.,!:;()")) }.filter { !$0.isEmpty }
        var used = [Bool](repeating: false, count: words.count)
        // A column named beside the value ("have lead source Partner") narrows where it is looked up.
        let headers = Dictionary(scope.header.map { (Text.key($0), $0) }, uniquingKeysWith: { a, _ in a })
        // "owner Dev Ops", "stage customer": the last word of one header only.
        var lastWords: [String: String] = [:]
        for header in scope.header {
            guard let last = header.split(separator: " ").last.map({ Text.key(String($0)) }), last.count >= 5, last != "source" else { continue }
            lastWords[last] = scope.header.filter { $0.split(separator: " ").last.map { Text.key(String($0)) } == last }.count == 1 ? header : nil
        }
        var named: [String] = []
        for (start, end) in Self.windows(words.count) where !used[start..<end].contains(true) {
            let key = Text.key(words[start..<end].joined(separator: " "))
            let column = headers[key] ?? scope.template.columnNames.first { Text.key($0) == key }.flatMap { scope.mappedFrom[$0] }
                ?? (end - start == 1 ? lastWords[key] : nil)
            guard let column, end - start > 1 || key.count >= 5 else { continue }
            named.append(column)
            for index in start..<end { used[index] = true }
        }
        let values = valuesByKey(in: named.isEmpty ? scope.header : named)
        var found: [(words: String, key: String)] = []
        for (start, end) in Self.windows(words.count) where !used[start..<end].contains(true) {
            let window = words[start..<end]
            guard !window.allSatisfy({ Self.frame.contains($0.lowercased()) }) else { continue }
            let said = Text.key(window.joined(separator: " "))
            // A plural names the value ("partner referrals", "events").
            let singular = [said, said.hasSuffix("ies") ? String(said.dropLast(3)) + "y" : "", said.hasSuffix("s") ? String(said.dropLast()) : ""]
            guard let key = singular.first(where: { !$0.isEmpty && values[$0] != nil }) else { continue }
            found.append((window.joined(separator: " "), key))
            for index in start..<end { used[index] = true }
        }
        if found.isEmpty, typos {
            // A small typo ("Webniar"): the one value within the typo budget of a word that frames nothing.
            for (start, end) in Self.windows(words.count) where end - start <= 3 && !used[start..<end].contains(true) {
                let window = words[start..<end]
                guard !window.contains(where: { Self.frame.contains($0.lowercased()) }) else { continue }
                let key = Text.key(window.joined(separator: " "))
                guard key.count >= 5 else { continue }
                let close = values.keys.filter { Text.editDistance($0, key) <= Text.typoBudget($0) }
                if close.count == 1 {
                    found.append((window.joined(separator: " "), close[0]))
                    for index in start..<end { used[index] = true }
                }
            }
        }
        if found.isEmpty {
            // "How many contacts does Alice look after?", "Eve's contacts": a first name, when exactly one
            // value of several words starts with it.
            for (index, word) in words.enumerated() where !used[index] {
                let name = word.replacingRegex(#"['’]s?$"#, with: "").lowercased()
                guard name.count >= 3, name.allSatisfy(\.isLetter), !Self.frame.contains(name) else { continue }
                let starting = Set(values.values.flatMap { $0.flatMap(\.written) }.map(\.value).filter { value in
                    let parts = value.split(separator: " ")
                    return parts.count >= 2 && parts[0] == name
                }.map(Text.key))
                guard starting.count == 1, let key = starting.first else { continue }
                found.append((word, key))
                used[index] = true
            }
        }
        let keys = Set(found.map(\.key))
        guard let key = keys.first else { return nil }
        guard keys.count == 1, let holders = values[key] else { return .several(found.map(\.words)) }
        let written = holders.flatMap(\.written).max { ($0.count, $1.value) < ($1.count, $0.value) }?.value ?? key
        let ignored = words.indices.filter { !used[$0] && !Self.frame.contains(words[$0].lowercased()) }.map { words[$0] }
        return .value(Match(said: found[0].words, value: written, key: key, columns: holders.map(\.column), ignored: ignored))
    }

    /// Per value key, the columns holding it and how their rows write it (lower case, trimmed).
    private func valuesByKey(in columns: [String]) -> [String: [(column: String, written: [(value: String, count: Int)])]] {
        var result: [String: [(column: String, written: [(value: String, count: Int)])]] = [:]
        for column in columns {
            var byKey: [String: [(value: String, count: Int)]] = [:]
            for (value, count) in scope.values[column] ?? [:] where !value.isEmpty {
                byKey[Text.key(value), default: []].append((value, count))
            }
            for (key, written) in byKey where !key.isEmpty { result[key, default: []].append((column, written)) }
        }
        return result
    }

    /// Word ranges, longest first (up to four words), left to right.
    private static func windows(_ count: Int) -> [(Int, Int)] {
        stride(from: min(4, count), through: 1, by: -1).flatMap { length in
            (0...(count - length)).map { ($0, $0 + length) }
        }
    }

    /// The values of one source column by how many rows hold each (compared as the engine compares
    /// values: spaces around them and case aside), each written as the file first writes it; most held
    /// first, then in the file's order.
    static func tally(of input: some ByteSource, column: Int) throws -> [(value: String, count: Int)] {
        let reader = try CSVRecordReader(source: input)
        guard try reader.next() != nil else { return [] }
        var order: [String] = [], written: [String: String] = [:], counts: [String: Int] = [:]
        while let record = try reader.next() {
            guard column < record.count else { continue }
            let key = record[column].trimmingCharacters(in: .whitespaces).lowercased()
            guard !key.isEmpty else { continue }
            if counts[key] == nil { order.append(key); written[key] = record[column].trimmingCharacters(in: .whitespaces) }
            counts[key, default: 0] += 1
        }
        let sorted = order.enumerated().sorted { first, second in
            let (a, b) = (counts[first.element, default: 0], counts[second.element, default: 0])
            return a != b ? a > b : first.offset < second.offset
        }
        return sorted.map { (written[$0.element] ?? $0.element, counts[$0.element, default: 0]) }
    }

    /// The source row numbers (1 = the first data row) whose `column` holds a value of key `key`,
    /// with how each row writes it.
    static func rows(of input: some ByteSource, column: Int, key: String) throws -> [(row: Int, value: String)] {
        let reader = try CSVRecordReader(source: input)
        guard try reader.next() != nil else { return [] }
        var rows: [(Int, String)] = []
        var number = 0
        while let record = try reader.next() {
            number += 1
            if column < record.count, Text.key(record[column]) == key { rows.append((number, record[column])) }
        }
        return rows
    }
}

extension Clarifier {
    /// The answer to a counting question: per column holding the value, how many rows hold it and
    /// which (row number and record id), how they write it, and what the recipe makes of them.
    func count(_ reading: ValueCount.Reading, sheet: SheetRecipe, source: AgentState.SourceRecord, state: AgentState, bench: Workbench)
        async throws -> String
    {
        guard case .value(let match) = reading else {
            guard case .several(let phrases) = reading else { return "" }
            return "I'm not sure what to count: " + phrases.map { "\"\($0)\"" }.joined(separator: " and ")
                + " are different values, and I count rows holding one value. Ask about one of them."
        }
        let all = try await bench.everyRow(state, sheet: sheet)
        let kept = Set(try await bench.enginePreview(state, sheet: sheet, limit: Self.wholeFile).rowNumbers)
        var answers: [String] = []
        for column in match.columns {
            guard let index = source.profile.header.firstIndex(of: column) else { continue }
            let rows = try ValueCount.rows(of: try await bench.input(of: source), column: index, key: match.key)
            var written: [String: Int] = [:]
            for row in rows { written[row.value.trimmingCharacters(in: .whitespaces), default: 0] += 1 }
            let value = written.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? match.value
            var answer = "\(rows.count) of \(Text.count(source.profile.rows, "row")) \(rows.count == 1 ? "has" : "have") \(column) \"\(value)\""
            if written.count > 1 {
                answer += " (written " + written.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\"\($0.key)\" (\($0.value))" }.joined(separator: ", ") + ")"
            }
            let identities = rows.map { row in all.rowNumbers.firstIndex(of: row.row).map { Self.identity($0, in: all) } ?? "row \(row.row)" }
            answer += rows.isEmpty ? "" : ": " + identities.prefix(Self.listed).joined(separator: ", ") + (rows.count > Self.listed ? ", …" : "")
            let dropped = rows.filter { !kept.contains($0.row) }.count
            if dropped > 0 { answer += "; \(dropped) of them \(dropped == 1 ? "is" : "are") dropped by the row rules" }
            let position = Dictionary(all.rowNumbers.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            for target in sheet.columns where target.source.sourceColumns == [column] {
                guard let output = all.columns.firstIndex(of: target.target) else { continue }
                var values: [String: Int] = [:]
                for row in rows {
                    guard let at = position[row.row] else { continue }
                    values[all.rows[at][output], default: 0] += 1
                }
                guard !values.isEmpty else { continue }
                let named = values.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { $0.key.isEmpty ? "(empty)" : $0.key }
                answer += "; in \(target.target) " + (values.count == 1 ? "they all become \(named[0])"
                    : "they become " + named.map { "\($0) (\(values[$0 == "(empty)" ? "" : $0] ?? 0))" }.joined(separator: ", "))
                // The value may also be what the recipe writes ("lead source Other"): say how many rows it writes it for.
                let written = all.rows.indices.filter { kept.contains(all.rowNumbers[$0]) && Text.key(all.rows[$0][output]) == match.key }.count
                if written > 0, written != rows.filter({ kept.contains($0.row) }).count {
                    answer += " (all told, \(Text.count(written, "imported row")) \(written == 1 ? "has" : "have") \(target.target) \"\(value)\")"
                }
            }
            answers.append(answer)
        }
        // Words it could not place are said, never silently dropped from the question.
        let unsure = match.ignored.isEmpty ? "" : "I'm not sure what \"\(match.ignored.joined(separator: " "))\" asks, so I left it out: "
        guard answers.count > 1 else { return unsure + (answers.first ?? "No row holds \"\(match.value)\"") + "." }
        return unsure + "\"\(match.value)\" is a value of \(answers.count) columns: " + answers.joined(separator: "; and ") + "."
    }
}
