import Foundation
import VernAPI
import VernClient

/// How the last line of a session ended, for the process exit code (see the README's table):
/// the outcome of its run, or whether its command failed.
public enum ShellOutcome: Int32, Sendable, Equatable {
    /// No run, or the last run reached its goal (`awaiting_approval`, `completed`).
    case success = 0
    /// The last run failed.
    case runFailed = 1
    /// The last command or request failed (bad input, API error).
    case commandFailed = 3
    /// The last run was canceled.
    case runCanceled = 4
    /// The last run is still waiting for input that could not be given (no terminal, no
    /// credentials file), or the shell stopped waiting for it.
    case runPending = 5
}

/// What `/save` wrote.
public struct SavedTranscript: Sendable, Equatable {
    /// The files written, as the person should see them (the Markdown first).
    public var paths: [String]
    /// The uploaded files copied into `NAME.files/`, by name.
    public var uploads: [String]

    public init(paths: [String], uploads: [String]) {
        self.paths = paths
        self.uploads = uploads
    }
}

/// `/save` found a transcript of the same name.
public struct SaveConflict: Error, Sendable {
    /// The transcript that exists.
    public var path: String

    public init(path: String) { self.path = path }
}

/// Everything a session needs; see ``ShellSession``.
public struct ShellConfiguration: Sendable {
    public var client: VernClient
    public var migration: Migration
    public var input: any ShellInput
    public var sink: any ShellEventSink
    /// The clock runs are watched on (an immediate one in replay).
    public var clock: any Clock<Duration>
    /// Whether to open the thread's SSE stream while a run works, so agent messages show up at
    /// once; polling alone is the fallback (and what replay uses).
    public var streamThread: Bool
    /// Secrets for credential forms when there is no terminal (from `--credentials-file` or an
    /// environment variable named by a flag).
    public var credentials: [String: String]
    /// Whether runs live on after the shell ends (a remote or on-disk server), for what quitting says.
    public var runsOutliveShell: Bool
    /// In a script, run every line even after a failure (otherwise the first failure stops it).
    public var keepGoing: Bool
    /// Answers for a script's questions, by question id (`--answers FILE`): an option's number
    /// or label, or free text where the question allows it.
    public var answers: [String: String]
    /// After a thread event wakes the run watcher, the least time before the next step, so a
    /// chatty agent cannot push the request rate past the API's limit (about 100 per minute
    /// per endpoint): at most one step per gap.
    public var minimumPollGap: Duration
    /// Writes a transcript of the session so far, given the name of `/save` and whether it may
    /// replace one of the same name (else it throws ``SaveConflict``); returns what it wrote.
    public var save: (@Sendable (_ name: String?, _ replace: Bool) async throws -> SavedTranscript)?
    /// Turns a path typed at the prompt (`/upload`, `/export`) into a file URL. The default
    /// expands `~` and resolves relative paths against the current directory; replay maps
    /// uploads to the files saved beside the transcript and exports to a scratch directory.
    public var resolvePath: @Sendable (String) -> URL

    public init(
        client: VernClient, migration: Migration, input: any ShellInput, sink: any ShellEventSink,
        clock: any Clock<Duration> = ContinuousClock(), streamThread: Bool = true, credentials: [String: String] = [:],
        keepGoing: Bool = false, answers: [String: String] = [:], runsOutliveShell: Bool = true,
        minimumPollGap: Duration = .seconds(1), save: (@Sendable (_ name: String?, _ replace: Bool) async throws -> SavedTranscript)? = nil,
        resolvePath: @escaping @Sendable (String) -> URL = ShellConfiguration.standardPath
    ) {
        self.client = client
        self.migration = migration
        self.input = input
        self.sink = sink
        self.clock = clock
        self.streamThread = streamThread
        self.credentials = credentials
        self.keepGoing = keepGoing
        self.runsOutliveShell = runsOutliveShell
        self.answers = answers
        self.minimumPollGap = minimumPollGap
        self.save = save
        self.resolvePath = resolvePath
    }

    /// The default ``resolvePath``: `~` expanded, relative paths against the current directory.
    public static func standardPath(_ path: String) -> URL {
        URL(fileURLWithPath: HomePath.expand(path))
    }
}

/// One analyst's conversation with the agent about one migration.
///
/// The session reads lines, turns free text into `update` or `clarify` runs (the mode) and
/// slash commands into API calls, watches runs to their end, answers blocked runs, and reports
/// everything as ``ShellEvent``s. It runs on the caller's task; nothing else touches it.
public final class ShellSession {
    /// The turn kind free text starts.
    public enum Mode: String, Sendable {
        case update
        case ask
    }

    let configuration: ShellConfiguration
    var client: VernClient { configuration.client }
    var migration: Migration
    public internal(set) var mode: Mode = .update
    /// The run started last; still in flight when the shell stopped waiting for it.
    var currentRun: RunRef?
    /// The thread position already shown.
    var lastSequence: Int?
    var outcome: ShellOutcome = .success
    /// In a script with `--keep-going`, the first failure, which becomes the exit code.
    var firstFailure: ShellOutcome?
    /// A script met a question it holds no answer for: the session stops with "input needed".
    var inputNeeded = false
    /// Whether the migration has a recipe: a generate or update run reached its preview this
    /// session, or the opening summary found one.
    var hasRecipe = false
    /// Whether an update or generate run changed the recipe after the last execute this
    /// session; `nil` before any execute.
    var recipeChangedSinceExecute: Bool?
    /// A script's input has ended (reported once).
    var inputEnded = false
    /// `/quit`, at the prompt or at a form: the shell ends once the line is handled (asking
    /// first when a run is in flight).
    var quitRequested = false
    /// The question being asked at `answer>`, for `/values`.
    var askedQuestion: Question?
    /// The question of the run left blocked (the form was left, or the shell did not ask yet).
    var pendingQuestion: PendingQuestion?
    var entered: [String] = []

    public init(configuration: ShellConfiguration) {
        self.configuration = configuration
        migration = configuration.migration
    }

    /// The prompt, showing the migration and the mode: `vern:Acme Corp[update]> `.
    public var prompt: String {
        let name = migration.name.count > 24 ? String(migration.name.prefix(23)) + "…" : migration.name
        return "vern:\(name)[\(mode.rawValue)]> "
    }

    func emit(_ event: ShellEvent) { configuration.sink.emit(event) }

    /// Reports the end of input: each Ctrl-D at a terminal, but a script's input ends once.
    func noteEndOfInput() {
        if !configuration.input.isInteractive {
            guard !inputEnded else { return }
            inputEnded = true
        }
        emit(.endOfInput)
    }

    /// Starts a run of `kind` and watches it, as if the analyst had asked for it (used to
    /// generate right after the shell creates a migration). With `questionsAtPrompt`, a
    /// question the run asks first waits for the main prompt, which says how to answer it.
    public func start(_ kind: RunKind, questionsAtPrompt: Bool = false) async {
        await turn(kind, questionsAtPrompt: questionsAtPrompt)
    }

    /// Reads and handles lines until `/quit` or the end of input; returns how the session ended.
    ///
    /// A script (no terminal) stops at the first failed command or run with its outcome, unless
    /// ``ShellConfiguration/keepGoing`` is set; then it ends with the first failure's outcome.
    public func run() async -> ShellOutcome {
        if lastSequence == nil {
            lastSequence = try? await latestPosition().sequence
        }
        if let stop = scriptStop() { return stop }
        if quitRequested, await confirmLeaving() { return firstFailure ?? outcome }
        quitRequested = false
        while true {
            let prompt = self.prompt
            switch await configuration.input.readLine(prompt: prompt) {
            case .endOfInput:
                noteEndOfInput()
                if await confirmLeaving() { return firstFailure ?? outcome }
            case .interrupted:
                emit(.interrupt(prompt: prompt))
            case .line(let line):
                let text = Self.trimmingBlanks(line)
                guard !text.isEmpty else { continue }
                if !line.hasPrefix(" ") { configuration.input.recordHistory(line) }
                entered.append(line)
                outcome = .success
                emit(.input(prompt: prompt, text: text))
                switch LineIntent(text) {
                case .command(let command):
                    await handleCommand(command)
                case .message(let message, let kind):
                    await send(message, kind: kind)
                }
                if quitRequested, await confirmLeaving() { return firstFailure ?? outcome }
                quitRequested = false
                if let stop = scriptStop() { return stop }
            }
        }
    }

    /// In a script, after a line: the outcome to stop with, or `nil` to go on. Remembers the
    /// first failure for `--keep-going`.
    private func scriptStop() -> ShellOutcome? {
        guard !configuration.input.isInteractive else { return nil }
        if inputNeeded { return .runPending }
        guard outcome != .success else { return nil }
        if firstFailure == nil { firstFailure = outcome }
        guard !configuration.keepGoing else { return nil }
        emit(.notice("Stopped at the first failure (exit \(outcome.rawValue)); --keep-going runs the rest of the script."))
        return outcome
    }

    /// Sends free text to the agent: a change to the recipe or a question, as its kind and the mode say.
    private func send(_ message: String, kind: LineIntent.Kind) async {
        guard !message.isEmpty else { return emit(.error("nothing after the prefix; type the message after ! or ?")) }
        if await offerAsAnswer(message) { return }
        switch kind {
        case .mode:
            await turn(mode == .ask ? .clarify : .update, message: message)
        case .forcedUpdate:
            await turn(.update, message: message)
        case .forcedAsk:
            await turn(.clarify, message: message)
        case .question where mode == .update:
            emit(.notice("Asking, as this reads as a question (start the line with ! to change the recipe instead)."))
            await turn(.clarify, message: message)
        case .question:
            await turn(.clarify, message: message)
        }
    }

    /// Whether the shell may exit now: asks first when a run is still in flight, and says what
    /// becomes of it.
    func confirmLeaving() async -> Bool {
        guard let run = currentRun ?? pendingQuestion?.run,
            let state = try? await client.run(migration: migration.id, id: run.id), state.status.isInFlight
        else { return true }
        let fate =
            configuration.runsOutliveShell
            ? (state.status == .blocked
                ? "It stays blocked on the server; `vern -c` reopens this migration to answer it."
                : "It goes on on the server; `vern -c` reopens this migration to see it.")
            : "The embedded server stops with vern, so the run ends unfinished."
        guard configuration.input.isInteractive else {
            emit(.notice("The \(run.kind) run is \(state.status). \(fate)"))
            return true
        }
        let leave = await confirm(
            "A \(run.kind) run is still \(state.status). Quit anyway? [y/N] ", default: false, atEndOfInput: true)
        if leave { emit(.notice(fate)) }
        return leave
    }

    /// Asks a yes/no question. An empty answer means `defaultAnswer`; without a person at the
    /// keyboard the answer is `unattended` (a script's command is what it asks for); Ctrl-D at
    /// the question means `atEndOfInput`.
    func confirm(
        _ question: String, default defaultAnswer: Bool, unattended: Bool? = nil, atEndOfInput: Bool? = nil
    ) async -> Bool {
        guard configuration.input.isInteractive else { return unattended ?? defaultAnswer }
        while true {
            switch await configuration.input.readLine(prompt: question) {
            case .line(let answer):
                emit(.input(prompt: question, text: answer))
                switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
                case "y", "yes": return true
                case "n", "no": return false
                case "": return defaultAnswer
                default: emit(.error("answer y or n"))
                }
            case .interrupted:
                emit(.interrupt(prompt: question))
                return false
            case .endOfInput:
                noteEndOfInput()
                return atEndOfInput ?? defaultAnswer
            }
        }
    }

    /// Reports a failed request as a one-line error; the shell keeps running.
    func report(_ error: any Error) {
        outcome = .commandFailed
        if let error = error as? VernClientError {
            emit(.error(error.userMessage, status: error.status))
        } else if error is CancellationError {
            emit(.error("interrupted"))
        } else {
            emit(.error(String(describing: error)))
        }
    }

    /// `line` without leading and trailing blanks; a line that has none (a pasted line of
    /// megabytes, most often) is returned as it is, without a copy.
    static func trimmingBlanks(_ line: String) -> String {
        guard let first = line.unicodeScalars.first, let last = line.unicodeScalars.last,
            CharacterSet.whitespaces.contains(first) || CharacterSet.whitespaces.contains(last)
        else { return line }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
