import VernAPI

/// Renders a preview sheet as a table that fits the terminal width.
///
/// Invalid cells are marked: in colour on a terminal that shows it, otherwise with a trailing
/// `*`. Under the table, each invalid cell is listed with its reason.
struct PreviewTable {
    var width: Int
    var color: Bool
    /// The widest a column may be before its values are cut.
    var maxColumnWidth = 24

    func lines(for sheet: Preview.Sheet, invalidOnly: Bool) -> [String] {
        guard let header = sheet.rows.first else { return ["\(sheet.template.slug): no rows"] }
        let invalid = Dictionary(grouping: sheet.invalidCells, by: \.row)
        var rowIndexes = Array(sheet.rows.indices.dropFirst())
        if invalidOnly { rowIndexes = rowIndexes.filter { invalid[$0] != nil } }

        let invalidColumns: [Int: Set<String>] = invalid.mapValues { Set($0.map(\.column)) }
        let numberWidth = max(1, String(rowIndexes.last ?? 0).count)
        let cells: [[String]] = rowIndexes.map { index in
            sheet.rows[index].enumerated().map { column, value in
                let name = column < header.count ? header[column] : ""
                let flat = value.replacingNewlines()
                return invalidColumns[index]?.contains(name) == true && !color ? flat + "*" : flat
            }
        }
        var widths = header.enumerated().map { column, name in
            min(maxColumnWidth, max(name.count, cells.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0))
        }
        let shown = fit(&widths, available: width - numberWidth - 1)
        var lines: [String] = []
        let hidden = header.count - shown
        var title = "\(sheet.template.name) (\(sheet.template.slug)): \(Numbers.count(rowIndexes.count, "row")) shown"
        if let total = sheet.rowCount, total > sheet.rows.count - 1 {
            let invalidRows = sheet.invalidRowCount.map { ", \(Numbers.grouped($0)) invalid" } ?? ""
            title += " from a sample of \(Numbers.grouped(sheet.rows.count - 1)) (the sheet has \(Numbers.count(total, "row"))\(invalidRows))"
        }
        lines.append(title + (hidden > 0 ? ", \(Numbers.count(hidden, "more column")) not shown" : ""))
        lines.append(pad("#", numberWidth) + " " + row(header, widths: widths, shown: shown, highlight: []))
        lines.append(String(repeating: "-", count: numberWidth) + " " + widths.prefix(shown).map { String(repeating: "-", count: $0) }.joined(separator: " "))
        for (position, index) in rowIndexes.enumerated() {
            let highlight: Set<Int> = color ? Set(header.indices.filter { invalidColumns[index]?.contains(header[$0]) == true }) : []
            lines.append(pad(String(index), numberWidth) + " " + row(cells[position], widths: widths, shown: shown, highlight: highlight))
        }
        if !sheet.invalidCells.isEmpty {
            lines.append("invalid cells\(color ? "" : " (marked *)"):")
            for cell in sheet.invalidCells.sorted(by: { ($0.row, $0.column) < ($1.row, $1.column) }) {
                let value = cell.value.map { " \"\($0.replacingNewlines())\"" } ?? ""
                lines.append("  row \(cell.row) \(cell.column): \(cell.reason)\(value)")
            }
        }
        return lines
    }

    /// Narrows the widest columns until the row fits; returns how many columns fit at all.
    private func fit(_ widths: inout [Int], available: Int) -> Int {
        let minimum = 4
        func total(_ count: Int) -> Int { widths.prefix(count).reduce(0, +) + max(count - 1, 0) }
        while total(widths.count) > available, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
            widths[widest] > minimum
        {
            widths[widest] -= 1
        }
        var shown = widths.count
        while shown > 1 && total(shown) > available { shown -= 1 }
        return shown
    }

    private func row(_ values: [String], widths: [Int], shown: Int, highlight: Set<Int>) -> String {
        (0..<shown).map { column in
            let value = column < values.count ? values[column] : ""
            let cell = pad(cut(value, widths[column]), widths[column])
            return highlight.contains(column) ? "\u{1B}[31m\(cell)\u{1B}[0m" : cell
        }.joined(separator: " ").trimmingTrailingSpaces()
    }

    private func cut(_ value: String, _ width: Int) -> String {
        value.count <= width ? value : String(value.prefix(max(width - 1, 0))) + "…"
    }

    private func pad(_ value: String, _ width: Int) -> String {
        value.count >= width ? value : value + String(repeating: " ", count: width - value.count)
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? "⏎" : $0 })
    }

    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.hasSuffix(" ") { copy.removeLast() }
        return copy
    }
}
