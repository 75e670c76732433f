import Foundation
import Synchronization

/// A case-insensitive regular expression compiled once, with the words any match must contain:
/// a text without them is answered "no match" without running the engine.
final class Pattern: Sendable {
    let regex: NSRegularExpression
    let literals: RequiredLiterals

    /// Compiles `pattern` case-insensitively; nil when it is not a valid pattern.
    init?(_ pattern: String) {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        self.regex = regex
        literals = RequiredLiterals(pattern: pattern)
    }

    /// The first match in `text`, or nil.
    func firstMatch(in text: String) -> NSTextCheckingResult? {
        guard admits(text) else { return nil }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// Every match in `text`, in order.
    func matches(in text: String) -> [NSTextCheckingResult] {
        guard admits(text) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// `text` with every match replaced by `template` (`$1` for a group).
    func replacing(in text: String, with template: String) -> String {
        guard admits(text) else { return text }
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    /// A text lowered once for the required-words checks of many patterns in turn (a clause run
    /// through every paraphrase), and whether an audit runs, read once for all of them.
    struct Subject {
        let text: String
        fileprivate let lower: String?
        fileprivate let auditing: Bool

        init(_ text: String) {
            self.text = text
            let lower = text.lowercased()
            self.lower = RequiredLiterals.isPlain(lower) ? lower : nil
            auditing = Pattern.auditing.withLock { $0 }
        }
    }

    /// The first match in `subject`, or nil.
    func firstMatch(in subject: Subject) -> NSTextCheckingResult? {
        guard admits(subject) else { return nil }
        return regex.firstMatch(in: subject.text, range: NSRange(subject.text.startIndex..., in: subject.text))
    }

    /// `subject`'s text with every match replaced by `template`; nil when nothing matches.
    func replacing(in subject: Subject, with template: String) -> String? {
        guard admits(subject) else { return nil }
        let range = NSRange(subject.text.startIndex..., in: subject.text)
        guard regex.firstMatch(in: subject.text, range: range) != nil else { return nil }
        return regex.stringByReplacingMatches(in: subject.text, range: range, withTemplate: template)
    }

    private func admits(_ subject: Subject) -> Bool {
        guard let lower = subject.lower, !literals.admits(lowered: lower) else { return true }
        if subject.auditing { noteTurnedAway(subject.text) }
        return false
    }

    private func admits(_ text: String) -> Bool {
        if literals.admits(text) { return true }
        if Self.auditing.withLock({ $0 }) { noteTurnedAway(text) }
        return false
    }

    /// While auditing: records `text` when the engine matches it after all.
    private func noteTurnedAway(_ text: String) {
        guard regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil else { return }
        Self.audit.withLock { $0.append("\(regex.pattern) ⟵ \(text)") }
    }

    /// Whether an audit runs (read on every turned-away text: a lock, which costs far less than an
    /// `Atomic` does unspecialised in a debug build).
    private static let auditing = Mutex<Bool>(false)

    /// While auditing, every text turned away is matched anyway and each one the engine would have
    /// matched is recorded: how the tests prove the required words never drop a match.
    private static let audit = Mutex<[String]>([])

    /// Starts recording the texts turned away that the engine would have matched.
    static func startAudit() {
        audit.withLock { $0 = [] }
        auditing.withLock { $0 = true }
    }

    /// Stops recording; returns each wrongly turned-away text with its pattern.
    static func finishAudit() -> [String] {
        auditing.withLock { $0 = false }
        return audit.withLock { misses in
            defer { misses = [] }
            return misses
        }
    }
}
