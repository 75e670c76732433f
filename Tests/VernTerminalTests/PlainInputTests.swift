import Foundation
import Testing

@testable import VernTerminal

/// Script input is split into lines in one pass, however long a line is.
struct PlainInputTests {
    /// Writes `bytes` into a pipe from another thread and returns the read end.
    private func pipe(_ bytes: [UInt8]) -> Int32 {
        var fds: [Int32] = [0, 0]
        _ = Glibc.pipe(&fds)
        let writer = fds[1]
        Thread.detachNewThread {
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                offset += n
            }
            close(writer)
        }
        return fds[0]
    }

    @Test func aFiveMegabyteLineIsSearchedOnce() {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 5 << 20)
        let bytes = Array("first\r\n".utf8) + long + Array("\nlast".utf8)
        let fd = pipe(bytes)
        defer { close(fd) }
        let input = BufferedInput(fd: fd)
        #expect(input.nextLine() == "first")
        let line = input.nextLine()
        #expect(line?.utf8.count == long.count)
        #expect(input.nextLine() == "last", "a last line without a newline is returned")
        #expect(input.nextLine() == nil)
        #expect(input.bytesSearched == bytes.count, "every byte examined once: linear")
    }

    @Test func manyShortLinesAcrossChunkBoundaries() {
        let lines = (0..<50_000).map { "line \($0)" }
        let bytes = Array(lines.joined(separator: "\n").utf8) + [UInt8(ascii: "\n")]
        let fd = pipe(bytes)
        defer { close(fd) }
        let input = BufferedInput(fd: fd)
        var read: [String] = []
        while let line = input.nextLine() { read.append(line) }
        #expect(read == lines)
        #expect(input.bytesSearched == bytes.count)
    }
}
