import Foundation
import VernAPI

/// The built-in agent's whole CSV handling, kept minimal and in one place: the streaming recipe
/// engine (`VernRecipe`) replaces it.
enum SimpleCSV {
    /// Parses RFC 4180 text (optional UTF-8 BOM, quoted fields, CRLF or LF records) into rows.
    static func parse(_ data: Data) -> [[String]] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r" where pending == "\n": continue
            case "\n", "\r":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows.filter { $0 != [""] }
    }

    /// A column name reduced to lower-case letters and digits, so `First Name` meets `first_name`.
    static func normalise(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// Maps template columns to source headers by normalised name: template column → header index.
    static func mapping(template: Template, header: [String]) -> [String: Int] {
        let indexes = Dictionary(header.enumerated().map { (normalise($0.element), $0.offset) }, uniquingKeysWith: { first, _ in first })
        var mapping: [String: Int] = [:]
        for column in template.columns {
            if let index = indexes[normalise(column.name)] { mapping[column.name] = index }
        }
        return mapping
    }

    /// One template's rows after mapping, with each row's invalid cells.
    struct Sheet {
        /// The template's column names.
        var header: [String]
        /// Data rows, one value per header column.
        var rows: [[String]]
        /// Per row: the invalid cells as (column, reason, value).
        var invalid: [[(column: String, reason: String, value: String)]]

        /// How many rows have at least one invalid cell.
        var invalidRowCount: Int { invalid.filter { !$0.isEmpty }.count }

        /// Rows for an export filter.
        func rows(for filter: ExportFilter) -> [[String]] {
            switch filter {
            case .all: rows
            case .valid: zip(rows, invalid).filter { $0.1.isEmpty }.map(\.0)
            case .invalid: zip(rows, invalid).filter { !$0.1.isEmpty }.map(\.0)
            }
        }
    }

    /// Maps `source` rows (header first) to `template` with `mapping`, then validates every cell
    /// against the template's required, unique and strict rules.
    static func sheet(template: Template, source: [[String]], mapping: [String: Int]) -> Sheet {
        let header = template.columns.map(\.name)
        let rows = source.dropFirst().map { sourceRow in
            template.columns.map { column in
                mapping[column.name].flatMap { $0 < sourceRow.count ? sourceRow[$0] : nil }?
                    .trimmingCharacters(in: CharacterSet(charactersIn: " \t")) ?? ""
            }
        }
        var seen: [String: Set<String>] = [:]
        let patterns: [String: Regex<AnyRegexOutput>] = template.columns.reduce(into: [:]) { patterns, column in
            if case .pattern(let pattern)? = column.strictRule, let regex = try? Regex(pattern) {
                patterns[column.name] = regex
            }
        }
        let invalid = rows.map { row in
            zip(template.columns, row).compactMap { column, value -> (column: String, reason: String, value: String)? in
                if value.isEmpty {
                    return column.required ? (column.name, "\(column.name):required", value) : nil
                }
                switch column.strictRule {
                case .pattern?:
                    if let regex = patterns[column.name], (try? regex.wholeMatch(in: value)) == nil {
                        return (column.name, "\(column.name):format", value)
                    }
                case .oneOf(let allowed)?:
                    if !allowed.contains(value) { return (column.name, "\(column.name):format", value) }
                case nil:
                    break
                }
                if column.unique, !seen[column.name, default: []].insert(value).inserted {
                    return (column.name, "\(column.name):unique", value)
                }
                return nil
            }
        }
        return Sheet(header: header, rows: rows, invalid: invalid)
    }
}
