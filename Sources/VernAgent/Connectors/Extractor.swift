import Foundation
import VernAPI
import VernAgentKit

/// Extracts records through the migration's source connection (the `demo_crm` connector),
/// asking for credentials until the vault holds ones the connector accepts. Secrets are read
/// only through `vaultSecrets` and never written anywhere.
struct Extractor {
    let run: RunContext

    func extract() async throws -> [AgentState.SourceRecord] {
        let existing = try await run.migration.sourceConnection()
        if let existing, existing.sourceKey != DemoCRM.connector.sourceKey {
            throw AgentError("The local agent can only extract from \(DemoCRM.connector.name) (`\(DemoCRM.connector.sourceKey)`), not `\(existing.sourceKey)`.")
        }
        let connection = try await run.connectSource(DemoCRM.connector)
        let streams = (connection.selectedStreams ?? []).isEmpty ? [DemoCRM.defaultStream] : connection.selectedStreams ?? []
        for stream in streams where DemoCRM.streams[stream] == nil {
            throw AgentError("\(DemoCRM.connector.name) has no stream `\(stream)` (streams: \(DemoCRM.streams.keys.sorted().joined(separator: ", "))).")
        }
        try await run.connectDemoCRM(toRead: Text.join(streams))
        var records: [AgentState.SourceRecord] = []
        for stream in streams {
            try await run.emit(.toolCall, data: ["tool": "demo_crm.extract", "input": ["stream": .string(stream)]])
            let name = "\(DemoCRM.connector.sourceKey)_\(stream).csv"
            let profile = try Profiler.profile(name: name, bytes: Array(DemoCRM.csv(stream: stream).utf8))
            try await run.emit(.toolResult, data: ["tool": "demo_crm.extract", "output": ["stream": .string(stream), "records": .number(Double(profile.rows))]])
            try await run.emit(.message, data: ["text": .string("Extracted \(Text.count(profile.rows, "record")) from \(DemoCRM.connector.name) (\(stream)). Columns: \(profile.header.joined(separator: ", ")).")])
            records.append(AgentState.SourceRecord(name: name, connector: DemoCRM.connector.sourceKey, stream: stream, profile: profile))
        }
        return records
    }
}
