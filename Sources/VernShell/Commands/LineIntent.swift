import Foundation

/// What a line typed at the main prompt means, before it reaches the agent.
///
/// Slash commands are commands. A few bare words act as commands too, as in psql: `help`,
/// `?`, `quit`, `exit` and `clear`. Free text starting with `!` always changes the recipe and
/// free text starting with `?` always asks about it; otherwise, in update mode, a line that
/// reads as a question (it ends with `?`, or starts with an interrogative such as "what" or
/// "does") asks, and anything else changes the recipe. A polite request ending in `?` ("…, could
/// you do that?", "Could webinars count as Events?") and a condition ("where there are no notes, put …") change the recipe: the
/// update run answers a question too, so a doubtful line goes there.
enum LineIntent: Equatable {
    /// A slash command line, e.g. `/preview --invalid`.
    case command(String)
    /// A message for the agent; `forced` when a prefix chose the kind, `question` when it
    /// reads as a question.
    case message(String, kind: Kind)

    enum Kind: Equatable {
        /// The current mode decides.
        case mode
        /// `!` or `?` chose update or ask.
        case forcedUpdate
        case forcedAsk
        /// The line reads as a question.
        case question
    }

    static let bareCommands = ["help": "/help", "?": "/help", "quit": "/quit", "exit": "/quit", "clear": "/clear"]

    private static let interrogatives: Set<String> = [
        "what", "what's", "whats", "why", "how", "how's", "which", "who", "whose", "whom", "when", "where",
        "is", "are", "does", "did", "was", "were", "has", "isn't", "aren't", "doesn't",
    ]

    /// Polite requests end in `?` but ask for a change: "Can you lower-case the emails?".
    /// ("Would it be possible to make Phone required?", "If it's not too much trouble, could you …?": the same,
    /// hedged; never "I'd like to know if …?", which asks.)
    private static let requestOpenings = [
        "can you", "could you", "would you", "will you", "please", "can we", "could we", "would it be possible", "would you mind", "do you mind",
        "if it's not too much trouble", "if it isn't too much trouble", "i'd rather",
    ]

    init(_ text: String) {
        if text.hasPrefix("/") {
            self = .command(text)
        } else if let command = Self.bareCommands[text.lowercased().trimmingCharacters(in: [";"])] {
            self = .command(command)
        } else if text.hasPrefix("!") {
            self = .message(Self.dropMarker(text), kind: .forcedUpdate)
        } else if text.hasPrefix("?") {
            self = .message(Self.dropMarker(text), kind: .forcedAsk)
        } else {
            self = .message(text, kind: Self.readsAsQuestion(text) ? .question : .mode)
        }
    }

    private static func dropMarker(_ text: String) -> String {
        String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
    }

    /// Whether `text` reads as a question rather than an instruction.
    static func readsAsQuestion(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if requestOpenings.contains(where: { lowered.hasPrefix($0 + " ") || lowered == $0 }) { return false }
        // "the company names need to be upper case, could you do that?": a request after the change.
        // ("…, so could we drop the rows that have no Phone?", "… . Would it be possible to …?": the same after a reason.)
        if lowered.range(of: #"[,.;!:-]\s*(?:(?:so|and|but|then|also|now)\s+)?(?:please\s+)?(?:(?:can|could|would|will) (?:you|we)\b|would it be possible\b|would you mind\b)[^.;!?]*\?\s*$"#, options: .regularExpression) != nil { return false }
        // "Could webinars count as Events?", "Could the notes hold the owner and the stage?": a change asked for.
        if lowered.range(of: #"^(?:can|could|would|will|may) (?!i\b)[\w' -]+? (?:count|go|become|map|hold|show|contain|display|get|be (?!(?:empty|blank|missing|null|unique|required|optional|valid|invalid)\b)\w+(?:ed|en))\b"#, options: .regularExpression) != nil {
            return false
        }
        if lowered.hasSuffix("?") { return true }
        // "why is row 12 even in here, get rid of it": a question asked in passing, then the change.
        // ("why on earth is the Company Domain going in?? leave it OUT": the same after the question mark.)
        // ("how many rows have no created date? and could we fill those with 2020-01-01": a question, then a request.)
        if lowered.range(of: #"(?:[,;]|\?+!*)\s*(?:so |just |please |and |then |also )*(?:(?:can|could|would|will) (?:you|we) (?:please |also |then |just )?)?(?:drop|remove|delete|get rid of|skip|exclude|lose|ditch|(?:take|leave|keep) (?:it|them|that|those|these) out|put|make|map|set|trim|use|fill|change|undo|revert|bring|turn off)\b[^?]*$"#, options: .regularExpression) != nil {
            return false
        }
        let words = lowered.split(separator: " ").map { String($0.prefix { $0.isLetter || $0 == "'" }) }
        guard let first = words.first, interrogatives.contains(first) else { return false }
        // "where there are no notes, put …", "when the phone is empty use …": a condition, unless a
        // verb of asking follows ("where does notes come from").
        if ["when", "where"].contains(first) { return words.count > 1 && auxiliaries.contains(words[1]) }
        return true
    }

    private static let auxiliaries: Set<String> = [
        "does", "do", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should", "has", "have", "'s",
    ]
}
