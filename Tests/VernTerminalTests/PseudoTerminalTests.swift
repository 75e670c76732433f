import Foundation
import Testing
import VernTerminal
import VernTestSupport

/// What only a real terminal shows, checked against `vern-terminal-probe` in a pseudo-terminal.
///
/// The binary is found next to the test bundle (`.build/<triple>/debug/`), or at `$VERN_PTY_BINARY`.
/// In the product repository the same tests run against `vern` (a parameter of ``ProbeSession``).
@Suite(.serialized, .timeLimit(.minutes(2)))
struct PseudoTerminalTests {
    @Test func showsThePromptAndEchoesTheTypedLine() throws {
        let session = try ProbeSession()
        try session.pty.expectPrompt("probe> ")
        try session.pty.send("hello world\r")
        let echoed = try session.pty.expect("got: hello world")
        #expect(echoed.contains("hello world\ngot: "))  // the typed line was echoed before the answer
    }

    @Test func ctrlCAtThePromptClearsThePartialLineAndTheShellSurvives() throws {
        let session = try ProbeSession(environment: ["PROBE_RUN_SECONDS": "1"])
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("partial")
        try pty.expect("partial")
        try pty.sendControl("c")
        try pty.expectPrompt("probe> ")
        try pty.send("fresh\r")
        try pty.expect("got: ")
        #expect(try pty.expect("\n") == "fresh\n")
        #expect(pty.isRunning)
        try pty.expectPrompt("probe> ")
        try pty.sendControl("c")  // on an empty line too, and the terminal is cooked again afterwards
        try pty.expectPrompt("probe> ")
        try pty.send("/stty\r")
        try pty.expect("echo=on icanon=on")
        try pty.expectPrompt("probe> ")

        // The prompt's ^C must not be replayed as an interrupt of the next run.
        try pty.send("/run\r")
        let run = try pty.expect("run finished")
        #expect(!run.contains("cancel requested"))
    }

    @Test func ctrlCRightAfterTypingIsNeverLost() throws {
        let session = try ProbeSession()
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        for index in 0..<25 {
            try pty.send("junk\(index)\u{03}")  // ^C while the editor is still busy with the keys
            try pty.expectPrompt("probe> ")
        }
        try pty.send("fresh\r")
        try pty.expect("got: ")
        #expect(try pty.expect("\n") == "fresh\n")
    }

    @Test func ctrlCDuringARunRequestsCancelAndASecondStopsWaiting() throws {
        let session = try ProbeSession(environment: ["PROBE_RUN_SECONDS": "30"])
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("/run\r")
        try pty.expect("run started")
        try pty.sendControl("c")
        try pty.expect("cancel requested")
        try pty.sendControl("c")
        try pty.expect("stopped waiting")
        try pty.expectPrompt("probe> ")
        try pty.send("still here\r")
        try pty.expect("got: still here")
    }

    @Test func oneCtrlCDuringARunWaitsForTheCancelAndReturnsToThePrompt() throws {
        let session = try ProbeSession(environment: ["PROBE_RUN_SECONDS": "30"])
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("/run\r")
        try pty.expect("run started")
        try pty.sendControl("c")
        try pty.expect("cancel requested")
        let rest = try pty.expect("run canceled")
        #expect(!rest.contains("stopped waiting"))
        try pty.expectPrompt("probe> ")
        try pty.send("alive\r")
        try pty.expect("got: alive")
    }

    @Test func secretIsReadWithEchoOffAndNeverShownOrRecorded() throws {
        let session = try ProbeSession()
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("/secret\r")
        try pty.expect("secret: ")
        try pty.waitNoEcho()
        try pty.send("hunter2-s3cret\r")
        try pty.expect("secret length: 14")
        try pty.expectPrompt("probe> ")
        try pty.send("/stty\r")
        try pty.expect("echo=on icanon=on")  // the probe's own view, outside the line editor
        try pty.expectPrompt("probe> ")
        try pty.send("/quit\r")
        #expect(try pty.waitForExit() == .exited(0))

        #expect(!pty.rawOutput.contains("hunter2"))
        let history = try String(contentsOfFile: session.historyPath, encoding: .utf8)
        #expect(history.contains("\"/secret\""))
        #expect(!history.contains("hunter2"))
    }

    @Test func ctrlCDuringTheSecretPromptRestoresEchoAndReturnsToThePrompt() throws {
        let session = try ProbeSession(environment: ["PROBE_RUN_SECONDS": "30"])
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("/secret\r")
        try pty.waitNoEcho()
        try pty.send("half-typed")
        try pty.sendControl("c")
        try pty.expect("secret interrupted")
        try pty.expectPrompt("probe> ")
        // Outside the line editor the terminal echoes again: check from the master side during a run.
        try pty.send("/run\r")
        try pty.expect("run started")
        try pty.waitForTerminal("echo back on") { $0.echo && $0.canonical }
        try pty.sendControl("c")
        try pty.expect("cancel requested")
        try pty.sendControl("c")
        try pty.expect("stopped waiting")
        try pty.expectPrompt("probe> ")
        try pty.send("next\r")
        try pty.expect("got: next")
        #expect(!pty.rawOutput.contains("half-typed"))
    }

    @Test func upArrowRecallsThePreviousLines() throws {
        let session = try ProbeSession()
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("first line\r")
        try pty.expect("got: first line")
        try pty.expectPrompt("probe> ")
        try pty.send("second\r")
        try pty.expect("got: second")
        try pty.expectPrompt("probe> ")
        try pty.sendKey(.up)
        try pty.sendKey(.up)
        try pty.sendKey(.enter)
        try pty.expect("got: first line")
    }

    @Test func historyIsReloadedByTheNextSession() throws {
        let first = try ProbeSession()
        try first.pty.expectPrompt("probe> ")
        try first.pty.send("remember me\r")
        try first.pty.expect("got: remember me")
        try first.pty.expectPrompt("probe> ")
        try first.pty.sendControl("d")
        #expect(try first.pty.waitForExit() == .exited(0))

        let second = try ProbeSession(directory: first.directory)
        try second.pty.expectPrompt("probe> ")
        try second.pty.sendKey(.up)
        try second.pty.sendKey(.enter)
        try second.pty.expect("got: remember me")
    }

    @Test func ctrlRSearchesBackwards() throws {
        let session = try ProbeSession()
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        for line in ["alpha one", "beta two", "gamma three"] {
            try pty.send(line + "\r")
            try pty.expect("got: " + line)
            try pty.expectPrompt("probe> ")
        }
        try pty.sendControl("r")
        try pty.send("alp")
        try pty.sendKey(.enter)
        try pty.expect("got: alpha one")
    }

    @Test func unicodeInputIsEditedByCharacter() throws {
        let session = try ProbeSession()
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("cafée\u{7F} ✓ naïve\r")  // the backspace deletes one character, not one byte
        try pty.expect("got: café ✓ naïve")
    }

    @Test func aPastedBlockArrivesAsOneInput() throws {
        let session = try ProbeSession()
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("one\rtwo\rthree\r")  // one write: a paste
        let output = try pty.expect("got: one\\ntwo\\nthree")
        #expect(!output.contains("got: one\n"))
    }

    @Test func aFiveMegabyteLineArrivesWholeAndIsNotRecorded() throws {
        let session = try ProbeSession()
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("short one\r")
        try pty.expect("got: short one")
        try pty.expectPrompt("probe> ")
        let unit = "Jane Doe, jane@acme.com, café ✓ naïve; "
        let line = String(repeating: unit, count: 5_000_000 / unit.utf8.count + 1)
        try pty.send(line + "\r", timeout: .seconds(60))
        try pty.expect("got \(line.utf8.count) bytes", timeout: .seconds(60))
        let received = try String(contentsOfFile: session.directory.path + "/long-line", encoding: .utf8)
        #expect(received == line)
        // Too long for the history: up-arrow recalls the line before it, on disk and in memory.
        try pty.expectPrompt("probe> ")
        try pty.sendKey(.up)
        try pty.sendKey(.enter)
        try pty.expect("got: short one")
        let history = try String(contentsOfFile: session.historyPath, encoding: .utf8)
        #expect(!history.contains(unit))
    }

    @Test func aLongPasteIsInsertedAtTheCursorLiterallyAndItsFollowingLinesJoinIt() throws {
        // (A 500 ms paste window: with every suite running at once on two cores, the kernel may pass
        // the pasted bytes on in pieces further apart than the 15 ms a person's terminal needs.)
        let session = try ProbeSession(environment: ["PROBE_PASTE_MS": "500"])
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("typed ")
        try pty.expect("typed ")
        let first = String(repeating: "a\tb ", count: 300)  // a Tab in a paste is text, not completion
        let second = String(repeating: "ü", count: 700)
        // (Generous deadlines: with every suite running at once on two cores the probe may wait its
        // turn for seconds; the paste is judged by what arrives, not by how fast.)
        try pty.send(first + "\r" + second + "\rlast\r", timeout: .seconds(60))
        try pty.expect("bytes", timeout: .seconds(60))
        let received = try String(contentsOfFile: session.directory.path + "/long-line", encoding: .utf8)
        #expect(received == "typed " + first + "\n" + second + "\nlast")
        try pty.expectPrompt("probe> ")
        try pty.send("after\r")
        try pty.expect("got: after")
    }

    /// A short paste (too short to be read in bulk) keeps its Tabs as text; a Tab pressed last
    /// still completes (`tabCompletesCommandsAndListsAmbiguousOnes`).
    @Test func aTabWithMoreInputBehindItIsText() throws {
        let session = try ProbeSession()
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("/st\tb c\r")
        try pty.expect("got: /st\tb c")
    }

    /// A paste the terminal passes on in pieces, with a pause inside a character: nothing is lost.
    @Test func aPasteArrivingInPiecesKeepsTheCharacterCutBetweenThem() throws {
        let session = try ProbeSession()
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        let line = String(repeating: "ü", count: 600)
        let bytes = Array(line.utf8)
        try pty.send(bytes: Array(bytes[..<601]))  // ends after the first byte of a "ü"
        Thread.sleep(forTimeInterval: 0.3)  // longer than the line editor waits for more of a paste
        try pty.send(bytes: Array(bytes[601...]) + Array("\r".utf8))
        try pty.expect("got 1200 bytes", timeout: .seconds(60))
        #expect(try String(contentsOfFile: session.directory.path + "/long-line", encoding: .utf8) == line)
    }

    /// A paste whose next line comes in two pieces, the first read together with the line before it:
    /// the end of the line in the later piece is still found (reading ahead moves the unread bytes).
    @Test func aPastedLineWhoseEndArrivesLaterStillEnds() throws {
        let session = try ProbeSession(environment: ["PROBE_PASTE_MS": "500"])
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        let first = String(repeating: "x", count: 1000)  // longer than the rest of the second line
        let second = String(repeating: "ü", count: 600)
        let bytes = Array(second.utf8)
        try pty.send(bytes: Array((first + "\r").utf8) + Array(bytes[..<600]))
        Thread.sleep(forTimeInterval: 0.02)  // within the 50 ms the line editor waits for the rest of a line
        try pty.send(bytes: Array(bytes[600...]) + Array("\r".utf8))
        try pty.expect("bytes", timeout: .seconds(60))
        let received = try String(contentsOfFile: session.directory.path + "/long-line", encoding: .utf8)
        #expect(received == first + "\n" + second)
    }

    @Test func tabCompletesCommandsAndListsAmbiguousOnes() throws {
        let session = try ProbeSession(environment: ["PROBE_RUN_SECONDS": "0.2"])
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("/st\t")
        let listing = try pty.expect("/stty")
        #expect(listing.contains("/status"))
        try pty.expectPrompt("probe> /st")  // redisplayed below the list
        try pty.sendControl("c")
        try pty.expectPrompt("probe> ")
        try pty.send("/ru\t")
        try pty.expect("/run ")
        try pty.sendKey(.enter)
        try pty.expect("run finished")
    }

    @Test func editrcCanSwitchToViMode() throws {
        let directory = try TemporaryDirectory()
        try "bind -v\n".write(toFile: directory.path + "/.editrc", atomically: true, encoding: .utf8)
        let session = try ProbeSession(directory: directory)
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("abc\u{1B}0x\r")  // vi: insert abc, Esc, go to start, delete a character
        try pty.expect("got: bc")
    }

    @Test func resizingDuringAPromptKeepsTheLineAndUpdatesTheWidth() throws {
        let session = try ProbeSession()
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("abc")
        try pty.expect("abc")
        for columns: UInt16 in [40, 132, 60, 100] { pty.resize(columns: columns) }
        try pty.send("d\r")
        try pty.expect("got: abcd")
        try pty.expectPrompt("probe> ")
        try pty.send("/width\r")
        try pty.expect("width=100")
    }

    @Test func ctrlZAtThePromptDoesNotBreakEditing() throws {
        // The pty's process group is orphaned (its parent is in another session), so the kernel
        // discards the stop: this checks the handler's restore-and-come-back path, not a real fg.
        let session = try ProbeSession()
        let pty = session.pty
        try pty.expectPrompt("probe> ")
        try pty.send("abc")
        try pty.expect("abc")
        try pty.sendControl("z")
        try pty.waitForTerminal("raw mode again") { !$0.canonical }
        try pty.send("d\r")
        try pty.expect("got: abcd")
    }

    @Test func ctrlDOnAnEmptyLineExitsWithStatusZero() throws {
        let session = try ProbeSession()
        // Plain expect on purpose: the reader is in raw mode before the prompt appears, so a key typed
        // at once reaches libedit (a cooked ^D would be lost).
        try session.pty.expect("probe> ")
        try session.pty.sendControl("d")
        #expect(try session.pty.waitForExit() == .exited(0))
        #expect(session.pty.screenText.contains("bye"))
    }

    @Test func simplePromptModeSurvivesCtrlCAndStillReportsRunInterrupts() throws {
        // VERN_SIMPLE_PROMPT=1 forces the plain reader on a terminal: no prompt, cooked mode.
        let session = try ProbeSession(
            environment: ["VERN_SIMPLE_PROMPT": "1", "PROBE_RUN_SECONDS": "30", "PROBE_ANNOUNCE": "1"])
        let pty = session.pty
        try pty.expect("probe ready")  // the reader (and its SIGINT handler) exists from here on
        try pty.send("dropped")
        try pty.sendControl("c")  // the kernel discards the cooked line; the process survives
        try pty.send("/run\r")
        try pty.expect("run started")
        try pty.sendControl("c")
        try pty.expect("cancel requested")
        try pty.sendControl("c")
        try pty.expect("stopped waiting")
        try pty.send("kept\r")
        try pty.expect("got: kept")
        #expect(!pty.screenText.contains("probe> "))
        #expect(!pty.screenText.contains("got: dropped"))
    }

    @Test func pipedStdinReadsLinesWithoutAPrompt() throws {
        let directory = try TemporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try ProbeSession.binaryPath())
        process.environment = ProbeSession.environment(directory: directory.path)
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data("one\ntwo words\n/secret\n".utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(String(decoding: data, as: UTF8.self) == "got: one\ngot: two words\nsecret unavailable\nbye\n")
        #expect(process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/history"))
    }
}

/// One probe (or `vern`) process in a pty, with its own HOME and history file.
struct ProbeSession {
    let pty: PTYProcess
    let directory: TemporaryDirectory
    var historyPath: String { directory.path + "/history" }

    init(
        binary: String? = nil,
        arguments: [String] = [],
        directory: TemporaryDirectory? = nil,
        environment extra: [String: String] = [:]
    ) throws {
        let directory = try directory ?? TemporaryDirectory()
        self.directory = directory
        let environment = Self.environment(directory: directory.path).merging(extra) { $1 }
        pty = try PTYProcess(
            executable: try binary ?? Self.binaryPath(), arguments: arguments, environment: environment)
    }

    static func environment(directory: String) -> [String: String] {
        [
            "TERM": "xterm", "HOME": directory, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
            "VERN_HISTFILE": directory + "/history", "XDG_STATE_HOME": directory + "/state",
        ]
    }

    /// `$VERN_PTY_BINARY`, else `vern-terminal-probe` next to the running test binary.
    static func binaryPath() throws -> String {
        try PTYProcess.builtExecutable(named: "vern-terminal-probe", override: "VERN_PTY_BINARY")
    }
}
