import VernAPI

/// The `/preview` listings as row grids: the sample of each sheet, and pages of a sheet's
/// invalid or dropped rows.
struct PreviewTable {
    var width: Int
    var color: Bool

    /// A sheet's sample rows, numbered by source row, with its invalid cells listed below.
    func lines(for sheet: Preview.Sheet, columns chosen: [String]? = nil) -> [String] {
        guard let header = sheet.rows.first else { return ["\(sheet.template.slug): no rows"] }
        let shown = Self.indexes(of: chosen, in: header)
        let sample = Array(sheet.rows.dropFirst())
        func source(_ position: Int) -> Int {
            let numbers = sheet.rowNumbers ?? []
            return position - 1 < numbers.count ? numbers[position - 1] : position
        }
        let invalid = Dictionary(grouping: sheet.invalidCells, by: \.row).mapValues { Set($0.map(\.column)) }
        let grid = RowGrid(
            labelHeader: "row", columns: shown.map { header[$0] },
            rows: sample.enumerated().map { offset, values in
                let position = offset + 1
                return RowGrid.Row(
                    label: String(source(position)), values: shown.map { $0 < values.count ? values[$0] : "" },
                    invalid: Set(shown.indices.filter { invalid[position]?.contains(header[shown[$0]]) == true }))
            })
        var lines = [title(sheet, sampleRows: sample.count)] + grid.lines(width: width, color: color)
        if !sheet.invalidCells.isEmpty {
            lines.append("invalid cells\(color ? "" : " (marked *)"):")
            for cell in sheet.invalidCells.sorted(by: { ($0.row, $0.column) < ($1.row, $1.column) }) {
                let value = cell.value.map { " \"\($0.replacingNewlines())\"" } ?? ""
                lines.append("  row \(source(cell.row)) \(cell.column): \(cell.reason)\(value)")
            }
        }
        return lines
    }

    /// One page of a sheet's invalid or dropped rows: the source row number, why the row is
    /// listed, the record id and the chosen columns.
    func lines(for listing: PreviewRowsListing) -> [String] {
        let page = listing.page
        let what = page.filter == .dropped ? "rows dropped by row rules" : "invalid rows"
        let name = "\(page.template.name) (\(page.template.slug))"
        guard page.total > 0 else { return ["\(name): no \(what)."] }
        guard !page.rows.isEmpty else {
            return ["\(name): there is no page \(listing.pageNumber); the \(Numbers.grouped(page.total)) \(what) fill \(Numbers.count(listing.pageCount, "page"))."]
        }
        var shown = Self.indexes(of: listing.columns, in: page.columns)
        if let key = page.keyColumn, let index = page.columns.firstIndex(of: key), !shown.contains(index) {
            shown.insert(index, at: 0)
        }
        let reasonColumn = page.filter == .dropped ? "dropped by" : "invalid"
        let grid = RowGrid(
            labelHeader: "row", columns: [reasonColumn] + shown.map { page.columns[$0] },
            rows: page.rows.map { row in
                let bad = Set(row.invalidCells.map(\.column))
                let reason = page.filter == .dropped ? row.droppedBy ?? "" : row.invalidCells.map(\.reason).joined(separator: ", ")
                return RowGrid.Row(
                    label: String(row.row), values: [reason] + shown.map { $0 < row.values.count ? row.values[$0] : "" },
                    invalid: Set(shown.indices.filter { bad.contains(page.columns[shown[$0]]) }.map { $0 + 1 }))
            })
        let first = page.offset + 1
        let last = page.offset + page.rows.count
        var title = "\(name): \(what) \(Numbers.grouped(first))–\(Numbers.grouped(last)) of \(Numbers.grouped(page.total))"
        if listing.pageCount > 1 { title += ", page \(listing.pageNumber) of \(listing.pageCount)" }
        var lines = [title] + grid.lines(width: width, color: color)
        if last < page.total {
            let flag = page.filter == .dropped ? "--dropped" : "--invalid"
            lines.append("(/preview \(flag) --page \(listing.pageNumber + 1) shows the next \(Numbers.grouped(min(page.limit, page.total - last))))")
        }
        return lines
    }

    private func title(_ sheet: Preview.Sheet, sampleRows: Int) -> String {
        var title = "\(sheet.template.name) (\(sheet.template.slug)): "
        guard let total = sheet.rowCount else { return title + Numbers.count(sampleRows, "row") }
        title += total > sampleRows ? "the first \(Numbers.grouped(sampleRows)) of \(Numbers.count(total, "row"))" : Numbers.count(total, "row")
        if let invalid = sheet.invalidRowCount, invalid > 0 {
            title += "; \(Numbers.grouped(invalid)) invalid (/preview --invalid lists them)"
        }
        if let dropped = sheet.droppedRowCount, dropped > 0 {
            title += "; \(Numbers.grouped(dropped)) dropped by row rules (/preview --dropped)"
        }
        return title
    }

    /// The indexes of the `chosen` columns (any case) in `header`, in the order chosen; all when `nil`.
    static func indexes(of chosen: [String]?, in header: [String]) -> [Int] {
        guard let chosen, !chosen.isEmpty else { return Array(header.indices) }
        return chosen.compactMap { name in header.firstIndex { $0.lowercased() == name.lowercased() } }
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
