import Synchronization

/// One scripted input for ``ScriptedLineReader``.
public enum ScriptedInput: Sendable, Equatable {
    /// Answers a `readLine` with this text.
    case line(String)
    /// Answers a `readSecret` with this secret.
    case secret(String)
    /// Ctrl-C at a prompt: answers `readLine` or `readSecret` with `.interrupted`.
    case interrupt
    /// Ctrl-C while no prompt is active (during a run). Consecutive `interruptRun` inputs at the head of
    /// the script are delivered, one event each, to the next ``ScriptedLineReader/interrupts``
    /// subscription as soon as it is made. Reaching one in `readLine` skips it.
    case interruptRun
    /// End of input (Ctrl-D). Also what every read returns once the script is used up.
    case eof
}

/// A ``LineReader`` that replays scripted inputs in order: the session tests and transcript
/// replay drive the shell with it.
///
/// A read whose kind does not match the next input (a `readSecret` meeting `.line`, or a `readLine`
/// meeting `.secret`) consumes nothing, is recorded in ``mismatches``, and returns `.eof` (line) or
/// `.unavailable` (secret), so a diverging session ends instead of hanging.
public final class ScriptedLineReader: LineReader {
    private struct State {
        var remaining: [ScriptedInput]
        var prompts: [String] = []
        var history: [String] = []
        var mismatches: [String] = []
    }

    private let state: Mutex<State>
    private let broadcaster = InterruptBroadcaster()

    /// Creates a reader that returns `inputs` in order, then `.eof`.
    /// - Parameter inputs: The scripted inputs.
    public init(_ inputs: [ScriptedInput]) {
        state = Mutex(State(remaining: inputs))
    }

    /// Returns the next scripted line, interrupt or end of input.
    /// - Parameter prompt: Recorded in ``prompts``.
    /// - Returns: The scripted input.
    public func readLine(prompt: String) async -> LineInput {
        state.withLock { state in
            state.prompts.append(prompt)
            while state.remaining.first == .interruptRun { state.remaining.removeFirst() }
            guard let next = state.remaining.first else { return .eof }
            switch next {
            case .line(let text):
                state.remaining.removeFirst()
                return .line(text)
            case .interrupt:
                state.remaining.removeFirst()
                return .interrupted
            case .eof:
                state.remaining.removeFirst()
                return .eof
            case .secret:
                state.mismatches.append("readLine(prompt: \(prompt)) met a scripted secret")
                return .eof
            case .interruptRun:
                return .eof  // unreachable: skipped above
            }
        }
    }

    /// Returns the next scripted secret or interrupt.
    /// - Parameter prompt: Recorded in ``prompts``.
    /// - Returns: The scripted secret, `.interrupted`, or `.unavailable` when the script disagrees.
    public func readSecret(prompt: String) async -> SecretInput {
        state.withLock { state in
            state.prompts.append(prompt)
            guard let next = state.remaining.first else { return .unavailable }
            switch next {
            case .secret(let value):
                state.remaining.removeFirst()
                return .value(value)
            case .interrupt:
                state.remaining.removeFirst()
                return .interrupted
            default:
                state.mismatches.append("readSecret(prompt: \(prompt)) met \(next)")
                return .unavailable
            }
        }
    }

    /// Records `line` in ``recordedHistory`` (same filtering as the real readers).
    /// - Parameter line: The line the shell chose to record.
    public func addHistory(_ line: String) {
        guard HistoryFile.shouldRecord(line) else { return }
        state.withLock { $0.history.append(line) }
    }

    /// A new subscription; scripted `.interruptRun` inputs at the head of the script are delivered to it.
    public var interrupts: AsyncStream<Void> {
        let stream = broadcaster.subscribe()
        let count = state.withLock { state in
            var count = 0
            while state.remaining.first == .interruptRun {
                state.remaining.removeFirst()
                count += 1
            }
            return count
        }
        for _ in 0..<count { broadcaster.broadcast() }
        return stream
    }

    /// Delivers one Ctrl-C to the current ``interrupts`` subscribers (as if pressed during a run).
    public func sendInterrupt() {
        broadcaster.broadcast()
    }

    /// The prompts the shell showed, in order (line and secret prompts).
    public var prompts: [String] { state.withLock { $0.prompts } }

    /// What the shell passed to ``addHistory(_:)`` and would have been recorded.
    public var recordedHistory: [String] { state.withLock { $0.history } }

    /// Reads that did not match the script; empty when the session followed it.
    public var mismatches: [String] { state.withLock { $0.mismatches } }

    /// The inputs not consumed yet.
    public var remainingInputs: [ScriptedInput] { state.withLock { $0.remaining } }
}
