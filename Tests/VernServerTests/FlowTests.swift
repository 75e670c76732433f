import CZlib
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VernAPI
@testable import VernServer

@Suite struct FlowTests {
    @Test func fullFlowFromCreateToExport() async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            let id = try await client.createMigration()
            #expect(try await client.call(.get, "migrations/\(id)").decode(MigrationEnvelope.self).migration.status == .awaitingFiles)
            try await client.upload(sampleCSV, to: id)

            let files = try await client.call(.get, "migrations/\(id)/files").decode(UploadedFileList.self).files
            #expect(files.map(\.name) == ["contacts.csv"])
            #expect(files.first?.size == sampleCSV.utf8.count)
            #expect(files.first?.contentType == "text/csv")

            let generate = try await client.startRun(id, .generate)
            let generated = try await client.waitForRun(id, generate) { $0.status.isTerminal(for: .generate) }
            #expect(generated.status == .awaitingApproval)

            let preview = try await client.call(.get, "migrations/\(id)/preview").decode(Preview.self)
            let sheet = try #require(preview.sheets.first)
            #expect(sheet.rows.first == BuiltInTemplates.contacts.columns.map(\.name))
            #expect(sheet.rows.count == 4)
            #expect(sheet.rows[3][1] == "Ann, Jr.")
            #expect(sheet.rowCount == 3)
            #expect(sheet.invalidRowCount == 1)
            #expect(Set(sheet.invalidCells.map(\.reason)) == ["last_name:required", "email:format"])
            #expect(sheet.invalidCells.allSatisfy { $0.row == 2 })

            let execute = try await client.startRun(id, .execute)
            let executed = try await client.waitForRun(id, execute) { $0.status.isTerminal(for: .execute) }
            #expect(executed.status == .completed)
            #expect(executed.report?.inserted == 3)
            #expect(executed.report?.invalidCellCount == 1)
            #expect(executed.report?.perSheet.first?.templateName == "Contacts")
            #expect(try await client.call(.get, "migrations/\(id)").decode(MigrationEnvelope.self).migration.status == .completed)

            for (filter, count) in [("valid", 2), ("all", 3), ("invalid", 1)] {
                let export = try await client.call(.get, "migrations/\(id)/exports/contacts.csv?filter=\(filter)")
                #expect(export.status == .ok)
                #expect(export.headers[HTTPField.Name("X-Total-Records")!] == "\(count)")
                #expect(export.headers[.contentDisposition] == #"attachment; filename="contacts.csv""#)
                #expect(export.headers[.contentType] == "text/csv; charset=utf-8")
                let lines = export.text.components(separatedBy: "\n").filter { !$0.isEmpty }
                #expect(lines.count == count + 1)
            }
            let all = try await client.call(.get, "migrations/\(id)/exports/contacts.csv?filter=all").text
            #expect(all.contains(#""Acme ""Labs""""#))

            let gzipped = try await client.call(
                .get, "migrations/\(id)/exports/contacts.csv?filter=all", headers: [.acceptEncoding: "gzip, deflate"])
            #expect(gzipped.headers[.contentEncoding] == "gzip")
            #expect(try gunzip(gzipped.body) == Data(all.utf8))

            let clarify = try await client.startRun(id, .clarify, message: "Which columns did you map?")
            #expect(try await client.waitForRun(id, clarify) { $0.status.isTerminal(for: .clarify) }.status == .completed)
            let events = try await client.thread(id, include: "user").events
            #expect(events.contains { $0.type == .message && $0.runID == clarify && ($0.text ?? "").contains("email ← Email") })
            #expect(events.map(\.sequence) == events.map(\.sequence).sorted())
            #expect(Set(events.compactMap(\.runID)) == [generate, execute, clarify])
        }
    }

    @Test func exportBeforeExecuteAndBadExportPaths() async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            let id = try await client.createMigration()
            #expect(try await client.call(.get, "migrations/\(id)/exports/contacts.csv").status == .notFound)
            #expect(try await client.call(.get, "migrations/\(id)/exports/contacts").status == .badRequest)
            #expect(try await client.call(.get, "migrations/\(id)/exports/contacts.csv?filter=some").status == .badRequest)
            #expect(try await client.call(.get, "migrations/\(id)/exports/accounts.csv").status == .notFound)
        }
    }

    @Test func preconditionsAndRunInFlight() async throws {
        let app = try await buildApplication(configuration: testConfiguration(behaviour: .slow))
        try await app.test(.router) { client in
            let id = try await client.createMigration()
            let noFiles = try await client.send(.post, "migrations/\(id)/runs", value: StartRunRequest(kind: .generate))
            #expect(noFiles.status == .badRequest)
            #expect(noFiles.error?.error.contains("Upload at least one file") == true)
            for kind in [RunKind.update, .clarify, .execute] {
                let reply = try await client.send(.post, "migrations/\(id)/runs", value: StartRunRequest(kind: kind, message: "x"))
                #expect(reply.status == .conflict)
                #expect(reply.error?.error.contains("preview") == true)
            }
            let noMessage = try await client.send(.post, "migrations/\(id)/runs", value: StartRunRequest(kind: .update))
            #expect(noMessage.status == .badRequest)
            #expect(try await client.call(.post, "migrations/\(id)/runs", json: #"{"kind":"teleport"}"#).status == .badRequest)

            try await client.upload(sampleCSV, to: id)
            let first = try await client.startRun(id, .generate)
            let second = try await client.send(.post, "migrations/\(id)/runs", value: StartRunRequest(kind: .generate))
            #expect(second.status == .conflict)
            #expect(second.error?.runID == first)

            let canceled = try await client.call(.patch, "migrations/\(id)/runs/\(first)", json: #"{"status":"cancel_requested"}"#)
            #expect(canceled.status == .ok)
            #expect(try canceled.decode(Run.self).status == .canceled)
            #expect(try await client.call(.get, "migrations/\(id)/runs/\(first)").decode(Run.self).status == .canceled)
            let again = try await client.call(.patch, "migrations/\(id)/runs/\(first)", json: #"{"status":"cancel_requested"}"#)
            #expect(again.status == .conflict)
            let wrongBody = try await client.call(.patch, "migrations/\(id)/runs/\(first)", json: #"{"status":"canceled"}"#)
            #expect(wrongBody.status == .badRequest)
            // The slot is free again.
            let third = try await client.startRun(id, .generate)
            #expect(third != first)
        }
    }

    @Test func failingAgentFailsTheRun() async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            let id = try await client.createMigration(localAgent: "fail")
            try await client.upload(sampleCSV, to: id)
            let run = try await client.startRun(id, .generate)
            let failed = try await client.waitForRun(id, run) { $0.status.isTerminal(for: .generate) }
            #expect(failed.status == .failed)
            #expect(failed.error == ScriptedAgent.failure)
            #expect(try await client.thread(id).events.contains { $0.type == .error })
        }
    }

    @Test func externalIDIsIdempotentPerSource() async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            let body = #"{"name":"Acme","source":"Salesforce","external_id":"acme-001"}"#
            let first = try await client.call(.post, "migrations", json: body)
            #expect(first.status == .created)
            let replay = try await client.call(.post, "migrations", json: body)
            #expect(replay.status == .ok)
            #expect(try replay.decode(MigrationEnvelope.self).migration.id == first.decode(MigrationEnvelope.self).migration.id)
            let other = try await client.call(.post, "migrations", json: #"{"name":"Acme","source":"HubSpot","external_id":"acme-001"}"#)
            #expect(other.status == .conflict)
            let bad = try await client.call(.post, "migrations", json: #"{"name":"Acme","external_id":"acme 001"}"#)
            #expect(bad.status == .badRequest)
            #expect(try await client.call(.get, "migrations").decode(MigrationList.self).migrations.count == 1)
            // Another account has its own external ids.
            #expect(try await client.call(.post, "migrations", key: keyB, json: body).status == .created)
        }
    }

    @Test func catalogEndpoints() async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            let templates = try await client.call(.get, "templates").decode(TemplateList.self).templates
            #expect(templates.map(\.slug) == ["contacts"])
            #expect(templates.first?.columns.map(\.name) == [
                "external_id", "first_name", "last_name", "email", "phone", "company", "company_domain", "created_date",
                "lead_source", "notes",
            ])
            let sources = try await client.call(.get, "sources").decode(SourceList.self).sources
            #expect(sources.map(\.sourceKey) == ["demo_crm"])
            #expect(try await client.call(.get, "sources", key: nil).status == .unauthorized)
        }
    }
}

/// Inflates a gzip stream with zlib.
func gunzip(_ data: Data) throws -> Data {
    var stream = z_stream()
    guard czlib_inflate_init_gzip(&stream) == Z_OK else { throw GzipError() }
    defer { inflateEnd(&stream) }
    var input = [UInt8](data)
    var output = Data()
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    var status: Int32 = Z_OK
    input.withUnsafeMutableBufferPointer { inBuffer in
        stream.next_in = inBuffer.baseAddress
        stream.avail_in = UInt32(inBuffer.count)
        repeat {
            let produced = chunk.withUnsafeMutableBufferPointer { outBuffer -> Int in
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                status = inflate(&stream, Z_NO_FLUSH)
                return outBuffer.count - Int(stream.avail_out)
            }
            output.append(contentsOf: chunk[0..<produced])
        } while status == Z_OK
    }
    guard status == Z_STREAM_END else { throw GzipError() }
    return output
}
