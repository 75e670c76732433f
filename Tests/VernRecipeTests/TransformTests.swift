import Foundation
import Testing
import VernAPI

@testable import VernRecipe

@Suite("Transforms")
struct TransformTests {
    static let us = Transform.phone(defaultRegion: "US", extension: .drop)

    @Test(
        "phone to E.164 (US default region)",
        arguments: [
            ("+1 (415) 555-0100", "+14155550100"), ("(415) 555-0100", "+14155550100"), ("415.555.0100", "+14155550100"),
            ("4155550100", "+14155550100"), ("1-415-555-0100", "+14155550100"), ("0044 20 7946 0000", "+442079460000"),
            ("+49 30 123456", "+4930123456"), ("  +1 415 555 0100\t", "+14155550100"),
            ("415-555-0100 ext. 12", "+14155550100"), ("415-555-0100 x12", "+14155550100"),
            ("415-555-0100#12", "+14155550100"),
            ("(415) 555-0100 EXT 9", "+14155550100"), ("+1 415.555.0100 Ext.77", "+14155550100"), ("", ""),
        ])
    func phoneValid(input: String, expected: String) throws {
        let r = try transform(input, [Self.us])
        #expect(r.value == expected)
        #expect(r.reason == nil)
    }

    @Test(
        "phone that cannot convert is phone:format",
        arguments: [
            "555-0100", "n/a", "12345", "TBD", "+1", "call me", "000", "+44 (0)", "1234567890123456789",
            "(415) 555-010",
            "0155 555 0100", "+0123456789", "x123",
        ])
    func phoneInvalid(input: String) throws {
        let r = try transform(input, [Self.us])
        #expect(r.reason == "v:format")
        #expect(r.value == input, "the invalid cell keeps its value")
    }

    @Test("phone: keep extension, other default region")
    func phoneOptions() throws {
        #expect(
            try transform("415-555-0100 ext. 12", [.phone(defaultRegion: "US", extension: .keep)]).value
                == "+14155550100;ext=12")
        #expect(
            try transform("020 7946 0000", [.phone(defaultRegion: "GB", extension: .drop)]).value == "+442079460000")
        #expect(try transform("4155550100", [.phone(defaultRegion: "GB", extension: .drop)]).reason == "v:format")
        #expect(throws: RecipeError.self) { try transform("1", [.phone(defaultRegion: "XX", extension: .drop)]) }
    }

    @Test(
        "phone by the numbering plan (GB default region)",
        arguments: [
            ("+44 (0)7911 123456", "+447911123456"), ("07911 123456", "+447911123456"), ("7911 123456", "+447911123456"),
            ("00 44 7911 123456", "+447911123456"), ("447911123456", "+447911123456"), ("020 7946 0000", "+442079460000"),
            ("+1 (415) 555-0100", "+14155550100"), ("011 44 20 7946 0000", ""), ("+49 30 123456", "+4930123456"),
            // Not valid for their region: too short, too long, or a prefix no number starts with.
            ("07911 12345", ""), ("07911 1234567", ""), ("+44 (0)6911 123456", ""), ("+4407911123456", "+447911123456"),
            ("+44 20 7946 000", ""), ("+1 415 555 010", ""), ("0044 (0)", ""), ("Tel 07911 123456", ""),
            // libphonenumber's plan has no mobile range 07911 4…: read as +447911433964, but not valid.
            ("+44 (0)7911 433964", ""),
        ])
    func phoneNumberingPlan(input: String, expected: String) throws {
        let r = try transform(input, [.phone(PhoneFormat(defaultRegion: "GB"))])
        if expected.isEmpty {
            #expect(r.reason == "v:format", "\(input) → \(r.value)")
        } else {
            #expect(r.value == expected)
            #expect(r.reason == nil)
        }
    }

    /// `national`: a number written with its calling code reads as under any default region (the
    /// simple rule), a national number by the named region's plan.
    @Test(arguments: [
        ("+44 20 6209 2574", "GB", "+442062092574"), ("+44 20 6209 2574", "DE", "+442062092574"), ("0044 20 9874 8007", "DE", "+442098748007"),
        (" 733-516-0485", "GB", "+447335160485"), ("07911 123456", "GB", "+447911123456"), ("030 123456", "DE", "+4930123456"),
        ("07911 12345", "GB", ""), ("(415) 555-0100", "GB", ""), ("+44 12", "GB", ""),
    ])
    func phoneNationalNumbersByThePlan(input: String, region: String, expected: String) throws {
        let r = try transform(input, [.phone(PhoneFormat(defaultRegion: region, numbering: .national))])
        if expected.isEmpty {
            #expect(r.reason == "v:format", "\(input) → \(r.value)")
        } else {
            #expect(r.value == expected, "\(input) under \(region)")
            #expect(r.reason == nil)
        }
        let simple = try transform(input, [.phone(PhoneFormat(defaultRegion: "US", numbering: .simple))])
        if input.hasPrefix("+") || input.hasPrefix("00") { #expect(simple.value == r.value && simple.reason == r.reason, "\(input) reads as under US") }
    }

    @Test("phone regions by name, per row from a column, and the SPEC's simple rule")
    func phoneRegions() throws {
        #expect(try transform("030 123456", [.phone(PhoneFormat(defaultRegion: "German"))]).value == "+4930123456")
        #expect(PhoneFormat(defaultRegion: "GB").summary == "E.164 by the GB numbering plan")
        let template = Template(slug: "t", name: "T", columns: [Template.Column(name: "phone")])
        let format = PhoneFormat(defaultRegion: "GB", extension: .drop, regionColumn: "Country")
        let recipe = makeRecipe([ColumnRecipe(target: "phone", source: .column("Phone"), transforms: [.phone(format)])])
        let csv = "Country,Phone\nFrance,01 23 45 67 89\nDE,030 123456\n,07911 123456\nNarnia,07911 123456\nUS,07911 123456\n"
        let r = try runCSV(csv, recipe: recipe, template: template)
        #expect(Array(r.lines.dropFirst().prefix(3)) == ["+33123456789", "+4930123456", "+447911123456"])
        #expect(r.cells.map(\.row) == [4, 5])
        #expect(format.summary == "E.164, region from the Country column, GB when empty")
        let simple = Transform.phone(PhoneFormat(defaultRegion: "US", numbering: .simple))
        #expect(try transform("(415) 555-0100", [simple]).value == "+14155550100")
        #expect(try transform("+44 (0)7911 433964", [simple]).value == "+4407911433964")
    }

    @Test("a per-row region repeated, shortened, padded and changed back reads each row's own region")
    func phoneRegionRuns() throws {
        let template = Template(slug: "t", name: "T", columns: [Template.Column(name: "phone")])
        let format = PhoneFormat(defaultRegion: "GB", extension: .drop, regionColumn: "Country")
        let recipe = makeRecipe([ColumnRecipe(target: "phone", source: .column("Phone"), transforms: [.phone(format)])])
        let csv =
            "Country,Phone\nDE,030 123456\nDE,030 123457\nD,030 123456\n FR ,01 23 45 67 89\nFR,01 23 45 67 89\n"
            + "DE,030 123456\n"
        let r = try runCSV(csv, recipe: recipe, template: template)
        #expect(
            [1, 2, 4, 5, 6].map { r.lines[$0] }
                == ["+4930123456", "+4930123457", "+33123456789", "+33123456789", "+4930123456"])
        #expect(r.cells.map(\.row) == [3])
    }

    @Test(
        "dates to ISO-8601",
        arguments: [
            ("2023-04-05", "2023-04-05"), ("2023-04-05T10:11:12Z", "2023-04-05"), ("2023-04-05 10:11", "2023-04-05"),
            ("2023-04-05T10:11:12.000+0000", "2023-04-05"), ("2023-04-05t10:11:12+02:00", "2023-04-05"),
            ("04/05/2023", "2023-04-05"), ("4/5/2023", "2023-04-05"), ("4/5/23", "2023-04-05"),
            ("05.04.2023", "2023-04-05"),
            ("Apr 5, 2023", "2023-04-05"), ("APR 5, 2023", "2023-04-05"), ("05-Apr-2023", "2023-04-05"),
            ("5-APR-2023", "2023-04-05"),
            ("2024-02-29", "2024-02-29"), ("2000-02-29", "2000-02-29"), ("2/29/2024", "2024-02-29"),
            (" 1900-01-01 ", "1900-01-01"),
            ("12/31/2100", "2100-12-31"), ("", ""),
        ])
    func dateValid(input: String, expected: String) throws {
        let r = try transform(input, [.date(dayFirst: false)])
        #expect(r.value == expected)
        #expect(r.reason == nil)
    }

    @Test(
        "invalid dates are created_date-style format errors",
        arguments: [
            "N/A", "TBD", "yesterday", "2023-02-30", "13/25/2023", "00/00/0000", "2021-13-01", "31.02.2020",
            "Foo 12, 2020", "0",
            "2019/07/04", "12-31-2021x", "2023-02-29", "1900-02-29", "2100-02-29", "1899-12-31", "2101-01-01",
            "2023-4-05",
            "2023-04-05T10", "2023-04-05T10:11:12+0", "4/5/023", "05-Foo-2023", "2023-04-05 ",
            "2023-04-05x",
        ])
    func dateInvalid(input: String) throws {
        let r = try transform(input, [.date(dayFirst: false)])
        if input == "2023-04-05 " {
            #expect(r.reason == nil, "trailing space is trimmed")
        } else {
            #expect(r.reason == "v:format", "\(input)")
        }
    }

    @Test("day-first dates")
    func dayFirst() throws {
        #expect(try transform("04/05/2023", [.date(dayFirst: true)]).value == "2023-05-04")
        #expect(try transform("31/12/2023", [.date(dayFirst: true)]).value == "2023-12-31")
        #expect(try transform("31/12/2023", [.date(dayFirst: false)]).reason == "v:format")
        #expect(try transform("29/2/2023", [.date(dayFirst: true)]).reason == "v:format")
        #expect(try transform("29/2/2024", [.date(dayFirst: true)]).value == "2024-02-29")
    }

    @Test(
        "domain normalisation",
        arguments: [
            ("https://www.acme.com/", "acme.com"), ("http://acme.io", "acme.io"), ("WWW.ACME.CO.UK", "acme.co.uk"),
            (" Acme.com// ", "acme.com"), ("www.www.acme.com", "www.acme.com"), ("", ""),
        ])
    func domain(input: String, expected: String) throws {
        let r = try transform(input, [.domain], strict: .pattern(Template.domainPattern))
        #expect(r.value == expected)
        #expect(r.reason == nil)
    }

    @Test(
        "invalid domains fail the template's strict rule",
        arguments: ["localhost", "acme", "acme..com", "http://acme.com/about", "n/a", "acme.c0m", "acme.c"])
    func domainInvalid(input: String) throws {
        #expect(try transform(input, [.domain], strict: .pattern(Template.domainPattern)).reason == "v:format")
    }

    @Test("picklist mapping with a default; without a default unknown values are v:picklist")
    func picklist() throws {
        let entries = [
            PicklistEntry(value: "Web", matches: ["web", "Web Form"]),
            PicklistEntry(value: "Event", matches: ["event"]),
        ]
        #expect(try transform("  WEB FORM ", [.picklist(entries: entries, default: "Other")]).value == "Web")
        #expect(try transform("Event", [.picklist(entries: entries, default: "Other")]).value == "Event")
        #expect(try transform("LinkedIn", [.picklist(entries: entries, default: "Other")]).value == "Other")
        #expect(try transform("", [.picklist(entries: entries, default: "Other")]).value == "")
        let strict = try transform("LinkedIn", [.picklist(entries: entries, default: nil)])
        #expect(strict.reason == "v:picklist")
        #expect(strict.value == "LinkedIn")
    }

    @Test("case transforms, including non-ASCII")
    func caseTransforms() throws {
        #expect(try transform("John.Smith@ACME.com", [.lower]).value == "john.smith@acme.com")
        #expect(try transform("ÉLODIE Müller", [.lower]).value == "élodie müller")
        #expect(try transform("jürgen", [.upper]).value == "JÜRGEN")
        #expect(try transform("mary-ann o'brien", [.title]).value == "Mary-Ann O'Brien")
        #expect(try transform("JOSÉ DE LA CRUZ", [.title]).value == "José De La Cruz")
    }

    /// Title case of names: every word capitalised, particles too, the capitals inside a name kept.
    @Test(arguments: [
        ("de la cruz", "De La Cruz"), ("MCALLISTER", "McAllister"), ("van der berg", "Van Der Berg"),
        ("o'neil", "O'Neil"), ("mary-ann smith-y-jones", "Mary-Ann Smith-Y-Jones"), ("john smith iii", "John Smith III"),
        ("McDonald", "McDonald"), ("  DE LA CRUZ ", "  De La Cruz "),
    ])
    func nameCaseOfEveryWord(_ value: String, _ expected: String) throws {
        #expect(try transform(value, [.name(onlyUniform: false, everyWord: true)]).value == expected)
        // Written as people write names, the particles stay lower case.
        #expect(try transform("de la cruz", [.name(onlyUniform: false)]).value == "de la Cruz")
    }

    @Test(
        "name case writes names as people do",
        arguments: [
            ("MCALLISTER", "McAllister"), ("o'neil", "O'Neil"), ("van der berg", "van der Berg"),
            ("jean-luc", "Jean-Luc"), ("JEAN-LUC PICARD", "Jean-Luc Picard"), ("macdonald", "MacDonald"),
            ("mack", "Mack"), ("MACHADO", "Machado"), ("ludwig van beethoven", "Ludwig van Beethoven"),
            ("de la", "De La"), ("smith-y-jones", "Smith-y-Jones"), ("AL-HASSAN", "al-Hassan"),
            ("john smith iii", "John Smith III"), ("JOHN SMITH JR.", "John Smith Jr."), ("ann lee phd", "Ann Lee PhD"),
            ("vi", "Vi"), ("ÉLODIE  DE VRIES", "Élodie  de Vries"), ("", ""),
        ])
    func nameCase(input: String, expected: String) throws {
        #expect(try transform(input, [.name(onlyUniform: false)]).value == expected)
    }

    @Test("name case with onlyUniform changes only values written in one case")
    func nameCaseOnlyUniform() throws {
        let only = Transform.name(onlyUniform: true)
        #expect(try transform("McAllister", [only]).value == "McAllister")
        #expect(try transform("MacKenzie-smith", [only]).value == "MacKenzie-smith")
        #expect(try transform("MCALLISTER", [only]).value == "McAllister")
        #expect(try transform("o'neil", [only]).value == "O'Neil")
        #expect(try transform("mcAllister", [.name(onlyUniform: false)]).value == "McAllister")
    }

    @Test("name transform JSON: op name, onlyUniform defaults to false")
    func nameJSON() throws {
        let decode = { (json: String) in try JSONDecoder().decode(Transform.self, from: Data(json.utf8)) }
        #expect(try decode(#"{"op":"name"}"#) == .name(onlyUniform: false))
        #expect(try decode(#"{"op":"name","onlyUniform":true}"#) == .name(onlyUniform: true))
        let encoded = String(decoding: try JSONEncoder().encode(Transform.name(onlyUniform: true)), as: UTF8.self)
        #expect(try decode(encoded) == .name(onlyUniform: true))
    }

    @Test("trim variants")
    func trim() throws {
        #expect(try transform(" \t a b \t ", [.trim(.spacesAndTabs)]).value == "a b")
        #expect(try transform("\u{00A0}a\u{00A0}", [.trim(.spacesAndTabs)]).value == "\u{00A0}a\u{00A0}")
        #expect(try transform("\u{00A0} a\n", [.trim(.whitespace)]).value == "a")
        #expect(try transform("\r\n x \r\n", [.trim(.whitespace)]).value == "x")
        #expect(try transform("\r\n x \r\n", [.trim(.spacesAndTabs)]).value == "\r\n x \r\n")
    }

    @Test("default value, split, regex replace")
    func misc() throws {
        #expect(try transform("", [.defaultValue("n/a")]).value == "n/a")
        #expect(try transform("x", [.defaultValue("n/a")]).value == "x")
        #expect(try transform("a;b;c", [.split(separator: ";", part: 1)]).value == "b")
        #expect(try transform("a;b;c", [.split(separator: ";", part: -1)]).value == "c")
        #expect(try transform("a;b;c", [.split(separator: ";", part: 5)]).value == "")
        #expect(try transform("a::b", [.split(separator: "::", part: 1)]).value == "b")
        #expect(try transform("ACME-123-x", [.regexReplace(pattern: "[^0-9]", replacement: "")]).value == "123")
        #expect(
            try transform("Smith, John", [.regexReplace(pattern: "^(\\w+), (\\w+)$", replacement: "$2 $1")]).value
                == "John Smith")
        #expect(throws: RecipeError.self) { try transform("x", [.regexReplace(pattern: "(", replacement: "")]) }
    }

    @Test("ordered transforms compose")
    func ordered() throws {
        #expect(try transform("  HELLO ", [.trim(.spacesAndTabs), .lower, .title]).value == "Hello")
        #expect(try transform("  ", [.trim(.spacesAndTabs), .defaultValue("none")]).value == "none")
    }
}

@Suite("Sources and email fill")
struct SourceTests {
    static let template = Template(
        slug: "t", name: "T",
        columns: [
            Template.Column(name: "first"), Template.Column(name: "last"), Template.Column(name: "email"),
            Template.Column(name: "domain", strictRule: .pattern(Template.domainPattern)), Template.Column(name: "full"),
            Template.Column(name: "kind"),
        ])

    static let recipe = makeRecipe([
        ColumnRecipe(
            target: "first", source: .splitName(column: "Name", part: .first), transforms: [.trim(.spacesAndTabs)]),
        ColumnRecipe(target: "last", source: .splitName(column: "Name", part: .last)),
        // email is listed before the columns it reads: evaluation follows the references.
        ColumnRecipe(
            target: "email", source: .column("Email"),
            transforms: [.trim(.spacesAndTabs), .lower, .emailFill(first: "first", last: "last", domain: "domain")]),
        ColumnRecipe(target: "domain", source: .column("Site"), transforms: [.domain]),
        ColumnRecipe(target: "full", source: .combine(columns: ["Site", "Name"], separator: " | ")),
        ColumnRecipe(target: "kind", source: .constant("lead")),
    ])

    @Test("split name, combine, constant, email fill from other output columns")
    func sources() throws {
        let csv = """
            Name,Email,Site
            Mary Ann O'Brien,,https://www.Acme.com/
            José Smith,,acme.io
            Zoë Le Bœuf,,not a domain
            Cher,,acme.com
            John Doe,JD@X.COM,
            ,,acme.com

            """
        let r = try runCSV(csv, recipe: Self.recipe, template: Self.template)
        #expect(r.lines[0] == "first,last,email,domain,full,kind")
        #expect(
            r.lines[1]
                == "Mary Ann,O'Brien,maryann.obrien@acme.com,acme.com,https://www.Acme.com/ | Mary Ann O'Brien,lead")
        #expect(r.lines[2] == "José,Smith,jos.smith@acme.io,acme.io,acme.io | José Smith,lead")
        #expect(
            r.lines[3] == "Zoë Le,Bœuf,,not a domain,not a domain | Zoë Le Bœuf,lead", "no fill from an invalid domain")
        #expect(r.lines[4] == "Cher,,,acme.com,acme.com | Cher,lead", "no fill without a last name")
        #expect(r.lines[5] == "John,Doe,jd@x.com,,John Doe,lead")
        #expect(r.lines[6] == ",,,acme.com,acme.com,lead")
        #expect(r.counts.invalidByReason == ["domain:format": 1])
    }

    @Test("emailFill cycles and unknown columns are rejected")
    func badReferences() {
        let cyclic = makeRecipe([
            ColumnRecipe(
                target: "first", source: .none, transforms: [.emailFill(first: "last", last: "last", domain: "domain")]),
            ColumnRecipe(
                target: "last", source: .none, transforms: [.emailFill(first: "first", last: "first", domain: "domain")]
            ),
        ])
        #expect(throws: RecipeError.self) { try RecipeEngine(recipe: cyclic, template: Self.template) }
        let unknown = makeRecipe([
            ColumnRecipe(
                target: "email", source: .none, transforms: [.emailFill(first: "nope", last: "last", domain: "domain")])
        ])
        #expect(throws: RecipeError.self) { try RecipeEngine(recipe: unknown, template: Self.template) }
        let notInTemplate = makeRecipe([ColumnRecipe(target: "zzz", source: .none)])
        #expect(throws: RecipeError.self) { try RecipeEngine(recipe: notInTemplate, template: Self.template) }
    }
}

@Suite("Dates in more formats")
struct DateFormatTests {
    @Test(
        "day-first dates with dashes, dots, spaces, month names and a time",
        arguments: [
            ("22-06-2024", "2024-06-22"), ("22.06.2024", "2024-06-22"), ("22/10/2017 09:51", "2017-10-22"),
            ("3 Jan 2021", "2021-01-03"), ("3 January 2021", "2021-01-03"), ("January 3, 2021", "2021-01-03"),
            ("3 Sept 2021", "2021-09-03"), ("22 06 2024", "2024-06-22"), ("22-06-24", "2024-06-22"),
            ("22/10/2017 9:51 pm", "2017-10-22"), ("03/04/2023", "2023-04-03"),
        ])
    func dayFirst(input: String, expected: String) throws {
        let r = try transform(input, [.date(dayFirst: true)])
        #expect(r.value == expected)
        #expect(r.reason == nil)
    }

    @Test("month-first reads the same digits the other way; impossible dates stay invalid")
    func monthFirst() throws {
        #expect(try transform("06-22-2024", [.date(dayFirst: false)]).value == "2024-06-22")
        #expect(try transform("03/04/2023", [.date(dayFirst: false)]).value == "2023-03-04")
        for bad in ["22-06-2024", "31 Sept 2021", "3 Janu 2021", "22/10/2017 09:51x", "2019/07/04", "12-31-2021x"] {
            #expect(try transform(bad, [.date(dayFirst: false)]).reason == "v:format", "\(bad)")
        }
    }
}

@Suite("Datetimes and ambiguous dates")
struct DateTimeTests {
    @Test(
        "keepTime writes the time given with the date as ISO 8601",
        arguments: [
            ("22/10/2017 09:51", true, "2017-10-22T09:51:00"), ("22/10/2017 9:51 pm", true, "2017-10-22T21:51:00"),
            ("10/22/2017 12:05 am", false, "2017-10-22T00:05:00"), ("3 Jan 2021 23:05:59", true, "2021-01-03T23:05:59"),
            ("2023-04-05T10:11:12.345+0200", false, "2023-04-05T10:11:12.345+02:00"),
            ("2023-04-05 10:11Z", false, "2023-04-05T10:11:00Z"), ("2023-04-05t10:11:12-05:30", true, "2023-04-05T10:11:12-05:30"),
            ("22.06.2024", true, "2024-06-22"), ("Jan 3, 2021 9:51:07 am", false, "2021-01-03T09:51:07"),
        ])
    func keepTime(input: String, dayFirst: Bool, expected: String) throws {
        let r = try transform(input, [.date(dayFirst: dayFirst, keepTime: true)])
        #expect(r.value == expected)
        #expect(r.reason == nil)
    }

    @Test("keepTime rejects a time that is not a clock time; without it the time is dropped as before")
    func badTimes() throws {
        for bad in ["22/10/2017 25:00", "22/10/2017 13:00 pm", "22/10/2017 10:60", "2023-04-05T24:00"] {
            #expect(try transform(bad, [.date(dayFirst: true, keepTime: true)]).reason == "v:format", "\(bad)")
        }
        #expect(try transform("2023-04-05T24:00", [.date(dayFirst: false)]).value == "2023-04-05")
        #expect(try transform("22/10/2017 09:51", [.date(dayFirst: true)]).value == "2017-10-22")
    }

    @Test("date JSON: keepTime defaults to false and is written only when set")
    func json() throws {
        let decode = { (json: String) in try JSONDecoder().decode(Transform.self, from: Data(json.utf8)) }
        #expect(try decode(#"{"op":"date","dayFirst":true}"#) == .date(dayFirst: true))
        #expect(try decode(#"{"op":"date","keepTime":true}"#) == .date(dayFirst: false, keepTime: true))
        let plain = String(decoding: try JSONEncoder().encode(Transform.date(dayFirst: false)), as: UTF8.self)
        #expect(!plain.contains("keepTime"))
    }

    @Test("values whose day and month are both ≤ 12 are counted as ambiguous, per column")
    func ambiguousCounts() throws {
        let csv = "d\n03/04/2023\n04-03-2023\n05 05 2023\n13/04/2023\n03.04.2023\n2023-03-04\n\"Apr 3, 2023\"\n3/4/23 10:00\nnot a date\n\n"
        let template = Template(slug: "t", name: "T", columns: [Template.Column(name: "d")])
        let recipe = makeRecipe([ColumnRecipe(target: "d", source: .column("d"), transforms: [.date(dayFirst: true)])])
        let r = try runCSV(csv, recipe: recipe, template: template)
        // 03/04/2023, 04-03-2023 and 3/4/23: the same day and month (05 05), a day above 12, dots
        // (always day-first), ISO and month names are not ambiguous.
        #expect(r.counts.ambiguousDates == ["d": 3])
        #expect(r.counts.invalidByReason == ["d:format": 1])
        #expect(!r.counts.json.contains("ambiguous"), "the SPEC's counts JSON is unchanged")
    }
}
