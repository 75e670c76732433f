import Foundation

/// A message written as meeting minutes ("Decision: …", "AP (vern): …", "— owner: Priya, by Fri",
/// "Parking lot: …", "RAG: amber"), read as the requests it records: labels and owners taken off,
/// status lines, parked items and action points given to a person set aside.
enum Minutes {
    /// Labels that head a recorded decision or action and say nothing themselves.
    static let label = #"(?:decisions?(?: reversed| taken| made)?|decided|agreed(?: (?:on|in|at|after) the (?:call|meeting|sync|stand-?up|review|workshop))?|actions?(?: items?| points?)?|action items?|aps?|todo|to-do|correction(?: to (?:the )?[\w' ]{1,40}? minutes)?|confirmed|reversal|resolution|resolved|outcome|note for the record|for the record|nb|minutes)"#

    /// Who an action is for, in brackets after its label: only the tool's own are requests.
    static let forTheTool = #"\((?:vern|the tool|tool|agent|the agent|you|system|migration)\)"#

    /// The lines of `message` that record requests for the tool, without their labels and owners.
    static func decisions(_ message: String) -> String {
        var parked = false
        var kept: [String] = []
        for line in message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            // "Parking lot:", "Parked:", "For discussion:": what follows was talked about, not decided.
            if Text.contains(line, #"^\s*(?:[-*•]\s*)?(?:parking lot|parked(?: items?)?|not (?:yet )?decided|for discussion|deferred|on hold|open (?:items|points))\s*[:\-–—]"#) {
                parked = true
                continue
            }
            // A heading or an item under a new label ends the parked section.
            if parked, Text.contains(line, #"^\s*(?:[-*•]\s*)?[\w ()']{1,40}:"#) && !Text.contains(line, #"^\s*[-*•]"#) { parked = false }
            if parked, Text.contains(line, #"^\s*(?:[-*•]|\d{1,2}[.)])\s"#) || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            parked = false
            kept.append(line)
        }
        return kept.joined(separator: "\n")
            // "RAG: RED → AMBER.", "Status: amber until done.": how the work stands, no request.
            .replacingRegex(#"(?m)(?:^|(?<=[.;:]\s)|(?<=[.;]))\s*(?:rag|rag status|status)\s*:\s*(?:red|amber|green)\b[^.;\n]*[.;]?"#, with: "")
            // "AP (Priya): brief sales on …": an action for a person, not for the tool.
            .replacingRegex(#"(?m)^(\s*(?:[-*•]\s*)?)(?:aps?|actions?|todo|to-do)\s*\((?!vern\b|the tool\b|tool\b|agent\b|the agent\b|you\b)[^)]*\)\s*:[^\n]*$"#, with: "")
            // "Decision:", "AP (vern):", "Agreed on the call:", "Correction to Tuesday's minutes:": the label.
            .replacingRegex(#"(?m)(?:^|(?<=[.;]\s)|(?<=\d[.)]\s)|(?<=[-*•]\s))\s*"# + label + #"(?:\s*"# + forTheTool + #")?\s*(?::|\s[-–—])\s*"#, with: "")
            // "Per the steering group, …", "As agreed with finance, …": who decided, before the request.
            // (Never "per company domain, keep the first row": a column the rule goes by.)
            .replacingRegex(#"(?m)^\s*(?:per|as per|as agreed (?:with|by)|on behalf of) (?:(?:the |our )?(?:[\w']+ ){0,3}(?:group|team|board|committee|council|client|customer|sponsor|lead|manager|director|call|meeting|minutes|email|decision|review|workshop|sync|stand-?up|legal|finance|sales|marketing|ops|dpo)|(?-i:[A-Z][a-z]+)),\s*"#, with: "")
            // "— owner: Priya, by Fri", "Owner: Jess.", "(owner: Raj)": who carries the item out and by when.
            .replacingRegex(#"(?m)\s*(?:[-–—]+|[.,;(])?\s*(?<!contact )(?<!record )(?<!account )\bowners?\s*[:=]\s*(?-i:[A-Z][\w'-]*)(?:\s*(?:,|and|&|/)\s*(?-i:[A-Z][\w'-]*))*(?:\s*,?\s*(?:by|due|before)\s+[\w/ ]{1,20}?)?\s*\)?(?=\s*(?:[.;]|$))"#, with: "")
            .replacingRegex(#"(?m)\s*[-–—]\s*(?:by|due(?: by)?)\s+(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\w*(?: \w+)?\.?(?=\s*$)"#, with: "")
            // "No change.", "No action needed.": the item records what holds.
            .replacingRegex(#"(?m)(?:^|(?<=[.;])\s*)\s*no (?:change|action|changes)s?(?: (?:needed|required|necessary|to make))?\s*[.!]?\s*$"#, with: "")
    }
}
