import Foundation
import GRDB
import Hummingbird
import VernAPI
import VernAgentKit

/// `POST /migrations`, plus the local extensions `GET /migrations` and `GET /migrations/{id}`.
struct MigrationsController {
    let state: ServerState

    func register(on api: RouterGroup<AppRequestContext>) {
        api.post("migrations", use: create)
        api.get("migrations", use: list)
        api.get("migrations/:migration_id", use: show)
    }

    /// The local extension on `POST /migrations`: pick a scripted agent behaviour.
    private struct LocalExtension: Decodable {
        var localAgent: String?

        enum CodingKeys: String, CodingKey { case localAgent = "local_agent" }
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.account
        let body = try await request.collectJSONBody()
        let input: CreateMigrationRequest
        let local: LocalExtension
        do {
            input = try VernJSON.decoder().decode(CreateMigrationRequest.self, from: body)
            local = try VernJSON.decoder().decode(LocalExtension.self, from: body)
        } catch let error as DecodingError {
            throw APIError.badRequest(error.readableSentence)
        }
        let name = input.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw APIError.badRequest("The field `name` must not be empty.") }
        if let externalID = input.externalID {
            guard externalID.count <= 255, !externalID.isEmpty,
                externalID.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") })
            else {
                throw APIError.badRequest(
                    "external_id must contain only alphanumeric characters, hyphens, and underscores (max 255 chars)")
            }
        }
        if let behaviour = local.localAgent, ScriptedBehaviour(rawValue: behaviour) == nil {
            let options = ScriptedBehaviour.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError.badRequest("The field `local_agent` must be one of \(options).")
        }
        let templates = try selectTemplates(input.templates)
        let source = input.source.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let record = MigrationRecord(
            id: UUID().uuidString.lowercased(), accountID: account, name: name, source: source,
            externalID: input.externalID, templatesJSON: try StoredJSON.encode(templates), localAgent: local.localAgent,
            agentState: nil, createdAt: state.configuration.clock.now())
        let (migration, created) = try await state.database.write { db -> (Migration, Bool) in
            if let externalID = record.externalID,
                let existing = try MigrationRecord.filter(Column("accountID") == account && Column("externalID") == externalID)
                    .fetchOne(db)
            {
                guard existing.source == source else {
                    throw APIError.conflict(
                        "external_id `\(externalID)` is already used by a migration with a different source.")
                }
                return (try MigrationQueries.wire(existing, db), false)
            }
            try record.insert(db)
            return (try MigrationQueries.wire(record, db), true)
        }
        return try JSONResponse.make(MigrationEnvelope(migration: migration), status: created ? .created : .ok)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.account
        let migrations = try await state.database.read { db in
            try MigrationRecord.filter(Column("accountID") == account).order(Column("createdAt"), Column("rowid"))
                .fetchAll(db).map { try MigrationQueries.wire($0, db) }
        }
        return try JSONResponse.make(MigrationList(migrations: migrations))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.account
        let id = try context.parameters.require("migration_id")
        let migration = try await state.database.read { db in
            try MigrationQueries.wire(try MigrationQueries.owned(id, accountID: account, db), db)
        }
        return try JSONResponse.make(MigrationEnvelope(migration: migration))
    }

    private func selectTemplates(_ slugs: [String]?) throws -> [Template] {
        let available = state.configuration.templates
        guard let slugs else { return available }
        guard !slugs.isEmpty else { throw APIError.badRequest("The field `templates` must name at least one template.") }
        var chosen: [Template] = []
        for slug in slugs where !chosen.contains(where: { $0.effectiveSlug == slug }) {
            guard let template = available.first(where: { $0.effectiveSlug == slug }) else {
                throw APIError.badRequest("There is no template with the slug `\(slug)`.")
            }
            chosen.append(template)
        }
        return chosen
    }
}
