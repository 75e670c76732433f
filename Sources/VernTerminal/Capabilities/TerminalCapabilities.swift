import CLibEditShim
import Foundation

/// The user's colour choice (`--color=auto|always|never`).
public enum ColorMode: String, Sendable, CaseIterable, Equatable {
    /// Colour when the stream is a terminal, `TERM` is set and not `dumb`, and `NO_COLOR` is unset or empty.
    case auto
    /// Colour even when piped; overrides `NO_COLOR` and `TERM=dumb` (an explicit flag wins).
    case always
    /// Never colour.
    case never
}

/// What the terminal around the process can do, decided once at start-up.
///
/// Build it with ``detect(colorMode:environment:)`` in the product and with
/// ``init(environment:stdinIsTTY:stdoutIsTTY:stderrIsTTY:terminalWidth:colorMode:)`` in tests.
public struct TerminalCapabilities: Sendable, Equatable {
    /// Standard input is a terminal (interactive prompts are possible).
    public var stdinIsTTY: Bool
    /// Standard output is a terminal.
    public var stdoutIsTTY: Bool
    /// Standard error is a terminal.
    public var stderrIsTTY: Bool
    /// `TERM` is `dumb` (or unset): no cursor movement, no colour in `auto` mode.
    public var isDumb: Bool
    /// Columns available for tables: `COLUMNS` when it is a positive number, else the terminal's
    /// width, else 80.
    public var width: Int
    /// The terminal's height in lines: a positive `LINES`, else the terminal's height, else 24.
    public var height: Int
    /// Colour may be used on standard output.
    public var colorOnStdout: Bool
    /// Colour may be used on standard error.
    public var colorOnStderr: Bool
    /// The locale is UTF-8 (`LC_ALL`, else `LC_CTYPE`, else `LANG`), so spinners and box characters
    /// may use Unicode; otherwise fall back to ASCII.
    public var unicode: Bool

    /// An interactive session: prompts on a terminal, answers on a terminal.
    public var isInteractive: Bool { stdinIsTTY && stdoutIsTTY }

    /// Progress may be one redrawn status line on standard error (spinner, elapsed time); otherwise
    /// print one plain line per state change.
    public var canRedrawStatusLine: Bool { stderrIsTTY && !isDumb }

    /// The default width when nothing better is known.
    public static let defaultWidth = 80

    /// Decides the capabilities from explicit facts (pure; used by tests).
    /// - Parameters:
    ///   - environment: The process environment (`NO_COLOR`, `TERM`, `COLUMNS`, `LC_ALL`, `LC_CTYPE`, `LANG`).
    ///   - stdinIsTTY: Whether standard input is a terminal.
    ///   - stdoutIsTTY: Whether standard output is a terminal.
    ///   - stderrIsTTY: Whether standard error is a terminal.
    ///   - terminalWidth: The width reported by the terminal, if any.
    ///   - terminalHeight: The height reported by the terminal, if any.
    ///   - colorMode: The user's colour choice.
    public init(
        environment: [String: String],
        stdinIsTTY: Bool,
        stdoutIsTTY: Bool,
        stderrIsTTY: Bool,
        terminalWidth: Int?,
        terminalHeight: Int? = nil,
        colorMode: ColorMode = .auto
    ) {
        self.stdinIsTTY = stdinIsTTY
        self.stdoutIsTTY = stdoutIsTTY
        self.stderrIsTTY = stderrIsTTY
        let term = environment["TERM"] ?? ""
        self.isDumb = term.isEmpty || term == "dumb"
        self.width = Self.width(environment: environment, terminalWidth: terminalWidth)
        let lines = environment["LINES"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        self.height = lines.flatMap { $0 > 0 ? $0 : nil } ?? terminalHeight.flatMap { $0 > 0 ? $0 : nil } ?? 24
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        func color(_ isTTY: Bool) -> Bool {
            switch colorMode {
            case .always: true
            case .never: false
            case .auto: isTTY && !noColor && !(term.isEmpty || term == "dumb")
            }
        }
        self.colorOnStdout = color(stdoutIsTTY)
        self.colorOnStderr = color(stderrIsTTY)
        self.unicode = Self.isUTF8Locale(environment: environment)
    }

    /// Probes the current process: `isatty` on 0, 1 and 2, `TIOCGWINSZ` on the first terminal among
    /// stdout, stderr and stdin.
    /// - Parameters:
    ///   - colorMode: The user's colour choice.
    ///   - environment: The environment to read.
    /// - Returns: The capabilities of this process's terminal.
    public static func detect(
        colorMode: ColorMode = .auto,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TerminalCapabilities {
        TerminalCapabilities(
            environment: environment,
            stdinIsTTY: isatty(0) == 1,
            stdoutIsTTY: isatty(1) == 1,
            stderrIsTTY: isatty(2) == 1,
            terminalWidth: currentTerminalWidth(),
            terminalHeight: [Int32(1), 2, 0].lazy.map { Int(le_window_height($0)) }.first { $0 > 0 },
            colorMode: colorMode
        )
    }

    /// The terminal's width now (it changes when the window is resized), or `nil` without a terminal.
    /// - Returns: Columns reported by `TIOCGWINSZ` on stdout, stderr or stdin.
    public static func currentTerminalWidth() -> Int? {
        for fd: Int32 in [1, 2, 0] {
            let columns = le_window_width(fd)
            if columns > 0 { return Int(columns) }
        }
        return nil
    }

    /// The width rule: a positive `COLUMNS` wins, then the terminal's width, then 80.
    /// - Parameters:
    ///   - environment: Where `COLUMNS` is read.
    ///   - terminalWidth: The width reported by the terminal, if any.
    /// - Returns: The width in columns.
    public static func width(environment: [String: String], terminalWidth: Int?) -> Int {
        if let columns = environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
            columns > 0
        {
            return columns
        }
        if let terminalWidth, terminalWidth > 0 { return terminalWidth }
        return defaultWidth
    }

    /// Whether the effective locale (`LC_ALL`, else `LC_CTYPE`, else `LANG`) names UTF-8.
    /// - Parameter environment: Where the locale variables are read.
    /// - Returns: `true` for locales such as `en_US.UTF-8` or `C.utf8`.
    public static func isUTF8Locale(environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let normalized = locale.lowercased()
        return normalized.contains("utf-8") || normalized.contains("utf8")
    }
}
