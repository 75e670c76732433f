/// A unified diff of expected and actual lines for replay failures: expected first, each line
/// with its line number in its file, a `^` under the first differing character of the first
/// changed line, and at most ``cap`` lines of hunks.
public enum UnifiedDiff {
    enum Edit: Equatable {
        case same(Int, Int)
        case removed(Int)
        case added(Int)
    }

    /// How many hunk lines a diff shows at most.
    public static let cap = 40

    /// The edit script from `old` to `new` (longest common subsequence under `equal`).
    static func edits(_ old: [String], _ new: [String], equal: (String, String) -> Bool) -> [Edit] {
        let n = old.count, m = new.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = equal(old[i], new[j]) ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && equal(old[i], new[j]) {
                edits.append(.same(i, j))
                i += 1
                j += 1
            } else if i < n && (j == m || table[i + 1][j] >= table[i][j + 1]) {
                edits.append(.removed(i))
                i += 1
            } else {
                edits.append(.added(j))
                j += 1
            }
        }
        return edits
    }

    /// The index in `new` of the first line that differs, or `nil` when equal.
    public static func firstDifference(_ old: [String], _ new: [String]) -> Int? {
        for index in 0..<max(old.count, new.count) where index >= old.count || index >= new.count || old[index] != new[index] {
            return index
        }
        return nil
    }

    /// The diff as text.
    /// - Parameters:
    ///   - old: The expected lines; `oldNumbers` gives each one's line number in its file.
    ///   - new: The actual lines; `newFirst` is the line number of the first one in its file.
    ///   - equal: When an actual line matches an expected one (tolerance included).
    public static func render(
        _ old: [String], _ new: [String], oldNumbers: [Int]? = nil, newFirst: Int = 1, oldName: String, newName: String,
        context: Int = 3, equal: (String, String) -> Bool = { $0 == $1 }
    ) -> String {
        let oldNumbers = oldNumbers ?? Array(1...max(old.count, 1))
        let edits = edits(old, new, equal: equal)
        let changed = edits.indices.filter { if case .same = edits[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return "" }
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(edits.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                hunks.append(range)
            }
        }
        var body: [String] = []
        var firstRemoved: String?
        var caretPlaced = false
        for hunk in hunks {
            let slice = edits[hunk]
            let oldStart = slice.compactMap { edit -> Int? in
                switch edit { case .same(let i, _), .removed(let i): oldNumbers[i]; case .added: nil }
            }.first
            let newStart = slice.compactMap { edit -> Int? in
                switch edit { case .same(_, let j), .added(let j): j + newFirst; case .removed: nil }
            }.first
            body.append("@@ expected line \(oldStart.map(String.init) ?? "-"), actual line \(newStart.map(String.init) ?? "-") @@")
            for edit in slice {
                switch edit {
                case .same(let i, _):
                    body.append(" \(number(oldNumbers[i])) \(old[i])")
                case .removed(let i):
                    body.append("-\(number(oldNumbers[i])) \(old[i])")
                    if firstRemoved == nil { firstRemoved = old[i] }
                case .added(let j):
                    body.append("+\(number(j + newFirst)) \(new[j])")
                    if !caretPlaced, let removed = firstRemoved {
                        caretPlaced = true
                        let common = zip(removed, new[j]).prefix { $0 == $1 }.count
                        body.append(String(repeating: " ", count: 6 + common) + "^")
                    }
                }
            }
        }
        var out = ["--- \(oldName)", "+++ \(newName)"] + body.prefix(cap)
        if body.count > cap { out.append("… \(body.count - cap) more diff lines") }
        return out.joined(separator: "\n")
    }

    private static func number(_ value: Int) -> String {
        let text = String(value)
        return text.count >= 4 ? text : String(repeating: " ", count: 4 - text.count) + text
    }
}
