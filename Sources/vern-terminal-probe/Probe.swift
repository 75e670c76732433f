// A tiny REPL over VernTerminal, used only by the pty tests of this package.
//
// PROBE_PASTE_MS sets the paste window. Commands: /run (fake 5 s run that listens for ^C), /secret (masked read, prints the length),
// /stty (prints the terminal's echo/icanon state), /width (the detected width), /quit. Anything else prints `got: <line>` with
// newlines shown as `\n`, and is recorded in history; a line over 1 KiB is written to `$HOME/long-line`
// instead and only its size is printed (`got 5000000 bytes`).
import Foundation
import VernTerminal

@main
struct Probe {
    static let commands = ["/quit", "/run", "/secret", "/status", "/stty", "/width"]

    static func main() async {
        let environment = ProcessInfo.processInfo.environment
        let completion: CompletionProvider = { line in
            let word = CompletionAction.currentWord(of: line)
            return line.contains(" ") ? [] : commands.filter { $0.hasPrefix(word) }
        }
        // PROBE_PASTE_MS: a longer paste window, for a test judging a paste on a loaded machine, where
        // the kernel may hand the pasted bytes to the terminal in pieces more than 15 ms apart.
        let reader: any LineReader =
            if let window = Int(environment["PROBE_PASTE_MS"] ?? ""), isatty(0) == 1 {
                LibEditLineReader(
                    configuration: .init(history: HistoryFile.standard(environment: environment), pasteWindow: .milliseconds(window), completion: completion))
            } else {
                makeStandardLineReader(history: HistoryFile.standard(environment: environment), completion: completion, environment: environment)
            }
        let runSeconds = Double(environment["PROBE_RUN_SECONDS"] ?? "") ?? 5
        if environment["PROBE_ANNOUNCE"] == "1" { say("probe ready") }  // a sync point without a prompt
        while true {
            switch await reader.readLine(prompt: "probe> ") {
            case .eof:
                say("bye")
                exit(0)
            case .interrupted:
                continue
            case .line(let line) where line.utf8.count > 1024:
                reader.addHistory(line)
                _ = FileManager.default.createFile(atPath: (environment["HOME"] ?? ".") + "/long-line", contents: Data(line.utf8))
                say("got \(line.utf8.count) bytes")
            case .line(let line):
                reader.addHistory(line)
                switch line.trimmingCharacters(in: .whitespaces) {
                case "/quit":
                    say("bye")
                    exit(0)
                case "/run": await fakeRun(reader: reader, seconds: runSeconds)
                case "/secret": await readSecret(reader: reader)
                case "/stty": say(terminalState())
                case "/width": say("width=\(TerminalCapabilities.detect(environment: environment).width)")
                default: say("got: " + line.replacingOccurrences(of: "\n", with: "\\n"))
                }
            }
        }
    }

    static func say(_ text: String) {
        print(text)
        TerminalOutput.flush()
    }

    static func readSecret(reader: any LineReader) async {
        switch await reader.readSecret(prompt: "secret: ") {
        case .value(let secret): say("secret length: \(secret.count)")
        case .interrupted: say("secret interrupted")
        case .unavailable: say("secret unavailable")
        }
    }

    static func terminalState() -> String {
        var attributes = termios()
        guard tcgetattr(0, &attributes) == 0 else { return "no terminal" }
        let echo = attributes.c_lflag & tcflag_t(ECHO) != 0
        let canonical = attributes.c_lflag & tcflag_t(ICANON) != 0
        return "echo=\(echo ? "on" : "off") icanon=\(canonical ? "on" : "off")"
    }

    enum RunEvent: Sendable { case interrupt, finished, canceled }

    /// A fake run: finishes after `seconds`; the first ^C requests a cancel (confirmed 3 s later), a
    /// second ^C within 2 s stops waiting.
    static func fakeRun(reader: any LineReader, seconds: Double) async {
        let interrupts = reader.interrupts
        say("run started (^C to cancel)")
        let (events, sink) = AsyncStream<RunEvent>.makeStream()
        let listener = Task {
            for await _ in interrupts { sink.yield(.interrupt) }
        }
        let timer = Task {
            try? await Task.sleep(for: .seconds(seconds))
            sink.yield(.finished)
        }
        var cancelTimer: Task<Void, Never>?
        var firstInterrupt: ContinuousClock.Instant?
        defer {
            listener.cancel()
            timer.cancel()
            cancelTimer?.cancel()
        }
        for await event in events {
            switch event {
            case .interrupt:
                if let first = firstInterrupt, ContinuousClock.now - first < .seconds(2) {
                    say("stopped waiting")
                    return
                }
                if firstInterrupt == nil {
                    say("cancel requested (^C again to stop waiting)")
                    cancelTimer = Task {
                        try? await Task.sleep(for: .seconds(3))
                        if !Task.isCancelled { sink.yield(.canceled) }
                    }
                }
                firstInterrupt = .now
            case .finished:
                say(terminalState())
                say("run finished")
                return
            case .canceled:
                say("run canceled")
                return
            }
        }
    }
}
