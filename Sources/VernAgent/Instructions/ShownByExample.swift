import Foundation
import VernRecipe

/// Changes shown by the rows they are about rather than named: values the rows hold and the
/// allowed value they should become ("row 13 says WEBSITE → should be Web"), a value as it is and as it should
/// be ("row 7 shows 'Globex Energy Corp.' — I want 'GLOBEX ENERGY CORP.' for every company"), and a
/// row that lacks a value, said to fail or to get one ("row 19 has no created date; rows like that
/// should be invalid", "row 40's lead source is blank — it should read Other"). Each is read only
/// when the message says nothing else.
extension InstructionParser {
    /// Words that ask for another change: a message holding one is not read here.
    private static let otherRequest = #"\b(?:drop|delete|skip|exclude|map|mapped|split|combine|join|append|unique|undo|revert|region|import\w*|migrat\w*|load\w*|also|plus)\b"#

    /// "row 37's lead source PPC should show Advertising", "rows 20 and 26 say LinkedIn and end up as
    /// Other; make them Advertising", "row 13 says WEBSITE → should be Web": values of the data shown by
    /// the rows that hold them, and the one allowed value they should become. What the rows show now
    /// ("come out as Other", "not Other") is no target; a message that asks anything else is not read here.
    func valueByExample(_ instruction: String) -> [Edit]? {
        let text = instruction
            .replacingRegex(#"\b(?:and |but )?(?:still )?(?:shows?|showing|comes? out as|came out as|comes? through as|came through as|ends? up(?: as| in| under)?|ended up(?: as| in| under)?|is showing|gets?|got|currently(?: is)?|displays?|lands? as|landed as|is|are|was|were)(?: as| under| in)? ['"]?other['"]?(?: now| at the moment| currently| today)?\b"#, with: " ")
            .replacingRegex(#",?\s*(?:and )?not (?:as )?['"]?other['"]?\b"#, with: " ")
        guard Text.contains(text, #"→|->|=>|\b(?:should|must|need|needs|has to|want|wanted|expect|expected|make|it's|that's|means?|becomes?|be|as|under|into|so)\b"#),
            !Text.contains(text, #"\b(?:drop|remove|delete|skip|exclude|trim|split|combine|join|required|mandatory|optional|unique|undo|revert|upper|lower|title|default|fill|blank|empty|missing|region|dates?|phones?|emails? (?:address|column)|also map|and map|plus)\b"#),
            // ("webinar should not be Event": what it must not become says nothing of what it should.)
            !Text.contains(text, #"\b(?:not|never|isn't|aren't|shouldn't|don't|doesn't|no longer|wrong)\b|n't\b"#)
        else { return nil }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let phrases = (1...3).reversed().flatMap { n in words.count >= n ? (0...(words.count - n)).map { words[$0..<$0 + n].joined(separator: " ") } : [] }
        for target in template.columnNames {
            guard template.allowed(target) != nil, let column = scope.mappedFrom[target], let known = scope.values[column] else { continue }
            // (The values said, longest first, none inside another; an allowed value is the target, never a value said.)
            var values: [String] = []
            for phrase in phrases where known[phrase] != nil && allowedMatch(phrase, in: target) == nil && !values.contains(where: { $0.contains(phrase) }) {
                values.append(phrase)
            }
            let targets = Set(words.compactMap { allowedMatch($0, in: target) ?? allowedMatch(String($0.dropLast()), in: target) })
            // (Never with a limit the map would lose: another column's value, "Eve Stone's webinar leads", a time
            // or a campaign; nor two values run together unquoted, "the podcast webinar series"; nor a value kept as it is.)
            let limited = phrases.contains { phrase in
                known[phrase] == nil && scope.columns(holding: phrase).contains { $0 != column && scope.sortsRows($0) } && !values.contains { $0.contains(phrase) }
            }
            let runTogether = values.count > 1 && !Text.contains(text, #"\band\b|,|&|\bor\b"#) && Text.quoted(text).map { $0.lowercased() }.count < values.count
            if limited || runTogether || Text.contains(text, #"\b(?:before|after|since|until|owned|campaign|series|as it is|as is|stays?|remains?|keep|leave)\b"#) { return nil }
            // (Nothing else said: no other column, and nothing quoted but the values and the target.)
            let quoted = Text.quoted(text).map { $0.lowercased() }
            guard !values.isEmpty, targets.count == 1, let value = targets.first,
                quoted.allSatisfy({ values.contains($0) || allowedMatch($0, in: target) != nil }),
                Set(mentioned((values + [value.lowercased()]).reduce(Self.withoutWouldContraction(text.lowercased())) { $0.replacingOccurrences(of: $1, with: " ") })).isSubset(of: [target]),
                // (The target said after every value: "Webinar … should be Event".)
                let at = text.lowercased().range(of: value.lowercased(), options: .backwards),
                values.allSatisfy({ text.lowercased().range(of: $0).map { $0.lowerBound < at.lowerBound } ?? false }),
                case .success(.edits(let edits)) = read("map " + values.map { "'\($0)'" }.joined(separator: " and ") + " to " + value),
                edits.allSatisfy({ if case .picklistMap(target, _, _) = $0 { true } else { false } })
            else { continue }
            return edits
        }
        return nil
    }

    /// "'Ivan' → 'IVAN', 'Sarah' → 'SARAH', and so on", "row 43's last name is '  Taylor' with leading
    /// spaces; want 'Taylor'": pairs of values of one source column, as they are and as they should be,
    /// read as the case change or trim that makes every pair; nil unless every pair agrees.
    func transformByExample(_ instruction: String) -> [Edit]? {
        let quoted = Text.quoted(instruction)
        guard quoted.count >= 2, quoted.count.isMultiple(of: 2), !Text.contains(instruction, Self.otherRequest) else { return nil }
        var said: Set<String> = []
        var column: String?
        for index in stride(from: 0, to: quoted.count, by: 2) {
            let (before, after) = (quoted[index], quoted[index + 1])
            let holding = scope.columns(holding: before).filter { scope.mappedFrom.values.contains($0) }
            guard before != after, holding.count == 1, column == nil || column == holding[0] else { return nil }
            column = holding[0]
            let trimmed = before.trimmingCharacters(in: .whitespacesAndNewlines)
            let trims = trimmed != before && after == after.trimmingCharacters(in: .whitespacesAndNewlines)
            guard after.trimmingCharacters(in: .whitespacesAndNewlines) == after || !trims else { return nil }
            let core = after.trimmingCharacters(in: .whitespacesAndNewlines)
            var made: Set<String> = trims ? ["trim"] : []
            if core == trimmed {
                guard trims else { return nil }
            } else if core == trimmed.uppercased() {
                made.insert("upper-case")
            } else if core == trimmed.lowercased() {
                made.insert("lower-case")
            } else {
                return nil
            }
            guard said.isEmpty || said == made else { return nil }
            said = made
        }
        guard let column, let target = scope.mappedFrom.first(where: { $0.value == column })?.key, !said.isEmpty,
            // (A column named beside the examples is theirs.)
            Set(mentioned(quoted.reduce(Self.withoutWouldContraction(instruction)) { $0.replacingOccurrences(of: $1, with: " ") })).isSubset(of: [target])
        else { return nil }
        let plain = ["trim", "upper-case", "lower-case"].filter(said.contains).map { "\($0) \(target)" }.joined(separator: "; ")
        guard case .success(.edits(let edits)) = read(plain), !edits.isEmpty else { return nil }
        return edits
    }

    /// "row 19 has no created date; rows like that should be invalid", "row 40's lead source is blank —
    /// it should read Other", "rows 19 and 53 have no created date — fill them with 2020-01-01": the
    /// column the rows lack, made required, or given the value said for every empty one.
    func lackingByExample(_ instruction: String) -> [Edit]? {
        let rows = #"(?:rows?|records?|lines?) #?\d+(?:(?:\s*,\s*|\s*,?\s*(?:and|&)\s*)#?\d+)*(?:'s)?(?: \([^()]*\))?"#
        let lacks = #"(?:has no|have no|has an? (?:empty|blank|missing)|have (?:an? )?(?:empty|blank|missing)|has nothing (?:in|under)|shows nothing (?:in|under)|comes? (?:out|through) with (?:an? )?(?:empty|blank)|is missing|are missing|lacks?|is without)(?: an?| the| any)?"#
        let end = #"(?=\s*(?:[-–—,;:.()]|\band\b|\bso\b|\bbut\b|\bit\b|\bthat\b|$))"#
        guard let lacked = Text.firstMatch(instruction, rows + " " + lacks + #" ([\w ]+?)"# + end)
            ?? Text.firstMatch(instruction, rows + #" ([\w ]+?) (?:is|are|comes? out|shows?) (?:blank|empty|missing)"# + end),
            let target = scope.target(lacked), !Text.contains(instruction, Self.otherRequest)
        else { return nil }
        let rest = Self.withoutWouldContraction(instruction).replacingRegex(rows, with: " ").replacingOccurrences(of: lacked, with: " ", options: .caseInsensitive)
        // (No other column, nor a column of the file the value could come from: "… from Lifecycle Stage".)
        guard Set(mentioned(rest)).isSubset(of: [target]), !scope.header.contains(where: { rest.localizedCaseInsensitiveContains($0) }) else { return nil }
        // (A value said for it: quoted, or a value the column allows, or a date.)
        let value = Text.firstMatch(rest, #"\b(?:should|must|to|would|it'd|i'd like|want)?\s*(?:say|read|show|be|become|get|use|put|fill(?: (?:it|them|those))? with|write|default to)\s+(?:in )?['‘"“]?([^'’"”,;—–]+?)['’"”]?(?=\s*(?:[,;()—–]|\.(?:\s|$)|\s-\s|\bthere\b|\bin there\b|\bfor\b|\binstead\b|$))"#)
        // ("put example.com in", "use 2020-01-01 there please": where it goes is no part of the value.)
        if let value = value?.replacingRegex(#"(?:\s+(?:in|in there|there|here|please|pls|instead|too|then))+$"#, with: ""),
            !Text.contains(value, #"^(?:invalid|flagged|rejected|valid|empty|blank|fine|ok|okay|it|them|that|those|a|an|the)$"#),
            // (A word said bare is a value only when the column allows it; else it is quoted, or has a digit, "@" or ".".)
            rest.contains("'" + value) || rest.contains("\"" + value) || rest.contains("‘" + value) || rest.contains("“" + value)
                || template.allowed(target).flatMap({ _ in allowedMatch(value, in: target) }) != nil || Text.contains(value, #"^\S*[\d@.]\S*$"#)
        {
            let literal = template.allowed(target).flatMap { _ in allowedMatch(value, in: target) } ?? value
            guard case .success(.edits(let edits)) = read("set \(target) to '\(literal)' when it is empty"), !edits.isEmpty else { return nil }
            return edits
        }
        guard Text.contains(rest, #"\b(?:flag\w*|invalid|fails?|failing|fail validation|reject\w*|(?:shouldn't|should not|mustn't|must not|doesn't|does not|won't) pass|not (?:be )?valid|an error|can't be (?:blank|empty)|cannot be (?:blank|empty)|must not be (?:blank|empty)|required|mandatory|compulsory)\b"#),
            !Text.contains(rest, #"\b(?:fine|okay|ok|allowed|acceptable|optional)\b"#),
            case .success(.edits(let edits)) = read("\(target) is required"), !edits.isEmpty
        else { return nil }
        return edits
    }

    /// "I'd like", "we'd expect": said out, so the "d" is never read as a column's name ("id").
    static func withoutWouldContraction(_ text: String) -> String {
        text.replacingRegex(#"\b(i|we|you|they)['’]d\b"#, with: "$1 would")
    }
}
