import Foundation
import VernAPI

/// Renders each event as one JSON object per line (`--json`), for scripts.
///
/// Every object has an `event` field naming the event; the other fields follow the wire
/// model's names. Nothing else is written to stdout.
public struct JSONLinesRenderer: ShellEventSink {
    private let output: any TextOutput

    public init(output: any TextOutput = StandardOutput()) { self.output = output }

    public func emit(_ event: ShellEvent) {
        guard let object = Self.object(for: event),
            let data = try? VernJSON.encoder().encode(object)
        else { return }
        output.write(String(decoding: data, as: UTF8.self) + "\n", to: .stdout)
    }

    /// The JSON object for `event`, or `nil` for events scripts do not need.
    static func object(for event: ShellEvent) -> JSONValue? {
        func run(_ ref: RunRef) -> JSONValue { ["kind": .string(ref.kind.wireValue), "id": .string(ref.id)] }
        func encoded(_ value: some Encodable) -> JSONValue {
            (try? VernJSON.decoder().decode(JSONValue.self, from: VernJSON.encoder().encode(value))) ?? .null
        }
        switch event {
        case .banner(let lines): return ["event": "banner", "lines": .array(lines.map { .string($0) })]
        case .input(let prompt, let text): return ["event": "input", "prompt": .string(prompt), "text": .string(text)]
        case .interrupt(let prompt): return ["event": "interrupt", "prompt": prompt.map { .string($0) } ?? .null]
        case .endOfInput: return ["event": "end_of_input"]
        case .notice(let text): return ["event": "notice", "text": .string(text)]
        case .error(let message, let usage):
            return ["event": "error", "message": .string(message), "usage": usage.map { .string($0) } ?? .null]
        case .runStarted(let ref, let attached): return ["event": "run_started", "run": run(ref), "attached": .bool(attached)]
        case .runStatus(let ref, let status, let message):
            return ["event": "run_status", "run": run(ref), "status": .string(status.wireValue), "message": message.map { .string($0) } ?? .null]
        case .agentMessage(let text): return ["event": "agent_message", "text": .string(text)]
        case .question(let question): return ["event": "question", "question": encoded(question)]
        case .credentialRequest(let request): return ["event": "credential_request", "credential_request": encoded(request)]
        case .credentialField(let name, let secret, let value):
            return ["event": "credential_field", "name": .string(name), "secret": .bool(secret), "value": value.map { .string($0) } ?? .null]
        case .previewSummary(let summary): return ["event": "preview", "sheets": encoded(summary.sheets)]
        case .preview(let listing):
            return ["event": "preview_table", "sheets": encoded(listing.sheets), "columns": listing.columns.map { encoded($0) } ?? .null]
        case .previewRows(let listing):
            return ["event": "preview_rows", "page": encoded(listing.page), "columns": listing.columns.map { encoded($0) } ?? .null]
        case .status(let status):
            let run: JSONValue = status.run.map { state in
                ["run": run(state.run), "status": .string(state.status.wireValue), "message": state.message.map { .string($0) } ?? .null]
            } ?? .null
            return ["event": "status", "migration": encoded(status.migration), "mode": .string(status.mode), "run": run]
        case .files(let files): return ["event": "files", "files": encoded(files)]
        case .templates(let templates): return ["event": "templates", "templates": encoded(templates)]
        case .sources(let sources): return ["event": "sources", "sources": encoded(sources)]
        case .thread(let events): return ["event": "thread", "events": encoded(events)]
        case .history(let entries): return ["event": "history", "entries": .array(entries.map { .string($0) })]
        case .help(let commands):
            return [
                "event": "help",
                "commands": .array(commands.map {
                    ["usage": .string($0.usage), "abstract": .string($0.abstract), "details": .array($0.details.map { .string($0) })]
                }),
            ]
        case .values(let question, let values):
            return ["event": "values", "question_id": .string(question.id), "values": values.map { .array($0.map { .string($0) }) } ?? .null]
        case .migrations(let migrations, let open):
            return ["event": "migrations", "migrations": encoded(migrations), "open": .string(open)]
        case .exported(let slug, let csv): return ["event": "exported", "slug": .string(slug), "csv": .string(csv)]
        case .answer(let text): return ["event": "answer", "text": .string(text)]
        case .report(let report): return ["event": "report", "report": encoded(report)]
        case .uploadProgress, .clearScreen: return nil
        }
    }
}
