import Foundation
import Synchronization

/// Small text helpers shared by mapping, instruction parsing and clarify.
enum Text {
    /// Lower-cased letters and digits only: `E-mail Address` → `emailaddress`.
    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// Edit distance between two strings (by Unicode scalars): insertions, deletions, substitutions
    /// and swaps of two neighbouring characters ("emial" → "email") each cost 1. Past `limit` it
    /// stops early and returns `limit + 1`.
    static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let a = Array(a.unicodeScalars.lazy.map(\.value)), b = Array(b.unicodeScalars.lazy.map(\.value))
        let beyond = limit == .max ? limit : limit + 1
        if a.isEmpty { return min(b.count, beyond) }
        if b.isEmpty { return min(a.count, beyond) }
        if a == b { return 0 }
        // (Three rows in one buffer, read through pointers: this runs for every candidate of every
        // phrase, and unchecked access keeps it cheap in a debug build too.)
        let width = b.count + 1
        var rows = [Int](repeating: 0, count: 3 * width)
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                rows.withUnsafeMutableBufferPointer { rows in
                    var (beforePrevious, previous, current) = (0, width, 2 * width)
                    for j in 0...b.count { rows[previous + j] = j }
                    for i in 1...a.count {
                        rows[current] = i
                        var rowMinimum = i
                        for j in 1...b.count {
                            var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                                value = min(value, rows[beforePrevious + j - 2] + 1)
                            }
                            rows[current + j] = value
                            rowMinimum = min(rowMinimum, value)
                        }
                        // (No later row can be smaller than this one's least value.)
                        if rowMinimum > limit { return beyond }
                        (beforePrevious, previous, current) = (previous, current, beforePrevious)
                    }
                    return min(rows[previous + b.count], beyond)
                }
            }
        }
    }

    /// The edit distance two keys may differ by and still count as a typo of each other.
    static func typoBudget(_ key: String) -> Int {
        switch key.count {
        case ..<4: 0
        case 4..<8: 1
        default: 2
        }
    }

    /// Splits a spoken list: `a, b and c` / `a or b` / `a & b` → `[a, b, c]`, quotes removed.
    static func list(_ text: String) -> [String] {
        var parts = [text]
        for separator in [",", " and ", " or ", " & ", " / ", "+"] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map(unquote).filter { !$0.isEmpty }
    }

    /// The values quoted in a message, in order and as typed, spaces kept ("'  Susan'", "“chat”"); an
    /// apostrophe inside a word ("row 4's", "O'Brien") opens no quote.
    static func quoted(_ text: String) -> [String] {
        text.matches(of: /(?:^|[\s(:,])['‘"“]([^'’"”]*?)['’"”](?=[\s,.;:)!?—–-]|$)/).map { String($0.1) }
    }

    /// Trims spaces and surrounding quotes.
    static func unquote(_ text: String) -> String {
        var value = text.trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("and ") { value = String(value.dropFirst(4)) }
        value = value.trimmingCharacters(in: CharacterSet(charactersIn: "'\"`“”‘’ ."))
        return value
    }

    /// Joins names for prose: `a`, `a and b`, `a, b and c`.
    static func join(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// `1 row` / `3 rows`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// Case-insensitive whole-string regex match returning the capture groups (empty string for
    /// a group that did not take part), or nil.
    static func match(_ text: String, _ pattern: String) -> [String]? {
        compiled("^(?:" + pattern + ")$").flatMap { groups(of: $0, in: text) }
    }

    /// The captured groups of `regex`'s first match in `text` ("" for a group that took no part); nil
    /// when it does not match.
    static func groups(of pattern: Pattern, in text: String) -> [String]? {
        pattern.firstMatch(in: text).map { groups(of: $0, in: text) }
    }

    /// The same, for a text prepared for many patterns in turn.
    static func groups(of pattern: Pattern, in subject: Pattern.Subject) -> [String]? {
        pattern.firstMatch(in: subject).map { groups(of: $0, in: subject.text) }
    }

    private static func groups(of result: NSTextCheckingResult, in text: String) -> [String] {
        (1..<result.numberOfRanges).map { index in
            Range(result.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }

    /// The first capture group of the first place `pattern` occurs in `text` (case-insensitive).
    static func firstMatch(_ text: String, _ pattern: String) -> String? {
        guard let result = compiled(pattern)?.firstMatch(in: text),
            result.numberOfRanges > 1, let range = Range(result.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }

    /// The first capture group of every place `pattern` occurs in `text` (case-insensitive).
    static func allMatches(_ text: String, _ pattern: String) -> [String] {
        guard let compiled = compiled(pattern) else { return [] }
        return compiled.matches(in: text).compactMap { result in
            result.numberOfRanges > 1 ? Range(result.range(at: 1), in: text).map { String(text[$0]) } : nil
        }
    }

    /// Whether `pattern` occurs anywhere in `text` (case-insensitive).
    static func contains(_ text: String, _ pattern: String) -> Bool {
        compiled(pattern)?.firstMatch(in: text) != nil
    }

    /// Compiled case-insensitive patterns, kept so a message is parsed without recompiling them
    /// (compiling costs far more than matching); bounded, since patterns may embed column names.
    private static let patterns = Mutex<[String: Pattern]>([:])

    /// The case-insensitive pattern for `pattern`, compiled once.
    static func compiled(_ pattern: String) -> Pattern? {
        if let hit = patterns.withLock({ $0[pattern] }) { return hit }
        guard let compiled = Pattern(pattern) else { return nil }
        patterns.withLock { cache in
            if cache.count < 32_768 { cache[pattern] = compiled }
        }
        return compiled
    }

    /// A deterministic UUID-shaped id derived from `seed` (FNV-1a), so sheet ids repeat across replays.
    static func stableID(_ seed: String) -> String {
        var hashes: [UInt64] = []
        for salt in ["a", "b"] {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in (salt + seed).utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hashes.append(hash)
        }
        let hex = hashes.map { String($0, radix: 16).leftPadded(16) }.joined()
        let c = Array(hex)
        return [String(c[0..<8]), String(c[8..<12]), "4" + String(c[13..<16]), "8" + String(c[17..<20]), String(c[20..<32])]
            .joined(separator: "-")
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

extension String {
    /// The string with every match of `pattern` (case-insensitive, compiled once and cached)
    /// replaced by `template` (`$1` for a group).
    func replacingRegex(_ pattern: String, with template: String) -> String {
        Text.compiled(pattern)?.replacing(in: self, with: template) ?? self
    }
}
