/// A unified diff of two line lists, with line numbers, for replay failures.
public enum UnifiedDiff {
    enum Edit: Equatable {
        case same(Int, Int)
        case removed(Int)
        case added(Int)
    }

    /// The edit script from `old` to `new` (longest common subsequence).
    static func edits(_ old: [String], _ new: [String]) -> [Edit] {
        let n = old.count, m = new.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && old[i] == new[j] {
                edits.append(.same(i, j))
                i += 1
                j += 1
            } else if j < m && (i == n || table[i][j + 1] >= table[i + 1][j]) {
                edits.append(.added(j))
                j += 1
            } else {
                edits.append(.removed(i))
                i += 1
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

    /// The diff as text: `--- old`, `+++ new`, then hunks whose lines carry their line number
    /// (in the old list for context and removals, in the new one for additions).
    public static func render(_ old: [String], _ new: [String], oldName: String, newName: String, context: Int = 3) -> String {
        let edits = edits(old, new)
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
        var out = ["--- \(oldName)", "+++ \(newName)"]
        for hunk in hunks {
            let slice = edits[hunk]
            let oldStart = slice.compactMap { edit -> Int? in
                switch edit { case .same(let i, _), .removed(let i): i; case .added: nil }
            }.first ?? old.count
            let newStart = slice.compactMap { edit -> Int? in
                switch edit { case .same(_, let j), .added(let j): j; case .removed: nil }
            }.first ?? new.count
            let oldCount = slice.filter { if case .added = $0 { return false } else { return true } }.count
            let newCount = slice.filter { if case .removed = $0 { return false } else { return true } }.count
            out.append("@@ -\(oldStart + 1),\(oldCount) +\(newStart + 1),\(newCount) @@")
            for edit in slice {
                switch edit {
                case .same(let i, _): out.append(" \(number(i + 1)) \(old[i])")
                case .removed(let i): out.append("-\(number(i + 1)) \(old[i])")
                case .added(let j): out.append("+\(number(j + 1)) \(new[j])")
                }
            }
        }
        return out.joined(separator: "\n")
    }

    private static func number(_ value: Int) -> String {
        let text = String(value)
        return text.count >= 4 ? text : String(repeating: " ", count: 4 - text.count) + text
    }
}
