import Foundation

/// One recorded input line.
public struct HistoryEntry: Codable, Sendable, Equatable {
    /// When the line was entered.
    public var timestamp: Date
    /// The line as the shell received it; may contain `\n` (a pasted block).
    public var text: String

    /// Creates an entry.
    /// - Parameters:
    ///   - text: The recorded line.
    ///   - timestamp: When it was entered.
    public init(text: String, timestamp: Date) {
        self.text = text
        self.timestamp = timestamp
    }

    private enum CodingKeys: String, CodingKey {
        case timestamp = "ts"
        case text
    }
}

/// The persistent, append-only input history.
///
/// **Location:** `$VERN_HISTFILE` when set and non-empty, else `$XDG_STATE_HOME/vern/history`, else
/// `~/.local/state/vern/history`. Missing directories are created with mode 0700 and the file is
/// kept at mode 0600.
///
/// **Format:** JSON lines, one object per entry, keys sorted:
/// `{"text":"show invalid rows\nfor sheet 2","ts":"2026-11-23T16:20:49Z"}`. JSON escaping keeps a
/// multi-line entry on one physical line. Unknown keys are ignored when loading and unreadable lines
/// are skipped, so later versions may add fields.
///
/// **Concurrency:** every ``append(_:at:)`` opens the file with `O_APPEND` and writes the whole entry
/// with one `write(2)`, so two shells appending at the same time interleave whole entries and never
/// overwrite each other. The file is never rewritten.
public struct HistoryFile: Sendable, Equatable {
    /// Absolute path of the history file.
    public var path: String

    /// Uses the file at `path`.
    /// - Parameter path: Where the history lives.
    public init(path: String) {
        self.path = path
    }

    /// The default history file for an environment, or `nil` when no home directory is known.
    /// - Parameter environment: Usually `ProcessInfo.processInfo.environment`.
    /// - Returns: The history file following `VERN_HISTFILE`, `XDG_STATE_HOME` and `HOME`.
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> HistoryFile? {
        if let explicit = environment["VERN_HISTFILE"], !explicit.isEmpty {
            return HistoryFile(path: explicit)
        }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return HistoryFile(path: state + "/vern/history")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return HistoryFile(path: home + "/.local/state/vern/history")
    }

    /// The longest line recorded, in UTF-8 bytes. A longer one (a pasted file) would crowd out the
    /// rest of the history, which is loaded from the file's last 4 MiB, and is not worth recalling.
    public static let maxRecordedBytes = 16 * 1024

    /// Whether a line should be recorded at all: not blank, not starting with a space (the
    /// `HISTCONTROL=ignorespace` convention for "don't remember this"), and at most
    /// ``maxRecordedBytes`` long.
    /// - Parameter line: The line the shell received.
    /// - Returns: `true` when the line may be recorded.
    public static func shouldRecord(_ line: String) -> Bool {
        guard let first = line.first, first != " ", line.utf8.count <= maxRecordedBytes else { return false }
        return !line.allSatisfy(\.isWhitespace)
    }

    /// Appends one entry with a single `write(2)` on an `O_APPEND` descriptor.
    ///
    /// Lines rejected by ``shouldRecord(_:)`` are ignored.
    /// - Parameters:
    ///   - text: The line to record.
    ///   - date: The entry's timestamp.
    /// - Throws: ``HistoryFileError`` when the directory or file cannot be created or written.
    public func append(_ text: String, at date: Date = Date()) throws(HistoryFileError) {
        guard Self.shouldRecord(text) else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard var data = try? encoder.encode(HistoryEntry(text: text, timestamp: date)) else {
            throw HistoryFileError(path: path, operation: "encode", code: 0)
        }
        data.append(UInt8(ascii: "\n"))

        try createParentDirectory()
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw HistoryFileError(path: path, operation: "open", code: errno) }
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
        let written = data.withUnsafeBytes { bytes in
            var result: Int
            repeat { result = write(fd, bytes.baseAddress, bytes.count) } while result < 0 && errno == EINTR
            return result
        }
        guard written == data.count else {
            throw HistoryFileError(path: path, operation: "write", code: written < 0 ? errno : 0)
        }
    }

    /// Reads the most recent entries, oldest first. A missing or unreadable file yields `[]`.
    ///
    /// Only the last `maxBytes` of the file are read, so start-up stays fast as the file grows.
    /// - Parameters:
    ///   - limit: The maximum number of entries returned (the newest ones).
    ///   - maxBytes: How much of the end of the file to read.
    /// - Returns: Up to `limit` entries, oldest first.
    public func load(limit: Int = 1000, maxBytes: Int = 4 << 20) -> [HistoryEntry] {
        guard limit > 0, let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return [] }
        let start = size > UInt64(maxBytes) ? size - UInt64(maxBytes) : 0
        guard (try? handle.seek(toOffset: start)) != nil, let data = try? handle.readToEnd() else { return [] }

        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        if start > 0, !lines.isEmpty { lines.removeFirst() }  // probably cut in the middle
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var entries: [HistoryEntry] = []
        for line in lines.suffix(limit * 2) {
            if let entry = try? decoder.decode(HistoryEntry.self, from: Data(line)) { entries.append(entry) }
        }
        return Array(entries.suffix(limit))
    }

    private func createParentDirectory() throws(HistoryFileError) {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return }
        var missing: [String] = []
        var current = directory
        while !current.isEmpty, current != "/", access(current, F_OK) != 0 {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for dir in missing.reversed() where mkdir(dir, 0o700) != 0 && errno != EEXIST {
            throw HistoryFileError(path: dir, operation: "mkdir", code: errno)
        }
    }
}

/// A history file could not be written. Carries no entry text.
public struct HistoryFileError: Error, Equatable, CustomStringConvertible {
    /// The file or directory involved.
    public var path: String
    /// What failed: `mkdir`, `open`, `write` or `encode`.
    public var operation: String
    /// The `errno` value, or 0.
    public var code: Int32

    /// Describes the failure without the entry's text.
    public var description: String {
        let reason = code == 0 ? "failed" : String(cString: strerror(code))
        return "history: \(operation) \(path): \(reason)"
    }
}
