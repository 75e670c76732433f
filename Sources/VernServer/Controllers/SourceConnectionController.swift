import Foundation
import GRDB
import Hummingbird
import VernAPI
import VernAgentKit

/// `GET`/`POST`/`DELETE /migrations/{id}/source-connection`.
struct SourceConnectionController {
    let state: ServerState

    func register(on api: RouterGroup<AppRequestContext>) {
        api.get("migrations/:migration_id/source-connection", use: show)
        api.post("migrations/:migration_id/source-connection", use: upsert)
        api.delete("migrations/:migration_id/source-connection", use: remove)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try await ownedMigration(context)
        let connection = try await SourceConnectionStore(state: state).current(
            migrationID: id, sourceKey: request.query("source_key"), binding: Self.binding(request))
        guard let connection else { throw APIError.notFound("This migration has no source connection.") }
        return try JSONResponse.make(SourceConnectionEnvelope(sourceConnection: connection))
    }

    @Sendable func upsert(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try await ownedMigration(context)
        var input = try await request.decodeJSON(SourceConnectionRequest.self)
        input.sourceKey = input.sourceKey.lowercased()
        guard let connector = Connectors.all[input.sourceKey] else {
            throw APIError.badRequest("The source_key `\(input.sourceKey)` is unknown or not enabled.")
        }
        let (connection, created) = try await SourceConnectionStore(state: state).upsert(
            migrationID: id, request: input, connector: connector)
        return try JSONResponse.make(SourceConnectionEnvelope(sourceConnection: connection), status: created ? .created : .ok)
    }

    @Sendable func remove(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try await ownedMigration(context)
        let deleted = try await SourceConnectionStore(state: state).delete(
            migrationID: id, sourceKey: request.query("source_key"), binding: Self.binding(request))
        guard deleted else { throw APIError.notFound("This migration has no source connection.") }
        return try JSONResponse.make(DeletedResponse())
    }

    private func ownedMigration(_ context: AppRequestContext) async throws -> String {
        let account = try context.account
        let id = try context.parameters.require("migration_id")
        try await state.database.read { db in _ = try MigrationQueries.owned(id, accountID: account, db) }
        return id
    }

    /// `profile_id`: `workbook` names the workbook-bound connection, `default` the default profile.
    private static func binding(_ request: Request) -> String? {
        switch request.query("profile_id") {
        case nil: nil
        case "workbook"?: "workbook"
        case "default"?: "default"
        case let id?: "profile:\(id)"
        }
    }
}

/// `GET /sources`, `GET /templates` and `GET /openapi.json`.
struct CatalogController {
    let state: ServerState

    func register(on api: RouterGroup<AppRequestContext>, public router: Router<AppRequestContext>) {
        api.get("sources") { _, _ in try JSONResponse.make(SourceList(sources: Connectors.sources)) }
        api.get("templates") { _, _ in try JSONResponse.make(TemplateList(templates: state.configuration.templates)) }
        router.get("api/v1/openapi.json") { _, _ in try JSONResponse.make(OpenAPIDocument.document) }
    }
}
