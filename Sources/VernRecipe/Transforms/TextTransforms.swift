/// Byte-level text helpers shared by the transforms. All work on UTF-8; non-ASCII input takes a
/// slower `String` path so Unicode case mapping stays exact.
enum Text {
    @inline(__always)
    static func isSpaceOrTab(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

    @inline(__always)
    static func isLowerAlnum(_ c: UInt8) -> Bool { (c &- 0x61 < 26) || (c &- 0x30 < 10) }

    @inline(__always)
    static func asciiLower(_ c: UInt8) -> UInt8 { (c &- 0x41 < 26) ? c | 0x20 : c }

    /// Trims ASCII space and TAB: returns the new (start, count) relative to `p`.
    @inline(__always)
    static func trimSpacesAndTabs(_ p: UnsafePointer<UInt8>, _ n: Int) -> (Int, Int) {
        var s = 0
        var e = n
        while s < e && isSpaceOrTab(p[s]) { s += 1 }
        while e > s && isSpaceOrTab(p[e - 1]) { e -= 1 }
        return (s, e - s)
    }

    /// Trims all Unicode whitespace (including newlines and NBSP).
    static func trimWhitespace(_ p: UnsafePointer<UInt8>, _ n: Int) -> (Int, Int) {
        var s = 0
        var e = n
        var asciiOnly = true
        for i in 0..<n where p[i] >= 0x80 { asciiOnly = false; break }
        if asciiOnly {
            // ASCII whitespace: TAB, LF, VT, FF, CR, space, and the separators 0x1C-0x1F (Python's str.strip).
            func ws(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) }
            while s < e && ws(p[s]) { s += 1 }
            while e > s && ws(p[e - 1]) { e -= 1 }
            return (s, e - s)
        }
        let str = String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
        let scalars = str.unicodeScalars
        var lo = scalars.startIndex
        var hi = scalars.endIndex
        while lo < hi && scalars[lo].properties.isWhitespace { lo = scalars.index(after: lo) }
        while hi > lo && scalars[scalars.index(before: hi)].properties.isWhitespace { hi = scalars.index(before: hi) }
        let utf8 = str.utf8
        s = utf8.distance(from: utf8.startIndex, to: lo)
        e = utf8.distance(from: utf8.startIndex, to: hi)
        return (s, e - s)
    }

    @inline(__always)
    static func isASCII(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        while i + 8 <= n {
            if UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if p[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    static func string(_ p: UnsafePointer<UInt8>, _ n: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    /// Title-cases a string: a letter after a non-letter/digit is upper-cased, other letters lower-cased.
    static func titleCased(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var prevAlnum = false
        for ch in s {
            let isAlnum = ch.isLetter || ch.isNumber
            if ch.isLetter {
                out += prevAlnum ? ch.lowercased() : ch.uppercased()
            } else {
                out.append(ch)
            }
            prevAlnum = isAlnum
        }
        return out
    }
}
