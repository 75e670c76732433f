import Synchronization

/// A coalescing wake-up: signals that arrive while nobody waits are remembered as one.
final class WakeSignal: Sendable {
    private let state = Mutex<(pending: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    /// Wakes the current waiter, or the next one.
    func signal() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            if state.waiters.isEmpty {
                state.pending = true
                return []
            }
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns at the next signal (at once if one is pending), or when the task is cancelled.
    func next() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    if state.pending || Task.isCancelled {
                        state.pending = false
                        return true
                    }
                    state.waiters.append(continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            signal()
        }
    }
}
