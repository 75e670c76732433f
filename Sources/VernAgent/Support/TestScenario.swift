import Foundation

/// A tester's wording read as the request it states: ticket checkboxes ("[ ] …"), labels that
/// classify rather than ask ("Severity: high.", "Test scenario:"), a scenario ("Given a contact
/// without a phone, when imported, then the phone is +10000000000") and a state with the one
/// wanted ("Currently email is required, should be optional"). What the words ask is unchanged:
/// a scenario becomes the request it implies only where that is certain, otherwise it is left
/// as written, for the parser to ask about.
enum TestScenario {
    static func plain(_ text: String) -> String {
        guard Text.contains(text, #"\[[ xX✓✔]?\]|\b(?:severity|priority|test|scenario|regression|repro|given|currently|steps|at the moment|right now)\b"#) else { return text }
        var value = text
            .replacingRegex(#"(?m)^\s*(?:[-*•]\s*)?\[[ xX✓✔]?\]\s*"#, with: "")
            .replacingRegex(#"(?m)(?:^|(?<=[.!]\s))\s*(?:severity|priority|sev|prio)\s*[:=]\s*(?:[\w-]+)\s*(?:[.,;!]|$)\s*"#, with: "")
            .replacingRegex(#"(?m)^\s*(?:test(?: case| scenario| check| step)?|scenario|repro question|regression question)\s*[:\-–—]\s*"#, with: "")
        // "Steps to reproduce: 1. open /preview 2. look at row 1. Expected: …": the steps say how to see it.
        value = value.replacingRegex(#"(?s)^\s*steps(?: to (?:reproduce|repro))?\s*:.*?(?=\bexpected(?: result| behaviou?r| outcome)?\s*:)"#, with: "")
        // "Regression: row 42 is rejected for missing company. Company should be optional.": what broke, then
        // the request. (A first sentence that asks is kept: "Regression: phone must be required. …".)
        if let g = Text.match(value, #"(?s)\s*regression(?: (?:after|since) (?:the |my |our )?(?:last|previous|latest) (?:change|update|edit))?\s*:\s*(.+?[.!])\s+(\S.*)"#),
            !Text.contains(g[0], #"\b(?:should|must|needs? to|has to|have to|please|make|set|drop|remove|delete|map|trim|skip|import|undo|revert|put|use)\b"#)
        {
            value = g[1]
        } else {
            value = value.replacingRegex(#"^\s*regression\s*:\s*"#, with: "")
        }
        return given(currently(value))
    }

    /// "Currently notes is populated from Notes; should be populated from Contact Owner": the state
    /// now says what the wish is about; "Currently the duplicate check flags row 36. Should not: turn
    /// off uniqueness on email": the wish says it all.
    private static func currently(_ text: String) -> String {
        let now = #"(?:currently,?|right now,?|at the moment,?)"#
        let verb = #"(?:is|are|has|have|gets?|get|shows?|comes?|reads?|flags?|maps?|goes|falls?|lands?|ends? up|contains?|holds?)"#
        let wish = #"(should(?:n't| not)?|must(?:n't| not)?|needs? to|has to|ought to|want(?:ed)?|expected)\b"#
        if let g = Text.match(text, #"(?s)\s*"# + now + #"\s+.+?(?:[.;!]|\s[-–—])\s*(?:but |instead,? )?(?:it |they |this |that )?(?:should(?:n't| not)?|must(?:n't| not)?|want(?:ed)?|expected)\s*:\s*(.+)"#) {
            return g[0]
        }
        if let g = Text.match(text, #"(?s)\s*"# + now + #"\s+(?:the )?((?:(?!\b"# + verb + #"\b)[\w' -]){2,40}?) "# + verb + #"\b.*?(?:[,;.!]|\s[-–—]|\bbut\b)\s*(?:but |instead,? |and )?(?:it |they |this |that )?"# + wish + #"\s*(.+)"#)
            ?? Text.match(text, #"(?s)\s*(?:the )?((?:(?!\b"# + verb + #"\b)[\w' -]){2,40}?) (?:is|are) currently\b.*?(?:[,;.!]|\s[-–—]|\bbut\b)\s*(?:but |instead,? |and )?(?:it |they |this |that )?"# + wish + #"\s*(.+)"#)
        {
            return "\(g[0]) \(g[1]) \(g[2])"
        }
        return text
    }

    /// "Given G, when we import, then T": the request T implies for rows like G.
    private static func given(_ text: String) -> String {
        guard let g = Text.match(text, #"(?s)\s*given,? (?:that )?(.+?),? (?:(?:and )?when (.+?),? )?(?:then|→|->|=>) (.+?)[.!]?"#) else { return text }
        var condition = g[0]
        let when = g[1], then = g[2]
        // ("when imported", "when we run the migration": the run itself; anything else narrows the rows.)
        if !when.isEmpty, !Text.contains(when, #"^(?:(?:we|i|you) )?(?:import|imported|importing|load|loaded|loading|migrate|migrated|run|ran|preview|previewed|execute|executed|it (?:is|gets) (?:imported|loaded|migrated))\b|^the (?:import|migration|load|run|preview) (?:runs|is run|happens|completes)\b"#) {
            condition += " and " + when
        }
        let rowWords = #"(?:contacts?|rows?|records?|leads?|entr(?:y|ies)|people|persons?)"#
        // "then the row is skipped": a row rule.
        if Text.contains(then, #"^(?:it|they|the (?:row|record|contact|lead|entry)|that (?:row|record|contact)|this (?:row|record|contact)|the rows?|those rows)(?: is| are| gets?| should be| must be| will be)? (?:dropped|skipped|removed|excluded|deleted|filtered out|left out|rejected|not (?:imported|loaded|migrated|kept))\b"#) {
            if let row = Text.match(condition, #"(?:an? |one |any )"# + rowWords + #" ((?:with|without|whose|where|that has|that have|lacking|missing) .+)"#) { return "drop rows \(row[0])" }
            return "drop rows where \(condition)"
        }
        // "Given two contacts with the same last name, … then the second is flagged": uniqueness.
        if let same = Text.match(condition, #"(?:two|2|several|multiple) "# + rowWords + #" (?:with|sharing|that share|having) the same (.+)"#),
            Text.contains(then, #"\b(?:flagged|invalid|duplicates?|rejected|marked)\b"#)
        {
            return "no two contacts with the same \(same[0])"
        }
        // "Given a contact without a phone, … then the phone is +10000000000": a value for empty cells.
        if let empty = Text.match(condition, #"(?:an? |one |any )"# + rowWords + #" (?:without|with no|lacking|missing|with an? (?:empty|blank|missing)) (?:an? |the |any )?(.+)|(?:an? |the )?(?:empty|blank|missing) (.+)|(?:(?:an? |one |any )"# + rowWords + #" whose )?(?:the )?(.+?) (?:is|are) (?:empty|blank|missing)"#) {
            let column = [empty[0], empty[1], empty[2]].first { !$0.isEmpty } ?? ""
            let subject = #"(?:the |its |their )?"# + NSRegularExpression.escapedPattern(for: column)
            if let fill = Text.match(then, subject + #"(?: column| field)? (?:should be |is |are |gets? |will be )?(?:taken|filled|copied|pulled|sourced|read|populated) (?:from|with) (?:the )?(.+?)(?: column| field)?"#) {
                return "when \(column) is empty use \(fill[0])"
            }
            if let set = Text.match(then, subject + #"(?: column| field)? (?:is|are|becomes?|should be|must be|will be|reads?|gets?|shows?|=|defaults to|is set to) (.+)"#) {
                return "set \(column) to \(set[0]) when it is empty"
            }
        }
        // "Given Lead Source 'cold calling', … then lead_source is Outbound": a value mapped.
        if let source = Text.match(condition, #"(?:(?:an? |the )?(?:contact|row|record|lead) (?:with|whose) )?(?:an? |the )?([\w -]+?)(?: of| is| =|:)? (['"][^'"]+['"]|[\w-]+(?: [\w-]+)?)"#),
            let target = Text.match(then, #"(?:the |its )?([\w -]+?) (?:is|are|becomes?|should be|must be|will be|maps to|=|reads?|shows?) (?:an? )?(['"]?[\w -]+['"]?)"#),
            Text.key(source[0]) == Text.key(target[0])
        {
            return "map \(source[1]) to \(target[1])"
        }
        // "Given First Name 'Sarah' and Last Name 'Nakamura', then notes reads 'Sarah Nakamura'": the
        // example shows the combination and its separator.
        if let combined = example(condition, then) { return combined }
        // "Given ' Proseware Dynamics, Inc.' in the source, when imported, then company has no leading
        // space": an example value; the outcome is the request.
        if Text.contains(condition, #"^['"][^'"]*['"](?: (?:in|as) (?:the )?(?:source|file|input|data|csv)(?: file)?)?$"#) { return then }
        // "Given a phone with no country code, … then it is read as a Japanese number": the thing the
        // scenario is about, said in the outcome.
        if let thing = Text.match(condition, #"(?:an? |one |any )?(?!(?:contacts?|rows?|records?|leads?)\b)([\w-]+(?: (?!(?:numbers?|with|without)\b)[\w-]+)?)(?: numbers?)? (?:with|without|that has|that have|lacking|missing) .+"#),
            let outcome = Text.match(then, #"(?:it|they) ((?:is|are|gets?|get|should be|must be) .+)"#)
        {
            return "the \(thing[0]) \(outcome[0])"
        }
        return text
    }

    /// "First Name 'Sarah' and Last Name 'Nakamura'" with "notes reads 'Sarah Nakamura'": combine
    /// those columns into notes, with the separator between the example's values.
    private static func example(_ condition: String, _ then: String) -> String? {
        guard let target = Text.match(then, #"(?:the )?([\w -]+?) (?:is|reads?|becomes?|shows?|=|should be|should read|contains?) ['"]([^'"]+)['"](?:\s*\(.*\))?"#) else { return nil }
        let parts = condition.split(separator: /\s*(?:,|\band\b)\s*/).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let pairs = parts.compactMap { Text.match($0, #"(?:an? |the )?([\w -]+?)(?: of| is| =|:)? ['"]([^'"]+)['"]"#) }
        guard pairs.count >= 2, pairs.count == parts.count else { return nil }
        var rest = Substring(target[1])
        var separators: [String] = []
        for (index, pair) in pairs.enumerated() {
            guard let at = rest.range(of: pair[1]) else { return nil }
            if index > 0 { separators.append(String(rest[..<at.lowerBound])) } else if at.lowerBound != rest.startIndex { return nil }
            rest = rest[at.upperBound...]
        }
        guard rest.isEmpty, let separator = separators.first, !separator.isEmpty, separators.allSatisfy({ $0 == separator }) else { return nil }
        return "combine \(pairs.map { $0[0] }.joined(separator: " and ")) into \(target[0]) with '\(separator)'"
    }
}
