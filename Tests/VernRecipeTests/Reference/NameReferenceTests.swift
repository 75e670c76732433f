import Foundation
import Testing
import VernAPI

@testable import VernRecipe

/// The `name` transform against the case repair of Python's `nameparser`
/// (`HumanName("Alex " + value).capitalize(force=True)`, see name_reference.py).
///
/// Expected disagreements, each a deliberate rule of the transform (see `NameCase`), drawn on
/// purpose by the corpus: names in which `Mac` is not a prefix (nameparser writes `MacHado`,
/// `MacIas`, `MacKie`, `MacIel`), a lone first word never read as a suffix (`Vi`, not `VI`), `St`
/// not a particle (`St. John`, not `st. John`), and `Ma` read as a family name, not the credential
/// `MA` (`Li Ma`).
@Suite("Names against nameparser")
struct NameReferenceTests {
    @Test(
        "names agree with nameparser on at least 99 % of 2,000+ values",
        .enabled(
            if: Reference.available("nameparser"),
            "python3 with the nameparser package is not installed (Scripts/bootstrap.sh installs it): not compared"))
    func agreesWithNameparser() throws {
        let rows = try Reference.rows("name_reference.py")
        #expect(rows.count >= 2_000)
        var csv = "n\n"
        for r in rows { csv += csvField(r[0]) + "\n" }
        let template = Template(slug: "t", name: "T", columns: [Template.Column(name: "n")])
        let recipe = makeRecipe([ColumnRecipe(target: "n", source: .column("n"), transforms: [.name(onlyUniform: false)])])
        let lines = Array(try runCSV(csv, recipe: recipe, template: template).lines.dropFirst())
        try #require(lines.count == rows.count)
        var disagreements: [String] = []
        for (r, ours) in zip(rows, lines) where ours != r[1] {
            disagreements.append("\"\(r[0])\": vern \(ours), nameparser \(r[1])")
        }
        let agreement = Reference.report("name", total: rows.count, disagreements: disagreements)
        #expect(agreement >= 0.99)
    }
}
