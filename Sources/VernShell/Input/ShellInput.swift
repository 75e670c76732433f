/// What reading a line produced.
public enum ShellLine: Sendable, Equatable {
    /// A line; a pasted block arrives as one line holding `\n`.
    case line(String)
    /// Ctrl-C at the prompt: the partial line is discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of a script.
    case endOfInput
}

/// What reading a secret produced.
public enum ShellSecret: Sendable, Equatable {
    case value(String)
    /// Ctrl-C while the secret was typed.
    case interrupted
    /// There is no terminal to read a secret from without echo.
    case unavailable
}

/// Where the shell's input comes from: a line editor on a terminal, a script on stdin, or a
/// scripted list in tests and transcript replay.
public protocol ShellInput: Sendable {
    /// Whether a person is typing (prompts, history and confirmations apply).
    var isInteractive: Bool { get }
    /// Reads one line after showing `prompt`.
    func readLine(prompt: String) async -> ShellLine
    /// Reads a secret with echo off; it never passes through the line editor or history.
    func readSecret(prompt: String) async -> ShellSecret
    /// Appends `line` to the history; the shell never passes a secret here.
    func recordHistory(_ line: String)
    /// Consumes a Ctrl-C that arrived while no line was being read (during a run), if any.
    func takeInterrupt() -> Bool
    /// Returns once a Ctrl-C is pending, without consuming it (see ``takeInterrupt()``), or
    /// when the waiting task is cancelled.
    func interruptArrived() async
}
