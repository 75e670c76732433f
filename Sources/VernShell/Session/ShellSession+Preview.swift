import Foundation
import VernAPI
import VernClient

/// `/preview`, `/export --dropped` and what `/execute` will do: seeing the data.
extension ShellSession {
    /// `/preview`: the sample of each sheet (optionally some columns only), or with `--invalid`
    /// or `--dropped` a page of those rows of the whole sheet.
    func showPreview(_ command: PreviewCommand) async {
        await perform {
            let preview = try await client.preview(migration: migration.id)
            let sheets = preview.sheets.filter { command.sheet == nil || $0.template.slug == command.sheet }
            guard let first = sheets.first else {
                outcome = .commandFailed
                let known = preview.sheets.map(\.template.slug).joined(separator: ", ")
                return emit(.error("no sheet \(command.sheet ?? "") in the preview (sheets: \(known))"))
            }
            let header = first.rows.first ?? []
            let unknown = command.columns.filter { name in !header.contains { $0.lowercased() == name.lowercased() } }
            guard unknown.isEmpty else {
                outcome = .commandFailed
                let names = unknown.joined(separator: ", ")
                return emit(.error("no column \(names) in \(first.template.slug) (columns: \(header.joined(separator: ", ")))"))
            }
            let columns = command.columns.isEmpty ? nil : command.columns
            guard command.invalid || command.dropped else {
                return emit(.preview(PreviewListing(sheets: sheets, columns: columns)))
            }
            let page = try await client.previewRows(
                migration: migration.id, sheet: first.template.slug, filter: command.dropped ? .dropped : .invalid,
                offset: (command.page - 1) * command.limit, limit: command.limit)
            emit(.previewRows(PreviewRowsListing(page: page, columns: columns)))
        }
    }

    /// `/export SLUG --dropped`: every row the current recipe's row rules drop, as CSV with the
    /// source row number and the rule first, to a file (mode 0600) or stdout (`-o -`).
    func exportDropped(_ slug: String, to output: String?) async {
        let path = output ?? "\(slug)-dropped.csv"
        await perform {
            var rows: [PreviewRows.Row] = []
            var columns: [String] = []
            var total = 0
            repeat {
                let page = try await client.previewRows(
                    migration: migration.id, sheet: slug, filter: .dropped, offset: rows.count, limit: PreviewRows.maximumLimit)
                columns = page.columns
                total = page.total
                rows += page.rows
                if page.rows.isEmpty { break }
            } while rows.count < total
            guard !rows.isEmpty else { return emit(.notice("No rows of \(slug) are dropped by row rules; nothing written.")) }
            let csv = CSVText.document(
                header: ["source_row", "dropped_by"] + columns,
                rows: rows.map { [String($0.row), $0.droppedBy ?? ""] + $0.values })
            if path == "-" { return emit(.exported(slug: slug, csv: csv)) }
            try PrivateFiles.write(Data(csv.utf8), to: configuration.resolvePath(path))
            emit(.notice("Wrote \(path): \(Numbers.count(rows.count, "dropped row")), \(Numbers.bytes(csv.utf8.count))."))
        }
    }

    /// What `/execute` will do, per sheet, from the latest preview: rows in, how many are
    /// invalid, and how many row rules drop (by rule).
    func executePlan() async -> String? {
        guard let preview = try? await client.preview(migration: migration.id), !preview.sheets.isEmpty else { return nil }
        let sheets = preview.sheets.map { sheet -> String in
            let kept = sheet.rowCount ?? max(sheet.rows.count - 1, 0)
            let invalid = sheet.invalidRowCount ?? Set(sheet.invalidCells.map(\.row)).count
            guard let dropped = sheet.droppedRowCount else {
                return "\(sheet.template.slug) \(Numbers.count(kept, "row")) (\(Numbers.grouped(invalid)) with invalid cells)"
            }
            var text = "\(sheet.template.slug): \(Numbers.count(kept + dropped, "row")) in, \(Numbers.grouped(invalid)) invalid"
            let rules = (sheet.droppedByRule ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            text += dropped == 0 ? ", none dropped by row rules" : ", \(Numbers.grouped(dropped)) dropped by row rules"
            if !rules.isEmpty { text += " (" + rules.map { "\($0.key): \(Numbers.grouped($0.value))" }.joined(separator: "; ") + ")" }
            return text + "; \(Numbers.grouped(kept)) imported"
        }
        return "Execute runs the recipe over every row: \(sheets.joined(separator: ", "))."
    }
}

/// RFC 4180 CSV text with LF line ends, as the API's exports.
enum CSVText {
    static func document(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
