import Foundation
import VernRecipe

/// Prose and JSON summaries of profiles, recipes and counts, shared by every run kind.
enum Summary {
    /// `1000 rows, 74 invalid (email:duplicate 18, phone:format 14, …)`.
    static func counts(_ counts: RecipeCounts) -> String {
        let rows = counts.rowsValid + counts.rowsInvalid
        var text = "\(Text.count(rows, "row")), \(counts.rowsInvalid) invalid"
        let reasons = reasons(counts)
        if !reasons.isEmpty { text += " (\(reasons.map { "\($0.reason) \($0.count)" }.joined(separator: ", ")))" }
        if counts.rowsDropped > 0 { text += ", \(counts.rowsDropped) dropped" }
        return text
    }

    /// Non-zero reasons, most frequent first.
    static func reasons(_ counts: RecipeCounts) -> [(reason: String, count: Int)] {
        counts.invalidByReason.filter { $0.value > 0 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// Template column → its single source column.
    static func mappedFrom(_ sheet: SheetRecipe) -> [String: String] {
        var result: [String: String] = [:]
        for column in sheet.columns {
            if case .column(let name) = column.source { result[column.target] = name }
        }
        return result
    }

    /// A transform in prose.
    static func describe(_ transform: Transform) -> String {
        switch transform {
        case .trim(let mode): mode == .whitespace ? "trim all whitespace" : "trim"
        case .lower: "lower-case"
        case .upper: "upper-case"
        case .title: "title-case"
        case .name(let onlyUniform, let everyWord):
            (everyWord ? "title case, capitals inside names kept (De La Cruz, McAllister)" : "names as people write them (McAllister, O'Neil, van der Berg)")
                + (onlyUniform ? ", only values all in capitals or all in lower case" : "")
        case .phone(let format): format.summary
        case .date(let dayFirst, let keepTime):
            "ISO \(keepTime ? "date and time" : "date") (\(dayFirst ? "day-first" : "month-first"))"
        case .domain: "normalise domain"
        case .emailFill(let first, let last, let domain): "fill empty from \(first).\(last)@\(domain)"
        case .picklist(let entries, let fallback):
            "picklist (" + entries.map { "\($0.matches.joined(separator: "/")) → \($0.value)" }.joined(separator: "; ")
                + (fallback.map { "; anything else → \($0)" } ?? "; anything else is invalid") + ")"
        case .defaultValue(let value): "empty → \(value)"
        case .regexReplace(let pattern, let replacement): "replace /\(pattern)/ with \"\(replacement)\""
        case .split(let separator, let part): "split on \"\(separator)\", part \(part)"
        }
    }

    /// One line per template column: source, transforms, invalid handling.
    static func recipe(_ sheet: SheetRecipe, template: TargetTemplate) -> [String] {
        var lines = template.columnNames.map { target -> String in
            guard let column = sheet.column(target), column.source != .none || !column.transforms.isEmpty else {
                return "\(target) ← (empty)"
            }
            var line = "\(target) ← \(ColumnDescription.source(column.source))"
            if !column.transforms.isEmpty { line += ": " + column.transforms.map(describe).joined(separator: ", ") }
            if column.onInvalid == .clear { line += "; invalid values cleared" }
            return line
        }
        for condition in sheet.rows.drop {
            lines.append("drop rows where \(condition.column) \(condition.when == .equals ? "= \(condition.value ?? "")" : condition.when == .empty ? "is empty" : "is not empty")")
        }
        for column in sheet.rows.keepFirst { lines.append("keep only the first row for each \(column)") }
        return lines
    }

    /// The profile as tool-result JSON.
    static func profileJSON(_ profile: SourceProfile) -> ProfileJSON {
        ProfileJSON(
            file: profile.name, rows: profile.rows, encoding: profile.encoding, bom: profile.hasBOM, delimiter: profile.delimiter,
            header_row: true, columns: profile.columns.map { .init(name: $0.name, kind: $0.kind.rawValue, filled: $0.filled) })
    }

    /// A tool result describing a profiled file.
    struct ProfileJSON: Encodable {
        struct Column: Encodable {
            var name: String
            var kind: String
            var filled: Int
        }
        var file: String
        var rows: Int
        var encoding: String
        var bom: Bool
        var delimiter: String
        var header_row: Bool
        var columns: [Column]
    }
}

/// Sources in prose.
enum ColumnDescription {
    static func source(_ source: ColumnSource) -> String { describe(source) }
}
