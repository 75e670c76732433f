/// E.164 phone normalisation (SPEC "Phone → E.164"), generalised to a default region.
struct PhoneRule: Sendable {
    /// Country calling code digits of the default region (ASCII, up to 3), stored inline.
    let countryCode: (UInt8, UInt8, UInt8)
    let countryCodeCount: Int
    /// NANP regions read 10-digit numbers starting 2-9 and 11-digit numbers starting 1.
    let nanp: Bool
    let keepExtension: Bool

    static let nanpRegions: Set<String> = ["US", "CA", "PR", "GU", "VI", "AS", "MP"]
    /// Regions whose national numbers start with a trunk prefix 0 that E.164 drops.
    static let trunkZeroRegions: [String: String] = [
        "GB": "44", "DE": "49", "FR": "33", "ES": "34", "NL": "31", "BE": "32", "CH": "41", "AT": "43",
        "SE": "46", "NO": "47", "DK": "45", "FI": "358", "PL": "48", "PT": "351", "IE": "353", "AU": "61",
        "NZ": "64", "IN": "91", "JP": "81", "CN": "86", "BR": "55", "ZA": "27", "TR": "90", "IL": "972",
    ]

    init(region: String, extension: PhoneExtension) throws(RecipeError) {
        let r = region.uppercased()
        keepExtension = `extension` == .keep
        if PhoneRule.nanpRegions.contains(r) {
            nanp = true
            countryCode = (0x31, 0, 0)
            countryCodeCount = 1
        } else if let cc = PhoneRule.trunkZeroRegions[r] {
            nanp = false
            let b = Array(cc.utf8) + [0, 0]
            countryCode = (b[0], b[1], b[2])
            countryCodeCount = cc.utf8.count
        } else {
            throw RecipeError(
                .invalidRecipe,
                "unsupported phone default region '\(region)'; supported: \((PhoneRule.nanpRegions.union(PhoneRule.trunkZeroRegions.keys)).sorted().joined(separator: ", "))"
            )
        }
    }

    /// Maximum output length for an input of `n` bytes.
    static func maxOutput(_ n: Int) -> Int { 16 + 5 + n }

    /// Normalises `p[0..<n]` into `out`. Returns the output length (0 for empty input) or -1 when invalid.
    func apply(_ p: UnsafePointer<UInt8>, _ n: Int, _ out: UnsafeMutablePointer<UInt8>) -> Int {
        let (s, len) = Text.trimSpacesAndTabs(p, n)
        if len == 0 { return 0 }
        var e = s + len
        // Extension: [ \t]*(ext\.?|x|#)[ \t]*[0-9]+$  (on the lower-cased value)
        var extStart = -1
        var extEnd = -1
        var j = e
        while j > s && Text.isDigit(p[j - 1]) { j -= 1 }
        if j < e {
            var k = j
            while k > s && Text.isSpaceOrTab(p[k - 1]) { k -= 1 }
            var m = -1
            if k > s {
                let c = Text.asciiLower(p[k - 1])
                if c == 0x78 || c == 0x23 {  // x #
                    m = k - 1
                } else if c == 0x2E {  // "ext."
                    if k - 4 >= s && isExt(p + k - 4) { m = k - 4 }
                } else if c == 0x74 {  // "ext"
                    if k - 3 >= s && isExt(p + k - 3) { m = k - 3 }
                }
            }
            if m >= 0 {
                while m > s && Text.isSpaceOrTab(p[m - 1]) { m -= 1 }
                extStart = j
                extEnd = e
                e = m
            }
        }
        let plus = e > s && p[s] == 0x2B
        // Collect digits (at most 18 are ever useful).
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var nd = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            let d = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var i = s
            while i < e {
                let c = p[i]
                if Text.isDigit(c) {
                    if nd < 20 { d[nd] = c }
                    nd += 1
                }
                i += 1
            }
        }
        return withUnsafeBytes(of: &digits) { raw -> Int in
            let d = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var cStart = 0
            var prefixCount = 0
            if plus {
                cStart = 0
            } else if nd >= 2 && d[0] == 0x30 && d[1] == 0x30 {
                cStart = 2
            } else if nanp {
                if nd == 10 && d[0] >= 0x32 {
                    prefixCount = countryCodeCount
                } else if nd == 11 && d[0] == 0x31 {
                    cStart = 0
                } else {
                    return -1
                }
            } else if nd >= 1 && d[0] == 0x30 {
                cStart = 1
                prefixCount = countryCodeCount
            } else {
                return -1
            }
            let clen = prefixCount + nd - cStart
            guard clen >= 8, clen <= 15 else { return -1 }
            let first = prefixCount == 0 ? d[cStart] : countryCode.0
            guard first != 0x30 else { return -1 }
            var o = 0
            out[o] = 0x2B
            o += 1
            if prefixCount > 0 {
                out[o] = countryCode.0
                o += 1
            }
            if prefixCount > 1 {
                out[o] = countryCode.1
                o += 1
            }
            if prefixCount > 2 {
                out[o] = countryCode.2
                o += 1
            }
            var i = cStart
            while i < nd {
                out[o] = d[i]
                o += 1
                i += 1
            }
            if keepExtension && extStart >= 0 {
                for b in ";ext=".utf8 {
                    out[o] = b
                    o += 1
                }
                var i = extStart
                while i < extEnd {
                    out[o] = p[i]
                    o += 1
                    i += 1
                }
            }
            return o
        }
    }

    @inline(__always)
    private func isExt(_ q: UnsafePointer<UInt8>) -> Bool {
        Text.asciiLower(q[0]) == 0x65 && Text.asciiLower(q[1]) == 0x78 && Text.asciiLower(q[2]) == 0x74
    }
}
