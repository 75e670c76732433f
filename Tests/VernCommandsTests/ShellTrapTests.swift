import Foundation
import Testing
import VernTestSupport

/// The traps a new user met in a real session, each checked on the `vern` binary in a
/// pseudo-terminal: forms that refused every command, questions sent as recipe changes, bare
/// words run as updates, commands that had to be typed exactly, no way back to a migration.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct ShellTrapTests {
    typealias Session = ShellTerminalTests.Session
    static let prompt = ShellTerminalTests.prompt

    /// The demo's first generate asks about the Lead Source values ("… and 8 more"); `/attach`
    /// asks it at `answer>`.
    static func atAnswerPrompt(_ session: Session) throws {
        try session.attachToFirstQuestion()
    }

    @Test func theDemosFirstStartShowsThePromptAndWhatToDoBeforeAnyQuestion() throws {
        let session = try Session()
        let pty = session.pty
        // Text wraps at the terminal's width: read it as one line per paragraph.
        let opening = try pty.expectPrompt(Self.prompt, timeout: .seconds(60))
            .replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n  ", with: " ").replacingOccurrences(of: "\n", with: " ")
        #expect(!opening.contains("How should I handle them?"), "no question before the prompt")
        #expect(!opening.contains("answer> "))
        #expect(opening.contains("The generate run has a question before the recipe is ready: /attach asks it"))
        try pty.send("/status\r")
        try pty.expect("blocked")
        try pty.expectPrompt(Self.prompt)
        try pty.send("/attach\r")
        try pty.expect("and 8 more", timeout: .seconds(30))
        try pty.expectPrompt("answer> ")
        try pty.send("1\r")
        try pty.expect("awaiting_approval", timeout: .seconds(30))
        try pty.expectPrompt(Self.prompt)
    }

    @Test func readOnlyCommandsWorkWhileAQuestionWaits() throws {
        let session = try Session()
        let pty = session.pty
        try Self.atAnswerPrompt(session)
        try pty.send("/status\r")
        try pty.expect("blocked")
        try pty.expectPrompt("answer> ")
        try pty.send("/thread\r")
        try pty.expect("message")
        try pty.expectPrompt("answer> ")
        try pty.send("/values\r")
        try pty.expect("16 values (picklist_lead_source)")
        try pty.expect("webinar (4)")
        try pty.expectPrompt("answer> ")
        try pty.send("/execute\r")
        try pty.expect("/execute waits until the question is answered")
        try pty.expectPrompt("answer> ")
        try pty.send("1\r")
        try pty.expect("awaiting_approval", timeout: .seconds(30))
        try pty.expectPrompt(Self.prompt)
    }

    @Test func questionMarkAndHelpShowTheQuestionAgain() throws {
        let session = try Session()
        let pty = session.pty
        try Self.atAnswerPrompt(session)
        try pty.send("?\r")
        try pty.expect("should I handle them?")
        try pty.expect("Ctrl-C leaves the question")
        try pty.expectPrompt("answer> ")
        try pty.send("help\r")
        try pty.expect("/values lists every value")
        try pty.expectPrompt("answer> ")
        try pty.send("/help\r")
        try pty.expect("/preview")
        try pty.expectPrompt("answer> ")
        try pty.send("2\r")
        try pty.expect("awaiting_approval", timeout: .seconds(30))
    }

    @Test func aLineAtThePromptAnswersTheQuestionLeftWithCtrlC() throws {
        let session = try Session()
        let pty = session.pty
        try Self.atAnswerPrompt(session)
        try pty.sendControl("c")
        try pty.expectPrompt("Cancel the run? [y/N] ")
        try pty.send("n\r")
        try pty.expect("The run stays blocked")
        try pty.expectPrompt(Self.prompt)
        try pty.send("1\r")
        try pty.expect("awaiting_approval", timeout: .seconds(30))
        try pty.expectPrompt(Self.prompt)
        #expect(!pty.screenText.contains("another run is in flight"))
    }

    @Test func quitAtTheQuestionSaysWhatBecomesOfTheRun() throws {
        let session = try Session()
        let pty = session.pty
        try Self.atAnswerPrompt(session)
        try pty.send("/quit\r")
        try pty.expectPrompt("Quit anyway? [y/N] ")
        try pty.send("y\r")
        try pty.expect("The embedded server stops with vern, so the run ends unfinished.")
        _ = try pty.waitForExit(timeout: .seconds(20))
    }

    @Test func questionsTypedWithoutAskRunAsClarify() throws {
        let session = try Session()
        let pty = session.pty
        try session.openDemo()
        try pty.send("Which column did you map email from?\r")
        try pty.expect("Asking, as this reads as a question")
        try pty.expect("clarify", timeout: .seconds(30))
        try pty.expectPrompt(Self.prompt)
        #expect(!pty.screenText.contains("update "))
        try pty.send("! trim all fields\r")
        try pty.expect("update ", timeout: .seconds(30))
        try pty.expect("awaiting_approval", timeout: .seconds(30))
        try pty.expectPrompt(Self.prompt)
    }

    @Test func bareWordsAreCommands() throws {
        let session = try Session()
        let pty = session.pty
        try session.openDemo()
        try pty.send("help\r")
        try pty.expect("/help [<command>]")
        try pty.expectPrompt(Self.prompt)
        try pty.send("clear\r")
        try pty.expectPrompt(Self.prompt)
        #expect(!pty.screenText.contains("update awaiting_approval") && !pty.screenText.contains("update failed"), "no run was started")
        try pty.send("exit\r")
        #expect(try pty.waitForExit(timeout: .seconds(20)) == .exited(0))
    }

    @Test func commandsAreCaseInsensitiveShortenedAndSuggested() throws {
        let session = try Session()
        let pty = session.pty
        try session.openDemo()
        try pty.send("/Preview\r")
        try pty.expect("the first 20 of 60 rows")
        try pty.expectPrompt(Self.prompt)
        try pty.send("/prev --invalid\r")
        try pty.expect("invalid rows 1–7 of 7")
        try pty.expectPrompt(Self.prompt)
        try pty.send("/prevue\r")
        try pty.expect("unknown command /prevue; did you mean /preview?")
        try pty.expect("Commands: /help")
        try pty.expectPrompt(Self.prompt)
        try pty.send("/help export\r")
        try pty.expect("--filter")
        try pty.expectPrompt(Self.prompt)
    }

    @Test func tabCompletesFlagsAndColumns() throws {
        let session = try Session()
        let pty = session.pty
        try session.openDemo()
        try pty.send("/preview --inv\t")
        try pty.expect("/preview --invalid")
        try pty.sendControl("c")
        try pty.expectPrompt(Self.prompt)
        try pty.send("/preview ema\t")
        try pty.expect("/preview email")
    }

    @Test func continueReopensTheLastMigrationWithASummary() throws {
        let home = try TemporaryDirectory()
        do {
            let first = try Session(home: home)
            try first.openDemo()
            try first.pty.send("/quit\r")
            _ = try first.pty.waitForExit(timeout: .seconds(20))
        }
        let second = try Session(["-c"], home: home)
        let pty = second.pty
        try pty.expect("preview: contacts 60 rows", timeout: .seconds(60))
        try pty.expectPrompt(Self.prompt)
        try pty.send("/migrations\r")
        let listing = try pty.expect("(* open")
        #expect(listing.contains("* Demo"))
        try pty.expectPrompt(Self.prompt)
        try pty.send("/quit\r")
        _ = try pty.waitForExit(timeout: .seconds(20))
        let id = listing.split(separator: " ").first { $0.count == 8 && $0.allSatisfy(\.isHexDigit) }.map(String.init) ?? "?"
        let third = try Session(["--migration", id], home: home)
        try third.pty.expect("preview: contacts 60 rows", timeout: .seconds(60))
        try third.pty.expectPrompt(Self.prompt)
    }

    @Test func newChecksItsFilesBeforeCreatingAnything() throws {
        let home = try TemporaryDirectory()
        do {
            let failing = try Session(["--new", "Acme", "--file", home.path + "/missing.csv"], home: home)
            try failing.pty.expect("missing.csv: no such file", timeout: .seconds(60))
            #expect(try failing.pty.waitForExit(timeout: .seconds(20)) != .exited(0))
        }
        let check = try Session(["--migration", "Acme"], home: home)
        try check.pty.expect("no migration Acme (there are none yet)", timeout: .seconds(60))
    }
}
