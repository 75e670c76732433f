import CLibEditShim
import Foundation

/// Picks the reader for this process: ``LibEditLineReader`` when standard input is a terminal, else
/// ``PlainLineReader``. `VERN_SIMPLE_PROMPT=1` forces the plain reader (a test hook).
/// - Parameters:
///   - history: The history file for the interactive reader (``HistoryFile/standard(environment:)``).
///   - completion: Tab completion for the interactive reader.
///   - environment: The process environment.
/// - Returns: The reader.
public func makeStandardLineReader(
    history: HistoryFile?,
    completion: CompletionProvider? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
) -> any LineReader {
    let forcedPlain =
        (environment["VERN_SIMPLE_PROMPT"] ?? "").isEmpty == false
        && environment["VERN_SIMPLE_PROMPT"] != "0"
    if isatty(0) == 1 && !forcedPlain {
        return LibEditLineReader(
            configuration: .init(history: history, completion: completion)
        )
    }
    return PlainLineReader()
}

/// C stdio's buffers, which libedit writes through (Swift 6 code cannot name `stdout`).
public enum TerminalOutput {
    /// Flushes C stdio's standard output and standard error (Swift's `print` goes through them).
    public static func flush() {
        le_flush_stdio()
    }
}
