import Foundation
import Synchronization

/// The literal words every match of a regular expression contains, read from the pattern, so a
/// text without them is turned away before the regular-expression engine runs (a message meets
/// some two thousand patterns, and most of them lack a word the text does not have).
///
/// Each clause is met when one of its words occurs in the text; a pattern is admitted only when
/// every clause is met. The reading is conservative: whatever it does not understand (a flag
/// that changes what a space means, `\Q…\E`, an unknown escape) gives no clause, so the pattern
/// always runs. Texts with any non-ASCII character always run too, since case-insensitive
/// matching folds a few of them (`ſ`, `K`, `ß`, ligatures) onto ASCII letters.
final class RequiredLiterals: Sendable {
    /// The lower-cased words, each NUL-terminated, back to back (one buffer, so a check retains nothing).
    private let bytes: ContiguousArray<CChar>
    /// Each clause as the count of its words, then their offsets in `bytes`: `[n, o₁ … oₙ, m, …]`.
    private let layout: ContiguousArray<Int>
    /// The clauses as words, for tests and diagnostics.
    let words: [[String]]

    /// Reads `pattern` (ICU syntax, matched case-insensitively).
    init(pattern: String) {
        var reader = PatternReader(Array(pattern.unicodeScalars))
        words = Self.strongest((try? reader.whole()) ?? []).map { $0.map { $0.lowercased() } }
        var bytes = ContiguousArray<CChar>(), layout = ContiguousArray<Int>()
        for clause in words {
            layout.append(clause.count)
            for word in clause {
                layout.append(bytes.count)
                bytes.append(contentsOf: word.utf8CString)
            }
        }
        (self.bytes, self.layout) = (bytes, layout)
    }

    /// The text last checked, lower-cased, and whether it is all ASCII without NUL: a message meets
    /// every pattern with the same few texts, so each is lowered once, not once per pattern.
    private static let lastChecked = Mutex<(text: String, lower: String, plain: Bool)>(("", "", true))

    /// Whether `text` may match: false only when some clause has none of its words in it.
    func admits(_ text: String) -> Bool {
        guard !layout.isEmpty else { return true }
        let (lower, plain) = Self.lastChecked.withLock { last -> (String, Bool) in
            if last.text == text { return (last.lower, last.plain) }
            let lower = text.lowercased()
            let plain = Self.isPlain(lower)
            last = (text, lower, plain)
            return (lower, plain)
        }
        guard plain else { return true }
        return lower.withCString(admits(lowered:))
    }

    /// Whether `lower` (lower-cased, all ASCII without NUL) may match.
    func admits(lowered lower: String) -> Bool {
        guard !layout.isEmpty else { return true }
        return lower.withCString(admits(lowered:))
    }

    /// Whether a lower-cased text is all ASCII without NUL, the texts the words are checked in.
    static func isPlain(_ lower: String) -> Bool { lower.utf8.allSatisfy { $0 != 0 && $0 < 0x80 } }

    private func admits(lowered haystack: UnsafePointer<CChar>) -> Bool {
        bytes.withUnsafeBufferPointer { words in
            layout.withUnsafeBufferPointer { layout in
                var index = 0
                while index < layout.count {
                    let count = layout[index]
                    var word = 1
                    while word <= count, strstr(haystack, words.baseAddress! + layout[index + word]) == nil { word += 1 }
                    if word > count { return false }
                    index += count + 1
                }
                return true
            }
        }
    }

    /// The few most selective clauses (longest shortest word first): more would cost more to check than they save.
    private static func strongest(_ clauses: [[String]]) -> [[String]] {
        let ranked = clauses.enumerated().sorted { a, b in
            let (x, y) = (shortest(a.element), shortest(b.element))
            return x != y ? x > y : a.offset < b.offset
        }
        return ranked.prefix(3).map(\.element)
    }

    private static func shortest(_ clause: [String]) -> Int { clause.map(\.count).min() ?? 0 }

    /// The clause of a branch that narrows most, or nil when the branch requires nothing.
    fileprivate static func best(_ clauses: [[String]]) -> [String]? {
        clauses.max { a, b in shortest(a) != shortest(b) ? shortest(a) < shortest(b) : a.count > b.count }
    }
}

/// A recursive reader of the ICU pattern syntax the agent's patterns use, collecting required words.
private struct PatternReader {
    struct Unsupported: Error {}

    /// What one atom of a sequence is.
    enum Atom {
        case literal(Character)
        /// A character class, `.`, `\d` and the like: some one character, not known.
        case unknown
        /// `^`, `\b`, a lookaround, a flag setting: matches no text.
        case zeroWidth
        case group([[String]])
    }

    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    /// Shortest word kept as a clause: shorter ones occur in almost every text.
    static let minimumWord = 3

    mutating func whole() throws -> [[String]] {
        let clauses = try alternation()
        guard index == scalars.count else { throw Unsupported() }
        return clauses
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func next() throws -> Unicode.Scalar {
        guard let scalar = current else { throw Unsupported() }
        index += 1
        return scalar
    }

    private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard current == scalar else { return false }
        index += 1
        return true
    }

    /// Branches separated by `|`: one clause holding the best clause of every branch, or none if a branch requires nothing.
    private mutating func alternation() throws -> [[String]] {
        var branches = [try sequence()]
        while take("|") { branches.append(try sequence()) }
        guard branches.count > 1 else { return branches[0] }
        var words: [String] = []
        for branch in branches {
            guard let best = RequiredLiterals.best(branch) else { return [] }
            for word in best where !words.contains(word) { words.append(word) }
        }
        return [words]
    }

    private mutating func sequence() throws -> [[String]] {
        var clauses: [[String]] = []
        var run = ""
        func closing(_ run: inout String, into clauses: inout [[String]]) {
            if run.count >= Self.minimumWord { clauses.append([run]) }
            run = ""
        }
        while let scalar = current, scalar != "|", scalar != ")" {
            let atom = try self.atom()
            let least = try quantifier()
            switch atom {
            case .literal(let character):
                if least == 0 {
                    closing(&run, into: &clauses)
                } else {
                    run.append(character)
                    if least != nil { closing(&run, into: &clauses) }
                }
            case .unknown, .zeroWidth:
                closing(&run, into: &clauses)
            case .group(let inner):
                closing(&run, into: &clauses)
                if least != 0 { clauses += inner }
            }
        }
        closing(&run, into: &clauses)
        return clauses
    }

    /// The least count of a quantifier after an atom (`?` `*` → 0, `+` → 1, `{n,m}` → n), or nil when there is none.
    private mutating func quantifier() throws -> Int? {
        let least: Int
        switch current {
        case "?", "*": least = 0
        case "+": least = 1
        case "{":
            index += 1
            var digits = ""
            while let scalar = current, ("0"..."9").contains(scalar) { digits.unicodeScalars.append(scalar); index += 1 }
            guard let count = Int(digits) else { throw Unsupported() }
            if take(",") { while let scalar = current, ("0"..."9").contains(scalar) { index += 1 } }
            guard current == "}" else { throw Unsupported() }
            least = count
        default: return nil
        }
        index += 1
        if current == "?" || current == "+" { index += 1 }
        return least
    }

    private mutating func atom() throws -> Atom {
        let scalar = try next()
        switch scalar {
        case "(": return try group()
        case "[":
            try skipClass()
            return .unknown
        case ".": return .unknown
        case "^", "$": return .zeroWidth
        case "\\": return try escape()
        case "*", "+", "?", "{", "}": throw Unsupported()
        default: return scalar.isASCII ? .literal(Character(scalar)) : .unknown
        }
    }

    private mutating func group() throws -> Atom {
        guard take("?") else { return .group(try closed()) }
        switch try next() {
        case ":", ">": return .group(try closed())
        case "=", "!":
            _ = try closed()
            return .zeroWidth
        case "<":
            if take("=") || take("!") {
                _ = try closed()
                return .zeroWidth
            }
            while try next() != ">" {}
            return .group(try closed())
        case "#":
            while try next() != ")" {}
            return .zeroWidth
        default:
            // Flags: "(?i)", "(?-i)", "(?i:…)"; "x" changes what a space means, so nothing is read.
            index -= 1
            var flags = ""
            while let scalar = current, scalar != ")", scalar != ":" { flags.unicodeScalars.append(try next()) }
            guard !flags.contains("x"), flags.allSatisfy({ $0.isLetter || $0 == "-" }) else { throw Unsupported() }
            if take(")") { return .zeroWidth }
            index += 1
            return .group(try closed())
        }
    }

    /// The alternation up to the `)` that closes the group being read.
    private mutating func closed() throws -> [[String]] {
        let inner = try alternation()
        guard take(")") else { throw Unsupported() }
        return inner
    }

    /// Skips a character class, nested sets and escapes included (the `[` already read).
    private mutating func skipClass() throws {
        var depth = 1
        _ = take("^")
        _ = take("]")
        while depth > 0 {
            switch try next() {
            case "\\": _ = try next()
            case "[": depth += 1
            case "]": depth -= 1
            default: break
            }
        }
    }

    private mutating func escape() throws -> Atom {
        let scalar = try next()
        switch scalar {
        case "b", "B", "A", "Z", "z", "G": return .zeroWidth
        case "d", "D", "w", "W", "s", "S", "h", "H", "v", "V", "R", "X", "t", "n", "r", "f", "e", "a": return .unknown
        case "p", "P", "N", "x", "k":
            if take("{") || take("<") {
                while let end = current, end != "}", end != ">" { index += 1 }
                index += 1
            } else {
                index += scalar == "x" ? 2 : 1
            }
            return .unknown
        case "u": index += 4; return .unknown
        case "U": index += 8; return .unknown
        case "c": index += 1; return .unknown
        case "0"..."9":
            while let digit = current, ("0"..."9").contains(digit) { index += 1 }
            return .unknown
        default:
            guard scalar.isASCII, !scalar.properties.isAlphabetic else { throw Unsupported() }
            return .literal(Character(scalar))
        }
    }
}
