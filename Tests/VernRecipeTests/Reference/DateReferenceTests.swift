import Foundation
import Testing
import VernAPI

@testable import VernRecipe

/// The date transform against Python's `dateutil` parser (with its `dayfirst` flag).
@Suite("Dates against dateutil")
struct DateReferenceTests {
    @Test(
        "dates agree with dateutil on at least 99.9 % of 5,000+ values both accept",
        .enabled(
            if: Reference.available("dateutil"),
            "python3 with the python-dateutil package is not installed (Scripts/bootstrap.sh installs it): not compared"))
    func agreesWithDateutil() throws {
        let rows = try Reference.rows("date_reference.py")
        #expect(rows.count >= 5_000)
        var bothAccept = 0
        var disagreements: [String] = []
        var onlyOneAccepts: [String] = []
        for dayFirst in [false, true] {
            let batch = rows.filter { ($0[0] == "1") == dayFirst }
            var csv = "d\n"
            for r in batch { csv += csvField(r[1]) + "\n" }
            let template = Template(slug: "t", name: "T", columns: [Template.Column(name: "d")])
            let recipe = makeRecipe([ColumnRecipe(target: "d", source: .column("d"), transforms: [.date(dayFirst: dayFirst)])])
            let result = try runCSV(csv, recipe: recipe, template: template)
            let invalid = Set(result.cells.map(\.row))
            let lines = Array(result.lines.dropFirst())
            try #require(lines.count == batch.count)
            for (i, r) in batch.enumerated() {
                let ours = invalid.contains(i + 1) ? "" : lines[i]
                let theirs = r[2]
                let order = dayFirst ? "day-first" : "month-first"
                if !ours.isEmpty && !theirs.isEmpty {
                    bothAccept += 1
                    if ours != theirs { disagreements.append("\(order) \"\(r[1])\": vern \(ours), dateutil \(theirs)") }
                } else if ours != theirs {
                    onlyOneAccepts.append(
                        "\(order) \"\(r[1])\": vern \(ours.isEmpty ? "rejects" : ours), dateutil \(theirs.isEmpty ? "rejects" : theirs)")
                }
            }
        }
        let agreement = Reference.report("date", total: bothAccept, disagreements: disagreements)
        print("date: accepted by only one side: \(onlyOneAccepts.count) of \(rows.count)")
        for d in onlyOneAccepts { print("  date accepted by one side: \(d)") }
        #expect(bothAccept >= 5_000)
        #expect(agreement >= 0.999)
    }
}
