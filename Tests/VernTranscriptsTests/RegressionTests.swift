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

    func replay() async -> ReplayResult { await Replayer.replay(markdown) }

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

    @Test("a changed output line fails with a numbered diff naming the input")
    func changedLine() async throws {
        let scratch = try ScratchTranscript(Self.name)
        defer { scratch.remove() }
        try scratch.edit(scratch.markdown) { $0.replacingOccurrences(of: "executed: ", with: "executed:  ") }
        let result = await scratch.replay()
        #expect(!result.passed)
        #expect(result.report.contains("output diverged at line"))
        #expect(result.report.contains("after input"))
        // The changed line follows the fifth input, the "y" that confirms /execute.
        #expect(result.report.contains("output diverged at line 54, after input 5: y\n"), "\(result.report)")
        #expect(result.report.contains("\n-"), "\(result.report)")
        #expect(result.report.contains("\n+"), "\(result.report)")
        #expect(FileManager.default.fileExists(atPath: scratch.folder.appendingPathComponent("\(Self.name).actual.md").path))
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
        #expect(result.report.contains("preview:"), "\(result.report)")
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
