import Foundation
import Synchronization

/// The reader for a non-interactive standard input (a piped script).
///
/// No prompt is printed, nothing is recorded in history, lines come back without their `\n` (and
/// without a `\r` before it), and ``LineInput/eof`` ends the input. ``readSecret(prompt:)`` returns
/// ``SecretInput/unavailable`` at once: a script must supply secrets another way. SIGINT is routed
/// to ``interrupts`` and never terminates the process.
public final class PlainLineReader: LineReader {
    private let thread = DedicatedThread(name: "vern.plain-reader")
    private let input: BufferedInput

    /// Reads from a file descriptor (standard input by default).
    /// - Parameter fileDescriptor: The descriptor lines are read from.
    public init(fileDescriptor: Int32 = 0) {
        input = BufferedInput(fd: fileDescriptor)
        InterruptMonitor.shared.start()
    }

    /// Reads the next line; `prompt` is ignored.
    /// - Parameter prompt: Ignored (no prompt when not interactive).
    /// - Returns: The next line or ``LineInput/eof``.
    public func readLine(prompt: String) async -> LineInput {
        let input = self.input
        return await thread.perform { input.nextLine().map(LineInput.line) ?? .eof }
    }

    /// Always ``SecretInput/unavailable``, immediately.
    /// - Parameter prompt: Ignored.
    /// - Returns: ``SecretInput/unavailable``.
    public func readSecret(prompt: String) async -> SecretInput { .unavailable }

    /// Does nothing: scripts have no history.
    /// - Parameter line: Ignored.
    public func addHistory(_ line: String) {}

    /// Ctrl-C events from now on.
    public var interrupts: AsyncStream<Void> { InterruptMonitor.shared.subscribe() }
}

/// Line splitting over `read(2)`, retrying on EINTR (a SIGINT must not end the script).
private final class BufferedInput: @unchecked Sendable {
    private let fd: Int32
    private var pending: [UInt8] = []
    private var atEnd = false

    init(fd: Int32) { self.fd = fd }

    /// Called only on the reader thread.
    func nextLine() -> String? {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            if atEnd {
                guard !pending.isEmpty else { return nil }
                defer { pending.removeAll() }
                return String(decoding: pending, as: UTF8.self)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                pending.append(contentsOf: chunk[..<n])
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                atEnd = true
            }
        }
    }
}
