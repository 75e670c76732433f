import Synchronization
import VernShell
import VernTerminal

/// The shell's input from a line reader: a libedit editor on a terminal, or plain stdin.
///
/// Ctrl-C that arrives while no line is read (during a run) is counted from the reader's
/// interrupt stream until the shell takes it.
final class TerminalInput: ShellInput {
    private let reader: any LineReader
    private let interrupts = PendingInterrupts()
    private let monitor: Task<Void, Never>
    let isInteractive: Bool
    private let recordsHistory: Bool

    init(reader: any LineReader, interactive: Bool, recordsHistory: Bool) {
        self.reader = reader
        self.isInteractive = interactive
        self.recordsHistory = recordsHistory
        let pending = interrupts
        let stream = reader.interrupts
        monitor = Task {
            for await _ in stream { pending.add() }
        }
    }

    deinit { monitor.cancel() }

    func readLine(prompt: String) async -> ShellLine {
        interrupts.clear()
        switch await reader.readLine(prompt: prompt) {
        case .line(let text): return .line(text)
        case .interrupted: return .interrupted
        case .eof: return .endOfInput
        }
    }

    func readSecret(prompt: String) async -> ShellSecret {
        switch await reader.readSecret(prompt: prompt) {
        case .value(let secret): return .value(secret)
        case .interrupted: return .interrupted
        case .unavailable: return .unavailable
        }
    }

    func recordHistory(_ line: String) {
        if recordsHistory { reader.addHistory(line) }
    }

    func takeInterrupt() -> Bool { interrupts.take() }

    func interruptArrived() async { await interrupts.arrived() }
}

/// A count of Ctrl-C presses not handled yet, and the tasks waiting for one.
final class PendingInterrupts: Sendable {
    private let state = Mutex<(count: Int, waiters: [CheckedContinuation<Void, Never>])>((0, []))

    func add() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.count += 1
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    func clear() { state.withLock { $0.count = 0 } }

    func take() -> Bool {
        state.withLock { state in
            guard state.count > 0 else { return false }
            state.count -= 1
            return true
        }
    }

    /// Returns once an interrupt is pending, or when the waiting task is cancelled.
    func arrived() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let now = state.withLock { state -> Bool in
                    if state.count > 0 || Task.isCancelled { return true }
                    state.waiters.append(continuation)
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
                defer { state.waiters.removeAll() }
                return state.waiters
            }
            for waiter in waiters { waiter.resume() }
        }
    }
}
