import Foundation
import Testing
import VernTestSupport

/// Seeing the data in a real terminal, on the `vern` binary in a pseudo-terminal at 60 and 120
/// columns: words wrap whole with a hanging indent, wide rows become records, chosen columns
/// make a table, invalid rows of the whole sheet are paged with their source row and record id,
/// long listings go through `$PAGER`, and never when the output is piped.
@Suite(.serialized, .timeLimit(.minutes(4)))
struct ShellDataViewTests {
    static let prompt = ShellTerminalTests.prompt
    /// A pager that marks each line it shows, so the test can see what went through it.
    static let pager = "sed 's/^/PAGED: /'"

    /// `vern --memory` on the demo in a `columns`-wide, 24-line terminal, its question answered;
    /// `pager` is `$PAGER` (`nil` leaves it unset: `less -SRXF`).
    static func demo(columns: UInt16, pager: String? = Self.pager) throws -> (PTYProcess, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let home = directory.path
        var environment = [
            "TERM": "xterm", "HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
            "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
        ]
        environment["PAGER"] = pager
        let pty = try PTYProcess(
            executable: try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY"), arguments: ["--memory"],
            environment: environment, columns: columns, rows: 24)
        // The demo's first generate waits with its question at the prompt: /attach asks it.
        try pty.expectPrompt(prompt, timeout: .seconds(60))
        try pty.send("/attach\r")
        try pty.expectPrompt("answer> ", timeout: .seconds(30))
        try pty.send("1\r")
        try pty.expect("awaiting_approval", timeout: .seconds(30))
        try pty.expectPrompt(prompt)
        return (pty, directory)
    }

    /// The lines as the screen shows them: of each raw line, what follows its last carriage
    /// return, without escape sequences.
    static func screenLines(_ raw: String) -> [String] {
        raw.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n").map { line in
            PTYProcess.stripANSI(line.components(separatedBy: "\r").last ?? "")
        }
    }

    @Test(arguments: [UInt16(60), 120])
    func agentTextWrapsAtWordsWithAHangingIndentAndNoStatusLineIsLeft(columns: UInt16) throws {
        let (pty, _) = try Self.demo(columns: columns)
        let lines = Self.screenLines(pty.rawOutput)
        #expect(lines.allSatisfy { $0.count <= Int(columns) }, "\(lines.filter { $0.count > Int(columns) })")
        let start = try #require(lines.firstIndex { $0.hasPrefix("  Mapped 10 of 10 columns") })
        let message = lines[start...].prefix { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
        #expect(message.count > 1, "the message wraps")
        #expect(
            message.map { $0.dropFirst(2) }.joined(separator: " ").contains(
                "Mapped 10 of 10 columns for Contacts from demo-contacts.csv: external_id ← Record ID (synonym), first_name ← First Name"))
        #expect(!lines.contains { $0.contains("uploading") || $0.contains("^C to cancel") }, "a status line was left on screen")
        try pty.sendControl("d")
        _ = try pty.waitForExit(timeout: .seconds(20))
    }

    @Test(arguments: [UInt16(60), 120])
    func wideRowsAreRecordsChosenColumnsATableAndLongOutputIsPaged(columns: UInt16) throws {
        let (pty, _) = try Self.demo(columns: columns)
        try pty.send("/preview\r")
        try pty.expect("PAGED: Contacts (contacts): the first 20 of 60 rows; 7 invalid")
        try pty.expect("PAGED: -[ row 1 ]")
        try pty.expect("PAGED: notes          |")
        try pty.expectPrompt(Self.prompt)

        try pty.send("/preview email phone\r")
        try pty.expect("PAGED: row email")
        let table = try pty.expectPrompt(Self.prompt)
        #expect(!table.contains("-[ row"))
        let shown = table.components(separatedBy: "\n").map { $0.replacingOccurrences(of: "PAGED: ", with: "") }
        #expect(shown.allSatisfy { $0.count <= Int(columns) }, "\(shown.filter { $0.count > Int(columns) })")

        try pty.send("/preview --invalid --limit 3\r")
        try pty.expect("PAGED: Contacts (contacts): invalid rows 1–3 of 7, page 1 of 3")
        try pty.expect("PAGED: (/preview --invalid --page 2 shows the next 3)")
        try pty.expectPrompt(Self.prompt)

        try pty.send("/preview email --invalid --page 3 --limit 3\r")
        let last = try pty.expect("Contacts (contacts): invalid rows 7–7 of 7, page 3 of 3")
        let rest = try pty.expectPrompt(Self.prompt)
        #expect(!(last + rest).contains("PAGED"), "a short listing is printed, not paged")
        #expect(rest.contains("row invalid"))
        #expect(rest.contains("external_id"))

        try pty.send("/preview emial\r")
        try pty.expect("error: no column emial in contacts (columns:")
        try pty.expectPrompt(Self.prompt)
        try pty.sendControl("d")
        _ = try pty.waitForExit(timeout: .seconds(20))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/less")))
    func lessPagesOnTheTerminalAndQuitsBackToThePrompt() throws {
        let (pty, _) = try Self.demo(columns: 100, pager: nil)
        try pty.send("/preview\r")
        try pty.expect("-[ row 2 ]")
        // The pager reads keys from the terminal: a space shows the next screen.
        try pty.send(" ")
        try pty.expect("-[ row 3 ]")
        try pty.send("q")
        try pty.expectPrompt(Self.prompt)
        try pty.send("/status\r")
        try pty.expect("run: none in flight")
        try pty.expectPrompt(Self.prompt)
        try pty.sendControl("d")
        _ = try pty.waitForExit(timeout: .seconds(20))
    }

    @Test func textWrapsAtTheWidthAfterAResize() throws {
        let (pty, _) = try Self.demo(columns: 120)
        let before = pty.rawOutput.count
        pty.resize(columns: 60)
        try pty.send("/ask Which columns did you map?\r")
        try pty.expect("completed", timeout: .seconds(30))
        try pty.expectPrompt(Self.prompt)
        let lines = Self.screenLines(String(pty.rawOutput.dropFirst(before)))
        #expect(lines.contains { $0.contains("←") }, "the answer lists the mapping")
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines.filter { $0.count > 60 })")
        try pty.sendControl("d")
        _ = try pty.waitForExit(timeout: .seconds(20))
    }

    @Test func pipedOutputIsNeverPagedNorWrapped() throws {
        let directory = try TemporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY"))
        process.arguments = ["--memory"]
        process.environment = [
            "HOME": directory.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "TERM": "xterm", "PAGER": Self.pager,
            "COLUMNS": "60", "XDG_STATE_HOME": directory.path + "/state", "XDG_CONFIG_HOME": directory.path + "/config",
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("/answer 1\n/preview\n/preview --invalid\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("-[ row 1 ]"))
        #expect(text.contains("invalid rows 1–7 of 7"))
        #expect(!text.contains("PAGED"))
        #expect(text.contains("  Mapped 10 of 10 columns for Contacts from demo-contacts.csv: external_id ← Record ID (synonym), first_name"))
    }
}
