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

    private func admits(_ text: String) -> Bool {
        if literals.admits(text) { return true }
        // (Outside an audit, turning a text away takes no lock.)
        if Self.auditing.load(ordering: .relaxed), regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
            Self.audit.withLock { $0.append("\(regex.pattern) ⟵ \(text)") }
        }
        return false
    }

    /// Whether an audit runs (read on every turned-away text, so not behind the lock).
    private static let auditing = Atomic<Bool>(false)

    /// While auditing, every text turned away is matched anyway and each one the engine would have
    /// matched is recorded: how the tests prove the required words never drop a match.
    private static let audit = Mutex<[String]>([])

    /// Starts recording the texts turned away that the engine would have matched.
    static func startAudit() {
        audit.withLock { $0 = [] }
        auditing.store(true, ordering: .relaxed)
    }

    /// Stops recording; returns each wrongly turned-away text with its pattern.
    static func finishAudit() -> [String] {
        auditing.store(false, ordering: .relaxed)
        return audit.withLock { misses in
            defer { misses = [] }
            return misses
        }
    }
}
