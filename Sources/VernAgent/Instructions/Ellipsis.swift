import Foundation

/// A part of a message that leaves out what it shares with the clause before it: "drop the chat
/// leads and the website ones" (the verb), "make phone required and email" (all but the column),
/// "email is optional, phone too" (the predicate). The part is read as that clause said again
/// about its own words, and only when it then asks for the same kind of change about something
/// else; otherwise it stays a part that cannot be placed.
extension InstructionParser {
    /// Verbs that open an instruction and may be shared by the part after it.
    private static let sharedVerbs =
        #"(?:don't|do not|never) (?:import|migrate|load|bring over|include|keep)|(?:drop|remove|delete|exclude|skip|ignore|discard|filter out|leave out|lose|ditch|trim|strip|title-case|lower-case|upper-case|capitali[sz]e|normali[sz]e|format|convert|clean up|tidy up|clean|tidy|map|make|mark|set|fill(?: in)?|clear|import|keep|split|combine|change|treat|count|put)(?: the| any| all| every)?"#

    /// The edits `part` asks for when it borrows the rest of `clause`, which made `first`; nil
    /// when no reading gives the same kind of change as `first` about something new.
    func elided(_ part: String, after clause: String, made first: [Edit], depth: Int) -> [Edit]? {
        let words = part.split(separator: " ")
        guard depth < 4, !words.isEmpty, words.count <= (Self.saysRowCondition(part) ? 10 : 6), let kind = first.last?.family else { return nil }
        // "email doesn't have to be unique, but last names must be": the rule named before, for this column.
        if let g = Text.match(part, #"(?:but |and |while |whereas )?(.+?) (?:must|should|has to|have to|needs to|need to|is|are)(?: be| to be)?(?: though| instead)?"#),
            let rule = Text.firstMatch(clause, #"\b(?:be|is|are) (required|mandatory|unique|optional)\b"#),
            !mentioned(g[0]).isEmpty,
            case .success(let edits) = sequence(g[0] + " must be " + rule, depth: depth + 1), !edits.isEmpty, !first.contains(where: edits.contains)
        {
            return edits
        }
        // ("the Fair is also Event" says its own change: borrowing the one before would change something else.)
        // ("…and the rows where lifecycle stage is lead": the verb is inside the rows' condition.)
        guard !Text.contains(part, #"\b(?:is|are|becomes?|counts? as|goes to|go to|maps? to)\b"#) || Self.saysRowCondition(part) else { return nil }
        var readings: [String] = []
        // (The last verb of the clause: what comes before it may be a remark.)
        if let verb = Text.match(clause, "(?:.*\\s)?(" + Self.sharedVerbs + #")\s.+"#)?[0] {
            readings.append(verb + " " + Self.withoutLeadingArticle(part, when: verb))
        }
        if let target = first.last?.target {
            readings += substituted(part, for: target, in: clause)
            // "email stays required, also unique, plus lowercased": more said of the same column.
            readings += [target + " is " + part]
        }
        if let predicate = Text.match(clause, #".+?\s((?:is|are|isn't|aren't|must|mustn't|should|shouldn't|needs?|doesn't|don't|has to|have to|can|becomes?|goes|go|counts?)\s.+)"#)?[0] {
            readings.append(part + " " + predicate)
            // "phone is required and company isn't": the predicate said again, negated.
            if let g = Text.match(part, #"(.+?) (?:isn't|is not|aren't|are not)"#), let said = Text.match(predicate, #"(?:is|are) (?!not\b)(.+)"#)?[0] {
                readings.append(g[0] + " is not " + said)
            }
        }
        for reading in readings where Text.key(reading) != Text.key(clause) {
            guard case .success(let edits) = sequence(reading, depth: depth + 1), let last = edits.last, !first.contains(last) else { continue }
            // (A reading that maps a value to itself, "event → Event", borrowed the wrong words.)
            guard !edits.contains(where: { if case .picklistMap(_, let values, let value) = $0 { values.contains { Text.key($0) == Text.key(value) } } else { false } }) else { continue }
            // Either the same change about something new, or a new change about the same column.
            // (Value maps and drops by value name new values of the same column.)
            let sameKind = last.family == kind
                && (["picklistMap", "dropRows"].contains(kind) || Set(edits.flatMap(\.targets)).isDisjoint(with: first.flatMap(\.targets)))
            let sameColumn = last.family != kind && ["required", "unique", "letterCase", "trim"].contains(last.kind)
                && edits.allSatisfy({ $0.targets == [first.last?.target ?? ""] }) && reading.hasPrefix(first.last?.target ?? "\u{0}")
            guard sameKind || sameColumn else { continue }
            return edits
        }
        return nil
    }

    /// `clause` with the words that named `target` replaced by `part` ("make phone required" →
    /// "make email required"); one reading per span of one to four words that names the column.
    private func substituted(_ part: String, for target: String, in clause: String) -> [String] {
        let words = clause.split(separator: " ").map(String.init)
        var readings: [String] = []
        for length in (1...min(4, words.count)).reversed() {
            for start in 0...(words.count - length) {
                let span = words[start..<(start + length)].joined(separator: " ")
                guard scope.target(span) == target else { continue }
                readings.append((words[..<start] + [part] + words[(start + length)...]).joined(separator: " "))
            }
        }
        return readings
    }

    /// "the last names" after a verb that already has its article ("trim the"): the article once.
    private static func withoutLeadingArticle(_ part: String, when verb: String) -> String {
        guard Text.contains(verb, #"\s(?:the|any|all|every)$"#) else { return part }
        return part.replacingRegex(#"^(?:the|any|all|every)\s+"#, with: "")
    }
}

extension Edit {
    /// The kind of change, without its values ("trim", "dropRows").
    var kind: String { Mirror(reflecting: self).children.first?.label ?? String(describing: self) }

    /// The kind, with a row dropped by its number or its person counted as rows dropped ("drop row 3 and record 1000907").
    var family: String { ["dropRowNumber", "dropPerson"].contains(kind) ? "dropRows" : kind }

    /// Every template column the edit changes.
    var targets: [String] {
        switch self {
        case .trim(let targets), .untrim(let targets), .letterCase(let targets, _): targets
        default: target.map { [$0] } ?? []
        }
    }
}
