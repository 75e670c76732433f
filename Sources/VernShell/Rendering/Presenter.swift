import Foundation

/// How volatile values (ids, times, durations) appear in rendered output.
///
/// The terminal shows short ids and real times; transcripts show numbered placeholders so a
/// saved session compares equal when it is replayed.
public protocol Presenter: Sendable {
    /// A run id as shown, e.g. `d4c3b2a1` or `[RUN:1]`.
    func run(_ id: String) -> String
    /// Any other id (`migration`, `connection`, …) as shown.
    func id(_ value: String, kind: String) -> String
    /// A point in time as shown.
    func time(_ date: Date) -> String
    /// A duration as shown, e.g. `12s` or `[ELAPSED]`.
    func elapsed(_ duration: Duration) -> String
}

/// The terminal's presenter: the first 8 characters of ids, UTC times to the second.
public struct TerminalPresenter: Presenter {
    public init() {}

    public func run(_ id: String) -> String { String(id.prefix(8)) }
    public func id(_ value: String, kind: String) -> String { String(value.prefix(8)) }
    public func time(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(dateTimeSeparator: .space, timeZone: .gmt)).replacingOccurrences(of: "Z", with: " UTC")
    }
    public func elapsed(_ duration: Duration) -> String {
        let seconds = Int(duration.components.seconds)
        return seconds < 60 ? "\(seconds)s" : "\(seconds / 60)m\(String(format: "%02d", seconds % 60))s"
    }
}

enum Numbers {
    /// `1204` → `1,204`, whatever the locale.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// `1` → `1 row`, `2` → `2 rows`.
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(value)) \(value == 1 ? singular : plural ?? singular + "s")"
    }

    /// A byte count for people: `512 B`, `1.2 MB`.
    static func bytes(_ value: Int) -> String {
        let units = ["B", "KB", "MB", "GB"]
        var amount = Double(value)
        var unit = 0
        while amount >= 1000 && unit < units.count - 1 {
            amount /= 1000
            unit += 1
        }
        return unit == 0 ? "\(value) B" : String(format: "%.1f %@", amount, units[unit])
    }
}
