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

/// Profiles CSV files: encoding, BOM, delimiter, header row and column kinds, in one streaming
/// pass that makes no string for most cells.
///
/// The shape of a column is judged from a bounded sample (its first non-empty values, fewer per
/// column on very wide files); only what needs the whole file reads every cell: the row count,
/// how many cells are filled, UTF-8 validity, and the distinct values of picklist-like columns.
enum Profiler {
    /// Distinct values kept per column; a column with more is not picklist-like.
    static let maxDistinct = 60
    /// Values examined per column for its shape (on files of up to 100 columns).
    static let shapeSample = 2000
    /// Values examined for shape over all columns together, so very wide files stay fast.
    static let shapeBudget = 200_000
    /// Values examined per column however wide the file.
    static let minimumShapeSample = 20

    /// Profiles a file already in memory.
    static func profile(name: String, bytes: [UInt8]) throws -> SourceProfile {
        try profile(name: name, source: MemoryByteSource(bytes))
    }

    /// Profiles a CSV stream.
    static func profile(name: String, source: some ByteSource) throws -> SourceProfile {
        let reader = try CSVRecordReader(source: source)
        var validUTF8 = true
        var header: [String] = []
        guard try reader.next(field: { _, bytes in
                if !ASCII.isASCII(bytes), String(validating: bytes, as: UTF8.self) == nil { validUTF8 = false }
                header.append(String(decoding: bytes, as: UTF8.self))
            })
        else {
            throw AgentError("\(name) is empty: it has no header row.")
        }
        let sampleSize = max(minimumShapeSample, min(shapeSample, shapeBudget / max(header.count, 1)))
        var columns = header.map { _ in ColumnTally() }
        var rows = 0
        let width = header.count
        while try reader.next(field: { index, bytes in
            guard index < width else {
                if !ASCII.isASCII(bytes), String(validating: bytes, as: UTF8.self) == nil { validUTF8 = false }
                return
            }
            let ascii = ASCII.isASCII(bytes)
            if !ascii, String(validating: bytes, as: UTF8.self) == nil { validUTF8 = false }
            columns[index].add(bytes, ascii: ascii, sampleSize: sampleSize)
        }) {
            rows += 1
        }
        let profiled = header.indices.map { index in
            let tally = columns[index]
            let distinct = tally.distinct?.counts
            return SourceProfile.Column(
                name: header[index], kind: kind(tally.shapes, examined: tally.examined, distinct: distinct),
                filled: tally.filled, distinct: distinct, dayFirstVotes: tally.dayFirst, monthFirstVotes: tally.monthFirst)
        }
        return SourceProfile(
            name: name, rows: rows, encoding: validUTF8 ? "UTF-8" : "not valid UTF-8", hasBOM: reader.hasBOM,
            delimiter: String(UnicodeScalar(reader.delimiter)), columns: profiled)
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

/// What the profiler learns about one column, cell by cell.
private struct ColumnTally {
    var filled = 0
    var examined = 0
    var shapes: [ColumnKind: Int] = [:]
    var dayFirst = 0
    var monthFirst = 0
    /// Trimmed, lower-cased values with counts; nil once there are more than ``Profiler/maxDistinct``.
    var distinct: DistinctCounter? = DistinctCounter()

    /// Counts one cell. A value is trimmed of whitespace and, when empty, not counted; only the
    /// sample and the distinct values need a string.
    mutating func add(_ raw: UnsafeBufferPointer<UInt8>, ascii: Bool, sampleSize: Int) {
        var lower = 0
        var upper = raw.count
        while lower < upper, raw[lower] == 0x20 || raw[lower] == 0x09 { lower += 1 }
        while upper > lower, raw[upper - 1] == 0x20 || raw[upper - 1] == 0x09 { upper -= 1 }
        guard lower < upper else { return }
        let bytes = UnsafeBufferPointer(rebasing: raw[lower..<upper])
        // Unicode spaces (no-break, em, ideographic…) at either end: trim as text.
        let simple = ascii || (bytes[0] < 0x80 && bytes[bytes.count - 1] < 0x80)
        var text: String?
        if !simple {
            let trimmed = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return }
            text = trimmed
        }
        filled += 1
        if examined < sampleSize {
            examined += 1
            let value = text ?? String(decoding: bytes, as: UTF8.self)
            if let kind = ValueShape.kind(of: value) { shapes[kind, default: 0] += 1 }
            if let parts = ValueShape.slashDate(value), let a = Int(parts[0]), let b = Int(parts[1]) {
                if a > 12 { dayFirst += 1 }
                if b > 12 { monthFirst += 1 }
            }
        }
        guard let counter = distinct else { return }
        if ascii {
            counter.addLowercasingASCII(bytes)
        } else {
            var key = (text ?? String(decoding: bytes, as: UTF8.self)).lowercased()
            key.withUTF8 { counter.add($0) }
        }
        if counter.size > Profiler.maxDistinct { distinct = nil }
    }
}

/// Counts distinct byte strings without allocating per cell: a small open-addressing table over
/// the few values a picklist-like column has.
private final class DistinctCounter {
    private var keys: [[UInt8]] = []
    private var tallies: [Int] = []
    private var slots = [Int32](repeating: -1, count: 256)
    private var scratch = [UInt8](repeating: 0, count: 64)

    var size: Int { keys.count }

    /// The values as strings with their counts.
    var counts: [String: Int] {
        var result: [String: Int] = [:]
        for (key, count) in zip(keys, tallies) { result[String(decoding: key, as: UTF8.self)] = count }
        return result
    }

    func addLowercasingASCII(_ bytes: UnsafeBufferPointer<UInt8>) {
        if scratch.count < bytes.count { scratch = [UInt8](repeating: 0, count: bytes.count) }
        scratch.withUnsafeMutableBufferPointer { lower in
            for i in 0..<bytes.count {
                let c = bytes[i]
                lower[i] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            }
            add(UnsafeBufferPointer(rebasing: lower[0..<bytes.count]))
        }
    }

    func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in bytes { hash = (hash ^ UInt64(c)) &* 0x0000_0100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 {
                slots[slot] = Int32(keys.count)
                keys.append(Array(bytes))
                tallies.append(1)
                return
            }
            if keys[entry].elementsEqual(bytes) {
                tallies[entry] += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }
}

/// Byte-level helpers.
private enum ASCII {
    /// Whether every byte is below 0x80, eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if base[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }
}
