import Foundation
import VernAPI
import VernClient

extension ShellSession {
    /// Starts a run of `kind` and watches it to its end (see ``RunWatcher/questionsAtPrompt``).
    func turn(_ kind: RunKind, message: String? = nil, extractViaAPI: Bool? = nil, questionsAtPrompt: Bool = false) async {
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
        _ = await watch(run, questionsAtPrompt: questionsAtPrompt)
    }

    /// Follows `run` to its end (see ``RunWatcher``).
    func watch(_ run: RunRef, questionsAtPrompt: Bool = false) async -> RunWatcher.Result {
        await RunWatcher(session: self, run: run, questionsAtPrompt: questionsAtPrompt).watch()
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
}
