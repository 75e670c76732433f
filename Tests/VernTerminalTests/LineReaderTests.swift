import Foundation
import Testing
import VernTerminal

struct SecretInputTests {
    @Test func secretInputNeverDescribesTheSecret() {
        let input = SecretInput.value("hunter2")
        #expect(!"\(input)".contains("hunter2"))
        #expect(!String(reflecting: input).contains("hunter2"))
    }
}

struct PlainLineReaderTests {
    @Test func readsLinesWithoutNewlinesThenEOF() async throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let text = "one\r\ntwo\n\nlast without newline"
        _ = text.withCString { write(fds[1], $0, strlen($0)) }
        close(fds[1])
        let reader = PlainLineReader(fileDescriptor: fds[0])
        defer { close(fds[0]) }
        #expect(await reader.readLine(prompt: "ignored> ") == .line("one"))
        #expect(await reader.readLine(prompt: "ignored> ") == .line("two"))
        #expect(await reader.readLine(prompt: "ignored> ") == .line(""))
        #expect(await reader.readLine(prompt: "ignored> ") == .line("last without newline"))
        #expect(await reader.readLine(prompt: "ignored> ") == .eof)
        #expect(await reader.readSecret(prompt: "token: ") == .unavailable)
    }
}
