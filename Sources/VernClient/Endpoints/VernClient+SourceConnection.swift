import Foundation
import VernAPI

extension VernClient {
    /// Reads the migration's source connection (`GET …/source-connection`).
    /// - Parameters:
    ///   - sourceKey: only the connection for this connector.
    ///   - profileID: the profile to read; `workbook` for the workbook-bound connection.
    public func sourceConnection(migration: String, sourceKey: String? = nil, profileID: String? = nil) async throws
        -> SourceConnection
    {
        var query: [(String, String)] = []
        if let sourceKey { query.append(("source_key", sourceKey)) }
        if let profileID { query.append(("profile_id", profileID)) }
        return try await json(
            SourceConnectionEnvelope.self, "GET", Endpoints.sourceConnection(migration), query: query,
            retry: .idempotent
        ).sourceConnection
    }

    /// Creates the source connection, or updates it in place (`POST …/source-connection`).
    public func connectSource(migration: String, _ request: SourceConnectionRequest) async throws -> SourceConnection {
        try await json(
            SourceConnectionEnvelope.self, "POST", Endpoints.sourceConnection(migration), body: request,
            retry: .idempotent
        ).sourceConnection
    }

    /// Removes the source connection (`DELETE …/source-connection`).
    public func disconnectSource(migration: String, sourceKey: String? = nil) async throws {
        var query: [(String, String)] = []
        if let sourceKey { query.append(("source_key", sourceKey)) }
        let response = try await send("DELETE", Endpoints.sourceConnection(migration), query: query, retry: .idempotent)
        for try await _ in response.body {}
    }
}
