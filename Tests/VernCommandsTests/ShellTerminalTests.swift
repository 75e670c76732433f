import Foundation
import Testing
import VernTestSupport

/// What only a real terminal shows, checked against the `vern` binary in a pseudo-terminal:
/// the prompt, Ctrl-C at the prompt and during a run, masked secrets, Ctrl-D, up-arrow recall.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct ShellTerminalTests {
    static let prompt = "vern:Demo[update]> "

    /// `vern` in a pty with a private home, state and configuration, on an in-memory server.
    struct Session {
        let pty: PTYProcess
        let directory: TemporaryDirectory

        /// `vern` on an in-memory server; with `home`, on the embedded server's data kept in that
        /// directory, so a later session finds the migrations again.
        init(_ arguments: [String] = [], home: TemporaryDirectory? = nil) throws {
            let persistent = home != nil
            directory = try home ?? TemporaryDirectory()
            let home = directory.path
            pty = try PTYProcess(
                executable: try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY"),
                arguments: (persistent ? ["--data", home + "/data"] : ["--memory"]) + arguments,
                environment: [
                    "TERM": "xterm", "HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "PAGER": "cat",
                    "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
                ], columns: 120)
        }

        var historyFile: String { directory.path + "/state/vern/history" }

        /// Waits for the demo's first generate, whose question (how to treat Lead Source values)
        /// waits at the prompt, answers it there with its number, and waits for the prompt.
        func openDemo() throws {
            try pty.expectPrompt(ShellTerminalTests.prompt, timeout: .seconds(60))
            try pty.send("1\r")
            try pty.expect("awaiting_approval", timeout: .seconds(30))
            try pty.expectPrompt(ShellTerminalTests.prompt)
        }

        /// Waits for the demo's first prompt and asks the generate run's question with `/attach`.
        func attachToFirstQuestion() throws {
            try pty.expectPrompt(ShellTerminalTests.prompt, timeout: .seconds(60))
            try pty.send("/attach\r")
            try pty.expect("and 8 more", timeout: .seconds(30))
            try pty.expectPrompt("answer> ", timeout: .seconds(30))
        }
    }

    @Test func ctrlCAtThePromptClearsTheLine() throws {
        let session = try Session()
        let pty = session.pty
        try session.openDemo()
        try pty.send("Lower-case emails")
        try pty.expect("Lower-case emails")
        try pty.sendControl("c")
        try pty.expectPrompt(Self.prompt)
        try pty.send("/status\r")
        // Had the partial line survived, this would be the free text "Lower-case emails/status".
        try pty.expect("run: none in flight")
        try pty.expectPrompt(Self.prompt)
        #expect(pty.isRunning)
    }

    @Test func ctrlCDuringARunCancelsItAndTheShellSurvives() throws {
        let session = try Session(["--local-agent", "slow"])
        let pty = session.pty
        try pty.expect("Working slowly", timeout: .seconds(60))
        try pty.sendControl("c")
        try pty.expect("Cancel confirmed.")
        try pty.expect("canceled")
        try pty.expectPrompt(Self.prompt)
        try pty.send("/status\r")
        try pty.expect("run: none in flight")
        #expect(pty.isRunning)
    }

    @Test func secretsAreReadWithEchoOffAndNeverStored() throws {
        let session = try Session(["--local-agent", "credentials"])
        let pty = session.pty
        try pty.expect("Demo CRM needs credentials", timeout: .seconds(60))
        try pty.expectPrompt("client_id: ")
        try pty.send("demo-client\r")
        try pty.expect("client_secret (hidden): ")
        try pty.waitNoEcho()
        try pty.send("demo-secret\r")
        try session.openDemo()
        try pty.send("/files\r")
        try pty.expect("demo-contacts.csv")
        try pty.expectPrompt(Self.prompt)
        #expect(!pty.screenText.contains("demo-secret"))
        #expect(!pty.rawOutput.contains("demo-secret"))
        let history = (try? String(contentsOfFile: session.historyFile, encoding: .utf8)) ?? ""
        #expect(history.contains("/files"))
        #expect(!history.contains("demo-secret") && !history.contains("demo-client"))
    }

    @Test func upArrowRecallsThePreviousLine() throws {
        let session = try Session()
        let pty = session.pty
        try session.openDemo()
        try pty.send("/files\r")
        try pty.expect("demo-contacts.csv")
        try pty.expectPrompt(Self.prompt)
        try pty.sendKey(.up)
        try pty.expect("/files")
        try pty.send("\r")
        try pty.expect("demo-contacts.csv")
    }

    @Test func ctrlDOnAnEmptyLineExits() throws {
        let session = try Session()
        let pty = session.pty
        try session.openDemo()
        try pty.sendControl("d")
        #expect(try pty.waitForExit(timeout: .seconds(20)) == .exited(0))
    }
}
