/// A regular expression over digits, as libphonenumber writes its prefix patterns: digits, `\d`,
/// classes, groups (capturing and `(?:`), alternation, `?`, `*`, `+`, `{n}`, `{n,m}` and `$`.
/// Matching is anchored at the start and follows Python's `re.match` (greedy, first alternative
/// first), so captured groups are the ones libphonenumber sees. Compiled to a small backtracking
/// program; patterns made only of digits take a plain prefix comparison.
struct DigitPattern: Sendable {
    private enum Op: Sendable {
        case digits(UInt16)  // consume one digit whose bit is set
        case split(Int, Int)  // try the first, then the second
        case jump(Int)
        case save(Int)
        case atEnd
        case match
    }

    private let program: [Op]
    /// The pattern's digits when it is a plain digit string.
    private let literal: [UInt8]?
    /// Number of capturing groups.
    let groupCount: Int

    /// Compiles `pattern`; nil when it uses syntax outside the subset.
    init?(_ pattern: String) {
        var parser = Parser(Array(pattern.utf8))
        guard let tree = parser.alternation(), parser.i == parser.s.count else { return nil }
        var prog: [Op] = []
        DigitPattern.emit(tree, &prog)
        prog.append(.match)
        program = prog
        groupCount = parser.groups
        literal = pattern.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? pattern.utf8.map { $0 - 0x30 } : nil
    }

    /// Result of a match: end offset and group spans (start, end), -1 when a group did not take part.
    struct Match {
        var end: Int
        var groups: [(Int, Int)]
    }

    /// Matches at the start of `d[0..<n]` (digit values 0-9).
    func match(_ d: UnsafePointer<UInt8>, _ n: Int) -> Match? {
        if let literal {
            guard n >= literal.count else { return nil }
            for i in 0..<literal.count where d[i] != literal[i] { return nil }
            return Match(end: literal.count, groups: [])
        }
        var caps = [Int](repeating: -1, count: 2 * groupCount)
        var end = -1
        guard run(0, 0, d, n, &caps, &end) else { return nil }
        return Match(end: end, groups: (0..<groupCount).map { (caps[2 * $0], caps[2 * $0 + 1]) })
    }

    private func run(
        _ pc0: Int, _ sp0: Int, _ d: UnsafePointer<UInt8>, _ n: Int, _ caps: inout [Int], _ end: inout Int
    ) -> Bool {
        var pc = pc0
        var sp = sp0
        while true {
            switch program[pc] {
            case .digits(let mask):
                guard sp < n, mask & (1 << UInt16(d[sp])) != 0 else { return false }
                pc += 1
                sp += 1
            case .split(let a, let b):
                if run(a, sp, d, n, &caps, &end) { return true }
                pc = b
            case .jump(let a): pc = a
            case .save(let k):
                let old = caps[k]
                caps[k] = sp
                if run(pc + 1, sp, d, n, &caps, &end) { return true }
                caps[k] = old
                return false
            case .atEnd:
                guard sp == n else { return false }
                pc += 1
            case .match:
                end = sp
                return true
            }
        }
    }

    // MARK: Parsing and compiling

    private indirect enum Node {
        case digits(UInt16)
        case atEnd
        case sequence([Node])
        case alternation([Node])
        case group(Int?, Node)  // capture index, or nil for (?:
        case repeated(Node, min: Int, max: Int?)  // greedy
    }

    private struct Parser {
        let s: [UInt8]
        var i = 0
        var groups = 0

        init(_ s: [UInt8]) { self.s = s }

        mutating func alternation() -> Node? {
            var alternatives: [Node] = []
            while true {
                guard let seq = sequence() else { return nil }
                alternatives.append(seq)
                guard i < s.count, s[i] == UInt8(ascii: "|") else { break }
                i += 1
            }
            return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
        }

        mutating func sequence() -> Node? {
            var items: [Node] = []
            while i < s.count, s[i] != UInt8(ascii: "|"), s[i] != UInt8(ascii: ")") {
                guard var atom = atom() else { return nil }
                if let (lo, hi) = quantifier() { atom = .repeated(atom, min: lo, max: hi) }
                items.append(atom)
            }
            return .sequence(items)
        }

        mutating func atom() -> Node? {
            let c = s[i]
            i += 1
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digits(1 << UInt16(c - 0x30))
            case UInt8(ascii: "\\"):
                guard i < s.count, s[i] == UInt8(ascii: "d") else { return nil }
                i += 1
                return .digits(0x3FF)
            case UInt8(ascii: "$"): return .atEnd
            case UInt8(ascii: "["): return digitClass()
            case UInt8(ascii: "("):
                var capture: Int? = nil
                if i + 1 < s.count, s[i] == UInt8(ascii: "?"), s[i + 1] == UInt8(ascii: ":") {
                    i += 2
                } else {
                    capture = groups
                    groups += 1
                }
                guard let inner = alternation(), i < s.count, s[i] == UInt8(ascii: ")") else { return nil }
                i += 1
                return .group(capture, inner)
            default: return nil
            }
        }

        mutating func digitClass() -> Node? {
            var mask: UInt16 = 0
            var negate = false
            if i < s.count, s[i] == UInt8(ascii: "^") {
                negate = true
                i += 1
            }
            while i < s.count, s[i] != UInt8(ascii: "]") {
                if s[i] == UInt8(ascii: "\\"), i + 1 < s.count, s[i + 1] == UInt8(ascii: "d") {
                    mask |= 0x3FF
                    i += 2
                    continue
                }
                let a = s[i]
                guard a >= 0x30, a <= 0x39 else { return nil }
                if i + 2 < s.count, s[i + 1] == UInt8(ascii: "-"), s[i + 2] != UInt8(ascii: "]") {
                    let b = s[i + 2]
                    guard b >= a, b <= 0x39 else { return nil }
                    for x in a...b { mask |= 1 << UInt16(x - 0x30) }
                    i += 3
                } else {
                    mask |= 1 << UInt16(a - 0x30)
                    i += 1
                }
            }
            guard i < s.count else { return nil }
            i += 1
            return .digits(negate ? ~mask & 0x3FF : mask)
        }

        mutating func quantifier() -> (Int, Int?)? {
            guard i < s.count else { return nil }
            switch s[i] {
            case UInt8(ascii: "?"):
                i += 1
                return (0, 1)
            case UInt8(ascii: "*"):
                i += 1
                return (0, nil)
            case UInt8(ascii: "+"):
                i += 1
                return (1, nil)
            case UInt8(ascii: "{"):
                var j = i + 1
                func number(_ j: inout Int) -> Int? {
                    var v: Int? = nil
                    while j < s.count, s[j] >= 0x30, s[j] <= 0x39 {
                        v = (v ?? 0) * 10 + Int(s[j] - 0x30)
                        j += 1
                    }
                    return v
                }
                guard let lo = number(&j) else { return nil }
                var hi: Int? = lo
                if j < s.count, s[j] == UInt8(ascii: ",") {
                    j += 1
                    hi = number(&j)
                }
                guard j < s.count, s[j] == UInt8(ascii: "}") else { return nil }
                i = j + 1
                return (lo, hi)
            default: return nil
            }
        }
    }

    private static func emit(_ node: Node, _ p: inout [Op]) {
        switch node {
        case .digits(let mask): p.append(.digits(mask))
        case .atEnd: p.append(.atEnd)
        case .sequence(let items): for item in items { emit(item, &p) }
        case .alternation(let alternatives):
            var jumps: [Int] = []
            for (k, alt) in alternatives.enumerated() {
                if k < alternatives.count - 1 {
                    let split = p.count
                    p.append(.split(split + 1, -1))
                    emit(alt, &p)
                    jumps.append(p.count)
                    p.append(.jump(-1))
                    p[split] = .split(split + 1, p.count)
                } else {
                    emit(alt, &p)
                }
            }
            for j in jumps { p[j] = .jump(p.count) }
        case .group(let capture, let inner):
            if let capture { p.append(.save(2 * capture)) }
            emit(inner, &p)
            if let capture { p.append(.save(2 * capture + 1)) }
        case .repeated(let inner, let lo, let hi):
            for _ in 0..<lo { emit(inner, &p) }
            if let hi {
                var splits: [Int] = []
                for _ in lo..<hi {
                    splits.append(p.count)
                    p.append(.split(p.count + 1, -1))
                    emit(inner, &p)
                }
                for s in splits { p[s] = .split(s + 1, p.count) }
            } else {
                let loop = p.count
                p.append(.split(loop + 1, -1))
                emit(inner, &p)
                p.append(.jump(loop))
                p[loop] = .split(loop + 1, p.count)
            }
        }
    }
}
