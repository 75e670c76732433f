import Foundation
import VernAPI
import VernAgentKit

/// A scripted behaviour for demos and tests, picked per migration with the `local_agent` field
/// of `POST /migrations` or for every migration with ``ServerConfiguration/scriptedBehaviour``.
public enum ScriptedBehaviour: String, CaseIterable, Sendable {
    /// generate/update block on a question first, then continue with the answer.
    case question
    /// generate blocks on Demo CRM credentials until the demo credentials are submitted.
    case credentials
    /// Every run fails with an error.
    case fail
    /// Every run takes many progress steps first (for cancellation).
    case slow
}

/// Runs a ``ScriptedBehaviour`` and then hands the run to the wrapped agent.
struct ScriptedAgent: Agent {
    let behaviour: ScriptedBehaviour
    let base: any Agent
    let stepDuration: Duration

    /// The number of progress steps of the `slow` behaviour.
    static let slowSteps = 40
    /// The sentence a `fail` run ends with.
    static let failure = "The scripted local agent failed on purpose (local_agent: fail)."

    func run(_ run: RunContext) async throws -> RunOutcome {
        switch behaviour {
        case .question where run.kind == .generate || run.kind == .update:
            let answers = try await run.ask([
                Question(
                    id: "lead_source",
                    question: "Some Lead Source values may not be one of the allowed options. How should I handle them?",
                    options: [
                        .init(id: "other", label: "Map them to 'Other'"),
                        .init(id: "flag", label: "Leave them flagged as invalid"),
                    ],
                    allowCustom: true)
            ])
            let text: String
            switch answers {
            case .freeForm(let message): text = message
            case .structured(let list): text = list.map(\.value).joined(separator: "; ")
            }
            try await run.emit(.message, data: ["text": .string("Thanks, I'll go with: \(text)")])
        case .credentials where run.kind == .generate:
            try await run.connectDemoCRM(toRead: "contacts")
        case .fail:
            try await run.progress("Reading your files")
            throw AgentError(Self.failure)
        case .slow:
            for step in 1...Self.slowSteps {
                try await Task.sleep(for: stepDuration)
                try await run.progress("Working slowly (step \(step) of \(Self.slowSteps))")
            }
        default:
            break
        }
        return try await base.run(run)
    }

    func export(_ request: ExportRequest, context: MigrationContext) async throws -> CSVExport {
        try await base.export(request, context: context)
    }

    func previewRows(_ request: PreviewRowsRequest, context: MigrationContext) async throws -> PreviewRows {
        try await base.previewRows(request, context: context)
    }
}
