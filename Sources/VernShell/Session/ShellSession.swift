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
        self.minimumPollGap = minimumPollGap
        self.save = save
        self.resolvePath = resolvePath
    }

    /// The default ``resolvePath``: `~` expanded, relative paths against the current directory.
    public static func standardPath(_ path: String) -> URL {
        URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
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

    /// Starts a run of `kind` and watches it, as if the analyst had asked for it (used to
    /// generate right after the shell creates a migration).
    public func start(_ kind: RunKind) async {
        await turn(kind)
    }

    /// Reads and handles lines until `/quit` or the end of input; returns how the session ended.
    public func run() async -> ShellOutcome {
        if lastSequence == nil {
            lastSequence = try? await latestSequence()
        }
        while true {
            let prompt = self.prompt
            switch await configuration.input.readLine(prompt: prompt) {
            case .endOfInput:
                emit(.endOfInput)
                if await confirmLeaving() { return outcome }
            case .interrupted:
                emit(.interrupt(prompt: prompt))
            case .line(let line):
                let text = line.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { continue }
                if !line.hasPrefix(" ") { configuration.input.recordHistory(line) }
                entered.append(line)
                outcome = .success
                emit(.input(prompt: prompt, text: text))
                if text.hasPrefix("/") {
                    if await handleCommand(text) == .quit { return outcome }
                } else {
                    await turn(mode == .ask ? .clarify : .update, message: text)
                }
            }
        }
    }

    /// Whether the shell may exit now: asks first when a run is still in flight.
    func confirmLeaving() async -> Bool {
        guard let run = currentRun, configuration.input.isInteractive,
            let state = try? await client.run(migration: migration.id, id: run.id), state.status.isInFlight
        else { return true }
        return await confirm(
            "A \(run.kind) run is still \(state.status). Quit anyway? [y/N] ", default: false, atEndOfInput: true)
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
                emit(.endOfInput)
                return atEndOfInput ?? defaultAnswer
            }
        }
    }

    /// Reports a failed request as a one-line error; the shell keeps running.
    func report(_ error: any Error) {
        outcome = .commandFailed
        if let error = error as? VernClientError {
            emit(.error(error.description))
        } else if error is CancellationError {
            emit(.error("interrupted"))
        } else {
            emit(.error(String(describing: error)))
        }
    }
}
