import Foundation
import Testing
import VernAPI
import VernTestSupport

/// `vern recipe template SLUG` prints the one definition of a built-in template, and
/// `examples/contacts.template.json` is its output.
@Suite struct RecipeTemplateCommandTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/contacts.template.json")

    @Test func theExampleTemplateIsTheBuiltInContactsTemplate() throws {
        let printed = try Self.vern(["recipe", "template", "contacts"])
        #expect(printed.status == 0)
        let file = try Data(contentsOf: Self.example)
        #expect(
            printed.stdout == file,
            "examples/contacts.template.json is out of date: regenerate it with `vern recipe template contacts > examples/contacts.template.json`"
        )
        #expect(try VernJSON.decoder().decode(Template.self, from: file) == BuiltInTemplates.contacts)
    }

    @Test func anUnknownSlugIsAClearError() throws {
        let printed = try Self.vern(["recipe", "template", "leads"])
        #expect(printed.status != 0)
        #expect(printed.stderr.contains("'leads' is not a built-in template (contacts)"))
    }

    @Test func aTemplateFileMayLeaveOutTheIDAndABrokenOneIsAOneLineError() throws {
        let directory = try TemporaryDirectory()
        let (csv, recipe, out) = (directory.path + "/in.csv", directory.path + "/recipe.json", directory.path + "/out.csv")
        try Data("code\nAB\nx\n".utf8).write(to: URL(fileURLWithPath: csv))
        try Data(
            #"{"vern-recipe": 1, "revision": 1, "sheets": [{"sheet": "t", "source": "in.csv", "columns": [{"target": "code", "source": {"type": "column", "name": "code"}}]}]}"#
                .utf8
        ).write(to: URL(fileURLWithPath: recipe))
        let template = directory.path + "/t.json"
        try Data(#"{"slug": "t", "name": "T", "columns": [{"name": "code", "strictRule": "[A-Z]+"}]}"#.utf8)
            .write(to: URL(fileURLWithPath: template))
        let applied = try Self.vern(["recipe", "apply", recipe, csv, "-o", out, "--template", template])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(String(decoding: applied.stdout, as: UTF8.self).contains(#""invalid_by_reason": {"code:format": 1}"#))

        try Data(#"{"slug": "t", "columns": []}"#.utf8).write(to: URL(fileURLWithPath: template))
        let broken = try Self.vern(["recipe", "apply", recipe, csv, "-o", out, "--template", template])
        #expect(broken.status != 0)
        #expect(broken.stderr.hasPrefix("Error: cannot read template \(template): missing key 'name'\n"))
    }

    static func vern(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY"))
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stdout, String(decoding: stderr, as: UTF8.self))
    }
}
