import VernAPI

/// A live-API connector the local server knows: what it is called and which credentials it takes.
public struct Connector: Sendable, Hashable {
    /// The lower-case key used by `source-connection`, e.g. `demo_crm`.
    public var sourceKey: String
    /// Display name.
    public var name: String
    /// Connector category, e.g. `CRM`.
    public var category: String
    /// The credential form.
    public var schema: [String: CredentialRequest.Field]
    /// Help for finding the credentials.
    public var guidance: CredentialRequest.Guidance

    /// Creates a connector description.
    /// - Parameters:
    ///   - sourceKey: The connector key.
    ///   - name: Display name.
    ///   - category: Category.
    ///   - schema: The credential form.
    ///   - guidance: Help for the credential form.
    public init(
        sourceKey: String, name: String, category: String, schema: [String: CredentialRequest.Field],
        guidance: CredentialRequest.Guidance
    ) {
        self.sourceKey = sourceKey
        self.name = name
        self.category = category
        self.schema = schema
        self.guidance = guidance
    }
}

/// The connectors the local server offers.
public enum Connectors {
    /// A demo CRM whose "API" is local: it needs `client_id` and the secret `client_secret`.
    /// The demo credentials are ``demoClientID`` / ``demoClientSecret``.
    public static let demoCRM = Connector(
        sourceKey: "demo_crm",
        name: "Demo CRM",
        category: "CRM",
        schema: ["client_id": .init(type: "string"), "client_secret": .init(type: "string", secret: true)],
        guidance: .init(
            summary: "Create an API client in Demo CRM and copy its id and secret.",
            steps: [
                "Open Demo CRM → Settings → API clients",
                "Create a client with read access to contacts",
                "Copy the client id and the client secret",
            ],
            links: [.init(label: "Demo CRM API docs", url: "https://example.com/demo-crm/api")]
        )
    )

    /// The demo client id that ``demoCRM`` accepts.
    public static let demoClientID = "demo-client"
    /// The demo client secret that ``demoCRM`` accepts.
    public static let demoClientSecret = "demo-secret"

    /// Every connector, by key.
    public static let all: [String: Connector] = [demoCRM.sourceKey: demoCRM]
}
