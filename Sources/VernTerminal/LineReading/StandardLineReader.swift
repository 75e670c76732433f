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

/// Writing to standard output from Swift 6 code in step with libedit (which writes through C stdio).
public enum TerminalOutput {
    /// Writes `text` to standard output and flushes.
    /// - Parameter text: The text, newline included if wanted.
    public static func write(_ text: String) {
        le_write_stdout(text)
    }

    /// Flushes C stdio's standard output and standard error (Swift's `print` goes through them).
    public static func flush() {
        le_flush_stdio()
    }
}
