import Foundation
import GRDB
import VernAPI

/// The one place a run's status changes. Every transition is an ``Event`` checked against the
/// run's current status (and kind), and applying it also sets or clears the fields that the
/// new status carries, so no run can show a stale question, report or error.
///
/// ```
/// queued ──start──▶ running ──block──▶ blocked
///                     ▲  │                │
///                     └──┼─────resume─────┘
///                        └──finish──▶ awaiting_approval (generate, update) | completed (clarify, execute)
/// queued | running | blocked ──fail──▶ failed,  ──cancel──▶ canceled
/// ```
enum RunStateMachine {
    /// What happens to a run.
    enum Event: Sendable, Equatable {
        /// The executor picked the run up.
        case start
        /// The agent waits on questions (JSON of `[Question]`) or a credential request (JSON).
        case block(BlockedOn)
        /// The caller answered what the run was blocked on; `message` is the new progress text.
        case resume(from: BlockedReason, message: String)
        /// The agent produced its outcome; `reportJSON` for an execute run.
        case finish(reportJSON: String?)
        /// The run cannot go on; `error` says why, in the user's terms.
        case fail(error: String)
        /// The caller canceled the run.
        case cancel
    }

    /// What a blocked run waits on, with the JSON the poll endpoint shows.
    enum BlockedOn: Sendable, Equatable {
        case questions(json: String)
        case credentials(requestJSON: String)

        var reason: BlockedReason {
            switch self {
            case .questions: .question
            case .credentials: .credentials
            }
        }
    }

    /// Every status a stored run can have.
    static let statuses: [RunStatus] = [.queued, .running, .blocked, .awaitingApproval, .completed, .failed, .canceled]

    /// The status `event` leads to from `status` for a run of `kind`, or `nil` when the event
    /// does not apply there. `blockedReason` is what a blocked run waits on.
    static func next(
        from status: RunStatus, kind: RunKind, blockedReason: BlockedReason?, on event: Event
    ) -> RunStatus? {
        switch (status, event) {
        case (.queued, .start): return .running
        case (.running, .block): return .blocked
        case (.blocked, .resume(let from, _)) where from == blockedReason: return .running
        case (.running, .finish):
            switch kind {
            case .generate, .update: return .awaitingApproval
            case .clarify, .execute: return .completed
            case .unknown: return nil
            }
        case (.queued, .fail), (.running, .fail), (.blocked, .fail): return .failed
        case (.queued, .cancel), (.running, .cancel), (.blocked, .cancel): return .canceled
        default: return nil
        }
    }

    /// Whether any event leads from `from` to `to`: the edges of the diagram above.
    static func allows(from: RunStatus, to: RunStatus) -> Bool {
        switch (from, to) {
        case (.queued, .running), (.running, .blocked), (.blocked, .running),
            (.running, .awaitingApproval), (.running, .completed):
            return true
        case (.queued, .failed), (.running, .failed), (.blocked, .failed),
            (.queued, .canceled), (.running, .canceled), (.blocked, .canceled):
            return true
        default:
            return false
        }
    }

    /// Applies `event` to the stored run `runID` in one write transaction.
    /// - Returns: The run after the transition, or `nil` when the event does not apply to its
    ///   current status (for example a run canceled meanwhile) or the run does not exist.
    static func apply(_ event: Event, runID: String, _ db: Database) throws -> RunRecord? {
        guard var run = try RunRecord.fetchOne(db, key: runID) else { return nil }
        guard run.apply(event) else { return nil }
        try run.update(db)
        return run
    }

    /// Fails every run left in flight (by a process that stopped); returns them.
    static func failAllInFlight(error: String, _ db: Database) throws -> [RunRecord] {
        try RunRecord.filter(RunRecord.inFlightStatuses.contains(Column("status"))).fetchAll(db).compactMap { run in
            try apply(.fail(error: error), runID: run.id, db)
        }
    }

    /// Sets a running run's progress text; false when the run is not running.
    static func setProgress(_ message: String, runID: String, _ db: Database) throws -> Bool {
        try db.execute(
            sql: "UPDATE run SET message = ? WHERE id = ? AND status = ?",
            arguments: [message, runID, RunStatus.running.wireValue])
        return db.changesCount > 0
    }
}

extension RunRecord {
    /// Moves the run by `event`, setting the fields its new status carries and clearing the rest.
    /// - Returns: False (and the run unchanged) when the event does not apply.
    mutating func apply(_ event: RunStateMachine.Event) -> Bool {
        let blocked = blockedReason.map(BlockedReason.init(wireValue:))
        guard let next = RunStateMachine.next(from: runStatus, kind: runKind, blockedReason: blocked, on: event) else {
            return false
        }
        status = next.wireValue
        message = nil
        blockedReason = nil
        questionsJSON = nil
        credentialRequestJSON = nil
        switch event {
        case .start:
            message = "Starting"
        case .block(let on):
            blockedReason = on.reason.wireValue
            switch on {
            case .questions(let json): questionsJSON = json
            case .credentials(let json): credentialRequestJSON = json
            }
        case .resume(_, let text):
            message = text
        case .finish(let report):
            reportJSON = report
        case .fail(let text):
            error = text
        case .cancel:
            break
        }
        return true
    }
}
