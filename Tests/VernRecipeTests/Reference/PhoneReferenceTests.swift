import Foundation
import Testing
import VernAPI

@testable import VernRecipe

/// The phone transform against Python's `phonenumbers` (libphonenumber) on a generated corpus.
@Suite("Phone numbers against phonenumbers")
struct PhoneReferenceTests {
    @Test(
        "E.164 output and validity agree with phonenumbers on at least 99.9 % of 10,000+ numbers",
        .enabled(
            if: Reference.available("phonenumbers"),
            "python3 with the phonenumbers package is not installed (Scripts/bootstrap.sh installs it): not compared"))
    func agreesWithPhonenumbers() throws {
        let rows = try Reference.rows("phone_reference.py")
        #expect(rows.count >= 10_000)
        #expect(Set(rows.map { $0[0] }).count >= 40)
        #expect(rows.contains { $0[2].isEmpty } && rows.contains { !$0[2].isEmpty })
        // One CSV, the region of each row in its own column: also exercises the per-row region.
        var csv = "region,phone\n"
        for r in rows { csv += csvField(r[0]) + "," + csvField(r[1]) + "\n" }
        let template = Template(slug: "t", name: "T", columns: [Template.Column(name: "phone")])
        let format = PhoneFormat(defaultRegion: "US", extension: .keep, regionColumn: "region")
        let recipe = makeRecipe([ColumnRecipe(target: "phone", source: .column("phone"), transforms: [.phone(format)])])
        let result = try runCSV(csv, recipe: recipe, template: template)
        let invalidRows = Set(result.cells.map(\.row))
        let lines = Array(result.lines.dropFirst())
        try #require(lines.count == rows.count)
        var disagreements: [String] = []
        for (i, r) in rows.enumerated() {
            let ours = invalidRows.contains(i + 1) ? "" : lines[i]
            if ours != r[2] {
                disagreements.append("\(r[0]) \"\(r[1])\": vern \(ours.isEmpty ? "invalid" : ours), phonenumbers \(r[2].isEmpty ? "invalid" : r[2])")
            }
        }
        let agreement = Reference.report("phone", total: rows.count, disagreements: disagreements)
        #expect(agreement >= 0.999)
    }
}
