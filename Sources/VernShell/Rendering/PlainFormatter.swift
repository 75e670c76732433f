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

/// Renders events as plain lines: the piped and `TERM=dumb` output, and the transcript body.
public struct PlainFormatter: Sendable {
    public var presenter: any Presenter

    public init(presenter: any Presenter) { self.presenter = presenter }

    /// The lines for `event`, in order.
    public func lines(for event: ShellEvent) -> [OutputLine] {
        switch event {
        case .banner(let lines):
            return lines.map { OutputLine(.stderr, $0) }
        case .input(let prompt, let text):
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
            return parts.enumerated().map { index, line in
                OutputLine(.echo, (index == 0 ? prompt : "... ") + line)
            }
        case .interrupt(let prompt):
            return [OutputLine(.echo, (prompt ?? "") + "^C")]
        case .endOfInput:
            return [OutputLine(.echo, "^D")]
        case .notice(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { OutputLine(.stderr, String($0)) }
        case .error(let message, let usage):
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
        case .output(let lines):
            return lines.map { OutputLine(.stdout, $0) }
        case .answer(let text):
            return indented(text, channel: .stdout)
        case .report(let report):
            let sheets = report.perSheet.map { "\($0.templateName) \(Numbers.grouped($0.rowCount))" }.joined(separator: ", ")
            return [
                OutputLine(
                    .stdout,
                    "executed: \(Numbers.count(report.inserted, "row")) inserted (\(sheets)); "
                        + "\(Numbers.count(report.invalidCellCount, "row")) with invalid cells")
            ]
        case .uploadProgress, .clearScreen:
            return []
        }
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
