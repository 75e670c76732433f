import Foundation

/// A message as a chat tool or ticket carries it, read as its plain words: Markdown (`code`,
/// **bold**, bullets), emoji and `:shortcodes:`, @mentions, ticket ids ("MIG-142:", "see MIG-190"),
/// and ticket labels ("AC:", "TL;DR", "Done when:"). What the words ask is unchanged; "Expected:" stays
/// a checker's expectation, which `Clauses.clean` sets aside.
enum ChatMarkup {
    static func plain(_ text: String) -> String {
        guard Text.contains(text, #"\+1|[`*_@#>:✅-➿]|[\x{1F000}-\x{1FAFF}]|\b[A-Z]{2,10}-\d+\b|\b(?:AC|TL;DR|Done when|Acceptance criteria|EDIT)\b"#) else { return text }
        let text = bugReport(text)
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
    /// what is wanted ("Expected:", "Desired:") is the request. "Desired:" always asks; "Expected:"
    /// asks only beside an observation, otherwise it stays a checker's expectation.
    static func bugReport(_ text: String) -> String {
        let label = #"(?:expected|desired|wanted)(?: result| behaviou?r| outcome| state)?\s*:\s*"#
        var value = text
        if Text.contains(text, #"\b(?:actual|observed|repro|currently seen)(?: result| behaviou?r)?\s*:"#) {
            value = value.replacingRegex(#"(?s)\b(?:actual|observed|repro|currently seen)(?: result| behaviou?r)?\s*:.*?(?=\b"# + label + #"|$)"#, with: "\n")
                .replacingRegex(#"\b"# + label, with: "\n")
        }
        return value.replacingRegex(#"\bdesired(?: result| behaviou?r| outcome| state)?\s*:\s*"#, with: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
