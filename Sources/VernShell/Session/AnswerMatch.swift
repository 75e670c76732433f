import Foundation
import VernAPI

/// Turns what the analyst typed into the answer a question accepts.
struct AnswerMatch {
    let question: Question

    /// The option's label for its number or label (any case); the text itself when the
    /// question takes free text and `customAllowed`; otherwise `nil`.
    func value(for text: String, customAllowed: Bool = true) -> String? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if let number = Int(text), question.options.indices.contains(number - 1) {
            return question.options[number - 1].label
        }
        if let option = question.options.first(where: { $0.label.caseInsensitiveCompare(text) == .orderedSame }) {
            return option.label
        }
        return question.allowCustom && customAllowed ? text : nil
    }

    /// What to type instead of an answer that does not fit.
    var invalidMessage: String {
        question.options.isEmpty
            ? "type your answer"
            : "choose 1–\(question.options.count) or type an option's label" + (question.allowCustom ? " or your own words" : "")
    }
}

/// The questions of a run left blocked: answered later by `/answer` or a line at the prompt.
struct PendingQuestion {
    var run: RunRef
    var questions: [Question]
    /// Whether a free-text line was already offered as the answer (the shell asks once).
    var offered = false
}
