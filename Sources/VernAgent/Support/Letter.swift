import Foundation

/// A message pasted from an email, read as its body: header lines ("From: Dana", "To: data
/// team"), the greeting ("Hi team,"), the sign-off ("Cheers,\nPriya", "Thanks, Joe") and a lead-in
/// ("for the contacts import:") ask nothing; a quoted question answered "yes" is the request
/// ("> Can we exclude Record ID from the load?\n\nYes, let's do that.").
enum Letter {
    static func plain(_ text: String) -> String {
        guard text.contains("\n") || Text.contains(text, #"^\s*(?:hi|hello|hey|dear)\b|\b(?:thanks|cheers|regards)\b"#) else { return text }
        var value = text
            .replacingRegex(#"(?m)^\s*(?:from|to|cc|bcc|subject|sent|date)\s*:[^\n]*(?:\n|$)"#, with: "")
            .replacingRegex(#"^\s*(?:hi|hello|hey|hiya|dear|morning|good (?:morning|afternoon))\b[^\n.!?:]{0,30}[,!]?[ \t]*\n"#, with: "")
            .replacingRegex(#"(?:^|\n)[ \t]*(?:thanks|thank you|thx|ta|cheers|regards|best|best regards|kind regards|many thanks|br)\b[^\n]{0,24}(?:\n[ \t]*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?[ \t]*)?\s*$"#, with: "")
        // "> Can we exclude Record ID from the load? …\n\nYes, let's do that.": the question agreed to.
        if let g = Text.match(value, #"(?s)\s*>\s*([^\n]+?)\s*\n+\s*(?:yes|yep|yeah|sure|agreed|ok|okay|correct|please do)\b[^\n]*"#) {
            value = g[0].replacingRegex(#"^(?:can|could|shall|should) we (?:please )?"#, with: "")
                .replacingRegex(#"^([^?]+)\?.*$"#, with: "$1")
        }
        // "for the contacts import: the notes column should …": where it applies, said first.
        value = value.replacingRegex(#"(?m)^\s*(?:for|re|about|regarding) (?:the )?[\w ]{0,30}(?:import|migration|load|file|mapping)\s*:\s*"#, with: "")
        return value.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
