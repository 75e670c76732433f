/// Rows laid out for reading, as psql's `\x auto`: a table when every value fits the width in
/// full, otherwise one record per row (`column | value`) with long values wrapped at word
/// boundaries. Values are never cut.
///
/// Invalid cells are marked in colour when `color` is on, otherwise with a trailing `*`.
struct RowGrid {
    struct Row {
        /// What identifies the row on the left, e.g. its source row number.
        var label: String
        /// One value per column.
        var values: [String]
        /// The indexes of the columns whose value is invalid.
        var invalid: Set<Int> = []
    }

    /// The heading of the label column, e.g. `row`.
    var labelHeader: String
    var columns: [String]
    var rows: [Row]

    /// The table, or the records when the table is wider than `width`.
    func lines(width: Int, color: Bool) -> [String] {
        let cells = rows.map { row in
            columns.indices.map { column -> String in
                let value = column < row.values.count ? row.values[column].replacingNewlines() : ""
                return row.invalid.contains(column) && !color ? value + "*" : value
            }
        }
        let labelWidth = max(labelHeader.count, rows.map(\.label.count).max() ?? 0)
        let widths = columns.indices.map { column in
            max(columns[column].count, cells.map { $0[column].count }.max() ?? 0)
        }
        let tableWidth = labelWidth + widths.reduce(0, +) + columns.count
        return tableWidth <= width
            ? table(cells, labelWidth: labelWidth, widths: widths, color: color)
            : records(cells, width: width, color: color)
    }

    private func table(_ cells: [[String]], labelWidth: Int, widths: [Int], color: Bool) -> [String] {
        func line(_ label: String, _ values: [String], invalid: Set<Int>) -> String {
            ([label.padded(to: labelWidth)]
                + values.enumerated().map { column, value in
                    let cell = value.padded(to: widths[column])
                    return color && invalid.contains(column) ? red(cell) : cell
                }).joined(separator: " ").trimmingTrailingSpaces()
        }
        let rule = ([labelWidth] + widths).map { String(repeating: "-", count: $0) }.joined(separator: " ")
        return [line(labelHeader, columns, invalid: []), rule]
            + rows.indices.map { line(rows[$0].label, cells[$0], invalid: rows[$0].invalid) }
    }

    private func records(_ cells: [[String]], width: Int, color: Bool) -> [String] {
        let nameWidth = columns.map(\.count).max() ?? 0
        let blank = String(repeating: " ", count: nameWidth) + " | "
        var lines: [String] = []
        for (index, row) in rows.enumerated() {
            let heading = "-[ \(labelHeader) \(row.label) ]"
            lines.append(heading + String(repeating: "-", count: max(0, min(width, 40) - heading.count)))
            for (column, name) in columns.enumerated() {
                let first = name.padded(to: nameWidth) + " | "
                let wrapped = TextWrap.lines(cells[index][column], width: width, firstPrefix: first, prefix: blank)
                guard color, row.invalid.contains(column) else {
                    lines += wrapped.map { $0.trimmingTrailingSpaces() }
                    continue
                }
                lines += wrapped.enumerated().map { offset, line in
                    let prefix = offset == 0 ? first : blank
                    return prefix + red(String(line.dropFirst(prefix.count)))
                }
            }
        }
        return lines
    }

    private func red(_ text: String) -> String { "\u{1B}[31m\(text)\u{1B}[0m" }
}
