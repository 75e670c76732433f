import Foundation
import VernAPI
import VernClient

extension ShellSession {
    /// On opening a migration that already has work: what the analyst needs to go on, i.e. the
    /// preview's counts, the source connection, and the run left in flight (its question is
    /// shown and answered at the prompt).
    public func summarize() async {
        let position = try? await latestPosition()
        lastSequence = position?.sequence
        if let preview = try? await client.preview(migration: migration.id), !preview.sheets.isEmpty {
            hasRecipe = true
            emit(.previewSummary(PreviewSummary(preview)))
        }
        if let connection = try? await client.sourceConnection(migration: migration.id) {
            let state = connection.credsConfigured ? "credentials stored" : "no credentials yet"
            emit(.notice("source: \(connection.name ?? connection.sourceKey) (\(state))"))
        }
        guard let runID = position?.runID, let state = try? await client.run(migration: migration.id, id: runID),
            state.status.isInFlight
        else { return }
        let run = RunRef(kind: state.kind ?? .unknown("run"), id: runID)
        currentRun = run
        if state.status == .blocked, let questions = state.questions, let first = questions.first {
            pendingQuestion = PendingQuestion(run: run, questions: questions)
            emit(.notice("The \(run.kind) run waits for an answer:"))
            emit(.question(first))
            emit(.notice("Type the option's number at the prompt (or /answer TEXT); /help shows the commands."))
        } else if state.isBlockedOnCredentials {
            emit(.notice("The \(run.kind) run waits for credentials; /attach shows the form."))
        } else {
            emit(.notice("A \(run.kind) run is \(state.status); /attach watches it, /cancel cancels it."))
        }
    }

    /// Watches the run in flight again, answering what it waits for (`/attach`).
    func attachCurrent() async {
        guard let run = currentRun ?? pendingQuestion?.run else { return emit(.notice("No run in flight.")) }
        pendingQuestion = nil
        emit(.runStarted(run, attached: true))
        _ = await watch(run)
    }

    /// Lists the account's migrations, most recently active first (`/migrations`).
    func listMigrations() async {
        await perform {
            let all = try await client.migrations()
            let sorted = all.sorted {
                ($0.lastActivityAt ?? $0.createdAt ?? .distantPast) > ($1.lastActivityAt ?? $1.createdAt ?? .distantPast)
            }
            emit(.migrations(sorted, open: migration.id))
        }
    }

    /// Switches to another migration (`/open`), named by id, short id or name.
    func open(_ key: String) async {
        let target: Migration
        do {
            target = try await MigrationLookup.resolve(key, client: client)
        } catch {
            return report(error)
        }
        guard target.id != migration.id else { return emit(.notice("\(migration.name) is already open.")) }
        if let run = currentRun ?? pendingQuestion?.run {
            emit(.notice("The \(run.kind) run of \(migration.name) goes on; /open \(migration.id.prefix(8)) comes back to it."))
        }
        migration = target
        currentRun = nil
        pendingQuestion = nil
        hasRecipe = false
        recipeChangedSinceExecute = nil
        emit(.notice("Opened \(target.name) (\(target.id)) · templates: \(target.templates.map(\.slug).joined(separator: ", "))."))
        await summarize()
    }

    /// The sequence of the thread's last event (all pages) and the run it belongs to, so a new
    /// session shows only what comes next and finds a run left in flight.
    func latestPosition() async throws -> (sequence: Int?, runID: String?) {
        var after: Int?
        var runID: String?
        while true {
            let page = try await client.thread(migration: migration.id, after: after, include: .user)
            runID = page.events.last(where: { $0.runID != nil })?.runID ?? runID
            guard !page.events.isEmpty, let next = page.lastSequence, next != after else { return (after, runID) }
            after = next
        }
    }
}
