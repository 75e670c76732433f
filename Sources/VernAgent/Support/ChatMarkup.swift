import Foundation

/// A message as a chat tool or ticket carries it, read as its plain words: Markdown (`code`,
/// **bold**, bullets), emoji and `:shortcodes:`, @mentions, ticket ids ("MIG-142:", "see MIG-190"),
/// and ticket labels ("AC:", "TL;DR", "Done when:"), an email's frame (``Letter``) and a tester's
/// wording (``TestScenario``). What the
/// words ask is unchanged; "Expected:" after a request stays a checker's expectation, which
/// `Clauses.clean` sets aside.
enum ChatMarkup {
    static func plain(_ text: String) -> String {
        let said = TestScenario.plain(Letter.plain(text))
        guard Text.contains(said, #"\+1|[`*_@#>:✅-➿]|[\x{1F000}-\x{1FAFF}]|\b[A-Z]{2,10}-\d+\b|\b(?:AC|TL;DR|Done when|Acceptance criteria|EDIT)\b"#) else { return said }
        let text = bugReport(said)
        // A ticket's title line ("MIG-142: notes mapping") above its criteria names the topic, asks nothing.
        var title = text
        if text.contains("\n") {
            title = title.replacingRegex(#"(?-i)^\s*[A-Z]{2,10}-\d+\b\s*[:\-–—]?\s*(?i)(?:(?!\b(?:drop|remove|delete|trim|map|skip|make|set|use|put|fill|split|combine|undo|revert|keep|exclude|import|lower|upper|title|don't|do not)\b)[\w' /,.-]){0,50}\n"#, with: "")
        }
        var value = title
            // `notes` → 'notes': a name or value in code quotes is quoted.
            .replacingRegex(#"`([^`\n]+)`"#, with: "'$1'")
            .replacingRegex(#"\*\*([^*\n]+)\*\*|__([^_\n]+)__"#, with: "$1$2")
            // Emoji, reactions and :shortcodes:.
            .replacingRegex(#"[\x{1F000}-\x{1FAFF}\x{2600}-\x{27BF}\x{2B00}-\x{2BFF}\x{FE0F}\x{200D}]"#, with: "")
            .replacingRegex(#"(?<![\w:]):[a-z0-9_+\-]{1,30}:(?![\w:])"#, with: "")
            // "@vern", "@maria": who the message is for.
            .replacingRegex(#"(?<![\w.])@[\w.\-]+:?"#, with: "")
            // "see MIG-142", "MIG-142:": a ticket id beside the request.
            .replacingRegex(#"(?-i)\(?\b(?:see |per |re:? |ref:? )?(?!(?:ISO|UTF|RFC|UTC|GMT|CET|EST|PST)-)[A-Z]{2,10}-\d+\b\)?(?:\s*[:\-–—]\s*)?"#, with: "")
        // Ticket labels at the start of a line: "AC:", "TL;DR", "Done when:", "Acceptance criteria:".
        value = value.replacingRegex(#"(?m)^\s*(?:[-*•]\s*)?(?:(?:AC|Done when|Definition of done|Acceptance criteria|Steps|Context|Summary|Update|Note)\s*[:\-–—]|TL;?DR\b[:\-–—]?)\s*"#, with: "")
            .replacingRegex(#"(?m)^\s*EDIT\s*:\s*"#, with: "")
            // "+1 to dropping Notes": agreeing to a change is asking for it.
            // (Not "+1 555 0100" or "+1 for the phones": a calling code.)
            .replacingRegex(#"(?m)^\s*\+1(?:\s*(?:to|,|!|—|-)\s+|\s*$)"#, with: "")
        return value.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// A bug report: what is seen now ("Actual:", "Observed:", "Repro:") says nothing to change, and
    /// what is wanted ("Expected:", "Desired:") is the request; a wish that is only a value takes the
    /// place of the value seen ("Observed: 'partner referral' -> Other. Desired: Referral"). "Expected:"
    /// opening a message is its request; after a request it stays a checker's expectation.
    static func bugReport(_ text: String) -> String {
        let label = #"(?:expected|desired|wanted)(?: result| behaviou?r| outcome| state)?\s*:\s*"#
        let seen = #"\b(?:actual|observed|repro|currently seen)(?: result| behaviou?r)?\s*:"#
        var value = text
        if let g = Text.match(text, #"(?s)\s*"# + seen + #"\s*(.+?)\s*[.;]?\s*\b"# + label + #"(.+?)[.!]?\s*"#) {
            let shown = g[0], wanted = g[1]
            // "Observed: 4/9/2022 shows as April 9. Desired: 4 September 2022": the date read as wanted.
            if let date = Text.firstMatch(shown, #"\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b"#),
                let read = Text.match(wanted, #"(\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]{3,9}(?: \d{2,4})?|[a-z]{3,9} \d{1,2}(?:st|nd|rd|th)?(?:,? \d{2,4})?)\b.*"#)
            {
                return "read \(date) as \(read[0])"
            }
            if Text.match(wanted, #"['"]?[\w-]+(?: [\w-]+){0,2}['"]?"#) != nil,
                let before = Text.match(shown, #"(.+?)\s*(?:->|→|=>|becomes|maps to|is mapped to|goes to|shows as|ends up as|lands in|falls into|turns into)\s*['"]?[\w -]+['"]?"#)
            {
                return "\(before[0]) -> \(wanted)"
            }
            // "Observed: the stage ('Lifecycle Stage') is lost. Desired: load it into notes": the column seen.
            let quoted = Text.allMatches(shown, #"['"]([^'"]{2,40})['"]"#)
            if quoted.count == 1, Text.contains(wanted, #"\b(?:it|them)\b"#) {
                return wanted.replacingRegex(#"\b(?:it|them)\b"#, with: "'\(quoted[0])'")
            }
            // "Observed: 'de la Cruz' in last_name. Desired: keep only what comes after the last space -> Cruz".
            if let g = Text.match(shown, #"['"]([^'"]+)['"] (?:in|for|under) (?:the )?([\w -]+?)(?: column| field)?"#), !Text.contains(wanted, #"['"]"#) {
                let example = #"\s*(?:->|→|=>)\s*\w+$"#
                let plain = Text.firstMatch(wanted, #"(\w+)$"#).map { g[0].localizedCaseInsensitiveContains($0) } == true ? wanted.replacingRegex(example, with: "") : wanted
                return "in \(g[1]), \(plain)"
            }
        }
        if Text.contains(text, seen) {
            let wanted = Text.contains(text, #"\b"# + label)
            value = value.replacingRegex(#"(?s)"# + seen + (wanted ? #".*?(?=\b"# + label + #"|$)"# : #".*?(?:[.!](?=\s)|$)"#), with: "\n")
                .replacingRegex(#"\b"# + label, with: "\n")
        }
        return value.replacingRegex(#"\bdesired(?: result| behaviou?r| outcome| state)?\s*:\s*"#, with: "\n")
            .replacingRegex(#"^\s*"# + label, with: "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
