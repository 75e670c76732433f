import Foundation
import Testing
import VernAPI
@testable import VernAgent
import VernRecipe
import VernAPI

/// A generated sheet for a small contacts file, and a way to apply instructions to it.
struct Fixture {
    static let csv = """
        Record ID,First Name,Last Name,E-mail Address,Phone,Company,Company Domain,Created Date,Lead Source,Contact Owner,Notes,Full Name,Street,City,Zip
        1, Ada ,Lovelace,ADA@EXAMPLE.COM ,(415) 555-0100,Analytical,www.analytical.io,03/04/2021,web,Eve,hi,Ada Lovelace,1 Main St,London,N1
        2,Alan,Turing,,+44 20 7946 0000,Bletchley,bletchley.uk,13/04/2021,trade show,Bob,,Alan Turing,2 High St,Bletchley,MK3
        3,Grace,Hopper,grace@navy.mil,n/a,Navy,navy.mil,2021-04-05,conference,Eve,,Grace Brewster Hopper,3 Bay Rd,Arlington,22201

        """

    var template: TargetTemplate
    var profile: SourceProfile
    var sheet: SheetRecipe

    init(template api: VernAPI.Template = BuiltInTemplates.contacts) throws {
        template = TargetTemplate(api)
        profile = try Profiler.profile(name: "contacts.csv", bytes: Array(Self.csv.utf8))
        sheet = RecipeBuilder.sheet(template: template, profile: profile, choices: RecipeBuilder.choose(template: template, profile: profile))
    }

    var parser: InstructionParser {
        InstructionParser(scope: ColumnScope(template: template, profile: profile, sheet: sheet), sheet: sheet)
    }

    /// Parses and applies one instruction; records an issue when it does not parse to edits.
    @discardableResult
    mutating func apply(_ instruction: String, sourceLocation: SourceLocation = #_sourceLocation) -> EditReport {
        switch parser.parse(instruction) {
        case .success(.edits(let edits)):
            return sheet.apply(edits, template: template)
        case .success(let command):
            Issue.record("\(instruction) → \(command), not edits", sourceLocation: sourceLocation)
        case .failure(let failure):
            Issue.record("\(instruction) → \(failure.reason)", sourceLocation: sourceLocation)
        }
        return EditReport()
    }

    func transforms(_ target: String) -> [Transform] { sheet.column(target)?.transforms ?? [] }

    mutating func set(_ target: String, _ transforms: [Transform]) {
        let index = sheet.columnIndex(target, template: template)
        sheet.columns[index].transforms = transforms
    }
}

@Suite struct GenerateMappingTests {
    @Test func profilesAndMapsByNameSynonymAndShape() throws {
        let fixture = try Fixture()
        #expect(fixture.profile.rows == 3)
        #expect(fixture.profile.columns.first { $0.name == "E-mail Address" }?.kind == .email)
        #expect(fixture.profile.columns.first { $0.name == "Created Date" }?.kind == .date)
        #expect(fixture.profile.columns.first { $0.name == "Company Domain" }?.kind == .domain)
        #expect(Summary.mappedFrom(fixture.sheet) == [
            "external_id": "Record ID", "first_name": "First Name", "last_name": "Last Name", "email": "E-mail Address",
            "phone": "Phone", "company": "Company", "company_domain": "Company Domain", "created_date": "Created Date",
            "lead_source": "Lead Source", "notes": "Notes",
        ])
        #expect(fixture.transforms("email") == [.trim(.spacesAndTabs), .lower])
        #expect(fixture.transforms("phone") == [.phone(defaultRegion: "US", extension: .drop)])
        #expect(fixture.transforms("company_domain") == [.domain])
        #expect(fixture.transforms("created_date") == [.date(dayFirst: true)])  // 13/04/2021 can only be day-first
        #expect(fixture.transforms("lead_source") == [.picklist(entries: [PicklistEntry(value: "Web", matches: ["web"])], default: nil)])
    }

    @Test func mapsByValueShapeWhenNamesSayNothing() throws {
        let csv = "Who,Reach me at,Org\nAda,ada@example.com,Acme\nAlan,alan@example.org,Acme\n"
        let template = TargetTemplate(BuiltInTemplates.contacts)
        let profile = try Profiler.profile(name: "odd.csv", bytes: Array(csv.utf8))
        let choices = RecipeBuilder.choose(template: template, profile: profile)
        #expect(choices.first { $0.target == "email" }?.source == "Reach me at")
        #expect(choices.first { $0.target == "email" }?.how == "value shape")
    }
}

@Suite struct UpdateIntentTests {
    @Test(arguments: ["Map E-mail Address to Email", "use 'E-mail Address' for the email column", "Email should come from e-mail adress"])
    func mapColumn(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.apply("Don't import email")
        #expect(fixture.sheet.column("email") == nil)
        fixture.apply(phrasing)
        #expect(fixture.sheet.column("email")?.source == .column("E-mail Address"))
        #expect(fixture.transforms("email") == [.trim(.spacesAndTabs), .lower])
    }

    @Test(arguments: ["Use 'Company Domain' for Website", "map company domain to the website"])
    func mapThroughSynonym(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.apply("skip the company domain")
        fixture.apply(phrasing)
        #expect(fixture.sheet.column("company_domain")?.source == .column("Company Domain"))
    }

    @Test(arguments: ["Don't import Notes", "skip the notes column", "Notes shouldn't be imported", "dont import Nots"])
    func unmap(_ phrasing: String) throws {
        var fixture = try Fixture()
        let report = fixture.apply(phrasing)
        #expect(fixture.sheet.column("notes") == nil)
        #expect(report.changes == ["notes: no longer imported"])
    }

    @Test(arguments: ["Don't import Contact Owner", "ignore 'contact owner'"])
    func unmapSomethingNotImportedSaysSo(_ phrasing: String) throws {
        var fixture = try Fixture()
        let before = fixture.sheet
        let report = fixture.apply(phrasing)
        #expect(fixture.sheet == before)
        #expect(report.unchanged == ["Contact Owner is already not imported"])
    }

    @Test(arguments: ["Trim whitespace from every phone number", "strip spaces from the phones", "trim Phone"])
    func trimOneColumn(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.set("phone", [])
        fixture.apply(phrasing)
        #expect(fixture.transforms("phone") == [.trim(.spacesAndTabs)])
    }

    @Test(arguments: ["Trim all fields", "trim every column", "Strip leading and trailing whitespace from all values"])
    func trimAll(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.apply(phrasing)
        for target in ["external_id", "first_name", "last_name", "company", "notes"] {
            #expect(fixture.transforms(target) == [.trim(.spacesAndTabs)], "\(target)")
        }
        #expect(fixture.transforms("email") == [.trim(.spacesAndTabs), .lower])
        #expect(fixture.transforms("phone") == [.phone(defaultRegion: "US", extension: .drop)])
    }

    @Test(arguments: ["Lower-case emails", "make the E-mail Address lowercase", "emails should be lower case"])
    func lowerCase(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.set("email", [.trim(.spacesAndTabs)])
        fixture.apply(phrasing)
        #expect(fixture.transforms("email") == [.trim(.spacesAndTabs), .lower])
    }

    @Test(arguments: ["Title-case first and last names", "capitalize First Name and Last Name", "title case the first name and the last name"])
    func titleCase(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.apply(phrasing)
        // Every word capitalised, as a spreadsheet's PROPER does ("De La Cruz"), capitals inside names kept.
        #expect(fixture.transforms("first_name") == [.name(onlyUniform: false, everyWord: true)])
        #expect(fixture.transforms("last_name") == [.name(onlyUniform: false, everyWord: true)])
    }

    @Test(arguments: [
        ("fix the ALL CAPS names", true), ("capitalise first and last names properly", false),
        ("fix the capitalisation of the names, leave mixed case alone", true),
        ("name-case first and last names", false),
    ])
    func nameCase(_ phrasing: String, _ onlyUniform: Bool) throws {
        var fixture = try Fixture()
        fixture.apply(phrasing)
        #expect(fixture.transforms("first_name") == [.name(onlyUniform: onlyUniform)])
        #expect(fixture.transforms("last_name") == [.name(onlyUniform: onlyUniform)])
    }

    @Test(arguments: [
        ("Capitalise each word of the last name", "last_name"), ("title-case the names", "last_name"),
        ("PROPER case the last name column", "last_name"),
    ])
    func everyWordOfANameCapitalised(_ phrasing: String, _ column: String) throws {
        var fixture = try Fixture()
        fixture.apply(phrasing)
        #expect(fixture.transforms(column).contains(.name(onlyUniform: false, everyWord: true)))
    }

    @Test func titleCaseOfOtherColumnsIsLiteral() throws {
        var fixture = try Fixture()
        fixture.apply("title case the notes")
        #expect(fixture.transforms("notes").contains(.title))
    }

    @Test(arguments: [
        ("Format phone numbers as E.164, default region US", "US"), ("phones in e164 with country GB", "GB"),
        ("Convert the Phone column to E.164 (region DE)", "DE"),
    ])
    func phoneFormat(_ phrasing: String, _ region: String) throws {
        var fixture = try Fixture()
        fixture.set("phone", [.trim(.spacesAndTabs)])
        fixture.apply(phrasing)
        // Outside the North American plan a named region reads national numbers by its numbering plan.
        let numbering: PhoneNumbering = region == "US" ? .simple : .national
        #expect(fixture.transforms("phone") == [.trim(.spacesAndTabs), .phone(PhoneFormat(defaultRegion: region, extension: .drop, numbering: numbering))])
    }

    @Test func aNamedRegionKeepsTheRegionColumnAndIsDescribedAsTheRuleReadsIt() throws {
        var fixture = try Fixture()
        fixture.set("phone", [.phone(PhoneFormat(defaultRegion: "US", regionColumn: "Country"))])
        let report = fixture.apply("Format phone numbers as E.164, default region GB")
        #expect(fixture.transforms("phone") == [.phone(PhoneFormat(defaultRegion: "GB", regionColumn: "Country"))])
        #expect(report.changes == ["phone: now E.164, region from the Country column, GB when empty"])
        var plain = try Fixture()
        #expect(plain.apply("Format phone numbers as E.164, default region GB").changes == ["phone: now E.164, national numbers by the GB numbering plan"])
    }

    @Test func rulesAreDescribedAsTheyApply() {
        #expect(Summary.describe(.phone(PhoneFormat(defaultRegion: "GB", regionColumn: "Country"))) == "E.164, region from the Country column, GB when empty")
        #expect(Summary.describe(.phone(PhoneFormat(defaultRegion: "GB"))) == "E.164 by the GB numbering plan")
        #expect(Summary.describe(.phone(defaultRegion: "US", extension: .drop)) == "E.164 (default region US)")
        #expect(Summary.describe(.name(onlyUniform: true)) == "names as people write them (McAllister, O'Neil, van der Berg), only values all in capitals or all in lower case")
        #expect(Summary.describe(.date(dayFirst: true, keepTime: true)) == "ISO date and time (day-first)")
        #expect(Summary.describe(.date(dayFirst: false)) == "ISO date (month-first)")
    }

    @Test func datesKeepOrDropTheTime() throws {
        var fixture = try Fixture()
        fixture.set("created_date", [.date(dayFirst: true)])
        let kept = fixture.apply("keep the time in the created dates")
        #expect(fixture.transforms("created_date") == [.date(dayFirst: true, keepTime: true)])
        #expect(kept.changes == ["created_date: now ISO dates and times, reading a/b/y as day-first, keeping a time given with the date (YYYY-MM-DDTHH:MM:SS)"])
        fixture.apply("dates are day-first, ignore the time")
        #expect(fixture.transforms("created_date") == [.date(dayFirst: true)])
    }

    @Test(arguments: ["Convert Created Date to ISO dates", "format the created date as ISO 8601", "created dates to YYYY-MM-DD"])
    func isoDates(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.set("created_date", [])
        fixture.apply(phrasing)
        #expect(fixture.transforms("created_date") == [.date(dayFirst: false)])
    }

    @Test(arguments: ["Dates are day-first", "the created date is DD/MM/YYYY", "dates are european"])
    func dayFirst(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.set("created_date", [.date(dayFirst: false)])
        fixture.apply(phrasing)
        #expect(fixture.transforms("created_date") == [.date(dayFirst: true)])
        fixture.apply("Dates are month-first")
        #expect(fixture.transforms("created_date") == [.date(dayFirst: false)])
    }

    @Test(arguments: ["Normalise the company domain", "clean up the website column", "normalize domains"])
    func domain(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.set("company_domain", [])
        fixture.apply(phrasing)
        #expect(fixture.transforms("company_domain") == [.domain])
    }

    @Test(arguments: [
        "Use the company domain for any missing Email, don't drop the row", "When the email is empty, build it from the company domain",
        "fill missing emails from the domain",
    ])
    func emailFromDomain(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.apply(phrasing)
        #expect(fixture.transforms("email").last == .emailFill(first: "first_name", last: "last_name", domain: "company_domain"))
    }

    @Test(arguments: ["Set Lead Source to Web when it is empty", "default lead source to 'web'", "if Lead Source is blank, use Web"])
    func defaultValue(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.apply(phrasing)
        #expect(fixture.transforms("lead_source").last == .defaultValue("Web"))
    }

    @Test(arguments: ["Map trade show and conference to Event", "Trade Show & conference should be event", "treat 'trade show', conference as Event"])
    func picklistMap(_ phrasing: String) throws {
        var fixture = try Fixture()
        let report = fixture.apply(phrasing)
        guard case .picklist(let entries, _)? = fixture.transforms("lead_source").first else { Issue.record("no picklist"); return }
        #expect(entries.first { $0.value == "Event" }?.matches == ["trade show", "conference"])
        #expect(report.changes == ["lead_source: trade show and conference now map to Event"])
    }

    @Test func picklistValueOutsideTheAllowedSetIsRefused() throws {
        let fixture = try Fixture()
        guard case .failure(let failure) = fixture.parser.parse("Anything else in Lead Source becomes Misc") else {
            Issue.record("accepted a value outside the allowed set")
            return
        }
        #expect(failure.reason.contains("not one of lead_source's allowed values"))
    }

    @Test(arguments: ["Anything else in Lead Source becomes Other", "map all other lead source values to Other", "everything else goes to other"])
    func picklistDefault(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.apply(phrasing)
        #expect(fixture.transforms("lead_source") == [.picklist(entries: [PicklistEntry(value: "Web", matches: ["web"])], default: "Other")])
    }

    @Test(arguments: ["Email must be unique, keep the first", "dedupe by email", "remove duplicate emails, keeping the first one"])
    func keepFirst(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.apply(phrasing)
        #expect(fixture.sheet.rows.keepFirst == ["email"])
    }

    @Test(arguments: ["Drop rows without a Company", "remove records where company is blank", "skip rows missing the company"])
    func dropRows(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.apply(phrasing)
        #expect(fixture.sheet.rows.drop == [RowCondition(column: "company", when: .empty)])
    }

    @Test(arguments: ["Keep rows with a bad phone but clear the phone", "clear invalid phone numbers", "blank out bad phones"])
    func clearInvalid(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.apply(phrasing)
        #expect(fixture.sheet.column("phone")?.onInvalid == .clear)
    }

    @Test(arguments: ["Split Full Name into First Name and Last Name", "split 'full name' in first and last name"])
    func splitName(_ phrasing: String) throws {
        var fixture = try Fixture()
        fixture.apply(phrasing)
        #expect(fixture.sheet.column("first_name")?.source == .splitName(column: "Full Name", part: .first))
        #expect(fixture.sheet.column("last_name")?.source == .splitName(column: "Full Name", part: .last))
    }

    @Test(arguments: [
        ("Combine Street, City and Zip into Address", ["Street", "City", "Zip"], ", "),
        ("join street and city into the address column separated by space", ["Street", "City"], " "),
    ])
    func combine(_ phrasing: String, _ columns: [String], _ separator: String) throws {
        var api = BuiltInTemplates.contacts
        api.columns.append(.init(name: "address", description: "Postal address."))
        var fixture = try Fixture(template: api)
        fixture.apply(phrasing)
        #expect(fixture.sheet.column("address")?.source == .combine(columns: columns, separator: separator))
    }

    @Test(arguments: [
        "Undo the last change", "undo", "Revert the last edit", "roll back that change", "scratch that", "never mind, undo that",
        "oops, put it back",
    ])
    func undo(_ phrasing: String) throws {
        #expect(try Fixture().parser.parse(phrasing).get() == .undo(1))
    }

    @Test(arguments: [("undo the last 2 changes", 2), ("Undo twice", 2), ("revert the last three edits", 3)])
    func undoSeveral(_ phrasing: String, count: Int) throws {
        #expect(try Fixture().parser.parse(phrasing).get() == .undo(count))
    }

    @Test(arguments: [
        "Go back to the recipe before the phone change", "revert to the version before the phone change", "undo the phone change",
    ])
    func revertBefore(_ phrasing: String) throws {
        #expect(try Fixture().parser.parse(phrasing).get() == .revertBefore("phone"))
    }

    @Test func severalClausesInOneInstruction() throws {
        var fixture = try Fixture()
        let report = fixture.apply("Don't import Notes; drop rows without a company")
        #expect(report.changes.count == 2)
        #expect(fixture.sheet.column("notes") == nil)
        #expect(fixture.sheet.rows.drop.count == 1)
    }

    @Test(arguments: ["make it nicer", "blorp the flargle", "phone"])
    func nonsenseDoesNotParse(_ phrasing: String) throws {
        guard case .failure = try Fixture().parser.parse(phrasing) else {
            Issue.record("\"\(phrasing)\" parsed")
            return
        }
    }
}
