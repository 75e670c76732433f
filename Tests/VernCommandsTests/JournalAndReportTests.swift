import Foundation
import Testing
import VernTestSupport
import VernTranscripts

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The journal survives a killed shell, and `vern replay` reports for CI.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct JournalAndReportTests {
    static var transcripts: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("transcripts")
    }

    @Test func aKilledShellsJournalHoldsEveryEventBeforeTheKill() throws {
        let directory = try TemporaryDirectory()
        let home = directory.path
        let pty = try PTYProcess(
            executable: try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY"), arguments: ["--memory"],
            environment: [
                "TERM": "xterm", "HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
                "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
            ], columns: 100)
        let prompt = "vern:Demo[update]> "
        try pty.expectPrompt(prompt, timeout: .seconds(60))
        try pty.send("/attach\r")
        try pty.expectPrompt("answer> ", timeout: .seconds(30))
        try pty.send("1\r")
        try pty.expectPrompt(prompt, timeout: .seconds(30))
        try pty.send("/status\r")
        try pty.expect("run: none in flight")
        try pty.expectPrompt(prompt)
        pty.signal(SIGKILL)
        _ = try pty.waitForExit()
        let sessions = home + "/state/vern/sessions"
        let names = try FileManager.default.contentsOfDirectory(atPath: sessions).filter { $0.hasSuffix(".md") }
        #expect(names.count == 1)
        let journal = try String(contentsOfFile: sessions + "/" + names[0], encoding: .utf8)
        for line in ["> answer> 1", "generate [RUN:1] awaiting_approval", "> vern:Demo[update]> /status", "run: none in flight"] {
            #expect(journal.contains(line + "\n"), "the journal lacks \(line)")
        }
    }

    @Test func junitOutputParsesAsJUnitXML() throws {
        let directory = try TemporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.transcripts.path)
        where name.hasPrefix("failed-run.") || name.hasPrefix("undo-last-change.") {
            try FileManager.default.copyItem(at: Self.transcripts.appendingPathComponent(name), to: URL(fileURLWithPath: directory.path + "/" + name))
        }
        let broken = directory.path + "/undo-last-change.md"
        let text = try String(contentsOfFile: broken, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "awaiting_approval", with: "awaiting <approval> & more").utf8).write(to: URL(fileURLWithPath: broken))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY"))
        process.arguments = ["replay", directory.path, "--junit", directory.path + "/report.xml", "--jobs", "2"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let data = try Data(contentsOf: URL(fileURLWithPath: directory.path + "/report.xml"))
        let collector = JUnitCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed XML: \(String(describing: parser.parserError))")
        #expect(collector.testcases == ["failed-run.md", "undo-last-change.md"].map { directory.path + "/" + $0 })
        #expect(collector.failures.count == 1)
        #expect(collector.failures.first?.hasPrefix("output differs at line") == true, "\(collector.failures)")
    }

    @Test func reviewSkipsOrAcceptsEachFailingTranscript() throws {
        let directory = try TemporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.transcripts.path)
        where name.hasPrefix("undo-last-change.") {
            try FileManager.default.copyItem(at: Self.transcripts.appendingPathComponent(name), to: URL(fileURLWithPath: directory.path + "/" + name))
        }
        let file = directory.path + "/undo-last-change.md"
        let recorded = try String(contentsOfFile: file, encoding: .utf8)
        let edited = recorded.replacingOccurrences(of: "7 invalid (2 cells in the sample)", with: "8 invalid (2 cells in the sample)")
        #expect(edited != recorded)
        try Data(edited.utf8).write(to: URL(fileURLWithPath: file))

        func review(answer: String) throws -> PTYProcess.ExitStatus {
            let pty = try PTYProcess(
                executable: try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY"),
                arguments: ["replay", "--review", directory.path],
                environment: ["TERM": "xterm", "HOME": directory.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"],
                columns: 100)
            try pty.expect("[a]ccept/[s]kip: ", timeout: .seconds(60))
            try pty.send(answer + "\r")
            try pty.expect(answer == "s" ? "skipped" : "accepted: ", timeout: .seconds(60))
            return try pty.waitForExit(timeout: .seconds(60))
        }

        // Skip: the failure stands and the transcript is left as it was.
        #expect(try review(answer: "s") == .exited(1))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == edited)
        // Accept: the replay's output becomes the transcript, which then passes.
        #expect(try review(answer: "a") == .exited(0))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == recorded)
    }

    @Test func anEmptyFolderSaysNoTranscriptsFound() throws {
        let directory = try TemporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY"))
        process.arguments = ["replay", directory.path]
        let error = Pipe()
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("no transcripts found"))
    }
}

/// The test cases and failure messages of a JUnit report.
private final class JUnitCollector: NSObject, XMLParserDelegate {
    var testcases: [String] = []
    var failures: [String] = []
    var suites = 0

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "testsuite": suites += 1
        case "testcase": testcases.append(attributes["name"] ?? "")
        case "failure": failures.append(attributes["message"] ?? "")
        default: break
        }
    }
}
