import Foundation
import Synchronization
import VernAPI
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
        var lastQuestion: String?
    }

    private let state = Mutex(State())
    private let rendering = TranscriptRendering(presenter: PlaceholderPresenter())

    func emit(_ event: ShellEvent) {
        if case .question(let question) = event {
            let text = question.question.count > 80 ? question.question.prefix(79) + "…" : question.question
            state.withLock { $0.lastQuestion = "\(question.id) (\"\(text)\")" }
        }
        let rendered = rendering.lines(for: event)
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

    /// The last question shown, by id and wording.
    var lastQuestion: String? { state.withLock { $0.lastQuestion } }

    func consumed(_ label: String) { state.withLock { $0.currentInput = label } }
}

/// Feeds a transcript's entered lines back to the shell: lines (without their prompt), secrets
/// (from `secret(field)`), Ctrl-C at a prompt or, during a run, once the lines before it in the
/// block have been rendered, and Ctrl-D.
final class ReplayInput: ShellInput {
    private let steps: Mutex<(remaining: [TranscriptInput], index: Int, stop: (question: String?, divergence: String?)?)>
    private let sink: ReplaySink
    private let secret: @Sendable (String) -> String
    private let bodyLine: Int
    let isInteractive: Bool

    init(_ steps: [TranscriptInput], interactive: Bool, bodyLine: Int, sink: ReplaySink, secret: @escaping @Sendable (String) -> String) {
        self.steps = Mutex((steps, 0, nil))
        self.sink = sink
        self.secret = secret
        self.bodyLine = bodyLine
        isInteractive = interactive
    }

    private func next(_ body: (TranscriptInput) -> Bool) -> TranscriptInput? {
        steps.withLock { state in
            while let step = state.remaining.first {
                state.remaining.removeFirst()
                state.index += 1
                if body(step) {
                    let line = bodyLine > 0 ? " (line \(bodyLine + step.blockIndex))" : ""
                    sink.consumed("input \(state.index)\(line): \(step.text)")
                    return step
                }
            }
            return nil
        }
    }

    /// A question the shell asked that no entry answers: replay stopped there.
    var unansweredQuestion: String? { steps.withLock { $0.stop?.question } }
    /// An entry that answers a question the shell did not ask: replay stopped there.
    var divergence: String? { steps.withLock { $0.stop?.divergence } }

    /// Stops before an entry that does not fit the prompt: never invent an answer, never send an
    /// answer as an instruction.
    private func stopsBefore(prompt: String) -> Bool {
        let answerPrompt = "answer> "
        let question = sink.lastQuestion
        let bodyLine = self.bodyLine
        return steps.withLock { state in
            if state.stop != nil { return true }
            guard let step = state.remaining.first(where: { $0.kind != .interruptDuringRun }), step.kind == .line, step.prompted
            else { return false }
            let answers = step.text.hasPrefix(answerPrompt)
            if prompt == answerPrompt && !answers {
                state.stop = (question ?? "a question", nil)
            } else if answers && prompt != answerPrompt {
                state.stop = (nil, "input \(state.index + 1) (line \(bodyLine + step.blockIndex)) answers a question the agent did not ask: \(step.text)")
            }
            return state.stop != nil
        }
    }

    func readLine(prompt: String) async -> ShellLine {
        // A Ctrl-C recorded during a run cannot happen at a prompt: the session diverged; skip it.
        guard !stopsBefore(prompt: prompt), let step = next({ $0.kind != .interruptDuringRun }) else {
            sink.freeze()
            return .endOfInput
        }
        switch step.kind {
        case .line: return .line(step.typed(at: prompt))
        case .secret(let field): return .line(secret(field))
        case .interruptAtPrompt, .interruptDuringRun: return .interrupted
        case .end: return .endOfInput
        }
    }

    func readSecret(prompt: String) async -> ShellSecret {
        guard let step = next({ $0.kind != .interruptDuringRun }) else {
            sink.freeze()
            return .unavailable
        }
        switch step.kind {
        case .secret(let field): return .value(secret(field))
        case .line: return .value(step.typed(at: prompt))
        case .interruptAtPrompt, .interruptDuringRun: return .interrupted
        case .end: return .unavailable
        }
    }

    func recordHistory(_ line: String) {}

    private var runInterruptDue: Bool {
        steps.withLock { state in
            guard let step = state.remaining.first, step.kind == .interruptDuringRun else { return false }
            return sink.lineCount >= step.blockIndex
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

extension TranscriptInput {
    /// A version 1 cassette's input as an entry without its prompt (for migration).
    init(v1 step: InputStep) {
        switch step.kind {
        case .line: self.init(kind: .line, text: step.text ?? "", blockIndex: 0, prompted: false)
        case .secret: self.init(kind: .secret(field: step.field ?? ""), text: "\(step.field ?? ""): [hidden]", blockIndex: 0)
        case .interrupt:
            if let prompt = step.prompt {
                self.init(kind: .interruptAtPrompt(prompt: prompt), text: prompt + "^C", blockIndex: 0)
            } else {
                self.init(kind: .interruptDuringRun, text: "^C", blockIndex: step.after ?? 0)
            }
        case .end: self.init(kind: .end, text: "^D", blockIndex: 0)
        }
    }
}
