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

/// Recognises the kind of one value by its shape.
enum ValueShape {
    static func kind(of raw: String) -> ColumnKind? {
        let value = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if value.isEmpty { return nil }
        if Text.match(value, #"[^@\s]+@[^@\s]+\.[a-z]{2,}"#) != nil { return .email }
        if Text.match(value, #"\d{4}-\d{2}-\d{2}([t ].*)?|\d{1,2}/\d{1,2}/(\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4}|[a-z]{3} \d{1,2}, \d{4}|\d{1,2}-[a-z]{3}-\d{4}"#) != nil {
            return .date
        }
        if Text.match(value, #"(https?://)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/*"#) != nil { return .domain }
        if Text.match(value, #"-?\d+([.,]\d+)?"#) != nil, value.count < 7 { return .number }
        let digits = value.filter(\.isASCII).filter(\.isNumber).count
        // A bare run of fewer than 10 digits is an id or an amount, not a phone number.
        if digits < 10, value.allSatisfy({ $0.isASCII && $0.isNumber }) { return .number }
        if digits >= 7, digits <= 16, Text.match(value, #"[+0-9 ().\-]+((ext\.?|x|#) *\d+)?"#) != nil { return .phone }
        if Text.match(value, #"-?\d+([.,]\d+)?"#) != nil { return .number }
        return nil
    }
}
