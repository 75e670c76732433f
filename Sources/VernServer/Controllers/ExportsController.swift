import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import NIOCore
import VernAPI
import VernAgentKit

/// `GET /migrations/{id}/exports/{slug}.csv`: one sheet as RFC 4180 CSV, streamed.
struct ExportsController {
    let state: ServerState

    func register(on api: RouterGroup<AppRequestContext>) {
        api.get("migrations/:migration_id/exports/:file", use: export)
    }

    @Sendable func export(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.account
        let id = try context.parameters.require("migration_id")
        let file = try context.parameters.require("file")
        guard file.hasSuffix(".csv"), file.count > 4 else {
            throw APIError.badRequest("The export path must end in .csv, e.g. contacts.csv.")
        }
        let slug = String(file.dropLast(4))
        var filter = ExportFilter.valid
        if let text = request.query("filter") {
            guard let value = ExportFilter(rawValue: text) else {
                throw APIError.badRequest("`filter` must be one of valid, all, invalid.")
            }
            filter = value
        }
        let migration = try await state.database.read { db in try MigrationQueries.owned(id, accountID: account, db) }
        guard let template = migration.templates.first(where: { $0.effectiveSlug == slug }) else {
            throw APIError.notFound("This migration has no sheet for the template `\(slug)`.")
        }
        let context = MigrationContext(migration: migration, state: state)
        let csv: CSVExport
        do {
            csv = try await state.agent(for: migration).export(
                ExportRequest(template: template, filter: filter), context: context)
        } catch let error as AgentError {
            throw APIError.notFound(error.message)
        }
        // Opened before the headers go out, so a missing file is an error response, not a cut body.
        let source = try ExportFile(csv.file)
        if csv.removeWhenSent { unlink(csv.file.path) }
        let gzip = Self.acceptsGzip(request.headers[.acceptEncoding])
        var headers: HTTPFields = [
            .contentType: "text/csv; charset=utf-8",
            .contentDisposition: "attachment; filename=\"\(slug).csv\"",
            .totalRecords: "\(csv.totalRecords)",
        ]
        if gzip {
            headers[.contentEncoding] = "gzip"
            headers[.vary] = "Accept-Encoding"
        } else if let size = source.size {
            headers[.contentLength] = "\(size)"
        }
        let body = ResponseBody { writer in
            let compressor = gzip ? try GzipCompressor() : nil
            while let chunk = try source.nextChunk() {
                let out = try compressor?.compress(chunk) ?? chunk
                if out.readableBytes > 0 { try await writer.write(out) }
            }
            if let compressor {
                let tail = try compressor.finish()
                if tail.readableBytes > 0 { try await writer.write(tail) }
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    private static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { part in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard pieces.first == "gzip" else { return false }
            return !pieces.dropFirst().contains { $0.replacingOccurrences(of: " ", with: "") == "q=0" }
        }
    }
}

/// An export's CSV file read in large chunks, with no per-row work. Owned by one response.
private final class ExportFile: @unchecked Sendable {
    // Unchecked: the response body reads it from one task, one chunk at a time.
    private var descriptor: Int32
    private let allocator = ByteBufferAllocator()
    /// The file's size, when known.
    let size: Int?

    init(_ url: URL) throws {
        descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw APIError.notFound("The export file is missing; run execute again.") }
        let end = lseek(descriptor, 0, SEEK_END)
        size = end >= 0 && lseek(descriptor, 0, SEEK_SET) == 0 ? Int(end) : nil
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// The next chunk (up to 256 KiB), or nil at the end.
    func nextChunk() throws -> ByteBuffer? {
        var buffer = allocator.buffer(capacity: 256 << 10)
        let count = try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: 256 << 10) { bytes in
            while true {
                let n = read(descriptor, bytes.baseAddress, bytes.count)
                if n >= 0 { return n }
                if errno != EINTR { throw CocoaError(.fileReadUnknown) }
            }
        }
        return count == 0 ? nil : buffer
    }
}
