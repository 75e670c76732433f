import Foundation
import GRDB
import Logging
import VernAPI
import VernAgentKit

/// Drives one run from `queued` to its outcome in a background task.
struct RunExecutor: Sendable {
    let state: ServerState

    /// Starts the run's background task.
    func start(runID: String) async {
        await state.coordinator.start(runID: runID) { await self.execute(runID: runID) }
    }

    private func execute(runID: String) async {
        let logger = state.configuration.logger
        do {
            let (migration, run) = try await markRunning(runID)
            let context = RunContext(
                runID: run.id, kind: run.runKind, message: run.input, extractViaAPI: run.extractViaAPI,
                migration: MigrationContext(migration: migration, state: state), state: state)
            try await context.emit(.status, data: ["message": .string("Started the \(run.kind) run")])
            let outcome = try await state.agent(for: migration).run(context)
            try Task.checkCancellation()
            try await record(outcome, run: run)
        } catch is CancellationError {
            // Canceled by PATCH (already recorded) or stopped with the server (failed on restart).
        } catch let error as AgentError {
            await fail(runID, error.message)
        } catch {
            guard !Task.isCancelled else { return }
            logger.error("Run failed with an unexpected error", metadata: ["run": "\(runID)", "error": "\(error)"])
            await fail(runID, "The agent hit an unexpected error; start the run again.")
        }
    }

    private func markRunning(_ runID: String) async throws -> (MigrationRecord, RunRecord) {
        try await state.database.write { db in
            guard let run = try RunStateMachine.apply(.start, runID: runID, db),
                let migration = try MigrationRecord.fetchOne(db, key: run.migrationID)
            else { throw CancellationError() }
            return (migration, run)
        }
    }

    /// Stores the outcome, unless the run left `running` meanwhile (canceled).
    private func record(_ outcome: RunOutcome, run: RunRecord) async throws {
        let now = state.configuration.clock.now()
        let kind = run.runKind
        var events: [(ThreadEventType, JSONValue)] = []
        var reportJSON: String?
        var previewJSON: String?
        switch (outcome, kind) {
        case (.preview(let preview), .generate), (.preview(let preview), .update):
            previewJSON = try StoredJSON.encode(preview)
            events.append((.preview, Self.summary(of: preview)))
        case (.answer(let text), .clarify):
            events.append((.message, ["text": .string(text)]))
        case (.report(let report), .execute):
            reportJSON = try StoredJSON.encode(report)
            events.append((.completed, ["report": try JSONValue(encoding: report)]))
        default:
            throw AgentError("The agent returned a result that does not fit a \(run.kind) run.")
        }
        let outcomeEvents = events
        let finalReport = reportJSON
        let finalPreview = previewJSON
        let stored = try await state.database.write { db -> Bool in
            guard let finished = try RunStateMachine.apply(.finish(reportJSON: finalReport), runID: run.id, db) else {
                return false
            }
            var finalEvents = outcomeEvents
            if kind != .execute {
                finalEvents.append((.completed, ["status": .string(finished.status)]))
            }
            if let previewJSON = finalPreview {
                try PreviewRecord(migrationID: run.migrationID, previewJSON: previewJSON, updatedAt: now).save(db)
            }
            for (type, data) in finalEvents {
                var event = ThreadEventRecord(
                    sequence: nil, migrationID: run.migrationID, runID: run.id, type: type.wireValue,
                    dataJSON: try StoredJSON.encode(data), createdAt: now)
                try event.insert(db)
            }
            return true
        }
        if stored { state.bus.publish(migrationID: run.migrationID) }
    }

    private func fail(_ runID: String, _ message: String) async {
        guard !(await state.coordinator.isStopped) else { return }
        let now = state.configuration.clock.now()
        do {
            let migrationID = try await state.database.write { db -> String? in
                guard let run = try RunStateMachine.apply(.fail(error: message), runID: runID, db) else { return nil }
                var event = ThreadEventRecord(
                    sequence: nil, migrationID: run.migrationID, runID: runID, type: ThreadEventType.error.wireValue,
                    dataJSON: try StoredJSON.encode(["error": message]), createdAt: now)
                try event.insert(db)
                return run.migrationID
            }
            if let migrationID { state.bus.publish(migrationID: migrationID) }
        } catch {
            state.configuration.logger.error("Could not record a failed run", metadata: ["run": "\(runID)"])
        }
    }

    /// The `preview` thread event: sheet sizes, not rows.
    private static func summary(of preview: Preview) -> JSONValue {
        .object([
            "sheets": .array(
                preview.sheets.map { sheet in
                    [
                        "template": .string(sheet.template.slug),
                        "row_count": .number(Double(sheet.rowCount ?? max(sheet.rows.count - 1, 0))),
                        "invalid_row_count": sheet.invalidRowCount.map { .number(Double($0)) } ?? .null,
                    ]
                })
        ])
    }
}
