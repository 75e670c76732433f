#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

import VernAPI

/// Applies one sheet of a ``Recipe``, validated by a ``Template``, to a CSV stream.
///
/// The engine streams: memory stays flat whatever the input size (apart from the sets that
/// remember values of `unique` and `keepFirst` columns). Each call compiles a fresh plan, so an
/// engine value can be shared between tasks; each run itself is synchronous and single-threaded —
/// call it from a background thread or task.
public struct RecipeEngine: Sendable {
    /// The recipe.
    public let recipe: Recipe
    /// The sheet of the recipe this engine applies.
    public let sheet: SheetRecipe
    /// The template that defines output columns and validation.
    public let template: Template

    /// Whether large file inputs are parsed on a second thread (on by default; the output is identical either way).
    public var usesParseThread = true

    /// Output columns, in template order.
    public var outputColumns: [String] { template.columns.map(\.name) }

    /// Checks `recipe` against `template` (targets exist, transforms and strict rules compile) and
    /// selects `sheet` (by name; nil selects the only sheet).
    public init(recipe: Recipe, template: Template, sheet: String? = nil) throws(RecipeError) {
        guard let s = recipe.sheet(named: sheet) else {
            let names = recipe.sheets.map(\.sheet).joined(separator: ", ")
            throw RecipeError(
                .invalidRecipe,
                sheet.map { "recipe has no sheet '\($0)' (sheets: \(names))" }
                    ?? "recipe has \(recipe.sheets.count) sheets (\(names)); choose one")
        }
        _ = try CompiledPlan(sheet: s, template: template)
        self.recipe = recipe
        self.sheet = s
        self.template = template
    }

    /// Runs the recipe over `input`, writes the rows selected by `filter` to `output` as CSV, and
    /// returns the counts. `onInvalidCell` is called for every invalid cell, in file order.
    public func run<Source: ByteSource, Sink: ByteSink>(
        input: Source, output: inout Sink, filter: RowFilter = .valid,
        onInvalidCell: ((InvalidCell) -> Void)? = nil
    ) throws(RecipeError) -> RecipeCounts {
        let writer = CSVWriter(sink: output)
        let counts = try runCore(input: input, writer: writer, filter: filter, onInvalidCell: onInvalidCell)
        output = writer.finishedSink
        return counts
    }

    /// Runs the recipe over the file at `inputPath` and writes the selected rows to `outputPath`
    /// (through a temporary file renamed at the end, so a failed run leaves no partial output).
    public func apply(inputPath: String, outputPath: String, filter: RowFilter = .valid) throws(RecipeError)
        -> RecipeCounts
    {
        let tmp = outputPath + ".vern-tmp"
        do throws(RecipeError) {
            var sink = try FileByteSink(path: tmp)
            let counts = try run(input: try FileByteSource(path: inputPath), output: &sink, filter: filter)
            guard rename(tmp, outputPath) == 0 else {
                throw RecipeError(.io, "cannot rename \(tmp) to \(outputPath): \(String(cString: strerror(errno)))")
            }
            return counts
        } catch {
            unlink(tmp)
            throw error
        }
    }

    /// The result of ``execute(input:maxInvalidCells:)``.
    public struct Execution: Sendable, Equatable {
        /// The counts (rows in, valid, invalid — i.e. rows with an invalid cell — dropped, per reason).
        public var counts: RecipeCounts
        /// The first invalid cells, in file order (at most `maxInvalidCells`).
        public var invalidCells: [InvalidCell]
    }

    /// Runs the recipe without writing rows: counts plus the first `maxInvalidCells` invalid cells.
    public func execute<Source: ByteSource>(input: Source, maxInvalidCells: Int = 1000) throws(RecipeError) -> Execution
    {
        var cells: [InvalidCell] = []
        let counts = try runCore(input: input, writer: CSVWriter<NullByteSink>?.none, filter: .valid) { cell in
            if cells.count < maxInvalidCells { cells.append(cell) }
        }
        return Execution(counts: counts, invalidCells: cells)
    }

    /// The first `limit` output rows (valid or not) with their invalid cells, and the counts —
    /// over the whole file, or over the previewed rows only when `scanWholeFile` is false.
    public func preview<Source: ByteSource>(input: Source, limit: Int = 50, scanWholeFile: Bool = true)
        throws(RecipeError)
        -> RecipePreview
    {
        var rows: [[String]] = []
        var numbers: [Int] = []
        var cells: [InvalidCell] = []
        let rules = sheet.rows.summaries
        var droppedByRule: [String: Int] = [:]
        let counts = try runCore(
            input: input, writer: CSVWriter<NullByteSink>?.none, filter: .all, rowLimit: scanWholeFile ? nil : limit,
            onInvalidCell: { cell in
                if let last = numbers.last, last == cell.row { cells.append(cell) }
            },
            onRow: { number, values in
                if rows.count < limit {
                    rows.append(values)
                    numbers.append(number)
                }
            }, wantsRow: { rows.count < limit },
            onDropped: { _, rule, _ in
                if rules.indices.contains(rule) { droppedByRule[rules[rule], default: 0] += 1 }
            })
        return RecipePreview(
            columns: outputColumns, rows: rows, rowNumbers: numbers, invalidCells: cells, counts: counts,
            droppedByRule: droppedByRule)
    }

    /// Up to `limit` distinct values (in file order) of the cells invalid for `reason` (`created_date:format`):
    /// what the transform could not convert, as written in the source after the transforms before it.
    public func invalidValues<Source: ByteSource>(input: Source, reason: String, limit: Int = 5) throws(RecipeError)
        -> [String]
    {
        guard let column = outputColumns.firstIndex(of: String(reason.prefix { $0 != ":" })) else { return [] }
        var values: [String] = []
        var row: [String] = []
        _ = try runCore(
            input: input, writer: CSVWriter<NullByteSink>?.none, filter: .all,
            onInvalidCell: { cell in
                if cell.reason == reason, values.count < limit, !values.contains(row[column]) { values.append(row[column]) }
            },
            onRow: { _, cells in row = cells }, wantsRow: { values.count < limit })
        return values
    }

    // MARK: - Core loop

    func runCore<Source: ByteSource, Sink: ByteSink>(
        input: Source, writer: CSVWriter<Sink>?, filter: RowFilter, rowLimit: Int? = nil,
        onInvalidCell: ((InvalidCell) -> Void)? = nil, onRow: ((Int, [String]) -> Void)? = nil,
        wantsRow: (() -> Bool)? = nil, onDropped: ((_ row: Int, _ rule: Int, _ values: () -> [String]) -> Void)? = nil
    ) throws(RecipeError) -> RecipeCounts {
        var plan = try CompiledPlan(sheet: sheet, template: template)
        let reader = try CSVReader(source: input)
        let headerArena = ByteBuffer(capacity: 1 << 16)
        guard try reader.readRecord(into: headerArena) else {
            throw RecipeError(.malformedInput, "the input is empty: expected a header row")
        }
        var header: [String] = []
        header.reserveCapacity(reader.fieldCount)
        for f in 0..<reader.fieldCount {
            header.append(headerArena.string(reader.bounds[2 * f], reader.bounds[2 * f + 1] - reader.bounds[2 * f]))
        }
        try plan.bind(header: header)
        let proc = RowProcessor(plan: plan)
        proc.headerCount = header.count
        let n = plan.columns.count
        let names = plan.columns.map(\.name)

        if let writer {
            for c in 0..<n {
                if c > 0 { writer.writeDelimiter() }
                var name = names[c]
                name.withUTF8 { writer.writeField($0.baseAddress ?? UnsafePointer(writer.out.base), $0.count) }
            }
            try writer.endRecord()
        }

        var rowsIn = 0
        var rowsValid = 0
        var rowsInvalid = 0
        var rowsDropped = 0
        let arena = proc.arena
        let cellStart = proc.start
        let cellLength = proc.len

        /// Handles the record whose fields are in `arena` at `bounds`.
        func handle(_ bounds: IntBuffer, _ fieldCount: Int) throws(RecipeError) {
            rowsIn += 1
            let outcome = proc.process(bounds: bounds, fieldCount: fieldCount)
            let isInvalid: Bool
            switch outcome {
            case .dropped:
                rowsDropped += 1
                onDropped?(rowsIn, proc.droppedBy) { (0..<n).map { arena.string(proc.start[$0], proc.len[$0]) } }
                return
            case .valid:
                rowsValid += 1
                isInvalid = false
            case .invalid:
                rowsInvalid += 1
                isInvalid = true
            }
            if let writer, filter == .all || (filter == .valid) != isInvalid {
                let base = arena.base
                if n > 0 {
                    writer.writeField(base + cellStart[0], cellLength[0])
                    for c in 1..<n {
                        writer.writeDelimiter()
                        writer.writeField(base + cellStart[c], cellLength[c])
                    }
                }
                try writer.endRecord()
            }
            if let onRow, wantsRow?() ?? true {
                var values: [String] = []
                for c in 0..<n { values.append(arena.string(proc.start[c], proc.len[c])) }
                onRow(rowsIn, values)
            }
            if isInvalid, let onInvalidCell {
                for c in 0..<n where proc.flag[c] >= 0 {
                    onInvalidCell(InvalidCell(row: rowsIn, column: names[c], reason: plan.reasons[Int(proc.flag[c])]))
                }
                for f in [proc.raggedFlag, proc.encodingFlag] where f >= 0 {
                    onInvalidCell(InvalidCell(row: rowsIn, column: "_row", reason: plan.reasons[Int(f)]))
                }
            }
        }

        let sizeHint = input.sizeHint
        if usesParseThread, rowLimit == nil, let sizeHint, sizeHint >= 4 << 20 {
            // Large input: parse on a second thread, transform and write on this one.
            let pipeline = ParsePipeline(reader: reader, sizeHint: sizeHint)
            pipeline.start()
            defer { pipeline.stop() }
            let rowBounds = IntBuffer(capacity: 64)
            while let batch = pipeline.full.take() {
                if let error = batch.error { throw error }
                if let estimate = batch.estimatedRows { proc.reserveSets(estimate) }
                let bb = batch.bounds.base
                let boundsCount = batch.bounds.count
                let starts = batch.recordStarts.base
                let records = batch.count
                let source = batch.arena.base
                for r in 0..<records {
                    let b0 = starts[r]
                    let b1 = r + 1 < records ? starts[r + 1] : boundsCount
                    let recordStart = bb[b0]
                    let recordEnd = bb[b1 - 1]
                    arena.count = 0
                    arena.append(source + recordStart, recordEnd - recordStart)
                    rowBounds.count = 0
                    for i in b0..<b1 { rowBounds.append(bb[i] - recordStart) }
                    try handle(rowBounds, (b1 - b0) / 2)
                    arena.shrinkIfHuge(to: 1 << 16)
                }
                let last = batch.isLast
                pipeline.free.put(batch)
                if last { break }
            }
        } else {
            while true {
                if let rowLimit, rowsIn >= rowLimit { break }
                if rowsIn == 2048, let sizeHint {
                    // Pre-size the uniqueness sets from the expected row count (one rehash instead of ~10).
                    proc.reserveSets(Int(Double(sizeHint) / Double(max(reader.consumedBytes, 1)) * 2048 * 1.05))
                }
                arena.count = 0
                guard try reader.readRecord(into: arena) else { break }
                try handle(reader.bounds, reader.fieldCount)
                arena.shrinkIfHuge(to: 1 << 16)
            }
        }
        try writer?.flush()

        var byReason: [String: Int] = [:]
        var byColumn: [String: Int] = [:]
        var total = 0
        for (i, r) in plan.reasons.enumerated() {
            let k = proc.reasonCounts[i]
            guard i < plan.preRegistered || k > 0 else { continue }
            byReason[r] = k
            byColumn[plan.reasonColumns[i], default: 0] += k
            total += k
        }
        var ambiguous: [String: Int] = [:]
        for (c, k) in proc.ambiguousCounts.enumerated() where k > 0 { ambiguous[plan.columns[c].name] = k }
        return RecipeCounts(
            rowsIn: rowsIn, rowsValid: rowsValid, rowsInvalid: rowsInvalid, rowsDropped: rowsDropped,
            invalidCellsTotal: total, invalidCells: byColumn, invalidByReason: byReason, ambiguousDates: ambiguous)
    }
}

extension RecipeEngine {
    /// Runs every sheet of `recipe`: `sources` maps a sheet's source file name to a path,
    /// `templates` maps a template slug to its template (built-ins are used when missing).
    /// Returns the counts per sheet name.
    public static func executeAll(
        recipe: Recipe, templates: [String: Template] = [:], sources: [String: String]
    ) throws(RecipeError) -> [String: RecipeCounts] {
        var result: [String: RecipeCounts] = [:]
        for sheet in recipe.sheets {
            let slug = sheet.template ?? sheet.sheet
            guard let template = templates[slug] ?? BuiltInTemplates.named(slug) else {
                throw RecipeError(.invalidRecipe, "sheet '\(sheet.sheet)': unknown template '\(slug)'")
            }
            guard let path = sources[sheet.source] else {
                throw RecipeError(.invalidRecipe, "sheet '\(sheet.sheet)': no file for source '\(sheet.source)'")
            }
            let engine = try RecipeEngine(recipe: recipe, template: template, sheet: sheet.sheet)
            result[sheet.sheet] = try engine.execute(input: try FileByteSource(path: path), maxInvalidCells: 0).counts
        }
        return result
    }
}
