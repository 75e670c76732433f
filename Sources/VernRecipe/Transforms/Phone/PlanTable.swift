/// `PhonePlan`'s data laid out for the per-value path: plain values in memory allocated once and
/// never freed, so reading a plan copies nothing and touches no reference count, and calling-code
/// lookups are array indexing (the same answers as `regionsByCallingCode`, `byRegion` and
/// `nonGeographic`).
struct PlanTable: @unchecked Sendable {  // (immutable after init, never deallocated)
    /// One plan's numbers; strings are kept apart (`PhonePlan`) or pre-compiled.
    struct Plan {
        /// Start node of the plan's automaton in `nodes`.
        let root: Int
        let callingCode: Int
        let possibleLengths: UInt32
        let localOnlyLengths: UInt32
        let hasLeadingDigits: Bool
    }

    /// The automaton's nodes: ten children then flags per node; node 0 is dead.
    let nodes: UnsafePointer<UInt16>
    let plans: UnsafePointer<Plan>
    /// Compiled prefix patterns of every plan, by plan index.
    let idd: UnsafePointer<DigitPattern?>
    let nationalPrefix: UnsafePointer<DigitPattern?>
    /// The national prefix transform rule per plan (empty: none), as digit values 0-9 and group
    /// references `0x80 + group index`.
    let transformRules: UnsafePointer<[UInt8]>
    /// By calling code (0 to 999): the plan that reads its numbers (`PhonePlan.index(callingCode:)`) or -1.
    let mainPlan: UnsafePointer<Int>
    /// By calling code: its regions' plans, in metadata order, are
    /// `candidates[candidateStart[cc]..<candidateStart[cc + 1]]`.
    let candidateStart: UnsafePointer<Int>
    let candidates: UnsafePointer<Int>
    /// By calling code: it has regions; it has exactly one.
    let isAssigned: UnsafePointer<Bool>
    let singleRegion: UnsafePointer<Bool>

    static let shared = PlanTable()

    private init() {
        let all = PhonePlan.all
        nodes = PlanTable.copy(PhonePlan.nodes)
        plans = PlanTable.copy(
            all.map {
                Plan(
                    root: $0.root, callingCode: $0.callingCode, possibleLengths: $0.possibleLengths,
                    localOnlyLengths: $0.localOnlyLengths, hasLeadingDigits: $0.hasLeadingDigits)
            })
        idd = PlanTable.copy(all.map { $0.internationalPrefix.flatMap(DigitPattern.init) })
        nationalPrefix = PlanTable.copy(all.map { $0.nationalPrefixForParsing.flatMap(DigitPattern.init) })
        transformRules = PlanTable.copy(all.map { PlanTable.compileRule($0.nationalPrefixTransformRule ?? "") })
        var isAssigned = [Bool](repeating: false, count: 1000)
        var mainPlan = [Int](repeating: -1, count: 1000)
        var candidateStart = [Int](repeating: 0, count: 1001)
        var candidates: [Int] = []
        var singleRegion = [Bool](repeating: false, count: 1000)
        for cc in 0..<1000 {
            candidateStart[cc] = candidates.count
            guard let regions = PhonePlan.regionsByCallingCode[cc] else { continue }
            isAssigned[cc] = true
            mainPlan[cc] = PhonePlan.index(callingCode: cc) ?? -1
            singleRegion[cc] = regions.count == 1
            if regions.count == 1 {
                let only = regions[0] == "001" ? PhonePlan.nonGeographic[cc] : PhonePlan.byRegion[regions[0]]
                candidates += [only].compactMap { $0 }
            } else {
                candidates += regions.compactMap { PhonePlan.byRegion[$0] }
            }
        }
        candidateStart[1000] = candidates.count
        self.isAssigned = PlanTable.copy(isAssigned)
        self.mainPlan = PlanTable.copy(mainPlan)
        self.candidateStart = PlanTable.copy(candidateStart)
        self.candidates = PlanTable.copy(candidates)
        self.singleRegion = PlanTable.copy(singleRegion)
    }

    private static func copy<T>(_ values: [T]) -> UnsafePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(values.count, 1))
        p.initialize(from: values, count: values.count)
        return UnsafePointer(p)
    }

    /// `"268\\1"` → digits 2, 6, 8 then a reference to group 0.
    private static func compileRule(_ rule: String) -> [UInt8] {
        var out: [UInt8] = []
        var u = rule.utf8.makeIterator()
        while let c = u.next() {
            if c == UInt8(ascii: "\\"), let g = u.next() {
                out.append(0x80 + (g - 0x31))
            } else {
                out.append(c - 0x30)
            }
        }
        return out
    }

    static let generalMatch: UInt16 = 1
    static let typeMatch: UInt16 = 2
    static let leadingDigitsMatch: UInt16 = 4

    /// Flags of the node of plan `plan` reached by `d[0..<n]` (digit values 0-9), 0 when the automaton dies.
    @inline(__always)
    func flags(_ plan: Int, _ d: UnsafePointer<UInt8>, _ n: Int) -> UInt16 {
        var node = plans[plan].root
        for i in 0..<n {
            node = Int(nodes[node &* 11 &+ Int(d[i])])
            if node == 0 { return 0 }
        }
        return nodes[node &* 11 &+ 10]
    }

    /// libphonenumber's `_match_national_number` against the general description (no length check).
    @inline(__always)
    func matchesGeneral(_ plan: Int, _ d: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        flags(plan, d, n) & PlanTable.generalMatch != 0
    }

    /// libphonenumber's number type is not UNKNOWN: a valid number of this region.
    @inline(__always)
    func isValid(_ plan: Int, _ d: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        guard n < 32, plans[plan].possibleLengths & (1 << UInt32(n)) != 0 else { return false }
        let f = flags(plan, d, n)
        return f & PlanTable.generalMatch != 0 && f & PlanTable.typeMatch != 0
    }

    enum LengthCheck { case possible, possibleLocalOnly, tooShort, tooLong, invalidLength }

    /// libphonenumber's `_test_number_length` for an unknown type.
    func testLength(_ plan: Int, _ n: Int) -> LengthCheck {
        let possibleLengths = plans[plan].possibleLengths
        let bit: UInt32 = n < 32 ? 1 << UInt32(n) : 0
        if plans[plan].localOnlyLengths & bit != 0 { return .possibleLocalOnly }
        guard possibleLengths != 0 else { return .invalidLength }
        let minimum = possibleLengths.trailingZeroBitCount
        let maximum = 31 - possibleLengths.leadingZeroBitCount
        if n == minimum { return .possible }
        if n < minimum { return .tooShort }
        if n > maximum { return .tooLong }
        return possibleLengths & bit != 0 ? .possible : .invalidLength
    }

    /// Writes the decimal digits of calling code `cc` (1 to 999) as ASCII; returns how many.
    @inline(__always)
    static func writeDigits(_ cc: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if cc >= 100 {
            out[0] = UInt8(cc / 100) + 0x30
            out[1] = UInt8(cc / 10 % 10) + 0x30
            out[2] = UInt8(cc % 10) + 0x30
            return 3
        }
        if cc >= 10 {
            out[0] = UInt8(cc / 10) + 0x30
            out[1] = UInt8(cc % 10) + 0x30
            return 2
        }
        out[0] = UInt8(cc) + 0x30
        return 1
    }
}
