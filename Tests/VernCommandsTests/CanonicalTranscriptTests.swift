import Foundation
import Testing
import VernTestSupport
import VernTranscripts

/// A transcript is one canonical rendering: the same scripted session saved from terminals of
/// different widths, colour settings, time zones and locales yields byte-identical files that
/// replay green.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct CanonicalTranscriptTests {
    struct Terminal: CustomStringConvertible {
        var columns: UInt16
        var color: String
        var timeZone: String
        var locale: String
        var term: String

        var description: String { "\(columns) columns, --color \(color), TZ=\(timeZone), LANG=\(locale), TERM=\(term)" }
    }

    static let terminals: [Terminal] = [60, 80, 137, 200].flatMap { columns in
        [
            Terminal(columns: columns, color: "always", timeZone: "Asia/Kolkata", locale: "de_DE.UTF-8", term: "xterm-256color"),
            Terminal(columns: columns, color: "never", timeZone: "UTC", locale: "C.UTF-8", term: "xterm"),
        ]
    }

    /// Opens the demo, answers its question, shows the preview (a wide table), the status and
    /// the files (a time), and saves the session.
    private func record(in terminal: Terminal) async throws -> String {
        let directory = try TemporaryDirectory()
        let home = directory.path
        try FileManager.default.createDirectory(atPath: home + "/work/transcripts", withIntermediateDirectories: true)
        let vern = try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY")
        let pty = try PTYProcess(
            executable: "/bin/sh", arguments: ["-c", "cd \"$HOME/work\" && exec \"$0\" --memory --color \"$1\"", vern, terminal.color],
            environment: [
                "TERM": terminal.term, "HOME": home, "LANG": terminal.locale, "TZ": terminal.timeZone, "PATH": "/usr/bin:/bin", "PAGER": "cat",
                "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
            ], columns: terminal.columns)
        let prompt = "vern:Demo[update]> "
        try pty.expectPrompt(prompt, timeout: .seconds(60))
        try pty.send("/attach\r")
        try pty.expectPrompt("answer> ", timeout: .seconds(30))
        try pty.send("1\r")
        try pty.expectPrompt(prompt, timeout: .seconds(30))
        for command in ["/preview", "/preview --invalid", "/status", "/files", "/history"] {
            try pty.send(command + "\r")
            try pty.expectPrompt(prompt, timeout: .seconds(30))
        }
        try pty.send("/save canonical\r")
        try pty.expect("Saved")
        try pty.expectPrompt(prompt)
        try pty.sendControl("d")
        _ = try pty.waitForExit(timeout: .seconds(20))
        let folder = home + "/work/transcripts/"
        let markdown = try String(contentsOfFile: folder + "canonical.md", encoding: .utf8)
        let result = await Replayer.replay(URL(fileURLWithPath: folder + "canonical.md"))
        #expect(result.passed, "\(terminal): \(result.report)")
        return markdown
    }

    @Test func widthColourTimeZoneAndLocaleDoNotChangeTheTranscript() async throws {
        var first: (Terminal, String)?
        for terminal in Self.terminals {
            let markdown = try await record(in: terminal)
            #expect(!markdown.contains("\u{1B}"), "\(terminal): escape sequences in the transcript")
            #expect(markdown.contains("invalid cells (marked *):"), "\(terminal): no preview table")
            for line in markdown.split(separator: "\n") where line.hasPrefix("row ") || line.hasPrefix("-") {
                #expect(line.count <= 80, "\(terminal): a table line wider than 80 columns: \(line)")
            }
            if let (reference, expected) = first {
                #expect(markdown == expected, "\(terminal) differs from \(reference)")
            } else {
                first = (terminal, markdown)
            }
        }
    }
}
