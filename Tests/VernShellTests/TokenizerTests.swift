import Testing
@testable import VernShell

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("plain ASCII lines split on blanks in one pass; quotes, escapes and other text take the full path")
    func plainAndFull() throws {
        #expect(Tokenizer.plainWords("  /thread   a\tb\nc ") == ["/thread", "a", "b", "c"])
        #expect(try Tokenizer.split("  /thread   a\tb\nc ") == ["/thread", "a", "b", "c"])
        #expect(Tokenizer.plainWords("") == [])
        for line in [#"/rename "New name""#, #"a\ b"#, "caf\u{E9} bar", "a\r\nb", "it's"] {
            #expect(Tokenizer.plainWords(line) == nil, "\(line) is not plain")
        }
        #expect(try Tokenizer.split(#"/rename "New name" x"#) == ["/rename", "New name", "x"])
        #expect(try Tokenizer.split(#"a\ b"#) == ["a b"])
        #expect(try Tokenizer.split("caf\u{E9} bar") == ["caf\u{E9}", "bar"])
        // "\r\n" is one character, not a blank.
        #expect(try Tokenizer.split("a\r\nb") == ["a\r\nb"])
        let long = String(repeating: "x", count: 5_000_000)
        #expect(try Tokenizer.split("/thread \(long)") == ["/thread", long])
    }
}

@Suite("Long input lines")
struct LongInputLineTests {
    @Test("blanks are trimmed only when a line has them at either end")
    func trimming() {
        #expect(ShellSession.trimmingBlanks("  /status\t") == "/status")
        #expect(ShellSession.trimmingBlanks("/status") == "/status")
        #expect(ShellSession.trimmingBlanks("a b") == "a b")
        #expect(ShellSession.trimmingBlanks("\u{3000}x") == "x")
        #expect(ShellSession.trimmingBlanks("   ") == "")
        #expect(ShellSession.trimmingBlanks("") == "")
    }

    @Test("a text is split into lines at newlines only, and one without any stays whole")
    func lines() {
        #expect(PlainFormatter.lines(of: "a\nb\n") == ["a", "b", ""])
        #expect(PlainFormatter.lines(of: "a\r\nb") == ["a\r\nb"])
        #expect(PlainFormatter.lines(of: "") == [""])
        let long = String(repeating: "x", count: 5_000_000)
        #expect(PlainFormatter.lines(of: long) == [long[...]])
        #expect(PlainFormatter.lines(of: long + "\nend").count == 2)
    }
}
