import Foundation

/// What a line typed at the main prompt means, before it reaches the agent.
///
/// Slash commands are commands. A few bare words act as commands too, as in psql: `help`,
/// `?`, `quit`, `exit` and `clear`. Free text starting with `!` always changes the recipe and
/// free text starting with `?` always asks about it; otherwise, in update mode, a line that
/// reads as a question (it ends with `?`, or starts with an interrogative such as "what" or
/// "does") asks, and anything else changes the recipe.
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
    private static let requestOpenings = ["can you", "could you", "would you", "will you", "please", "can we", "could we"]

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
        if lowered.hasSuffix("?") { return true }
        let first = lowered.prefix { $0.isLetter || $0 == "'" }
        return interrogatives.contains(String(first))
    }
}
