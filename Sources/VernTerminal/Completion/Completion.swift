/// What pressing Tab should do, given the line before the cursor and the provider's candidates.
public enum CompletionAction: Sendable, Equatable {
    /// Insert this text at the cursor.
    case insert(String)
    /// Show these candidates (sorted) below the line and redraw the prompt.
    case list([String])
    /// Nothing to do: the reader beeps.
    case none

    /// Decides the Tab action (pure; the libedit mechanics live in ``LibEditLineReader``).
    ///
    /// The current word is the text after the last space of `lineBeforeCursor`. Candidates are full
    /// words that could replace it; those not starting with the current word are ignored. One
    /// candidate is completed and followed by a space (unless it ends in `/`, a directory). Several
    /// candidates insert their longest common prefix when it is longer than the word, and are listed
    /// otherwise.
    /// - Parameters:
    ///   - lineBeforeCursor: The line from its start to the cursor.
    ///   - candidates: What the ``CompletionProvider`` returned.
    /// - Returns: The action to perform.
    public static func resolve(lineBeforeCursor: String, candidates: [String]) -> CompletionAction {
        let word = currentWord(of: lineBeforeCursor)
        var seen = Set<String>()
        let matches = candidates.filter { $0.hasPrefix(word) && seen.insert($0).inserted }
        guard let first = matches.first else { return .none }
        if matches.count == 1 {
            let rest = String(first.dropFirst(word.count))
            let suffix = first.hasSuffix("/") ? "" : " "
            return .insert(rest + suffix)
        }
        let prefix = matches.dropFirst().reduce(first) { commonPrefix($0, $1) }
        if prefix.count > word.count {
            return .insert(String(prefix.dropFirst(word.count)))
        }
        return .list(matches.sorted())
    }

    /// The text after the last space (the word Tab completes).
    /// - Parameter lineBeforeCursor: The line from its start to the cursor.
    /// - Returns: The current word, possibly empty.
    public static func currentWord(of lineBeforeCursor: String) -> String {
        guard let space = lineBeforeCursor.lastIndex(where: { $0 == " " || $0 == "\t" }) else {
            return lineBeforeCursor
        }
        return String(lineBeforeCursor[lineBeforeCursor.index(after: space)...])
    }

    /// Formats candidates in columns that fit `width`, one row per line (no trailing newline).
    /// - Parameters:
    ///   - candidates: The words to show.
    ///   - width: The terminal width in columns.
    /// - Returns: The rows joined with `\n`.
    public static func columns(_ candidates: [String], width: Int) -> String {
        let cell = (candidates.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / max(cell, 1))
        var rows: [String] = []
        var index = 0
        while index < candidates.count {
            let row = candidates[index..<min(index + perRow, candidates.count)]
            let padded = row.enumerated().map { offset, word in
                offset == row.count - 1 ? word : word + String(repeating: " ", count: cell - word.count)
            }
            rows.append(padded.joined())
            index += perRow
        }
        return rows.joined(separator: "\n")
    }

    private static func commonPrefix(_ a: String, _ b: String) -> String {
        var result = ""
        for (x, y) in zip(a, b) {
            guard x == y else { break }
            result.append(x)
        }
        return result
    }
}
