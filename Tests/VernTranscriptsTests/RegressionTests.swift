import Foundation
import Testing
import VernTranscripts

/// A copy of a shipped transcript in a scratch folder, to break on purpose.
struct ScratchTranscript {
    let folder: URL
    let markdown: URL
    let cassette: URL

    init(_ name: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("vern-regression-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = ShippedTranscripts.folder
        for entry in try FileManager.default.contentsOfDirectory(atPath: source.path) where entry.hasPrefix(name + ".") {
            guard !entry.hasSuffix(".actual.md") else { continue }
            try FileManager.default.copyItem(at: source.appendingPathComponent(entry), to: folder.appendingPathComponent(entry))
        }
        markdown = folder.appendingPathComponent("\(name).md")
        cassette = folder.appendingPathComponent("\(name).cassette.jsonl")
    }

    func edit(_ file: URL, _ change: (String) -> String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit changed nothing")
        try Data(changed.utf8).write(to: file)
    }

    func replay(_ options: ReplayOptions = ReplayOptions()) async -> ReplayResult { await Replayer.replay(markdown, options: options) }

    /// The line number (from 1) of the first line of the transcript containing `text`.
    func line(containing text: String) throws -> Int {
        let lines = try String(contentsOf: markdown, encoding: .utf8).components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Suite("Replay catches regressions")
struct RegressionTests {
    static let name = "generate-update-preview-execute-export"

    @Test("an unchanged copy passes and leaves no .actual.md")
    func unchangedPasses() async throws {
        let scratch = try ScratchTranscript(Self.name)
        defer { scratch.remove() }
        let result = await scratch.replay()
        #expect(result.passed, "\(result.report)")
        #expect(!FileManager.default.fileExists(atPath: scratch.folder.appendingPathComponent("\(Self.name).actual.md").path))
    }

    @Test("a changed output line fails with the file's line number, expected before actual, a marker under the change")
    func changedLine() async throws {
        let scratch = try ScratchTranscript(Self.name)
        defer { scratch.remove() }
        try scratch.edit(scratch.markdown) { $0.replacingOccurrences(of: "executed: ", with: "executed:  ") }
        let line = try scratch.line(containing: "executed:  ")
        let result = await scratch.replay()
        #expect(result.verdict == .failed)
        // The changed line follows the fifth input, the "y" that confirms /execute.
        let confirmation = try scratch.line(containing: "> Execute the recipe over every row? [y/N] y")
        #expect(
            result.summary == "output differs at line \(line), after input 5 (line \(confirmation)): Execute the recipe over every row? [y/N] y",
            "\(result.summary)")
        let report = result.report.components(separatedBy: "\n")
        let removed = try #require(report.firstIndex { $0.hasPrefix("-") && $0.contains("executed:  ") })
        let added = try #require(report.firstIndex { $0.hasPrefix("+") && $0.contains("executed: ") })
        #expect(report[removed].hasPrefix("-\(String(repeating: " ", count: 4 - String(line).count))\(line) "))
        #expect(removed < added, "expected comes first")
        let caret = report[added + 1]
        #expect(caret.trimmingCharacters(in: .whitespaces) == "^")
        #expect(caret.count - 1 == 6 + "executed: ".count, "the marker sits under the first differing character")
        #expect(FileManager.default.fileExists(atPath: scratch.folder.appendingPathComponent("\(Self.name).actual.md").path))
    }

    @Test("an edited input is sent, and the report says it was edited")
    func editedInput() async throws {
        let scratch = try ScratchTranscript(Self.name)
        defer { scratch.remove() }
        let line = try scratch.line(containing: "> vern:Demo[update]> Trim whitespace in every field")
        try scratch.edit(scratch.markdown) { $0.replacingOccurrences(of: "> vern:Demo[update]> Trim whitespace in every field", with: "> vern:Demo[update]> Lower-case every Email") }
        let result = await scratch.replay()
        #expect(result.verdict == .failed)
        #expect(result.report.contains("(line \(line)) was edited since it was recorded"), "\(result.report)")
        // The cassette recorded the original instruction: what was sent differs from it.
        #expect(result.summary.hasPrefix("request drift: "), "\(result.summary)")
        #expect(result.summary.contains("POST migrations/[MIGRATION:1]/runs"), "\(result.summary)")
    }

    @Test("a (re) line, a [..] line and a ... line match; an escaped one is literal")
    func tolerance() async throws {
        let scratch = try ScratchTranscript(Self.name)
        defer { scratch.remove() }
        let text = try String(contentsOf: scratch.markdown, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let executed = try #require(lines.firstIndex { $0.hasPrefix("executed: ") })
        lines[executed] = "\\executed: [0-9]+ rows inserted .* (re)"
        try Data(lines.joined(separator: "\n").utf8).write(to: scratch.markdown)
        #expect(await scratch.replay().verdict == .failed, "an escaped line is literal")
        lines[executed] = "executed: [0-9]+ rows inserted .* (re)"
        try Data(lines.joined(separator: "\n").utf8).write(to: scratch.markdown)
        #expect(await scratch.replay().passed)
        let first = try #require(lines.firstIndex { $0.hasPrefix("  Read demo-contacts.csv") })
        lines[first] = "  Read demo-contacts.csv: [..] rows, [..] columns[..]"
        let question = try #require(lines.firstIndex { $0.hasPrefix("? ") })
        lines.replaceSubrange((first + 1)..<question, with: ["..."])
        try Data(lines.joined(separator: "\n").utf8).write(to: scratch.markdown)
        let result = await scratch.replay()
        #expect(result.passed, "\(result.report)")
    }

    @Test("an edited cassette response fails")
    func editedResponse() async throws {
        let scratch = try ScratchTranscript(Self.name)
        defer { scratch.remove() }
        // The preview's whole-sheet row count, as the server sent it.
        try scratch.edit(scratch.cassette) { text in
            text.replacingOccurrences(of: #"\"row_count\":60"#, with: #"\"row_count\":61"#)
        }
        let result = await scratch.replay()
        #expect(!result.passed)
        #expect(result.report.contains("preview: contacts 61 rows"), "\(result.report)")
    }

    @Test("an inconsistent placeholder in the transcript fails")
    func inconsistentPlaceholder() async throws {
        let scratch = try ScratchTranscript(Self.name)
        defer { scratch.remove() }
        try scratch.edit(scratch.markdown) { text in
            guard let range = text.range(of: "[RUN:2]", options: .backwards) else { return text }
            return text.replacingCharacters(in: range, with: "[RUN:1]")
        }
        let result = await scratch.replay()
        #expect(!result.passed)
    }

    @Test("an inconsistent placeholder in the cassette is a request the cassette does not hold")
    func inconsistentCassettePlaceholder() async throws {
        let scratch = try ScratchTranscript(Self.name)
        defer { scratch.remove() }
        try scratch.edit(scratch.cassette) { text in
            // The first run's polls now name a run the server never started.
            text.replacingOccurrences(of: "runs/%5BRUN%3A1%5D", with: "runs/%5BRUN%3A9%5D")
        }
        let result = await scratch.replay()
        #expect(!result.passed)
        #expect(result.report.contains("is not in the cassette"), "\(result.report)")
    }
}
