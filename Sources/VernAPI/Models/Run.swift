import Foundation

/// Body of `POST /migrations/{id}/runs`.
public struct StartRunRequest: Codable, Hashable, Sendable {
    public var kind: RunKind
    /// The instruction (update) or question (clarify); ignored for generate and execute.
    public var message: String?
    /// For generate: extract from the migration's source connection instead of uploaded files.
    public var extractViaAPI: Bool?

    enum CodingKeys: String, CodingKey {
        case kind, message
        case extractViaAPI = "extract_via_api"
    }

    public init(kind: RunKind, message: String? = nil, extractViaAPI: Bool? = nil) {
        self.kind = kind
        self.message = message
        self.extractViaAPI = extractViaAPI
    }
}

/// Response of `POST /migrations/{id}/runs` (201).
public struct StartRunResponse: Codable, Hashable, Sendable {
    public var runID: String
    public var status: RunStatus
    /// Absolute URL to poll.
    public var pollURL: String

    enum CodingKeys: String, CodingKey {
        case status
        case runID = "run_id"
        case pollURL = "poll_url"
    }

    public init(runID: String, status: RunStatus, pollURL: String) {
        self.runID = runID
        self.status = status
        self.pollURL = pollURL
    }
}

/// A run as `GET /migrations/{id}/runs/{run_id}` returns it. Which optional fields are present
/// depends on `status`.
public struct Run: Codable, Hashable, Sendable {
    public var runID: String
    public var status: RunStatus
    public var createdAt: Date?
    /// The run's kind. Not in the documented poll shape; the local server adds it.
    public var kind: RunKind?
    /// Progress text while `queued` or `running`.
    public var message: String?
    /// Present when blocked on a question.
    public var questions: [Question]?
    public var blockedReason: BlockedReason?
    /// Present when blocked on credentials.
    public var credentialRequest: CredentialRequest?
    /// Present when an execute run completed.
    public var report: RunReport?
    /// Present when failed.
    public var error: String?

    enum CodingKeys: String, CodingKey {
        case status, kind, message, questions, report, error
        case runID = "run_id"
        case createdAt = "created_at"
        case blockedReason = "blocked_reason"
        case credentialRequest = "credential_request"
    }

    public init(
        runID: String, status: RunStatus, createdAt: Date? = nil, kind: RunKind? = nil, message: String? = nil,
        questions: [Question]? = nil, blockedReason: BlockedReason? = nil,
        credentialRequest: CredentialRequest? = nil, report: RunReport? = nil, error: String? = nil
    ) {
        self.runID = runID
        self.status = status
        self.createdAt = createdAt
        self.kind = kind
        self.message = message
        self.questions = questions
        self.blockedReason = blockedReason
        self.credentialRequest = credentialRequest
        self.report = report
        self.error = error
    }

    /// Whether the run is blocked waiting for credentials (rather than a question).
    public var isBlockedOnCredentials: Bool {
        status == .blocked && (blockedReason == .credentials || credentialRequest != nil)
    }
}

/// A question a blocked run asks.
public struct Question: Codable, Hashable, Sendable {
    /// One choice offered for a question.
    public struct Option: Codable, Hashable, Sendable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    /// Stable id, echoed in the answer.
    public var id: String
    public var question: String
    /// May be empty for open-ended questions.
    public var options: [Option]
    /// Whether a free-text answer is accepted.
    public var allowCustom: Bool
    /// Local extension: every value the question is about, when its text lists only the first
    /// few ("… and 8 more"). The shell's `/values` shows them; the documented API has no such field.
    public var values: [String]?

    enum CodingKeys: String, CodingKey {
        case id, question, options, allowCustom, values
    }

    public init(id: String, question: String, options: [Option], allowCustom: Bool, values: [String]? = nil) {
        self.id = id
        self.question = question
        self.options = options
        self.allowCustom = allowCustom
        self.values = values
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        question = try container.decode(String.self, forKey: .question)
        options = try container.decodeIfPresent([Option].self, forKey: .options) ?? []
        allowCustom = try container.decodeIfPresent(Bool.self, forKey: .allowCustom) ?? false
        values = try container.decodeIfPresent([String].self, forKey: .values)
    }
}

/// The report of a completed execute run. Keys are camelCase on the wire.
public struct RunReport: Codable, Hashable, Sendable {
    /// Rows imported into one sheet.
    public struct Sheet: Codable, Hashable, Sendable {
        public var templateName: String
        public var sheetID: String
        public var rowCount: Int

        enum CodingKeys: String, CodingKey {
            case templateName, rowCount
            case sheetID = "sheetId"
        }

        public init(templateName: String, sheetID: String, rowCount: Int) {
            self.templateName = templateName
            self.sheetID = sheetID
            self.rowCount = rowCount
        }
    }

    /// Total rows imported across all sheets.
    public var inserted: Int
    public var perSheet: [Sheet]
    /// Despite its name: the number of rows with at least one invalid cell.
    public var invalidCellCount: Int
    /// Which sources were covered when extracting through a connector; `null` for files.
    public var coverage: JSONValue?
    /// Rows dropped by row rules, not imported (a local-server extension).
    public var droppedRowCount: Int?

    public init(inserted: Int, perSheet: [Sheet], invalidCellCount: Int, coverage: JSONValue? = nil, droppedRowCount: Int? = nil) {
        self.inserted = inserted
        self.perSheet = perSheet
        self.invalidCellCount = invalidCellCount
        self.coverage = coverage
        self.droppedRowCount = droppedRowCount
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(inserted, forKey: .inserted)
        try container.encode(perSheet, forKey: .perSheet)
        try container.encode(invalidCellCount, forKey: .invalidCellCount)
        try container.encode(coverage ?? .null, forKey: .coverage)
        try container.encodeIfPresent(droppedRowCount, forKey: .droppedRowCount)
    }

    enum CodingKeys: String, CodingKey {
        case inserted, perSheet, invalidCellCount, coverage, droppedRowCount
    }
}

/// Body of `PATCH /migrations/{id}/runs/{run_id}`: the only accepted body is a cancel request.
public struct CancelRunRequest: Codable, Hashable, Sendable {
    public var status: String

    public init() { status = "cancel_requested" }
}

/// Response of `/messages` and `/credentials`: the run resumed.
public struct RunAcknowledgement: Codable, Hashable, Sendable {
    public var runID: String
    public var status: RunStatus

    enum CodingKeys: String, CodingKey {
        case status
        case runID = "run_id"
    }

    public init(runID: String, status: RunStatus) {
        self.runID = runID
        self.status = status
    }
}
