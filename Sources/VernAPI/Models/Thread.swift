import Foundation

/// The kind of a thread event.
public enum ThreadEventType: OpenEnum {
    case message, thinking, status, toolCall, toolResult, task, requestInput, prepared, preview, completed, error
    case unknown(String)

    public init(wireValue: String) {
        switch wireValue {
        case "message": self = .message
        case "thinking": self = .thinking
        case "status": self = .status
        case "tool_call": self = .toolCall
        case "tool_result": self = .toolResult
        case "task": self = .task
        case "request_input": self = .requestInput
        case "prepared": self = .prepared
        case "preview": self = .preview
        case "completed": self = .completed
        case "error": self = .error
        default: self = .unknown(wireValue)
        }
    }

    public var wireValue: String {
        switch self {
        case .message: "message"
        case .thinking: "thinking"
        case .status: "status"
        case .toolCall: "tool_call"
        case .toolResult: "tool_result"
        case .task: "task"
        case .requestInput: "request_input"
        case .prepared: "prepared"
        case .preview: "preview"
        case .completed: "completed"
        case .error: "error"
        case .unknown(let value): value
        }
    }

    /// Every type this version knows, in the documented order.
    public static let known: [ThreadEventType] = [
        .message, .thinking, .status, .toolCall, .toolResult, .task, .requestInput, .prepared, .preview, .completed, .error,
    ]

    /// The least detailed `include` level that shows events of this type.
    public var level: ThreadInclude {
        switch self {
        case .message, .status, .preview, .requestInput, .completed, .error: .user
        case .toolCall, .toolResult, .task: .tools
        case .thinking, .prepared, .unknown: .all
        }
    }
}

/// How much of the thread to return.
public enum ThreadInclude: String, Codable, CaseIterable, Comparable, Sendable {
    /// Prose, status, preview, questions, completion, errors (the default).
    case user
    /// The above plus tool calls, tool results and task ids.
    case tools
    /// Everything, including the agent's thinking.
    case all

    public static func < (lhs: ThreadInclude, rhs: ThreadInclude) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One step the agent took, in the migration's durable thread.
public struct ThreadEvent: Codable, Hashable, Sendable {
    /// Increases across all of the migration's runs.
    public var sequence: Int
    public var type: ThreadEventType
    /// The payload, passed through unchanged: `status` → `{message}`, `message` → `{text}`, ….
    public var data: JSONValue
    public var createdAt: Date
    /// The run that wrote the event (a local-server extension).
    public var runID: String?

    enum CodingKeys: String, CodingKey {
        case sequence, type, data
        case createdAt = "created_at"
        case runID = "run_id"
    }

    public init(sequence: Int, type: ThreadEventType, data: JSONValue, createdAt: Date, runID: String? = nil) {
        self.sequence = sequence
        self.type = type
        self.data = data
        self.createdAt = createdAt
        self.runID = runID
    }

    /// The human-readable text of the event, when it has one (`text`, `message` or `error`).
    public var text: String? {
        data["text"]?.stringValue ?? data["message"]?.stringValue ?? data["error"]?.stringValue
    }
}

/// A page of the thread, `GET /migrations/{id}/thread`.
public struct ThreadPage: Codable, Hashable, Sendable {
    public var events: [ThreadEvent]
    /// The last sequence in this page; echoes `after` when the page is empty, `nil` for an empty thread.
    public var lastSequence: Int?

    enum CodingKeys: String, CodingKey {
        case events
        case lastSequence = "last_sequence"
    }

    public init(events: [ThreadEvent], lastSequence: Int?) {
        self.events = events
        self.lastSequence = lastSequence
    }
}
