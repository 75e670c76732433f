import Foundation
import Testing
import VernAPI
@testable import VernClient
import VernTestSupport

struct RetryPolicyTests {
    @Test func nominalDelaysDoubleUpToTheCap() {
        let policy = RetryPolicy(jitter: 0)
        let delays = (1...7).map { policy.delay(beforeRetry: $0, random: 0) }
        #expect(delays == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(8), .seconds(8)])
    }

    @Test func jitterRemovesAtMostItsFraction() {
        let policy = RetryPolicy.standard
        #expect(policy.delay(beforeRetry: 1, random: 0) == .milliseconds(500))
        #expect(policy.delay(beforeRetry: 1, random: 0.5) == .milliseconds(450))
        #expect(policy.delay(beforeRetry: 1, random: 1) == .milliseconds(400))
        #expect(policy.delay(beforeRetry: 3, random: 7) == .milliseconds(1600), "random is clamped to 0...1")
    }

    @Test func hugeRetryCountsStayAtTheCap() {
        #expect(RetryPolicy(jitter: 0).delay(beforeRetry: 10_000, random: 0) == .seconds(8))
    }

    @Test func pollIntervalGrowsWithRunAge() {
        let policy = PollPolicy.standard
        #expect(policy.interval(forRunAge: .zero) == .seconds(2))
        #expect(policy.interval(forRunAge: .seconds(59)) == .seconds(2))
        #expect(policy.interval(forRunAge: .seconds(60)) == .seconds(4))
        #expect(policy.interval(forRunAge: .seconds(130)) == .seconds(6))
        #expect(policy.interval(forRunAge: .seconds(3600)) == .seconds(10))
    }
}

struct ClientRetryTests {
    static let templates = #"{"templates":[]}"#

    @Test func rateLimitedRequestsBackOffAndSucceed() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(429, #"{"error":"Too many requests"}"#),
            ScriptedTransport.json(429, #"{"error":"Too many requests"}"#),
            ScriptedTransport.json(200, Self.templates),
        ])
        let clock = RecordingClock()
        let templates = try await VernClient.scripted(transport, clock: clock).templates()
        #expect(templates.isEmpty)
        #expect(clock.sleeps == [.milliseconds(450), .milliseconds(900)])
        #expect(transport.requests.allSatisfy { $0.header("x-api-key") == "test-key" })
    }

    @Test func serverErrorsAndConnectionFailuresAreRetriedForSafeRequests() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.connectionRefused, ScriptedTransport.json(503, "<html>down</html>"),
            ScriptedTransport.json(200, Self.templates),
        ])
        _ = try await VernClient.scripted(transport).templates()
        #expect(transport.requests.count == 3)
    }

    @Test func unsafeRequestsAreNotRetriedAfterServerErrors() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(500, #"{"error":"Something went wrong"}"#)])
        let error = await #expect(throws: VernClientError.self) {
            _ = try await VernClient.scripted(transport).mintUploads(migration: "m", files: [.init(name: "a.csv")])
        }
        #expect(error?.status == 500)
        #expect(transport.requests.count == 1)
    }

    @Test func givesUpAfterMaxAttempts() async throws {
        let transport = ScriptedTransport(Array(repeating: ScriptedTransport.json(429, #"{"error":"Too many requests"}"#), count: 3))
        let clock = RecordingClock()
        let error = await #expect(throws: VernClientError.self) {
            _ = try await VernClient.scripted(transport, clock: clock, retry: RetryPolicy(maxAttempts: 3)).sources()
        }
        #expect(error?.description == "429: Too many requests.")
        #expect(clock.sleeps.count == 2)
    }

    @Test func clientErrorsAreNotRetriedAndReadWell() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(401, #"{"error":"API key missing or invalid"}"#)])
        let error = await #expect(throws: VernClientError.self) { _ = try await VernClient.scripted(transport).sources() }
        #expect(error?.description == "401: API key missing or invalid. Set VERN_API_KEY.")
        #expect(error?.localizedDescription == "401: API key missing or invalid. Set VERN_API_KEY.")
        #expect(transport.requests.count == 1)
    }

    @Test func anErrorWithoutEnvelopeUsesTheStatusText() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(404, "not json")])
        let error = await #expect(throws: VernClientError.self) { _ = try await VernClient.scripted(transport).preview(migration: "m") }
        #expect(error?.description == "404: Not found.")
    }

    @Test func aRetriedStartThatFindsItsOwnRunAdoptsIt() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(502, "bad gateway"),
            ScriptedTransport.json(409, #"{"error":"A run is already in flight","run_id":"run-1"}"#),
            ScriptedTransport.json(200, #"{"run_id":"run-1","status":"running","created_at":"2026-06-19T15:32:11.000Z"}"#),
        ])
        let started = try await VernClient.scripted(transport).startRun(migration: "m", .init(kind: .generate))
        #expect(started.runID == "run-1" && started.status == .running)
        #expect(started.pollURL == "http://vern.test/api/v1/migrations/m/runs/run-1")
        #expect(transport.requests.map(\.method) == ["POST", "POST", "GET"])
    }

    @Test func aFirstAttemptConflictIsReportedWithTheRunInFlight() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(409, #"{"error":"A run is already in flight","run_id":"run-9"}"#)
        ])
        let error = await #expect(throws: VernClientError.self) {
            _ = try await VernClient.scripted(transport).startRun(migration: "m", .init(kind: .update, message: "x"))
        }
        #expect(error?.status == 409 && error?.runID == "run-9")
    }
}
