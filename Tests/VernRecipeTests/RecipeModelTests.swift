import Foundation
import Testing
import VernAPI

@testable import VernRecipe

@Suite("Recipe model, template model, history")
struct RecipeModelTests {
    static let everyTransform: [Transform] = [
        .trim(.spacesAndTabs), .trim(.whitespace), .lower, .upper, .title, .name(onlyUniform: true), .name(onlyUniform: false, everyWord: true),
        .phone(defaultRegion: "GB", extension: .keep),
        .date(dayFirst: true), .domain, .emailFill(first: "f", last: "l", domain: "d"),
        .picklist(entries: [PicklistEntry(value: "A", matches: ["a", "aa"])], default: nil),
        .picklist(entries: [], default: "Other"), .defaultValue("x"), .regexReplace(pattern: "a+", replacement: "b"),
        .split(separator: ";", part: -1),
    ]

    static let everySource: [ColumnSource] = [
        .column("A"), .constant("c"), .combine(columns: ["A", "B"], separator: " "),
        .split(column: "A", separator: "-", part: 2),
        .splitName(column: "Name", part: .first), .splitName(column: "Name", part: .last), .none,
    ]

    @Test("every transform and source round-trips through JSON")
    func roundTrip() throws {
        let recipe = Recipe(
            revision: 3, name: "all",
            sheets: [
                SheetRecipe(
                    sheet: "s", template: "t", source: "f.csv",
                    columns: Self.everySource.enumerated().map { i, s in
                        ColumnRecipe(
                            target: "c\(i)", source: s, transforms: Self.everyTransform,
                            onInvalid: i % 2 == 0 ? .flag : .clear)
                    },
                    rows: RowRules(drop: [RowCondition(column: "c0", when: .equals, value: "x")], keepFirst: ["c1"]))
            ])
        let data = try JSONEncoder().encode(recipe)
        let decoded = try JSONDecoder().decode(Recipe.self, from: data)
        #expect(decoded == recipe)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"vern-recipe\":1"))
        #expect(json.contains("\"op\":\"emailFill\""))
    }

    @Test("the example recipe decodes, matches the SPEC mapping and round-trips")
    func example() throws {
        let recipe = try loadExampleRecipe()
        #expect(recipe.schemaVersion == 1)
        #expect(recipe.sheets.count == 1)
        #expect(recipe.sheets[0].columns.map(\.target) == BuiltInTemplates.contacts.columns.map(\.name))
        let again = try JSONDecoder().decode(Recipe.self, from: JSONEncoder().encode(recipe))
        #expect(again == recipe)
    }

    @Test("unknown schema versions, transforms and sources are rejected with a clear message")
    func rejects() {
        let future = #"{"vern-recipe": 2, "revision": 1, "sheets": []}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Recipe.self, from: Data(future.utf8)) }
        let badOp = #"{"op": "frobnicate"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Transform.self, from: Data(badOp.utf8)) }
        let badSource = #"{"type": "magic"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ColumnSource.self, from: Data(badSource.utf8)) }
    }

    @Test("history: every change is a new revision; undo and revert add revisions and keep the old ones")
    func history() throws {
        let base = try loadExampleRecipe()
        var h = RecipeHistory(base)
        #expect(h.currentRevision == 1)
        #expect(throws: RecipeHistory.HistoryError.nothingToUndo) { try h.undo() }

        let r2 = h.change(note: "phone keeps extensions") { r in
            r.sheets[0].columns[4].transforms = [.phone(defaultRegion: "US", extension: .keep)]
        }
        #expect(r2.revision == 2)
        let r3 = h.change(note: "day-first dates") { r in r.sheets[0].columns[7].transforms = [.date(dayFirst: true)] }
        #expect(r3.revision == 3)
        #expect(h.current.sheets[0].columns[7].transforms == [.date(dayFirst: true)])

        let undone = try h.undo()
        #expect(undone.revision == 4)
        #expect(h.current.sheets[0].columns[7].transforms == [.date(dayFirst: false)])
        #expect(h.current.sheets[0].columns[4].transforms == [.phone(defaultRegion: "US", extension: .keep)])

        _ = try h.undo()  // walks further back, to revision 1's content
        #expect(h.currentRevision == 5)
        #expect(h.current.sheets[0].columns == base.sheets[0].columns)
        #expect(throws: RecipeHistory.HistoryError.nothingToUndo) { try h.undo() }

        _ = try h.revert(to: 3)
        #expect(h.currentRevision == 6)
        #expect(h.current.sheets[0].columns == h.recipe(at: 3)!.sheets[0].columns)
        #expect(h.revisions.count == 6)
        #expect(h.revisions.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(throws: RecipeHistory.HistoryError.unknownRevision(42)) { try h.revert(to: 42) }
        // Undo after a revert continues from the reverted revision's parent (2).
        _ = try h.undo()
        #expect(h.current.sheets[0].columns == h.recipe(at: 2)!.sheets[0].columns)

        let decoded = try JSONDecoder().decode(RecipeHistory.self, from: JSONEncoder().encode(h))
        #expect(decoded == h)
    }
}

@Suite("Engine API")
struct EngineAPITests {
    static let csv = """
        Record ID,First Name,Last Name,E-mail Address,Phone,Company,Company Domain,Created Date,Lead Source,Contact Owner,Lifecycle Stage,Notes
        1,Ann,Lee,ann@acme.com,4155550100,Acme,acme.com,2023-01-02,web,x,y,
        2,Bob,,bob@acme.com,nope,Acme,acme.com,13/45/2020,ppc,x,y,"a, b"
        3,Cy,Young,ANN@acme.com,,Acme,https://acme.com/,,,x,y,
        4,Di,Ng,,,Acme,acme.com,,Chat,x,y,

        """

    @Test("preview returns the first rows with their invalid cells and whole-file counts")
    func preview() throws {
        let engine = try RecipeEngine(recipe: try loadExampleRecipe(), template: BuiltInTemplates.contacts)
        let p = try engine.preview(input: MemoryByteSource(Self.csv), limit: 2)
        #expect(p.columns == BuiltInTemplates.contacts.columns.map(\.name))
        #expect(p.rows.count == 2)
        #expect(p.rowNumbers == [1, 2])
        #expect(
            p.rows[0] == [
                "1", "Ann", "Lee", "ann@acme.com", "+14155550100", "Acme", "acme.com", "2023-01-02", "Web", "",
            ])
        #expect(p.invalidCells.map(\.reason) == ["last_name:required", "phone:format", "created_date:format"])
        #expect(p.counts.rowsIn == 4)
        #expect(p.counts.rowsInvalid == 2)
        let limited = try engine.preview(input: MemoryByteSource(Self.csv), limit: 1, scanWholeFile: false)
        #expect(limited.counts.rowsIn == 1)
    }

    @Test("execute returns counts and invalid cells; executeAll runs every sheet")
    func execute() throws {
        let engine = try RecipeEngine(recipe: try loadExampleRecipe(), template: BuiltInTemplates.contacts)
        let e = try engine.execute(input: MemoryByteSource(Self.csv))
        #expect(e.counts.rowsIn == 4)
        #expect(e.counts.rowsValid == 2)
        #expect(e.invalidCells.contains(InvalidCell(row: 3, column: "email", reason: "email:duplicate")))
        #expect(e.counts.invalidByReason.count == 8)

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vern-exec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("contacts.csv").path
        try Data(Self.csv.utf8).write(to: URL(fileURLWithPath: path))
        let all = try RecipeEngine.executeAll(recipe: try loadExampleRecipe(), sources: ["contacts.csv": path])
        #expect(all["contacts"] == e.counts)
    }

    @Test("apply leaves no partial output file when the input is bad")
    func applyAtomic() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vern-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.csv").path
        let output = dir.appendingPathComponent("out.csv").path
        try Data((Self.csv + "5,\"open").utf8).write(to: URL(fileURLWithPath: input))
        let engine = try RecipeEngine(recipe: try loadExampleRecipe(), template: BuiltInTemplates.contacts)
        #expect(throws: RecipeError.self) { try engine.apply(inputPath: input, outputPath: output) }
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(!FileManager.default.fileExists(atPath: output + ".vern-tmp"))
        #expect(throws: RecipeError.self) {
            try engine.apply(inputPath: dir.appendingPathComponent("missing.csv").path, outputPath: output)
        }
    }
}
