/// Paths of the Migration API, relative to the base URL (`…/api/v1`), in one place for the
/// client and the local server.
public enum Endpoints {
    /// The path prefix the API lives under.
    public static let basePath = "/api/v1"

    public static let migrations = "migrations"
    public static let sources = "sources"
    public static let templates = "templates"
    public static let openAPI = "openapi.json"

    public static func migration(_ id: String) -> String { "migrations/\(escape(id))" }
    public static func files(_ migration: String) -> String { "\(self.migration(migration))/files" }
    public static func runs(_ migration: String) -> String { "\(self.migration(migration))/runs" }
    public static func run(_ migration: String, _ run: String) -> String { "\(runs(migration))/\(escape(run))" }
    public static func messages(_ migration: String, _ run: String) -> String {
        "\(self.run(migration, run))/messages"
    }
    public static func credentials(_ migration: String, _ run: String) -> String {
        "\(self.run(migration, run))/credentials"
    }
    public static func preview(_ migration: String) -> String { "\(self.migration(migration))/preview" }
    /// A preview sheet's invalid or dropped rows (a local-server extension).
    public static func previewRows(_ migration: String) -> String { "\(preview(migration))/rows" }
    public static func thread(_ migration: String) -> String { "\(self.migration(migration))/thread" }
    public static func threadStream(_ migration: String) -> String { "\(thread(migration))/stream" }
    public static func export(_ migration: String, slug: String) -> String {
        "\(self.migration(migration))/exports/\(escape(slug)).csv"
    }
    public static func sourceConnection(_ migration: String) -> String {
        "\(self.migration(migration))/source-connection"
    }

    /// Percent-encodes one path segment.
    public static func escape(_ segment: String) -> String {
        var out = ""
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

/// Which rows an export returns.
public enum ExportFilter: String, Codable, CaseIterable, Sendable {
    /// Only rows with no invalid cell (the default).
    case valid
    /// Every row.
    case all
    /// Only rows with at least one invalid cell.
    case invalid
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
