import Foundation
import Testing
import VernTestSupport

/// `vern recipe apply`: the SPEC's counts on stdout, ambiguous dates as a note on stderr.
@Suite(.timeLimit(.minutes(2)))
struct RecipeApplyTests {
    @Test func ambiguousDatesAreANoteOnStderrAndStdoutKeepsTheSpecCounts() throws {
        let directory = try TemporaryDirectory()
        let recipe = #"""
            {"vern-recipe": 1, "sheets": [{"sheet": "t", "template": "t", "source": "in.csv", "columns": [
              {"target": "d", "source": {"type": "column", "name": "d"}, "transforms": [{"op": "date", "dayFirst": true}]}]}]}
            """#
        let template = #"{"slug": "t", "name": "T", "columns": [{"name": "d"}]}"#
        try recipe.write(toFile: directory.path + "/recipe.json", atomically: true, encoding: .utf8)
        try template.write(toFile: directory.path + "/template.json", atomically: true, encoding: .utf8)
        try "d\n03/04/2023\n22/04/2023\n04-03-2023\n".write(toFile: directory.path + "/in.csv", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY"))
        process.arguments = [
            "recipe", "apply", directory.path + "/recipe.json", directory.path + "/in.csv", "-o", directory.path + "/out.csv",
            "--template", directory.path + "/template.json",
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(err)")
        #expect(!out.contains("ambiguous"))
        #expect(out.contains(#""rows_valid": 3"#), "\(out)")
        #expect(err == "note: 2 d values are ambiguous (day and month both ≤ 12): read in the recipe's order\n")
        #expect(try String(contentsOfFile: directory.path + "/out.csv", encoding: .utf8) == "d\n2023-04-03\n2023-04-22\n2023-03-04\n")
    }
}
