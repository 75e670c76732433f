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
