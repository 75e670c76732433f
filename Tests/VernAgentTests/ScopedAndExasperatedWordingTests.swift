import Foundation
import Testing
@testable import VernAgent
import VernRecipe

/// How an exasperated manager writes (capitals for emphasis, complaints, slang follow-ups) and how a
/// methodical analyst limits a request to some rows ("except row 3", "only where …"). A rule of a
/// column holds for every row, so a rule said for some rows asks; nothing said is passed over.
/// Phrasings of our own, on `PhrasingTests`' file.
@Suite struct ScopedAndExasperatedWordingTests {
    private static func edits(_ text: String) throws -> [Edit]? { PhrasingTests.edits(try PhrasingTests.parser(), text) }

    /// A column's rule said for only some rows asks, never made for all.
    @Test(arguments: [
        "read the dates day-first, except record 1003",
        "lower-case the company names only where the owner is Dev Ops",
        "make the phone required for the rows owned by Bob Ray",
        "title-case the last names unless the lifecycle stage is customer",
        "split Company on the last space and keep the first part, but only where the last word is Ltd",
    ])
    func aRuleForSomeRowsAsks(_ wording: String) throws {
        #expect(try Self.edits(wording) == nil, "\(wording)")
    }

    /// Conditions on empty values belong to fills and defaults, and rows kept back from a drop
    /// are rows: neither is a limit on a rule.
    @Test func fillsAndDropsKeepTheirConditions() throws {
        #expect(try Self.edits("when company is empty use Company Domain") != nil)
        #expect(try Self.edits("when notes is empty use 'tbc'") != nil)
        let parser = try PhrasingTests.parser()
        #expect(parser.rowScope("fill notes with 'tbc' only when it's empty") == nil)
        #expect(parser.rowScope("when company is empty use Company Domain") == nil)
        #expect(parser.rowScope("trim company except for row 2") == "except for row 2")
        // A value of the data that sorts rows is a limit; a column is not.
        #expect(parser.rowScope("lower-case the company names except the customers") == "except the customers")
        #expect(parser.rowScope("make every column optional except notes") == nil)
    }

    /// The rows a limit names may be the very rows the change is about: the values a map names, or
    /// numbers that already carry their country code.
    @Test func limitsTheChangeAlreadyKeepsAreNoLimits() throws {
        try PhrasingTests.expectSame("there's a lot of Other on rows where the source says podcast, those should be Referral", as: "map podcast to Referral")
        try PhrasingTests.expectSame("phones are British, apart from the ones that already have a + in front", as: "phones are British")
        #expect(try Self.edits("phones are British, apart from the ones owned by Bob Ray") == nil)
    }

    /// A complaint asked as a question, and emphasis, beside the request are set aside; "it" is the
    /// column complained of.
    @Test(arguments: [
        ("why on earth is the Company Domain going into the CRM?? leave it OUT", "don't import company domain"),
        ("who decided we need notes?? don't import Notes. NOW.", "don't import notes"),
        ("how is it possible that a contact without a phone passes?? phone is REQUIRED", "phone is required"),
        ("how hard is it to just drop the Dev Ops rows", "drop rows where Contact Owner is Dev Ops"),
        ("drop the Bob Ray rows. ALL of them", "drop rows where Contact Owner is Bob Ray"),
        ("make notes optional, and change nothing else", "notes is optional"),
        ("map chat to Event; leave every other mapping as it is", "map chat to Event"),
        ("phone is required (it should already be); if it is, change nothing", "phone is required"),
        ("first and last names are SWAPPED in the CRM!! put Last Name in first_name and First Name in last_name", "put Last Name in first_name and First Name in last_name"),
        ("seriously, lead source is NOT mandatory", "lead source is optional"),
        ("first names must be unique. flag every repeat!!", "first names must be unique"),
    ])
    func complaintsAndEmphasisAreSetAside(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A header written as it is names the column, never a word of another one: "First Name in
    /// last_name" is no first word of Last Name.
    @Test func aHeaderAsWrittenIsTheColumn() throws {
        #expect(try Self.edits("put Last Name in first_name and First Name in last_name")
            == [.map(target: "first_name", source: .column("Last Name")), .map(target: "last_name", source: .column("First Name"))])
        #expect(try Self.edits("put the first name in Contact Owner into notes") == [.map(target: "notes", source: .split(column: "Contact Owner", separator: " ", part: 0))])
    }

    /// Two-letter English words written in capitals are no regions, unless introduced as one.
    @Test func shoutedWordsAreNoRegions() throws {
        #expect(try Self.edits("the phone IS optional") == [.required(target: "phone", false)])
        #expect(try Self.edits("just DO it: phones are British") == [.phone(target: "phone", region: "GB")])
        #expect(try Self.edits("phone region IS") == [.phone(target: "phone", region: "IS")])
        #expect(Region.mentions(in: "it IS optional, and the phones are IN").isEmpty)
        #expect(Region.mentions(in: "phones are US numbers").map(\.region.code) == ["US"])
    }

    /// A quoted mark that no change carries means the reading passed it over.
    @Test func aQuotedMarkIsNeverPassedOver() throws {
        let joined: (String) -> [Edit] = { [.map(target: "notes", source: .combine(columns: ["Company", "Contact Owner"], separator: $0))] }
        let said = "notes should be Company followed by ': ' and then Contact Owner"
        #expect(InstructionParser.unusedMark(in: said, joined(" ")) == ": ")
        #expect(InstructionParser.unusedMark(in: said, joined(": ")) == nil)
        #expect(InstructionParser.unusedMark(in: "put 'n/a' in notes", []) == nil)
        // The mark between "followed by" and "and then" is the join's separator.
        try PhrasingTests.expectSame(said, as: "combine Company and Contact Owner into notes separated by ': '")
    }

    /// Rows said by a condition of their own beside a change are read, or asked about.
    @Test func rowsBesideAChangeAreNotPassedOver() throws {
        try PhrasingTests.expectSame("drop the Dev Ops rows and the rows where lifecycle stage is customer",
                                     as: "drop rows where Contact Owner is Dev Ops; drop rows where Lifecycle Stage is customer")
        try PhrasingTests.expectSame("phones are British, and the lifecycle stage 'other' rows can go",
                                     as: "phones are British; drop rows where Lifecycle Stage is other")
        #expect(try Self.edits("drop the Bob Ray rows AND the rows where Region says APAC") == nil)
        #expect(try Self.edits("phones are British, and the lifecycle stage rows can go") == nil)
    }

    /// Colloquial and terse follow-ups reach the plain request.
    @Test(arguments: [
        ("tidy up the company names, a few have spaces at the end", "trim company"),
        ("stop loading Record ID into external_id", "don't import external_id"),
        ("Record ID also goes into notes", "put Record ID in notes"),
        ("blank notes - whack 'tbc' in there", "when notes is empty use 'tbc'"),
        ("defualt lead source = Web when its blank", "when lead source is empty use Web"),
        ("where there's no lead source chuck in Event", "when lead source is empty use Event"),
        ("last names can double up", "last_name doesn't need to be unique"),
        ("chat isn't Web, make it Event", "map chat to Event"),
        ("the podcast ones - count em as Advertising", "map podcast to Advertising"),
        ("webinar, podcast and chat all go in Event", "map webinar, podcast and chat to Event"),
        ("reckon notes should come off the Contact Owner column", "map Contact Owner to notes"),
        ("a couple of things: phone is required, company is optional", "phone is required; company is optional"),
        ("notes to hold the Contact Owner", "put Contact Owner in notes"),
        ("keep the email as is but put Lifecycle Stage in notes", "put Lifecycle Stage in notes"),
        ("don't import Notes. Leave that column out of the load.", "don't import notes"),
        ("the owner's going to confuse the CRM, don't import Contact Owner", "don't import Contact Owner"),
    ])
    func colloquialFollowUps(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// A step back said beside the rows it brings back, or the change it keeps, is the step back;
    /// a kept change that is the last one asks.
    @Test func stepsBackWithWhatTheyKeep() throws {
        let dropped = try TakeBacksTests.parser(after: "drop record 1003")
        #expect(dropped.parse("oops, bring those rows back, undo that").command == .undo(1))
        #expect(dropped.parse("actually keep 1003, undo that").command == .undo(1))
        #expect(dropped.parse("actually keep 1004, undo that").command == nil)
        let mapped = try TakeBacksTests.parser(after: "map chat to Event")
        #expect(mapped.parse("roll back the last change only (keep the date decision)").command == .undo(1))
        #expect(mapped.parse("roll back the last change only (keep the chat decision)").command == nil)
        // ("put company back like it was" asks for the letters it had, never the mapping it still has.)
        let cased = try TakeBacksTests.parser(after: "upper-case the company names")
        #expect(cased.parse("put company back like it was").command != .edits([.map(target: "company", source: .column("Company"))]))
    }
}

private extension Result where Success == Command {
    /// The command read, or nil when the message asks.
    var command: Command? { if case .success(let command) = self { command } else { nil } }
}
