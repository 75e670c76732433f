import Testing

@testable import VernAgent

@Suite struct RequiredLiteralsTests {
    @Test(arguments: [
        // Words outside optional parts are required (with their spaces); an optional letter ends the word before it.
        (#"(?:please )?drop (?:the )?rows? where"#, [["drop "], [" where"], ["row"]]),
        // A group of alternatives needs one of them; a quantifier of at least one keeps its word.
        (#"\b(?:trim|strip) (?:it|them)"#, [["trim", "strip"]]),
        (#"(?:abc){2} x"#, [["abc"]]),
        (#"(?:abc){0,2} x"#, []),
        // An alternative that needs nothing makes the whole group need nothing.
        (#"(?:trim|\w+) the notes"#, [[" the notes"]]),
        // Lookarounds, classes, flags and escapes match no known word.
        (#"(?=.*\bsplit\b)col[uo]mn(?<!x) e\.g\."#, [[" e.g."], ["col"]]),
        (#"(?-i)(?:[A-Z]\w+) owned by (?i:someone)"#, [[" owned by "], ["someone"]]),
        (#"(?<name>drop) (?#a comment)now"#, [["drop"], ["now"]]),
        // What the reading does not understand requires nothing, so the pattern always runs.
        (#"(?x) drop  rows"#, []),
        (#"\Qdrop\E rows"#, []),
    ] as [(String, [[String]])])
    func readsRequiredWords(pattern: String, expected: [[String]]) {
        #expect(Set(RequiredLiterals(pattern: pattern).words.map { Set($0) }) == Set(expected.map { Set($0) }))
    }

    @Test func turnsAwayOnlyTextsWithoutTheWords() throws {
        let pattern = try #require(Pattern(#"^(?:please )?drop (?:the )?rows? where (.+)$"#))
        #expect(pattern.firstMatch(in: "DROP Rows WHERE email is empty") != nil)
        #expect(pattern.firstMatch(in: "trim the notes") == nil)
        #expect(!pattern.literals.admits("trim the notes"))
        // Case-insensitive matching folds "ſ" onto "s": a text outside ASCII always runs.
        #expect(pattern.literals.admits("drop the roſe"))
        #expect(pattern.firstMatch(in: "drop the rowſ where x") != nil)
        // A NUL byte would hide the rest of the text from the C search: such a text always runs.
        #expect(pattern.literals.admits("x\u{0}drop rows where y"))
        #expect(pattern.replacing(in: "trim the notes", with: "$1") == "trim the notes")
    }
}
