import Foundation

/// Applies a bound plan to one record at a time. All cell values live in one row arena as
/// (start, length) slices; transforms append their output to the arena. Single-threaded.
final class RowProcessor {
    var plan: CompiledPlan
    let arena = ByteBuffer(capacity: 1 << 16)
    let n: Int
    let start: UnsafeMutablePointer<Int>
    let len: UnsafeMutablePointer<Int>
    /// Reason index per column, -1 when valid.
    let flag: UnsafeMutablePointer<Int32>
    /// Row-level reasons (-1 when absent): a wrong number of fields, and bytes that are not UTF-8.
    var raggedFlag: Int32 = -1
    var encodingFlag: Int32 = -1
    /// The row rule that dropped the last dropped record: an index into `plan.dropRules`, or
    /// `plan.dropRules.count + k` for the `k`th keep-first column.
    var droppedBy = -1
    let uniqueSets: [DigestSet?]
    let keepSets: [DigestSet]
    var reasonCounts: [Int]
    /// Per column: rows (not dropped) whose date reads differently in the other day/month order.
    var ambiguousCounts: [Int]
    /// Set by the date transform for the column being computed; columns of this row with such a date.
    private var ambiguousDate = false
    private var ambiguousColumns: [Int] = []
    var headerCount = 0
    /// Columns and their transforms in stable unsafe storage: no struct copies or array retains per row.
    let cols: UnsafeMutablePointer<PlanColumn>
    let transforms: UnsafeMutablePointer<CompiledTransform>
    let transformStart: UnsafeMutablePointer<Int>
    let transformCount: UnsafeMutablePointer<Int>
    let order: UnsafeMutablePointer<Int>
    let uniqueCols: [Int]
    /// Hot-loop views without reference counting: unique columns and their sets, strict matchers, direct source columns.
    let uniqueColPtr: UnsafeMutablePointer<Int>
    let uniqueSetPtr: UnsafeMutablePointer<Unmanaged<DigestSet>>
    let strictPtr: UnsafeMutablePointer<Unmanaged<StrictMatcher>?>
    /// Source field index when the source is a plain column, else -1.
    let directSource: UnsafeMutablePointer<Int>
    let hasRowRules: Bool
    let hasInvalidRules: Bool
    /// The record being processed, for transforms that read another source field.
    private var rowBounds: IntBuffer?
    private var rowFieldCount = 0

    init(plan: CompiledPlan) {
        self.plan = plan
        n = plan.columns.count
        cols = .allocate(capacity: max(n, 1))
        cols.initialize(from: plan.columns, count: n)
        let all = plan.columns.flatMap(\.transforms)
        transforms = .allocate(capacity: max(all.count, 1))
        transforms.initialize(from: all, count: all.count)
        transformStart = .allocate(capacity: max(n, 1))
        transformCount = .allocate(capacity: max(n, 1))
        var k = 0
        for (c, col) in plan.columns.enumerated() {
            transformStart[c] = k
            transformCount[c] = col.transforms.count
            k += col.transforms.count
        }
        order = .allocate(capacity: max(n, 1))
        order.initialize(from: plan.order, count: n)
        uniqueCols = plan.columns.indices.filter { plan.columns[$0].unique }
        uniqueColPtr = .allocate(capacity: max(uniqueCols.count, 1))
        uniqueColPtr.initialize(from: uniqueCols, count: uniqueCols.count)
        hasRowRules = !plan.dropRules.isEmpty || !plan.keepFirst.isEmpty
        hasInvalidRules = plan.dropRules.contains { $0.test == .invalid }
        strictPtr = .allocate(capacity: max(n, 1))
        directSource = .allocate(capacity: max(n, 1))
        for (c, col) in plan.columns.enumerated() {
            strictPtr[c] = col.strict.map { Unmanaged.passUnretained($0) }
            if case .column(let idx) = col.source { directSource[c] = idx } else { directSource[c] = -1 }
        }
        start = .allocate(capacity: max(n, 1))
        len = .allocate(capacity: max(n, 1))
        flag = .allocate(capacity: max(n, 1))
        let sets = plan.columns.map { $0.unique ? DigestSet() : nil }
        uniqueSets = sets
        let setList = sets.compactMap { $0 }
        uniqueSetPtr = .allocate(capacity: max(setList.count, 1))
        uniqueSetPtr.initialize(from: setList.map { Unmanaged.passUnretained($0) }, count: setList.count)
        keepSets = plan.keepFirst.map { _ in DigestSet() }
        reasonCounts = [Int](repeating: 0, count: plan.reasons.count)
        ambiguousCounts = [Int](repeating: 0, count: n)
    }

    deinit {
        cols.deinitialize(count: n)
        cols.deallocate()
        transforms.deinitialize(count: plan.columns.reduce(0) { $0 + $1.transforms.count })
        transforms.deallocate()
        transformStart.deallocate()
        transformCount.deallocate()
        order.deallocate()
        uniqueColPtr.deallocate()
        uniqueSetPtr.deallocate()
        strictPtr.deallocate()
        directSource.deallocate()
        start.deallocate()
        len.deallocate()
        flag.deallocate()
    }

    /// Pre-sizes the uniqueness sets for about `rows` rows (capped, to keep memory bounded on guesses).
    func reserveSets(_ rows: Int) {
        let expected = min(rows, 1 << 23)
        for c in uniqueCols { uniqueSets[c]?.reserve(expected) }
        for s in keepSets { s.reserve(expected) }
    }

    /// Outcome of processing one record.
    enum Outcome { case valid, invalid, dropped }

    /// Processes the record whose fields are `bounds` into the arena. Returns the outcome.
    func process(bounds: IntBuffer, fieldCount: Int) -> Outcome {
        rowBounds = bounds
        rowFieldCount = fieldCount
        raggedFlag = fieldCount != headerCount ? plan.raggedReason : -1
        encodingFlag = -1
        // UTF-8 check of the whole record (fast path: all ASCII); a NUL byte is flagged too, so
        // it never reaches an export.
        let recordBytes = arena.count
        if memchr(arena.base, 0, recordBytes) != nil
            || (!Text.isASCII(arena.base, recordBytes) && !UTF8Check.isValid(arena.base, recordBytes))
        {
            encodingFlag = plan.encodingReason
            repairEncoding(bounds: bounds, fieldCount: fieldCount)
        }
        ambiguousColumns.removeAll(keepingCapacity: true)
        for k in 0..<n {
            computeColumn(order[k], bounds: bounds, fieldCount: fieldCount)
        }
        if hasRowRules, applyRowRules(bounds: bounds, fieldCount: fieldCount) { return .dropped }
        if !ambiguousColumns.isEmpty {
            for c in ambiguousColumns { ambiguousCounts[c] += 1 }
            ambiguousColumns.removeAll(keepingCapacity: true)
        }
        // Uniqueness among otherwise valid values; the first occurrence stays valid.
        for k in 0..<uniqueCols.count {
            let c = uniqueColPtr[k]
            guard flag[c] < 0, len[c] > 0 else { continue }
            let p = arena.base + start[c]
            let l = len[c]
            let inserted = uniqueSetPtr[k]._withUnsafeGuaranteedRef { $0.insert(p, l) }
            if !inserted {
                let col = cols + c
                if col.pointee.clear {
                    len[c] = 0
                    if col.pointee.required { flag[c] = col.pointee.requiredReason }
                } else {
                    flag[c] = col.pointee.duplicateReason
                }
            }
        }
        if hasInvalidRules, applyInvalidRules() { return .dropped }
        var bad = false
        for c in 0..<n where flag[c] >= 0 {
            reasonCounts[Int(flag[c])] += 1
            bad = true
        }
        if raggedFlag >= 0 {
            reasonCounts[Int(raggedFlag)] += 1
            bad = true
        }
        if encodingFlag >= 0 {
            reasonCounts[Int(encodingFlag)] += 1
            bad = true
        }
        return bad ? .invalid : .valid
    }

    /// Drop conditions, then keep-first uniqueness. Returns true when the row is dropped.
    private func applyRowRules(bounds: IntBuffer, fieldCount: Int) -> Bool {
        for (index, rule) in plan.dropRules.enumerated() {
            var (s, l) = rule.column >= 0 ? (start[rule.column], len[rule.column]) : field(rule.source, bounds, fieldCount)
            if rule.column < 0 {
                let (ts, tl) = Text.trimSpacesAndTabs(arena.base + s, l)
                (s, l) = (s + ts, tl)
            }
            let hit: Bool
            switch rule.test {
            case .empty: hit = l == 0
            case .notEmpty: hit = l != 0
            case .equals where rule.column < 0:
                // Source values compare ignoring ASCII case and surrounding spaces.
                hit = l == rule.value.count && (0..<l).allSatisfy { i in
                    let a = arena.base[s + i], b = rule.value[i]
                    return a == b || (a | 0x20 == b | 0x20 && (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A)
                }
            case .equals:
                hit =
                    l == rule.value.count
                    && rule.value.withUnsafeBufferPointer {
                        memcmp($0.baseAddress!, arena.base + s, l) == 0
                    }
            case .invalid: hit = false  // after uniqueness, in applyInvalidRules
            }
            if hit {
                droppedBy = index
                return true
            }
        }
        for (k, c) in plan.keepFirst.enumerated() where len[c] > 0 {
            if !keepSets[k].insert(arena.base + start[c], len[c]) {
                droppedBy = plan.dropRules.count + k
                return true
            }
        }
        return false
    }

    /// Drop-if-invalid rules, after uniqueness so that duplicates count as invalid.
    private func applyInvalidRules() -> Bool {
        guard let index = plan.dropRules.firstIndex(where: { $0.test == .invalid && $0.column >= 0 && flag[$0.column] >= 0 })
        else { return false }
        droppedBy = index
        return true
    }

    /// Replaces invalid UTF-8 and NUL bytes in every field with U+FFFD (fields are re-appended to the arena).
    private func repairEncoding(bounds: IntBuffer, fieldCount: Int) {
        for f in 0..<fieldCount {
            let s = bounds[2 * f]
            let e = bounds[2 * f + 1]
            let str = String(decoding: UnsafeBufferPointer(start: arena.base + s, count: e - s), as: UTF8.self)
                .replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
            let newStart = arena.count
            arena.append(str)
            bounds.base[2 * f] = newStart
            bounds.base[2 * f + 1] = arena.count
        }
    }

    @inline(__always)
    private func field(_ idx: Int, _ bounds: IntBuffer, _ fieldCount: Int) -> (Int, Int) {
        guard idx < fieldCount else { return (0, 0) }
        let s = bounds[2 * idx]
        return (s, bounds[2 * idx + 1] - s)
    }

    private func computeColumn(_ c: Int, bounds: IntBuffer, fieldCount: Int) {
        let col = cols + c
        var s = 0
        var l = 0
        let direct = directSource[c]
        if direct >= 0 {
            (s, l) = field(direct, bounds, fieldCount)
        } else {
            computeSource(col, bounds: bounds, fieldCount: fieldCount, &s, &l)
        }
        var f: Int32 = -1
        let t0 = transformStart[c]
        for i in t0..<(t0 + transformCount[c]) {
            if !apply(transforms + i, &s, &l) {
                f = col.pointee.formatReason
                break
            }
        }
        if ambiguousDate {
            ambiguousDate = false
            if f < 0 { ambiguousColumns.append(c) }
        }
        if f >= 0 && col.pointee.clear {
            f = -1
            l = 0
        }
        if f < 0 {
            if l == 0 {
                if col.pointee.required { f = col.pointee.requiredReason }
            } else if let strict = strictPtr[c], !strict._withUnsafeGuaranteedRef({ $0.matches(arena.base + s, l) }) {
                if col.pointee.clear {
                    l = 0
                    if col.pointee.required { f = col.pointee.requiredReason }
                } else {
                    f = col.pointee.strictReason
                }
            }
        }
        start[c] = s
        len[c] = l
        flag[c] = f
    }

    private func computeSource(
        _ col: UnsafeMutablePointer<PlanColumn>, bounds: IntBuffer, fieldCount: Int, _ s: inout Int, _ l: inout Int
    ) {
        switch col.pointee.source {
        case .column(let idx): (s, l) = field(idx, bounds, fieldCount)
        case .constant(let v):
            s = arena.count
            arena.append(v)
            l = v.count
        case .combine(let idxs, let sep):
            s = arena.count
            var first = true
            for idx in idxs {
                let (fs, fl) = field(idx, bounds, fieldCount)
                guard fl > 0 else { continue }
                if !first { arena.append(sep) }
                arena.appendInternal(offset: fs, fl)
                first = false
            }
            l = arena.count - s
        case .firstOf(let idxs):
            (s, l) = (0, 0)
            for idx in idxs {
                let (fs, fl) = field(idx, bounds, fieldCount)
                if Text.trimSpacesAndTabs(arena.base + fs, fl).1 > 0 {
                    (s, l) = (fs, fl)
                    break
                }
            }
        case .split(let idx, let sep, let part):
            var (fs, fl) = field(idx, bounds, fieldCount)
            // Words are counted in the value, not in the spaces around it ("  Contoso Ltd": "Contoso" first).
            if sep.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                let (ts, tl) = Text.trimSpacesAndTabs(arena.base + fs, fl)
                (fs, fl) = (fs + ts, tl)
            }
            (s, l) = splitPart(fs, fl, sep, part)
        case .splitName(let idx, let part):
            let (fs, fl) = field(idx, bounds, fieldCount)
            let (ts, tl) = Text.trimSpacesAndTabs(arena.base + fs, fl)
            var lastSpace = -1
            for i in 0..<tl where arena.base[fs + ts + i] == 0x20 { lastSpace = i }
            switch part {
            case .first:
                if lastSpace < 0 {
                    (s, l) = (fs + ts, tl)
                } else {
                    let (a, b) = Text.trimSpacesAndTabs(arena.base + fs + ts, lastSpace)
                    (s, l) = (fs + ts + a, b)
                }
            case .last: (s, l) = lastSpace < 0 ? (0, 0) : (fs + ts + lastSpace + 1, tl - lastSpace - 1)
            case .rest:
                var firstSpace = -1
                for i in 0..<tl where arena.base[fs + ts + i] == 0x20 {
                    firstSpace = i
                    break
                }
                if firstSpace < 0 {
                    (s, l) = (0, 0)
                } else {
                    let (a, b) = Text.trimSpacesAndTabs(arena.base + fs + ts + firstSpace + 1, tl - firstSpace - 1)
                    (s, l) = (fs + ts + firstSpace + 1 + a, b)
                }
            }
        case .none: (s, l) = (0, 0)
        }
    }

    private func splitPart(_ fs: Int, _ fl: Int, _ sep: [UInt8], _ part: Int) -> (Int, Int) {
        var parts: [(Int, Int)] = []
        let base = arena.base + fs
        var i = 0
        var partStart = 0
        let sl = sep.count
        while i + sl <= fl {
            var match = true
            for k in 0..<sl where base[i + k] != sep[k] {
                match = false
                break
            }
            if match {
                parts.append((partStart, i - partStart))
                i += sl
                partStart = i
            } else {
                i += 1
            }
        }
        parts.append((partStart, fl - partStart))
        let idx = part >= 0 ? part : parts.count + part
        guard idx >= 0, idx < parts.count else { return (0, 0) }
        return (fs + parts[idx].0, parts[idx].1)
    }

    /// Appends a String's bytes to the arena and returns the slice.
    private func appendString(_ str: String) -> (Int, Int) {
        let s = arena.count
        arena.append(str)
        return (s, arena.count - s)
    }

    /// Applies one transform to the slice. Returns false when the value cannot be converted (the slice is unchanged).
    @inline(__always)
    private func apply(_ tp: UnsafeMutablePointer<CompiledTransform>, _ s: inout Int, _ l: inout Int) -> Bool {
        switch tp.pointee {
        case .trimSpacesAndTabs:
            let (a, b) = Text.trimSpacesAndTabs(arena.base + s, l)
            s += a
            l = b
        case .trimWhitespace:
            let (a, b) = Text.trimWhitespace(arena.base + s, l)
            s += a
            l = b
        case .lower, .upper:
            let lower: Bool
            if case .lower = tp.pointee { lower = true } else { lower = false }
            if Text.isASCII(arena.base + s, l) {
                var needs = false
                for i in 0..<l {
                    let c = arena.base[s + i]
                    if lower ? (c &- 0x41 < 26) : (c &- 0x61 < 26) {
                        needs = true
                        break
                    }
                }
                guard needs else { return true }
                arena.reserve(l)
                let src = arena.base + s
                let dst = arena.base + arena.count
                for i in 0..<l {
                    let c = src[i]
                    dst[i] = lower ? Text.asciiLower(c) : ((c &- 0x61 < 26) ? c & 0xDF : c)
                }
                s = arena.count
                arena.count += l
            } else {
                let str = Text.string(arena.base + s, l)
                (s, l) = appendString(lower ? str.lowercased() : str.uppercased())
            }
        case .title:
            (s, l) = appendString(Text.titleCased(Text.string(arena.base + s, l)))
        case .name(let onlyUniform, let everyWord):
            (s, l) = appendString(NameCase.capitalized(Text.string(arena.base + s, l), onlyUniform: onlyUniform, everyWord: everyWord))
        case .phone(let rule):
            arena.reserve(PhoneRule.maxOutput(l))
            let r = rule.apply(arena.base + s, l, arena.base + arena.count)
            if r < 0 { return false }
            s = arena.count
            l = r
            arena.count += r
        case .phoneNational(let international, let national):
            let (t, tl) = Text.trimSpacesAndTabs(arena.base + s, l)
            let written = tl > 0 && (arena.base[s + t] == 0x2B || tl > 1 && arena.base[s + t] == 0x30 && arena.base[s + t + 1] == 0x30)
            arena.reserve(max(PhoneRule.maxOutput(l), NumberingPlanRule.maxOutput(l)))
            let r = written
                ? international.apply(arena.base + s, l, arena.base + arena.count)
                : national.apply(arena.base + s, l, plan: national.defaultPlan, arena.base + arena.count)
            if r < 0 { return false }
            s = arena.count
            l = r
            arena.count += r
        case .phoneNumberingPlan(let rule):
            var plan = rule.defaultPlan
            if rule.regionField >= 0 {
                let (fs, fl) = field(rule.regionField, rowBounds!, rowFieldCount)
                plan = rule.plan(regionCell: arena.base + fs, fl)
            }
            arena.reserve(NumberingPlanRule.maxOutput(l))
            let r = rule.apply(arena.base + s, l, plan: plan, arena.base + arena.count)
            if r < 0 { return false }
            s = arena.count
            l = r
            arena.count += r
        case .date(let dayFirst, let keepTime):
            arena.reserve(DateParse.maxOutput(l))
            let r = DateParse.apply(
                arena.base + s, l, dayFirst: dayFirst, keepTime: keepTime, arena.base + arena.count,
                ambiguous: &ambiguousDate)
            if r < 0 { return false }
            s = arena.count
            l = r
            arena.count += r
        case .domain:
            (s, l) = normaliseDomain(s, l)
        case .emailFill(let fi, let li, let di):
            guard l == 0, len[di] > 0, flag[di] < 0 else { return true }
            let fs = arena.count
            appendNameKey(start[fi], len[fi])
            let fl = arena.count - fs
            guard fl > 0 else {
                arena.count = fs
                return true
            }
            arena.append(0x2E)
            let ls = arena.count
            appendNameKey(start[li], len[li])
            guard arena.count > ls else {
                arena.count = fs
                return true
            }
            arena.append(0x40)
            arena.appendInternal(offset: start[di], len[di])
            s = fs
            l = arena.count - fs
        case .picklist(let pick):
            let (a, b) = Text.trimSpacesAndTabs(arena.base + s, l)
            if b == 0 {
                l = 0
                return true
            }
            var hit: Int?
            if Text.isASCII(arena.base + s + a, b) {
                arena.reserve(b)
                let src = arena.base + s + a
                let dst = arena.base + arena.count
                for i in 0..<b { dst[i] = Text.asciiLower(src[i]) }
                hit = pick.lookup(dst, b)
            } else {
                hit = pick.stringKeys[Text.string(arena.base + s + a, b).lowercased()]
            }
            let value: [UInt8]
            if let hit {
                value = pick.values[hit]
            } else if let d = pick.defaultValue {
                value = d
            } else {
                return false
            }
            s = arena.count
            arena.append(value)
            l = value.count
        case .defaultValue(let v):
            if l == 0 {
                s = arena.count
                arena.append(v)
                l = v.count
            }
        case .regexReplace(let re, let template):
            let str = Text.string(arena.base + s, l)
            let out = re.stringByReplacingMatches(
                in: str, range: NSRange(str.startIndex..., in: str), withTemplate: template)
            (s, l) = appendString(out)
        case .split(let sep, let part):
            (s, l) = splitPart(s, l, sep, part)
        }
        return true
    }

    /// Appends lower(name) with every character outside `[a-z0-9]` removed.
    private func appendNameKey(_ s: Int, _ l: Int) {
        if Text.isASCII(arena.base + s, l) {
            arena.reserve(l)
            let src = arena.base + s
            let dst = arena.base + arena.count
            var k = 0
            for i in 0..<l {
                let c = Text.asciiLower(src[i])
                if Text.isLowerAlnum(c) {
                    dst[k] = c
                    k += 1
                }
            }
            arena.count += k
        } else {
            let lowered = Text.string(arena.base + s, l).lowercased()
            for b in lowered.utf8 where Text.isLowerAlnum(b) { arena.append(b) }
        }
    }

    /// `lower(trim(x))`, then drop `^https?://`, `^www\.` and `/+$`.
    private func normaliseDomain(_ s0: Int, _ l0: Int) -> (Int, Int) {
        let (a, b) = Text.trimSpacesAndTabs(arena.base + s0, l0)
        var s: Int
        var l: Int
        if Text.isASCII(arena.base + s0 + a, b) {
            arena.reserve(b)
            let src = arena.base + s0 + a
            let dst = arena.base + arena.count
            for i in 0..<b { dst[i] = Text.asciiLower(src[i]) }
            s = arena.count
            l = b
            arena.count += b
        } else {
            (s, l) = appendString(Text.string(arena.base + s0 + a, b).lowercased())
        }
        let p = arena.base
        func hasPrefix(_ lit: StaticString) -> Bool {
            let n = lit.utf8CodeUnitCount
            guard l >= n else { return false }
            return memcmp(p + s, lit.utf8Start, n) == 0
        }
        if hasPrefix("https://") {
            s += 8
            l -= 8
        } else if hasPrefix("http://") {
            s += 7
            l -= 7
        }
        if hasPrefix("www.") {
            s += 4
            l -= 4
        }
        while l > 0 && p[s + l - 1] == 0x2F { l -= 1 }
        return (s, l)
    }
}

/// UTF-8 validation (RFC 3629: no overlongs, no surrogates, at most U+10FFFF).
enum UTF8Check {
    static func isValid(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        while i < n {
            let c = p[i]
            if c < 0x80 {
                i += 1
                continue
            }
            var need = 0
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0:
                need = 2
                lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED:
                need = 2
                hi = 0x9F
            case 0xF0:
                need = 3
                lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4:
                need = 3
                hi = 0x8F
            default: return false
            }
            guard i + need < n else { return false }
            let b1 = p[i + 1]
            guard b1 >= lo && b1 <= hi else { return false }
            for k in 2...max(2, need) where k <= need {
                guard p[i + k] & 0xC0 == 0x80 else { return false }
            }
            i += need + 1
        }
        return true
    }
}
