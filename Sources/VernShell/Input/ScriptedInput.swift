import Synchronization

/// Input from a fixed script, for tests and transcript replay.
///
/// Lines, secrets and end-of-input are returned in order as the shell asks for them. A
/// scripted interrupt is delivered to whichever comes first: the next `readLine` (as Ctrl-C at
/// the prompt) or a run waiting in ``nextInterrupt()``. After the script, input ends.
public final class ScriptedInput: ShellInput {
    /// One scripted step.
    public enum Step: Sendable, Equatable {
        case line(String)
        case secret(String)
        case interrupt
        case endOfInput
    }

    private struct State {
        var steps: [Step]
        var history: [String] = []
    }

    private let state: Mutex<State>
    public let isInteractive: Bool

    /// - Parameter interactive: whether the shell should behave as if a person typed (confirmations).
    public init(_ steps: [Step], interactive: Bool = true) {
        state = Mutex(State(steps: steps))
        isInteractive = interactive
    }

    /// The lines the shell recorded in history.
    public var history: [String] { state.withLock { $0.history } }

    /// Steps not consumed yet.
    public var remaining: [Step] { state.withLock { $0.steps } }

    public func readLine(prompt: String) async -> ShellLine {
        state.withLock { state in
            guard !state.steps.isEmpty else { return .endOfInput }
            switch state.steps.removeFirst() {
            case .line(let text): return .line(text)
            case .interrupt: return .interrupted
            case .endOfInput: return .endOfInput
            case .secret(let text): return .line(text)
            }
        }
    }

    public func readSecret(prompt: String) async -> ShellSecret {
        state.withLock { state in
            guard !state.steps.isEmpty else { return .unavailable }
            switch state.steps.removeFirst() {
            case .secret(let text), .line(let text): return .value(text)
            case .interrupt: return .interrupted
            case .endOfInput: return .unavailable
            }
        }
    }

    public func recordHistory(_ line: String) {
        state.withLock { $0.history.append(line) }
    }

    public func takeInterrupt() -> Bool {
        state.withLock { state in
            guard state.steps.first == .interrupt else { return false }
            state.steps.removeFirst()
            return true
        }
    }

    /// Returns at once when the next step is an interrupt; otherwise waits until cancelled
    /// (a script cannot interrupt later than its next step).
    public func interruptArrived() async {
        guard state.withLock({ $0.steps.first }) != .interrupt else { return }
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
    }
}
