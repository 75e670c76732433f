import Foundation
import Synchronization
import VernAPI

/// Renders each event as one JSON object per line (`--json`), for scripts.
///
/// The output is a versioned contract, documented in `docs/json-events.md` with a JSON Schema
/// (`docs/json-events.schema.json`): the first line is the header
/// `{"event":"vern_events","version":1}`, every line is an object whose `event` field names
/// the event, and every key is snake_case, as in the API. Nothing else is written to stdout.
public final class JSONLinesRenderer: ShellEventSink {
    /// The version of the event schema this renderer writes.
    public static let schemaVersion = 1

    private let output: any TextOutput
    private let headerWritten = Mutex(false)

    public init(output: any TextOutput = StandardOutput()) { self.output = output }

    public func emit(_ event: ShellEvent) {
        guard let object = Self.object(for: event) else { return }
        let header = headerWritten.withLock { written in
            defer { written = true }
            return !written
        }
        if header { write(["event": "vern_events", "version": .number(Double(Self.schemaVersion))]) }
        write(object)
    }

    private func write(_ object: JSONValue) {
        guard let data = try? VernJSON.encoder().encode(object) else { return }
        output.write(String(decoding: data, as: UTF8.self) + "\n", to: .stdout)
    }

    /// The JSON object for `event`, or `nil` for events scripts do not need.
    static func object(for event: ShellEvent) -> JSONValue? {
        func run(_ ref: RunRef) -> JSONValue { ["kind": .string(ref.kind.wireValue), "id": .string(ref.id)] }
        func encoded(_ value: some Encodable) -> JSONValue {
            let value = (try? VernJSON.decoder().decode(JSONValue.self, from: VernJSON.encoder().encode(value))) ?? .null
            return SnakeCase.keys(of: value)
        }
        func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        switch event {
        case .banner(let lines): return ["event": "banner", "lines": .array(lines.map { .string($0) })]
        case .input(let prompt, let text): return ["event": "input", "prompt": .string(prompt), "text": .string(text)]
        case .interrupt(let prompt): return ["event": "interrupt", "prompt": text(prompt)]
        case .endOfInput: return ["event": "end_of_input"]
        case .notice(let message): return ["event": "notice", "text": .string(message)]
        case .error(let message, let usage, let status):
            return ["event": "error", "message": .string(message), "usage": text(usage), "status": status.map { .number(Double($0)) } ?? .null]
        case .runStarted(let ref, let attached): return ["event": "run_started", "run": run(ref), "attached": .bool(attached)]
        case .runStatus(let ref, let status, let message):
            return ["event": "run_status", "run": run(ref), "status": .string(status.wireValue), "message": text(message)]
        case .agentMessage(let message): return ["event": "agent_message", "text": .string(message)]
        case .question(let question): return ["event": "question", "question": encoded(question)]
        case .credentialRequest(let request): return ["event": "credential_request", "credential_request": encoded(request)]
        case .credentialField(let name, let secret, let value):
            return ["event": "credential_field", "name": .string(name), "secret": .bool(secret), "value": text(value)]
        case .previewSummary(let summary): return ["event": "preview", "sheets": encoded(summary.sheets)]
        case .preview(let listing):
            return [
                "event": "preview_table", "columns": listing.columns.map { encoded($0) } ?? .null,
                "sheets": .array(listing.sheets.map { table($0, columns: listing.columns) }),
            ]
        case .previewRows(let listing):
            return ["event": "preview_rows", "page": encoded(listing.page), "columns": listing.columns.map { encoded($0) } ?? .null]
        case .status(let status):
            let run: JSONValue =
                status.run.map { state in
                    ["run": run(state.run), "status": .string(state.status.wireValue), "message": text(state.message)]
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
        case .answer(let message): return ["event": "answer", "text": .string(message)]
        case .report(let report):
            // The API's `invalidCellCount` counts rows with an invalid cell: named for what it is.
            let sheets = report.perSheet.map { sheet -> JSONValue in
                ["template_name": .string(sheet.templateName), "sheet_id": .string(sheet.sheetID), "row_count": .number(Double(sheet.rowCount))]
            }
            return [
                "event": "report", "inserted": .number(Double(report.inserted)), "invalid_rows": .number(Double(report.invalidCellCount)),
                "sheets": .array(sheets), "coverage": SnakeCase.keys(of: report.coverage ?? .null),
                "dropped_rows": report.droppedRowCount.map { .number(Double($0)) } ?? .null,
            ]
        case .uploadProgress, .clearScreen: return nil
        }
    }

    /// One sheet of `/preview` as structured rows: each sample row with its cells by column,
    /// and each cell's invalid reasons.
    /// A preview sheet as structured rows of cells; `chosen` keeps only those columns.
    private static func table(_ sheet: Preview.Sheet, columns chosen: [String]?) -> JSONValue {
        let columns = sheet.rows.first ?? []
        let shown = chosen.map { names in columns.filter { column in names.contains { $0.lowercased() == column.lowercased() } } } ?? columns
        let reasons = Dictionary(grouping: sheet.invalidCells) { CellKey(row: $0.row, column: $0.column) }
        let rows = sheet.rows.enumerated().dropFirst().map { index, values -> JSONValue in
            let cells = zip(columns, values).filter { shown.contains($0.0) }.map { column, value -> JSONValue in
                let invalid = reasons[CellKey(row: index, column: column)]?.map { JSONValue.string($0.reason) } ?? []
                return ["column": .string(column), "value": .string(value), "invalid_reasons": .array(invalid)]
            }
            let invalid = columns.contains { reasons[CellKey(row: index, column: $0)] != nil }
            let source = sheet.rowNumbers.flatMap { index - 1 < $0.count ? JSONValue.number(Double($0[index - 1])) : nil } ?? .null
            return ["sample_row": .number(Double(index)), "source_row": source, "invalid": .bool(invalid), "cells": .array(cells)]
        }
        func count(_ value: Int?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }
        return [
            "slug": .string(sheet.template.slug), "name": .string(sheet.template.name),
            "row_count": count(sheet.rowCount), "invalid_row_count": count(sheet.invalidRowCount),
            "dropped_by_rule": sheet.droppedByRule.map { .object($0.mapValues { .number(Double($0)) }) } ?? .null,
            "columns": .array(shown.map { .string($0) }), "rows": .array(rows),
        ]
    }

    private struct CellKey: Hashable {
        var row: Int
        var column: String
    }
}

/// The `--json` key convention: the API's few camelCase field names (`allowCustom`,
/// `desiredRule`, `strictRule`, `linkRule`) become snake_case like the rest.
enum SnakeCase {
    /// Objects whose keys are names chosen by a connector or a person (credential fields,
    /// source config), not field names: their keys are kept as they are.
    static let namedMaps: Set<String> = ["schema", "config", "stream_state", "credentials"]

    /// `value` with every field name in snake_case, except inside ``namedMaps``.
    static func keys(of value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items): return .array(items.map(keys(of:)))
        case .object(let fields):
            var result: [String: JSONValue] = [:]
            for (key, field) in fields {
                let name = snakeCased(key)
                if namedMaps.contains(name), case .object(let named) = field {
                    result[name] = .object(named.mapValues(keys(of:)))
                } else {
                    result[name] = keys(of: field)
                }
            }
            return .object(result)
        default: return value
        }
    }

    /// `allowCustom` → `allow_custom`; names already in snake_case are unchanged.
    static func snakeCased(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                if !result.isEmpty { result += "_" }
                result += character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
