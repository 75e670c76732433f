import Foundation
import GRDB
import Hummingbird
import VernAPI

/// Runs: start, poll, cancel, answer questions, submit credentials.
struct RunsController {
    let state: ServerState

    func register(on api: RouterGroup<AppRequestContext>) {
        api.post("migrations/:migration_id/runs", use: start)
        api.get("migrations/:migration_id/runs/:run_id", use: show)
        api.patch("migrations/:migration_id/runs/:run_id", use: cancel)
        api.post("migrations/:migration_id/runs/:run_id/messages", use: answer)
        api.post("migrations/:migration_id/runs/:run_id/credentials", use: submitCredentials)
    }

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.account
        let migrationID = try context.parameters.require("migration_id")
        let input = try await request.decodeJSON(StartRunRequest.self)
        if case .unknown = input.kind {
            throw APIError.badRequest("The field `kind` must be one of generate, update, clarify, execute.")
        }
        let message = input.message?.trimmingCharacters(in: .whitespacesAndNewlines)
        if input.kind == .update || input.kind == .clarify, message?.isEmpty ?? true {
            throw APIError.badRequest("The field `message` is required for \(input.kind) runs.")
        }
        let keepsMessage = input.kind == .update || input.kind == .clarify
        let run = RunRecord(
            id: UUID().uuidString.lowercased(), migrationID: migrationID, kind: input.kind.wireValue,
            status: RunStatus.queued.wireValue, message: nil, input: keepsMessage ? message : nil,
            extractViaAPI: input.kind == .generate && input.extractViaAPI == true, questionsJSON: nil,
            blockedReason: nil, credentialRequestJSON: nil, reportJSON: nil, error: nil,
            createdAt: state.configuration.clock.now())
        try await state.database.write { db in
            _ = try MigrationQueries.owned(migrationID, accountID: account, db)
            if let inFlight = try RunRecord
                .filter(Column("migrationID") == migrationID && RunRecord.inFlightStatuses.contains(Column("status")))
                .fetchOne(db)
            {
                throw APIError.conflict(
                    "Another run (\(inFlight.kind), \(inFlight.status)) is in flight for this migration; wait for it or cancel it.",
                    runID: inFlight.id)
            }
            try Self.checkPreconditions(run, db)
            try run.insert(db)
            if let text = run.input {
                var event = ThreadEventRecord(
                    sequence: nil, migrationID: migrationID, runID: run.id, type: ThreadEventType.message.wireValue,
                    dataJSON: try StoredJSON.encode(["text": text, "role": "user"]), createdAt: run.createdAt)
                try event.insert(db)
            }
        }
        state.bus.publish(migrationID: migrationID)
        await RunExecutor(state: state).start(runID: run.id)
        let origin = state.origin.current
        let response = StartRunResponse(
            runID: run.id, status: .queued,
            pollURL: "\(origin)\(Endpoints.basePath)/\(Endpoints.run(migrationID, run.id))")
        return try JSONResponse.make(response, status: .created)
    }

    private static func checkPreconditions(_ run: RunRecord, _ db: Database) throws {
        let migrationID = run.migrationID
        switch run.runKind {
        case .generate where run.extractViaAPI:
            guard try SourceConnectionRecord.filter(Column("migrationID") == migrationID).fetchCount(db) > 0 else {
                throw APIError.conflict("Create a source connection before a generate run with extract_via_api.")
            }
        case .generate:
            // A missing input is a bad request (400), as the API documents; a missing preview is a 409.
            guard try FileRecord.filter(Column("migrationID") == migrationID).fetchCount(db) > 0 else {
                throw APIError.badRequest("Upload at least one file before starting a generate run.")
            }
        default:
            guard try PreviewRecord.fetchOne(db, key: migrationID) != nil else {
                throw APIError.conflict(
                    "There is no current preview yet; start a generate run first (\(run.kind) works on the preview).")
            }
        }
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let run = try await ownedRun(context)
        return try JSONResponse.make(run.wire)
    }

    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.account
        let (migrationID, runID) = try Self.ids(context)
        let body = try await request.collectJSONBody()
        guard let object = try? VernJSON.decoder().decode([String: JSONValue].self, from: body),
            object == ["status": "cancel_requested"]
        else {
            throw APIError.badRequest(#"The only accepted body is {"status":"cancel_requested"}."#)
        }
        let now = state.configuration.clock.now()
        let run = try await state.database.write { db -> RunRecord in
            let run = try Self.ownedRun(migrationID, runID, account: account, db)
            guard let canceled = try RunStateMachine.apply(.cancel, runID: runID, db) else {
                throw APIError.conflict(
                    "The run is already \(run.status); only queued, running or blocked runs can be canceled.")
            }
            var event = ThreadEventRecord(
                sequence: nil, migrationID: migrationID, runID: runID, type: ThreadEventType.status.wireValue,
                dataJSON: try StoredJSON.encode(["message": "Run canceled"]), createdAt: now)
            try event.insert(db)
            return canceled
        }
        await state.coordinator.cancel(runID: runID)
        state.bus.publish(migrationID: migrationID)
        return try JSONResponse.make(run.wire)
    }

    @Sendable func answer(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.account
        let (migrationID, runID) = try Self.ids(context)
        let input = try await request.decodeJSON(AnswerRequest.self)
        let now = state.configuration.clock.now()
        try await state.database.write { db in
            let run = try Self.ownedRun(migrationID, runID, account: account, db)
            guard run.runStatus == .blocked else {
                throw APIError.conflict("The run is \(run.status), not waiting for an answer.")
            }
            guard run.blockedReason == BlockedReason.question.wireValue else {
                throw APIError.conflict(
                    "The run is waiting for credentials; submit them to /credentials, never as a message.")
            }
            let questions = try run.questionsJSON.map { try StoredJSON.decode([Question].self, $0) } ?? []
            let text: String
            switch input.answers {
            case .freeForm(let message):
                guard !message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw APIError.badRequest("The field `answers` must not be empty.")
                }
                text = message
            case .structured(let answers):
                guard !answers.isEmpty else { throw APIError.badRequest("The field `answers` must not be empty.") }
                for answer in answers where !questions.contains(where: { $0.id == answer.id }) {
                    throw APIError.badRequest("There is no question with the id `\(answer.id)` on this run.")
                }
                text = answers.map(\.value).joined(separator: "\n")
            }
            _ = try RunStateMachine.apply(.resume(from: .question, message: "Continuing with your answer"), runID: runID, db)
            var event = ThreadEventRecord(
                sequence: nil, migrationID: migrationID, runID: runID, type: ThreadEventType.message.wireValue,
                dataJSON: try StoredJSON.encode(["text": text, "role": "user"]), createdAt: now)
            try event.insert(db)
        }
        state.bus.publish(migrationID: migrationID)
        await state.coordinator.resume(runID: runID, with: .answers(input.answers))
        return try JSONResponse.make(RunAcknowledgement(runID: runID, status: .running))
    }

    @Sendable func submitCredentials(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.account
        let (migrationID, runID) = try Self.ids(context)
        let body = try await request.collectJSONBody()
        guard let object = try? VernJSON.decoder().decode([String: JSONValue].self, from: body) else {
            throw APIError.badRequest("The request body must be a JSON object with a `credentials` object.")
        }
        guard case .object(let fields)? = object["credentials"], !fields.isEmpty else {
            throw APIError.badRequest("The field `credentials` must be a non-empty object.")
        }
        var credentials: [String: String] = [:]
        for (name, value) in fields {
            guard let text = value.stringValue else {
                throw APIError.badRequest("Every value in `credentials` must be a string.")
            }
            credentials[name] = text
        }
        let secrets = credentials
        let guardID: String?
        switch object["connection_id"] {
        case nil, .null?: guardID = nil
        case .string(let id)?: guardID = id
        default: throw APIError.badRequest("The field `connection_id` must be a string.")
        }
        let now = state.configuration.clock.now()
        let cipher = state.cipher
        try await state.database.write { db in
            let run = try Self.ownedRun(migrationID, runID, account: account, db)
            guard run.runStatus == .blocked, run.blockedReason == BlockedReason.credentials.wireValue else {
                throw APIError.conflict("The run is not waiting for credentials.")
            }
            guard let requestJSON = run.credentialRequestJSON else {
                throw APIError.conflict("The run has no active credential request yet; retry shortly.")
            }
            let credentialRequest = try StoredJSON.decode(CredentialRequest.self, requestJSON)
            if let guardID, guardID != credentialRequest.connectionID {
                throw APIError.conflict("The connection_id does not match the run's credential request.")
            }
            guard try SourceConnectionRecord.fetchOne(db, key: credentialRequest.connectionID) != nil else {
                throw APIError.notFound("The run's source connection no longer exists.")
            }
            try SourceConnectionStore.vault(
                secrets, connectionID: credentialRequest.connectionID, migrationID: migrationID, cipher: cipher, db)
            _ = try RunStateMachine.apply(.resume(from: .credentials, message: "Checking the credentials"), runID: runID, db)
            var event = ThreadEventRecord(
                sequence: nil, migrationID: migrationID, runID: runID, type: ThreadEventType.status.wireValue,
                dataJSON: try StoredJSON.encode(["message": "Credentials received and stored in the vault"]),
                createdAt: now)
            try event.insert(db)
        }
        state.bus.publish(migrationID: migrationID)
        await state.coordinator.resume(runID: runID, with: .credentialsSubmitted)
        return try JSONResponse.make(RunAcknowledgement(runID: runID, status: .running))
    }

    private func ownedRun(_ context: AppRequestContext) async throws -> RunRecord {
        let account = try context.account
        let (migrationID, runID) = try Self.ids(context)
        return try await state.database.read { db in try Self.ownedRun(migrationID, runID, account: account, db) }
    }

    private static func ids(_ context: AppRequestContext) throws -> (String, String) {
        (try context.parameters.require("migration_id"), try context.parameters.require("run_id"))
    }

    private static func ownedRun(_ migrationID: String, _ runID: String, account: String, _ db: Database) throws
        -> RunRecord
    {
        _ = try MigrationQueries.owned(migrationID, accountID: account, db)
        guard let run = try RunRecord.fetchOne(db, key: runID), run.migrationID == migrationID else {
            throw APIError.runNotFound
        }
        return run
    }
}
