import VernAPI

extension RunContext {
    /// Connects the migration to Demo CRM and blocks until the vault holds the demo credentials,
    /// asking again (saying so) after wrong ones. Secrets are only compared, never written.
    /// - Parameter what: What the access is for, e.g. `contacts`.
    /// - Returns: The connection.
    /// - Throws: `CancellationError` when the run is canceled while waiting, or a storage error.
    @discardableResult
    public func connectDemoCRM(toRead what: String) async throws -> SourceConnection {
        let connector = Connectors.demoCRM
        let connection = try await connectSource(connector)
        var reason = "I need API access to \(connector.name) to read your \(what)."
        while true {
            let secrets = try await migration.vaultSecrets(connectionID: connection.id)
            if Connectors.acceptsDemoCredentials(secrets) { break }
            if !secrets.isEmpty {
                reason = "\(connector.name) rejected those credentials (unknown client id or wrong secret); check them and submit again."
                try await emit(.error, data: ["error": .string(reason)])
            }
            try await requestCredentials(
                CredentialRequest(
                    connectionID: connection.id, sourceKey: connector.sourceKey, sourceName: connector.name,
                    reason: reason, guidance: connector.guidance, schema: connector.schema))
        }
        try await progress("Connected to \(connector.name)")
        return connection
    }
}

extension Connectors {
    /// Whether the secrets are the documented demo credentials of ``demoCRM``.
    /// - Parameter secrets: Field name to value.
    /// - Returns: `true` for ``demoClientID`` / ``demoClientSecret``.
    public static func acceptsDemoCredentials(_ secrets: [String: String]) -> Bool {
        secrets["client_id"] == demoClientID && secrets["client_secret"] == demoClientSecret
    }
}
