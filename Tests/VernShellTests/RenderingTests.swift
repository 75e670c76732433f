import Foundation
import Synchronization
import Testing
import VernAPI
@testable import VernShell

/// Collects what a renderer writes, per channel.
final class CapturedOutput: TextOutput {
    private let state = Mutex<[(OutputChannel, String)]>([])

    func write(_ text: String, to channel: OutputChannel) { state.withLock { $0.append((channel, text)) } }

    func text(_ channel: OutputChannel) -> String {
        state.withLock { $0.filter { $0.0 == channel }.map(\.1).joined() }
    }
}

struct PlainFormatterTests {
    let formatter = PlainFormatter(presenter: TerminalPresenter())
    let run = RunRef(kind: .update, id: "d4c3b2a1-9f8e-47d6-b5a4-c3d2e1f0a9b8")

    @Test func runStatusGoesToStderrWithShortIdAndMessage() {
        #expect(formatter.lines(for: .runStatus(run, status: .running, message: "Cleaning your data"))
            == [OutputLine(.stderr, "update d4c3b2a1 running · Cleaning your data")])
    }

    @Test func questionsAreNumbered() {
        let question = Question(
            id: "q1", question: "How should I handle them?",
            options: [.init(id: "a", label: "Map to Other"), .init(id: "b", label: "Drop the rows")], allowCustom: true)
        #expect(formatter.lines(for: .question(question)).map(\.text) == [
            "? How should I handle them?", "  1) Map to Other", "  2) Drop the rows", "  (or type your own answer)",
        ])
    }

    @Test func secretFieldsNeverShowTheirValue() {
        #expect(formatter.lines(for: .credentialField(name: "client_secret", secret: true, value: nil)).map(\.text) == ["client_secret: [hidden]"])
    }

    @Test func multiLineInputContinues() {
        #expect(formatter.lines(for: .input(prompt: "vern> ", text: "one\ntwo")).map(\.text) == ["vern> one", "... two"])
    }

    @Test func numbersAreGroupedWhateverTheLocale() {
        #expect(Numbers.grouped(1_204_000) == "1,204,000")
        #expect(Numbers.count(1, "row") == "1 row")
        #expect(Numbers.bytes(1_234_567) == "1.2 MB")
    }

    @Test func reportAndPreviewSummaries() {
        let report = RunReport(inserted: 1450, perSheet: [.init(templateName: "Contacts", sheetID: "s", rowCount: 1450)], invalidCellCount: 12)
        #expect(formatter.lines(for: .report(report)).map(\.text) == ["executed: 1,450 rows inserted (Contacts 1,450); 12 rows with invalid cells"])
        let summary = PreviewSummary(sheets: [.init(slug: "contacts", name: "Contacts", rows: 1000, invalidRows: 37, invalidCells: 0)])
        #expect(formatter.lines(for: .previewSummary(summary)).map(\.text) == ["preview: contacts 1,000 rows, 37 invalid"])
    }
}

struct RendererTests {
    @Test func plainRendererSplitsChannelsAndDropsEcho() {
        let output = CapturedOutput()
        let renderer = TerminalRenderer(style: .plain, output: output)
        renderer.emit(.input(prompt: "p> ", text: "hello"))
        renderer.emit(.runStatus(RunRef(kind: .clarify, id: "r1"), status: .completed, message: nil))
        renderer.emit(.answer("12 rows are invalid."))
        #expect(output.text(.stdout) == "  12 rows are invalid.\n")
        #expect(output.text(.stderr) == "clarify r1 completed\n")
    }

    @Test func liveStatusRedrawsOneLineAndClearsIt() {
        let output = CapturedOutput()
        let renderer = TerminalRenderer(style: TerminalStyle(liveStatus: true, color: false, unicode: false), output: output)
        let run = RunRef(kind: .update, id: "r1")
        renderer.emit(.runStatus(run, status: .running, message: "Reading"))
        renderer.emit(.agentMessage("Mapped 9 of 10 columns"))
        renderer.emit(.runStatus(run, status: .awaitingApproval, message: nil))
        let stderr = output.text(.stderr)
        #expect(stderr.contains("update running · Reading"))
        #expect(stderr.contains("\r\u{1B}[2K"))
        #expect(stderr.hasSuffix("update r1 awaiting_approval\n"))
        #expect(output.text(.stdout) == "  Mapped 9 of 10 columns\n")
    }

    @Test func jsonLinesAreOneObjectPerEvent() throws {
        let output = CapturedOutput()
        let renderer = JSONLinesRenderer(output: output)
        renderer.emit(.runStatus(RunRef(kind: .update, id: "r1"), status: .running, message: "Reading"))
        renderer.emit(.credentialField(name: "client_secret", secret: true, value: nil))
        let lines = output.text(.stdout).split(separator: "\n").dropFirst()
        #expect(lines.count == 2)
        let first = try JSONDecoder().decode(JSONValue.self, from: Data(lines[lines.startIndex].utf8))
        #expect(first["event"] == "run_status" && first["status"] == "running" && first["run"]?["id"] == "r1")
        #expect(output.text(.stderr).isEmpty)
    }
}

struct StructuredEventTests {
    let sheet = Preview.Sheet(
        template: TemplateRef(slug: "contacts", name: "Contacts"),
        rows: [["email", "phone"], ["jane@acme.com", "+15550100"], ["", "555"]],
        invalidCells: [.init(row: 2, column: "email", reason: "email:required", value: "")], rowCount: 60, invalidRowCount: 7)

    @Test func theLayoutIsTheRenderersNotTheEvents() {
        let event = ShellEvent.preview(PreviewListing(sheets: [sheet]))
        let narrow = PlainFormatter(presenter: TerminalPresenter(), width: 20).lines(for: event).map(\.text)
        let wide = PlainFormatter(presenter: TerminalPresenter(), width: 120, color: true).lines(for: event).map(\.text)
        #expect(narrow != wide)
        #expect(narrow.allSatisfy { $0.count <= 20 || !$0.hasPrefix("2 ") })
        #expect(wide.contains { $0.contains("\u{1B}[31m") })
        #expect(PlainFormatter.canonical(presenter: TerminalPresenter()).lines(for: event) == PlainFormatter(presenter: TerminalPresenter()).lines(for: event))
    }
}

struct PreviewTableTests {
    let sheet = Preview.Sheet(
        template: TemplateRef(slug: "contacts", name: "Contacts"),
        rows: [
            ["email", "phone", "notes"], ["jane@acme.com", "+15550100", "VIP customer with a very long note attached"],
            ["bad@@x", "555", ""],
        ],
        invalidCells: [.init(row: 2, column: "email", reason: "email:format", value: "bad@@x"), .init(row: 2, column: "phone", reason: "phone:format")],
        rowCount: 60, invalidRowCount: 7, rowNumbers: [3, 7], droppedByRule: ["company is empty": 4])

    @Test func aTableThatFitsShowsWholeValuesNumberedBySourceRow() {
        let lines = PreviewTable(width: 100, color: false).lines(for: sheet)
        #expect(lines[0] == "Contacts (contacts): the first 2 of 60 rows; 7 invalid (/preview --invalid lists them); 4 dropped by row rules (/preview --dropped)")
        #expect(lines[1].hasPrefix("row email"))
        #expect(lines.contains { $0.hasPrefix("3   jane@acme.com") && $0.hasSuffix("VIP customer with a very long note attached") })
        #expect(lines.contains { $0.hasPrefix("7   bad@@x*") && $0.contains("555*") })
        #expect(lines.contains("  row 7 email: email:format \"bad@@x\""))
        #expect(lines.contains("  row 7 phone: phone:format"))
    }

    @Test func aRowWiderThanTheTerminalBecomesARecord() {
        for width in [40, 60] {
            let lines = PreviewTable(width: width, color: false).lines(for: sheet)
            #expect(lines.dropFirst().allSatisfy { $0.count <= width }, "\(width)")
            #expect(lines.contains { $0.hasPrefix("-[ row 3 ]-") })
            #expect(lines.contains("email | jane@acme.com"))
            #expect(lines.contains("phone | 555*"))
            let notes = lines.drop { !$0.hasPrefix("notes | VIP") }.prefix { $0.hasPrefix("notes | ") || $0.hasPrefix("      | ") }
            #expect(notes.map { String($0.dropFirst(8)) }.joined(separator: " ") == "VIP customer with a very long note attached")
        }
        #expect(PreviewTable(width: 40, color: false).lines(for: sheet).contains { $0.hasPrefix("      | ") })
    }

    @Test func chosenColumnsOnly() {
        let lines = PreviewTable(width: 100, color: false).lines(for: sheet, columns: ["Phone"])
        #expect(lines[1] == "row phone")
        #expect(!lines.contains { $0.contains("jane@acme.com") })
    }

    @Test func colourReplacesTheMarker() {
        let lines = PreviewTable(width: 100, color: true).lines(for: sheet)
        #expect(lines.contains { $0.contains("\u{1B}[31m") })
        #expect(!lines.contains { $0.contains("bad@@x*") })
    }

    func page(_ filter: PreviewRowFilter, total: Int, offset: Int, rows: [PreviewRows.Row]) -> PreviewRows {
        PreviewRows(
            template: TemplateRef(slug: "contacts", name: "Contacts"), filter: filter, columns: ["external_id", "email", "phone"],
            keyColumn: "external_id", rows: rows, total: total, offset: offset, limit: 20)
    }

    @Test func invalidRowsShowSourceRowRecordIDReasonsAndTheNextPage() {
        let row = PreviewRows.Row(
            row: 214, recordID: "r214", values: ["r214", "", "+15550100"],
            invalidCells: [.init(row: 214, column: "email", reason: "email:required", value: "")])
        let listing = PreviewRowsListing(page: page(.invalid, total: 45, offset: 20, rows: [row]), columns: ["email"])
        let lines = PreviewTable(width: 80, color: false).lines(for: listing)
        #expect(lines[0] == "Contacts (contacts): invalid rows 21–21 of 45, page 2 of 3")
        #expect(lines[1] == "row invalid        external_id email")
        #expect(lines[3] == "214 email:required r214        *")
        #expect(lines.last == "(/preview --invalid --page 3 shows the next 20)")
    }

    @Test func droppedRowsShowTheRule() {
        let rows = [PreviewRows.Row(row: 5, recordID: "r5", values: ["r5", "x@acme.com", ""], droppedBy: "company is empty")]
        let lines = PreviewTable(width: 80, color: false).lines(for: PreviewRowsListing(page: page(.dropped, total: 1, offset: 0, rows: rows)))
        #expect(lines[0] == "Contacts (contacts): rows dropped by row rules 1–1 of 1")
        #expect(lines[1].hasPrefix("row dropped by"))
        #expect(lines[3].hasPrefix("5   company is empty r5"))
        #expect(PreviewTable(width: 80, color: false).lines(for: PreviewRowsListing(page: page(.dropped, total: 0, offset: 0, rows: [])))
            == ["Contacts (contacts): no rows dropped by row rules."])
    }
}

struct WrapTests {
    let text = "Mapped 10 of 10 columns for Contacts from demo-contacts.csv: external_id ← Record ID (synonym), first_name ← First Name, last_name ← Last Name, email ← E-mail Address (synonym)."

    @Test(arguments: [60, 80, 120])
    func agentTextWrapsAtWordsWithAHangingIndent(width: Int) {
        let formatter = PlainFormatter(presenter: TerminalPresenter(), width: width, wrap: true)
        let lines = formatter.lines(for: .agentMessage(text)).map(\.text)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= width && $0.hasPrefix("  ") && !$0.hasPrefix("   ") })
        #expect(lines.map { $0.dropFirst(2) }.joined(separator: " ") == text)
    }

    @Test func listItemsHangUnderTheirText() {
        let lines = TextWrap.paragraphs("  1) Map them all to the value Other and keep going", width: 24)
        #expect(lines == ["  1) Map them all to the", "     value Other and", "     keep going"])
        #expect(TextWrap.lines("a supercalifragilistic word", width: 10) == ["a", "supercalif", "ragilistic", "word"])
        let error = PlainFormatter(presenter: TerminalPresenter(), width: 30, wrap: true).lines(for: .error("cannot read /tmp/x.csv: no such file or folder"))
        #expect(error.map(\.text) == ["error: cannot read /tmp/x.csv:", "       no such file or folder"])
    }

    @Test func transcriptsAndPipesKeepOneLinePerLine() {
        #expect(PlainFormatter.canonical(presenter: TerminalPresenter()).lines(for: .agentMessage(text)).count == 1)
    }

    @Test func theStatusLineNeverWrapsSoItIsAlwaysCleared() {
        let output = CapturedOutput()
        let renderer = TerminalRenderer(style: TerminalStyle(liveStatus: true, color: false, unicode: true, width: 60), output: output)
        renderer.emit(.uploadProgress(name: "a-rather-long-file-name-for-contacts-export.csv", sent: 0, total: 40_000_000))
        renderer.emit(.uploadProgress(name: "a-rather-long-file-name-for-contacts-export.csv", sent: 40_000_000, total: 40_000_000))
        let drawn = output.text(.stderr).components(separatedBy: "\r\u{1B}[2K").filter { !$0.isEmpty }
        #expect(drawn.first?.contains("uploading a-rather-long") == true)
        #expect(drawn.allSatisfy { $0.count < 60 })
        #expect(output.text(.stderr).hasSuffix("\r\u{1B}[2K"))
    }
}

struct PagerTests {
    @Test func aListingTallerThanTheTerminalGoesThroughThePager() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pager-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let output = CapturedOutput()
        let style = TerminalStyle(liveStatus: false, color: false, unicode: true, width: 80, pager: "cat > '\(file.path)'", height: 5)
        let renderer = TerminalRenderer(style: style, output: output)
        renderer.emit(.history((1...10).map { "line \($0)" }))
        #expect(output.text(.stdout).isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("line 10"))
        renderer.emit(.history(["short"]))
        #expect(output.text(.stdout).contains("short"))
    }

    @Test func aMissingPagerPrintsTheListingItself() {
        let output = CapturedOutput()
        let style = TerminalStyle(liveStatus: false, color: false, unicode: true, width: 80, pager: "no-such-pager-here 2>/dev/null", height: 5)
        TerminalRenderer(style: style, output: output).emit(.history((1...10).map { "line \($0)" }))
        #expect(output.text(.stdout).contains("line 10"))
    }

    @Test func pagerComesFromTheEnvironment() {
        #expect(TerminalStyle.pager(environment: [:]) == "less -SRXF")
        #expect(TerminalStyle.pager(environment: ["PAGER": "more"]) == "more")
        #expect(TerminalStyle.pager(environment: ["PAGER": ""]) == nil)
    }
}

struct SlashCommandTests {
    @Test func parsesArgumentsAndQuotes() throws {
        let command = try SlashCommands.parse(#"/export contacts --filter invalid -o "my file.csv""#).get()
        let export = try #require(command as? Export)
        #expect(export.slug == "contacts" && export.filter == .invalid && export.output == "my file.csv")
    }

    @Test func unknownCommandsGetOneLineAndAHint() {
        guard case .failure(let error) = SlashCommands.parse("/frobnicate now") else { Issue.record("parsed"); return }
        #expect(error.message == "unknown command /frobnicate")
        #expect(error.usage?.hasPrefix("Commands: /help, /ask, /update") == true)
    }

    @Test func namesAreCaseInsensitiveAndMayBeShortened() throws {
        #expect(try SlashCommands.parse("/Preview --invalid").get() is PreviewCommand)
        #expect(try SlashCommands.parse("/prev").get() is PreviewCommand)
        #expect(try SlashCommands.parse("/EXIT").get() is Quit)
        let help = try #require(try SlashCommands.parse("/prev --help").get() as? Help)
        #expect(help.command == "preview")
        #expect(try (SlashCommands.parse("/export contacts -h").get() as? Help)?.command == "export")
        let ask = try #require(try SlashCommands.parse("/ask what does -h mean?").get() as? Ask)
        #expect(ask.question == ["what does -h mean?"], "free text keeps -h")
        guard case .failure(let near) = SlashCommands.parse("/prevue") else { Issue.record("parsed"); return }
        #expect(near.message == "unknown command /prevue; did you mean /preview?")
        guard case .failure(let ambiguous) = SlashCommands.parse("/e") else { Issue.record("parsed"); return }
        #expect(ambiguous.message == "/e could be /execute, /export")
    }

    @Test func freeTextGoesWhereItBelongs() {
        #expect(LineIntent("Which column is email from?") == .message("Which column is email from?", kind: .question))
        #expect(LineIntent("does phone have a country code") == .message("does phone have a country code", kind: .question))
        #expect(LineIntent("Can you lower-case the emails?") == .message("Can you lower-case the emails?", kind: .mode))
        #expect(LineIntent("Could webinars count as Events please?") == .message("Could webinars count as Events please?", kind: .mode))
        #expect(LineIntent("could the notes hold the owner and the stage?") == .message("could the notes hold the owner and the stage?", kind: .mode))
        // A question asked in passing, then the change: the update run.
        #expect(LineIntent("why is row 3 still there, take it out") == .message("why is row 3 still there, take it out", kind: .mode))
        #expect(LineIntent("what are those chat rows doing here, drop them") == .message("what are those chat rows doing here, drop them", kind: .mode))
        #expect(LineIntent("why is row 3 still there") == .message("why is row 3 still there", kind: .question))
        #expect(LineIntent("why on earth is notes going in?? leave it OUT") == .message("why on earth is notes going in?? leave it OUT", kind: .mode))
        #expect(LineIntent("who decided that? put First Name back into first_name") == .message("who decided that? put First Name back into first_name", kind: .mode))
        let both = "how many rows have no created date? and could we fill those with 2020-01-01"
        #expect(LineIntent(both) == .message(both, kind: .mode))
        #expect(LineIntent("why is row 3 invalid? which rule?") == .message("why is row 3 invalid? which rule?", kind: .question))
        #expect(LineIntent("Can phone be empty?") == .message("Can phone be empty?", kind: .question))
        #expect(LineIntent("the company names need to be upper case, could you do that?") == .message("the company names need to be upper case, could you do that?", kind: .mode))
        #expect(LineIntent("where there are no notes, put the Contact Owner in notes") == .message("where there are no notes, put the Contact Owner in notes", kind: .mode))
        // A polite request after its reason, or hedged, changes the recipe though it ends in "?".
        for request in ["Contacts without a phone are no use to the call centre, so could we drop the rows that have no Phone?",
                        "Would it be possible to make company_domain required?", "The reps like it. Would it be possible, where Notes is empty, to use the stage?",
                        "If it's not too much trouble, could you use the Contact Owner for company?"] {
            #expect(LineIntent(request) == .message(request, kind: .mode))
        }
        #expect(LineIntent("I'd like to know if Phone is required?") == .message("I'd like to know if Phone is required?", kind: .question))
        #expect(LineIntent("when the phone is empty use 'n/a'") == .message("when the phone is empty use 'n/a'", kind: .mode))
        #expect(LineIntent("where does notes come from") == .message("where does notes come from", kind: .question))
        #expect(LineIntent("when was the last change") == .message("when was the last change", kind: .question))
        #expect(LineIntent("Do not import notes") == .message("Do not import notes", kind: .mode))
        #expect(LineIntent("! what a name: map it to company") == .message("what a name: map it to company", kind: .forcedUpdate))
        #expect(LineIntent("? lower-case emails") == .message("lower-case emails", kind: .forcedAsk))
        #expect(LineIntent("HELP") == .command("/help"))
        #expect(LineIntent("?") == .command("/help"))
        #expect(LineIntent("exit") == .command("/quit"))
        #expect(LineIntent("clear") == .command("/clear"))
    }

    @Test func badArgumentsGetTheCommandsUsage() {
        guard case .failure(let error) = SlashCommands.parse("/export contacts --filter sometimes") else { Issue.record("parsed"); return }
        #expect(!error.message.contains("\n"))
        #expect(error.usage?.hasPrefix("usage: /export <slug>") == true)
    }

    @Test func unterminatedQuotesAreAnError() {
        guard case .failure(let error) = SlashCommands.parse(#"/export "contacts"#) else { Issue.record("parsed"); return }
        #expect(error.message == "unterminated \" quote")
    }

    @Test func freeTextIsTakenAsTyped() throws {
        let ask = try SlashCommands.parse("/ask what's the date order, and where's notes from?").get()
        #expect((ask as? Ask)?.question == ["what's the date order, and where's notes from?"])
        let update = try SlashCommands.parse("/update don't import \"Notes\"").get()
        #expect((update as? Update)?.instruction == [#"don't import "Notes""#])
        let answer = try SlashCommands.parse("/answer it's Web").get()
        #expect((answer as? AnswerCommand)?.text == ["it's Web"])
    }

    @Test func helpListsEveryCommand() {
        let lines = PlainFormatter(presenter: TerminalPresenter()).lines(for: .help(SlashCommands.help())).map(\.text)
        for name in ["/help", "/ask", "/update", "/generate", "/upload", "/files", "/preview", "/execute", "/export", "/status", "/thread", "/cancel", "/connect", "/disconnect", "/templates", "/sources", "/save", "/history", "/multi", "/quit"] {
            #expect(lines.contains { $0.hasPrefix("  \(name)") }, "\(name) missing")
        }
    }

    @Test func askCapturesTheWholeQuestion() throws {
        let ask = try #require(try SlashCommands.parse("/ask why are --12 rows invalid?").get() as? Ask)
        #expect(ask.question.joined(separator: " ") == "why are --12 rows invalid?")
    }
}

struct CompletionTests {
    let completion = ShellCompletion(templateSlugs: ["contacts", "companies"], sourceKeys: ["demo_crm"])

    @Test func completesCommandsSlugsAndKeys() {
        #expect(completion.candidates(for: "/ex") == ["/execute", "/export"])
        #expect(completion.candidates(for: "/export co") == ["contacts", "companies"])
        #expect(completion.candidates(for: "/export contacts --filter in") == ["invalid"])
        #expect(completion.candidates(for: "/preview --sheet con") == ["contacts"])
        #expect(completion.candidates(for: "/connect d") == ["demo_crm"])
        #expect(completion.candidates(for: "free text") == [])
    }

    @Test func completesFilePaths() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vern-completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("data"), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: directory.appendingPathComponent("contacts.csv").path, contents: Data())
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(completion.candidates(for: "/upload \(directory.path)/co") == ["\(directory.path)/contacts.csv"])
        #expect(completion.candidates(for: "/upload \(directory.path)/") == ["\(directory.path)/contacts.csv", "\(directory.path)/data/"])
    }
}
