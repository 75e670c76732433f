import Testing
import VernTerminal

struct CompletionTests {
    @Test func uniqueCandidateCompletesWithASpace() {
        #expect(CompletionAction.resolve(lineBeforeCursor: "/pre", candidates: ["/preview"]) == .insert("view "))
    }

    @Test func directoryCandidateGetsNoSpace() {
        #expect(CompletionAction.resolve(lineBeforeCursor: "/upload da", candidates: ["data/"]) == .insert("ta/"))
    }

    @Test func ambiguousCandidatesInsertTheCommonPrefixThenList() {
        #expect(CompletionAction.resolve(lineBeforeCursor: "/s", candidates: ["/status", "/stty"]) == .insert("t"))
        #expect(
            CompletionAction.resolve(lineBeforeCursor: "/st", candidates: ["/stty", "/status"])
                == .list(["/status", "/stty"]))
    }

    @Test func nonMatchingAndDuplicateCandidatesAreIgnored() {
        #expect(CompletionAction.resolve(lineBeforeCursor: "/x", candidates: ["/help"]) == .none)
        #expect(CompletionAction.resolve(lineBeforeCursor: "/he", candidates: ["/help", "/help"]) == .insert("lp "))
        #expect(CompletionAction.resolve(lineBeforeCursor: "", candidates: []) == .none)
    }

    @Test func currentWordIsAfterTheLastSpace() {
        #expect(CompletionAction.currentWord(of: "/export customers -o out") == "out")
        #expect(CompletionAction.currentWord(of: "/help ") == "")
        #expect(CompletionAction.currentWord(of: "/he") == "/he")
    }

    @Test func columnsFitTheWidth() {
        let text = CompletionAction.columns(["/a", "/bb", "/ccc", "/dddd"], width: 14)
        #expect(text == "/a     /bb\n/ccc   /dddd")
        #expect(CompletionAction.columns(["/only"], width: 2) == "/only")
    }
}
