import Foundation
import Testing
import VernAPI

/// Every JSON example of the API reference notes (`shared/api/vern-api.md`), copied verbatim
/// into `Fixtures/`, decodes into the wire model and keeps its meaning.
struct DocumentedExamplesTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
        return try VernJSON.decoder().decode(T.self, from: data)
    }

    @Test func createMigration() throws {
        let request = try decode(CreateMigrationRequest.self, "00-create-migration-request.json")
        #expect(request.externalID == "acme-001")
        #expect(request.templates == ["contacts"])
        let response = try decode(MigrationEnvelope.self, "01-create-migration-response.json")
        #expect(response.migration.status == .awaitingFiles)
        #expect(response.migration.templates == [TemplateRef(slug: "contacts", name: "Contacts")])
    }

    @Test func catalog() throws {
        let sources = try decode(SourceList.self, "02-sources.json")
        #expect(sources.sources.first?.logoURL == "https://logo.clearbit.com/salesforce.com")
        let templates = try decode(TemplateList.self, "03-templates.json")
        let columns = try #require(templates.templates.first?.columns)
        #expect(columns[0].strictRule == .pattern("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"))
        #expect(columns[0].desiredRule == .strict && columns[0].unique)
        #expect(columns[1].desiredRule == .link)
        #expect(columns[1].linkRule?.first?.columnName == "Name")
        #expect(templates.templates.first?.effectiveSlug == "contacts")
    }

    @Test func uploads() throws {
        let request = try decode(MintUploadsRequest.self, "04-mint-uploads-request.json")
        #expect(request.files == [.init(name: "contacts.csv", contentType: "text/csv")])
        let response = try decode(SignedUploadList.self, "05-mint-uploads-response.json")
        #expect(response.files.first?.signedURL.hasPrefix("https://storage.vern.so/") == true)
        #expect(response.files.first?.token == "ey...")
    }

    @Test func runs() throws {
        let started = try decode(StartRunResponse.self, "06-start-run-response.json")
        #expect(started.status == .queued)
        let running = try decode(Run.self, "07-run-running.json")
        #expect(running.status == .running && running.message == "Cleaning your data")
        #expect(running.createdAt == VernJSON.parseTimestamp("2026-06-19T15:32:11.000Z"))
        let completed = try decode(Run.self, "08-run-completed-execute.json")
        #expect(completed.report?.inserted == 1450)
        #expect(completed.report?.perSheet.first?.sheetID == "7a1c2b3d-...")
        #expect(completed.report?.invalidCellCount == 12)
        #expect(completed.report?.coverage == nil || completed.report?.coverage == .null)
    }

    /// The question block is documented without `run_id` (it is the Surface B page's shape),
    /// so only its `questions` are checked here.
    @Test func blockedOnQuestion() throws {
        struct QuestionBlock: Decodable {
            var status: RunStatus
            var questions: [Question]
        }
        let block = try decode(QuestionBlock.self, "09-run-blocked-question.json")
        #expect(block.status == .blocked)
        #expect(block.questions.first?.options.map(\.label) == ["Map them all to 'Open'", "Drop those rows"])
        #expect(block.questions.first?.allowCustom == true)
    }

    @Test func blockedOnCredentials() throws {
        let run = try decode(Run.self, "10-run-blocked-credentials.json")
        #expect(run.isBlockedOnCredentials)
        let request = try #require(run.credentialRequest)
        #expect(request.sourceKey == "salesforce")
        #expect(request.guidance?.steps.count == 3)
        #expect(request.orderedFields.map(\.name) == ["client_id", "client_secret"])
        #expect(request.schema["client_secret"]?.secret == true)
    }

    @Test func answersAndCredentials() throws {
        _ = try decode(CancelRunRequest.self, "11-cancel-run-request.json")
        let answer = try decode(AnswerRequest.self, "12-answer-request.json")
        #expect(answer.answers == .structured([.init(id: "q1", value: "Treat CANCELLED as inactive")]))
        #expect(try decode(RunAcknowledgement.self, "13-answer-response.json").status == .running)
        let credentials = try decode(CredentialsRequest.self, "14-credentials-request.json")
        #expect(credentials.credentials.keys.sorted() == ["client_id", "client_secret", "refresh_token"])
        #expect(try decode(RunAcknowledgement.self, "15-credentials-response.json").status == .running)
    }

    @Test func previewAndThread() throws {
        let preview = try decode(Preview.self, "16-preview.json")
        #expect(preview.sheets.first?.rows.first == ["Email", "First Name", "Last Name", "Account"])
        #expect(preview.sheets.first?.invalidCells.isEmpty == true)
        let thread = try decode(ThreadPage.self, "17-thread.json")
        #expect(thread.lastSequence == 1043)
        #expect(thread.events.map(\.type) == [.status, .message])
        #expect(thread.events.map(\.text) == ["Reading your files", "Mapped 4 of 5 columns; one needs your input."])
    }

    @Test func sourceConnection() throws {
        let request = try decode(SourceConnectionRequest.self, "18-source-connection-request.json")
        #expect(request.profile == .defaultProfile)
        #expect(request.selectedStreams == ["contacts", "accounts"])
        #expect(!request.description.contains("…"))
        let response = try decode(SourceConnectionEnvelope.self, "19-source-connection-response.json")
        #expect(response.sourceConnection.credsConfigured)
        #expect(response.sourceConnection.lastSyncAt == VernJSON.parseTimestamp("2023-11-07T05:31:56Z"))
    }

    /// Surface B (companies/imports) is not implemented; these two examples share Surface A shapes.
    @Test func surfaceBSharedShapes() throws {
        struct Completed: Decodable { var report: RunReport }
        #expect(try decode(Completed.self, "21-surface-b-import-completed.json").report.inserted == 1450)
        let created = try decode(StartRunResponse.self, "23-surface-b-export-created.json")
        #expect(created.pollURL.hasPrefix("/api/v1/companies/"))
    }
}
