import VernAPI
import VernAgentKit

extension Connectors {
    /// The source offered by `GET /sources` for each connector.
    static let sources = [
        Source(
            id: "7d0c6b2a-1e4f-4a3b-8c9d-0e1f2a3b4c5d", name: demoCRM.name, logoURL: nil,
            sourceKey: demoCRM.sourceKey)
    ]
}
