import Foundation
import VernAPI
import VernAgentKit

/// A variant of the agent behind the local server, for proving that transcripts judge what
/// matters (`vern serve --agent-variant`, `vern replay --live --agent-variant`).
///
/// It sits at the boundary between the agent and the server, so it works with any agent:
/// ``reworded`` makes the same decisions with different prose, different option ids and
/// different timing; ``regressed`` makes one different, plausible decision: it takes the source
/// column of one template column from its neighbour (the agent reads the uploaded files with the
/// first two name columns' headers exchanged, so `first_name` comes from `Last Name`).
public enum AgentVariant: String, Sendable, CaseIterable {
    case reworded
    case regressed

    /// The agent for `name`: the deterministic local agent, seen through the variant if one is named.
    /// - Throws: ``AgentVariantError`` for an unknown name.
    public static func wrapping(_ base: any Agent, named name: String?) throws -> any Agent {
        guard let name else { return base }
        guard let variant = AgentVariant(rawValue: name) else {
            throw AgentVariantError("unknown agent variant \(name) (variants: \(allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return VariantAgent(base: base, variant: variant)
    }

    /// A short wait before each progress step, so timing differs from the plain agent's.
    func pause() async throws {
        guard self == .reworded else { return }
        try await Task.sleep(for: .milliseconds(Int.random(in: 5...40)))
    }

    func progress(_ message: String) -> String {
        self == .reworded ? "Now: \(message.prefix(1).lowercased() + message.dropFirst())" : message
    }

    /// Rewords the `text` of a thread event.
    func threadData(_ data: JSONValue) -> JSONValue {
        guard self == .reworded, case .object(var object) = data, let text = object["text"]?.stringValue else { return data }
        object["text"] = .string("In other words: \(text)")
        return .object(object)
    }

    /// The questions as shown: same ids (what they ask about), other wording and option ids.
    func questions(_ questions: [Question]) -> [Question] {
        guard self == .reworded else { return questions }
        return questions.map { question in
            Question(
                id: question.id, question: "Question: \(question.question)",
                options: question.options.enumerated().map { .init(id: "choice-\($0.offset + 1)", label: "Choose: \($0.element.label)") },
                allowCustom: question.allowCustom)
        }
    }

    /// The answers to `shown` mapped back to the options of the questions the agent `asked`.
    func answers(_ answers: AnswerRequest.Answers, shown: [Question], asked: [Question]) -> AnswerRequest.Answers {
        guard self == .reworded, case .structured(let list) = answers else { return answers }
        return .structured(list.map { answer in
            guard let question = shown.firstIndex(where: { $0.id == answer.id }),
                let option = shown[question].options.firstIndex(where: { $0.label == answer.value }),
                option < asked[question].options.count
            else { return answer }
            return AnswerRequest.Answer(id: answer.id, value: asked[question].options[option].label)
        })
    }

    /// An uploaded file as the agent reads it.
    func contents(_ data: Data) -> Data {
        guard self == .regressed else { return data }
        var bytes = [UInt8](data)
        guard let end = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return data }
        let header = String(decoding: bytes[..<end], as: UTF8.self)
        let names = header.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard let first = names.firstIndex(where: { $0.contains("First Name") }),
            let last = names.firstIndex(where: { $0.contains("Last Name") })
        else { return data }
        var swapped = names
        swapped[first] = names[last]
        swapped[last] = names[first]
        bytes.replaceSubrange(..<end, with: Array(swapped.joined(separator: ",").utf8))
        return Data(bytes)
    }
}

/// An unknown agent variant name.
public struct AgentVariantError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// Runs `base` with its runs and exports seen through `variant`.
struct VariantAgent: Agent {
    let base: any Agent
    let variant: AgentVariant

    func run(_ run: RunContext) async throws -> RunOutcome {
        let migration = seen(run.migration)
        let channel = VariantChannel(base: run.channel, variant: variant)
        return try await base.run(
            RunContext(
                runID: run.runID, kind: run.kind, message: run.message, extractViaAPI: run.extractViaAPI,
                migration: migration, channel: channel))
    }

    func export(_ request: ExportRequest, context: MigrationContext) async throws -> CSVExport {
        try await base.export(request, context: seen(context))
    }

    func previewRows(_ request: PreviewRowsRequest, context: MigrationContext) async throws -> PreviewRows {
        try await base.previewRows(request, context: seen(context))
    }

    private func seen(_ migration: MigrationContext) -> MigrationContext {
        MigrationContext(
            migrationID: migration.migrationID, name: migration.name, source: migration.source,
            templates: migration.templates, logger: migration.logger,
            store: VariantStore(base: migration.store, variant: variant))
    }
}

/// A migration's files as the variant's agent reads them.
private struct VariantStore: MigrationStore {
    let base: any MigrationStore
    let variant: AgentVariant

    func files() async throws -> [AgentFile] {
        // Without a file URL the agent reads the bytes through contents(of:), where the variant applies.
        try await base.files().map { file in
            var file = file
            file.fileURL = nil
            return file
        }
    }

    func contents(of file: AgentFile) async throws -> Data { variant.contents(try await base.contents(of: file)) }
    func loadState() async throws -> Data? { try await base.loadState() }
    func saveState(_ data: Data) async throws { try await base.saveState(data) }
    func sourceConnection() async throws -> SourceConnection? { try await base.sourceConnection() }
    func vaultSecrets(connectionID: String) async throws -> [String: String] {
        try await base.vaultSecrets(connectionID: connectionID)
    }
    func workDirectory() throws -> URL { try base.workDirectory() }
}

/// A run's reports and questions as the variant words and times them.
private struct VariantChannel: RunChannel {
    let base: any RunChannel
    let variant: AgentVariant

    func progress(_ message: String) async throws {
        try await variant.pause()
        try await base.progress(variant.progress(message))
    }

    func emit(_ type: ThreadEventType, data: JSONValue) async throws {
        try await base.emit(type, data: variant.threadData(data))
    }

    func ask(_ questions: [Question]) async throws -> AnswerRequest.Answers {
        let shown = variant.questions(questions)
        return variant.answers(try await base.ask(shown), shown: shown, asked: questions)
    }

    func requestCredentials(_ request: CredentialRequest) async throws { try await base.requestCredentials(request) }
    func connectSource(_ connector: Connector) async throws -> SourceConnection { try await base.connectSource(connector) }
}
