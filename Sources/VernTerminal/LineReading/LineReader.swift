/// What one prompt produced.
public enum LineInput: Sendable, Equatable {
    /// A line without its trailing newline. Lines pasted together arrive as one value joined with `\n`.
    case line(String)
    /// Ctrl-C at the prompt: the partial line was discarded. The shell shows a fresh prompt.
    case interrupted
    /// End of input: Ctrl-D on an empty line, or the end of a piped script.
    case eof
}

/// What a masked (no-echo) prompt produced.
public enum SecretInput: Sendable, Equatable {
    /// The secret, without the newline. Never log it, record it or echo it.
    case value(String)
    /// Ctrl-C (or Ctrl-D on an empty line) during the prompt. The terminal is already restored.
    case interrupted
    /// There is no terminal to read from (piped input, no `/dev/tty`). Returned immediately; the shell
    /// must take the secret from somewhere else (`--credentials-file`, an environment variable).
    case unavailable
}

extension SecretInput: CustomStringConvertible, CustomDebugStringConvertible {
    /// Never shows the secret itself.
    public var description: String {
        switch self {
        case .value(let secret): "value(<\(secret.utf8.count) bytes redacted>)"
        case .interrupted: "interrupted"
        case .unavailable: "unavailable"
        }
    }

    /// Same as ``description``: the secret is never shown.
    public var debugDescription: String { description }
}

/// Completes the word before the cursor.
///
/// Receives the text of the line from its start up to the cursor, and returns the candidate words
/// that could replace the *current word* (the text after the last space), each in full. The
/// provider decides what to offer (slash commands, template slugs, file paths...); the reader does
/// the mechanics: it inserts the longest common prefix, adds a space after a unique candidate
/// (not after one ending in `/`), and lists the candidates when Tab cannot make progress.
/// Called on the reader thread while the user waits: keep it fast and non-blocking.
public typealias CompletionProvider = @Sendable (_ lineBeforeCursor: String) -> [String]

/// The shell's only view of the terminal's input side.
///
/// Implementations: ``LibEditLineReader`` (interactive terminal), ``PlainLineReader`` (piped
/// script). Use
/// ``makeStandardLineReader(history:completion:environment:)`` to pick one for the current process.
public protocol LineReader: Sendable {
    /// Shows `prompt` and reads one line (or one pasted block).
    func readLine(prompt: String) async -> LineInput

    /// Shows `prompt` and reads a secret with terminal echo off, outside the line editor and its
    /// history.
    func readSecret(prompt: String) async -> SecretInput

    /// Records `line` in the history (in memory and on disk). The shell decides what is recorded and
    /// never passes a secret; lines starting with a space, and blank lines, are ignored.
    func addHistory(_ line: String)

    /// Ctrl-C events that arrive while no prompt is reading (for example while a run is in flight).
    ///
    /// Each access returns a new subscription that sees the interrupts from that moment on, so the
    /// shell subscribes when a run starts and drops the stream when it ends; a Ctrl-C at a prompt is
    /// reported as ``LineInput/interrupted`` and never appears here.
    var interrupts: AsyncStream<Void> { get }
}
