/// The phase of work a run does.
public enum RunKind: OpenEnum {
    /// Build the mapping recipe from the uploaded files and stop at a preview.
    case generate
    /// Change the current recipe as the message says; replaces the preview.
    case update
    /// Answer a read-only question about the current recipe and preview.
    case clarify
    /// Run the approved recipe over every row.
    case execute
    case unknown(String)

    public init(wireValue: String) {
        switch wireValue {
        case "generate": self = .generate
        case "update": self = .update
        case "clarify": self = .clarify
        case "execute": self = .execute
        default: self = .unknown(wireValue)
        }
    }

    public var wireValue: String {
        switch self {
        case .generate: "generate"
        case .update: "update"
        case .clarify: "clarify"
        case .execute: "execute"
        case .unknown(let value): value
        }
    }
}

/// The status of a run.
public enum RunStatus: OpenEnum {
    case queued, running, blocked, awaitingApproval, completed, failed, canceled
    case unknown(String)

    public init(wireValue: String) {
        switch wireValue {
        case "queued": self = .queued
        case "running": self = .running
        case "blocked": self = .blocked
        case "awaiting_approval": self = .awaitingApproval
        case "completed": self = .completed
        case "failed": self = .failed
        case "canceled": self = .canceled
        default: self = .unknown(wireValue)
        }
    }

    public var wireValue: String {
        switch self {
        case .queued: "queued"
        case .running: "running"
        case .blocked: "blocked"
        case .awaitingApproval: "awaiting_approval"
        case .completed: "completed"
        case .failed: "failed"
        case .canceled: "canceled"
        case .unknown(let value): value
        }
    }

    /// Whether the run still holds the migration's single run slot (`queued`, `running`, `blocked`).
    public var isInFlight: Bool {
        switch self {
        case .queued, .running, .blocked: true
        default: false
        }
    }

    /// Whether this status ends a run of `kind`, so polling stops.
    ///
    /// generate/update end at `awaiting_approval`; clarify and execute at `completed`; every
    /// kind at `failed` or `canceled`. With no kind known, any of those ends it. `blocked` is a
    /// pause that waits on the analyst: ``isTerminal(for:)`` is false for it, but a poller
    /// stops there too.
    public func isTerminal(for kind: RunKind?) -> Bool {
        switch self {
        case .failed, .canceled: return true
        case .awaitingApproval:
            switch kind {
            case .generate?, .update?, nil, .unknown?: return true
            case .clarify?, .execute?: return false
            }
        case .completed:
            switch kind {
            case .clarify?, .execute?, nil, .unknown?: return true
            case .generate?, .update?: return false
            }
        default: return false
        }
    }
}

/// Why a blocked run is waiting.
public enum BlockedReason: OpenEnum {
    case question, credentials
    case unknown(String)

    public init(wireValue: String) {
        switch wireValue {
        case "question": self = .question
        case "credentials": self = .credentials
        default: self = .unknown(wireValue)
        }
    }

    public var wireValue: String {
        switch self {
        case .question: "question"
        case .credentials: "credentials"
        case .unknown(let value): value
        }
    }
}
