import CLibEditShim
import Foundation
import Synchronization

/// The interactive line reader: libedit on the process's terminal.
///
/// One dedicated thread owns the `EditLine*` and the in-memory history; `readLine`, `readSecret`
/// and `addHistory` queue work on it, so calls are served in order and never block the cooperative
/// thread pool. A pending `readLine` is not cancellable: it returns on Enter, Ctrl-C or Ctrl-D.
///
/// - Keys: emacs bindings by default, and `~/.editrc` (or `$EDITRC`) is sourced, so `bind -v`
///   switches to vi mode. Ctrl-R searches the history backwards; up-arrow recalls.
/// - Ctrl-C at the prompt discards the partial line and returns ``LineInput/interrupted``. Ctrl-C at
///   any other time goes to ``interrupts``. SIGINT never terminates the process.
/// - SIGTERM, SIGHUP and SIGQUIT restore the terminal and discard unread input before the process
///   ends (SIGQUIT quietly, with exit code 131).
/// - Ctrl-D on an empty line returns ``LineInput/eof``.
/// - Ctrl-Z at the prompt restores the terminal before stopping; after `fg` the line is redrawn.
///   Window resizes are picked up during and between prompts.
/// - Paste: when more input is already waiting after Enter (within ``Configuration/pasteWindow``),
///   the following lines are read too and the whole block comes back as one ``LineInput/line(_:)``
///   joined with `\n`. libedit has no bracketed paste; this is the heuristic. When 256 bytes or
///   more are already waiting (a paste, not a person typing), they are inserted into the line in one
///   step, literally, with one redraw, so a multi-megabyte line costs time linear in its length.
/// - Prompts may contain invisible sequences (colours) bracketed by `\u{1}` on both sides.
/// - After ``LineInput/interrupted`` and ``LineInput/eof`` the reader moves to a fresh line itself.
/// - Input is decoded with the locale (`LC_ALL`/`LC_CTYPE`/`LANG`), so UTF-8 is edited by character.
///
/// Create one per process: the signal handlers, the reader thread identity and the completion
/// callback are process-wide.
public final class LibEditLineReader: LineReader {
    /// Settings for ``LibEditLineReader``.
    public struct Configuration: Sendable {
        /// The program name libedit uses to select `.editrc` sections (`vern:bind -v`).
        public var programName: String
        /// Where history is loaded from and appended to; `nil` keeps history in memory only.
        public var history: HistoryFile?
        /// How many entries are loaded at start and kept in memory.
        public var historyLimit: Int
        /// Prompt shown for the following lines of a pasted block (usually empty).
        public var continuationPrompt: String
        /// How long to wait after Enter for more pasted input.
        public var pasteWindow: Duration
        /// Whether `~/.editrc` is sourced.
        public var sourceEditrc: Bool
        /// Tab completion; `nil` makes Tab beep.
        public var completion: CompletionProvider?

        /// Creates a configuration.
        /// - Parameters:
        ///   - programName: Name for `.editrc` sections.
        ///   - history: The history file, or `nil`.
        ///   - historyLimit: Entries loaded and kept.
        ///   - continuationPrompt: Prompt for the later lines of a paste.
        ///   - pasteWindow: Wait for more pasted input after Enter.
        ///   - sourceEditrc: Whether to read `~/.editrc`.
        ///   - completion: The Tab completion provider.
        public init(
            programName: String = "vern",
            history: HistoryFile? = nil,
            historyLimit: Int = 1000,
            continuationPrompt: String = "",
            pasteWindow: Duration = .milliseconds(15),
            sourceEditrc: Bool = true,
            completion: CompletionProvider? = nil
        ) {
            self.programName = programName
            self.history = history
            self.historyLimit = historyLimit
            self.continuationPrompt = continuationPrompt
            self.pasteWindow = pasteWindow
            self.sourceEditrc = sourceEditrc
            self.completion = completion
        }
    }

    private let configuration: Configuration
    private let thread: DedicatedThread
    private let editor: Editor

    /// Starts the reader thread, installs the signal handlers and loads the history.
    ///
    /// Use it only when standard input is a terminal (see ``makeStandardLineReader(history:completion:environment:)``).
    /// - Parameter configuration: The reader's settings.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        InterruptMonitor.shared.start()
        CompletionRegistry.provider.withLock { $0 = configuration.completion }
        le_set_completion_callback(completionCallback)
        let editor = Editor()
        self.editor = editor
        let entries = configuration.history?.load(limit: configuration.historyLimit) ?? []
        self.thread = DedicatedThread(name: "vern.line-reader") {
            le_mark_reader_thread()
            editor.open(configuration: configuration, entries: entries.map(\.text))
        }
    }

    /// Shows `prompt` and reads a line, a pasted block, Ctrl-C or Ctrl-D.
    /// - Parameter prompt: The prompt; bracket invisible sequences with `\u{1}`.
    /// - Returns: The input.
    public func readLine(prompt: String) async -> LineInput {
        let editor = self.editor
        let configuration = self.configuration
        return await thread.perform { editor.readLine(prompt: prompt, configuration: configuration) }
    }

    /// Reads a secret on the reader thread, outside libedit: opens `/dev/tty`, writes the prompt, turns
    /// `ECHO` off, reads to the newline, restores the terminal on every path (Ctrl-C included) and
    /// writes the newline itself. The secret never reaches libedit, its kill ring or the history.
    /// - Parameter prompt: The prompt shown before the secret.
    /// - Returns: The secret, ``SecretInput/interrupted`` or ``SecretInput/unavailable``.
    public func readSecret(prompt: String) async -> SecretInput {
        await thread.perform { MaskedInput.read(prompt: prompt) }
    }

    /// Records `line` in memory (for recall) and appends it to the history file. Lines rejected by
    /// ``HistoryFile/shouldRecord(_:)`` are ignored. A file error is reported once on standard error.
    /// - Parameter line: A line the shell chose to record; never a secret.
    public func addHistory(_ line: String) {
        guard HistoryFile.shouldRecord(line) else { return }
        let editor = self.editor
        thread.submit { editor.remember(line) }
        do {
            try configuration.history?.append(line)
        } catch {
            editor.reportHistoryErrorOnce(error)
        }
    }

    /// Ctrl-C events outside prompts, from now on.
    public var interrupts: AsyncStream<Void> { InterruptMonitor.shared.subscribe() }
}

/// The libedit state. Only touched on the reader thread, except `reportHistoryErrorOnce`.
private final class Editor: @unchecked Sendable {
    private var el: OpaquePointer?
    private var history: OpaquePointer?
    private let historyErrorReported = Atomic<Bool>(false)

    func open(configuration: LibEditLineReader.Configuration, entries: [String]) {
        el = le_init(configuration.programName)
        history = le_history_init(Int32(clamping: max(configuration.historyLimit, 1)))
        guard let el else { return }
        le_configure(el, history, configuration.sourceEditrc ? 1 : 0)
        for entry in entries { le_history_enter(history, entry) }
    }

    func readLine(prompt: String, configuration: LibEditLineReader.Configuration) -> LineInput {
        guard let el else { return .eof }
        le_set_prompt(prompt)
        var lines: [String] = []
        switch Self.gets(el) {
        case .line(let first): lines.append(first)
        case .interrupted:
            le_write_stdout("\n")
            return .interrupted
        case .eof:
            le_write_stdout("\n")
            return .eof
        }
        let window = Int32(
            clamping: configuration.pasteWindow.components.seconds * 1000
                + configuration.pasteWindow.components.attoseconds / 1_000_000_000_000_000)
        le_set_prompt(configuration.continuationPrompt)
        while le_input_pending(window) == 1 {
            guard case .line(let next) = Self.gets(el) else { break }
            lines.append(next)
        }
        return .line(lines.joined(separator: "\n"))
    }

    func remember(_ line: String) {
        le_history_enter(history, line)
    }

    func reportHistoryErrorOnce(_ error: HistoryFileError) {
        guard !historyErrorReported.exchange(true, ordering: .relaxed) else { return }
        FileHandle.standardError.write(Data("warning: \(error) (history is not saved)\n".utf8))
    }

    private static func gets(_ el: OpaquePointer) -> LineInput {
        var line: UnsafePointer<CChar>?
        var length: Int32 = 0
        switch le_gets(el, &line, &length) {
        case LE_GETS_LINE:
            guard let line else { return .eof }
            var text = String(cString: line)
            if text.hasSuffix("\n") { text.removeLast() }
            return .line(text)
        case LE_GETS_INTERRUPTED: return .interrupted
        default: return .eof
        }
    }
}

/// The process-wide completion provider the C trampoline calls.
enum CompletionRegistry {
    static let provider = Mutex<CompletionProvider?>(nil)
}

/// Tab handler: runs on the reader thread inside `el_gets`.
private let completionCallback: le_completion_callback = { el, before in
    guard let el, let before else { return UInt8(CC_ERROR) }
    guard let provider = CompletionRegistry.provider.withLock({ $0 }) else { return UInt8(CC_ERROR) }
    let line = String(cString: before)
    switch CompletionAction.resolve(lineBeforeCursor: line, candidates: provider(line)) {
    case .none:
        return UInt8(CC_ERROR)
    case .insert(let text):
        return le_insert(el, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
    case .list(let candidates):
        let width = TerminalCapabilities.currentTerminalWidth() ?? TerminalCapabilities.defaultWidth
        le_write_stdout("\n" + CompletionAction.columns(candidates, width: width) + "\n")
        return UInt8(CC_REDISPLAY)
    }
}
