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
///
/// Linear in the input: each byte is searched for a newline once (a long line read in many chunks
/// is not rescanned from its start), and consumed lines are dropped in one step per read.
final class BufferedInput: @unchecked Sendable {
    /// Bytes asked of each `read(2)`.
    static let chunkSize = 64 * 1024

    private let fd: Int32
    private var pending: [UInt8] = []
    private var start = 0  // where the next line begins in `pending`
    private var searched = 0  // `pending[start..<searched]` holds no newline
    private var atEnd = false
    /// Bytes examined while looking for newlines, for tests that check the cost stays linear.
    private(set) var bytesSearched = 0

    init(fd: Int32) { self.fd = fd }

    /// Called only on the reader thread.
    func nextLine() -> String? {
        while true {
            if let newline = pending[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                bytesSearched += newline + 1 - searched
                var end = newline
                if end > start && pending[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: pending[start..<end], as: UTF8.self)
                start = newline + 1
                searched = start
                return line
            }
            bytesSearched += pending.count - searched
            searched = pending.count
            if atEnd {
                guard start < pending.count else { return nil }
                defer { discardConsumed(all: true) }
                return String(decoding: pending[start...], as: UTF8.self)
            }
            discardConsumed(all: false)
            let count = pending.count
            pending.append(contentsOf: repeatElement(0, count: Self.chunkSize))
            let n = pending.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, Self.chunkSize) }
            let interrupted = n < 0 && errno == EINTR
            pending.removeLast(Self.chunkSize - max(n, 0))
            if interrupted { continue }
            if n <= 0 { atEnd = true }
        }
    }

    /// Drops the lines already returned (all of the buffer with `all`).
    private func discardConsumed(all: Bool) {
        if all {
            pending.removeAll()
        } else if start > 0 {
            pending.removeFirst(start)
        }
        searched -= all ? searched : start
        start = 0
    }
}
