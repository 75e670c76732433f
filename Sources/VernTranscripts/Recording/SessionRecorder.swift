import Crypto
import Foundation
import Synchronization
import VernAPI
import VernClient
import VernShell

/// Records one shell session: every HTTP exchange (through ``RecordingTransport``), every
/// event shown (through ``recordingSink(_:)``) and every input (through ``recordingInput(_:)``).
///
/// Secrets are redacted as they are recorded: the `x-api-key` header is never kept, every
/// value of a `credentials` object in a request body becomes `[REDACTED]`, secret form fields
/// are recorded by name only, and events never carry a secret. ``save(name:directory:)`` writes
/// the normalised, test-ready transcript; ``writeSessionLog(directory:)`` the session log.
public final class SessionRecorder: Sendable {
    struct RawExchange {
        var method: String
        var url: String
        var request: [UInt8]?
        var upload: UploadRecord?
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
    }

    struct State {
        var exchanges: [RawExchange] = []
        /// The lines of the events shown, as rendered (not yet normalised).
        var lines: [String] = []
        var transcript: IncrementalTranscript
        var saving = false
        var uploads: [String: URL] = [:]
        var journal: (directory: URL, name: String)?
        var opening: OpeningRecord
    }

    private let state: Mutex<State>
    /// Held while the journal is written, so a later event's journal never gets overwritten by an earlier one's.
    private let journalWriting = Mutex(())
    /// The API base URL requests are recorded relative to.
    public let baseURL: URL
    /// How the session opened (see ``noteAttached(_:files:)``).
    public var opening: OpeningRecord { state.withLock { $0.opening } }
    /// Embedded server settings live replay needs.
    public let server: ServerSettings
    /// Whether the session is interactive.
    public let interactive: Bool
    /// Where copies of uploaded files are kept until the session ends.
    let scratch: URL
    private let rendering = TranscriptRendering(presenter: TerminalPresenter())

    /// Creates a recorder.
    public init(baseURL: URL, opening: OpeningRecord, server: ServerSettings = ServerSettings(), interactive: Bool) {
        self.baseURL = baseURL
        state = Mutex(State(transcript: IncrementalTranscript(baseURL: baseURL), opening: opening))
        self.server = server
        self.interactive = interactive
        scratch = ScratchSpace.current.directory.appendingPathComponent("recording-\(UUID().uuidString)")
    }

    deinit { try? FileManager.default.removeItem(at: scratch) }

    /// A transport that records every exchange through `base`.
    public func transport(wrapping base: any HTTPTransport) -> RecordingTransport {
        RecordingTransport(base: base, recorder: self)
    }

    /// A sink that records events and passes them on to `base`.
    public func recordingSink(_ base: any ShellEventSink) -> any ShellEventSink {
        RecordingSink(base: base, recorder: self)
    }

    /// An input that records what it reads from `base`.
    public func recordingInput(_ base: any ShellInput) -> any ShellInput {
        RecordingInput(base: base, recorder: self)
    }

    /// Records what an attached migration was, so live replay can create it afresh: its name,
    /// templates and files, and whether it had a preview.
    public func noteAttached(_ migration: Migration, files: [String]) {
        state.withLock { state in
            state.opening.migration = migration.name
            state.opening.templates = migration.templates.map(\.slug)
            state.opening.files = files
            state.opening.generated = ![MigrationStatus.awaitingFiles, .ready].contains(migration.status)
        }
    }

    // MARK: - Recording

    func record(_ exchange: RawExchange) { state.withLock { $0.exchanges.append(exchange) } }

    func record(_ event: ShellEvent) {
        let lines = rendering.lines(for: event)
        guard !lines.isEmpty else { return }
        let journal = state.withLock { state -> (directory: URL, name: String)? in
            guard !state.saving else { return nil }
            state.lines += lines
            return state.journal
        }
        if let journal { writeJournal(journal) }
    }

    private func writeJournal(_ journal: (directory: URL, name: String)) {
        journalWriting.withLock { _ in
            _ = try? write(name: journal.name, directory: journal.directory, title: "Session \(journal.name)", private: true)
        }
    }

    /// Starts the session's journal in `directory` (`$XDG_STATE_HOME/vern/sessions/`): from now on
    /// it is rewritten after every event it records (run state changes, answers, commands and
    /// their output), so a killed terminal loses at most the event in flight; each event is
    /// rendered and normalised once, the rest comes from what earlier writes kept. Applies the retention limit there.
    public func startJournal(directory: URL, retention: SessionRetention = .standard, now: Date = Date()) throws {
        try PrivateFiles.directory(directory)
        retention.prune(directory, now: now)
        let name = "\(Self.stamp(now))-\(ProcessInfo.processInfo.processIdentifier)"
        state.withLock { $0.journal = (directory, name) }
    }

    /// Writes the journal once more (at exit, for the events after the last flush).
    public func flushJournal() {
        guard let journal = state.withLock({ $0.journal }), !state.withLock({ $0.lines.isEmpty }) else { return }
        writeJournal(journal)
    }

    /// `/save` and what it prints are not part of the transcript.
    func setSaving(_ saving: Bool) { state.withLock { $0.saving = saving } }

    var isSaving: Bool { state.withLock { $0.saving } }

    /// Keeps a copy of an uploaded file; returns its record.
    func keepUpload(_ file: URL) throws -> UploadRecord {
        let name = file.lastPathComponent
        try ScratchSpace.current.prepareIfNeeded()
        try PrivateFiles.directory(scratch)
        let copy = scratch.appendingPathComponent(name)
        // Copied and hashed a chunk at a time: a large upload starts at once and memory stays flat.
        try PrivateFiles.write(Data(), to: copy)
        let input = try FileHandle(forReadingFrom: file)
        defer { try? input.close() }
        let output = try FileHandle(forWritingTo: copy)
        defer { try? output.close() }
        var hasher = SHA256()
        var size = 0
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            try output.write(contentsOf: chunk)
            size += chunk.count
        }
        state.withLock { $0.uploads[name] = copy }
        return UploadRecord(name: name, size: size, sha256: HexDigest.hex(hasher.finalize()))
    }

    /// Every value of a `credentials` object becomes `[REDACTED]`.
    static func redact(_ body: [UInt8]) -> [UInt8] {
        guard var value = try? VernJSON.decoder().decode(JSONValue.self, from: Data(body)), containsCredentials(value) else {
            return body
        }
        value = redacted(value, inCredentials: false)
        return Array((try? VernJSON.encoder().encode(value)) ?? Data("{}".utf8))
    }

    private static func containsCredentials(_ value: JSONValue) -> Bool {
        switch value {
        case .object(let object): object.keys.contains("credentials") || object.values.contains(where: containsCredentials)
        case .array(let array): array.contains(where: containsCredentials)
        default: false
        }
    }

    private static func redacted(_ value: JSONValue, inCredentials: Bool) -> JSONValue {
        switch value {
        case .object(let object):
            return .object(object.reduce(into: [:]) { $0[$1.key] = redacted($1.value, inCredentials: inCredentials || $1.key == "credentials") })
        case .array(let array):
            return .array(array.map { redacted($0, inCredentials: inCredentials) })
        default:
            return inCredentials ? .string("[REDACTED]") : value
        }
    }

    // MARK: - Writing

    /// The normalised transcript and cassette of the session so far.
    public func render(title: String) -> (document: TranscriptDocument, cassette: Cassette, uploads: [String: URL]) {
        state.withLock { state in
            let document = Self.document(of: &state, title: title, cassette: "", interactive: interactive, server: server)
            let cassette = Cassette(inputDigests: state.transcript.inputDigests(document), exchanges: state.transcript.exchanges)
            return (document, cassette, state.uploads)
        }
    }

    /// The transcript so far, its cassette's text, and the uploads, from what earlier renders kept.
    private func renderTexts(title: String, cassette name: String) throws -> (markdown: String, cassette: String, uploads: [String: URL]) {
        try state.withLock { state in
            let document = Self.document(of: &state, title: title, cassette: name, interactive: interactive, server: server)
            return (document.render(), try state.transcript.cassetteText(for: document), state.uploads)
        }
    }

    private static func document(
        of state: inout State, title: String, cassette: String, interactive: Bool, server: ServerSettings
    ) -> TranscriptDocument {
        let transcript = state.transcript
        transcript.catchUp(exchanges: state.exchanges, lines: state.lines[transcript.lineCount...])
        var opening = state.opening
        opening.attach = opening.attach.map(transcript.attachPlaceholder)
        return TranscriptDocument(
            cassette: cassette, interactive: interactive, opening: opening, server: server, title: title, lines: transcript.lines)
    }

    /// Writes `NAME.md`, `NAME.cassette.jsonl` and (with `files`) `NAME.files/` into `directory`;
    /// with `private`, the folder is 0700 and the files 0600 whatever the umask.
    /// - Returns: the Markdown file written.
    @discardableResult
    public func write(name: String, directory: URL, title: String? = nil, files: Bool = true, private: Bool = false) throws -> URL {
        let cassetteName = "\(name).cassette.jsonl"
        let (markdownText, cassetteText, uploads) = try renderTexts(title: title ?? Self.title(for: name), cassette: cassetteName)
        let markdown = directory.appendingPathComponent("\(name).md")
        let texts = [(markdown, markdownText), (directory.appendingPathComponent(cassetteName), cassetteText)]
        if `private` {
            try PrivateFiles.directory(directory)
            for (file, text) in texts { try PrivateFiles.write(Data(text.utf8), to: file) }
        } else {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for (file, text) in texts { try Data(text.utf8).write(to: file) }
        }
        if files && !uploads.isEmpty {
            let folder = directory.appendingPathComponent("\(name).files")
            if `private` {
                try PrivateFiles.directory(folder)
            } else {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            for (fileName, copy) in uploads {
                let target = folder.appendingPathComponent(fileName)
                if `private` {
                    guard !FileManager.default.fileExists(atPath: target.path) else { continue }
                    try PrivateFiles.write(try Data(contentsOf: copy), to: target)
                } else {
                    try? FileManager.default.removeItem(at: target)
                    try FileManager.default.copyItem(at: copy, to: target)
                }
            }
        }
        return markdown
    }

    /// `/save [NAME]`: a test-ready copy in `./transcripts/` when that folder exists, else in the
    /// current directory. An existing transcript of the same name is replaced only with
    /// `replace` (else ``SaveConflict``), and then its stale files go first. Returns the paths
    /// written, relative to the current directory when inside it.
    public func save(
        name: String?, replace: Bool = false, in workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) throws -> SavedTranscript {
        let place = TranscriptPlace(name: name?.isEmpty == false ? name! : "session-\(Self.stamp(Date()))", workingDirectory: workingDirectory)
        try place.clear(replace: replace)
        try write(name: place.name, directory: place.directory)
        return place.saved(uploads: state.withLock { $0.uploads.keys.sorted() })
    }

    static func title(for name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date)
    }

    static func origin(of url: URL) -> String? {
        guard let scheme = url.scheme, let host = url.host else { return nil }
        return "\(scheme)://\(host)" + (url.port.map { ":\($0)" } ?? "")
    }
}

/// How many session logs to keep: the newest `count`, none older than `maxAge`.
public struct SessionRetention: Sendable {
    /// Logs kept at most.
    public var count: Int
    /// The oldest log kept, in seconds.
    public var maxAge: TimeInterval

    /// Creates a retention limit.
    public init(count: Int, maxAge: TimeInterval) {
        self.count = count
        self.maxAge = maxAge
    }

    /// The newest 50, nothing older than 30 days.
    public static let standard = SessionRetention(count: 50, maxAge: 30 * 86_400)

    /// Deletes logs (and their cassettes) beyond the limit.
    public func prune(_ directory: URL, now: Date = Date()) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else { return }
        let logs = names.filter { $0.hasSuffix(".md") }.compactMap { name -> (String, Date)? in
            let date = (try? manager.attributesOfItem(atPath: directory.appendingPathComponent(name).path)[.modificationDate]) as? Date
            return date.map { (name, $0) }
        }.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }
        for (index, (name, date)) in logs.enumerated() where index >= count || now.timeIntervalSince(date) > maxAge {
            let base = String(name.dropLast(3))
            try? manager.removeItem(at: directory.appendingPathComponent(name))
            try? manager.removeItem(at: directory.appendingPathComponent("\(base).cassette.jsonl"))
            try? manager.removeItem(at: directory.appendingPathComponent("\(base).files"))
        }
    }
}

/// Passes events on and records them.
struct RecordingSink: ShellEventSink {
    let base: any ShellEventSink
    let recorder: SessionRecorder

    func emit(_ event: ShellEvent) {
        recorder.record(event)
        base.emit(event)
    }
}

/// Passes input through; `/save` and what it prints are left out of the transcript.
struct RecordingInput: ShellInput {
    let base: any ShellInput
    let recorder: SessionRecorder

    var isInteractive: Bool { base.isInteractive }

    func readLine(prompt: String) async -> ShellLine {
        let line = await base.readLine(prompt: prompt)
        // A confirmation while saving (replace an existing transcript?) belongs to the save.
        if prompt.hasSuffix("[y/N] ") && recorder.isSaving { return line }
        var saving = false
        // The search first spares trimming a long line that cannot be /save.
        if case .line(let text) = line, Normaliser.occurs("/save", in: text) {
            let command = text.trimmingCharacters(in: .whitespaces)
            saving = command == "/save" || command.hasPrefix("/save ")
        }
        recorder.setSaving(saving)
        return line
    }

    func readSecret(prompt: String) async -> ShellSecret {
        recorder.setSaving(false)
        return await base.readSecret(prompt: prompt)
    }

    func recordHistory(_ line: String) { base.recordHistory(line) }

    func takeInterrupt() -> Bool { base.takeInterrupt() }

    func interruptArrived() async { await base.interruptArrived() }
}
