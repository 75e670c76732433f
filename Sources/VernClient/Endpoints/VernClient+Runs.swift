import Foundation
import Synchronization
import VernAPI

extension VernClient {
    /// Starts a run (`POST /migrations/{id}/runs`).
    ///
    /// The request is retried after connection failures and 5xx, so it may reach the server
    /// twice. When a retry is refused with 409 and a `run_id`, the first attempt did start the
    /// run, and the client adopts it (the documented recovery). A 409 on the first attempt is
    /// thrown: another run is in flight, and ``VernClientError/runID`` names it.
    public func startRun(migration: String, _ request: StartRunRequest) async throws -> StartRunResponse {
        let payload = RequestBody.bytes(Array(try VernJSON.encoder().encode(request)))
        let retried = Flag()
        do {
            let response = try await send(
                "POST", Endpoints.runs(migration), body: payload, retry: .idempotent, onRetry: { _ in retried.set() })
            return try await decode(StartRunResponse.self, from: response)
        } catch let error as VernClientError where error.status == 409 && error.runID != nil && retried.isSet {
            let runID = error.runID!
            let run = try await run(migration: migration, id: runID)
            return StartRunResponse(runID: runID, status: run.status, pollURL: url(Endpoints.run(migration, runID)).absoluteString)
        }
    }

    /// Reads a run (`GET /migrations/{id}/runs/{run_id}`).
    public func run(migration: String, id: String) async throws -> Run {
        try await json(Run.self, "GET", Endpoints.run(migration, id), retry: .idempotent)
    }

    /// Asks the server to cancel a run (`PATCH … {"status":"cancel_requested"}`) and returns the run
    /// in its updated shape.
    public func cancelRun(migration: String, id: String) async throws -> Run {
        try await json(Run.self, "PATCH", Endpoints.run(migration, id), body: CancelRunRequest(), retry: .idempotent)
    }

    /// Answers a question-blocked run (`POST …/messages`); the run resumes.
    public func answer(migration: String, run: String, _ answers: AnswerRequest.Answers) async throws
        -> RunAcknowledgement
    {
        try await json(
            RunAcknowledgement.self, "POST", Endpoints.messages(migration, run), body: AnswerRequest(answers: answers),
            retry: .rateLimitOnly)
    }

    /// Submits secrets to a credential-blocked run (`POST …/credentials`); the run resumes.
    public func submitCredentials(migration: String, run: String, _ request: CredentialsRequest) async throws
        -> RunAcknowledgement
    {
        try await json(
            RunAcknowledgement.self, "POST", Endpoints.credentials(migration, run), body: request,
            retry: .rateLimitOnly)
    }
}

/// A flag set from a `@Sendable` callback.
final class Flag: Sendable {
    private let value = Mutex(false)

    func set() { value.withLock { $0 = true } }
    var isSet: Bool { value.withLock { $0 } }
}
