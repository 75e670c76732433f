import Foundation
import Synchronization
import VernAPI

/// How the terminal output looks.
public struct TerminalStyle: Sendable, Equatable {
    /// Redraw one status line (spinner, elapsed time) on stderr while a run works; otherwise
    /// print one line per state change.
    public var liveStatus: Bool
    /// Use ANSI colour.
    public var color: Bool
    /// The terminal can show Unicode (spinner frames, ellipses).
    public var unicode: Bool
    /// The width tables are fitted to.
    public var width: Int
    /// Whether tables on stdout may mark invalid cells in colour.
    public var tableColor: Bool
    /// Whether text is word-wrapped at ``width`` (stdout is a terminal).
    public var wrap: Bool
    /// Long listings go through this pager command (run by `/bin/sh -c`), when stdout is a
    /// terminal; `nil` prints them directly.
    public var pager: String?
    /// The terminal's height in lines: a listing taller than this goes through ``pager``.
    public var height: Int

    public init(
        liveStatus: Bool, color: Bool, unicode: Bool, width: Int = 80, tableColor: Bool = false, wrap: Bool = false,
        pager: String? = nil, height: Int = 24
    ) {
        self.liveStatus = liveStatus
        self.color = color
        self.unicode = unicode
        self.width = width
        self.tableColor = tableColor
        self.wrap = wrap
        self.pager = pager
        self.height = height
    }

    /// The pager for a terminal: `$PAGER`, else `less -SRXF` (as psql); an empty `$PAGER` turns paging off.
    public static func pager(environment: [String: String]) -> String? {
        guard let pager = environment["PAGER"] else { return "less -SRXF" }
        return pager.trimmingCharacters(in: .whitespaces).isEmpty ? nil : pager
    }

    /// Plain lines, no colour: pipes, `TERM=dumb`, `NO_COLOR`.
    public static let plain = TerminalStyle(liveStatus: false, color: false, unicode: true)
}

/// Where rendered text is written.
public protocol TextOutput: Sendable {
    func write(_ text: String, to channel: OutputChannel)
}

/// The process's standard output and standard error.
public struct StandardOutput: TextOutput {
    public init() {}

    public func write(_ text: String, to channel: OutputChannel) {
        let handle = channel == .stdout ? FileHandle.standardOutput : FileHandle.standardError
        try? handle.write(contentsOf: Data(text.utf8))
    }
}

/// Renders events for a person: stdout for answers and previews, stderr for progress.
///
/// With ``TerminalStyle/liveStatus`` a run's progress is one redrawn line with a spinner and
/// the elapsed time, cleared before anything else is printed; otherwise each state change is
/// one line. What the analyst typed is not repeated.
public final class TerminalRenderer: ShellEventSink {
    private struct State {
        var status: String?
        var started: ContinuousClock.Instant?
        var frame = 0
        var lineShown = false
        var spinner: Task<Void, Never>?
    }

    private let style: TerminalStyle
    private let output: any TextOutput
    /// The terminal's width now: it follows resizes when the launcher can ask the terminal.
    private let currentWidth: @Sendable () -> Int
    private let state = Mutex(State())
    /// Held while writing to the terminal, so a spinner frame never lands between the cleared
    /// status line and the text that follows it.
    private let screen = Mutex(())

    /// - Parameters:
    ///   - style: How the output looks.
    ///   - output: Where it is written.
    ///   - width: The terminal's width at the time of each event, e.g. after a resize; `nil` keeps ``TerminalStyle/width``.
    public init(style: TerminalStyle, output: any TextOutput = StandardOutput(), width: (@Sendable () -> Int)? = nil) {
        self.style = style
        self.output = output
        let fixed = style.width
        currentWidth = width ?? { fixed }
    }

    deinit { state.withLock { $0.spinner?.cancel() } }

    public func emit(_ event: ShellEvent) {
        if style.liveStatus, handleLive(event) { return }
        let formatter = PlainFormatter(
            presenter: TerminalPresenter(), width: currentWidth(), color: style.tableColor, wrap: style.wrap)
        print(formatter.lines(for: event), event: event)
    }

    /// Updates the status line for progress events; returns whether the event was consumed.
    private func handleLive(_ event: ShellEvent) -> Bool {
        switch event {
        case .runStatus(let run, let status, let message) where status == .queued || status == .running:
            let text = "\(run.kind) \(status)" + (message.map { " · \($0)" } ?? "")
            state.withLock { state in
                if state.started == nil { state.started = .now }
                state.status = text
            }
            startSpinner()
            screen.withLock { _ in redraw() }
            return true
        case .uploadProgress(let name, let sent, let total):
            let percent = total > 0 ? sent * 100 / total : 100
            state.withLock { $0.status = "uploading \(name) \(percent)% of \(Numbers.bytes(total))" }
            screen.withLock { _ in
                redraw()
                if sent >= total { stopStatus() }
            }
            return true
        case .clearScreen:
            screen.withLock { _ in
                stopStatus()
                output.write("\u{1B}[H\u{1B}[2J", to: .stderr)
            }
            return true
        case .runStatus:
            screen.withLock { _ in stopStatus() }
            return false
        default:
            return false
        }
    }

    private func print(_ lines: [OutputLine], event: ShellEvent) {
        let visible = lines.filter { $0.channel != .echo }
        guard !visible.isEmpty else { return }
        if let pager = style.pager, Self.isListing(event), visible.count >= style.height,
            visible.allSatisfy({ $0.channel == .stdout })
        {
            screen.withLock { _ in clearStatusLine() }
            if Pager.show(visible.map(\.text).joined(separator: "\n") + "\n", command: pager) {
                return screen.withLock { _ in redraw() }
            }
        }
        screen.withLock { _ in
            clearStatusLine()
            for line in visible {
                output.write(paint(line.text, event: event) + "\n", to: line.channel)
            }
            redraw()
        }
    }

    /// Listings that may be long enough to page.
    private static func isListing(_ event: ShellEvent) -> Bool {
        switch event {
        case .preview, .previewRows, .thread, .help, .history, .templates, .migrations, .files: true
        default: false
        }
    }

    private func paint(_ text: String, event: ShellEvent) -> String {
        guard style.color else { return text }
        switch event {
        case .error: return "\u{1B}[31m\(text)\u{1B}[0m"
        case .question, .credentialRequest: return "\u{1B}[1m\(text)\u{1B}[0m"
        case .runStatus(_, let status, _):
            switch status {
            case .failed: return "\u{1B}[31m\(text)\u{1B}[0m"
            case .awaitingApproval, .completed: return "\u{1B}[32m\(text)\u{1B}[0m"
            default: return "\u{1B}[2m\(text)\u{1B}[0m"
            }
        case .notice, .banner: return "\u{1B}[2m\(text)\u{1B}[0m"
        default: return text
        }
    }

    private func startSpinner() {
        state.withLock { state in
            guard state.spinner == nil else { return }
            state.spinner = Task { [weak self] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(200))
                    guard let self, !Task.isCancelled else { return }
                    self.state.withLock { $0.frame += 1 }
                    self.screen.withLock { _ in self.redraw() }
                }
            }
        }
    }

    /// Clears the status line and stops the spinner; call with ``screen`` held.
    private func stopStatus() {
        clearStatusLine()
        state.withLock { state in
            state.spinner?.cancel()
            state.spinner = nil
            state.status = nil
            state.started = nil
        }
    }

    /// Draws the status line, if any; call with ``screen`` held.
    private func redraw() {
        let line: String? = state.withLock { state in
            guard let status = state.status else { return nil }
            let frames = style.unicode ? ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"] : ["|", "/", "-", "\\"]
            let elapsed = state.started.map { " (" + TerminalPresenter().elapsed(ContinuousClock.now - $0) + ")" } ?? ""
            state.lineShown = true
            let full = "\(frames[state.frame % frames.count]) \(status)\(elapsed) · ^C to cancel"
            // One character short of the width, so the terminal never wraps the line: a wrapped
            // status line could not be cleared with one erase.
            let width = currentWidth()
            return full.count < width ? full : String(full.prefix(max(width - 2, 1))) + (style.unicode ? "…" : "")
        }
        guard let line else { return }
        output.write("\r\u{1B}[2K" + (style.color ? "\u{1B}[2m\(line)\u{1B}[0m" : line), to: .stderr)
    }

    /// Erases the status line if it is shown; call with ``screen`` held.
    private func clearStatusLine() {
        let shown = state.withLock { state -> Bool in
            defer { state.lineShown = false }
            return state.lineShown
        }
        if shown { output.write("\r\u{1B}[2K", to: .stderr) }
    }
}
