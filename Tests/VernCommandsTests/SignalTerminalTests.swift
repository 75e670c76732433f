import Foundation
import Testing
import VernTestSupport

/// Every terminating or interrupting signal at every kind of prompt leaves the terminal as the
/// shell found it and lets nothing typed reach the program that reads the terminal next.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct SignalTerminalTests {
    /// The prompts the shell reads from, and how to reach each with something half-typed.
    enum Prompt: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case lineEditor, answer, maskedSecret, confirmation

        var testDescription: String { rawValue }

        /// What is typed (without Enter) before the signal.
        var typed: String { self == .maskedSecret ? "s3cr3t-ZZTOP" : "zz-typed-ahead" }

        /// The arguments that lead to the prompt.
        var arguments: [String] { self == .maskedSecret ? ["--local-agent", "credentials"] : [] }

        /// Drives a fresh session to the prompt and types ``typed``.
        func reach(_ session: ShellTerminalTests.Session) throws {
            let pty = session.pty
            switch self {
            case .lineEditor:
                try session.openDemo()
            case .answer:
                try session.attachToFirstQuestion()
            case .maskedSecret:
                try pty.expectPrompt("client_id: ", timeout: .seconds(60))
                try pty.send("demo-client\r")
                try pty.expect("client_secret (hidden): ")
                try pty.waitNoEcho()
            case .confirmation:
                try session.openDemo()
                try pty.send("/execute\r")
                try pty.expectPrompt("Execute the recipe over every row? [y/N] ")
            }
            try pty.send(typed)
            if self == .maskedSecret {
                // Nothing is echoed to wait for: give the line discipline time to queue the bytes.
                usleep(200_000)
            } else {
                try pty.expect(typed)
            }
        }

        /// The prompt that follows a Ctrl-C (SIGINT) here.
        var afterInterrupt: String {
            switch self {
            case .lineEditor, .confirmation: ShellTerminalTests.prompt
            case .answer, .maskedSecret: "Cancel the run? [y/N] "
            }
        }
    }

    static let signals: [Int32] = [SIGTERM, SIGHUP, SIGQUIT, SIGINT]

    @Test(arguments: Prompt.allCases, signals)
    func theTerminalIsRestoredAndTypeaheadDiscarded(prompt: Prompt, signal: Int32) throws {
        let session = try ShellTerminalTests.Session(prompt.arguments)
        let pty = session.pty
        try prompt.reach(session)
        let outputBeforeSignal = pty.screenText.count
        pty.signal(signal)
        if signal == SIGINT {
            // The shell carries on at the next prompt without the half-typed text.
            try pty.expectPrompt(prompt.afterInterrupt)
            #expect(pty.isRunning)
            pty.signal(SIGTERM)
        }
        let status = try pty.waitForExit(timeout: .seconds(20))
        let expected: PTYProcess.ExitStatus = signal == SIGQUIT ? .exited(128 + SIGQUIT) : .signaled(signal == SIGINT ? SIGTERM : signal)
        #expect(status == expected)
        #expect(pty.modesRestored, "stty after the signal differs from before the shell started")
        let unread = pty.unreadInput()
        #expect(unread.isEmpty, "left in the terminal's input queue: \(unread.debugDescription)")
        let after = String(pty.screenText.dropFirst(outputBeforeSignal))
        #expect(!after.contains(prompt.typed), "the half-typed text came back: \(after)")
        #expect(!pty.screenText.contains("crashed") && !pty.screenText.contains("Backtrace"))
    }
}
