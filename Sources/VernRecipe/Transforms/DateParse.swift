/// Date parsing to ISO-8601 `YYYY-MM-DD` (SPEC "Created date → ISO"), hand-written on bytes.
///
/// Accepted (after trim, case-insensitive, whole value): `YYYY-MM-DD` with an optional ISO time and
/// zone (ignored); `M/D/YYYY`, `M-D-YYYY`, `M D YYYY` and two-digit years (pivot: `YY` is `20YY`)
/// — `D/M/Y` when `dayFirst`; `D.M.YYYY` (always day-first); `Mon D, YYYY`, `Month D YYYY`;
/// `D-Mon-YYYY`, `D Month YYYY`, `D.Mon.YYYY` (English names, full or three letters, `Sept`).
/// A time after a non-ISO date (`09:51`, `9:51:07 pm`) is dropped, or with `keepTime` written as
/// `THH:MM:SS` (24-hour; with the fraction and zone an ISO value gives). Valid iff 1900 ≤ Y ≤ 2100 and
/// the day exists (Gregorian); with `keepTime`, also the time (hour ≤ 23, or 1–12 before am/pm,
/// minute and second ≤ 59). A numeric `a/b/y` value whose two parts are different and both ≤ 12
/// (`03/04/2023`) reads differently in the other order: it is reported as ambiguous.
enum DateParse {
    /// Longest output for an input of `n` bytes.
    static func maxOutput(_ n: Int) -> Int { n + 24 }

    /// Parses `p[0..<n]` and writes the ISO value to `out` (at most `maxOutput(n)` bytes). Returns its
    /// length, 0 for empty input, or -1 when invalid; `ambiguous` is set when the order decided the reading.
    static func apply(
        _ p: UnsafePointer<UInt8>, _ n: Int, dayFirst: Bool, keepTime: Bool = false, _ out: UnsafeMutablePointer<UInt8>,
        ambiguous: inout Bool
    ) -> Int {
        let (s0, len) = Text.trimSpacesAndTabs(p, n)
        if len == 0 { return 0 }
        let q = p + s0
        for i in 0..<len where q[i] >= 0x80 { return -1 }
        var time = Time()
        guard let (y, m, d) = parse(q, len, dayFirst: dayFirst, time: &time) else { return -1 }
        guard y >= 1900, y <= 2100, m >= 1, m <= 12, d >= 1, d <= daysInMonth(y, m) else { return -1 }
        ambiguous = time.ambiguous
        if keepTime && time.hour >= 0 { return time.write(q, after: writeDate(y, m, d, out), out) }
        return writeDate(y, m, d, out)
    }

    @inline(__always)
    private static func writeDate(_ y: Int, _ m: Int, _ d: Int, _ out: UnsafeMutablePointer<UInt8>) -> Int {
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

    /// The time read after a date (hour -1 when there is none), and whether the date's order was ambiguous.
    struct Time {
        var hour = -1
        var minute = 0
        var second = 0
        /// Digits after the seconds' full stop, and the zone as written (`z`, `+02:00`, `+0200`), as ranges of the input.
        var fraction = 0..<0
        var zone = 0..<0
        var ambiguous = false

        /// Valid as a time of day.
        var isValid: Bool { hour <= 23 && minute <= 59 && second <= 59 }

        /// Writes `THH:MM:SS[.f][zone]` at `out + at`; returns the total length, or -1 for an invalid time.
        func write(_ p: UnsafePointer<UInt8>, after at: Int, _ out: UnsafeMutablePointer<UInt8>) -> Int {
            guard isValid else { return -1 }
            var k = at
            func put(_ b: UInt8) {
                out[k] = b
                k += 1
            }
            func two(_ v: Int) {
                put(UInt8(0x30 + v / 10))
                put(UInt8(0x30 + v % 10))
            }
            put(0x54)
            two(hour)
            put(0x3A)
            two(minute)
            put(0x3A)
            two(second)
            if !fraction.isEmpty {
                put(0x2E)
                for i in fraction { put(p[i]) }
            }
            if !zone.isEmpty {
                if Text.asciiLower(p[zone.lowerBound]) == 0x7A {
                    put(0x5A)
                } else {
                    // ±HH[:]MM → ±HH:MM
                    let digits = zone.filter { Text.isDigit(p[$0]) }
                    put(p[zone.lowerBound])
                    put(p[digits[0]])
                    put(p[digits[1]])
                    put(0x3A)
                    put(p[digits[2]])
                    put(p[digits[3]])
                }
            }
            return k
        }
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

        /// The end of the value, or a time after it: `[ T]H:MM[:SS[.fff]][ ][am|pm]` (read into `time`).
        mutating func skipTime(_ time: inout Time) -> Bool {
            if atEnd { return true }
            let t = peek()
            guard t == 0x20 || t == 0x74 else { return false }
            i += 1
            guard let h = digits(1, 2), expect(0x3A), let m = digits(2, 2) else { return false }
            time.hour = h
            time.minute = m
            if expect(0x3A) {
                guard let s = digits(2, 2) else { return false }
                time.second = s
                if expect(0x2E) {
                    let from = i
                    guard digits(1, 9) != nil else { return false }
                    time.fraction = from..<i
                }
            }
            _ = expect(0x20)
            if peek() == 0x61 || peek() == 0x70 {
                let pm = peek() == 0x70
                i += 1
                guard expect(0x6D) else { return false }
                // 12 am is 00, 12 pm is 12; an hour outside 1–12 is not a clock time.
                time.hour = (1...12).contains(h) ? h % 12 + (pm ? 12 : 0) : 99
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

    private static func parse(_ p: UnsafePointer<UInt8>, _ n: Int, dayFirst: Bool, time: inout Time) -> (Int, Int, Int)? {
        if Text.isDigit(p[0]) {
            // Count the leading digit run to choose the format.
            var run = 0
            while run < n && Text.isDigit(p[run]) { run += 1 }
            guard run < n else { return nil }
            let sep = p[run]
            if run == 4 && sep == 0x2D { return iso(p, n, time: &time) }
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
                guard ylen == 4 || (ylen == 2 && sep != 0x2E), c.skipTime(&time) else { return nil }
                let y = ylen == 2 ? 2000 + yv : yv
                time.ambiguous = sep != 0x2E && a != b && (1...12).contains(a) && (1...12).contains(b)
                return dayFirst || sep == 0x2E ? (y, b, a) : (y, a, b)
            }
            // D-Mon-YYYY, D Month YYYY, D.Mon.YYYY
            guard let mon = c.monthWord(allowDot: sep != 0x2E), c.expect(sep) || c.expect(0x20),
                let y = c.digits(4, 4), c.skipTime(&time)
            else { return nil }
            return (y, mon, a)
        }
        // Mon D, YYYY and Month D YYYY
        var c = Cursor(p: p, n: n)
        guard let mon = c.monthWord(), c.expect(0x20), let d = c.digits(1, 2) else { return nil }
        _ = c.expect(0x2C)
        guard c.expect(0x20), let y = c.digits(4, 4), c.skipTime(&time) else { return nil }
        return (y, mon, d)
    }

    /// `YYYY-MM-DD([t ]HH:MM(:SS(\.F+)?)?(z|[+-]HH:?MM)?)?`
    private static func iso(_ p: UnsafePointer<UInt8>, _ n: Int, time: inout Time) -> (Int, Int, Int)? {
        var c = Cursor(p: p, n: n)
        guard let y = c.digits(4, 4), c.expect(0x2D), let m = c.digits(2, 2), c.expect(0x2D), let d = c.digits(2, 2)
        else { return nil }
        if c.atEnd { return (y, m, d) }
        let t = c.peek()
        guard t == 0x74 || t == 0x20 else { return nil }
        c.i += 1
        guard let hour = c.digits(2, 2), c.expect(0x3A), let minute = c.digits(2, 2) else { return nil }
        time.hour = hour
        time.minute = minute
        if c.expect(0x3A) {
            guard let second = c.digits(2, 2) else { return nil }
            time.second = second
            if c.expect(0x2E) {
                let from = c.i
                guard c.digits(1, Int.max) != nil else { return nil }
                time.fraction = from..<c.i
            }
        }
        if c.atEnd { return (y, m, d) }
        let z = c.peek()
        let zoneStart = c.i
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
        time.zone = zoneStart..<c.i
        return c.atEnd ? (y, m, d) : nil
    }
}
