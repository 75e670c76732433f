import Foundation
import VernAPI
import VernClient

/// Follows one run to its end for a session: shows its status changes and the agent's
/// messages, hands a blocked run to the ``BlockedRunForm``, and turns Ctrl-C into a cancel
/// request (a second one stops waiting).
///
/// Each step polls the run and reads the thread after the last event shown, then waits for
/// the poll interval, a thread event (from the SSE stream) or Ctrl-C, whichever is first.
/// The requests do not depend on which of them woke the watcher, so a replayed session makes
/// the same requests in the same order.
struct RunWatcher {
    /// How watching a run ended.
    enum Result {
        /// The run reached a terminal state.
        case finished(Run)
        /// The shell stopped waiting; the run may still be in flight.
        case detached
    }

    let session: ShellSession
    let run: RunRef
    /// Whether a first question waits for the main prompt instead of being asked at once (the
    /// demo's first start): the watcher says what to do and returns, the run stays blocked.
    var questionsAtPrompt = false

    private var configuration: ShellConfiguration { session.configuration }

    /// Watches the run until it ends, the analyst stops waiting, or it needs input that cannot come.
    func watch() async -> Result {
        let wakeups = WakeSignal()
        let stream = configuration.streamThread ? startStream(wakeups) : nil
        defer { stream?.cancel() }
        let form = BlockedRunForm(session: session, run: run)
        var last: Run?
        var heldAnswer: [String] = []
        var cancelRequested = false
        var submittedCredentials = false
        var credentialRejections = 0
        var waited: Duration = .zero
        var holdOff: Duration = .zero
        while true {
            let state: Run
            do {
                state = try await session.client.run(migration: session.migration.id, id: run.id)
                for message in try await session.newMessages() {
                    if run.kind == .clarify { heldAnswer.append(message) } else { session.emit(.agentMessage(message)) }
                }
            } catch {
                session.report(error)
                return .detached
            }
            if state.status != last?.status || state.message != last?.message || state.error != last?.error {
                session.emit(.runStatus(run, status: state.status, message: state.status == .failed ? state.error : state.message))
            }
            last = state
            if state.status.isTerminal(for: run.kind) {
                if !heldAnswer.isEmpty { session.emit(.answer(heldAnswer.joined(separator: "\n"))) }
                await session.finish(run, state)
                return .finished(state)
            }
            if state.status == .blocked, questionsAtPrompt, !state.isBlockedOnCredentials,
                let questions = state.questions, !questions.isEmpty
            {
                session.pendingQuestion = PendingQuestion(run: run, questions: questions)
                let count = questions.count == 1 ? "a question" : "\(questions.count) questions"
                session.emit(.notice(
                    "The \(run.kind) run has \(count) before the recipe is ready: /attach asks it, and you answer with a number "
                        + "(? shows its help). /status, /preview and /help work meanwhile."))
                session.outcome = .runPending
                return .detached
            }
            if state.status == .blocked {
                if submittedCredentials && state.isBlockedOnCredentials { credentialRejections += 1 }
                let rejections = state.isBlockedOnCredentials ? credentialRejections : 0
                switch await form.resolve(state, rejections: rejections) {
                case .answered(let credentials):
                    submittedCredentials = credentials
                    waited = .zero
                    // The run resumed: show its next state even if it blocks again at once.
                    last = nil
                    continue
                case .detached:
                    session.outcome = .runPending
                    return .detached
                case .canceled:
                    cancelRequested = true
                }
            }
            let interval = configuration.client.configuration.pollPolicy.interval(forRunAge: waited)
            switch await wait(interval, wakeups: wakeups, holdOff: holdOff) {
            case .timer:
                waited += interval
                holdOff = .zero
            case .threadEvent:
                holdOff = configuration.minimumPollGap
            case .interrupt:
                session.emit(.interrupt(prompt: nil))
                if cancelRequested {
                    session.emit(.notice("Stopped waiting; the run goes on. /status shows it, /cancel cancels it."))
                    session.outcome = .runPending
                    return .detached
                }
                cancelRequested = true
                await session.requestCancel(run)
            }
        }
    }

    private enum Wake {
        case timer
        case threadEvent
        case interrupt
    }

    /// Waits for the poll interval, a thread event or Ctrl-C, after `holdOff` (the gap kept after
    /// a thread event). A pending Ctrl-C always wins.
    private func wait(_ interval: Duration, wakeups: WakeSignal, holdOff: Duration) async -> Wake {
        let input = configuration.input
        if input.takeInterrupt() { return .interrupt }
        let clock = configuration.clock
        if holdOff > .zero {
            // After a thread event woke the watcher, later events wait out the gap (Ctrl-C does not),
            // so a chatty agent cannot drive the request rate past about one step per gap.
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await input.interruptArrived() }
                group.addTask { try? await clock.sleep(for: holdOff) }
                await group.next()
                group.cancelAll()
            }
            if input.takeInterrupt() { return .interrupt }
        }
        let woke = await withTaskGroup(of: Wake?.self) { group in
            group.addTask {
                await input.interruptArrived()
                return Task.isCancelled ? nil : .interrupt
            }
            group.addTask { (try? await clock.sleep(for: interval)) == nil ? nil : .timer }
            group.addTask {
                await wakeups.next()
                return Task.isCancelled ? nil : .threadEvent
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? .timer
        }
        if input.takeInterrupt() { return .interrupt }
        return woke == .interrupt ? .timer : woke
    }

    /// Opens the thread stream; each event wakes the watcher.
    private func startStream(_ wakeups: WakeSignal) -> Task<Void, Never> {
        let client = session.client
        let migration = session.migration.id
        let after = session.lastSequence
        return Task {
            do {
                for try await _ in client.threadEvents(migration: migration, after: after, include: .user) {
                    wakeups.signal()
                }
            } catch {}
        }
    }
}
