import VernAPI
import VernShell

/// How a transcript lays out the shell's events: the canonical plain rendering (80 columns, no
/// colour, UTC), whatever the recording terminal looked like, without the progress lines of
/// runs at work (`queued`/`running`), whose number and place depend on polling timing.
struct TranscriptRendering: Sendable {
    let formatter: PlainFormatter

    init(presenter: any Presenter) {
        formatter = .canonical(presenter: presenter)
    }

    /// The lines `event` adds to a transcript.
    func lines(for event: ShellEvent) -> [OutputLine] {
        switch event {
        case .banner, .uploadProgress: return []
        case .runStatus(_, let status, _) where status == .queued || status == .running: return []
        default: return formatter.lines(for: event)
        }
    }
}
