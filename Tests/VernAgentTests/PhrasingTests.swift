import Foundation
import Testing
@testable import VernAgent
import VernRecipe
import VernAPI

/// Capabilities of the understanding pipeline, each checked on many phrasings of its own (none
/// taken from the corpora), on a file whose values differ from the demo file's.
@Suite struct PhrasingTests {
    static let csv = """
        Record ID,First Name,Last Name,E-mail Address,Phone,Company,Company Domain,Created Date,Lead Source,Contact Owner,Lifecycle Stage,Country,Notes
        1001, Ada ,Lovelace,ada@example.com,020 7946 0000,Analytical Engines,analytical.io,03/04/2021,webinar,Eve Stone,lead,UK,hi
        1002,Alan,Turing,,+44 20 7946 0001,Bletchley Park Ltd,bletchley.uk,13/04/2021,podcast,Bob Ray,customer,GB,
        1003,Grace,Hopper,grace@navy.mil,(415) 555-0100,Navy,navy.mil,2021-04-05,trade show,Dev Ops,lead,US,
        1004,Linus,Torvalds,linus@kernel.org,+358 40 123 4567,,kernel.org,2021-05-06,chat,Dev Ops,other,Finland,x

        """

    /// Expects `phrasing` to make exactly the edits its plain form `plain` makes.
    static func expectSame(_ phrasing: String, as plain: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard case .success(let expected) = try parser().parse(plain) else {
            Issue.record("plain form \"\(plain)\" failed", sourceLocation: sourceLocation)
            return
        }
        switch try parser().parse(phrasing) {
        case .success(let command): #expect(command == expected, "\(phrasing)", sourceLocation: sourceLocation)
        case .failure(let failure): Issue.record("\"\(phrasing)\" failed: \(failure.reason)", sourceLocation: sourceLocation)
        }
    }

    /// The edits `parser` reads in `text`, or nil when it reads none (or an undo).
    static func edits(_ parser: InstructionParser, _ text: String) -> [Edit]? {
        guard case .success(.edits(let edits)) = parser.parse(text) else { return nil }
        return edits
    }

    static func parser() throws -> InstructionParser {
        let template = TargetTemplate(BuiltInTemplates.contacts)
        let profile = try Profiler.profile(name: "leads.csv", bytes: Array(csv.utf8))
        let sheet = RecipeBuilder.sheet(template: template, profile: profile, choices: RecipeBuilder.choose(template: template, profile: profile))
        return InstructionParser(scope: ColumnScope(template: template, profile: profile, sheet: sheet), sheet: sheet)
    }

    private func expect(_ phrasing: String, _ expected: [Edit], sourceLocation: SourceLocation = #_sourceLocation) throws {
        switch try Self.parser().parse(phrasing) {
        case .success(.edits(let edits)): #expect(edits == expected, "\(phrasing)", sourceLocation: sourceLocation)
        case .success(let command): Issue.record("\"\(phrasing)\" → \(command)", sourceLocation: sourceLocation)
        case .failure(let failure): Issue.record("\"\(phrasing)\" failed: \(failure.reason)", sourceLocation: sourceLocation)
        }
    }

    private func refuses(_ phrasing: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if case .success(let command) = try Self.parser().parse(phrasing) {
            Issue.record("\"\(phrasing)\" parsed as \(command)", sourceLocation: sourceLocation)
        }
    }

    static func dropOwner(_ value: String) -> Edit { .dropRows(RowCondition(column: "Contact Owner", when: .equals, value: value, inSource: true)) }
    static func dropID(_ value: String) -> Edit { .dropRows(RowCondition(column: "Record ID", when: .equals, value: value, inSource: true)) }

    /// A remark about the data before the instruction is set aside; its subject is what the
    /// instruction's pronouns stand for.
    @Test(arguments: [
        ("Dev Ops is a shared login, remove every row owned by Dev Ops", [dropOwner("dev ops")]),
        ("Dev Ops was never a person, drop the Dev Ops rows", [dropOwner("dev ops")]),
        ("those are all test accounts, drop rows owned by Dev Ops", [dropOwner("dev ops")]),
        ("Dev Ops isn't a salesperson so remove their rows", [dropOwner("dev ops")]),
        ("record 1003 is a test entry, don't migrate it", [dropID("1003")]),
        ("record 1002 was entered twice, leave it out", [dropID("1002")]),
        ("1004 is a demo contact, please drop it", [dropID("1004")]),
        ("record 1001 came from a trade fair scan, drop it", [dropID("1001")]),
        ("record 1003 is junk. Remove it.", [dropID("1003")]),
        ("record 1002 belongs to a competitor, get rid of it", [dropID("1002")]),
        ("webinar leads came from the marketing site so call them Web", [.picklistMap(target: "lead_source", values: ["webinar"], value: "Web")]),
        ("podcast signups came in by mail so they're Email", [.picklistMap(target: "lead_source", values: ["podcast"], value: "Email")]),
        ("chat leads were all from the website, so they are Web", [.picklistMap(target: "lead_source", values: ["chat"], value: "Web")]),
        ("podcast listeners came through ads, call them Advertising", [.picklistMap(target: "lead_source", values: ["podcast"], value: "Advertising")]),
        ("there are stray spaces in some last names, trim them", [.trim(targets: ["last_name"])]),
        ("some companies have spaces around them, strip them", [.trim(targets: ["company"])]),
        ("a few first names have blanks at the end, trim them please", [.trim(targets: ["first_name"])]),
        ("it's a messy export, trim the notes", [.trim(targets: ["notes"])]),
        ("this file came from the old CRM, lower-case the emails", [.letterCase(targets: ["email"], transform: .lower)]),
        ("these are our conference leads, trim every field", [.trim(targets: [])]),
    ])
    func remarksAreSetAsideAndTheirSubjectResolvesPronouns(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    /// A remark that carries a change, or an instruction that cannot be placed, is never dropped.
    @Test(arguments: [
        "Dev Ops should be dropped, frobnicate the notes", "Dev Ops is a shared login, blorp them",
        "webinar is Event, wibble the rest", "those are test records", "record 1003 is a test entry",
        "Dev Ops isn't a real owner, those are test records",
    ])
    func remarksNeverHideAnInstruction(_ phrasing: String) throws {
        try refuses(phrasing)
    }

    /// A part that restates the change just made adds nothing, and nothing else.
    @Test(arguments: [
        ("drop rows with an invalid email, leave those rows out", [Edit.dropRows(RowCondition(column: "email", when: .invalid))]),
        ("remove rows without a company, get rid of them", [.dropRows(RowCondition(column: "company", when: .empty))]),
        ("no two contacts with the same email, flag the duplicates", [.unique(target: "email", true)]),
        ("phone must be unique, just flag the repeats", [.unique(target: "phone", true)]),
        ("anything with a broken email shouldn't be loaded, just leave those rows out", [.dropRows(RowCondition(column: "email", when: .invalid))]),
    ])
    func restatementsAreAbsorbed(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    /// Trimming switched off, in many words; a column whose format always trims says so.
    @Test(arguments: [
        ("don't trim first_name", ["first_name"]), ("do not trim the last names", ["last_name"]), ("stop trimming Company", ["company"]),
        ("no longer trim the notes", ["notes"]), ("never trim notes", ["notes"]), ("no need to trim the company names", ["company"]),
        ("leave the spaces in the notes", ["notes"]), ("keep the whitespace around first names", ["first_name"]),
        ("notes shouldn't be trimmed", ["notes"]), ("company should not be trimmed", ["company"]), ("the first name doesn't need to be trimmed", ["first_name"]),
        ("don't strip whitespace from last name", ["last_name"]), ("stop stripping the company", ["company"]), ("no trimming on notes", ["notes"]),
        ("please don't trim First Name and Last Name", ["first_name", "last_name"]), ("quit trimming the notes", ["notes"]),
        ("dont trim company", ["company"]), ("do not strip the spaces from first name", ["first_name"]), ("no trim for last name", ["last_name"]),
        ("leave the blanks on the company", ["company"]),
    ])
    func trimmingSwitchedOff(_ phrasing: String, _ targets: [String]) throws {
        try expect(phrasing, [.untrim(targets: targets)])
    }

    @Test(arguments: [
        ("remove leading and trailing whitespace from the last names", ["last_name"]), ("clean up the spaces in company", ["company"]),
        ("strip the spaces around the notes", ["notes"]), ("remove the extra spaces from first names", ["first_name"]),
        ("trim First Name", ["first_name"]), ("trim company, thanks", ["company"]), ("strip notes", ["notes"]),
        ("remove surrounding whitespace in last name", ["last_name"]), ("clean up the whitespace in notes", ["notes"]),
        ("trim the last name entirely", ["last_name"]),
    ])
    func trimmingInManyWords(_ phrasing: String, _ targets: [String]) throws {
        try expect(phrasing, [.trim(targets: targets)])
    }

    @Test func untrimStopsTrimmingAndAFormatThatTrimsSaysSo() throws {
        var fixture = try Fixture()
        fixture.apply("don't trim first_name")
        #expect(fixture.sheet.column("first_name").map { SheetRecipe.isTrimmed($0.transforms) } == false)
        let report = fixture.apply("trim first name")
        #expect(report.changes == ["first_name: now trimmed"])
        try refuses("don't trim the phone")
    }

    /// Several values of one picklist: "both", "all" and a mistyped value.
    @Test(arguments: [
        ("webinar and podcast both go under Event", ["webinar", "podcast"], "Event"),
        ("Webinar, Podcast and Chat should all be Email", ["webinar", "podcast", "chat"], "Email"),
        ("podcast and chat both map to Advertising", ["podcast", "chat"], "Advertising"),
        ("webinar and trade show should both become Event", ["webinar", "trade show"], "Event"),
        ("chat and podcast all count as Other", ["chat", "podcast"], "Other"),
        ("Webinr and Podcst both go to Event", ["webinar", "podcast"], "Event"),
        ("trade show, webinar and podcast must all be Event", ["trade show", "webinar", "podcast"], "Event"),
        ("webinar leads and podcast leads both go to Referral", ["webinar", "podcast"], "Referral"),
        ("call chat leads Web", ["chat"], "Web"), ("label podcast as Advertising", ["podcast"], "Advertising"),
        ("tag webinar as Event", ["webinar"], "Event"), ("call the trade show ones Event", ["trade show"], "Event"),
    ])
    func severalValuesOfOnePicklist(_ phrasing: String, _ values: [String], _ value: String) throws {
        try expect(phrasing, [.picklistMap(target: "lead_source", values: values, value: value)])
    }

    /// The values left over, in many words.
    @Test(arguments: [
        ("anything unknown in lead source becomes Other", "Other"), ("anything in lead source we don't recognise should become Other", "Other"),
        ("fall back to Other for unknown lead sources", "Other"), ("unknown lead sources go to Other", "Other"),
        ("any value we can't map becomes Referral", "Referral"), ("unrecognised sources should be Other", "Other"),
        ("everything unmatched in lead source goes to Email", "Email"), ("values we don't know become Other", "Other"),
        ("anything left over in lead source becomes Other", "Other"), ("unmatched lead sources go to Web", "Web"),
    ])
    func leftoverValues(_ phrasing: String, _ value: String) throws {
        try expect(phrasing, [.picklistDefault(target: "lead_source", value: value)])
    }

    /// "default X V" is a value for the empty cells.
    @Test(arguments: [
        ("default lead source Other", "lead_source", "Other"), ("default the lead source Referral", "lead_source", "Referral"),
        ("default lead source to Web", "lead_source", "Web"), ("default notes 'n/a'", "notes", "n/a"),
    ])
    func defaultsWithoutTo(_ phrasing: String, _ target: String, _ value: String) throws {
        try expect(phrasing, [.defaultValue(target: target, value: value)])
    }

    /// Uniqueness on and off, said as a rule about rows or about marking.
    @Test(arguments: [
        ("there shouldn't be two contacts with the same last name", "last_name", true),
        ("there must not be two rows with the same email", "email", true),
        ("don't allow two records with the same phone", "phone", true),
        ("no two leads sharing the same company", "company", true),
        ("there can't be two contacts with an identical email", "email", true),
        ("do not mark email as unique", "email", false), ("don't flag phone as unique", "phone", false),
        ("stop marking the email as unique", "email", false), ("stop checking company for uniqueness", "company", false),
        ("no longer treat email as unique", "email", false), ("don't make external_id unique", "external_id", false),
    ])
    func uniquenessInManyWords(_ phrasing: String, _ target: String, _ value: Bool) throws {
        try expect(phrasing, [.unique(target: target, value)])
    }

    /// Conditional fill, with the condition said as "nothing in X" or "for rows with no X".
    @Test(arguments: [
        ("if there's nothing in Notes, fall back to the Contact Owner", "notes", ["Notes", "Contact Owner"]),
        ("when there is nothing in Company, use the Company Domain", "company", ["Company", "Company Domain"]),
        ("if there is no value in notes, take Lifecycle Stage", "notes", ["Notes", "Lifecycle Stage"]),
        ("for contacts with no company, copy the company domain in there", "company", ["Company", "Company Domain"]),
        ("for rows without notes, use Contact Owner", "notes", ["Notes", "Contact Owner"]),
        ("for records missing a first name, take the last name", "first_name", ["First Name", "Last Name"]),
        ("for contacts with no first name, copy the last name in there so the greeting isn't empty", "first_name", ["First Name", "Last Name"]),
        ("if there's no data in notes, fall back on Lifecycle Stage", "notes", ["Notes", "Lifecycle Stage"]),
    ])
    func conditionalFillSaidManyWays(_ phrasing: String, _ target: String, _ sources: [String]) throws {
        try expect(phrasing, [.map(target: target, source: .firstOf(columns: sources))])
    }

    /// A "value" for empty cells that names a column is a fill from that column, never the
    /// column's words as a literal.
    @Test(arguments: [
        ("blank notes -> take the Contact Owner", "notes", ["Notes", "Contact Owner"]),
        ("empty company = use the company domain", "company", ["Company", "Company Domain"]),
        ("missing first names -> use Last Name", "first_name", ["First Name", "Last Name"]),
    ])
    func aDefaultThatNamesAColumnFillsFromIt(_ phrasing: String, _ target: String, _ sources: [String]) throws {
        try expect(phrasing, [.map(target: target, source: .firstOf(columns: sources))])
    }

    /// A value list may name a value this file lacks (a later file may have it), as long as one
    /// of them is in the data and the others are short words that name no column.
    @Test func aValueListMayNameAValueTheFileLacks() throws {
        try expect(
            "map trade show and conference to Event",
            [.picklistMap(target: "lead_source", values: ["trade show", "conference"], value: "Event")])
        try refuses("map conference to Event")
        try refuses("map chat and the quarterly planning offsite to Event")
        try refuses("map chat and Notes to Event")
    }

    /// A quoted value after a column's name: the value of that column, never a value of another
    /// column that one of the name's words happens to be.
    @Test(arguments: [
        ("remove rows with lead source 'webinar'", "Lead Source", "webinar"),
        ("drop the contacts with Lifecycle Stage \"customer\"", "Lifecycle Stage", "customer"),
        ("get rid of records with contact owner 'Dev Ops'", "Contact Owner", "dev ops"),
    ])
    func aQuotedValueAfterAColumnName(_ phrasing: String, _ column: String, _ value: String) throws {
        try expect(phrasing, [.dropRows(RowCondition(column: column, when: .equals, value: value, inSource: true))])
    }

    /// Drops of rows said of "anything" or as rows that should not be loaded.
    @Test(arguments: [
        ("anything with a broken email address shouldn't be loaded", [Edit.dropRows(RowCondition(column: "email", when: .invalid))]),
        ("rows without a company should not be imported", [.dropRows(RowCondition(column: "company", when: .empty))]),
        ("any contact with an invalid phone mustn't be migrated", [.dropRows(RowCondition(column: "phone", when: .invalid))]),
        ("remove anything with a bad email", [.dropRows(RowCondition(column: "email", when: .invalid))]),
        ("drop anything without a company", [.dropRows(RowCondition(column: "company", when: .empty))]),
        ("delet record 1002", [dropID("1002")]), ("remov rows without a company", [.dropRows(RowCondition(column: "company", when: .empty))]),
        ("Dev Ops rows shouldn't be loaded", [dropOwner("dev ops")]),
    ])
    func dropsSaidOfAnythingOrAsNotLoaded(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    /// Rows by their position in the file, never read as record ids.
    @Test(arguments: [
        ("drop row 3", [3]), ("remove rows 2 and 4", [2, 4]), ("delete the 3rd row", [3]), ("get rid of the 1st and 2nd rows", [1, 2]),
        ("skip row #4", [4]), ("drop line 2", [2]), ("remove row number 3", [3]), ("please drop rows 1, 2 and 3", [1, 2, 3]),
    ])
    func rowsByPosition(_ phrasing: String, _ numbers: [Int]) throws {
        try expect(phrasing, numbers.map { Edit.dropRowNumber($0) })
    }

    @Test func aRowBeyondTheFileIsRefused() throws {
        try refuses("drop row 5")
        try refuses("remove rows 2 and 40")
    }

    /// The parts of a value around its first or last space.
    @Test(arguments: [
        ("notes = everything after the last space in Contact Owner", "notes", ColumnSource.split(column: "Contact Owner", separator: " ", part: -1)),
        ("last_name = everything before the last space in Company", "last_name", .splitName(column: "Company", part: .first)),
        ("notes should be everything before the first space in Contact Owner", "notes", .split(column: "Contact Owner", separator: " ", part: 0)),
        ("put everything before the first space in Contact Owner into notes", "notes", .split(column: "Contact Owner", separator: " ", part: 0)),
        ("take everything after the last space in Company into notes", "notes", .split(column: "Company", separator: " ", part: -1)),
        ("split Last Name on the last space, the part after it goes to notes", "notes", .split(column: "Last Name", separator: " ", part: -1)),
        ("split Company on the last space, the part before it goes to notes", "notes", .splitName(column: "Company", part: .first)),
        ("split Contact Owner on the first space and put the first part in notes", "notes", .split(column: "Contact Owner", separator: " ", part: 0)),
        ("company gets everything before the last space in Company", "company", .splitName(column: "Company", part: .first)),
        ("notes = the text after the last space in Company", "notes", .split(column: "Company", separator: " ", part: -1)),
    ])
    func partsAroundASpace(_ phrasing: String, _ target: String, _ source: ColumnSource) throws {
        try expect(phrasing, [.map(target: target, source: source)])
    }

    @Test(arguments: [
        "notes = everything after the first space in Contact Owner", "split Contact Owner on the first space, the part after it goes to notes",
        "put the rest of Contact Owner into notes", "everything after the first word of Contact Owner goes into notes",
        "take everything after the first word in Contact Owner into notes", "notes should be the rest of Contact Owner",
    ])
    func everythingAfterTheFirstWord(_ phrasing: String) throws {
        try expect(phrasing, [.map(target: "notes", source: .splitName(column: "Contact Owner", part: .rest))])
    }

    @Test func theRestOfAValueIsEverythingAfterItsFirstWord() throws {
        let parser = try Self.parser()
        var sheet = parser.sheet
        _ = sheet.apply([.map(target: "notes", source: .splitName(column: "Company", part: .rest))], template: parser.template)
        let engine = try RecipeEngine(recipe: Recipe(revision: 1, sheets: [sheet]), template: parser.template.api, sheet: sheet.sheet)
        let preview = try engine.preview(input: MemoryByteSource(Array(Self.csv.utf8)), limit: 10, scanWholeFile: true)
        let notes = try #require(preview.columns.firstIndex(of: "notes"))
        #expect(preview.rows.map { $0[notes] } == ["Engines", "Park Ltd", "", ""])
    }

    /// Combining with the sources first and a quoted separator.
    @Test(arguments: [
        (#"Contact Owner + " / " + Lifecycle Stage -> notes"#, ["Contact Owner", "Lifecycle Stage"], " / "),
        (#"Lifecycle Stage + ' | ' + Contact Owner into notes"#, ["Lifecycle Stage", "Contact Owner"], " | "),
        (#"Contact Owner and ' - ' and Lifecycle Stage go into notes"#, ["Contact Owner", "Lifecycle Stage"], " - "),
        (#"First Name + " " + Last Name => notes"#, ["First Name", "Last Name"], " "),
        (#"Company + ", " + Country into notes"#, ["Company", "Country"], ", "),
        (#"notes should read Company then Country, joined by ' / '"#, ["Company", "Country"], " / "),
    ])
    func combineWithTheSourcesFirst(_ phrasing: String, _ columns: [String], _ separator: String) throws {
        try expect(phrasing, [.map(target: "notes", source: .combine(columns: columns, separator: separator))])
    }

    /// Each row's phone region from a column, when the file has one; otherwise a refusal that
    /// names the columns it does have.
    @Test(arguments: [
        ("take the phone region from the Country column", "GB"), ("the country is in column Country, default UK", "GB"),
        ("use the Country column for the phone region", "GB"), ("region for phone = column 'Country'", "GB"),
        ("phone region per row from Country, default Germany", "DE"), ("read each row's country from the Country field", "GB"),
    ])
    func phoneRegionFromAColumn(_ phrasing: String, _ fallback: String) throws {
        var parser = try Self.parser()
        var sheet = parser.sheet
        _ = sheet.apply([.phone(target: "phone", region: "GB")], template: parser.template)
        parser = InstructionParser(scope: parser.scope, sheet: sheet)
        let result = parser.parse(phrasing)
        guard case .success(.edits(let edits)) = result else {
            Issue.record("\"\(phrasing)\" did not parse: \(result)")
            return
        }
        #expect(edits == [.phoneRegionColumn(target: "phone", column: "Country", fallback: fallback)])
    }

    @Test func aRegionColumnTheFileLacksIsRefusedNamingItsColumns() throws {
        guard case .failure(let failure) = try Fixture().parser.parse("take the phone region from the Country column") else {
            Issue.record("parsed without a Country column")
            return
        }
        #expect(failure.reason.contains("there is no source column \"Country\""))
        #expect(failure.reason.contains("Record ID, First Name"))
    }

    @Test func aRegionColumnReadsEachRowsRegion() throws {
        let parser = try Self.parser()
        var sheet = parser.sheet
        _ = sheet.apply([.phoneRegionColumn(target: "phone", column: "Country", fallback: "GB")], template: parser.template)
        let recipe = Recipe(revision: 1, sheets: [sheet])
        let engine = try RecipeEngine(recipe: recipe, template: parser.template.api, sheet: sheet.sheet)
        let preview = try engine.preview(input: MemoryByteSource(Array(Self.csv.utf8)), limit: 10, scanWholeFile: true)
        let phone = try #require(preview.columns.firstIndex(of: "phone"))
        #expect(preview.rows.map { $0[phone] } == ["+442079460000", "+442079460001", "+14155550100", "+358401234567"])
    }

    /// The words a message may carry around its instruction.
    @Test(arguments: [
        ("can we get the last names in all caps", [Edit.letterCase(targets: ["last_name"], transform: .upper)]),
        ("could we have the emails in lower case", [.letterCase(targets: ["email"], transform: .lower)]),
        ("drop the Phone column entirely", [.unmap(target: "phone")]),
        ("we don't need the notes in the CRM", [.unmap(target: "notes")]),
        ("bring Contact Owner back into notes", [.map(target: "notes", source: .column("Contact Owner"))]),
        ("put company back to how it was written, no upper casing", [.letterCase(targets: ["company"], transform: nil)]),
        ("strip the blanks around Last Name and copy it to notes",
         [.trim(targets: ["last_name"]), .map(target: "notes", source: .column("Last Name")), .trim(targets: ["notes"])]),
    ])
    func wordsAroundTheInstruction(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    /// Verb synonyms and sentence forms beyond the first ones taught.
    @Test(arguments: [
        ("we won't be needing the company domain", [Edit.unmap(target: "company_domain")]),
        ("get rid of the notes column please", [.unmap(target: "notes")]), ("ditch the notes", [.unmap(target: "notes")]),
        ("tidy up the whitespace around email addresses", [.trim(targets: ["email"])]),
        ("the created dates use the American order", [.date(target: "created_date", dayFirst: false)]),
        ("anything that doesn't fit the lead source list goes to Other", [.picklistDefault(target: "lead_source", value: "Other")]),
        ("a missing last name is fine", [.required(target: "last_name", false)]),
        ("it's fine if the company is empty", [.required(target: "company", false)]),
        ("it's fine if two contacts share an email", [.unique(target: "email", false)]),
        ("remove everyone owned by Dev Ops", [dropOwner("dev ops")]),
        ("toss rows where the phone is invalid", [.dropRows(RowCondition(column: "phone", when: .invalid))]),
        ("kill record 1002", [dropID("1002")]), ("exclude contact 1004 from the import", [dropID("1004")]),
        ("stick Contact Owner on the end of notes", [.map(target: "notes", source: .combine(columns: ["Notes", "Contact Owner"], separator: " "))]),
    ])
    func moreVerbsAndForms(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    @Test(arguments: [
        ("notes: Lifecycle Stage", [Edit.map(target: "notes", source: .column("Lifecycle Stage"))]),
        ("Notes column - skip it", [.unmap(target: "notes")]),
        ("i don't want the phone numbers imported at all", [.unmap(target: "phone")]),
        ("trim the whitespace off company names", [.trim(targets: ["company"])]),
        ("capitalize the first letter of every first name", [.letterCase(targets: ["first_name"], transform: .name(onlyUniform: false, everyWord: true))]),
        ("webinar and podcast are both Event", [.picklistMap(target: "lead_source", values: ["webinar", "podcast"], value: "Event")]),
        ("make phone a required field", [.required(target: "phone", true)]),
        ("make notes an optional field", [.required(target: "notes", false)]),
        ("each phone number should only appear once", [.unique(target: "phone", true)]),
        ("if the company is blank take it from Company Domain", [.map(target: "company", source: .firstOf(columns: ["Company", "Company Domain"]))]),
        ("lose the rows owned by Bob Ray", [dropOwner("bob ray")]),
        ("drop rows where email isn't valid", [.dropRows(RowCondition(column: "email", when: .invalid))]),
        ("bin record 1001 and record 1003", [dropID("1001"), dropID("1003")]),
        ("put first name and last name together in notes separated by a space",
         [.map(target: "notes", source: .combine(columns: ["First Name", "Last Name"], separator: " "))]),
    ])
    func topicsQuantifiersAndOtherForms(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    @Test(arguments: [
        ("Title case the names", [Edit.letterCase(targets: ["first_name", "last_name"], transform: .name(onlyUniform: false, everyWord: true))]),
        ("trim both names", [.trim(targets: ["first_name", "last_name"])]),
        ("notes = 'n/a' when blank", [.defaultValue(target: "notes", value: "n/a")]),
        ("lead source blank -> Web", [.defaultValue(target: "lead_source", value: "Web")]),
        ("notes should be 'none' when empty", [.defaultValue(target: "notes", value: "none")]),
    ])
    func namesAndDefaultsSaidTheOtherWayRound(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    @Test func goingBackNStepsUndoesN() throws {
        #expect(throws: Never.self) {
            guard case .success(.undo(2)) = try Self.parser().parse("go back two steps") else { throw InstructionParser.Failure(reason: "not undo 2") }
            guard case .success(.undo(3)) = try Self.parser().parse("step back 3 changes") else { throw InstructionParser.Failure(reason: "not undo 3") }
        }
    }

    /// Two parts that set one setting of one column differently are not guessed between.
    @Test(arguments: [
        "format phones for France and Germany", "company is required, and company is optional",
        "uppercase the company and lowercase the company", "dates are day first; dates are month first",
        "empty notes become 'a', and empty notes become 'b'",
    ])
    func conflictingPartsAreRefused(_ phrasing: String) throws {
        try refuses(phrasing)
    }

    @Test func anAcceptabilityWordIsNeverADefaultValue() throws {
        for phrasing in ["a missing last name is fine", "empty notes are ok", "a blank company is acceptable"] {
            if case .success(.edits(let edits)) = try Self.parser().parse(phrasing) {
                #expect(!edits.contains { if case .defaultValue = $0 { true } else { false } }, "\(phrasing)")
            }
        }
    }

    @Test func aMessageNearNothingCanBeAnsweredByLeavingTheRecipeAlone() throws {
        try expect(Interpretations.leaveAlone, [.note("the recipe is left as it is")])
        for phrasing in ["no", "swap them", "ok", "hmm", "thanks!", "hi."] { try refuses(phrasing) }
    }
}

/// The same instructions wrapped in remarks, politeness, reasons and typos: every wrapping must
/// give exactly the edits of the bare instruction (phrasings built as a cross product).
@Suite struct WrappedPhrasingTests {
    static let instructions: [(String, [Edit])] = [
        ("trim the notes", [.trim(targets: ["notes"])]),
        ("drop rows without a company", [.dropRows(RowCondition(column: "company", when: .empty))]),
        ("lower-case the emails", [.letterCase(targets: ["email"], transform: .lower)]),
        ("map Contact Owner to notes", [.map(target: "notes", source: .column("Contact Owner"))]),
        ("company is optional", [.required(target: "company", false)]),
        ("webinar counts as Event", [.picklistMap(target: "lead_source", values: ["webinar"], value: "Event")]),
        ("don't import Notes", [.unmap(target: "notes")]),
        ("email must be unique, keep the first", [.keepFirst(target: "email")]),
    ]

    static let remarks = [
        "this export is a bit messy", "those are from the autumn campaign", "Dev Ops was a shared login",
        "the old CRM was set up years ago", "some of these came from a trade fair",
    ]

    static let wrappers = [
        "please %@", "%@, thanks", "could you %@ please", "%@ since the billing team needs it", "ok so %@",
        "%@, because the sales team asked", "can you %@", "I'd like you to %@", "%@ for now", "hi! %@ thx",
    ]

    private func edits(_ phrasing: String) throws -> [Edit]? {
        guard case .success(.edits(let edits)) = try PhrasingTests.parser().parse(phrasing) else { return nil }
        return edits
    }

    @Test(arguments: remarks)
    func aRemarkBeforeAnInstructionChangesNothingInIt(_ remark: String) throws {
        for (instruction, expected) in Self.instructions {
            #expect(try edits(remark + ", " + instruction) == expected, "\(remark), \(instruction)")
            #expect(try edits(remark + ". " + instruction.prefix(1).uppercased() + instruction.dropFirst()) == expected, "\(remark). \(instruction)")
        }
    }

    @Test(arguments: wrappers)
    func politenessAndReasonsChangeNothing(_ wrapper: String) throws {
        for (instruction, expected) in Self.instructions {
            let phrasing = wrapper.replacingOccurrences(of: "%@", with: instruction)
            #expect(try edits(phrasing) == expected, "\(phrasing)")
        }
    }

    /// One slip of the keyboard in the verb (a swap, a dropped or a doubled letter).
    @Test(arguments: [
        ("tirm the notes", 0), ("trimm the notes", 0), ("drpo rows without a company", 1), ("dorp rows without a company", 1),
        ("delet rows without a company", 1), ("remve rows without a company", 1), ("lowercsae the emails", 2), ("lowercse the emails", 2),
        ("dont imprt Notes", 6), ("don't improt Notes", 6), ("company is optinal", 4), ("company is optoinal", 4),
        ("email must be uniqe, keep the first", 7), ("email must be unqiue, keep the first", 7),
    ])
    func aTypoInTheVerbIsRestored(_ phrasing: String, _ index: Int) throws {
        #expect(try edits(phrasing) == Self.instructions[index].1, "\(phrasing)")
    }
}

/// Everyday ways of saying an instruction, each read as the plain instruction it means.
extension PhrasingTests {
    @Test(arguments: [
        ("remove the whitespace around the company", ["company"]),
        ("the last names have stray blanks at either end", ["last_name"]),
        ("tidy up the surnames, there are spaces either side of a few", ["last_name"]),
        ("get rid of extra spaces in notes", ["notes"]),
        ("tirm the company", ["company"]),
        ("strip leading and trailing whitespace from the forenames", ["first_name"]),
    ])
    func trimsSaidOtherWays(_ phrasing: String, _ targets: [String]) throws {
        try expect(phrasing, [.trim(targets: targets)])
    }

    @Test(arguments: [("forenames in capitals", "first_name"), ("company in block capitals", "company"), ("surname in UPPERCASE", "last_name")])
    func capitals(_ phrasing: String, _ target: String) throws {
        try expect(phrasing, [.letterCase(targets: [target], transform: .upper)])
    }

    @Test(arguments: [
        ("the notes aren't needed in the import", "notes"),
        ("drop the company domain column, we'll add domains ourselves", "company_domain"),
        ("leave company empty", "company"),
    ])
    func notImported(_ phrasing: String, _ target: String) throws {
        try expect(phrasing, [.unmap(target: target)])
    }

    @Test(arguments: [
        ("relax the requirement on email", Edit.required(target: "email", false)),
        ("we need the company to be optional, that's all", .required(target: "company", false)),
        ("email doesn't have to be filled, some contacts only left a phone", .required(target: "email", false)),
        ("every email should appear only once", .unique(target: "email", true)),
        ("turn off the uniqueness check on email, duplicates are fine", .unique(target: "email", false)),
    ])
    func requirementsAndUniqueness(_ phrasing: String, _ expected: Edit) throws {
        try expect(phrasing, [expected])
    }

    @Test(arguments: [
        ("where the company is blank, could you use the company domain instead?", "company", ["Company", "Company Domain"]),
        ("notes: fall back to Contact Owner when empty", "notes", ["Notes", "Contact Owner"]),
        ("if the notes are missing, take them from Lifecycle Stage", "notes", ["Notes", "Lifecycle Stage"]),
        ("fill empty notes from the Contact Owner", "notes", ["Notes", "Contact Owner"]),
    ])
    func fillsFromAnotherColumn(_ phrasing: String, _ target: String, _ sources: [String]) throws {
        try expect(phrasing, [.map(target: target, source: .firstOf(columns: sources))])
    }

    @Test(arguments: [
        ("we don't want anybody whose contact owner is Dev Ops", [Self.dropOwner("dev ops")]),
        ("records with a bad date should be removed", [Edit.dropRows(RowCondition(column: "created_date", when: .invalid))]),
        ("record id 1003 shouldn't be migrated", [Self.dropID("1003")]),
        ("um, kind of just drop record 1002, it's a dupe", [Self.dropID("1002")]),
        ("drop rows 1-3", [Edit.dropRowNumber(1), .dropRowNumber(2), .dropRowNumber(3)]),
        ("remove rows 2 to 4", [Edit.dropRowNumber(2), .dropRowNumber(3), .dropRowNumber(4)]),
        ("delete the last row", [Edit.dropRowNumber(4)]),
    ])
    func dropsSaidOtherWays(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    /// Rows named before "field" stay a row rule, never a column not imported.
    @Test func rowsAreNeverReadAsAColumnToSkip() throws {
        try expect("remove the rows with an empty company field", [.dropRows(RowCondition(column: "company", when: .empty))])
    }

    @Test func aWordSplitSaidAsWhatAColumnKeeps() throws {
        try expect("notes should only keep the first word of Contact Owner", [.map(target: "notes", source: .split(column: "Contact Owner", separator: " ", part: 0))])
        try expect("split the Contact Owner: the first word goes to notes", [.map(target: "notes", source: .split(column: "Contact Owner", separator: " ", part: 0))])
        try expect("notes should be the last word of Contact Owner (split on the last space)", [.map(target: "notes", source: .split(column: "Contact Owner", separator: " ", part: -1))])
    }

    @Test func aDefaultAskedAndAnswered() throws {
        try expect("no lead source? then it's Advertising", [.defaultValue(target: "lead_source", value: "Advertising")])
    }

    @Test func undoSaidAsAMistake() throws {
        guard case .success(.undo(1)) = try Self.parser().parse("that was a mistake, undo it") else { Issue.record("not an undo"); return }
    }

    /// A rewrite keeps the names it was given: one that is no column still cannot be placed.
    @Test(arguments: ["the lunch has stray spaces at the ends", "leave the weather empty", "relax the requirement on parking", "drop rows 3-9", "notes should be the first word of Contact Owner (split on the last space)"])
    func unknownNamesStillAsk(_ phrasing: String) throws {
        try refuses(phrasing)
    }

    static func dropSource(_ value: String) -> Edit { .dropRows(RowCondition(column: "Lead Source", when: .equals, value: value, inSource: true)) }

    /// A part that leaves out what it shares with the clause before it borrows it: the verb, the
    /// clause with its column swapped, or the predicate; never for a part that names nothing new.
    @Test(arguments: [
        ("remove the podcast leads and the chat ones", [dropSource("podcast"), dropSource("chat")]),
        ("drop the webinar rows. and the podcast ones", [dropSource("webinar"), dropSource("podcast")]),
        ("make company required and notes", [.required(target: "company", true), .required(target: "notes", true)]),
        ("phone is optional, and notes too", [.required(target: "phone", false), .required(target: "notes", false)]),
        ("lower-case the emails and while you're at it the company domain", [.letterCase(targets: ["email"], transform: .lower), .letterCase(targets: ["company_domain"], transform: .lower)]),
    ])
    func aPartBorrowsFromTheClauseBefore(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    @Test func aPartThatNamesNothingNewIsNotBorrowed() throws {
        try refuses("drop the podcast leads and the flibbertigibbet ones")
        try refuses("make company required and the weather")
    }

    /// The analyst's own words for the rows and columns ("volunteers", "the employer's website",
    /// "how they found us"), polite forms, and requests shown by an example.
    @Test(arguments: [
        ("leave out any volunteers who don't have an email", [Edit.dropRows(RowCondition(column: "email", when: .empty))]),
        ("if we don't know how they found us, put Other", [.defaultValue(target: "lead_source", value: "Other")]),
        ("the employer's website must be filled in", [.required(target: "company_domain", true)]),
        ("don't carry the notes over", [.unmap(target: "notes")]),
        ("the notes, leave them out", [.unmap(target: "notes")]),
        ("treat phone numbers with no country code as Finnish", [.phone(target: "phone", region: "FI")]),
        ("interpret 03/04/2021 as the 3rd of April", [.date(target: "created_date", dayFirst: true)]),
        ("05/06/2021 should come out as May 6th", [.date(target: "created_date", dayFirst: false)]),
        ("get rid of the customers", [.dropRows(RowCondition(column: "Lifecycle Stage", when: .equals, value: "customer", inSource: true))]),
        ("drop the podcats leads", [.dropRows(RowCondition(column: "Lead Source", when: .equals, value: "podcast", inSource: true))]),
        ("would you mind trimming the notes", [.trim(targets: ["notes"])]),
        ("put the owner and the stage together in notes, e.g. 'Eve Stone | lead'", [.map(target: "notes", source: .combine(columns: ["Contact Owner", "Lifecycle Stage"], separator: " | "))]),
        ("rows 2 and 3 must not be migrated", [.dropRowNumber(2), .dropRowNumber(3)]),
        ("required: company", [.required(target: "company", true)]),
        ("region FI", [.phone(target: "phone", region: "FI")]),
        ("split the company on the first space and keep what comes after it", [.map(target: "company", source: .splitName(column: "Company", part: .rest))]),
        ("when the channel says podcast, turn it into Advertising", [.picklistMap(target: "lead_source", values: ["podcast"], value: "Advertising")]),
        ("fill notes from Lifecycle Stage where notes are empty", [.map(target: "notes", source: .firstOf(columns: ["Notes", "Lifecycle Stage"]))]),
    ])
    func theAnalystsOwnWords(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    /// Requests relayed from someone else or noted on a call ("per Ana:", "the client says …",
    /// "Kim: …", "call w/ the team -"), and uniqueness lifted in other words.
    @Test(arguments: [
        ("per Ana: the phones are Finnish", [Edit.phone(target: "phone", region: "FI")]),
        ("the client says Webinar counts as Event", [.picklistMap(target: "lead_source", values: ["webinar"], value: "Event")]),
        ("Kim: every contact needs a company", [.required(target: "company", true)]),
        ("call w/ the team - notes: use the stage. that's all", [.map(target: "notes", source: .column("Lifecycle Stage"))]),
        ("legal confirmed that record 1002 has to go", [.dropRows(RowCondition(column: "Record ID", when: .equals, value: "1002", inSource: true))]),
        ("quit checking uniqueness on phone", [.unique(target: "phone", false)]),
        ("phone: switch off unique", [.unique(target: "phone", false)]),
        ("please omit the 2nd row", [.dropRowNumber(2)]),
        ("the email ought to be optional", [.required(target: "email", false)]),
    ])
    func relayedRequests(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    /// A correction inside the message ("sorry, I meant …", "…, not …") is made to the clause it
    /// corrects; one that cannot be placed exactly is not guessed.
    @Test(arguments: [
        ("put Contact Owner in notes. sorry, I meant Lifecycle Stage, not the owner", [Edit.map(target: "notes", source: .column("Lifecycle Stage"))]),
        ("trim company - oops, I meant the notes", [.trim(targets: ["notes"])]),
        ("skip notes; lower-case first names. Sorry, I meant last names", [.unmap(target: "notes"), .letterCase(targets: ["last_name"], transform: .lower)]),
        ("drop row 3 - sorry, row 4, not 3", [.dropRowNumber(4)]),
    ])
    func correctionsInTheMessage(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    @Test func aCorrectionThatCannotBePlacedIsNotGuessed() throws {
        // ("Company" names a source column and a Contacts column: either part could be meant.)
        try refuses("put Contact Owner in notes. sorry, I meant Company")
        // (Lifecycle Stage is only a source column: it replaces the source column said.)
        try expect("put Contact Owner in notes. sorry, I meant Lifecycle Stage", [.map(target: "notes", source: .column("Lifecycle Stage"))])
    }

    /// A region name shared by a country and a US state, or a condition on another column, is never guessed.
    @Test func sharedNamesAndOtherConditionsAreAskedAbout() throws {
        try refuses("the phones are from Georgia")
        try refuses("fill notes from Lifecycle Stage where company is empty")
    }

    /// "Bad" rows may be the ones failing a rule or ones the analyst knows are wrong: it asks.
    @Test func badRowsAreAskedAbout() throws {
        try refuses("drop the bad rows")
        try refuses("remove the bad ones")
    }

    /// Negations choose the other reading, never the one they deny.
    @Test(arguments: [
        ("created dates are not month-first", [Edit.date(target: "created_date", dayFirst: true)]),
        ("dates are day first, not month first", [.date(target: "created_date", dayFirst: true)]),
        ("the dates are American rather than UK", [.date(target: "created_date", dayFirst: false)]),
        ("in the dates the day comes before the month", [.date(target: "created_date", dayFirst: true)]),
        ("don't enforce unique phones", [.unique(target: "phone", false)]),
        ("stop requiring a company", [.required(target: "company", false)]),
        ("we can't take leads without a phone", [.required(target: "phone", true)]),
        ("it's ok if a lead has no company", [.required(target: "company", false)]),
    ])
    func negationsReadTheOtherWay(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    @Test func invalidRowsAreDroppedByEveryColumnWithRules() throws {
        for phrasing in ["remove the invalid rows", "exclude anything that doesn't pass validation", "drop records with errors"] {
            guard case .success(.edits(let edits)) = try Self.parser().parse(phrasing) else {
                Issue.record("\(phrasing) did not parse")
                continue
            }
            let columns = edits.compactMap { edit -> String? in
                if case .dropRows(let condition) = edit, condition.when == .invalid { condition.column } else { nil }
            }
            #expect(columns.count == edits.count, "\(phrasing)")
            #expect(columns.contains("email") && columns.contains("phone") && columns.contains("lead_source"), "\(phrasing)")
            #expect(!columns.contains("notes"), "\(phrasing)")
        }
        try expect("get rid of the duplicate email rows", [.keepFirst(target: "email")])
    }

    /// Defaults, fills, case, combines and splits said the ways analysts say them.
    @Test(arguments: [
        ("for leads that don't have a company, put 'Unknown' in", [Edit.defaultValue(target: "company", value: "Unknown")]),
        ("if notes are blank, fill in 'none'", [.defaultValue(target: "notes", value: "none")]),
        ("write 'n/a' when the company is empty", [.defaultValue(target: "company", value: "n/a")]),
        ("if a lead has no notes, fall back to their Contact Owner", [.map(target: "notes", source: .firstOf(columns: ["Notes", "Contact Owner"]))]),
        ("last_name => UPPERCASE", [.letterCase(targets: ["last_name"], transform: .upper)]),
        ("company in lower case", [.letterCase(targets: ["company"], transform: .lower)]),
        ("capitalize the first letter of every word in last names", [.letterCase(targets: ["last_name"], transform: .name(onlyUniform: false, everyWord: true))]),
        ("put Contact Owner then Lifecycle Stage into notes separated by ' | '", [.map(target: "notes", source: .combine(columns: ["Contact Owner", "Lifecycle Stage"], separator: " | "))]),
        ("Contact Owner + Country -> notes (separator ' / ')", [.map(target: "notes", source: .combine(columns: ["Contact Owner", "Country"], separator: " / "))]),
        ("company should be Company up to the last space", [.map(target: "company", source: .splitName(column: "Company", part: .first))]),
        ("notes gets the rest of Contact Owner after the first word", [.map(target: "notes", source: .splitName(column: "Contact Owner", part: .rest))]),
        ("the company column comes straight from Company", [.map(target: "company", source: .column("Company"))]),
    ])
    func everydayWaysOfSayingAChange(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    @Test func countryNamesWithATypoAreReadOnlyInAPhoneMessage() throws {
        try expect("the phone numbers are from Finlnad", [.phone(target: "phone", region: "FI")])
        try expect("our phones are from germnay", [.phone(target: "phone", region: "DE")])
        #expect(InstructionParser.correctingCountryNames("use the Region column for phones") == "use the Region column for phones")
        #expect(InstructionParser.correctingCountryNames("trim Finlnad") == "trim Finlnad")
    }


    /// Requests given with their reason, in another word order, in notation, after regret.
    @Test(arguments: [
        ("Finance cannot use the owners yet, so skip Contact Owner", [Edit.note("Contact Owner is already not imported")]),
        ("since the comments are private, leave Notes out of this import", [.unmap(target: "notes")]),
        ("The company column we want to fill from Contact Owner.", [.map(target: "company", source: .column("Contact Owner"))]),
        ("the records 1001 and 1004 we must exclude", [dropID("1001"), dropID("1004")]),
        ("phone.required = true", [.required(target: "phone", true)]),
        ("company.unique = false", [.unique(target: "company", false)]),
        ("notes: upper()", [.letterCase(targets: ["notes"], transform: .upper)]),
        ("company = Company ?? Contact Owner", [.map(target: "company", source: .firstOf(columns: ["Company", "Contact Owner"]))]),
        ("Should the company be empty, fall back to the Contact Owner column.", [.map(target: "company", source: .firstOf(columns: ["Company", "Contact Owner"]))]),
        ("phone: trim it, oh and when it's blank use Contact Owner", [.trim(targets: ["phone"]), .map(target: "phone", source: .firstOf(columns: ["Phone", "Contact Owner"]))]),
    ])
    func requestsWithTheirReasonOrInAnotherOrder(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    @Test func aStatementThatIsItselfARequestIsNeverSetAside() throws {
        // "…are from Finland" names a region: the statement before "so" is a request, not a reason.
        guard case .success(.edits(let edits)) = try Self.parser().parse("the phones are from Finland so trim the notes") else {
            Issue.record("did not parse")
            return
        }
        #expect(edits.contains(.trim(targets: ["notes"])))
        #expect(edits.contains(where: { if case .phone(_, "FI") = $0 { true } else { false } }))
    }

    @Test func aTestersExpectationIsSetAsideButARequestStartingWithExpectIsNot() throws {
        try expect("Make phone a required field. Expect rows with no phone to fail.", [.required(target: "phone", true)])
        try expect("Trim notes. Expect the dates in UK format.", [.trim(targets: ["notes"]), .date(target: "created_date", dayFirst: true)])
    }

    @Test func aTypoOfADataValueTakesOnlyTheClosestValue() throws {
        try expect("map webinr to Event", [.picklistMap(target: "lead_source", values: ["webinar"], value: "Event")])
        #expect(Clarifier.questions(in: "which column feeds phone, also what's the date order") == ["which column feeds phone", "what's the date order"])
        #expect(Clarifier.questions(in: "How many rows are invalid, and why?") == ["How many rows are invalid, and why?"])
    }


    /// A part that only comments on the request (a reason, a story about the data, a confirmation,
    /// where the rows go instead) is set aside, in a tail, in brackets or as a sentence of its own.
    @Test(arguments: [
        ("could you bring the Lifecycle Stage column in as notes? the sales team reads it there, thanks", [Edit.map(target: "notes", source: .column("Lifecycle Stage"))]),
        ("import lifecycle stage to notes too, doesn't matter that the old notes go", [.map(target: "notes", source: .column("Lifecycle Stage"))]),
        ("E-mail Address → email (just confirming, that's how it should be)", [.map(target: "email", source: .column("E-mail Address"))]),
        ("Could you make the created date mandatory? Every contact needs one.", [.required(target: "created_date", true)]),
        ("email shouldn't be mandatory — lots of these came from events where we only got a phone.", [.required(target: "email", false)]),
        ("Turn off the uniqueness check on email please, Ada and Alan genuinely share an inbox.", [.unique(target: "email", false)]),
        ("drop rows owned by Dev Ops, they go to the partner portal instead", [dropOwner("dev ops")]),
        ("Please remove contact 1003 — it's a duplicate of someone we already have.", [dropID("1003")]),
        ("drop the Created Date mapping, we'll backfill dates later", [.unmap(target: "created_date")]),
        ("Could we stop importing the phone numbers please?", [.unmap(target: "phone")]),
        ("trim company (someone pasted the names with spaces)", [.trim(targets: ["company"])]),
    ])
    func commentsBesideARequestAreSetAside(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    /// Words that may carry a change of their own are never swallowed by a looser reading.
    @Test func wordsThatMayCarryAChangeAreNeverSwallowed() throws {
        // A date order beside a drop: both, not the order alone.
        try expect("trim company and also the dates is day first and delete record 1002", [.trim(targets: ["company"]), .date(target: "created_date", dayFirst: true), Self.dropID("1002")])
        // A word before a value seen in the data is no part of the value.
        try expect("translate webinar and podcast to Event", [.picklistMap(target: "lead_source", values: ["webinar", "podcast"], value: "Event")])
        try refuses("frobnicate webinar and podcast to Event")
        // The dates beside a change that cannot be placed: asked, not read as the date order alone.
        try refuses("the created dates are from the UK office so day first, and the contacts with no company should wibble")
        // "name" is as near first_name as last_name: neither is guessed.
        try refuses("make the name upper case")
        // A long unquoted phrase is no literal default.
        try refuses("When a contact has no company, put Unknown in there for the loader to see it")
        try expect("When a contact has no company, put 'No company on file yet'", [.defaultValue(target: "company", value: "No company on file yet")])
        // A reason's opening covers only itself: the request after "so" is read.
        try expect("the created dates are from the London office so day first, and the contacts with no company should show their domain",
                   [.date(target: "created_date", dayFirst: true), .map(target: "company", source: .firstOf(columns: ["Company", "Company Domain"]))])
        // The longest name wins: "company domains" is company_domain, not company too.
        #expect(try Self.parser().mentioned("which company domains are failing") == ["company_domain"])
    }

    /// Terse forms, without a verb or with the property after the column.
    @Test(arguments: [
        ("notes uppercase", [Edit.letterCase(targets: ["notes"], transform: .upper)]),
        ("company all small letters", [.letterCase(targets: ["company"], transform: .lower)]),
        ("first name big letters", [.letterCase(targets: ["first_name"], transform: .upper)]),
        ("put the company names in lower case", [.letterCase(targets: ["company"], transform: .lower)]),
        ("country into notes", [.map(target: "notes", source: .column("Country"))]),
        ("Contact Owner no import", [.note("Contact Owner is already not imported")]),
        ("company must have", [.required(target: "company", true)]),
        ("email is no longer mandatory", [.required(target: "email", false)]),
        ("phone no longer needs to be unique", [.unique(target: "phone", false)]),
        ("enforce uniqueness on phone", [.unique(target: "phone", true)]),
        ("the same phone twice is fine", [.unique(target: "phone", false)]),
        ("phone: unique off; company: optional", [.unique(target: "phone", false), .required(target: "company", false)]),
        ("last name keep last word only", [.map(target: "last_name", source: .split(column: "Last Name", separator: " ", part: -1))]),
        ("company: split Company on the first space, keep the part before", [.map(target: "company", source: .split(column: "Company", separator: " ", part: 0))]),
    ])
    func terseForms(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    /// A negation or a question is never read as the terse form of a change.
    @Test(arguments: ["trim the first names, no upper case", "which source columns are not imported"])
    func terseFormsNeverReadANegationOrAQuestion(_ phrasing: String) throws {
        if case .success(.edits(let edits)) = try Self.parser().parse(phrasing) {
            #expect(!edits.contains { if case .letterCase(_, .upper?) = $0 { true } else if case .unmap = $0 { true } else { false } }, "\(phrasing) → \(edits)")
        }
    }

    /// Undo in more words.
    @Test(arguments: ["never mind that last change", "undo the last one only", "cancel what i did before", "take that last change back please",
                      "Sorry, I didn't mean that — can you revert the last change?"])
    func undoInMoreWords(_ phrasing: String) throws {
        guard case .success(.undo(1)) = try Self.parser().parse(phrasing) else {
            Issue.record("\(phrasing) is no undo")
            return
        }
    }

    /// Defaults and fills from another column, as analysts write them.
    @Test(arguments: [
        ("fall back to 'Event' for lead_source if it's missing", [Edit.defaultValue(target: "lead_source", value: "Event")]),
        ("company = Unknown when blank", [.defaultValue(target: "company", value: "Unknown")]),
        ("created_date default 2020-01-01 for blanks", [.defaultValue(target: "created_date", value: "2020-01-01")]),
        ("notes empty then write 'nothing noted'", [.defaultValue(target: "notes", value: "nothing noted")]),
        ("Any contact without a company should say 'Unknown'", [.defaultValue(target: "company", value: "Unknown")]),
        ("fall back to Contact Owner for company if it's blank", [.map(target: "company", source: .firstOf(columns: ["Company", "Contact Owner"]))]),
        ("If a contact has no company, fill it in from their company domain", [.map(target: "company", source: .firstOf(columns: ["Company", "Company Domain"]))]),
        ("For contacts without notes, fill the notes from Country instead. Otherwise keep the notes as they are.", [.map(target: "notes", source: .firstOf(columns: ["Notes", "Country"]))]),
        ("notes is empty -> please use the value of Country for it", [.map(target: "notes", source: .firstOf(columns: ["Notes", "Country"]))]),
        ("if \"company\" is blank, copy \"Contact Owner\" into it", [.map(target: "company", source: .firstOf(columns: ["Company", "Contact Owner"]))]),
    ])
    func defaultsAndFillsInMoreWords(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    @Test func anExampleSaysWhichTitleCaseIsMeant() throws {
        try expect("Could the surnames be in proper case please, e.g. 'De La Cruz'", [.letterCase(targets: ["last_name"], transform: .name(onlyUniform: false, everyWord: true))])
        try expect("Could the surnames be in proper case please, e.g. 'de la Cruz'", [.letterCase(targets: ["last_name"], transform: .name(onlyUniform: false))])
    }

    /// Rows named by an owner's possessive, a plural value, a value in brackets, a value after
    /// "came in as" (even one that names a column), and every way a row fails.
    @Test(arguments: [
        ("get rid of bob ray's leads", [dropOwner("bob ray")]),
        ("Bob Ray's contacts are migrated separately, so please don't import them here", [dropOwner("bob ray")]),
        ("We don't want any of Dev Ops' contacts — they're test records. Can you exclude them?", [dropOwner("dev ops")]),
        ("exclude the customers (Lifecycle Stage = customer)", [.dropRows(RowCondition(column: "Lifecycle Stage", when: .equals, value: "customer", inSource: true))]),
        ("We don't want any of the customers, take them out", [.dropRows(RowCondition(column: "Lifecycle Stage", when: .equals, value: "customer", inSource: true))]),
        ("remove rows lead source chat", [.dropRows(RowCondition(column: "Lead Source", when: .equals, value: "chat", inSource: true))]),
        ("discard rows where phone fails validation", [.dropRows(RowCondition(column: "phone", when: .invalid))]),
        ("drop every row whose email is missing, malformed or a duplicate", [.dropRows(RowCondition(column: "email", when: .invalid))]),
        ("Skip any contact whose email is missing, we can't mail them anyway", [.dropRows(RowCondition(column: "email", when: .empty))]),
        ("lose the Dev Ops contacts — internal test data", [dropOwner("dev ops")]),
    ])
    func rowsNamedInMoreWords(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    @Test func everyRowThatFailsIsDroppedRuleByRule() throws {
        for phrasing in ["Rather than importing broken records, can we just leave out every row that has a problem?",
                         "Anything that's still flagged as invalid, just throw it away", "throw out the rows that fail validation"] {
            guard case .success(.edits(let edits)) = try Self.parser().parse(phrasing) else {
                Issue.record("\(phrasing) did not parse")
                continue
            }
            #expect(!edits.isEmpty && edits.allSatisfy { if case .dropRows(let condition) = $0 { condition.when == .invalid } else { false } }, "\(phrasing) → \(edits)")
        }
    }

    /// Combines with the separator said other ways, and source columns by their last word.
    @Test(arguments: [
        ("append Contact Owner to notes with separator '; '", [Edit.map(target: "notes", source: .combine(columns: ["Notes", "Contact Owner"], separator: "; "))]),
        ("concatenate Lifecycle Stage and Country into notes, sep ', '", [.map(target: "notes", source: .combine(columns: ["Lifecycle Stage", "Country"], separator: ", "))]),
        ("put Country and Contact Owner together in notes, separated by a dash with spaces around it", [.map(target: "notes", source: .combine(columns: ["Country", "Contact Owner"], separator: " - "))]),
        ("join First Name and Last Name with a space into notes", [.map(target: "notes", source: .combine(columns: ["First Name", "Last Name"], separator: " "))]),
        ("Can the notes show the owner and then the stage, separated by ' | '?", [.map(target: "notes", source: .combine(columns: ["Contact Owner", "Lifecycle Stage"], separator: " | "))]),
        ("rows with stage customer we do not import them", [.dropRows(RowCondition(column: "Lifecycle Stage", when: .equals, value: "customer", inSource: true))]),
        ("where there are no notes, put the Contact Owner in notes instead, so support knows who to ask", [.map(target: "notes", source: .firstOf(columns: ["Notes", "Contact Owner"]))]),
        ("The value webinar should become Event, also when it is written Webinar.", [.picklistMap(target: "lead_source", values: ["webinar"], value: "Event")]),
    ])
    func combinesAndColumnsInMoreWords(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }

    @Test func aGenericWordNeverStandsForTheHeaderItEnds() throws {
        // "address" ends only "E-mail Address" here, but may mean a postal address the file lacks.
        #expect(try Self.parser().scope.source("address") == nil)
        #expect(try Self.parser().scope.source("owner") == "Contact Owner")
    }

    @Test func aConditionIsNeverSetAsideAsAComment() throws {
        // Without a way to read the fill, the run asks: the condition is never dropped to leave "put X in notes".
        try refuses("where there are no notes, frobnicate the Contact Owner into notes")
        try refuses("The value webinar should become Event, also when it is written Podcast.")
        #expect(try !Self.parser().isComment("where there are no notes"))
    }

    @Test func upperCaseOfADomainComesAfterTheDomainRule() throws {
        let parser = try Self.parser()
        var sheet = parser.sheet
        guard case .success(.edits(let edits)) = parser.parse("Company Domain in CAPS please") else {
            Issue.record("did not parse")
            return
        }
        _ = sheet.apply(edits, template: parser.template)
        let transforms = sheet.column("company_domain")?.transforms ?? []
        #expect(transforms.firstIndex(of: .upper).map { upper in transforms.firstIndex(of: .domain).map { $0 < upper } ?? true } == true, "\(transforms)")
    }

    /// Typos of a region's adjective, conditions in field notation, singular errors, and comments
    /// that say why.
    @Test(arguments: [
        ("phone numbers are austrailian", [Edit.phone(target: "phone", region: "AU")]),
        ("wehn notes are empty fill them from country", [.map(target: "notes", source: .firstOf(columns: ["Notes", "Country"]))]),
        ("lead_source required = yes", [.required(target: "lead_source", true)]),
        ("no duplicat phone numbers", [.unique(target: "phone", true)]),
        ("delete these records: 1001, 1003", [dropID("1001"), dropID("1003")]),
        ("Use \"+15550000000\" as the phone when the Phone column is empty.", [.defaultValue(target: "phone", value: "+15550000000")]),
        ("Could you make the last name ALL CAPS please? The mailing house wants it like that.", [.letterCase(targets: ["last_name"], transform: .upper)]),
        ("Could we make first name mandatory? Mail merges look awful without it.", [.required(target: "first_name", true)]),
        ("the company names need to be all upper case for the print shop, could you do that?", [.letterCase(targets: ["company"], transform: .upper)]),
        ("make email optional and stop requiring a company we'll clean those up later", [.required(target: "email", false), .required(target: "company", false)]),
    ])
    func typosNotationAndReasonsInMoreWords(_ phrasing: String, _ expected: [Edit]) throws {
        try expect(phrasing, expected)
    }
}

/// Requests in a spreadsheet user's words: column letters, PROPER and TRIM, find and replace,
/// text to columns, a fill from "the domain", rows by a value said for one row.
@Suite struct SpreadsheetWordsTests {
    private func parsed(_ phrasing: String) throws -> Result<Command, InstructionParser.Failure> {
        try PhrasingTests.parser().parse(phrasing)
    }

    /// Each phrasing makes exactly the edits its plain form makes.
    @Test(arguments: [
        ("column J should go into notes", "map Contact Owner to notes"),
        ("leave out col M", "don't import Notes"),
        ("populate notes with Lifecycle Stage", "map Lifecycle Stage to notes"),
        ("switch notes over to the Contact Owner", "map Contact Owner to notes"),
        ("just making sure email comes from E-mail Address", "map E-mail Address to email"),
        ("when the company is blank, fall back to the domain", "when company is empty use Company Domain"),
        ("switch off the dupe rule for last name", "last name does not need to be unique"),
        ("phones can repeat", "phone does not need to be unique"),
        ("no duplicate phone numbers please", "phone must be unique"),
        ("Could company be a mandatory field?", "company is required"),
        ("PROPER case the last names after trimming them", "trim last names and title-case last names"),
        ("capitalise the company fully", "upper-case company"),
        ("trim all the text fields: company and notes", "trim company and notes"),
        ("find and replace podcast with Other in lead source", "map podcast to Other"),
        ("webinar and podcast are both content, could you map them to Web?", "map webinar and podcast to Web"),
        ("text to columns on Last Name, keep only the last word in last_name", "put the last word of Last Name into last_name"),
        ("rows with no company are no use to us, drop them", "drop rows without a company"),
        ("delete records where the phone is a duplicate", "phone must be unique, keep the first"),
        ("upper-case the last names. The printer insists", "upper-case the last names"),
        ("please move the surname — everything after the first word of Contact Owner — into notes", "put the rest of Contact Owner into notes"),
        ("remove the Hopper row", "drop rows where Last Name is Hopper"),
    ])
    func saidAsInASpreadsheet(_ phrasing: String, _ plain: String) throws {
        try PhrasingTests.expectSame(phrasing, as: plain)
    }

    /// What cannot be placed exactly is asked about, never guessed.
    @Test(arguments: [
        "col Z into notes",  // past the last header
        "remove the Dev Ops row",  // two rows have that owner
        "Should company be mandatory?",  // a question, not a request
    ])
    func notGuessed(_ phrasing: String) throws {
        if case .success(let command) = try parsed(phrasing) { Issue.record("\"\(phrasing)\" parsed as \(command)") }
    }
}

/// Rows named in a remark, then dropped by a pronoun: every row named, never only the first.
@Suite struct RowsInARemarkTests {
    @Test(arguments: [
        ("rows 2 and 3 are junk, drop them", [2, 3]),
        ("QA spotted junk in rows 2 and 4, leave those two out", [2, 4]),
        ("we found test data in row 3, delete it", [3]),
        ("rows 1, 2 and 4 look like spam, please remove them", [1, 2, 4]),
    ])
    func everyRowNamed(_ phrasing: String, _ rows: [Int]) throws {
        guard case .success(.edits(let edits)) = try PhrasingTests.parser().parse(phrasing) else {
            Issue.record("\"\(phrasing)\" did not parse")
            return
        }
        #expect(edits == rows.map { Edit.dropRowNumber($0) }, "\(phrasing)")
    }
}

/// Requests in English as a second language: word order and words of other languages, office
/// phrasing, remarks beside the request, items numbered by ordinal words.
@Suite struct SecondLanguageTests {
    /// Each phrasing makes exactly the edits its plain form makes.
    @Test(arguments: [
        ("Make the company big please", "upper-case company"),
        ("Put the last names in small letters", "lower-case last names"),
        ("Put the first name in majuscules", "upper-case first name"),
        ("The date of creation is obligatory", "created date is required"),
        ("phone is not a must field", "phone is optional"),
        ("Wherever notes is blank, kindly put 'none'", "set notes to 'none' when it is empty"),
        ("If there is no company, put ACME by default", "set company to 'ACME' when it is empty"),
        ("nope, roll that back", "undo"),
        ("Cancel the two last modifications, please", "undo 2"),
        ("Kindly undo the previous change, it was done by mistake.", "undo"),
        ("PFB the change: map Contact Owner to notes.", "map Contact Owner to notes"),
        ("First map Contact Owner to notes, second trim the company, third drop row 2", "map Contact Owner to notes; trim company; drop row 2"),
        ("Phone is required. The dialler uses it.", "phone is required"),
        ("The podcast leads, we consider them Advertising", "map podcast to Advertising"),
        ("Kindly skip row no. 3 in the upload", "drop row 3"),
        // The object first, and "I want that …": German and Dutch word order.
        ("Country we do not import.", "don't import Country"),
        ("The company names we don't take.", "don't import company"),
        ("The rows with owner Bob Ray you can delete them", "drop rows where Contact Owner is Bob Ray"),
        ("The company we must trim, please", "trim company"),
        ("I want that the companies are written big", "upper-case company"),
        ("We want that the last names are in small letters", "lower-case last names"),
        ("the emails are lower case", "lower-case email"),
        // A column filled from another, said without a mapping verb.
        ("The notes please fill from the column Contact Owner", "map Contact Owner to notes"),
        ("For the notes we take Lifecycle Stage, not the Notes column", "map Lifecycle Stage to notes"),
        ("the column of notes it must be the Contact Owner", "map Contact Owner to notes"),
        ("notes receives the Lifecycle Stage", "map Lifecycle Stage to notes"),
        // "Same to be done for …": the change before, again, for another column.
        ("Kindly lower case the company. Same to be done for the email.", "lower-case company; lower-case email"),
        ("Trim the last name. Idem for the first name.", "trim last name; trim first name"),
        // Office phrasing for not importing.
        ("Record ID need not be migrated, kindly remove the mapping for external_id", "don't import external_id"),
        ("We are not going to import the Country, the client does not want to see it", "don't import Country"),
    ])
    func saidInASecondLanguage(_ phrasing: String, _ plain: String) throws {
        try PhrasingTests.expectSame(phrasing, as: plain)
    }

    /// A remark beside a request is set aside only when it names nothing of the data.
    @Test(arguments: ["trim the company. Row 2 too", "trim the company. Bob Ray as well"])
    func aRemarkNamingTheDataIsNotSetAside(_ phrasing: String) throws {
        if case .success(.edits(let edits)) = try PhrasingTests.parser().parse(phrasing) {
            #expect(edits != [.trim(targets: ["company"])], "\(phrasing) lost its second sentence")
        }
    }
}

/// Messages dictated to a phone or typed on one, and a newcomer's hedged requests.
@Suite struct DictatedAndHedgedTests {
    /// Each phrasing makes exactly the edits its plain form makes.
    @Test(arguments: [
        ("drop rose three and four", "drop rows 3 and 4"),
        ("road two can go full stop", "drop row 2"),
        ("remove the record with id one zero zero three", "drop record 1003"),
        ("trim the company comma and make the phone optional", "trim company; phone is optional"),
        ("combine First Name and Last Name into notes separated by a comma", "combine First Name and Last Name into notes separated by ', '"),
        ("when there's no led source put Other", "set lead source to Other when it is empty"),
        ("sorry if this is a silly question but could the phone be optional", "phone is optional"),
        ("I don't think we should bring the Country column over", "don't import Country"),
        ("the phones look odd, would it be possible to read them as UK ones", "phone region GB"),
        ("our offices are in Finland so the phone numbers should be read as Finnish ones", "phone region FI"),
        ("Alan has no email, maybe we could use the Company Domain whenever the email is empty", "when email is empty use Company Domain"),
        ("fall back to Contact Owner for notes when Notes is blank", "when notes is empty use Contact Owner"),
        ("the company must be filled in for every contact", "company is required"),
        ("make sure the phone is filled in on every row", "phone is required"),
        ("would it be possible to not require a phone, some only gave an email", "phone is optional"),
        ("the company doesn't have to be filled in", "company is optional"),
        ("split the contact owner on the space and put the first part in notes", "notes = the first word of Contact Owner"),
        ("Lead Source = chat -> drop", "drop rows where Lead Source is chat"),
        ("get rid of whatever is invalid", "drop invalid rows"),
        ("we dont need the country at all just leave it out", "don't import Country"),
        ("sorry I made a mistake, can we go back to how it was before", "undo"),
        ("'trade show' in Lead Source means Event", "map trade show to Event"),
        ("anything that isn't one of the allowed lead sources should be Other", "anything else in lead source becomes Other"),
        ("mpa Contact Owner to notes", "map Contact Owner to notes"),
    ])
    func saidAsTheyAreDictatedOrHedged(_ phrasing: String, _ plain: String) throws {
        try PhrasingTests.expectSame(phrasing, as: plain)
    }

    /// "comma" after a word that names the mark is the separator, not punctuation; "no one" and
    /// "the last one" are no numbers.
    @Test(arguments: ["combine Contact Owner and Lifecycle Stage into notes with a comma", "drop the last one", "no one uses the notes"])
    func wordsThatOnlySoundLikeDictationAreKept(_ phrasing: String) throws {
        #expect(Dictation.read(phrasing) == phrasing)
    }
}

/// Messages written in chat tools and tickets, and requests with the reason said after them.
@Suite struct ChatAndTicketTests {
    /// Each phrasing makes exactly the edits its plain form makes.
    @Test(arguments: [
        ("hey @vern, could you pull `notes` from **Contact Owner**? 🙏", "map Contact Owner to notes"),
        ("OPS-77: lead source tidy-up\nAC: rows with no lead source get `Other`", "set lead source to Other when it is empty"),
        ("AC:\n* rows without a company are not imported", "drop rows without a company"),
        ("no row with Contact Owner `Dev Ops` is imported", "drop rows where Contact Owner is Dev Ops"),
        ("+1 to dropping Country from the mapping", "don't import Country"),
        ("✅ trim company\n✅ phone optional", "trim company; phone is optional"),
        ("@sam please remove the contact with Record ID 1002 :pray:", "drop record 1002"),
        ("convert the created dates to ISO-8601", "convert created date to ISO dates"),
        ("feed notes off the contact owner column, nothing fancy", "map Contact Owner to notes"),
        ("Set 'notes' to come from 'Lifecycle Stage'", "map Lifecycle Stage to notes"),
        ("company names should be trimmed", "trim company"),
        ("'webinar' and 'chat' both mean Event", "map webinar and chat to Event"),
        ("Podcast leads should land in Advertising", "map podcast to Advertising"),
        ("remove anyone whose owner is Bob Ray, we can't use those leads", "drop rows where Contact Owner is Bob Ray"),
        ("throw away anything that won't load", "drop invalid rows"),
        ("Phone is optional, right? keep it that way", "phone is optional"),
        ("fill blank created dates with 2000-01-01", "set created date to '2000-01-01' when it is empty"),
        ("for the contacts without a company, fall back to the Company Domain", "when company is empty use Company Domain"),
    ])
    func saidInAChatOrATicket(_ phrasing: String, _ plain: String) throws {
        try PhrasingTests.expectSame(phrasing, as: plain)
    }

    /// A reason after the request is set aside: it names no column but the one changed, no value,
    /// no row and no change of its own.
    @Test(arguments: [
        ("Company Domain is required. We match accounts on it.", "company domain is required"),
        ("First name in capitals. Not negotiable, the mailing tool wants that.", "upper-case first name"),
        ("last_name unique. Duplicates are suspicious.", "last name must be unique"),
        ("Drop every row with no phone number. Useless for us.", "drop rows without a phone"),
        ("The company is not obligatory, can be empty for the private persons.", "company is optional"),
        ("Trim the company name — it's breaking our de-dupe", "trim company"),
    ])
    func aReasonAfterTheRequestIsSetAside(_ phrasing: String, _ plain: String) throws {
        try PhrasingTests.expectSame(phrasing, as: plain)
    }

    /// What only looks like markup is kept: a calling code, a checker's "Expected:" after the request, a date format.
    @Test(arguments: ["+1 555 0100 is the code for the phones", "map Contact Owner to notes. Expected: 'Acme' stays 'Acme'", "write the dates as ISO-8601"])
    func markupLookalikesAreKept(_ text: String) {
        #expect(ChatMarkup.plain(text) == text)
    }

    /// An expectation opening a message is its request (a tester's "Expected: row 2 is gone");
    /// after a request it is the checker's, set aside.
    @Test func anExpectationAloneIsTheRequest() throws {
        try PhrasingTests.expectSame("Expected: row 2 is gone", as: "drop row 2")
        try PhrasingTests.expectSame("drop row 3. Expected: row 2 is gone", as: "drop row 3")
    }

    /// A reason that names another column ("the mobile") or says what is not wanted is never set aside.
    @Test(arguments: [
        ("make email required, the mobile can be empty", [Edit.required(target: "email", true), .required(target: "phone", false)]),
    ])
    func aPartNamingAnotherColumnIsRead(_ phrasing: String, _ expected: [Edit]) throws {
        guard case .success(.edits(let edits)) = try PhrasingTests.parser().parse(phrasing) else {
            Issue.record("\"\(phrasing)\" did not parse")
            return
        }
        #expect(edits == expected, "\(phrasing)")
    }

    /// A part that names a value of the data is never set aside as a comment, and a slash named in
    /// words is not guessed.
    @Test(arguments: [
        "+1 to what Sam said about Webinar → Event, and the same for the podcast ones. Also make company required.",
        "combine Contact Owner and Lifecycle Stage into notes with a slash",
    ])
    func aPartNamingDataIsNeverSetAside(_ phrasing: String) throws {
        if case .success(let command) = try PhrasingTests.parser().parse(phrasing) {
            Issue.record("\"\(phrasing)\" parsed as \(command)")
        }
    }
}
