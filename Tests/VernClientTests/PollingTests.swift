import Foundation
import Testing
import VernAPI
import VernClient
import VernTestSupport

struct PollingTests {
    static func run(_ status: String, _ extra: String = "") -> ScriptedTransport.Step {
        ScriptedTransport.json(200, #"{"run_id":"r","status":"\#(status)","created_at":"2026-06-19T15:32:11.000Z"\#(extra)}"#)
    }

    @Test func yieldsChangesAndStopsAtTheKindsTerminalState() async throws {
        let transport = ScriptedTransport([
            Self.run("queued"), Self.run("running", #","message":"Reading your files""#),
            Self.run("running", #","message":"Reading your files""#),
            Self.run("running", #","message":"Cleaning your data""#), Self.run("awaiting_approval"),
        ])
        let clock = RecordingClock()
        var seen: [String] = []
        for try await run in VernClient.scripted(transport, clock: clock).runUpdates(migration: "m", run: "r", kind: .update) {
            seen.append("\(run.status)\(run.message.map { " · \($0)" } ?? "")")
        }
        #expect(seen == ["queued", "running · Reading your files", "running · Cleaning your data", "awaiting_approval"])
        #expect(clock.sleeps == Array(repeating: .seconds(2), count: 4))
    }

    @Test func clarifyRunsGoOnPastAwaitingApprovalUntilCompleted() async throws {
        let transport = ScriptedTransport([Self.run("running"), Self.run("completed")])
        let last = try await VernClient.scripted(transport).waitForRun(migration: "m", run: "r", kind: .clarify)
        #expect(last.status == .completed)
    }

    @Test func waitingStopsAtABlockedRun() async throws {
        let transport = ScriptedTransport([
            Self.run("running"),
            Self.run("blocked", #","blocked_reason":"question","questions":[{"id":"q1","question":"Which?","options":[],"allowCustom":true}]"#),
        ])
        let last = try await VernClient.scripted(transport).waitForRun(migration: "m", run: "r", kind: .generate)
        #expect(last.status == .blocked && last.questions?.first?.id == "q1")
    }

    @Test func pollingBacksOffAsTheRunAges() async throws {
        let steps = (0..<80).map { _ in Self.run("running") } + [Self.run("failed", #","error":"boom""#)]
        let clock = RecordingClock()
        let last = try await VernClient.scripted(ScriptedTransport(steps), clock: clock)
            .waitForRun(migration: "m", run: "r", kind: .execute)
        #expect(last.error == "boom")
        #expect(clock.sleeps.first == .seconds(2))
        #expect(clock.sleeps.last == .seconds(10))
        #expect(clock.sleeps == clock.sleeps.sorted(), "intervals never shrink")
    }
}
