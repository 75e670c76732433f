import Foundation
import Testing
import VernAPI
@testable import VernAgent
import VernRecipe

/// How a careful newcomer asks (a request asked as a question, with doubts, apologies and worries
/// around it, and "what would happen if …" before asking), and how voice-to-text writes a request
/// (no marks, numbers and marks said as words, corrections in the same breath); rows named by the
/// person or the company on them, and corrections of the last step. Phrasings of our own.
@Suite struct HedgedAndDictatedWordingTests {
    /// The small file of `ConversationTests`, with two more rows of one company group and a second Ada.
    private static let csv = smallCSV + """
        7,Ada,Byron,ada@byron.org,020 7946 0001,Globex Energy,globex.com,2021-04-06,web,Bob
        8,Hank,Scorpio,hank@globex.com,555-0199,Globex Capital LLC,globex.com,2021-04-07,web,Eve

        """

    /// The rows of the preview, by their record id.
    private static func ids(_ session: Session) async throws -> [String] {
        try #require(try await session.preview().sheets.first).rows.dropFirst().map { $0[0] }
    }

    @Test func aPersonIsDroppedByNameAndBroughtBack() async throws {
        try await Session.with { session in
            try await session.generated(Self.csv)
            let said = try await session.update("drop Edsger Dijkstra, he left")
            #expect(said.contains("(row 4, Edsger Dijkstra)"), "\(said)")
            #expect(try await Self.ids(session) == ["1", "2", "3", "5", "6", "7", "8"])
            _ = try await session.update("bring him back")
            #expect(try await Self.ids(session).count == 8)
        }
    }

    /// A name on two rows asks which, by what else each row holds; a name on no row is refused.
    @Test func aNameOnTwoRowsAsksWhichAndOnNoneIsRefused() async throws {
        try await Session.with { session in
            try await session.generated(Self.csv.replacingOccurrences(of: "7,Ada,Byron", with: "7,Ada,Lovelace"))
            var run = try await session.start(.update, "drop Ada Lovelace")
            #expect(run.status == .blocked)
            let question = try #require(run.questions?.first)
            #expect(question.question == "Rows 1 and 7 are all named Ada Lovelace. Which one?")
            #expect(question.options.map(\.label) == ["Drop row 1 (ada@analytical.io, Analytical)", "Drop row 7 (ada@byron.org, Globex Energy)", "Leave the recipe as it is"])
            run = try await session.answer(run, "Drop row 7 (ada@byron.org, Globex Energy)")
            #expect(run.status == .awaitingApproval)
            #expect(try await Self.ids(session) == ["1", "2", "3", "4", "5", "6", "8"])
            let nobody = try await session.start(.update, "drop Ada Knuth")
            #expect(nobody.status == .failed)
            #expect(nobody.error?.contains("No row of contacts.csv is named Ada Knuth") == true, "\(nobody.error ?? "")")
        }
    }

    /// "the Globex contacts": companies whose names open with the word ask, offering them all; the
    /// reading offered drops every one.
    @Test func aCompanyGroupAsksThenNamesItsRows() async throws {
        try await Session.with { session in
            try await session.generated(Self.csv)
            var run = try await session.start(.update, "remove everyone at Globex")
            #expect(run.status == .blocked)
            let question = try #require(run.questions?.first)
            #expect(question.question.contains("2 values of Company start with \"Globex\" (globex capital llc and globex energy; 2 rows)"), "\(question.question)")
            run = try await session.answer(run, "Drop the rows whose Company starts with Globex")
            #expect(run.status == .awaitingApproval)
            #expect(try await Self.ids(session) == ["1", "2", "3", "4", "5", "6"])
        }
    }

    /// The last change corrected by what was meant: another row, another value, or the rows brought back.
    @Test func theLastStepCorrected() async throws {
        try await Session.with { session in
            try await session.generated(Self.csv)
            _ = try await session.update("drop row 4")
            _ = try await session.update("oops not row 4, row 5")
            #expect(try await Self.ids(session) == ["1", "2", "3", "4", "6", "7", "8"])
            _ = try await session.update("no, 6")
            #expect(try await Self.ids(session) == ["1", "2", "3", "4", "5", "7", "8"])
            _ = try await session.update("wait no bring those rows back")
            #expect(try await Self.ids(session).count == 8)
            _ = try await session.update("map Contact Owner to notes")
            // ("lead source" names a source column and a template column: which part was wrong is asked.)
            let both = try await session.start(.update, "no the other one, lead source")
            #expect(both.questions?.first?.options.map(\.label).contains("Map Lead Source to notes") == true, "\(both.questions?.first?.question ?? "")")
        }
    }

    /// "What would happen if …": the change tried on a copy, with its effect by row; the recipe stays.
    @Test func aChangeAskedAboutIsTriedNotMade() async throws {
        try await Session.with { session in
            try await session.generated(Self.csv)
            let before = try await session.agent.state().recipe
            let answer = try await session.clarify("what would happen if we made the created date required? how many would fail")
            #expect(answer.contains("If you asked to make the created date required"), "\(answer)")
            #expect(answer.contains("Nothing is changed yet"), "\(answer)")
            let dropped = try await session.update("if we dropped the rows without a lead source, how many would we lose")
            #expect(dropped.contains("1 newly dropped: row 5"), "\(dropped)")
            #expect(try await session.agent.state().recipe == before)
            // (A condition that reads as no change is no change to try.)
            let unread = try await session.clarify("what if we frobnicate the phones?")
            #expect(!unread.contains("If you asked to"), "\(unread)")
        }
    }

    /// A question, then a request: both, the question on the recipe as it was.
    @Test func aQuestionThenARequest() async throws {
        try await Session.with { session in
            try await session.generated(Self.csv)
            let said = try await session.update("which rows have no email? drop them")
            #expect(said.contains("row 2"), "\(said)")
            #expect(said.contains("Then: rows with an empty email are now dropped"), "\(said)")
            #expect(try await Self.ids(session).count == 7)
        }
    }

    /// Doubts, apologies and worries around a request are set aside; a sentence that names another
    /// column is not.
    @Test(arguments: [
        ("Could we make the company names upper case? Not sure if that's a good idea but the CRM team asked for it.", "upper-case company"),
        ("Would it be possible to make the notes lower case? My manager finds the capitalised words distracting.", "lower-case notes"),
        ("Is it possible to make company optional? There's one contact without a company and I don't want to lose anyone.", "company is optional"),
        ("Would it be a problem to make company_domain required? Would that be okay?", "company_domain is required"),
        ("could we make email lower case again? Sorry for the back and forth.", "lower-case email"),
    ])
    func hedgesAroundARequest(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    @Test func aWorryNamingAnotherColumnIsNoHedge() throws {
        let said = PhrasingTests.edits(try PhrasingTests.parser(), "Could we make the company names upper case? My manager said the phones are German.")
        #expect(said != [.letterCase(targets: ["company"], transform: .upper)], "the sentence about the phones was set aside")
    }

    /// Speech-to-text: marks and numbers said as words, two requests without a mark between, a
    /// correction of a number in the same breath.
    @Test(arguments: [
        ("trim the first names and put quote unknown unquote when the company is empty", "trim first_name; default company to 'unknown'"),
        ("podcast is advertising chat is web and webinar is event", "map podcast to Advertising; map chat to Web; map webinar to Event"),
        ("so yeah bring the first name back map first name to first underscore name", "map First Name to first_name"),
        ("skip company domain we don't use it for anything", "don't import company_domain"),
        ("map webinar two event", "map webinar to Event"),
        ("drop rows one two three and for", "drop rows 1, 2, 3 and 4"),
        ("drop row one sorry three", "drop row 3"),
        ("mkae lead source requried", "lead_source is required"),
    ])
    func dictated(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A regret about a change, then the request that leans on it.
    @Test func aRegretThenTheRequest() async throws {
        try await Session.with { session in
            try await session.generated(Self.csv)
            _ = try await session.update("make phone required")
            let said = try await session.update("Sorry, I think making phone required was too strict. Could we make it optional again?")
            #expect(try await session.agent.state().recipe.sheets[0].column("phone")?.required != true, "\(said)")
        }
    }
}
