/// Date parsing to ISO-8601 `YYYY-MM-DD` (SPEC "Created date → ISO"), hand-written on bytes.
///
/// Accepted (after trim, case-insensitive, whole value): `YYYY-MM-DD` with an optional ISO time and
/// zone (ignored); `M/D/YYYY`, `M-D-YYYY`, `M D YYYY` and two-digit years (pivot: `YY` is `20YY`)
/// — `D/M/Y` when `dayFirst`; `D.M.YYYY` (always day-first); `Mon D, YYYY`, `Month D YYYY`;
/// `D-Mon-YYYY`, `D Month YYYY`, `D.Mon.YYYY` (English names, full or three letters, `Sept`).
/// A time after a non-ISO date (`09:51`, `9:51:07 pm`) is dropped. Valid iff 1900 ≤ Y ≤ 2100 and
/// the day exists (Gregorian).
enum DateParse {
    /// Parses `p[0..<n]` and writes 10 bytes to `out`. Returns 10, 0 for empty input, or -1 when invalid.
    static func apply(_ p: UnsafePointer<UInt8>, _ n: Int, dayFirst: Bool, _ out: UnsafeMutablePointer<UInt8>) -> Int {
        let (s0, len) = Text.trimSpacesAndTabs(p, n)
        if len == 0 { return 0 }
        let q = p + s0
        for i in 0..<len where q[i] >= 0x80 { return -1 }
        guard let (y, m, d) = parse(q, len, dayFirst: dayFirst) else { return -1 }
        guard y >= 1900, y <= 2100, m >= 1, m <= 12, d >= 1, d <= daysInMonth(y, m) else { return -1 }
        out[0] = UInt8(0x30 + y / 1000)
        out[1] = UInt8(0x30 + (y / 100) % 10)
        out[2] = UInt8(0x30 + (y / 10) % 10)
        out[3] = UInt8(0x30 + y % 10)
        out[4] = 0x2D
        out[5] = UInt8(0x30 + m / 10)
        out[6] = UInt8(0x30 + m % 10)
        out[7] = 0x2D
        out[8] = UInt8(0x30 + d / 10)
        out[9] = UInt8(0x30 + d % 10)
        return 10
    }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A cursor over lower-cased ASCII bytes.
    private struct Cursor {
        let p: UnsafePointer<UInt8>
        let n: Int
        var i = 0

        @inline(__always) var atEnd: Bool { i >= n }
        @inline(__always) func peek() -> UInt8 { i < n ? Text.asciiLower(p[i]) : 0 }

        /// Reads between `minCount` and `maxCount` digits (a maximal run); nil if the run length is out of range.
        @inline(__always)
        mutating func digits(_ minCount: Int, _ maxCount: Int) -> Int? {
            var v = 0
            var k = 0
            while i < n && Text.isDigit(p[i]) {
                if k == maxCount { return nil }
                v = v &* 10 &+ Int(p[i] &- 0x30)
                i += 1
                k += 1
            }
            return k >= minCount ? v : nil
        }

        /// Reads exactly `k` digits (more may follow).
        @inline(__always)
        mutating func fixedDigits(_ k: Int) -> Bool {
            guard i + k <= n else { return false }
            for j in 0..<k where !Text.isDigit(p[i + j]) { return false }
            i += k
            return true
        }

        @inline(__always)
        mutating func expect(_ c: UInt8) -> Bool {
            if peek() == c {
                i += 1
                return true
            }
            return false
        }

        /// An English month name, full or abbreviated to three letters (or "sept"), optionally with a
        /// dot after the abbreviation; nil otherwise.
        mutating func monthWord(allowDot: Bool = true) -> Int? {
            var j = i
            while j < n && Text.asciiLower(p[j]) &- 0x61 < 26 { j += 1 }
            let length = j - i
            guard length >= 3 else { return nil }
            let save = i
            guard let m = monthName(), m > 0 else {
                i = save
                return nil
            }
            let name = DateParse.monthNames[m - 1]
            if length == 3 || (length == 4 && m == 9 && Text.asciiLower(p[save + 3]) == 0x74) {
                i = j
                if allowDot { _ = expect(0x2E) }
                return m
            }
            guard length == name.count, (0..<length).allSatisfy({ Text.asciiLower(p[save + $0]) == name[$0] }) else {
                i = save
                return nil
            }
            i = j
            return m
        }

        /// The end of the value, or a time after it that is dropped: `[ T]H:MM[:SS[.fff]][ ][am|pm]`.
        mutating func skipTime() -> Bool {
            if atEnd { return true }
            let t = peek()
            guard t == 0x20 || t == 0x74 else { return false }
            i += 1
            guard digits(1, 2) != nil, expect(0x3A), digits(2, 2) != nil else { return false }
            if expect(0x3A) {
                guard digits(2, 2) != nil else { return false }
                if expect(0x2E) { guard digits(1, 9) != nil else { return false } }
            }
            _ = expect(0x20)
            if peek() == 0x61 || peek() == 0x70 {
                i += 1
                guard expect(0x6D) else { return false }
            }
            return atEnd
        }

        /// Three letters a-z as a month number (0 for an unknown name); nil if not three letters.
        mutating func monthName() -> Int? {
            guard i + 3 <= n else { return nil }
            let a = Text.asciiLower(p[i])
            let b = Text.asciiLower(p[i + 1])
            let c = Text.asciiLower(p[i + 2])
            guard a &- 0x61 < 26, b &- 0x61 < 26, c &- 0x61 < 26 else { return nil }
            i += 3
            let key = (UInt32(a) << 16) | (UInt32(b) << 8) | UInt32(c)
            return DateParse.months[key] ?? 0
        }
    }

    /// English month names, full.
    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ].map { Array($0.utf8) }

    static let months: [UInt32: Int] = {
        var m: [UInt32: Int] = [:]
        for (i, name) in ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
            .enumerated()
        {
            let b = Array(name.utf8)
            m[(UInt32(b[0]) << 16) | (UInt32(b[1]) << 8) | UInt32(b[2])] = i + 1
        }
        return m
    }()

    private static func parse(_ p: UnsafePointer<UInt8>, _ n: Int, dayFirst: Bool) -> (Int, Int, Int)? {
        if Text.isDigit(p[0]) {
            // Count the leading digit run to choose the format.
            var run = 0
            while run < n && Text.isDigit(p[run]) { run += 1 }
            guard run < n else { return nil }
            let sep = p[run]
            if run == 4 && sep == 0x2D { return iso(p, n) }
            guard run <= 2 else { return nil }
            var c = Cursor(p: p, n: n)
            guard let a = c.digits(1, 2) else { return nil }
            guard sep == 0x2F || sep == 0x2D || sep == 0x2E || sep == 0x20 else { return nil }
            c.i += 1
            if Text.isDigit(c.peek()) {
                // a/b/y, a-b-y, a b y (order by dayFirst); D.M.Y is always day-first.
                guard let b = c.digits(1, 2), c.expect(sep) else { return nil }
                let start = c.i
                guard let yv = c.digits(2, 4) else { return nil }
                let ylen = c.i - start
                guard ylen == 4 || (ylen == 2 && sep != 0x2E), c.skipTime() else { return nil }
                let y = ylen == 2 ? 2000 + yv : yv
                return dayFirst || sep == 0x2E ? (y, b, a) : (y, a, b)
            }
            // D-Mon-YYYY, D Month YYYY, D.Mon.YYYY
            guard let mon = c.monthWord(allowDot: sep != 0x2E), c.expect(sep) || c.expect(0x20),
                let y = c.digits(4, 4), c.skipTime()
            else { return nil }
            return (y, mon, a)
        }
        // Mon D, YYYY and Month D YYYY
        var c = Cursor(p: p, n: n)
        guard let mon = c.monthWord(), c.expect(0x20), let d = c.digits(1, 2) else { return nil }
        _ = c.expect(0x2C)
        guard c.expect(0x20), let y = c.digits(4, 4), c.skipTime() else { return nil }
        return (y, mon, d)
    }

    /// `YYYY-MM-DD([t ]HH:MM(:SS(\.F+)?)?(z|[+-]HH:?MM)?)?`
    private static func iso(_ p: UnsafePointer<UInt8>, _ n: Int) -> (Int, Int, Int)? {
        var c = Cursor(p: p, n: n)
        guard let y = c.digits(4, 4), c.expect(0x2D), let m = c.digits(2, 2), c.expect(0x2D), let d = c.digits(2, 2)
        else { return nil }
        if c.atEnd { return (y, m, d) }
        let t = c.peek()
        guard t == 0x74 || t == 0x20 else { return nil }
        c.i += 1
        guard c.digits(2, 2) != nil, c.expect(0x3A), c.digits(2, 2) != nil else { return nil }
        if c.expect(0x3A) {
            guard c.digits(2, 2) != nil else { return nil }
            if c.expect(0x2E) {
                guard c.digits(1, Int.max) != nil else { return nil }
            }
        }
        if c.atEnd { return (y, m, d) }
        let z = c.peek()
        if z == 0x7A {
            c.i += 1
        } else if z == 0x2B || z == 0x2D {
            c.i += 1
            guard c.fixedDigits(2) else { return nil }
            _ = c.expect(0x3A)
            guard c.fixedDigits(2) else { return nil }
        } else {
            return nil
        }
        return c.atEnd ? (y, m, d) : nil
    }
}
