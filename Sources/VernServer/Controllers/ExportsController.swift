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
        let gzip = Self.acceptsGzip(request.headers[.acceptEncoding])
        var headers: HTTPFields = [
            .contentType: "text/csv; charset=utf-8",
            .contentDisposition: "attachment; filename=\"\(slug).csv\"",
            .totalRecords: "\(csv.totalRecords)",
        ]
        if gzip {
            headers[.contentEncoding] = "gzip"
            headers[.vary] = "Accept-Encoding"
        }
        let body = ResponseBody { writer in
            let compressor = gzip ? try GzipCompressor() : nil
            var pending = ByteBuffer()
            func send(_ buffer: ByteBuffer) async throws {
                let out = try compressor?.compress(buffer) ?? buffer
                if out.readableBytes > 0 { try await writer.write(out) }
            }
            pending.writeString(CSVWriter.line(csv.header))
            for try await row in csv.rows {
                pending.writeString(CSVWriter.line(row))
                if pending.readableBytes >= 64 * 1024 {
                    try await send(pending)
                    pending.clear()
                }
            }
            try await send(pending)
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

/// RFC 4180 quoting with LF line ends (the SPEC output format, same as the recipe engine): fields with a
/// comma, quote, CR or LF are quoted, quotes doubled.
enum CSVWriter {
    static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
