import Foundation
import VernAPI

/// A compiled strict rule. Patterns the engine recognises (the SPEC's email and domain patterns,
/// E.164 and ISO dates) run as hand-written byte matchers; any other pattern falls back to
/// `NSRegularExpression` (slow, but exact).
final class StrictMatcher {
    enum Kind {
        case email, domain, e164, isoDate
        case regex(NSRegularExpression)
        case allowed([[UInt8]])
    }

    let kind: Kind
    /// True for a fixed list of allowed values (reason `picklist`), false for a pattern (reason `format`).
    var isPicklist: Bool {
        if case .allowed = kind { return true }
        return false
    }

    init(_ rule: StrictRule, column: String) throws(RecipeError) {
        switch rule {
        case .oneOf(let values):
            kind = .allowed(values.map { Array($0.utf8) })
        case .pattern(let raw):
            var p = Substring(raw)
            if p.hasPrefix("^") { p = p.dropFirst() }
            if p.hasSuffix("$") && !p.hasSuffix("\\$") { p = p.dropLast() }
            switch String(p) {
            case Template.emailPattern: kind = .email
            case Template.domainPattern: kind = .domain
            case Template.e164Pattern, "\\+[1-9]\\d{7,14}": kind = .e164
            case Template.isoDatePattern, "\\d{4}-\\d{2}-\\d{2}": kind = .isoDate
            default:
                do {
                    kind = .regex(try NSRegularExpression(pattern: "\\A(?:" + raw + ")\\z"))
                } catch {
                    throw RecipeError(
                        .invalidTemplate, "column '\(column)': strict rule is not a valid regular expression: \(raw)")
                }
            }
        }
    }

    /// Whether the whole value `p[0..<n]` satisfies the rule.
    func matches(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        switch kind {
        case .email: return Matchers.email(p, n)
        case .domain: return Matchers.domain(p, n)
        case .e164: return Matchers.e164(p, n)
        case .isoDate: return Matchers.isoDate(p, n)
        case .allowed(let values):
            for v in values where v.count == n {
                if v.withUnsafeBufferPointer({ memcmp($0.baseAddress!, p, n) == 0 }) { return true }
            }
            return false
        case .regex(let re):
            let s = Text.string(p, n)
            return re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
        }
    }
}

/// Hand-written equivalents of the recognised regular expressions (full match, on bytes).
enum Matchers {
    /// `[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}`: at least two dot-separated non-empty labels of
    /// `[a-z0-9-]`, the last one `[a-z]{2,}`.
    static func domain(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var labels = 0
        var labelLen = 0
        var labelAlpha = true
        var i = 0
        while i < n {
            let c = p[i]
            if c == 0x2E {
                if labelLen == 0 { return false }
                labels += 1
                labelLen = 0
                labelAlpha = true
            } else if c &- 0x61 < 26 {
                labelLen += 1
            } else if c &- 0x30 < 10 || c == 0x2D {
                labelLen += 1
                labelAlpha = false
            } else {
                return false
            }
            i += 1
        }
        return labels >= 1 && labelLen >= 2 && labelAlpha
    }

    /// `[a-z0-9._%+-]+@` followed by a domain.
    static func email(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        while i < n {
            let c = p[i]
            if c == 0x40 { break }
            guard Text.isLowerAlnum(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D else {
                return false
            }
            i += 1
        }
        guard i > 0, i < n else { return false }
        return domain(p + i + 1, n - i - 1)
    }

    /// `\+[1-9][0-9]{7,14}`
    static func e164(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        guard n >= 9, n <= 16, p[0] == 0x2B, p[1] &- 0x31 < 9 else { return false }
        for i in 2..<n where !Text.isDigit(p[i]) { return false }
        return true
    }

    /// `[0-9]{4}-[0-9]{2}-[0-9]{2}`
    static func isoDate(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        guard n == 10, p[4] == 0x2D, p[7] == 0x2D else { return false }
        return Text.isDigit(p[0]) && Text.isDigit(p[1]) && Text.isDigit(p[2]) && Text.isDigit(p[3])
            && Text.isDigit(p[5]) && Text.isDigit(p[6]) && Text.isDigit(p[8]) && Text.isDigit(p[9])
    }
}
