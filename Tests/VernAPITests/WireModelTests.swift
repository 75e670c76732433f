import Foundation
import Testing
import VernAPI

struct WireModelTests {
    func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        try VernJSON.decoder().decode(T.self, from: VernJSON.encoder().encode(value))
    }

    @Test func unknownEnumValuesSurviveDecoding() throws {
        let json = #"{"run_id":"r","status":"paused_for_lunch","kind":"summarise","blocked_reason":"mfa"}"#
        let run = try VernJSON.decoder().decode(Run.self, from: Data(json.utf8))
        #expect(run.status == .unknown("paused_for_lunch"))
        #expect(run.kind == .unknown("summarise"))
        #expect(run.blockedReason == .unknown("mfa"))
        let encoded = String(decoding: try VernJSON.encoder().encode(run), as: UTF8.self)
        #expect(encoded.contains(#""status":"paused_for_lunch""#))
    }

    @Test func unknownFieldsAreIgnored() throws {
        let json = #"{"migration":{"id":"m","name":"n","status":"ready","templates":[],"future_field":{"x":1}}}"#
        let envelope = try VernJSON.decoder().decode(MigrationEnvelope.self, from: Data(json.utf8))
        #expect(envelope.migration.status == .ready)
    }

    @Test func timestampsUseMillisecondsInUTC() throws {
        let date = try #require(VernJSON.parseTimestamp("2026-06-19T15:32:11.250Z"))
        #expect(VernJSON.formatTimestamp(date) == "2026-06-19T15:32:11.250Z")
        #expect(VernJSON.parseTimestamp("2026-06-19T15:32:11Z") != nil)
        #expect(VernJSON.parseTimestamp("yesterday") == nil)
    }

    @Test(arguments: [
        (RunStatus.awaitingApproval, RunKind.generate, true), (.awaitingApproval, .update, true),
        (.awaitingApproval, .clarify, false), (.completed, .clarify, true), (.completed, .execute, true),
        (.completed, .update, false), (.failed, .generate, true), (.canceled, .execute, true),
        (.blocked, .generate, false), (.running, .execute, false), (.queued, .clarify, false),
    ])
    func terminalStatesDependOnKind(status: RunStatus, kind: RunKind, terminal: Bool) {
        #expect(status.isTerminal(for: kind) == terminal)
    }

    @Test func freeFormAnswersEncodeAsAString() throws {
        let request = AnswerRequest(answers: .freeForm("Use Other"))
        let json = String(decoding: try VernJSON.encoder().encode(request), as: UTF8.self)
        #expect(json == #"{"answers":"Use Other"}"#)
        #expect(try roundTrip(request) == request)
    }

    @Test func secretsAreRedactedInDescriptions() {
        let request = CredentialsRequest(credentials: ["client_id": "abc", "client_secret": "s3cr3t-value"])
        #expect(!"\(request)".contains("s3cr3t-value"))
        #expect(!String(reflecting: request).contains("s3cr3t-value"))
        let connection = SourceConnectionRequest(sourceKey: "demo_crm", credentials: ["client_secret": "hunter2"])
        #expect(!"\(connection)".contains("hunter2"))
    }

    @Test func profileBindingIsTriState() throws {
        for binding in [ProfileBinding.defaultProfile, .workbook, .profile("p1")] {
            let request = SourceConnectionRequest(sourceKey: "demo_crm", profile: binding)
            #expect(try roundTrip(request).profile == binding)
        }
        let workbook = String(
            decoding: try VernJSON.encoder().encode(SourceConnectionRequest(sourceKey: "k", profile: .workbook)),
            as: UTF8.self)
        #expect(workbook.contains(#""profile_id":null"#))
    }

    @Test func strictRuleIsAPatternOrAList() throws {
        let column = Template.Column(name: "Lead Source", strictRule: .oneOf(["Web", "Other"]))
        #expect(try roundTrip(column) == column)
        let json = #"{"name":"Email","strictRule":"^.+$"}"#
        let decoded = try VernJSON.decoder().decode(Template.Column.self, from: Data(json.utf8))
        #expect(decoded.strictRule == .pattern("^.+$") && decoded.desiredRule == .none && !decoded.required)
    }

    @Test func pathSegmentsAreEscaped() {
        #expect(Endpoints.run("m 1", "r/2") == "migrations/m%201/runs/r%2F2")
        #expect(Endpoints.export("m", slug: "contacts") == "migrations/m/exports/contacts.csv")
    }

    @Test func threadIncludeLevelsNest() {
        #expect(ThreadEventType.message.level == .user)
        #expect(ThreadEventType.toolCall.level == .tools)
        #expect(ThreadEventType.thinking.level == .all)
        #expect(ThreadInclude.user < .tools && ThreadInclude.tools < .all)
    }
}
