import VernAPI
import VernShell

/// How a transcript lays out the shell's events: the canonical plain rendering (80 columns, no
/// colour, UTC), whatever the recording terminal looked like, without the progress lines of
/// runs at work (`queued`/`running`), whose number and place depend on polling timing; entered
/// lines carry the `> ` marker and output lines that would read as syntax are escaped
/// (see ``TranscriptLines``).
struct TranscriptRendering: Sendable {
    let formatter: PlainFormatter

    init(presenter: any Presenter) {
        formatter = .canonical(presenter: presenter)
    }

    /// The lines `event` adds to a transcript.
    func lines(for event: ShellEvent) -> [String] {
        switch event {
        case .banner, .uploadProgress: return []
        case .runStatus(_, let status, _) where status == .queued || status == .running: return []
        case .input:
            return formatter.lines(for: event).enumerated().map { index, line in
                (index == 0 ? TranscriptLines.input : TranscriptLines.continuation) + line.text
            }
        default:
            return formatter.lines(for: event).map { line in
                line.channel == .echo ? TranscriptLines.input + line.text : TranscriptLines.output(line.text)
            }
        }
    }
}
