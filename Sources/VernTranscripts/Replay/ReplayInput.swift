import Foundation
import Synchronization
import VernShell

/// Shows ids that are already placeholders in full, and real ids as the terminal does.
struct PlaceholderPresenter: Presenter {
    func run(_ id: String) -> String { id.hasPrefix("[") ? id : String(id.prefix(8)) }
    func id(_ value: String, kind: String) -> String { value.hasPrefix("[") ? value : String(value.prefix(8)) }
    func time(_ date: Date) -> String { TerminalPresenter().time(date) }
    func elapsed(_ duration: Duration) -> String { "[ELAPSED]" }
}

/// Renders replayed events to plain lines, remembering which input each line followed.
/// Once the inputs are used up the sink freezes: what the shell prints while it exits is not
/// part of the transcript.
final class ReplaySink: ShellEventSink {
    struct State {
        var lines: [String] = []
        var inputs: [String] = []
        var currentInput = "the opening"
        var frozen = false
    }

    private let state = Mutex(State())
    private let rendering = TranscriptRendering(presenter: PlaceholderPresenter())

    func emit(_ event: ShellEvent) {
        let rendered = rendering.lines(for: event).map(\.text)
        guard !rendered.isEmpty else { return }
        state.withLock { state in
            guard !state.frozen else { return }
            state.lines += rendered
            state.inputs += Array(repeating: state.currentInput, count: rendered.count)
        }
    }

    var lineCount: Int { state.withLock { $0.lines.count } }
    var lines: [String] { state.withLock { $0.lines } }
    /// For each line, the input it followed.
    var inputs: [String] { state.withLock { $0.inputs } }

    func freeze() { state.withLock { $0.frozen = true } }

    func consumed(_ label: String) { state.withLock { $0.currentInput = label } }
}

/// Feeds a cassette's inputs back to the shell: lines, secrets (from `secret(field)`), Ctrl-C at
/// the recorded prompt or after the recorded number of rendered lines during a run, and Ctrl-D.
final class ReplayInput: ShellInput {
    private let steps: Mutex<(remaining: [InputStep], index: Int)>
    private let sink: ReplaySink
    private let secret: @Sendable (String) -> String
    let isInteractive: Bool

    init(_ steps: [InputStep], interactive: Bool, sink: ReplaySink, secret: @escaping @Sendable (String) -> String) {
        self.steps = Mutex((steps, 0))
        self.sink = sink
        self.secret = secret
        isInteractive = interactive
    }

    private func next(_ body: (InputStep) -> Bool) -> InputStep? {
        steps.withLock { state in
            while let step = state.remaining.first {
                state.remaining.removeFirst()
                state.index += 1
                if body(step) {
                    let detail = step.text.map { ": \($0)" } ?? (step.kind == .interrupt ? ": ^C" : step.kind == .secret ? ": (secret)" : ": ^D")
                    sink.consumed("input \(state.index)\(detail)")
                    return step
                }
            }
            return nil
        }
    }

    func readLine(prompt: String) async -> ShellLine {
        // A Ctrl-C recorded during a run cannot happen at a prompt: the session diverged; skip it.
        guard let step = next({ !($0.kind == .interrupt && $0.prompt == nil) }) else {
            sink.freeze()
            return .endOfInput
        }
        switch step.kind {
        case .line: return .line(step.text ?? "")
        case .secret: return .line(secret(step.field ?? ""))
        case .interrupt: return .interrupted
        case .end: return .endOfInput
        }
    }

    func readSecret(prompt: String) async -> ShellSecret {
        guard let step = next({ !($0.kind == .interrupt && $0.prompt == nil) }) else {
            sink.freeze()
            return .unavailable
        }
        switch step.kind {
        case .secret: return .value(secret(step.field ?? ""))
        case .line: return .value(step.text ?? "")
        case .interrupt: return .interrupted
        case .end: return .unavailable
        }
    }

    func recordHistory(_ line: String) {}

    private var runInterruptDue: Bool {
        steps.withLock { state in
            guard let step = state.remaining.first, step.kind == .interrupt, step.prompt == nil else { return false }
            return sink.lineCount >= (step.after ?? 0)
        }
    }

    func takeInterrupt() -> Bool {
        guard runInterruptDue else { return false }
        return next { _ in true } != nil
    }

    func interruptArrived() async {
        if runInterruptDue { return }
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
    }
}
