import Foundation
import Testing
import VernShell
@testable import VernTranscripts

@Suite("Incremental journal")
struct IncrementalJournalTests {
    static let base = "http://127.0.0.1:4000/api/v1"

    /// A deterministic id: `kind` tells the ids of one scripted session apart.
    static func id(_ kind: Int, _ index: Int) -> String {
        String(format: "%08x-%04x-4000-8000-%012x", 0x1000_0000 + index * 7919 + kind, kind, index)
    }

    enum Step {
        case exchange(SessionRecorder.RawExchange)
        case event(ShellEvent)
    }

    /// A long session in which ids appear in lines before the exchange that teaches them (in
    /// full and short form); in its second half, lines also show ids no exchange has taught yet
    /// (numbered by the lines, some then taught by a later exchange) and upper-case ids.
    static func scriptedSession(runs: Int) -> [Step] {
        let migration = id(1, 0)
        var steps: [Step] = [
            .event(.input(prompt: "> ", text: "/status")),
            .exchange(
                .init(
                    method: "POST", url: "\(base)/migrations", request: Array(#"{"name":"Demo"}"#.utf8), upload: nil, status: 201,
                    headers: [:], body: Array(#"{"id":"\#(migration)","created_at":"2026-06-19T15:32:11.000Z"}"#.utf8))),
        ]
        for index in 0..<runs {
            let run = id(2, index)
            let file = id(3, index)
            let stranger = id(4, index)
            steps.append(.event(.input(prompt: "[update]> ", text: "/generate \(index) " + String(repeating: "x", count: index * 997))))
            steps.append(.event(.notice("Starting \(run.prefix(8)) for \(migration.prefix(8)) at 2026-06-19 15:32:11 UTC")))
            let late = index >= runs / 2
            if late && index % 3 == 0 { steps.append(.event(.notice("Seen \(stranger) and \(file.uppercased())"))) }
            steps.append(
                .exchange(
                    .init(
                        method: "POST", url: "\(base)/migrations/\(migration)/runs", request: nil, upload: nil, status: 201,
                        headers: [:], body: Array(#"{"id":"\#(run)","file_id":"\#(file)","status":"queued"}"#.utf8))))
            steps.append(.event(.notice("Run \(run) queued; file \(file.prefix(8)); earlier \(id(2, max(0, index - 1)).prefix(8))")))
            if late && index % 5 == 4 {
                steps.append(
                    .exchange(
                        .init(
                            method: "GET", url: "\(base)/runs/\(run)?ref=\(id(4, index - 1))", request: nil, upload: nil, status: 200,
                            headers: ["x-total-records": "\(index)"], body: Array(#"{"ref_id":"\#(id(4, index - 1))"}"#.utf8))))
            }
            steps.append(.event(.error("No such thing: \(late ? id(5, index) : "x") (\(index))")))
        }
        return steps
    }

    static func record(_ steps: some Sequence<Step>, into recorder: SessionRecorder) {
        for step in steps {
            switch step {
            case .exchange(let exchange): recorder.record(exchange)
            case .event(let event): recorder.record(event)
            }
        }
    }

    static func recorder() -> SessionRecorder {
        SessionRecorder(baseURL: URL(string: base)!, opening: OpeningRecord(attach: id(1, 0)), interactive: true)
    }

    @Test("a journal written after every event equals one render of the whole session, at every step")
    func incrementalEqualsFullRender() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vern-journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let steps = Self.scriptedSession(runs: 40)
        let incremental = Self.recorder()
        try incremental.startJournal(directory: directory)
        var compared = 0
        for (index, step) in steps.enumerated() {
            Self.record([step], into: incremental)
            guard index % 9 == 0 || index == steps.count - 1 else { continue }
            let full = Self.recorder()
            Self.record(steps[...index], into: full)
            let expected = full.render(title: "Session")
            let actual = incremental.render(title: "Session")
            // Compared line by line, so a failure names the first line that differs.
            let difference = zip(actual.document.lines, expected.document.lines).enumerated().first { $0.element.0 != $0.element.1 }
            #expect(difference == nil, "after step \(index), line \(difference?.offset ?? 0): \(difference.map { "\($0.element.0.prefix(80)) ≠ \($0.element.1.prefix(80))" } ?? "")")
            #expect(actual.document.lines.count == expected.document.lines.count)
            #expect(actual.document.opening == expected.document.opening)
            #expect(actual.cassette == expected.cassette, "the cassette differs after step \(index)")
            compared += 1
        }
        #expect(compared > 20)

        // The journal on disk is the full render of the whole session, byte for byte.
        let full = Self.recorder()
        Self.record(steps, into: full)
        let reference = directory.appendingPathComponent("reference")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".md") }
        let name = try #require(names.first).replacingOccurrences(of: ".md", with: "")
        try full.write(name: name, directory: reference, title: "Session \(name)")
        for file in ["\(name).md", "\(name).cassette.jsonl"] {
            let journal = try Data(contentsOf: directory.appendingPathComponent(file))
            #expect(journal == (try Data(contentsOf: reference.appendingPathComponent(file))), "\(file) differs")
        }
        let text = try String(contentsOf: directory.appendingPathComponent("\(name).md"), encoding: .utf8)
        // Lines normalised before the exchange that taught their ids were normalised again.
        #expect(text.contains("Starting [RUN:40] for [MIGRATION:1] at [TIME]"))
        #expect(!text.contains(Self.id(2, 39).prefix(8)))
    }
}

@Suite("Normaliser on long lines")
struct LongLineNormaliserTests {
    @Test("ids, origins and times are found anywhere in a 5 MB line, up to its last byte")
    func longLine() {
        let run = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
        let normaliser = Normaliser(origin: "http://127.0.0.1:4000", paths: [("/home/ann", "[HOME]")])
        normaliser.learn(json: #"{"id":"\#(run)"}"#, context: "RUN")
        let filler = String(repeating: "x", count: 2_500_000)
        let line = "/home/ann \(filler) \(run) http://127.0.0.1:4000 2026-06-19 15:32:11 UTC \(filler) \(run.prefix(8))"
        #expect(
            normaliser.normaliseLine(line) == "[HOME] \(filler) [RUN:1] [SERVER] [TIME] \(filler) [RUN:1]")
    }

    @Test("a substring is found at either end, and not past the end")
    func occurs() {
        #expect(Normaliser.occurs("abc", in: "abc"))
        #expect(Normaliser.occurs("cab", in: "xxcacab"))
        #expect(Normaliser.occurs("ab", in: "abxxxx"))
        #expect(!Normaliser.occurs("abcd", in: "abc"))
        #expect(!Normaliser.occurs("abd", in: "ababab"))
        #expect(Normaliser.occurs("", in: ""))
        #expect(Normaliser.occurs("é", in: "caf\u{E9}"))
    }
}
