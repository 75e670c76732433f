import Foundation
import Testing
@testable import VernAgent
import VernRecipe

/// How a writer of English as a second language, and a sales-ops writer who speaks of people and
/// the CRM, say their requests: the place before the thing put there, "put it required", a remark
/// with its subject left out, a value said with the condition that the column is empty, the values
/// no entry maps said by what they are. Phrasings of our own, on `PhrasingTests`' file.
@Suite struct SecondLanguageWordingTests {
    private static func failure(_ text: String) throws -> InstructionParser.Failure? {
        guard case .failure(let failure) = try PhrasingTests.parser().parse(text) else { return nil }
        return failure
    }

    /// Word orders and verbs of another language, read as the plain request.
    @Test(arguments: [
        ("put the phone like required", "phone is required"),
        ("please put the company domain unique", "company_domain must be unique"),
        ("put email not obligatory", "email is optional"),
        ("the first name not need to be unique", "first_name doesn't need to be unique"),
        ("the notes can stay empty", "notes is optional"),
        ("map to Event the value podcast", "map podcast to Event"),
        ("put in the notes the Contact Owner", "map Contact Owner to notes"),
        ("add at the end of the notes the Lifecycle Stage, with ' / ' between", "append Lifecycle Stage to notes separated by ' / '"),
        ("keep E-mail Address for the email", "map E-mail Address to email"),
    ])
    func wordOrdersOfAnotherLanguage(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// More of the same writers' phrasings: a condition without its subject, a rule said as a state,
    /// the values outside the list, rows put back by what they are.
    @Test(arguments: [
        ("the company when is blank must be 'No company'", "default company to 'No company'"),
        ("the notes, when they are blank, should read TBC", "default notes to TBC"),
        ("leads without a signup date: put 2020-02-02", "default created_date to 2020-02-02"),
        ("the field of the last name must be without spaces at the beginning and the end", "trim last_name"),
        ("Lifecycle Stage should remain not imported", "don't import Lifecycle Stage"),
        ("the email is optional from now", "email is optional"),
        ("last_name should be First Name and Last Name together with a comma between", "combine First Name and Last Name into last_name separated by ', '"),
        ("lead source: leave the values outside the allowed options flagged", "don't map the unknown lead sources to Other, leave them invalid"),
        ("The phones are Finnish. Not American.", "phones are Finnish"),
    ])
    func moreOfTheirPhrasings(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// Rows put back by what they are lift the drop that named them.
    @Test func rowsPutBackByWhatTheyAre() throws {
        var parser = try PhrasingTests.parser()
        parser.previous = try #require(PhrasingTests.edits(parser, "drop the rows owned by Dev Ops"))
        let kept = PhrasingTests.edits(parser, "put the Dev Ops contacts back, we changed our mind about dropping them")
        guard case .dropRows(let condition)? = parser.previous.first else {
            Issue.record("no drop to put back")
            return
        }
        #expect(kept == [.keepRows(condition)])
    }

    /// A remark after the request, its subject often left out, asks nothing of its own.
    @Test(arguments: [
        ("make the first name optional, is not a problem", "first_name is optional"),
        ("map Contact Owner to notes, we were wrong earlier", "map Contact Owner to notes"),
        ("the last name can be empty, remove the requirement", "last_name is optional"),
        ("trim the company, do the needful", "trim company"),
        ("make the phone optional, some contacts don't have one", "phone is optional"),
        ("keep E-mail Address for the email, it's correct like that", "map E-mail Address to email"),
    ])
    func remarksWithTheirSubjectLeftOut(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A value written into a column when it is empty is its default; the condition names that column
    /// or none, and another column's emptiness is no default.
    @Test func aValueForTheEmptyOnes() throws {
        try PhrasingTests.expectSame("Default the company to 'No company' for rows where Company is blank", as: "default company to 'No company'")
        try PhrasingTests.expectSame("defualt notes n/a when its empty", as: "default notes to n/a")
        try PhrasingTests.expectSame("write TBC into notes wherever it is missing", as: "default notes to TBC")
        try PhrasingTests.expectSame("set the lead source to Referral for every row where it is empty", as: "set lead_source to Referral when it is empty")
        #expect(try Self.failure("set notes to 'none' where Company is empty") != nil)
    }

    /// A join said with its target first, in code, or with the mark between "followed by" and "then".
    @Test func joinsSaidOtherWays() throws {
        try PhrasingTests.expectSame("Set notes to Lifecycle Stage and Contact Owner joined with ' - '", as: "combine Lifecycle Stage and Contact Owner into notes separated by ' - '")
        try PhrasingTests.expectSame("notes += ' // ' + Lifecycle Stage", as: "append Lifecycle Stage to notes separated by ' // '")
        try PhrasingTests.expectSame("notes should be Contact Owner followed by ' : ' and then Lifecycle Stage", as: "combine Contact Owner and Lifecycle Stage into notes separated by ' : '")
        try PhrasingTests.expectSame("put in notes the Lifecycle Stage and the Contact Owner separated with ', '", as: "combine Lifecycle Stage and Contact Owner into notes separated by ', '")
    }

    /// The values no entry maps, said by what they are, all become one allowed value.
    @Test(arguments: [
        "all the other sources put Referral",
        "chuck the rest under Referral",
        "the sources we don't know, put them in Referral",
        "anything that isn't mapped yet should come in as Referral",
        "the remaining values -> Referral",
    ])
    func theRestSaidByWhatItIs(_ wording: String) throws {
        try PhrasingTests.expectSame(wording, as: "anything else in lead source becomes Referral")
    }

    /// A part of a column said with the place, or the source, first.
    @Test(arguments: [
        ("from Last Name take only the last word for last_name", "put the last word of Last Name into last_name"),
        ("of the company keep only the part before the last space", "company = everything before the last space of Company"),
        ("company: keep everything before the last space", "company = everything before the last space of Company"),
        ("from Contact Owner we want just the part after the first word, put it into notes", "put everything after the first word of Contact Owner into notes"),
        ("in the notes only the first word of Contact Owner", "put the first word of Contact Owner into notes"),
    ])
    func partsSaidInAnotherOrder(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// Values listed in brackets, or the people a value names, are the values mapped.
    @Test func valuesSaidInBracketsOrByThePeople() throws {
        try PhrasingTests.expectSame("the show leads (trade show, webinar) are Event", as: "map trade show and webinar to Event")
        try PhrasingTests.expectSame("people who came through chat should be Web", as: "map chat to Web")
    }

    /// A part naming a value of the data that the reading leaves alone is asked about, never dropped:
    /// "chat is Sales" (no allowed value), "nobody from Dev Ops" (rows the change does not name).
    @Test func aValueThePartNamesIsNeverPassedOver() throws {
        #expect(try Self.failure("podcasts are Advertising and chat is Support") != nil)
        #expect(try Self.failure("new rules: first names in capitals, podcast = Advertising, and nobody from Dev Ops") != nil)
    }
}
