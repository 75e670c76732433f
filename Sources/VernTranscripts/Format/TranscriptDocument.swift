import Foundation

/// How the recorded session opened its migration, from the front matter.
public struct OpeningRecord: Sendable, Equatable {
    /// The migration's name (created sessions) .
    public var migration: String?
    /// The migration's external id, when the shell set one (the embedded demo).
    public var externalID: String?
    /// The templates asked for at creation; `nil` for the server's default.
    public var templates: [String]?
    /// The files uploaded at opening, by name (copies in `NAME.files/`).
    public var files: [String]
    /// Whether an existing migration with files was reused (the embedded demo).
    public var reuseExisting: Bool
    /// The id attached to, for sessions that opened an existing migration (a placeholder once saved).
    /// Such a transcript also names the migration, its templates and files (copies belong in
    /// `NAME.files/`), so live replay can create it afresh.
    public var attach: String?
    /// For an attached migration: whether it had a preview when attached, so live replay runs
    /// `generate` on the fresh one before attaching.
    public var generated: Bool
    /// Whether the first generate's question waited for the main prompt (the demo's first
    /// start at a terminal) instead of being asked at once.
    public var questionsAtPrompt: Bool

    /// Creates an opening record.
    public init(
        migration: String? = nil, externalID: String? = nil, templates: [String]? = nil, files: [String] = [],
        reuseExisting: Bool = false, attach: String? = nil, generated: Bool = false, questionsAtPrompt: Bool = false
    ) {
        self.migration = migration
        self.externalID = externalID
        self.templates = templates
        self.files = files
        self.reuseExisting = reuseExisting
        self.attach = attach
        self.generated = generated
        self.questionsAtPrompt = questionsAtPrompt
    }
}

/// Settings of the embedded server a transcript needs, so live replay can set them again.
public struct ServerSettings: Sendable, Equatable {
    /// The scripted agent behaviour (`--local-agent`).
    public var localAgent: String?
    /// The rate limit (`--rate-limit`).
    public var rateLimit: Int?
    /// The rate-limit window in seconds (`--rate-limit-window`).
    public var rateLimitWindow: Double?

    /// Creates settings.
    public init(localAgent: String? = nil, rateLimit: Int? = nil, rateLimitWindow: Double? = nil) {
        self.localAgent = localAgent
        self.rateLimit = rateLimit
        self.rateLimitWindow = rateLimitWindow
    }
}

/// A Markdown transcript: front matter, a title, and one ```` ```vern ```` block holding the
/// entered lines (`> ` prompt and text) and the shell's output in its canonical rendering
/// (see ``TranscriptLines``). The block is the test: replay sends its entered lines.
public struct TranscriptDocument: Sendable, Equatable {
    /// The format version written.
    public static let currentVersion = 2

    /// The format version read (1 is migrated by `vern replay --update`).
    public var version: Int
    /// The cassette's file name, beside the transcript.
    public var cassette: String
    /// Whether the session was interactive (confirmations asked, secrets typed).
    public var interactive: Bool
    /// How the session opened.
    public var opening: OpeningRecord
    /// Server settings live replay needs.
    public var server: ServerSettings
    /// The title (`# …`).
    public var title: String
    /// Free text between the title and the block (kept on update).
    public var notes: String
    /// The lines of the ```` ```vern ```` block.
    public var lines: [String]
    /// The file line number (from 1) of the block's first line, as parsed.
    public var bodyLine: Int

    /// Creates a document in the current version.
    public init(
        cassette: String, interactive: Bool = true, opening: OpeningRecord, server: ServerSettings = ServerSettings(),
        title: String, notes: String = "", lines: [String]
    ) {
        version = Self.currentVersion
        self.cassette = cassette
        self.interactive = interactive
        self.opening = opening
        self.server = server
        self.title = title
        self.notes = notes
        // Where the block starts does not depend on what it holds: found without its lines.
        self.lines = []
        bodyLine = 0
        bodyLine = render().components(separatedBy: "\n").firstIndex(of: "```vern").map { $0 + 2 } ?? 0
        self.lines = lines
    }

    /// The entered lines of the block, in order.
    public var inputs: [TranscriptInput] { TranscriptInput.parse(lines) }

    /// The Markdown text (always the current version).
    public func render() -> String {
        var front = ["---", "vern-transcript: \(Self.currentVersion)", "cassette: \(cassette)"]
        if !interactive { front.append("interactive: false") }
        if let attach = opening.attach { front.append("attach: \(quoted(attach))") }
        if let name = opening.migration { front.append("migration: \(quoted(name))") }
        if let id = opening.externalID { front.append("external-id: \(quoted(id))") }
        if let templates = opening.templates { front.append("templates: [\(templates.map(quoted).joined(separator: ", "))]") }
        front.append("files: [\(opening.files.map(quoted).joined(separator: ", "))]")
        if opening.reuseExisting { front.append("reuse-existing: true") }
        if opening.generated { front.append("generated: true") }
        if opening.questionsAtPrompt { front.append("questions-at-prompt: true") }
        if let agent = server.localAgent { front.append("local-agent: \(agent)") }
        if let limit = server.rateLimit { front.append("rate-limit: \(limit)") }
        if let window = server.rateLimitWindow { front.append("rate-limit-window: \(formatNumber(window))") }
        front.append("---")
        var text = front.joined(separator: "\n") + "\n\n# \(title)\n\n"
        if !notes.isEmpty { text += notes + "\n\n" }
        text += "```vern\n" + lines.map { $0 + "\n" }.joined() + "```\n"
        return text
    }

    /// Parses Markdown text written by ``render()`` (and edited by people).
    public static func parse(_ text: String) throws -> TranscriptDocument {
        var lines = text.components(separatedBy: "\n")
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else {
            throw TranscriptError("the transcript has no front matter (--- … ---)")
        }
        var fields: [String: String] = [:]
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].trimmingCharacters(in: .whitespaces)] =
                line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let version = fields["vern-transcript"].flatMap({ Int($0) }) else {
            throw TranscriptError("not a vern transcript (vern-transcript: 2 missing)")
        }
        guard version == 1 || version == currentVersion else {
            throw TranscriptError("vern-transcript: \(version) is newer than this vern reads (\(currentVersion))")
        }
        guard let cassette = fields["cassette"].map(unquoted), !cassette.isEmpty else {
            throw TranscriptError("the front matter names no cassette")
        }
        lines.removeSubrange(0...close)
        var title = ""
        var notes: [String] = []
        var body: [String]?
        var bodyLine = 0
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if body == nil && line.hasPrefix("# ") && title.isEmpty {
                title = String(line.dropFirst(2))
            } else if body == nil && line == "```vern" {
                var block: [String] = []
                index += 1
                bodyLine = close + 1 + index + 1
                while index < lines.count && lines[index] != "```" {
                    block.append(lines[index])
                    index += 1
                }
                guard index < lines.count else { throw TranscriptError("the ```vern block is not closed") }
                body = block
            } else if body == nil && !title.isEmpty {
                notes.append(line)
            }
            index += 1
        }
        guard let body else { throw TranscriptError("the transcript has no ```vern block") }
        let opening = OpeningRecord(
            migration: fields["migration"].map(unquoted), externalID: fields["external-id"].map(unquoted),
            templates: fields["templates"].map(list), files: fields["files"].map(list) ?? [],
            reuseExisting: fields["reuse-existing"] == "true", attach: fields["attach"].map(unquoted),
            generated: fields["generated"] == "true", questionsAtPrompt: fields["questions-at-prompt"] == "true")
        let server = ServerSettings(
            localAgent: fields["local-agent"], rateLimit: fields["rate-limit"].flatMap { Int($0) },
            rateLimitWindow: fields["rate-limit-window"].flatMap { Double($0) })
        var document = TranscriptDocument(
            cassette: cassette, interactive: fields["interactive"] != "false", opening: opening, server: server, title: title,
            notes: notes.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines), lines: body)
        document.version = version
        document.bodyLine = bodyLine
        return document
    }
}

private func quoted(_ value: String) -> String {
    "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

private func unquoted(_ value: String) -> String {
    guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return value }
    return String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
        .replacingOccurrences(of: "\\\\", with: "\\")
}

private func list(_ value: String) -> [String] {
    let inner = value.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
    guard !inner.isEmpty else { return [] }
    return inner.split(separator: ",").map { unquoted($0.trimmingCharacters(in: .whitespaces)) }
}

private func formatNumber(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
}
