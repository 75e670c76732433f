import Foundation
import VernRecipe
import VernAgentKit

/// What the agent learned about one source: its format and, per column, the kind of its values.
struct SourceProfile: Codable, Sendable, Equatable {
    /// One column of the source.
    struct Column: Codable, Sendable, Equatable {
        var name: String
        var kind: ColumnKind
        /// Non-empty values.
        var filled: Int
        /// Distinct values (trimmed, lower-cased) with their counts, when there are few enough.
        var distinct: [String: Int]?
        /// For slash dates: how many have a first part above 12 (day-first) and a second part above 12 (month-first).
        var dayFirstVotes: Int
        var monthFirstVotes: Int
    }

    var name: String
    var rows: Int
    var encoding: String
    var hasBOM: Bool
    var delimiter: String
    var columns: [Column]

    var header: [String] { columns.map(\.name) }

    /// `UTF-8 with BOM, comma-delimited`.
    var formatSummary: String {
        let delimiterName = ["," : "comma", ";": "semicolon", "\t": "tab", "|": "pipe"][delimiter] ?? delimiter
        return "\(encoding)\(hasBOM ? " with BOM" : ""), \(delimiterName)-delimited"
    }

    func column(_ name: String) -> Column? { columns.first { $0.name == name } }
}

/// Profiles CSV files: encoding, BOM, delimiter, header row and column kinds, in one pass.
enum Profiler {
    /// Distinct values kept per column; a column with more is not picklist-like.
    static let maxDistinct = 60
    /// Values examined per column for its shape.
    static let shapeSample = 2000

    static func profile(name: String, bytes: [UInt8]) throws -> SourceProfile {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let encoding = String(validating: bytes, as: UTF8.self) == nil ? "not valid UTF-8" : "UTF-8"
        let reader = try CSVRecordReader(source: MemoryByteSource(bytes))
        guard let header = try reader.next() else {
            throw AgentError("\(name) is empty: it has no header row.")
        }
        var filled = [Int](repeating: 0, count: header.count)
        var shapes = [[ColumnKind: Int]](repeating: [:], count: header.count)
        var examined = [Int](repeating: 0, count: header.count)
        var distinct = [[String: Int]?](repeating: [:], count: header.count)
        var dayFirst = [Int](repeating: 0, count: header.count)
        var monthFirst = [Int](repeating: 0, count: header.count)
        var rows = 0
        while let record = try reader.next() {
            rows += 1
            for index in header.indices {
                let raw = index < record.count ? record[index] : ""
                let value = raw.trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                filled[index] += 1
                if examined[index] < shapeSample {
                    examined[index] += 1
                    if let kind = ValueShape.kind(of: value) { shapes[index][kind, default: 0] += 1 }
                    if let parts = Text.match(value, #"(\d{1,2})/(\d{1,2})/\d{2,4}"#), let a = Int(parts[0]), let b = Int(parts[1]) {
                        if a > 12 { dayFirst[index] += 1 }
                        if b > 12 { monthFirst[index] += 1 }
                    }
                }
                if var seen = distinct[index] {
                    seen[value.lowercased(), default: 0] += 1
                    distinct[index] = seen.count > maxDistinct ? nil : seen
                }
            }
        }
        let columns = header.indices.map { index in
            SourceProfile.Column(
                name: header[index], kind: kind(shapes[index], examined: examined[index], distinct: distinct[index]),
                filled: filled[index], distinct: distinct[index], dayFirstVotes: dayFirst[index],
                monthFirstVotes: monthFirst[index])
        }
        let delimiter = String(UnicodeScalar(reader.delimiter))
        return SourceProfile(
            name: name, rows: rows, encoding: encoding, hasBOM: hasBOM, delimiter: delimiter, columns: columns)
    }

    private static func kind(_ shapes: [ColumnKind: Int], examined: Int, distinct: [String: Int]?) -> ColumnKind {
        guard examined > 0 else { return .text }
        if let (kind, hits) = shapes.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }),
            Double(hits) >= 0.6 * Double(examined)
        {
            return kind
        }
        if let distinct, distinct.count <= 30, examined >= 10, distinct.count * 4 <= examined { return .picklist }
        return .text
    }
}
