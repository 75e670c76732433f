import Testing
import VernAPI

@testable import VernRecipe

@Suite("Template validation and row rules")
struct ValidationTests {
    static let template = Template(
        slug: "t", name: "T",
        columns: [
            Template.Column(name: "id", required: true),
            Template.Column(name: "email", required: true, unique: true, strictRule: .pattern(Template.emailPattern)),
            Template.Column(name: "tier", strictRule: .oneOf(["gold", "silver"])),
            Template.Column(name: "code", strictRule: .pattern("[A-Z]{2}-[0-9]+")),
        ])

    static func recipe(clear: Set<String> = [], rows: RowRules = RowRules()) -> Recipe {
        makeRecipe(
            ["id", "email", "tier", "code"].map { name in
                ColumnRecipe(
                    target: name, source: .column(name),
                    transforms: name == "email" ? [.trim(.spacesAndTabs), .lower] : [],
                    onInvalid: clear.contains(name) ? .clear : .flag)
            }, rows: rows)
    }

    static let csv = """
        id,email,tier,code
        1,a@x.com,gold,AB-1
        2,A@X.COM ,silver,AB-2
        3,bad@,gold,ab-3
        ,b@x.com,bronze,
        5,bad@,,CD-55
        6,c@x.com,,
        7,b@x.com,gold,XY-7

        """

    @Test("a fixed list that the last transform, a picklist with a default, always satisfies is not a reason")
    func picklistSatisfiesAllowedList() throws {
        let entries = [PicklistEntry(value: "gold", matches: ["g", "gold"])]
        let csv = "tier\ng\nbronze\n\n"
        func counts(_ transforms: [Transform]) throws -> [String: Int] {
            let recipe = makeRecipe([ColumnRecipe(target: "tier", source: .column("tier"), transforms: transforms)])
            let template = Template(slug: "t", name: "T", columns: [Template.Column(name: "tier", strictRule: .oneOf(["gold", "silver"]))])
            return try runCSV(csv, recipe: recipe, template: template).counts.invalidByReason
        }
        #expect(try counts([.picklist(entries: entries, default: "silver")]) == [:])
        // A default outside the list, a picklist that is not last, or no picklist: the list is checked.
        #expect(try counts([.picklist(entries: entries, default: "bronze")]) == ["tier:picklist": 1])
        #expect(try counts([.picklist(entries: entries, default: "silver"), .upper]) == ["tier:picklist": 2])
        #expect(try counts([]) == ["tier:picklist": 2])
    }

    @Test("required, unique (first valid occurrence stays valid), strict regex and allowed list")
    func rules() throws {
        let r = try runCSV(Self.csv, recipe: Self.recipe(), template: Self.template)
        #expect(
            r.cells == [
                InvalidCell(row: 2, column: "email", reason: "email:duplicate"),
                InvalidCell(row: 3, column: "email", reason: "email:format"),
                InvalidCell(row: 3, column: "code", reason: "code:format"),
                InvalidCell(row: 4, column: "id", reason: "id:required"),
                InvalidCell(row: 4, column: "tier", reason: "tier:picklist"),
                InvalidCell(row: 5, column: "email", reason: "email:format"),
                InvalidCell(row: 7, column: "email", reason: "email:duplicate"),
            ])
        #expect(r.counts.rowsIn == 7)
        #expect(r.counts.rowsValid == 2)
        #expect(r.counts.rowsInvalid == 5)
        #expect(
            r.counts.invalidByReason == [
                "id:required": 1, "email:required": 0, "email:format": 2, "email:duplicate": 2, "tier:picklist": 1,
                "code:format": 1,
            ])
        #expect(r.counts.invalidCells == ["id": 1, "email": 4, "tier": 1, "code": 1])
        #expect(r.counts.invalidCellsTotal == 7)
        // "bad@" twice is not a duplicate: uniqueness only counts otherwise valid values.
        #expect(!r.cells.contains(InvalidCell(row: 5, column: "email", reason: "email:duplicate")))
    }

    @Test("filters select valid, invalid or all rows")
    func filters() throws {
        let valid = try runCSV(Self.csv, recipe: Self.recipe(), template: Self.template, filter: .valid)
        #expect(valid.lines == ["id,email,tier,code", "1,a@x.com,gold,AB-1", "6,c@x.com,,"])
        let invalid = try runCSV(Self.csv, recipe: Self.recipe(), template: Self.template, filter: .invalid)
        #expect(invalid.lines.count == 6)
        #expect(invalid.lines[1] == "2,a@x.com,silver,AB-2")
        let all = try runCSV(Self.csv, recipe: Self.recipe(), template: Self.template, filter: .all)
        #expect(all.lines.count == 8)
    }

    @Test("clear-invalid empties the cell instead of flagging it; required columns still flag")
    func clearInvalid() throws {
        let r = try runCSV(
            Self.csv, recipe: Self.recipe(clear: ["code", "tier", "email"]), template: Self.template, filter: .all)
        #expect(r.lines[3] == "3,,gold,", "email is required: cleared and flagged email:required; code cleared")
        #expect(r.lines[4] == ",b@x.com,,")
        #expect(r.cells.filter { $0.column == "code" || $0.column == "tier" }.isEmpty)
        #expect(r.cells.contains(InvalidCell(row: 3, column: "email", reason: "email:required")))
        #expect(r.cells.contains(InvalidCell(row: 7, column: "email", reason: "email:required")))
    }

    @Test("drop rows by condition and keep-first uniqueness")
    func rowRules() throws {
        let rules = RowRules(
            drop: [
                RowCondition(column: "id", when: .empty), RowCondition(column: "tier", when: .equals, value: "silver"),
            ], keepFirst: ["email"])
        let r = try runCSV(Self.csv, recipe: Self.recipe(rows: rules), template: Self.template, filter: .all)
        #expect(r.lines.map { $0.prefix(2) } == ["id", "1,", "3,", "6,", "7,"])
        #expect(r.counts.rowsDropped == 3)
        #expect(r.counts.rowsIn == 7)
        #expect(r.counts.rowsValid + r.counts.rowsInvalid + r.counts.rowsDropped == 7)
        #expect(r.counts.json.contains("\"rows_dropped\": 3"))
        // Dropped rows do not count as duplicates of later rows.
        #expect(!r.cells.contains { $0.reason == "email:duplicate" })
    }

    @Test("an invalid strict regex in the template is a clear error")
    func badStrictRegex() {
        let t = Template(slug: "t", name: "T", columns: [Template.Column(name: "v", strictRule: .pattern("(["))])
        #expect(throws: RecipeError.self) { try RecipeEngine(recipe: makeRecipe([]), template: t) }
    }

    @Test("recognised patterns agree with the regex fallback")
    func recognisedPatterns() throws {
        let samples = [
            "a@b.co", "a.b+c@x-y.example.org", "a@b.c", "a@@b.com", "@b.com", "a@b..com", "a@.b.com", "a@b.com.",
            "A@b.com",
            "a b@c.com", "a@b.c0m", "a@b-.com", "a@b_c.com", "x.com", "a.b.c.de", "-.de", "a..de", "+14155550100",
            "+04155550100",
            "+1415555010", "+141555501001234", "+1415555010012345", "2023-01-01", "2023-1-01", "20230101", "",
        ]
        for pattern in [Template.emailPattern, Template.domainPattern, Template.e164Pattern, Template.isoDatePattern] {
            let fast = try StrictMatcher(.pattern(pattern), column: "v")
            // A semantically equal pattern the recogniser does not know takes the NSRegularExpression path.
            let slow = try StrictMatcher(.pattern("(?:" + pattern + ")"), column: "v")
            if case .regex = slow.kind {} else { Issue.record("expected the fallback for \(pattern)") }
            for s in samples {
                var bytes = Array(s.utf8)
                let a = bytes.withUnsafeMutableBufferPointer { fast.matches($0.baseAddress!, $0.count) }
                let b = bytes.withUnsafeMutableBufferPointer { slow.matches($0.baseAddress!, $0.count) }
                #expect(a == b, "\(pattern) on '\(s)'")
            }
        }
    }
}

@Suite("DigestSet")
struct DigestSetTests {
    @Test("agrees with Set<[UInt8]> through growth, long values and near-collisions")
    func agreesWithSet() {
        let set = DigestSet(initialCapacity: 16)
        var reference = Set<[UInt8]>()
        var rng = SystemRandomNumberGenerator()
        var values: [[UInt8]] = []
        for i in 0..<20_000 {
            let length = i % 97 == 0 ? 300 + i % 5000 : Int.random(in: 0...40, using: &rng)
            values.append((0..<length).map { _ in UInt8.random(in: 97...100, using: &rng) })
        }
        values += [Array("a@x.com".utf8), Array("a@x.co".utf8), Array("a@x.comm".utf8), [], [0], [0, 0]]
        for v in values + values.shuffled() {
            let inserted = v.withUnsafeBufferPointer {
                set.insert($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count)
            }
            #expect(inserted == reference.insert(v).inserted)
        }
        #expect(set.count == reference.count)
        set.reserve(100_000)
        for v in values.prefix(1000) {
            #expect(
                v.withUnsafeBufferPointer { set.contains($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) })
        }
        #expect(!Array("zzz".utf8).withUnsafeBufferPointer { set.contains($0.baseAddress!, $0.count) })
    }
}
