import Foundation
import VernAPI

extension VernClient {
    /// Creates a migration (`POST /migrations`). With an `external_id` the call is idempotent
    /// and safe to retry; without one it is retried only when rate-limited.
    public func createMigration(_ request: CreateMigrationRequest) async throws -> Migration {
        try await json(
            MigrationEnvelope.self, "POST", Endpoints.migrations, body: request,
            retry: request.externalID == nil ? .rateLimitOnly : .idempotent
        ).migration
    }

    /// Lists the account's migrations (`GET /migrations`, a local-server extension).
    public func migrations() async throws -> [Migration] {
        try await json(MigrationList.self, "GET", Endpoints.migrations, retry: .idempotent).migrations
    }

    /// Reads one migration (`GET /migrations/{id}`, a local-server extension).
    public func migration(_ id: String) async throws -> Migration {
        try await json(MigrationEnvelope.self, "GET", Endpoints.migration(id), retry: .idempotent).migration
    }

    /// Lists the account's sources (`GET /sources`).
    public func sources() async throws -> [Source] {
        try await json(SourceList.self, "GET", Endpoints.sources, retry: .idempotent).sources
    }

    /// Lists the account's templates with their columns and rules (`GET /templates`).
    public func templates() async throws -> [Template] {
        try await json(TemplateList.self, "GET", Endpoints.templates, retry: .idempotent).templates
    }

    /// Reads the current preview (`GET /migrations/{id}/preview`); 404 before the first one.
    public func preview(migration: String) async throws -> Preview {
        try await json(Preview.self, "GET", Endpoints.preview(migration), retry: .idempotent)
    }

    /// Reads a page of one preview sheet's invalid or dropped rows over the whole sheet
    /// (`GET /migrations/{id}/preview/rows`, a local-server extension).
    /// - Parameters:
    ///   - sheet: the template slug; `nil` for the migration's first template.
    ///   - offset: how many matching rows to skip.
    ///   - limit: the most rows to return (at most ``PreviewRows/maximumLimit``).
    public func previewRows(
        migration: String, sheet: String?, filter: PreviewRowFilter, offset: Int = 0, limit: Int = 100
    ) async throws -> PreviewRows {
        var query = [("filter", filter.rawValue), ("offset", String(offset)), ("limit", String(limit))]
        if let sheet { query.append(("sheet", sheet)) }
        return try await json(PreviewRows.self, "GET", Endpoints.previewRows(migration), query: query, retry: .idempotent)
    }

    /// Reads a page of the thread (`GET /migrations/{id}/thread`).
    /// - Parameters:
    ///   - after: only events with a greater `sequence`; pass the previous `last_sequence`.
    ///   - include: how much detail to return.
    public func thread(migration: String, after: Int? = nil, include: ThreadInclude = .user) async throws
        -> ThreadPage
    {
        var query = [("include", include.rawValue)]
        if let after { query.append(("after", String(after))) }
        return try await json(ThreadPage.self, "GET", Endpoints.thread(migration), query: query, retry: .idempotent)
    }
}
