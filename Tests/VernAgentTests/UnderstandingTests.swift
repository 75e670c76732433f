import Foundation
import Testing
import VernAPI
@testable import VernAgent
import VernRecipe

/// The understanding pipeline: clauses, filler, negation, constraints, regions, and refusing what
/// the recipe cannot express instead of doing something else.
@Suite struct UnderstandingTests {
    private func edits(_ phrasing: String) throws -> [Edit] {
        guard case .edits(let edits) = try Fixture().parser.parse(phrasing).get() else {
            Issue.record("\(phrasing) did not parse to edits")
            return []
        }
        return edits
    }

    private func refuses(_ phrasing: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if case .success(let command) = try Fixture().parser.parse(phrasing) {
            Issue.record("\"\(phrasing)\" parsed as \(command)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [
        ("company is optional", "company", false), ("Company isn't required", "company", false),
        ("make the last name optional", "last_name", false), ("last name can be blank", "last_name", false),
        ("do not mark company as required", "company", false), ("phone is required", "phone", true),
        ("make Phone mandatory", "phone", true), ("every contact needs a phone", "phone", true),
        ("notes can't be empty", "notes", true), ("Lead Source must be filled in", "lead_source", true),
        ("the compnay field is optional", "company", false),
    ])
    func requiredEitherWay(_ phrasing: String, target: String, value: Bool) throws {
        #expect(try edits(phrasing) == [.required(target: target, value)])
    }

    @Test(arguments: [
        ("phone must be unique", "phone", true), ("no duplicate external ids", "external_id", true),
        ("email doesn't need to be unique", "email", false), ("allow duplicate emails", "email", false),
        ("emails can repeat", "email", false),
    ])
    func uniqueEitherWay(_ phrasing: String, target: String, value: Bool) throws {
        #expect(try edits(phrasing) == [.unique(target: target, value)])
    }

    @Test func requiredAndUniqueChangeTheRecipeAndTheirWords() throws {
        var fixture = try Fixture()
        var report = fixture.apply("company is optional")
        #expect(fixture.sheet.column("company")?.required == false)
        #expect(report.changes == ["company: now optional (an empty value is allowed)"])
        report = fixture.apply("company is required")
        #expect(fixture.sheet.column("company")?.required == nil)
        report = fixture.apply("company is required")
        #expect(report.changes.isEmpty && report.unchanged == ["company is already required"])
        fixture.apply("Email must be unique, keep the first")
        fixture.apply("emails can repeat")
        #expect(fixture.sheet.column("email")?.unique == false)
        #expect(fixture.sheet.rows.keepFirst.isEmpty)
    }

    @Test(arguments: [
        "1. trim all fields 2. lower-case emails 3. drop rows without a company",
        "Trim all fields; lower-case emails, and drop rows without a company",
        "trim all fields. Also lower-case emails and drop rows without a company",
        "- trim all fields\n- lower-case emails\n- drop rows without a company",
        "please trim all fields and lower-case the emails, then drop rows without a company, thanks",
    ])
    func severalChangesInOneMessage(_ phrasing: String) throws {
        let list = try edits(phrasing)
        #expect(list.count == 3, "\(list)")
        #expect(list.first == .trim(targets: []))
        #expect(list.last == .dropRows(RowCondition(column: "company", when: .empty)))
    }

    @Test(arguments: [
        "Could you please map E-mail Address to email, since our billing system needs it",
        "map E-mail Address to email instead", "I'd like you to map E-mail Address to email - we use it for billing",
        "map E-mial Adress to email",
    ])
    func fillerReasonsAndTyposAreIgnored(_ phrasing: String) throws {
        #expect(try edits(phrasing) == [.map(target: "email", source: .column("E-mail Address"))])
    }

    @Test(arguments: [
        ("Format phones as E.164, they are UK numbers", "GB"), ("phones in E.164 for British numbers", "GB"),
        ("format phone numbers as E.164, default region +49", "DE"), ("Format phone numbers as E.164 region NO", "NO"),
        ("format phone numbers as E.164, no extensions", "US"), ("format phone numbers as E.164 - is that ok", "US"),
    ])
    func regionsByNameCodeOrCallingCodeNeverAShortWord(_ phrasing: String, region: String) throws {
        #expect(try edits(phrasing) == [.phone(target: "phone", region: region)])
    }

    @Test(arguments: [
        "drop rows where lead source is podcast", "use Date Added for the created date, it is in UK format",
        "remove record 12345", "set the phone region to no", "when notes is empty use Company, and trim the blorp",
    ])
    func refusesWhatItCannotDoInsteadOfDoingSomethingElse(_ phrasing: String) throws {
        try refuses(phrasing)
    }

    @Test(arguments: [
        ("when notes is empty use Company", "notes", ["Notes", "Company"]), ("if the phone is blank, use Zip", "phone", ["Phone", "Zip"]),
        ("fill empty companies from the Company Domain column", "company", ["Company", "Company Domain"]),
    ])
    func conditionalFillFromAnotherColumn(_ phrasing: String, target: String, sources: [String]) throws {
        #expect(try edits(phrasing) == [.map(target: target, source: .firstOf(columns: sources))])
    }

    @Test func dropsBySourceValueValidityAndRecordID() throws {
        #expect(try edits("drop rows where lead source is trade show")
            == [.dropRows(RowCondition(column: "Lead Source", when: .equals, value: "trade show", inSource: true))])
        #expect(try edits("drop rows where the email is invalid") == [.dropRows(RowCondition(column: "email", when: .invalid))])
        #expect(try edits("remove records 1 and 3")
            == [.dropRows(RowCondition(column: "Record ID", when: .equals, value: "1", inSource: true)),
                .dropRows(RowCondition(column: "Record ID", when: .equals, value: "3", inSource: true))])
        #expect(try edits("drop rows where Contact Owner is eve")
            == [.dropRows(RowCondition(column: "Contact Owner", when: .equals, value: "eve", inSource: true))])
    }

    @Test func appendAndCombineKeepAQuotedSeparatorExactly() throws {
        #expect(try edits("append Contact Owner to notes with ' | ' in between")
            == [.map(target: "notes", source: .combine(columns: ["Notes", "Contact Owner"], separator: " | "))])
        #expect(try edits("merge Street and City into notes, separator ' ; '")
            == [.map(target: "notes", source: .combine(columns: ["Street", "City"], separator: " ; "))])
    }

    @Test func namedSeparatorsComposeAndUnknownWordsAreRefused() throws {
        #expect(try edits("append Contact Owner to notes with a semicolon and a space between")
            == [.map(target: "notes", source: .combine(columns: ["Notes", "Contact Owner"], separator: "; "))])
        #expect(try edits("append Contact Owner to notes with a comma")
            == [.map(target: "notes", source: .combine(columns: ["Notes", "Contact Owner"], separator: ", "))])
        #expect(try edits("merge Street and City into notes, separated by a hyphen")
            == [.map(target: "notes", source: .combine(columns: ["Street", "City"], separator: "-"))])
        #expect(try edits("merge Street and City into notes, separated by a dash with spaces around it")
            == [.map(target: "notes", source: .combine(columns: ["Street", "City"], separator: " - "))])
        // A dash alone may be "-" or " - ": asked, not guessed.
        try refuses("merge Street and City into notes, separated by a dash")
        try refuses("append Contact Owner to notes with a little flourish between")
    }

    @Test func aWholeParseDoesNotSwallowAFurtherInstruction() throws {
        #expect(try edits("numbers are British, company is optional, and make phone unique")
            .contains(.required(target: "company", false)))
        #expect(try edits("numbers are British, company is optional, and make phone unique")
            .contains(.unique(target: "phone", true)))
    }

    @Test func constraintsOnSeveralColumnsAndBareForms() throws {
        #expect(try edits("make first name, phone and created date required")
            == [.required(target: "first_name", true), .required(target: "phone", true), .required(target: "created_date", true)])
        #expect(try edits("Company optional. Email not unique. Phone required.")
            == [.required(target: "company", false), .unique(target: "email", false), .required(target: "phone", true)])
    }

    /// When a message cannot be read whole, the parts of it that can are offered as readings,
    /// the largest first, and never the whole message again.
    @Test func thePartsThatCanBeReadAreOffered() throws {
        let parser = try PhrasingTests.parser()
        #expect(Interpretations.partsUnderstood(in: "phones are in, dates are day first", parser: parser).map(\.reading) == ["dates are day first"])
        #expect(Interpretations.partsUnderstood(in: "trim the company, and frobnicate the notes", parser: parser).map(\.reading) == ["trim the company"])
        #expect(Interpretations.partsUnderstood(in: "blorp the flargle", parser: parser).isEmpty)
    }

    @Test func aMessageNamingNothingKnownBlocksWithExamplesOrFails() throws {
        #expect(Interpretations.examples(near: "fix the dates") == ["Convert Created Date to ISO dates", "Dates are day-first"])
        #expect(Interpretations.examples(near: "blorp the flargle").isEmpty)
    }

    @Test(arguments: [
        ("undo that and then drop row 1", Command.undoThen(1, [.dropRowNumber(1)])),
        ("never mind that last change; trim company instead", .undoThen(1, [.trim(targets: ["company"])])),
        ("oops, only upper-case the company instead", .undoThen(1, [.letterCase(targets: ["company"], transform: .upper)])),
        ("undo the last 2 changes, then make email unique", .undoThen(2, [.unique(target: "email", true)])),
        ("oops, also trim company", .edits([.trim(targets: ["company"])])),
    ])
    func anUndoSaidFirstThenAChange(_ phrasing: String, _ expected: Command) throws {
        #expect(try Fixture().parser.parse(phrasing).get() == expected)
    }

    @Test func aBareNoReplacesTheLastChangeOnlyWhenTheNewOneIsOfItsKind() throws {
        var parser = try Fixture().parser
        parser.previous = [.trim(targets: ["company"])]
        #expect(try parser.parse("no, make the company upper case instead").get() == .undoThen(1, [.letterCase(targets: ["company"], transform: .upper)]))
        #expect(try parser.parse("no, the dates are day-first instead").get() == .edits([.date(target: "created_date", dayFirst: true)]))
        #expect(try parser.parse("oops, the dates are day-first instead").get() == .undoThen(1, [.date(target: "created_date", dayFirst: true)]))
    }

    @Test func aQuotedDefaultIsALiteralUnlessItIsASourceHeader() throws {
        #expect(try edits("when notes is empty use 'n/a'") == [.defaultValue(target: "notes", value: "n/a")])
        #expect(try edits("when notes is empty use 'Company Domain'") == [.map(target: "notes", source: .firstOf(columns: ["Notes", "Company Domain"]))])
    }
}

/// Typos are measured by edit distance; a limit stops the count early without changing what is within it.
@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("email", "email", 0), ("emial", "email", 1), ("emails", "email", 1), ("compnay", "company", 1),
        ("empty", "emails", 4), ("", "abc", 3), ("lead", "", 4), ("café", "cafe", 1),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(Text.editDistance(a, b) == expected)
        #expect(Text.editDistance(b, a) == expected)
        for limit in 0...5 {
            #expect(Text.editDistance(a, b, limit: limit) == min(expected, limit + 1), "limit \(limit)")
        }
    }
}
