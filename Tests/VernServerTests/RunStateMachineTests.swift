import Foundation
import Testing
import VernAPI
@testable import VernServer

/// Every pair of run states, and every event from every state, against the lifecycle diagram.
@Suite struct RunStateMachineTests {
    typealias Machine = RunStateMachine

    /// The edges of the diagram, written out independently of the implementation.
    static let edges: Set<String> = [
        "queued→running", "running→blocked", "blocked→running",
        "running→awaiting_approval", "running→completed",
        "queued→failed", "running→failed", "blocked→failed",
        "queued→canceled", "running→canceled", "blocked→canceled",
    ]

    static let kinds: [RunKind] = [.generate, .update, .clarify, .execute]

    static let events: [Machine.Event] = [
        .start, .block(.questions(json: "[]")), .block(.credentials(requestJSON: "{}")),
        .resume(from: .question, message: "m"), .resume(from: .credentials, message: "m"),
        .finish(reportJSON: nil), .fail(error: "e"), .cancel,
    ]

    @Test func everyPairOfStatesFollowsTheDiagram() {
        for from in Machine.statuses {
            for to in Machine.statuses {
                let edge = "\(from.wireValue)→\(to.wireValue)"
                #expect(Machine.allows(from: from, to: to) == Self.edges.contains(edge), "\(edge)")
            }
        }
    }

    @Test func everyEventFromEveryStateLandsOnAnAllowedEdge() {
        var reached: Set<String> = []
        for kind in Self.kinds {
            for from in Machine.statuses {
                for reason in [nil, BlockedReason.question, .credentials] {
                    for event in Self.events {
                        guard let to = Machine.next(from: from, kind: kind, blockedReason: reason, on: event) else { continue }
                        #expect(Machine.allows(from: from, to: to), "\(from.wireValue) --\(event)--> \(to.wireValue)")
                        reached.insert("\(from.wireValue)→\(to.wireValue)")
                    }
                }
            }
        }
        // And every allowed edge is reachable by some event.
        #expect(reached == Self.edges)
    }

    @Test func terminalStatesAcceptNoEvent() {
        for kind in Self.kinds {
            for from in [RunStatus.awaitingApproval, .completed, .failed, .canceled] {
                for event in Self.events {
                    #expect(Machine.next(from: from, kind: kind, blockedReason: nil, on: event) == nil)
                }
            }
        }
    }

    @Test func finishDependsOnTheKind() {
        for kind in Self.kinds {
            let expected: RunStatus = kind == .generate || kind == .update ? .awaitingApproval : .completed
            #expect(Machine.next(from: .running, kind: kind, blockedReason: nil, on: .finish(reportJSON: nil)) == expected)
        }
        #expect(Machine.next(from: .running, kind: .unknown("x"), blockedReason: nil, on: .finish(reportJSON: nil)) == nil)
    }

    @Test func resumeMustAnswerWhatTheRunWaitsOn() {
        #expect(Machine.next(from: .blocked, kind: .generate, blockedReason: .question, on: .resume(from: .question, message: "")) == .running)
        #expect(Machine.next(from: .blocked, kind: .generate, blockedReason: .question, on: .resume(from: .credentials, message: "")) == nil)
        #expect(Machine.next(from: .blocked, kind: .generate, blockedReason: .credentials, on: .resume(from: .question, message: "")) == nil)
        #expect(Machine.next(from: .running, kind: .generate, blockedReason: nil, on: .resume(from: .question, message: "")) == nil)
    }

    @Test func applyingSetsTheFieldsOfTheNewStatusAndClearsTheRest() {
        var run = RunRecord(
            id: "r", migrationID: "m", kind: "generate", status: "queued", message: nil, input: nil, extractViaAPI: false,
            questionsJSON: nil, blockedReason: nil, credentialRequestJSON: nil, reportJSON: nil, error: nil, createdAt: Date())
        var applied = run.apply(.start)
        #expect(applied)
        #expect(run.runStatus == .running && run.message == "Starting")
        applied = run.apply(.block(.questions(json: "[1]")))
        #expect(applied)
        #expect(run.runStatus == .blocked && run.blockedReason == "question" && run.questionsJSON == "[1]" && run.message == nil)
        applied = run.apply(.finish(reportJSON: nil))
        #expect(!applied)
        #expect(run.runStatus == .blocked && run.questionsJSON == "[1]")
        applied = run.apply(.resume(from: .question, message: "Continuing"))
        #expect(applied)
        #expect(run.runStatus == .running && run.blockedReason == nil && run.questionsJSON == nil && run.message == "Continuing")
        applied = run.apply(.block(.credentials(requestJSON: "{}")))
        #expect(applied)
        #expect(run.blockedReason == "credentials" && run.credentialRequestJSON == "{}")
        applied = run.apply(.cancel)
        #expect(applied)
        #expect(run.runStatus == .canceled && run.credentialRequestJSON == nil && run.blockedReason == nil)
        applied = run.apply(.fail(error: "late"))
        #expect(!applied)
        #expect(run.runStatus == .canceled && run.error == nil)
    }
}
