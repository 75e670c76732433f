import Foundation
import VernAPI

/// The agent behind a local server's runs: the seam where the real local agent plugs in.
///
/// The server owns the HTTP surface, persistence, the one-run-per-migration rule, blocking and
/// cancellation. The agent only does the work: ``run(_:)`` is called once per run in a background
/// task, and ``export(_:context:)`` serves `GET /exports/{slug}.csv`.
///
/// Everything the agent needs comes through the contexts: the migration's templates and uploaded
/// files, its own opaque per-migration state, progress and thread events, questions and credential
/// requests that suspend the run until the caller answers, and a vault accessor for secrets.
public protocol Agent: Sendable {
    /// Does one run and returns its outcome.
    ///
    /// Return ``RunOutcome/preview(_:)`` for `generate`/`update` (the run ends `awaiting_approval`),
    /// ``RunOutcome/answer(_:)`` for `clarify` (`completed`; the text is written to the thread as a
    /// `message` event) and ``RunOutcome/report(_:)`` for `execute` (`completed` with the report).
    /// Throw ``AgentError`` to fail the run with a readable sentence; any other error fails it with
    /// a generic sentence (the detail is logged). Cancellation arrives as task cancellation: the
    /// context's suspending calls throw `CancellationError`.
    /// - Parameter run: The run's context.
    /// - Returns: What the run produced.
    /// - Throws: ``AgentError``, `CancellationError`, or any error (reported generically).
    func run(_ run: RunContext) async throws -> RunOutcome

    /// Produces one sheet's CSV export.
    /// - Parameters:
    ///   - request: Which template and which rows.
    ///   - context: The migration.
    /// - Returns: The header, the number of matching records and the rows, streamed.
    /// - Throws: ``AgentError`` (a 404 naming the reason when there is nothing to export), or any error.
    func export(_ request: ExportRequest, context: MigrationContext) async throws -> CSVExport
}

/// What a run produced.
public enum RunOutcome: Sendable {
    /// A new preview (generate/update); it replaces the current one.
    case preview(Preview)
    /// The answer to a clarify question.
    case answer(String)
    /// The report of an execute run.
    case report(RunReport)
}

/// A failure the agent reports in one readable sentence (the run's `error`).
public struct AgentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The sentence shown to the caller.
    public var message: String

    /// Creates an agent error.
    /// - Parameter message: One readable sentence.
    public init(_ message: String) { self.message = message }

    /// The sentence.
    public var description: String { message }
}

/// `GET /exports/{slug}.csv` as the agent sees it.
public struct ExportRequest: Sendable {
    /// The template (sheet) to export; always one of the migration's templates.
    public var template: Template
    /// Which rows.
    public var filter: ExportFilter

    /// Creates an export request.
    /// - Parameters:
    ///   - template: The template to export.
    ///   - filter: Which rows.
    public init(template: Template, filter: ExportFilter) {
        self.template = template
        self.filter = filter
    }
}

/// A streamed CSV sheet.
public struct CSVExport: Sendable {
    /// The header row: the template's column names, in order.
    public var header: [String]
    /// How many rows `rows` yields (the `X-Total-Records` header).
    public var totalRecords: Int
    /// The data rows, each with one value per header column.
    public var rows: AsyncThrowingStream<[String], any Error>

    /// Creates an export.
    /// - Parameters:
    ///   - header: The column names.
    ///   - totalRecords: The number of rows `rows` yields.
    ///   - rows: The rows.
    public init(header: [String], totalRecords: Int, rows: AsyncThrowingStream<[String], any Error>) {
        self.header = header
        self.totalRecords = totalRecords
        self.rows = rows
    }
}

/// An uploaded file as the agent sees it.
public struct AgentFile: Sendable, Hashable {
    /// The server's id for the file.
    public var id: String
    /// The name the caller gave it.
    public var name: String
    /// The declared content type.
    public var contentType: String?
    /// Size in bytes.
    public var size: Int
    /// When the bytes arrived.
    public var uploadedAt: Date
    /// The bytes on disk, when the server persists to disk (`nil` in memory mode; use
    /// ``MigrationContext/contents(of:)``).
    public var fileURL: URL?

    /// Creates a file description.
    /// - Parameters:
    ///   - id: The server's id.
    ///   - name: The file name.
    ///   - contentType: The declared content type.
    ///   - size: Size in bytes.
    ///   - uploadedAt: When the bytes arrived.
    ///   - fileURL: The bytes on disk, if any.
    public init(id: String, name: String, contentType: String?, size: Int, uploadedAt: Date, fileURL: URL?) {
        self.id = id
        self.name = name
        self.contentType = contentType
        self.size = size
        self.uploadedAt = uploadedAt
        self.fileURL = fileURL
    }
}
