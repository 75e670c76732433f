import Foundation

/// A message pasted from an email, read as its body: header lines ("From: Dana", "To: data
/// team"), the greeting ("Hi team,"), the sign-off ("Cheers,\nPriya", "Thanks, Joe") and a lead-in
/// ("for the contacts import:") ask nothing; a quoted question answered "yes" is the request
/// ("> Can we exclude Record ID from the load?\n\nYes, let's do that.").
enum Letter {
    static func plain(_ text: String) -> String {
        guard text.contains("\n") || Text.contains(text, #"^\s*(?:hi|hello|hey|dear)\b|\b(?:thanks|cheers|regards)\b"#) else { return text }
        var value = text
        // Header lines count only as a block at the top with a "From:" or "Subject:" among them
        // ("Date: day first" on a line of its own is a request).
        if let block = Text.firstMatch(value, #"^((?:[ \t]*(?:from|to|cc|bcc|subject|sent|date)[ \t]*:[^\n]*\n)+)"#),
            Text.contains(block, #"(?m)^[ \t]*(?:from|subject)[ \t]*:"#)
        {
            value = String(value.dropFirst(block.count))
        }
        // A greeting and a sign-off are lines of their own: the greeting word and a name at most.
        let name = #"(?-i:[A-Z][\w.'-]*)(?: (?-i:[A-Z][\w.'-]*))?"#
        value = value
            .replacingRegex(#"^\s*(?:hi|hello|hey|hiya|dear|morning|good (?:morning|afternoon))(?:[ \t]+(?:all|team|everyone|folks|there|guys|"# + name + #"))?[ \t]*[,!]?[ \t]*\n"#, with: "")
            .replacingRegex(#"(?:^|\n)[ \t]*(?:many thanks|thanks(?: a lot| so much| again| in advance)?|thank you(?: so much)?|thx|ta|cheers|regards|best(?: regards| wishes)?|kind regards|br)[ \t]*[,!.]?[ \t]*(?:"# + name + #")?[ \t]*(?:\n[ \t]*"# + name + #"[ \t]*)?\s*$"#, with: "")
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
