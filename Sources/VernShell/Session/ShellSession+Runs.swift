import Foundation
import VernAPI
import VernClient

extension ShellSession {
    /// How watching a run ended.
    enum WatchResult {
        /// The run reached a terminal state.
        case finished(Run)
        /// The shell stopped waiting; the run may still be in flight.
        case detached
    }

    /// Starts a run of `kind` and watches it to its end.
    func turn(_ kind: RunKind, message: String? = nil, extractViaAPI: Bool? = nil) async {
        let request = StartRunRequest(kind: kind, message: message, extractViaAPI: extractViaAPI)
        let started: StartRunResponse
        do {
            started = try await client.startRun(migration: migration.id, request)
        } catch let error as VernClientError where error.status == 409 && error.runID != nil {
            await offerToAttach(error)
            return
        } catch {
            report(error)
            return
        }
        let run = RunRef(kind: kind, id: started.runID)
        currentRun = run
        emit(.runStarted(run))
        _ = await watch(run)
    }

    /// On 409 because a run is in flight: says so and offers to attach to it.
    func offerToAttach(_ error: VernClientError) async {
        guard let runID = error.runID else { return report(error) }
        let state = try? await client.run(migration: migration.id, id: runID)
        let kind = state?.kind ?? currentRun.flatMap { $0.id == runID ? $0.kind : nil } ?? .unknown("run")
        let run = RunRef(kind: kind, id: runID)
        emit(.error("another run is in flight (\(kind) \(runID.prefix(8)), \(state?.status.wireValue ?? "in flight"))"))
        outcome = .commandFailed
        guard await confirm("Attach to it? [Y/n] ", default: true, unattended: false) else { return }
        currentRun = run
        emit(.runStarted(run, attached: true))
        _ = await watch(run)
    }

    /// Watches `run` until it ends, the analyst stops waiting, or it needs input that cannot come.
    ///
    /// Each step polls the run and reads the thread after the last event shown, then waits for
    /// the poll interval, a thread event (from the SSE stream) or Ctrl-C, whichever is first.
    /// The requests do not depend on which of them woke the loop, so a replayed session makes
    /// the same requests in the same order.
    func watch(_ run: RunRef) async -> WatchResult {
        let wakeups = WakeSignal()
        let stream = configuration.streamThread ? startStream(wakeups) : nil
        defer { stream?.cancel() }
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
                state = try await client.run(migration: migration.id, id: run.id)
                for message in try await newMessages() {
                    if run.kind == .clarify { heldAnswer.append(message) } else { emit(.agentMessage(message)) }
                }
            } catch {
                report(error)
                return .detached
            }
            if state.status != last?.status || state.message != last?.message || state.error != last?.error {
                emit(.runStatus(run, status: state.status, message: state.status == .failed ? state.error : state.message))
            }
            last = state
            if state.status.isTerminal(for: run.kind) {
                if !heldAnswer.isEmpty { emit(.answer(heldAnswer.joined(separator: "\n"))) }
                await finish(run, state)
                return .finished(state)
            }
            if state.status == .blocked {
                if submittedCredentials && state.isBlockedOnCredentials { credentialRejections += 1 }
                let rejections = state.isBlockedOnCredentials ? credentialRejections : 0
                switch await resolveBlock(run, state, rejections: rejections) {
                case .answered(let credentials):
                    submittedCredentials = credentials
                    waited = .zero
                    // The run resumed: show its next state even if it blocks again at once.
                    last = nil
                    continue
                case .detached:
                    outcome = .runPending
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
                emit(.interrupt(prompt: nil))
                if cancelRequested {
                    emit(.notice("Stopped waiting; the run goes on. /status shows it, /cancel cancels it."))
                    outcome = .runPending
                    return .detached
                }
                cancelRequested = true
                await requestCancel(run)
            }
        }
    }

    /// Sends `cancel_requested` and reports whether the server confirmed it.
    func requestCancel(_ run: RunRef) async {
        do {
            let state = try await client.cancelRun(migration: migration.id, id: run.id)
            if state.status == .canceled {
                emit(.notice("Cancel confirmed."))
            } else {
                emit(.notice("Cancel requested (the run is \(state.status)); ^C again to stop waiting."))
            }
        } catch let error as VernClientError where error.status == 409 {
            emit(.notice("The run could not be canceled: \(error.message)"))
        } catch {
            report(error)
        }
    }

    /// Reports the end of a run: the preview summary, the execute report, or the outcome.
    func finish(_ run: RunRef, _ state: Run) async {
        switch state.status {
        case .awaitingApproval:
            outcome = .success
            if run.kind == .update || run.kind == .generate {
                hasRecipe = true
                if recipeChangedSinceExecute != nil { recipeChangedSinceExecute = true }
            }
            do {
                emit(.previewSummary(PreviewSummary(try await client.preview(migration: migration.id))))
            } catch {
                report(error)
            }
        case .completed:
            outcome = .success
            if run.kind == .execute { recipeChangedSinceExecute = false }
            if let report = state.report { emit(.report(report)) }
        case .failed:
            outcome = .runFailed
        case .canceled:
            outcome = .runCanceled
        default:
            outcome = .success
        }
        if currentRun == run { currentRun = nil }
    }

    /// The agent's messages written since the last one shown.
    func newMessages() async throws -> [String] {
        let page = try await client.thread(migration: migration.id, after: lastSequence, include: .user)
        if let sequence = page.lastSequence { lastSequence = max(lastSequence ?? sequence, sequence) }
        return page.events.filter { $0.type == .message && $0.data["role"] != "user" }.compactMap(\.text)
    }

    enum Wake {
        case timer
        case threadEvent
        case interrupt
    }

    /// Waits for the poll interval, a thread event or Ctrl-C, after `holdOff` (the gap kept after
    /// a thread event). A pending Ctrl-C always wins.
    func wait(_ interval: Duration, wakeups: WakeSignal, holdOff: Duration) async -> Wake {
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
    func startStream(_ wakeups: WakeSignal) -> Task<Void, Never> {
        let client = self.client
        let migration = self.migration.id
        let after = lastSequence
        return Task {
            do {
                for try await _ in client.threadEvents(migration: migration, after: after, include: .user) {
                    wakeups.signal()
                }
            } catch {}
        }
    }
}
