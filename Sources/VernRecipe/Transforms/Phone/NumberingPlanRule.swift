/// E.164 phone normalisation by libphonenumber's numbering plans: the number is read the way
/// libphonenumber's `parse` reads it (international `+` or dialling prefix, the region's calling
/// code, its trunk prefix such as `0` or `(0)`, extensions) and is valid only when
/// `is_valid_number` would say so. Anything else is invalid, never passed through.
///
/// The region is the rule's default region, or per row the region named in another column (an ISO
/// code, a country name, …; an empty cell takes the default region, an unknown one reads only
/// international numbers). One instance belongs to one single-threaded row processor.
final class NumberingPlanRule {
    /// Index into `PhonePlan.all` of the default region.
    let defaultPlan: Int
    let keepExtension: Bool
    /// Source column naming each row's region, and its field index once bound to a header.
    let regionColumn: String?
    var regionField = -1

    private let digits = UnsafeMutablePointer<UInt8>.allocate(capacity: NumberingPlanRule.maxDigits)
    private let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: NumberingPlanRule.maxDigits)
    private let scratchNumber = UnsafeMutablePointer<UInt8>.allocate(capacity: NumberingPlanRule.maxDigits)
    private var regionCache: [[UInt8]: Int] = [:]
    /// The last region cell read and its plan: consecutive rows often name the same region.
    private let lastCell = UnsafeMutablePointer<UInt8>.allocate(capacity: NumberingPlanRule.lastCellCapacity)
    private var lastCellCount = -1
    private var lastCellPlan = 0
    private static let lastCellCapacity = 32
    /// The plans without reference-counted fields, so the per-value path copies and hashes nothing.
    private let table = PlanTable.shared
    private static let maxDigits = 64
    private static let unknownRegion = -1

    init(region: String, extension ext: PhoneExtension, regionColumn: String?) throws(RecipeError) {
        guard let r = Region.named(region) ?? Region(code: region), let plan = PhonePlan.index(region: r.code) else {
            throw RecipeError(
                .invalidRecipe,
                "unknown phone default region '\(region)': give an ISO code (GB), a country name or a calling code (+44)")
        }
        defaultPlan = plan
        keepExtension = ext == .keep
        self.regionColumn = regionColumn
    }

    deinit {
        digits.deallocate()
        scratch.deallocate()
        scratchNumber.deallocate()
        lastCell.deallocate()
    }

    /// Maximum output length for an input of `n` bytes.
    static func maxOutput(_ n: Int) -> Int { 1 + 3 + 17 + 5 + n }

    /// The plan for a row whose region cell is `p[0..<n]`.
    func plan(regionCell p: UnsafePointer<UInt8>, _ n: Int) -> Int {
        let (s, len) = Text.trimSpacesAndTabs(p, n)
        if len == 0 { return defaultPlan }
        if len == lastCellCount && (0..<len).allSatisfy({ lastCell[$0] == p[s + $0] }) { return lastCellPlan }
        let key = Array(UnsafeBufferPointer(start: p + s, count: len))
        let plan: Int
        if let hit = regionCache[key] {
            plan = hit
        } else {
            let text = String(decoding: key, as: UTF8.self)
            let found = (Region(code: text) ?? Region.named(text)).flatMap { PhonePlan.index(region: $0.code) }
            plan = found ?? NumberingPlanRule.unknownRegion
            if regionCache.count < 4096 { regionCache[key] = plan }
        }
        if len <= NumberingPlanRule.lastCellCapacity {
            lastCell.update(from: p + s, count: len)
            (lastCellCount, lastCellPlan) = (len, plan)
        }
        return plan
    }

    /// Normalises `p[0..<n]` into `out` for the region of plan `planIndex` (-1: unknown region).
    /// Returns the output length (0 for an empty value) or -1 when the number is not valid.
    func apply(_ p: UnsafePointer<UInt8>, _ n: Int, plan planIndex: Int, _ out: UnsafeMutablePointer<UInt8>) -> Int {
        let (s, len) = Text.trimSpacesAndTabs(p, n)
        if len == 0 { return 0 }
        let (numberEnd, ext) = PhoneExtensionSyntax.split(p + s, len)
        // Digits, an optional leading plus, and phone punctuation only.
        var nd = 0
        var plus = false
        for i in 0..<numberEnd {
            let c = p[s + i]
            if c &- 0x30 < 10 {
                guard nd < NumberingPlanRule.maxDigits else { return -1 }
                digits[nd] = c &- 0x30
                nd += 1
            } else if c == 0x2B {
                guard nd == 0 else { return -1 }
                plus = true
            } else if !NumberingPlanRule.isPunctuation(c) {
                return -1
            }
        }
        guard nd >= 2 else { return -1 }
        guard let (cc, nsnStart, nsnCount) = nationalNumber(count: nd, plus: plus, defaultPlan: planIndex >= 0 ? planIndex : nil),
            isValid(cc, digits + nsnStart, nsnCount)
        else { return -1 }
        var o = 0
        out[o] = 0x2B
        o += 1
        o += PlanTable.writeDigits(cc, to: out + o)
        for i in 0..<nsnCount {
            out[o] = digits[nsnStart + i] + 0x30
            o += 1
        }
        if keepExtension, let ext {
            for b in ";ext=".utf8 {
                out[o] = b
                o += 1
            }
            for i in ext {
                out[o] = p[s + i]
                o += 1
            }
        }
        return o
    }

    @inline(__always)
    static func isPunctuation(_ c: UInt8) -> Bool {
        switch c {
        case 0x20, 0x09, 0x2D, 0x2E, 0x28, 0x29, 0x2F, 0x5B, 0x5D, 0x7E: true  // space tab - . ( ) / [ ] ~
        default: false
        }
    }

    /// libphonenumber's `parse`: the calling code and where the national significant number lies
    /// in `digits` (it may be rewritten in place by a national prefix transform).
    private func nationalNumber(count nd: Int, plus: Bool, defaultPlan: Int?) -> (Int, Int, Int)? {
        var cc = 0
        var start = 0
        if plus && nd <= 2 { return nil }
        if plus, let (code, length) = callingCode(digits, nd) {
            (cc, start) = (code, length)
        } else if let (code, s) = countryCodeWithoutPlus(nd, defaultPlan) {
            // (A plus followed by an unknown calling code is read again without the plus.)
            (cc, start) = (code, s)
            if plus && cc == 0 { return nil }
        } else {
            return nil
        }
        var plan = defaultPlan
        if cc != 0 {
            let main = cc < 1000 ? table.mainPlan[cc] : -1
            guard main >= 0 else { return nil }
            // (Only non-geographic plans share a region, "001", and a default plan is never one.)
            if defaultPlan != main { plan = main }
        } else if let defaultPlan {
            cc = table.plans[defaultPlan].callingCode
        } else {
            return nil
        }
        var count = nd - start
        guard count >= 2, let plan else { return nil }
        if let (s2, c2) = stripNationalPrefix(start, count, plan) {
            switch table.testLength(plan, c2) {
            case .tooShort, .possibleLocalOnly, .invalidLength: break
            default: (start, count) = (s2, c2)
            }
        }
        guard count >= 2, count <= 17 else { return nil }
        return (cc, start, count)
    }

    /// The calling code at the start of `d[0..<n]` (1 to 3 digits, not starting with 0).
    private func callingCode(_ d: UnsafePointer<UInt8>, _ n: Int) -> (Int, Int)? {
        guard n > 0, d[0] != 0 else { return nil }
        var v = 0
        for i in 0..<min(3, n) {
            v = v * 10 + Int(d[i])
            if table.isAssigned[v] { return (v, i + 1) }  // v < 1000
        }
        return nil
    }

    /// The number without a plus: an international dialling prefix then a calling code, or the
    /// default region's own calling code written without a prefix. (0, 0) when neither applies;
    /// nil when the number cannot be read.
    private func countryCodeWithoutPlus(_ nd: Int, _ defaultIndex: Int?) -> (Int, Int)? {
        guard let defaultIndex else { return (0, 0) }
        if let m = table.idd[defaultIndex]?.match(digits, nd),
            !(m.end < nd && digits[m.end] == 0)
        {
            guard nd - m.end > 2, let (code, length) = callingCode(digits + m.end, nd - m.end) else { return nil }
            return (code, m.end + length)
        }
        let callingCode = table.plans[defaultIndex].callingCode
        let ccLength = PlanTable.writeDigits(callingCode, to: scratchNumber)
        guard nd > ccLength else { return (0, 0) }
        for i in 0..<ccLength where digits[i] != scratchNumber[i] &- 0x30 { return (0, 0) }
        // Stripping may rewrite digits in place: work on a copy so the number stays as written otherwise.
        for i in 0..<nd { scratchNumber[i] = digits[i] }
        var s = ccLength
        var c = nd - s
        if let (s2, c2) = stripNationalPrefix(s, c, defaultIndex, in: scratchNumber) { (s, c) = (s2, c2) }
        if (!table.matchesGeneral(defaultIndex, digits, nd) && table.matchesGeneral(defaultIndex, scratchNumber + s, c))
            || table.testLength(defaultIndex, nd) == .tooLong
        {
            for i in 0..<(s + c) { digits[i] = scratchNumber[i] }
            return (callingCode, s)
        }
        return (0, 0)
    }

    /// libphonenumber's `_maybe_strip_national_prefix_carrier_code` on `buffer[start..<start+count]`:
    /// the new span (a transform rewrites the digits in place), or nil when nothing is stripped.
    private func stripNationalPrefix(
        _ start: Int, _ count: Int, _ planIndex: Int, in buffer: UnsafeMutablePointer<UInt8>? = nil
    ) -> (Int, Int)? {
        let d = (buffer ?? digits) + start
        guard count > 0, let m = table.nationalPrefix[planIndex]?.match(d, count) else { return nil }
        let viable = table.matchesGeneral(planIndex, d, count)
        let lastGroupMissing = m.groups.last.map { $0.0 < 0 || $0.1 < 0 } ?? true
        let rule = table.transformRules[planIndex]
        if !rule.isEmpty, !lastGroupMissing {
            // Build the transformed number in scratch, then copy it back over the digits.
            var k = 0
            for c in rule {
                if c >= 0x80 {
                    let (a, b) = m.groups[Int(c - 0x80)]
                    if a >= 0 {
                        for i in a..<b {
                            scratch[k] = d[i]
                            k += 1
                        }
                    }
                } else {
                    scratch[k] = c
                    k += 1
                }
            }
            for i in m.end..<count {
                scratch[k] = d[i]
                k += 1
            }
            if viable && !table.matchesGeneral(planIndex, scratch, k) { return nil }
            guard start + k <= NumberingPlanRule.maxDigits else { return nil }
            for i in 0..<k { d[i] = scratch[i] }
            return (start, k)
        }
        if viable && !table.matchesGeneral(planIndex, d + m.end, count - m.end) { return nil }
        return (start + m.end, count - m.end)
    }

    /// libphonenumber's `is_valid_number`: the region that owns the number within its calling code
    /// (by leading digits, or by validity), then validity in that region.
    private func isValid(_ cc: Int, _ d: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        guard cc < 1000, table.isAssigned[cc] else { return false }
        let first = table.candidateStart[cc]
        let end = table.candidateStart[cc + 1]
        if table.singleRegion[cc] {
            return first < end && table.isValid(table.candidates[first], d, n)
        }
        for k in first..<end {
            let i = table.candidates[k]
            if table.plans[i].hasLeadingDigits {
                // The automaton carries a leading-digits match on to every longer number.
                if table.flags(i, d, n) & PlanTable.leadingDigitsMatch != 0 {
                    return table.isValid(i, d, n)
                }
            } else if table.isValid(i, d, n) {
                return true
            }
        }
        return false
    }
}

/// Extensions written after a number: `;ext=12`, `ext. 12`, `extension 12`, `x12`, `#12`.
enum PhoneExtensionSyntax {
    /// Where the number ends and the extension digits' offsets, or (n, nil) when there is no extension.
    static func split(_ p: UnsafePointer<UInt8>, _ n: Int) -> (Int, Range<Int>?) {
        var j = n
        while j > 0 && p[j - 1] &- 0x30 < 10 { j -= 1 }
        let digitCount = n - j
        guard digitCount > 0, j > 0 else { return (n, nil) }
        var k = j
        while k > 0 && (p[k - 1] == 0x20 || p[k - 1] == 0x09) { k -= 1 }
        var m = -1
        var limit = 9
        let last = k > 0 ? Text.asciiLower(p[k - 1]) : 0
        if last == 0x3D || last == 0x2E || last &- 0x61 < 26 {  // every label ends in "=", "." or a letter
            for label in labels where k >= label.count {
                if (0..<label.count).allSatisfy({ Text.asciiLower(p[k - label.count + $0]) == label[$0] }) {
                    m = k - label.count
                    limit = 20
                    break
                }
            }
        }
        if m < 0 && (last == 0x78 || last == 0x23 || last == 0x7E) {  // x # ~
            m = k - 1
        }
        guard m > 0, digitCount <= limit else { return (n, nil) }
        // A label glued to letters ("Box12") is not an extension.
        if Text.asciiLower(p[m - 1]) &- 0x61 < 26 { return (n, nil) }
        while m > 0 && (p[m - 1] == 0x20 || p[m - 1] == 0x09 || p[m - 1] == 0x2C) { m -= 1 }
        return (m, j..<n)
    }

    /// Explicit labels, longest first (lower case).
    private static let labels: [[UInt8]] = [";ext=", "extension", "extn.", "extn", "ext.", "ext"].map { Array($0.utf8) }
}
