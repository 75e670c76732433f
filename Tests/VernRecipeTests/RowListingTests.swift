import Testing

@testable import VernRecipe

@Suite("Listing a whole file's invalid and dropped rows")
struct RowListingTests {
    func engine(_ rows: RowRules = RowRules()) throws -> RecipeEngine {
        try RecipeEngine(recipe: ValidationTests.recipe(rows: rows), template: ValidationTests.template)
    }

    func list(_ engine: RecipeEngine, _ selection: RowSelection, offset: Int = 0, limit: Int = 50) throws -> RowListing {
        try engine.rows(input: MemoryByteSource(Array(ValidationTests.csv.utf8)), selection: selection, offset: offset, limit: limit)
    }

    @Test("each dropped row names the rule that dropped it, with its source row and mapped values")
    func droppedRows() throws {
        let rules = RowRules(
            drop: [RowCondition(column: "id", when: .empty), RowCondition(column: "tier", when: .equals, value: "silver")],
            keepFirst: ["email"])
        let listing = try list(try engine(rules), .dropped)
        #expect(listing.total == 3)
        #expect(listing.rows.map(\.row) == [2, 4, 5])
        #expect(listing.rows.map(\.droppedBy) == ["tier is \"silver\"", "id is empty", "duplicate email (the first is kept)"])
        #expect(listing.rows[0].values == ["2", "a@x.com", "silver", "AB-2"])
        #expect(listing.counts.rowsDropped == 3)
    }

    @Test("a drop-if-invalid rule is named too")
    func droppedWhenInvalid() throws {
        let listing = try list(try engine(RowRules(drop: [RowCondition(column: "code", when: .invalid)])), .dropped)
        #expect(listing.rows.map(\.row) == [3])
        #expect(listing.rows.first?.droppedBy == "code is invalid")
        #expect(RowCondition(column: "Status", when: .equals, value: "test", inSource: true).summary == "source column Status is \"test\"")
    }

    @Test("invalid rows page through the whole file with their cells; pages add up to the total")
    func invalidRowsPaged() throws {
        let engine = try engine()
        let all = try list(engine, .invalid)
        #expect(all.total == all.counts.rowsInvalid)
        #expect(all.rows.count == all.total)
        #expect(all.rows.allSatisfy { row in !row.invalidCells.isEmpty && row.invalidCells.allSatisfy { $0.row == row.row } })
        let third = try #require(all.rows.first { $0.row == 3 })
        #expect(Set(third.invalidCells.map(\.reason)) == ["email:format", "code:format"])
        var paged: [ListedRow] = []
        for offset in stride(from: 0, to: all.total, by: 2) {
            let page = try list(engine, .invalid, offset: offset, limit: 2)
            #expect(page.total == all.total)
            paged += page.rows
        }
        #expect(paged == all.rows)
        #expect(try list(engine, .invalid, offset: all.total, limit: 2).rows.isEmpty)
    }
}
