import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VernAPI
import VernAgentKit
@testable import VernServer

@Suite struct BlockingTests {
    @Test func blockedOnAQuestionThenAnswered() async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            let id = try await client.createMigration(localAgent: "question")
            try await client.upload(sampleCSV, to: id)
            let run = try await client.startRun(id, .generate)
            let blocked = try await client.waitForRun(id, run) { $0.status == .blocked }
            #expect(blocked.blockedReason == .question)
            let question = try #require(blocked.questions?.first)
            #expect(question.options.count == 2)
            #expect(try await client.call(.get, "migrations/\(id)").decode(MigrationEnvelope.self).migration.status == .blocked)

            let credentials = try await client.send(
                .post, "migrations/\(id)/runs/\(run)/credentials", value: CredentialsRequest(credentials: ["a": "b"]))
            #expect(credentials.status == .conflict)
            let unknown = try await client.send(
                .post, "migrations/\(id)/runs/\(run)/messages",
                value: AnswerRequest(answers: .structured([.init(id: "nope", value: "x")])))
            #expect(unknown.status == .badRequest)
            #expect(try await client.call(.post, "migrations/\(id)/runs/\(run)/messages", json: #"{"answers": 3}"#).status == .badRequest)

            let answered = try await client.send(
                .post, "migrations/\(id)/runs/\(run)/messages",
                value: AnswerRequest(answers: .structured([.init(id: question.id, value: question.options[0].label)])))
            #expect(answered.status == .ok)
            #expect(try answered.decode(RunAcknowledgement.self).status == .running)
            let done = try await client.waitForRun(id, run) { $0.status.isTerminal(for: .generate) }
            #expect(done.status == .awaitingApproval)
            let again = try await client.send(
                .post, "migrations/\(id)/runs/\(run)/messages", value: AnswerRequest(answers: .freeForm("more")))
            #expect(again.status == .conflict)
            let events = try await client.thread(id).events
            #expect(events.contains { $0.type == .requestInput })
            #expect(events.contains { $0.type == .message && $0.text == question.options[0].label })
        }
    }

    @Test func cancelWhileBlocked() async throws {
        let app = try await buildApplication(configuration: testConfiguration(behaviour: .question))
        try await app.test(.router) { client in
            let id = try await client.createMigration()
            try await client.upload(sampleCSV, to: id)
            let run = try await client.startRun(id, .generate)
            _ = try await client.waitForRun(id, run) { $0.status == .blocked }
            let canceled = try await client.call(.patch, "migrations/\(id)/runs/\(run)", json: #"{"status":"cancel_requested"}"#)
            #expect(try canceled.decode(Run.self).status == .canceled)
            #expect(try canceled.decode(Run.self).questions == nil)
            let late = try await client.send(
                .post, "migrations/\(id)/runs/\(run)/messages", value: AnswerRequest(answers: .freeForm("too late")))
            #expect(late.status == .conflict)
        }
    }

    @Test func blockedOnCredentialsWrongThenRight() async throws {
        let logs = CapturedLogs()
        let secret = "s3cr3t-value-that-must-not-leak"
        let app = try await buildApplication(configuration: testConfiguration(logger: logs.logger))
        try await app.test(.router) { client in
            let id = try await client.createMigration(localAgent: "credentials")
            try await client.upload(sampleCSV, to: id)
            let run = try await client.startRun(id, .generate)
            var blocked = try await client.waitForRun(id, run) { $0.status == .blocked }
            #expect(blocked.isBlockedOnCredentials)
            let request = try #require(blocked.credentialRequest)
            #expect(request.sourceKey == "demo_crm")
            #expect(request.schema["client_secret"]?.secret == true)
            #expect(request.guidance?.steps.isEmpty == false)

            var replies: [Reply] = []
            let answer = try await client.send(
                .post, "migrations/\(id)/runs/\(run)/messages", value: AnswerRequest(answers: .freeForm(secret)))
            #expect(answer.status == .conflict)
            #expect(try await client.call(.post, "migrations/\(id)/runs/\(run)/credentials", json: #"{"credentials": {}}"#).status == .badRequest)
            #expect(try await client.call(.post, "migrations/\(id)/runs/\(run)/credentials", json: #"{"credentials": "x"}"#).status == .badRequest)
            #expect(try await client.call(.post, "migrations/\(id)/runs/\(run)/credentials", json: #"{"#).status == .badRequest)
            let mismatch = try await client.send(
                .post, "migrations/\(id)/runs/\(run)/credentials",
                value: CredentialsRequest(credentials: ["client_id": "x"], connectionID: UUID().uuidString))
            #expect(mismatch.status == .conflict)
            #expect(try await client.send(
                .post, "migrations/\(id)/runs/\(UUID().uuidString)/credentials",
                value: CredentialsRequest(credentials: ["client_id": "x"])).status == .notFound)

            let wrong = try await client.send(
                .post, "migrations/\(id)/runs/\(run)/credentials",
                value: CredentialsRequest(credentials: ["client_id": Connectors.demoClientID, "client_secret": secret]))
            #expect(wrong.status == .ok)
            replies.append(wrong)
            blocked = try await client.waitForRun(id, run) { $0.status == .blocked }
            #expect(blocked.credentialRequest?.reason?.contains("rejected") == true)

            let right = try await client.send(
                .post, "migrations/\(id)/runs/\(run)/credentials",
                value: CredentialsRequest(
                    credentials: ["client_id": Connectors.demoClientID, "client_secret": Connectors.demoClientSecret],
                    connectionID: request.connectionID))
            #expect(right.status == .ok)
            replies.append(right)
            let done = try await client.waitForRun(id, run) { $0.status.isTerminal(for: .generate) }
            #expect(done.status == .awaitingApproval)

            let connection = try await client.call(.get, "migrations/\(id)/source-connection")
            #expect(try connection.decode(SourceConnectionEnvelope.self).sourceConnection.credsConfigured)
            replies.append(connection)
            replies.append(try await client.call(.get, "migrations/\(id)/runs/\(run)"))
            replies.append(try await client.call(.get, "migrations/\(id)/thread?include=all"))
            replies.append(try await client.call(.get, "migrations/\(id)/preview"))
            for reply in replies {
                #expect(!reply.text.contains(secret))
                #expect(!reply.text.contains(Connectors.demoClientSecret))
            }
            #expect(!logs.all.isEmpty)
            #expect(!logs.all.contains(secret))
            #expect(!logs.all.contains(Connectors.demoClientSecret))
        }
    }

    @Test func sourceConnectionLifecycle() async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            let id = try await client.createMigration()
            #expect(try await client.call(.get, "migrations/\(id)/source-connection").status == .notFound)
            #expect(try await client.call(.post, "migrations/\(id)/source-connection", json: #"{"source_key":"nope"}"#).status == .badRequest)
            let created = try await client.call(
                .post, "migrations/\(id)/source-connection",
                json: #"{"source_key":"demo_crm","config":{"region":"eu"},"credentials":{"client_id":"a","client_secret":"zzz-secret"}}"#)
            #expect(created.status == .created)
            #expect(!created.text.contains("zzz-secret"))
            let connection = try created.decode(SourceConnectionEnvelope.self).sourceConnection
            #expect(connection.credsConfigured)
            #expect(connection.config["region"] == "eu")
            let updated = try await client.call(
                .post, "migrations/\(id)/source-connection", json: #"{"source_key":"demo_crm","selected_streams":["contacts"]}"#)
            #expect(updated.status == .ok)
            #expect(try updated.decode(SourceConnectionEnvelope.self).sourceConnection.id == connection.id)
            #expect(try await client.call(.get, "migrations/\(id)").decode(MigrationEnvelope.self).migration.status == .ready)
            let deleted = try await client.call(.delete, "migrations/\(id)/source-connection")
            #expect(try deleted.decode(DeletedResponse.self).deleted)
            #expect(try await client.call(.delete, "migrations/\(id)/source-connection").status == .notFound)
        }
    }
}
