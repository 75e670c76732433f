import Foundation
import Testing
import VernAPI

@testable import VernRecipe

/// Output bytes and counts must be identical to the SPEC's Python anchor on generated data.
@Suite("SPEC anchor comparison", .serialized)
struct AnchorComparisonTests {
    @Test(
        "identical output and counts to anchors/py_csv.py",
        arguments: [(1_000, 1), (1_000, 2), (1_000, 3), (100_000, 42), (100_000, 7)])
    func matchesPythonAnchor(rows: Int, seed: Int) throws {
        let bench = referenceBench()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vern-anchor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.csv").path
        let expected = dir.appendingPathComponent("py.csv").path
        let actual = dir.appendingPathComponent("vern.csv").path
        try runProcess(
            "python3", [bench.appendingPathComponent("gen_contacts.py").path, "\(rows)", input, "--seed", "\(seed)"])
        let anchorStdout = try runProcess(
            "python3", [bench.appendingPathComponent("anchors/py_csv.py").path, input, expected])

        let engine = try RecipeEngine(recipe: try loadExampleRecipe(), template: BuiltInTemplates.contacts)
        let counts = try engine.apply(inputPath: input, outputPath: actual)

        let expectedBytes = try Data(contentsOf: URL(fileURLWithPath: expected))
        let actualBytes = try Data(contentsOf: URL(fileURLWithPath: actual))
        #expect(actualBytes.count == expectedBytes.count)
        #expect(actualBytes == expectedBytes, "output differs from the Python anchor")
        let anchorJSON = String(decoding: anchorStdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(counts.json == anchorJSON)
        let parsed = try #require(try JSONSerialization.jsonObject(with: anchorStdout) as? [String: Any])
        #expect(parsed["rows_in"] as? Int == counts.rowsIn)
        #expect(parsed["rows_valid"] as? Int == counts.rowsValid)
        #expect(parsed["rows_invalid"] as? Int == counts.rowsInvalid)
        #expect(parsed["invalid_cells_total"] as? Int == counts.invalidCellsTotal)
        #expect(parsed["invalid_by_reason"] as? [String: Int] == counts.invalidByReason)
        #expect(parsed["invalid_cells"] as? [String: Int] == counts.invalidCells)
        #expect(counts.rowsIn == rows)
    }

    @Test("filters partition the rows: valid + invalid = all")
    func filtersPartition() throws {
        let bench = referenceBench()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vern-filter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.csv").path
        try runProcess("python3", [bench.appendingPathComponent("gen_contacts.py").path, "2000", input, "--seed", "5"])
        let engine = try RecipeEngine(recipe: try loadExampleRecipe(), template: BuiltInTemplates.contacts)
        var lineCounts: [RowFilter: Int] = [:]
        for filter in RowFilter.allCases {
            let out = dir.appendingPathComponent("\(filter).csv").path
            let counts = try engine.apply(inputPath: input, outputPath: out, filter: filter)
            // Re-reading our own output with a pass-through recipe counts records robustly (fields may hold newlines).
            let passthrough = makeRecipe(
                BuiltInTemplates.contacts.columns.map { ColumnRecipe(target: $0.name, source: .column($0.name)) })
            let plain = Template(
                slug: "t", name: "t", columns: BuiltInTemplates.contacts.columns.map { Template.Column(name: $0.name) })
            let reread = try RecipeEngine(recipe: passthrough, template: plain)
            lineCounts[filter] = try reread.execute(input: try FileByteSource(path: out)).counts.rowsIn
            #expect(counts.rowsIn == 2000)
            if filter == .valid { #expect(lineCounts[filter] == counts.rowsValid) }
            if filter == .invalid { #expect(lineCounts[filter] == counts.rowsInvalid) }
        }
        #expect(lineCounts[.valid]! + lineCounts[.invalid]! == lineCounts[.all]!)
        #expect(lineCounts[.all] == 2000)
    }

    @Test("the parse thread and the single-thread path give identical output, counts and invalid cells")
    func parseThreadMatchesSingleThread() throws {
        let bench = referenceBench()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vern-threads-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.csv").path
        try runProcess(
            "python3", [bench.appendingPathComponent("gen_contacts.py").path, "30000", input, "--seed", "11"])
        // Make sure the file is big enough for the parse thread (4 MiB) and has a few bad rows.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: input))
        #expect(bytes.count > 4 << 20)
        bytes.append(contentsOf: Array("1,only,three\n".utf8) + [0x78, 0xFF, 0x2C, 0x0A])
        try bytes.write(to: URL(fileURLWithPath: input))

        var results: [(RecipeCounts, [UInt8], [InvalidCell])] = []
        for parseThread in [true, false] {
            var engine = try RecipeEngine(recipe: try loadExampleRecipe(), template: BuiltInTemplates.contacts)
            engine.usesParseThread = parseThread
            var sink = MemoryByteSink()
            var cells: [InvalidCell] = []
            let counts = try engine.run(input: try FileByteSource(path: input), output: &sink, filter: .all) {
                cells.append($0)
            }
            results.append((counts, sink.bytes, cells))
        }
        #expect(results[0].0 == results[1].0)
        #expect(results[0].1 == results[1].1)
        #expect(results[0].2 == results[1].2)
        #expect(results[0].0.rowsIn == 30_002)
        #expect(results[0].0.invalidByReason["_row:ragged"] == 2)
        #expect(results[0].0.invalidByReason["_row:encoding"] == 1)
    }

    @Test("an error found on the parse thread is reported, not a hang")
    func parseThreadError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vern-thread-error-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.csv").path
        var text =
            "Record ID,First Name,Last Name,E-mail Address,Phone,Company,Company Domain,Created Date,Lead Source,Contact Owner,Lifecycle Stage,Notes\n"
        let row = "1,Ann,Lee,ann@acme.com,4155550100,Acme,acme.com,2023-01-02,web,x,y,\"a note, with a comma\"\n"
        text += String(repeating: row, count: 60_000)
        text += "2,Bob,Ng,bob@acme.com,,Acme,acme.com,,,x,y,\"never closed\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: input))
        let engine = try RecipeEngine(recipe: try loadExampleRecipe(), template: BuiltInTemplates.contacts)
        #expect {
            try engine.execute(input: try FileByteSource(path: input))
        } throws: { ($0 as? RecipeError)?.code == .malformedInput && "\($0)".contains("record 60002") }
    }
}
