import Foundation
import VernAPI

/// Where a rendered line goes.
public enum OutputChannel: Sendable, Equatable {
    /// Answers, previews, tables and agent messages.
    case stdout
    /// Progress, notices and errors.
    case stderr
    /// What the analyst typed: the terminal already shows it, transcripts write it.
    case echo
}

/// One rendered line.
public struct OutputLine: Sendable, Equatable {
    public var channel: OutputChannel
    public var text: String

    public init(_ channel: OutputChannel, _ text: String) {
        self.channel = channel
        self.text = text
    }
}

/// Lays events out as lines: the terminal's text (at its width, coloured or not), the piped
/// and `TERM=dumb` output, and the transcript body (``canonical(presenter:)``).
public struct PlainFormatter: Sendable {
    public var presenter: any Presenter
    /// The width tables are fitted to.
    public var width: Int
    /// Whether invalid cells are marked in colour (else with a trailing `*`).
    public var color: Bool
    /// Whether text (agent messages, notices, errors, questions) is word-wrapped at ``width``
    /// with a hanging indent: on a terminal; pipes and transcripts keep one line per line.
    public var wrap: Bool

    public init(presenter: any Presenter, width: Int = 80, color: Bool = false, wrap: Bool = false) {
        self.presenter = presenter
        self.width = width
        self.color = color
        self.wrap = wrap
    }

    /// The one rendering transcripts hold: plain, 80 columns, no colour (times are UTC always).
    public static func canonical(presenter: any Presenter) -> PlainFormatter {
        PlainFormatter(presenter: presenter, width: 80, color: false)
    }

    /// The lines for `event`, in order.
    public func lines(for event: ShellEvent) -> [OutputLine] {
        let lines = unwrappedLines(for: event)
        guard wrap, let hanging = Self.hanging(for: event) else { return lines }
        return lines.flatMap { line in
            TextWrap.paragraphs(line.text, width: width, hanging: hanging).map { OutputLine(line.channel, $0) }
        }
    }

    /// For events whose text wraps, the extra indent of continuation lines (beyond the line's own
    /// leading spaces and list marker); `nil` for events laid out as tables, CSV or echoes.
    private static func hanging(for event: ShellEvent) -> String? {
        switch event {
        case .error: "       "
        case .runStatus: "  "
        case .question, .banner, .notice, .agentMessage, .credentialRequest, .answer, .previewSummary, .report, .values, .thread, .status,
            .templates:
            ""
        default: nil
        }
    }

    private func unwrappedLines(for event: ShellEvent) -> [OutputLine] {
        switch event {
        case .banner(let lines):
            return lines.map { OutputLine(.stderr, $0) }
        case .input(let prompt, let text):
            let parts = Self.lines(of: text)
            return parts.enumerated().map { index, line in
                OutputLine(.echo, (index == 0 ? prompt : "... ") + line)
            }
        case .interrupt(let prompt):
            return [OutputLine(.echo, (prompt ?? "") + "^C")]
        case .endOfInput:
            return [OutputLine(.echo, "^D")]
        case .notice(let text):
            return Self.lines(of: text).map { OutputLine(.stderr, String($0)) }
        case .error(let message, let usage, _):
            return [OutputLine(.stderr, "error: \(message)")] + (usage.map { [OutputLine(.stderr, $0)] } ?? [])
        case .runStarted(let run, let attached):
            return attached ? [OutputLine(.stderr, "attached to \(run.kind) \(presenter.run(run.id))")] : []
        case .runStatus(let run, let status, let message):
            let detail = message.map { " · \($0)" } ?? ""
            return [OutputLine(.stderr, "\(run.kind) \(presenter.run(run.id)) \(status)\(detail)")]
        case .agentMessage(let text):
            return indented(text, channel: .stdout)
        case .question(let question):
            var lines = [OutputLine(.stdout, "? \(question.question)")]
            for (index, option) in question.options.enumerated() {
                lines.append(OutputLine(.stdout, "  \(index + 1)) \(option.label)"))
            }
            if question.allowCustom {
                lines.append(OutputLine(.stdout, question.options.isEmpty ? "  (type your answer)" : "  (or type your own answer)"))
            }
            return lines
        case .credentialRequest(let request):
            return credentialLines(request)
        case .credentialField(let name, let secret, let value):
            return [OutputLine(.echo, "\(name): \(secret ? "[hidden]" : value ?? "")")]
        case .previewSummary(let summary):
            return summary.sheets.map { sheet in
                OutputLine(
                    .stdout,
                    "preview: \(sheet.slug) \(Numbers.count(sheet.rows, "row")), \(Numbers.grouped(sheet.invalidRows)) invalid"
                        + (sheet.invalidCells > 0 ? " (\(Numbers.count(sheet.invalidCells, "cell")) in the sample)" : ""))
            }
        case .preview(let listing):
            let table = PreviewTable(width: width, color: color)
            return stdout(listing.sheets.flatMap { table.lines(for: $0, columns: listing.columns) })
        case .previewRows(let listing):
            return stdout(PreviewTable(width: width, color: color).lines(for: listing))
        case .status(let status):
            return stdout(statusLines(status))
        case .files(let files):
            guard !files.isEmpty else { return stdout(["No files uploaded yet. /upload PATH adds one."]) }
            return stdout(files.map { "  \($0.name)  \(Numbers.bytes($0.size))  \($0.contentType ?? "")  \(presenter.time($0.uploadedAt))" })
        case .templates(let templates):
            return stdout(
                templates.map { template in
                    let columns = template.columns.map { column in
                        column.name + (column.required ? "*" : "") + (column.unique ? " (unique)" : "")
                    }
                    return "\(template.effectiveSlug)  \(template.name): \(columns.joined(separator: ", "))"
                } + ["(* required)"])
        case .sources(let sources):
            guard !sources.isEmpty else { return stdout(["No sources."]) }
            return stdout(sources.map { "\($0.name)" + ($0.sourceKey.map { "  (connector: \($0))" } ?? "") })
        case .thread(let events):
            guard !events.isEmpty else { return stdout(["The thread is empty."]) }
            return stdout(events.map { event in
                "#\(event.sequence) \(event.type): \(event.text ?? String(decoding: (try? VernJSON.encoder().encode(event.data)) ?? Data(), as: UTF8.self))"
            })
        case .history(let entries):
            return stdout(entries.enumerated().map { "\(String($0.offset + 1).leftPadded(4))  \($0.element)" })
        case .help(let commands) where commands.count == 1:
            let command = commands[0]
            return stdout([command.usage, "  " + command.abstract] + (command.details.isEmpty ? [] : [""] + command.details))
        case .help(let commands):
            return stdout(
                [
                    "Free text changes the recipe (update) or asks about it (ask), as the prompt shows. A line that reads as",
                    "a question asks; start a line with ! to change the recipe or ? to ask, whatever the mode.",
                    "help, quit, exit and clear work without the slash. Commands may be shortened: /prev is /preview.",
                ]
                    + commands.map { command in
                        let padded = command.usage.count < 40 ? command.usage.padded(to: 40) : command.usage + "  "
                        return "  " + padded + command.abstract
                    })
        case .exported(_, let csv):
            return stdout(csv.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init))
        case .answer(let text):
            return indented(text, channel: .stdout)
        case .report(let report):
            let sheets = report.perSheet.map { "\($0.templateName) \(Numbers.grouped($0.rowCount))" }.joined(separator: ", ")
            return [
                OutputLine(
                    .stdout,
                    "executed: \(Numbers.count(report.inserted, "row")) inserted (\(sheets)); "
                        + "\(Numbers.count(report.invalidCellCount, "row")) with invalid cells"
                        + (report.droppedRowCount.flatMap { $0 > 0 ? "; \(Numbers.count($0, "row")) dropped by row rules" : nil } ?? ""))
            ]
        case .values(let question, let values):
            guard let values, !values.isEmpty else {
                return stdout(["The question lists everything it is about:", "  " + question.question])
            }
            return stdout(["\(values.count) values (\(question.id)):"] + values.map { "  " + $0 })
        case .migrations(let migrations, let open):
            guard !migrations.isEmpty else { return stdout(["No migrations."]) }
            let width = min(max(migrations.map(\.name.count).max() ?? 4, 4), 30)
            return stdout(
                migrations.map { migration in
                    let mark = migration.id == open ? "*" : " "
                    let name = migration.name.count > width ? String(migration.name.prefix(width - 1)) + "…" : migration.name
                    let active = (migration.lastActivityAt ?? migration.createdAt).map(presenter.time) ?? ""
                    return "\(mark) \(name.padded(to: width))  \(presenter.id(migration.id, kind: "MIGRATION"))  "
                        + "\(migration.status.wireValue.padded(to: 17))  \(active)"
                } + ["(* open; /open NAME or ID switches)"])
        case .uploadProgress, .clearScreen:
            return []
        }
    }

    private func stdout(_ lines: [String]) -> [OutputLine] { lines.map { OutputLine(.stdout, $0) } }

    private func statusLines(_ status: SessionStatus) -> [String] {
        let migration = status.migration
        let run = status.run.map { state in
            "run: \(state.run.kind) \(state.run.id) \(state.status)\(state.message.map { " · \($0)" } ?? "")"
        }
        return [
            "migration \(migration.name) (\(migration.id)): \(migration.status)",
            "templates: \(migration.templates.map(\.slug).joined(separator: ", "))",
            "mode: \(status.mode)",
            run ?? "run: none in flight",
        ]
    }

    /// The lines of `text`; a text without a newline byte (a pasted line of megabytes) is not
    /// walked a character at a time.
    static func lines(of text: String) -> [Substring] {
        var bytes = text
        let hasNewline = bytes.withUTF8 { buffer in buffer.baseAddress.map { memchr($0, 0x0A, buffer.count) != nil } ?? false }
        return hasNewline ? text.split(separator: "\n", omittingEmptySubsequences: false) : [text[...]]
    }

    private func indented(_ text: String, channel: OutputChannel) -> [OutputLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { OutputLine(channel, "  " + $0) }
    }

    private func credentialLines(_ request: CredentialRequest) -> [OutputLine] {
        let source = request.sourceName ?? request.sourceKey
        var lines = [OutputLine(.stdout, "\(source) needs credentials" + (request.reason.map { ": \($0)" } ?? "."))]
        if let guidance = request.guidance {
            if let summary = guidance.summary { lines.append(OutputLine(.stdout, "  \(summary)")) }
            for (index, step) in guidance.steps.enumerated() {
                lines.append(OutputLine(.stdout, "  \(index + 1). \(step)"))
            }
            for link in guidance.links {
                lines.append(OutputLine(.stdout, "  \(link.label): \(link.url)"))
            }
        }
        return lines
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
