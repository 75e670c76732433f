import Foundation

/// The exact comparison's line tolerance, in the style of cram and trycmd: an expected line
/// ending in ` (re)` is a regular expression for the whole line, `[..]` matches any text within
/// a line, and a line `...` matches any number of lines. A leading `\` makes a line literal.
enum LineMatcher {
    /// Whether `actual` matches `expected`, tolerance included.
    static func matches(_ expected: [String], _ actual: [String]) -> Bool {
        let n = expected.count, m = actual.count
        // reachable[i][j]: expected[i...] can match actual[j...].
        var reachable = [[Bool]](repeating: [Bool](repeating: false, count: m + 1), count: n + 1)
        reachable[n][m] = true
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m, through: 0, by: -1) {
                if expected[i] == "..." {
                    reachable[i][j] = reachable[i + 1][j] || (j < m && reachable[i][j + 1])
                } else {
                    reachable[i][j] = j < m && lineMatches(expected[i], actual[j]) && reachable[i + 1][j + 1]
                }
            }
        }
        return reachable[0][0]
    }

    /// Whether one actual line matches one expected line (a `...` line matches no single line).
    static func lineMatches(_ expected: String, _ actual: String) -> Bool {
        if expected == actual { return true }
        if expected.hasPrefix("\\") || expected == "..." { return false }
        let text = TranscriptLines.unescaped(actual)
        if expected.hasSuffix(" (re)") {
            let pattern = "^(?:" + expected.dropLast(5) + ")$"
            guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        if expected.contains("[..]") {
            return glob(expected.components(separatedBy: "[..]"), text)
        }
        return false
    }

    /// Whether `text` starts with the first part, ends with the last, and holds the others in order between.
    private static func glob(_ parts: [String], _ text: String) -> Bool {
        guard let first = parts.first, let last = parts.last, text.hasPrefix(first) else { return false }
        var rest = text.dropFirst(first.count)
        for part in parts.dropFirst().dropLast() {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return rest.count >= last.count && rest.hasSuffix(last)
    }

    /// A regular expression line that does not compile, for the report.
    static func invalidPatterns(_ expected: [String]) -> [String] {
        expected.filter { line in
            line.hasSuffix(" (re)") && !line.hasPrefix("\\") && (try? NSRegularExpression(pattern: "^(?:" + line.dropLast(5) + ")$")) == nil
        }
    }
}
