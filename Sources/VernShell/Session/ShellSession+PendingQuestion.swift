import Foundation
import VernAPI
import VernClient

extension ShellSession {
    /// Answers the question of a run left blocked with `text` (`/answer`, or a line typed at the
    /// main prompt), asks any further questions, and watches the run again.
    func answerPending(_ text: String) async {
        guard let pending = pendingQuestion else {
            outcome = .commandFailed
            return emit(.error("no question is waiting for an answer"))
        }
        currentRun = pending.run
        switch await BlockedRunForm(session: self, run: pending.run).askQuestions(pending.questions, first: text) {
        case .answered:
            emit(.runStarted(pending.run, attached: true))
            _ = await watch(pending.run)
        case .detached:
            outcome = .runPending
        case .canceled:
            _ = await watch(pending.run)
        }
    }

    /// A line typed at the main prompt while a run waits for an answer: an option's number or
    /// label answers at once; other text is offered as the answer (asked once per question).
    /// Returns whether the line was used as the answer.
    func offerAsAnswer(_ text: String) async -> Bool {
        guard var pending = pendingQuestion, let question = pending.questions.first else { return false }
        if case .some = AnswerMatch(question: question).value(for: text, customAllowed: false) {
            await answerPending(text)
            return true
        }
        guard question.allowCustom, !pending.offered, configuration.input.isInteractive else { return false }
        pending.offered = true
        pendingQuestion = pending
        guard await confirm("The \(pending.run.kind) run is waiting for an answer. Send this line as the answer? [Y/n] ", default: true) else {
            return false
        }
        await answerPending(text)
        return true
    }
}
