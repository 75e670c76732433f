import Foundation

/// One region's numbering plan from libphonenumber's metadata (generated into `PhonePlanData.swift`).
///
/// Validity is decided as libphonenumber does, by the region's national-number patterns; the
/// generator compiles them into a minimal automaton over digits (`root` is its start node), whose
/// node flags say whether the general pattern matches (1), a number type matches with one of its
/// lengths (2), and the region's leading-digits pattern matches a prefix (4). The per-value path
/// reads them through `PlanTable`.
struct PhonePlan: Sendable {
    /// ISO code, or "001" for a non-geographic calling code (800, 808, 870, …).
    let region: String
    let callingCode: Int
    /// International dialling prefix pattern ("00", "011", …).
    let internationalPrefix: String?
    /// National (trunk) prefix pattern, possibly with capture groups.
    let nationalPrefixForParsing: String?
    /// Replacement (`\1`) applied instead of stripping when the last group of the national prefix matched.
    let nationalPrefixTransformRule: String?
    /// Bit n set: n is a possible national-number length.
    let possibleLengths: UInt32
    /// Bit n set: n is a length only diallable locally.
    let localOnlyLengths: UInt32
    let hasLeadingDigits: Bool
    let root: Int

    /// The automaton's nodes: ten children then flags per node; node 0 is dead.
    static let nodes: [UInt16] = {
        let data = Data(base64Encoded: encodedNodes, options: .ignoreUnknownCharacters) ?? Data()
        return data.withUnsafeBytes { raw in
            (0..<raw.count / 2).map { UInt16(raw[2 * $0]) | UInt16(raw[2 * $0 + 1]) << 8 }
        }
    }()

    static let byRegion: [String: Int] = {
        var map: [String: Int] = [:]
        for (i, plan) in all.enumerated() where plan.region != "001" { map[plan.region] = i }
        return map
    }()

    static let nonGeographic: [Int: Int] = {
        var map: [Int: Int] = [:]
        for (i, plan) in all.enumerated() where plan.region == "001" { map[plan.callingCode] = i }
        return map
    }()

    /// The plan of an ISO region code (upper case).
    static func index(region: String) -> Int? { byRegion[region] }

    /// The plan used to read a number of calling code `cc`: its main region's, or the non-geographic one.
    static func index(callingCode cc: Int) -> Int? {
        guard let main = regionsByCallingCode[cc]?.first else { return nil }
        return main == "001" ? nonGeographic[cc] : byRegion[main]
    }
}
