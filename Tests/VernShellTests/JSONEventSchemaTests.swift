import Foundation
import Testing
import VernAPI
@testable import VernShell
import VernTestSupport

/// `--json` is a contract: each event type is checked against the documented schema
/// (`docs/json-events.schema.json`), field names are snake_case, the header comes first.
struct JSONEventSchemaTests {
    static let run = RunRef(kind: .generate, id: "r1")
    static let question = Question(
        id: "picklist_lead_source", question: "How should I handle them?",
        options: [.init(id: "other", label: "Map them all to 'Other'")], allowCustom: true, values: ["website (6)"])
    static let migration = Migration(
        id: "m1", name: "Acme", source: nil, status: .awaitingApproval, templates: [TemplateRef(slug: "contacts", name: "Contacts")])
    static let sheet = Preview.Sheet(
        template: TemplateRef(slug: "contacts", name: "Contacts"),
        rows: [["email", "phone"], ["jane@acme.com", "+15550100"], ["", "555"]],
        invalidCells: [.init(row: 2, column: "email", reason: "email:required", value: "")], rowCount: 60, invalidRowCount: 7)

    /// One event of every type the renderer writes.
    static let samples: [ShellEvent] = [
        .banner(["vern 0.1.0"]),
        .input(prompt: "vern:Acme[update]> ", text: "/status"),
        .interrupt(prompt: nil),
        .endOfInput,
        .notice("Uploaded demo.csv."),
        .error("unknown command /frob", usage: "Commands: /help."),
        .error("no migration abc", status: 404),
        .runStarted(run, attached: true),
        .runStatus(run, status: .running, message: "Reading"),
        .agentMessage("Mapped 10 of 10 columns"),
        .question(question),
        .credentialRequest(CredentialRequest(
            connectionID: "c1", sourceKey: "demo_crm", sourceName: "Demo CRM", reason: nil, guidance: nil,
            schema: ["clientSecret": .init(secret: true), "account_id": .init()])),
        .credentialField(name: "clientSecret", secret: true, value: nil),
        .previewSummary(PreviewSummary(sheets: [.init(slug: "contacts", name: "Contacts", rows: 60, invalidRows: 7, invalidCells: 1)])),
        .preview(PreviewListing(sheets: [sheet])),
        .previewRows(PreviewRowsListing(
            page: PreviewRows(
                template: TemplateRef(slug: "contacts", name: "Contacts"), filter: .invalid, columns: ["external_id", "email"],
                keyColumn: "external_id",
                rows: [.init(row: 12, recordID: "1000050", values: ["1000050", ""], invalidCells: [.init(row: 12, column: "email", reason: "email:required")])],
                total: 7, offset: 0, limit: 20),
            columns: ["email"])),
        .status(SessionStatus(migration: migration, mode: "update", run: .init(run: run, status: .blocked, message: nil))),
        .files([UploadedFile(name: "demo.csv", storagePath: "m1/demo.csv", contentType: "text/csv", size: 10, uploadedAt: Date(timeIntervalSince1970: 0))]),
        .templates([Template(
            id: "t1", slug: "contacts", name: "Contacts", description: nil,
            columns: [.init(name: "email", required: true, desiredRule: .strict, strictRule: .pattern("^.+@.+$"))])]),
        .sources([Source(id: "s1", name: "Demo CRM", sourceKey: "demo_crm")]),
        .thread([ThreadEvent(
            sequence: 1, type: .status, data: ["questions": [["id": "q", "allowCustom": true]]], createdAt: Date(timeIntervalSince1970: 0), runID: "r1")]),
        .history(["/status"]),
        .help([CommandHelp(usage: "/status", abstract: "Show the migration and its run.")]),
        .values(question: question, values: ["website (6)"]),
        .migrations([migration], open: "m1"),
        .exported(slug: "contacts", csv: "email\n"),
        .answer("7 rows are invalid."),
        .report(RunReport(
            inserted: 53, perSheet: [.init(templateName: "Contacts", sheetID: "sh1", rowCount: 53)], invalidCellCount: 7, droppedRowCount: 2)),
    ]

    static func schema() throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: EventSchema.path)))
    }

    /// The lines the renderer writes for `events`.
    static func lines(_ events: [ShellEvent]) throws -> [JSONValue] {
        let output = CapturedOutput()
        let renderer = JSONLinesRenderer(output: output)
        events.forEach(renderer.emit)
        return try output.text(.stdout).split(separator: "\n").map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
    }

    @Test func theFirstLineDeclaresTheSchemaVersion() throws {
        let lines = try Self.lines([.notice("a"), .notice("b")])
        #expect(lines.count == 3)
        #expect(lines[0] == ["event": "vern_events", "version": 1])
        #expect(lines.dropFirst().allSatisfy { $0["event"] == "notice" })
    }

    @Test func everyDocumentedEventHasASampleAndEverySampleIsDocumented() throws {
        let documented = Set(try Self.schema()["$defs"]?.objectValue?.keys.filter { $0.hasPrefix("event_") }.map { String($0.dropFirst(6)) } ?? [])
        let written = Set(try Self.lines(Self.samples).compactMap { $0["event"]?.stringValue })
        #expect(written == documented)
    }

    @Test(arguments: samples)
    func eachEventMatchesItsSchemaDefinition(_ event: ShellEvent) throws {
        let schema = try Self.schema()
        let object = try #require(try Self.lines([event]).last)
        let name = try #require(object["event"]?.stringValue)
        let definition = try #require(schema["$defs"]?["event_" + name], "\(name) is not documented")
        let problems = SchemaCheck(definitions: schema["$defs"] ?? .null).problems(object, against: definition, at: name)
        #expect(problems.isEmpty, "\(problems)")
        #expect(SchemaCheck.camelCaseKeys(in: object).isEmpty, "\(SchemaCheck.camelCaseKeys(in: object))")
    }

    @Test func namesChosenByPeopleKeepTheirSpelling() throws {
        let lines = try Self.lines(Self.samples)
        let request = try #require(lines.first { $0["event"] == "credential_request" })
        #expect(request["credential_request"]?["schema"]?["clientSecret"]?["secret"] == .bool(true))
        let thread = try #require(lines.first { $0["event"] == "thread" })
        #expect(thread["events"]?[0]?["data"]?["questions"]?[0]?["allow_custom"] == .bool(true))
        let report = try #require(lines.first { $0["event"] == "report" })
        #expect(report["invalid_rows"]?.intValue == 7 && report["sheets"]?[0]?["sheet_id"] == "sh1")
    }

    @Test func previewRowsAreStructuredCells() throws {
        var sheet = Self.sheet
        sheet.rowNumbers = [3, 5]
        let lines = try Self.lines([.preview(PreviewListing(sheets: [sheet], columns: ["EMAIL"]))])
        #expect(lines.last?["columns"] == ["EMAIL"])
        let listed = try #require(lines.last?["sheets"]?[0])
        #expect(listed["columns"] == ["email"] && listed["invalid_row_count"]?.intValue == 7)
        let rows = try #require(listed["rows"]?.arrayValue)
        #expect(rows.count == 2, "every sample row")
        #expect(rows[1]["sample_row"]?.intValue == 2 && rows[1]["source_row"]?.intValue == 5 && rows[1]["invalid"] == .bool(true))
        #expect(rows[1]["cells"]?.arrayValue?.count == 1, "only the chosen column")
        #expect(rows[1]["cells"]?[0] == ["column": "email", "value": "", "invalid_reasons": ["email:required"]])
        #expect(rows[0]["invalid"] == .bool(false))
    }

    @Test func aRefusedRequestKeepsItsStatusInJSONAndOutOfTheTerminal() throws {
        let event = ShellEvent.error("no migration abc", status: 404)
        let line = try #require(try Self.lines([event]).last)
        #expect(line["status"]?.intValue == 404 && line["message"] == "no migration abc")
        let shown = PlainFormatter(presenter: TerminalPresenter()).lines(for: event).map(\.text).joined(separator: "\n")
        #expect(shown.contains("no migration abc") && !shown.contains("404"))
    }

    @Test func aPageOfInvalidRowsCarriesSourceRowsAndRecordIDs() throws {
        let lines = try Self.lines(Self.samples.filter { if case .previewRows = $0 { true } else { false } })
        let page = try #require(lines.last?["page"])
        #expect(page["filter"] == "invalid" && page["key_column"] == "external_id" && page["total"]?.intValue == 7)
        #expect(page["rows"]?[0]?["row"]?.intValue == 12 && page["rows"]?[0]?["record_id"] == "1000050")
    }

    @Test(.enabled(if: EventSchema.pythonValidatorAvailable, "needs python3 with jsonschema (Scripts/bootstrap.sh installs it)"))
    func theJSONSchemaValidatorAcceptsEverySample() throws {
        let text = try Self.lines(Self.samples).map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        let failures = try EventSchema.validateWithPython(lines: text)
        #expect(failures.isEmpty, "\(failures)")
    }
}

extension JSONValue {
    subscript(index: Int) -> JSONValue? {
        guard let items = arrayValue, items.indices.contains(index) else { return nil }
        return items[index]
    }
}
