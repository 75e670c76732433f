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

    /// Lists one sheet's invalid or dropped rows of the current preview, over the whole sheet
    /// (`GET /preview/rows`, a local-server extension).
    /// - Parameters:
    ///   - request: The template, which rows, and the page.
    ///   - context: The migration.
    /// - Returns: The page, with the total the filter matches.
    /// - Throws: ``AgentError`` (a 404 naming the reason, e.g. no preview yet), or any error.
    func previewRows(_ request: PreviewRowsRequest, context: MigrationContext) async throws -> PreviewRows
}

extension Agent {
    /// Agents that cannot list a sheet's rows say so.
    public func previewRows(_ request: PreviewRowsRequest, context: MigrationContext) async throws -> PreviewRows {
        throw AgentError("This agent cannot list a preview's rows.")
    }
}

/// `GET /preview/rows` as the agent sees it.
public struct PreviewRowsRequest: Sendable {
    /// The template (sheet); always one of the migration's templates.
    public var template: Template
    /// Which rows.
    public var filter: PreviewRowFilter
    /// How many matching rows to skip.
    public var offset: Int
    /// The most rows to return.
    public var limit: Int

    /// Creates a request.
    public init(template: Template, filter: PreviewRowFilter, offset: Int, limit: Int) {
        self.template = template
        self.filter = filter
        self.offset = offset
        self.limit = limit
    }
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

/// One sheet as a CSV file on disk, which the server streams as is (gzip-compressed when the
/// caller accepts it).
public struct CSVExport: Sendable {
    /// How many data rows the file holds (the `X-Total-Records` header).
    public var totalRecords: Int
    /// The whole CSV: the header line (the template's column names, in order) then the rows,
    /// RFC 4180 with LF line ends.
    public var file: URL
    /// Whether the server deletes ``file`` once sent (a file written for this one export) or
    /// keeps it (e.g. the rows an execute wrote).
    public var removeWhenSent: Bool

    /// Creates an export.
    /// - Parameters:
    ///   - totalRecords: The number of data rows in `file`.
    ///   - file: The CSV file, header line first.
    ///   - removeWhenSent: Whether to delete `file` after the response (or a failed one).
    public init(totalRecords: Int, file: URL, removeWhenSent: Bool) {
        self.totalRecords = totalRecords
        self.file = file
        self.removeWhenSent = removeWhenSent
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
    /// The bytes on disk (in memory mode too: uploads always stream to disk).
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
