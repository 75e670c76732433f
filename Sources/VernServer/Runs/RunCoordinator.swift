import VernAPI

/// What resumes a blocked run.
enum Resumption: Sendable {
    /// `POST /messages` answered the run's questions.
    case answers(AnswerRequest.Answers)
    /// `POST /credentials` put the values in the vault.
    case credentialsSubmitted
}

/// Owns the background tasks that execute runs, and the suspension points where a blocked run
/// waits for its answer.
///
/// The database is the source of truth for a run's status; the coordinator only holds what
/// cannot be persisted: the task itself and the continuation a blocked agent waits on.
actor RunCoordinator {
    private var tasks: [String: Task<Void, Never>] = [:]
    private var waiters: [String: CheckedContinuation<Resumption, any Error>] = [:]
    /// A resumption that arrived between the run blocking and the agent starting to wait.
    private var early: [String: Resumption] = [:]
    private var stopped = false

    /// Starts `operation` for `runID` in a background task.
    func start(runID: String, operation: @escaping @Sendable () async -> Void) {
        guard !stopped else { return }
        tasks[runID] = Task {
            await operation()
            self.finished(runID)
        }
    }

    /// Runs `block` (which marks the run blocked), then waits for ``resume(runID:with:)``.
    func suspend(runID: String, block: @Sendable () async throws -> Void) async throws -> Resumption {
        try await block()
        if let resumption = early.removeValue(forKey: runID) { return resumption }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                if Task.isCancelled || stopped {
                    continuation.resume(throwing: CancellationError())
                } else {
                    waiters[runID] = continuation
                }
            }
        } onCancel: {
            Task { await self.cancelWaiter(runID) }
        }
    }

    /// Resumes a blocked run; its status was already set back to `running`.
    func resume(runID: String, with resumption: Resumption) {
        if let waiter = waiters.removeValue(forKey: runID) {
            waiter.resume(returning: resumption)
        } else {
            early[runID] = resumption
        }
    }

    /// Cancels a run's task; a blocked agent's wait throws `CancellationError`.
    func cancel(runID: String) {
        tasks[runID]?.cancel()
        cancelWaiter(runID)
    }

    /// Stops every run without recording an outcome, as a process exit would; the next start
    /// fails the runs that were in flight. Returns once every task has ended.
    func stop() async {
        stopped = true
        let running = Array(tasks.values)
        for task in running { task.cancel() }
        for runID in Array(waiters.keys) { cancelWaiter(runID) }
        for task in running { await task.value }
    }

    /// Whether the coordinator is stopping (outcomes are then not recorded).
    var isStopped: Bool { stopped }

    private func cancelWaiter(_ runID: String) {
        waiters.removeValue(forKey: runID)?.resume(throwing: CancellationError())
        early.removeValue(forKey: runID)
    }

    private func finished(_ runID: String) {
        tasks.removeValue(forKey: runID)
    }
}
