import Foundation
import GRDB
import Hummingbird
import VernAPI
import VernAgentKit

/// `GET /migrations/{id}/preview/rows` (a local extension): one preview sheet's invalid or
/// dropped rows over the whole sheet, a page at a time, where the preview holds only a sample.
struct PreviewRowsController {
    let state: ServerState

    /// The page size when `limit` is not given.
    static let defaultLimit = 100

    func register(on api: RouterGroup<AppRequestContext>) {
        api.get("migrations/:migration_id/preview/rows", use: rows)
    }

    @Sendable func rows(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.account
        let id = try context.parameters.require("migration_id")
        var filter = PreviewRowFilter.invalid
        if let text = request.query("filter") {
            guard let value = PreviewRowFilter(rawValue: text) else {
                throw APIError.badRequest("`filter` must be one of invalid, dropped.")
            }
            filter = value
        }
        let offset = try Self.integer(request.query("offset"), name: "offset", default: 0, range: 0...Int(Int32.max))
        let limit = try Self.integer(
            request.query("limit"), name: "limit", default: Self.defaultLimit, range: 1...PreviewRows.maximumLimit)
        let (migration, hasPreview) = try await state.database.read { db in
            (try MigrationQueries.owned(id, accountID: account, db), try PreviewRecord.fetchOne(db, key: id) != nil)
        }
        guard hasPreview else {
            throw APIError.notFound("There is no preview yet; start a generate run and wait for awaiting_approval.")
        }
        let slug = request.query("sheet")
        guard let template = migration.templates.first(where: { slug == nil || $0.effectiveSlug == slug }) else {
            let known = migration.templates.map(\.effectiveSlug).joined(separator: ", ")
            throw APIError.notFound("This migration has no sheet for the template `\(slug ?? "")` (sheets: \(known)).")
        }
        do {
            let page = try await state.agent(for: migration).previewRows(
                PreviewRowsRequest(template: template, filter: filter, offset: offset, limit: limit),
                context: MigrationContext(migration: migration, state: state))
            return try JSONResponse.make(page)
        } catch let error as AgentError {
            throw APIError.notFound(error.message)
        }
    }

    private static func integer(_ text: String?, name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw APIError.badRequest("`\(name)` must be an integer from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }
}
