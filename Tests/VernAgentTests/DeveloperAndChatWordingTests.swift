import Foundation
import Testing
@testable import VernAgent
import VernRecipe

/// How a developer writes a request as code or configuration, and how someone types it on a phone in
/// a team chat: settings as `key=value`, assignments and calls, comments after the code; letters and
/// digits standing for words, a condition asked as a question. Phrasings of our own, on
/// `PhrasingTests`' file.
@Suite struct DeveloperAndChatWordingTests {
    private static func failure(_ text: String) throws -> InstructionParser.Failure? {
        guard case .failure(let failure) = try PhrasingTests.parser().parse(text) else { return nil }
        return failure
    }

    /// A column's settings written as configuration.
    @Test(arguments: [
        ("company_domain: required=true", "company_domain is required"),
        ("email: nullable=true", "email is optional"),
        ("lastName: {unique: false}", "last_name doesn't need to be unique"),
        ("notes: { required: true, unique: false }", "notes is required; notes doesn't need to be unique"),
        ("created_date: monthFirst=true", "created dates are month first"),
        ("company: !required", "company is optional"),
        ("phone !nullable", "phone is required"),
        ("lead_source: { chat: Web, 'Trade Show': Event }", "map chat to Web; map Trade Show to Event"),
    ])
    func settingsAsConfiguration(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// Assignments, calls and statements, with a comment after them said as a reason.
    @Test(arguments: [
        ("notes += `Contact Owner`", "append Contact Owner to notes"),
        ("append(notes, `Lifecycle Stage`, sep=' | ')", "append Lifecycle Stage to notes separated by ' | '"),
        ("last_name = last_word(`Last Name`)  // particles are noise", "use the last word of Last Name for last_name"),
        ("notes = split(`Contact Owner`, ' ')[0]", "use the first word of Contact Owner for notes"),
        ("last_name.toUpperCase()", "upper-case last_name"),
        ("lead_source['Webinar'] = 'Event'", "map Webinar to Event"),
        ("leadSource.map('podcast' -> 'Advertising')", "map podcast to Advertising"),
        ("UPDATE lead_source SET 'Referral' WHERE source IN ('podcast', 'chat')", "map podcast and chat to Referral"),
        ("notes ?? 'n/a'", "default notes to n/a"),
        ("company.default = 'Unknown'", "default company to Unknown"),
        ("if notes is null then 'none yet'", "default notes to 'none yet'"),
        ("first_name = first_name ?? lastName", "when first_name is empty use Last Name"),
        ("company := COALESCE(`Company`, `Company Domain`)", "when company is empty use Company Domain"),
        ("DISTINCT ON (company_domain)", "company_domain must be unique, keep the first"),
        ("ALTER email DROP UNIQUE", "email does not need to be unique"),
        ("rows.filter(r => r.leadSource !== 'Chat')", "drop rows where Lead Source is Chat"),
        ("WHERE lifecycle = 'lead' -> drop", "drop rows where Lifecycle Stage is lead"),
        ("region(phone) := Germany", "phones are German"),
        ("s/webinar/Event/ in lead_source", "map webinar to Event"),
        ("phone: required // the dialer cannot work without one", "phone is required"),
    ])
    func statementsAndCalls(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// Steps back written as commands.
    @Test(arguments: [("undo(n=2)", 2), ("rollback --steps=3", 3), ("git reset --hard HEAD~1", 1)])
    func stepsBackAsCommands(_ wording: String, _ count: Int) throws {
        guard case .success(.undo(let steps)) = try PhrasingTests.parser().parse(wording) else {
            Issue.record("\(wording) is no step back")
            return
        }
        #expect(steps == count)
    }

    /// A quoted separator, or a web address, is no comment.
    @Test func slashesInsideQuotesStay() throws {
        try PhrasingTests.expectSame("Append Lifecycle Stage to Notes (separator: ' // ')", as: "append Lifecycle Stage to notes separated by ' // '")
    }

    /// A team chat's shorthand: letters and digits for words, never a row number or a count.
    @Test(arguments: [
        ("last name shld b required", "last_name is required"),
        ("lifecycle stage goes in2 notes", "map Lifecycle Stage to notes"),
        ("no need 4 notes, dont import em", "don't import notes"),
        ("chat n linkedin r advertising", "map chat and LinkedIn to Advertising"),
        ("drop the rows w no company", "drop rows without a company"),
        ("every1 needs an email", "email is required"),
        ("the phone has 2 be filled", "phone is required"),
        ("company can b empty", "company is optional"),
        ("drop rows 3 and 4", "drop rows 3 and 4"),
        ("drop 4 and 2 too", "drop rows 4 and 2"),
    ])
    func chatShorthand(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// "go back 2 steps" is a count, never "go back to steps".
    @Test func aCountStaysACount() throws {
        guard case .success(.undo(let steps)) = try PhrasingTests.parser().parse("go back 2 steps") else {
            Issue.record("no step back")
            return
        }
        #expect(steps == 2)
    }

    /// Duplicates and requirements said in a chat's few words.
    @Test(arguments: [
        ("dupe last names r fine", "last_name does not need to be unique"),
        ("only one contact per email, first one wins", "email must be unique, keep the first"),
        ("get rid of the duplicates on company domain, keep the first", "company_domain must be unique, keep the first"),
        ("each email only once, flag the rest", "email must be unique"),
        ("the company is a must-have", "company is required"),
        ("everyone needs a phone", "phone is required"),
        ("webinar isnt other its event", "map webinar to Event"),
        ("cut the last word off the last names", "split last_name on the last space and keep the first part"),
    ])
    func duplicatesAndRequirements(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A condition asked as a question, then what to do.
    @Test func aConditionAskedAsAQuestion() throws {
        try PhrasingTests.expectSame("company blank? use 'n/a'", as: "default company to n/a")
        try PhrasingTests.expectSame("no notes? fill w/ the owner name", as: "when notes is empty use Contact Owner")
    }

    /// Unquoted words that name a column are never written as the value: "the owner name" is Contact Owner.
    @Test func theOwnerNameIsAColumn() throws {
        try PhrasingTests.expectSame("put the owner's name in notes", as: "map Contact Owner to notes")
        try PhrasingTests.expectSame("lifecycle into notes", as: "map Lifecycle Stage to notes")
    }

    /// What goes either way, or names no column, asks.
    @Test func whatCannotBePlacedAsks() throws {
        // An arrow between two names each both a file's and the template's column.
        let either = try #require(try Self.failure("notes -> last name"))
        #expect(Set(either.readings) == ["use Last Name for notes", "use Notes for last_name"])
        // A name in code quotes after "use" is a column; one the file lacks asks, never becomes the text.
        #expect(try Self.failure("company: when blank use `Region`") != nil)
        // "not needed" of a column that must have a value: may it be empty, or is it not imported?
        let needed = try #require(try Self.failure("email not needed"))
        #expect(Set(needed.readings) == ["email is optional", "Don't import email"])
        // (Of a column that may be empty, it is not imported.)
        try PhrasingTests.expectSame("notes not needed", as: "don't import notes")
    }

    /// The pronoun of a rule after a remark stands for the column the rows lack; a colon opens why.
    @Test func remarksBeforeAndAfter() throws {
        try PhrasingTests.expectSame("the dialer skips anyone without a phone, make it mandatory", as: "phone is required")
        try PhrasingTests.expectSame("Company should be optional: contacts without one are fine as they are", as: "company is optional")
        try PhrasingTests.expectSame("skip every contact that has no source", as: "drop rows where lead source is empty")
        // (A few words after the colon are no explanation: the request is cut short, and asks.)
        #expect(try Self.failure("Default phone region: is") != nil)
    }
}
