import Testing
@testable import VernAgent

@Suite struct SpelledNumbersTests {
    @Test(arguments: [
        ("drop row twelve", "drop row 12"),
        ("delete rows twelve, fourteen and thirty", "delete rows 12, 14 and 30"),
        ("what happened to record one zero zero one four six two", "what happened to record 1001462"),
        ("remove the record with id forty-two", "remove the record with id 42"),
        ("undo the last two changes", "undo the last 2 changes"),
        ("the forty second row is a test", "the 42nd row is a test"),
        ("drop rows fifty eight and sixty", "drop rows 58 and 60"),
    ])
    func readsNumbersMeantAsNumbers(said: String, read: String) {
        #expect(SpelledNumbers.read(said) == read)
    }

    @Test(arguments: [
        "no one uses the notes", "take the first name from First Name", "drop the last one", "merge them into one column",
        "one of them is a test", "the second word of the company", "oh and trim the company", "we have two columns for names",
    ])
    func leavesWordsThatAreNoNumber(said: String) {
        #expect(SpelledNumbers.read(said) == said)
    }
}
