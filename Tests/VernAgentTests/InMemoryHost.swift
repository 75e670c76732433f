import Foundation
import Logging
import Synchronization
import VernAPI
import VernAgentKit

/// A migration kept in memory: one uploaded file and the agent's state, no server.
final class MemoryStore: MigrationStore {
    private let file: AgentFile
    private let bytes: Data
    private let state = Mutex<Data?>(nil)

    init(fileName: String, bytes: Data, state initial: Data? = nil) {
        file = AgentFile(
            id: "file-1", name: fileName, contentType: "text/csv", size: bytes.count, uploadedAt: Date(timeIntervalSince1970: 0),
            fileURL: nil)
        self.bytes = bytes
        state.withLock { $0 = initial }
    }

    var savedState: Data? { state.withLock { $0 } }

    func files() async throws -> [AgentFile] { [file] }
    func contents(of file: AgentFile) async throws -> Data { bytes }
    func loadState() async throws -> Data? { savedState }
    func saveState(_ data: Data) async throws { state.withLock { $0 = data } }
    func sourceConnection() async throws -> SourceConnection? { nil }
    func vaultSecrets(connectionID: String) async throws -> [String: String] { [:] }
    func workDirectory() throws -> URL {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        return scratch
    }

    /// Removed when the store goes away.
    private let scratch = FileManager.default.temporaryDirectory
        .appendingPathComponent("vern-agent-test-\(UUID().uuidString)", isDirectory: true)

    deinit { try? FileManager.default.removeItem(at: scratch) }
}

/// A run's channel in memory: records the agent's messages; questions are answered with their
/// first option when `answersQuestions`, otherwise the run stops there as blocked.
final class MemoryChannel: RunChannel {
    /// Thrown out of `ask` to end a run that blocked on a question.
    struct Blocked: Error {
        var questions: [Question]
    }

    let answersQuestions: Bool
    private let recorded = Mutex<[String]>([])

    init(answersQuestions: Bool) { self.answersQuestions = answersQuestions }

    /// The agent's `message` texts, in order.
    var messages: [String] { recorded.withLock { $0 } }

    func progress(_ message: String) async throws {}

    func emit(_ type: ThreadEventType, data: JSONValue) async throws {
        if type == .message, case .string(let text)? = data["text"] { recorded.withLock { $0.append(text) } }
    }

    func ask(_ questions: [Question]) async throws -> AnswerRequest.Answers {
        guard answersQuestions else { throw Blocked(questions: questions) }
        return .structured(questions.map { .init(id: $0.id, value: $0.options.first?.label ?? "") })
    }

    func requestCredentials(_ request: CredentialRequest) async throws { throw Blocked(questions: []) }

    func connectSource(_ connector: Connector) async throws -> SourceConnection {
        throw AgentError("No source connection in memory.")
    }
}
