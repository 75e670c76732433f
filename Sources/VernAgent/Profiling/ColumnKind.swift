import Foundation
/// What the values of a column look like, or what a template column expects.
enum ColumnKind: String, Codable, Sendable, CaseIterable {
    case email, phone, date, domain, number, picklist, text

    /// A short label for prose.
    var label: String {
        switch self {
        case .email: "email"
        case .phone: "phone"
        case .date: "date"
        case .domain: "domain/URL"
        case .number: "number"
        case .picklist: "picklist-like"
        case .text: "free text"
        }
    }
}

/// Recognises the kind of one value by its shape. Each pattern is tried only when the value has
/// a character the pattern cannot match without (`@`, a digit, a dot), which skips most regex work;
/// compiled patterns are cached (``Text/match(_:_:)``).
enum ValueShape {
    static func kind(of raw: String) -> ColumnKind? {
        let value = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if value.isEmpty { return nil }
        var hasAt = false
        var hasDot = false
        var digits = 0
        var ascii = true
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "@"): hasAt = true
            case UInt8(ascii: "."): hasDot = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case 0x80...: ascii = false
            default: break
            }
        }
        // `\d` also matches non-ASCII digits.
        let mayHaveDigits = digits > 0 || !ascii
        if hasAt, Text.match(value, #"[^@\s]+@[^@\s]+\.[a-z]{2,}"#) != nil { return .email }
        if mayHaveDigits, Text.match(value, #"\d{4}-\d{2}-\d{2}([t ].*)?|\d{1,2}/\d{1,2}/(\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4}|[a-z]{3} \d{1,2}, \d{4}|\d{1,2}-[a-z]{3}-\d{4}"#) != nil {
            return .date
        }
        if hasDot, Text.match(value, #"(https?://)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/*"#) != nil { return .domain }
        guard mayHaveDigits else { return nil }
        if value.count < 7, Text.match(value, #"-?\d+([.,]\d+)?"#) != nil { return .number }
        // A bare run of fewer than 10 digits is an id or an amount, not a phone number.
        if digits < 10, value.allSatisfy({ $0.isASCII && $0.isNumber }) { return .number }
        if digits >= 7, digits <= 16, Text.match(value, #"[+0-9 ().\-]+((ext\.?|x|#) *\d+)?"#) != nil { return .phone }
        if Text.match(value, #"-?\d+([.,]\d+)?"#) != nil { return .number }
        return nil
    }

    /// The day and month parts of a slash date (`31/12/2024`), or nil.
    static func slashDate(_ value: String) -> [String]? {
        guard value.utf8.contains(UInt8(ascii: "/")) else { return nil }
        return Text.match(value, #"(\d{1,2})/(\d{1,2})/\d{2,4}"#)
    }
}
