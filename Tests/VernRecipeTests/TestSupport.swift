import Foundation
import Testing
import VernAPI

@testable import VernRecipe

/// A one-sheet recipe over `columns` (target, source, transforms).
func makeRecipe(_ columns: [ColumnRecipe], rows: RowRules = RowRules()) -> Recipe {
    Recipe(sheets: [SheetRecipe(sheet: "t", template: "t", source: "in.csv", columns: columns, rows: rows)])
}

/// Result of running a recipe over an in-memory CSV.
struct RunResult {
    var counts: RecipeCounts
    var output: String
    var cells: [InvalidCell]

    /// Output records split on LF (the fixtures hold no newlines inside fields unless a test says so).
    var lines: [String] { output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
}

func runCSV(
    _ csv: String, recipe: Recipe, template: Template, filter: RowFilter = .all
) throws -> RunResult {
    try runBytes(Array(csv.utf8), recipe: recipe, template: template, filter: filter)
}

func runBytes(_ bytes: [UInt8], recipe: Recipe, template: Template, filter: RowFilter = .all) throws -> RunResult {
    let engine = try RecipeEngine(recipe: recipe, template: template)
    var sink = MemoryByteSink()
    var cells: [InvalidCell] = []
    let counts = try engine.run(input: MemoryByteSource(bytes), output: &sink, filter: filter) { cells.append($0) }
    return RunResult(counts: counts, output: sink.string, cells: cells)
}

/// CSV-quotes a value.
func csvField(_ s: String) -> String {
    s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
}

/// Applies `transforms` to one value through the engine: returns the output value and the reason, if invalid.
func transform(_ value: String, _ transforms: [Transform], strict: StrictRule? = nil) throws -> (
    value: String, reason: String?
) {
    let template = Template(slug: "t", name: "T", columns: [Template.Column(name: "v", strictRule: strict)])
    let recipe = makeRecipe([ColumnRecipe(target: "v", source: .column("in"), transforms: transforms)])
    let r = try runCSV("in,pad\n" + csvField(value) + ",x\n", recipe: recipe, template: template)
    // Read back the single output field (unquote if needed), on bytes: "\r\n" is one Character in Swift.
    var bytes = Array(r.output.utf8.dropFirst(2).dropLast())
    if bytes.first == 0x22 {
        bytes = Array(bytes.dropFirst().dropLast())
        var unquoted: [UInt8] = []
        var i = 0
        while i < bytes.count {
            unquoted.append(bytes[i])
            i += bytes[i] == 0x22 ? 2 : 1
        }
        bytes = unquoted
    }
    let out = String(decoding: bytes, as: UTF8.self)
    return (out, r.cells.first?.reason)
}

/// The reference bench folder vendored in the repository (`bench/reference`: SPEC, generator, anchors).
func referenceBench() -> URL {
    repoRoot().appendingPathComponent("bench/reference")
}

/// The repository root.
func repoRoot() -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// Runs a process and returns its stdout; throws when it fails.
@discardableResult
func runProcess(_ executable: String, _ arguments: [String]) throws -> Data {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [executable] + arguments
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else {
        throw NSError(
            domain: "process", code: Int(p.terminationStatus),
            userInfo: [
                NSLocalizedDescriptionKey:
                    "\(executable) \(arguments) failed: \(String(decoding: errData, as: UTF8.self))"
            ])
    }
    return data
}

func loadExampleRecipe() throws -> Recipe {
    try JSONDecoder().decode(
        Recipe.self, from: Data(contentsOf: repoRoot().appendingPathComponent("examples/contacts.recipe.json")))
}
