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

/// Everything the shell shows, as one ordered stream of typed data.
///
/// Events carry what happened, never pre-rendered text: the terminal, plain, `--json` and
/// transcript renderers each lay them out (tables at their own width, colour or not, times in
/// UTC), so a transcript is one canonical rendering whatever the terminal looked like. Events
/// never carry a secret: a credential form yields ``credentialField(name:secret:value:)``
/// without the value.
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
    /// A one-line error, optionally followed by a usage line; `status` is the HTTP status of a
    /// request the server refused (kept out of the terminal, carried by `--json`).
    case error(String, usage: String? = nil, status: Int? = nil)
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
    /// `/preview`: the preview's sheets (sample rows and invalid cells).
    case preview(PreviewListing)
    /// `/preview --invalid` or `--dropped`: a page of one sheet's invalid or dropped rows.
    case previewRows(PreviewRowsListing)
    /// `/status`: the migration and the run in flight.
    case status(SessionStatus)
    /// `/files`: the uploaded files.
    case files([UploadedFile])
    /// `/templates`: the templates with their columns.
    case templates([Template])
    /// `/sources`: the sources.
    case sources([Source])
    /// `/thread`: the agent's thread events.
    case thread([ThreadEvent])
    /// `/history`: what was entered this session, in order.
    case history([String])
    /// `/help`: the commands.
    case help([CommandHelp])
    /// `/export … -o -`: a sheet's CSV text, for stdout.
    case exported(slug: String, csv: String)
    /// A clarify run's answer, for stdout.
    case answer(String)
    /// An execute run's report.
    case report(RunReport)
    /// Every value a waiting question is about (`/values`); `nil` when its text lists them all.
    case values(question: Question, values: [String]?)
    /// The account's migrations, most recently active first; `open` is the open one's id.
    case migrations([Migration], open: String)
    /// The analyst asked to clear the screen (`clear`); only the terminal acts on it.
    case clearScreen
    /// A file upload advanced (for progress display; not written to transcripts).
    case uploadProgress(name: String, sent: Int, total: Int)
}

/// What `/preview` shows: the preview's sheets (their sample rows).
public struct PreviewListing: Sendable, Equatable {
    public var sheets: [Preview.Sheet]
    /// The columns chosen (`/preview email phone`), or `nil` for all.
    public var columns: [String]?

    public init(sheets: [Preview.Sheet], columns: [String]? = nil) {
        self.sheets = sheets
        self.columns = columns
    }
}

/// What `/preview --invalid` and `/preview --dropped` show: one page of a sheet's rows.
public struct PreviewRowsListing: Sendable, Equatable {
    public var page: PreviewRows
    /// The columns chosen, or `nil` for all; the record id column is always shown.
    public var columns: [String]?

    public init(page: PreviewRows, columns: [String]? = nil) {
        self.page = page
        self.columns = columns
    }

    /// The page number, from 1.
    public var pageNumber: Int { page.offset / max(page.limit, 1) + 1 }
    /// How many pages the rows fill.
    public var pageCount: Int { max(1, (page.total + page.limit - 1) / max(page.limit, 1)) }
}

/// What `/status` shows: the migration, the mode and the run in flight.
public struct SessionStatus: Sendable, Equatable {
    /// The run in flight and its state.
    public struct RunState: Sendable, Equatable {
        public var run: RunRef
        public var status: RunStatus
        public var message: String?

        public init(run: RunRef, status: RunStatus, message: String?) {
            self.run = run
            self.status = status
            self.message = message
        }
    }

    public var migration: Migration
    /// The session's mode (`update` or `ask`).
    public var mode: String
    /// The run in flight, `nil` when there is none.
    public var run: RunState?

    public init(migration: Migration, mode: String, run: RunState?) {
        self.migration = migration
        self.mode = mode
        self.run = run
    }
}

/// One slash command for `/help`.
public struct CommandHelp: Sendable, Equatable {
    /// The usage without the `usage: ` prefix, e.g. `/preview [--invalid] [--sheet <sheet>]`.
    public var usage: String
    /// What the command does.
    public var abstract: String
    /// For one command's help (`/help preview`), the lines describing its arguments and options.
    public var details: [String]

    public init(usage: String, abstract: String, details: [String] = []) {
        self.usage = usage
        self.abstract = abstract
        self.details = details
    }
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

        enum CodingKeys: String, CodingKey {
            case slug, name, rows
            case invalidRows = "invalid_rows"
            case invalidCells = "sample_invalid_cells"
        }

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
