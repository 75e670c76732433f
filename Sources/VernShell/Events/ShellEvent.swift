import Foundation
import VernAPI

/// A run as the shell refers to it.
public struct RunRef: Sendable, Hashable, Codable {
    public var kind: RunKind
    public var id: String

    public init(kind: RunKind, id: String) {
        self.kind = kind
        self.id = id
    }
}

/// Everything the shell shows, as one ordered stream.
///
/// The terminal, `--json` output and transcripts are three renderings of these events, so
/// they cannot drift apart. Events never carry a secret: a credential form yields
/// ``credentialField(name:secret:)`` without the value.
public enum ShellEvent: Sendable, Equatable {
    /// Opening lines: where the shell is connected and which migration is open.
    case banner([String])
    /// A line the analyst entered at `prompt` (a multi-line message has several lines).
    case input(prompt: String, text: String)
    /// Ctrl-C: at `prompt` when the shell was reading a line or a form field there, `nil` while
    /// a run was watched. Transcripts show `<prompt>^C` and `^C` respectively.
    case interrupt(prompt: String?)
    /// End of input (Ctrl-D).
    case endOfInput
    /// An informational line.
    case notice(String)
    /// A one-line error, optionally followed by a usage line.
    case error(String, usage: String? = nil)
    /// A run was started or attached to.
    case runStarted(RunRef, attached: Bool = false)
    /// A run changed status (or its progress message changed).
    case runStatus(RunRef, status: RunStatus, message: String?)
    /// The agent wrote a message to the thread.
    case agentMessage(String)
    /// A blocked run asks a question.
    case question(Question)
    /// A blocked run needs credentials.
    case credentialRequest(CredentialRequest)
    /// One field of a credential form was answered; secret values are never part of the event.
    case credentialField(name: String, secret: Bool, value: String?)
    /// A preview is ready: its sheets' row and invalid counts.
    case previewSummary(PreviewSummary)
    /// Lines of a rendered table or listing, for stdout.
    case output([String])
    /// A clarify run's answer, for stdout.
    case answer(String)
    /// An execute run's report.
    case report(RunReport)
    /// The analyst asked to clear the screen (`clear`); only the terminal acts on it.
    case clearScreen
    /// A file upload advanced (for progress display; not written to transcripts).
    case uploadProgress(name: String, sent: Int, total: Int)
}

/// The counts of a preview, per sheet.
public struct PreviewSummary: Sendable, Equatable, Codable {
    /// One sheet's counts.
    public struct Sheet: Sendable, Equatable, Codable {
        public var slug: String
        public var name: String
        public var rows: Int
        public var invalidRows: Int
        public var invalidCells: Int

        public init(slug: String, name: String, rows: Int, invalidRows: Int, invalidCells: Int) {
            self.slug = slug
            self.name = name
            self.rows = rows
            self.invalidRows = invalidRows
            self.invalidCells = invalidCells
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }

    /// Summarises a preview; whole-sheet counts come from the local extensions when present,
    /// otherwise from the sample.
    public init(_ preview: Preview) {
        sheets = preview.sheets.map { sheet in
            let sampleRows = max(sheet.rows.count - 1, 0)
            let sampleInvalidRows = Set(sheet.invalidCells.map(\.row)).count
            return Sheet(
                slug: sheet.template.slug, name: sheet.template.name, rows: sheet.rowCount ?? sampleRows,
                invalidRows: sheet.invalidRowCount ?? sampleInvalidRows, invalidCells: sheet.invalidCells.count)
        }
    }
}

/// Receives the shell's events.
public protocol ShellEventSink: Sendable {
    /// Called for each event, in order, on the shell's task.
    func emit(_ event: ShellEvent)
}
