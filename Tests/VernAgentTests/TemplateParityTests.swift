import Foundation
import Testing
import VernAPI
@testable import VernAgent
import VernRecipe
import VernTestSupport

/// The local server and `vern recipe apply --template contacts` validate with the same template:
/// the same CSV and recipe give the same invalid cells on both paths.
@Suite struct TemplateParityTests {
    static let csv = """
        Record ID,First Name,Last Name,E-mail Address,Phone,Company,Company Domain,Created Date,Lead Source,Notes
        1,Ann,Lee,ann@acme.com,+1 415 555 0101,Acme,acme.com,2024-01-05,Web,
        2,Bob,,bob@acme.com,415-555-0102,Acme,acme.com,2024-01-06,website,
        3,Cy,Day,not-an-email,+1 415 555 0103,Acme,acme.com,2024-01-07,Event,
        4,Di,Fox,di@beta.io,12,Beta,beta.io,2024-01-08,chat,
        5,Ed,Gray,ed@beta.io,+1 415 555 0105,,beta.io,2024-01-09,,
        6,Flo,Hill,flo@beta.io,+1 415 555 0106,Beta,beta,not a date,Referral,
        7,Gus,Ives,ann@acme.com,+1 415 555 0107,Acme,acme.com,2024-01-11,fax,
        8,Hal,Jones,hal@gamma.org,+1 415 555 0108,Gamma,gamma.org,2024-01-12,Other,
        9,Ivy,King,ivy@gamma.org,+1 415 555 0109,Gamma,gamma.org,2024-01-13,Email,
        10,Jo,Lamb,jo@gamma.org,+1 415 555 0110,Gamma,gamma.org,2024-01-14,chat,

        """

    @Test func theServerAndRecipeApplyFlagTheSameCells() async throws {
        let directory = try TemporaryDirectory()
        let input = directory.path + "/contacts.csv"
        try Data(Self.csv.utf8).write(to: URL(fileURLWithPath: input))
        try await Session.with { session in
            try await session.upload(Self.csv, name: "contacts.csv")
            var run = try await session.start(.generate)
            #expect(run.status == .blocked)
            run = try await session.answer(run, "Leave them flagged as invalid")
            #expect(run.status == .awaitingApproval)
            let sheet = try #require(try await session.preview().sheets.first)
            #expect(sheet.rows.count == 11, "the preview holds every row")
            let server = Cells(preview: sheet)
            #expect(server.byReason["lead_source:picklist"] == 4, "\(server.byReason)")

            var recipe = try await session.agent.state().recipe
            let cli = try Self.apply(recipe, input: input, in: directory)
            #expect(cli.byReason == server.byReason)
            #expect(cli.invalidRows == server.invalidRows)

            // Without the recipe's picklist, the template's fixed list alone flags the same Lead Source cells.
            let index = try #require(recipe.sheets[0].columns.firstIndex { $0.target == "lead_source" })
            recipe.sheets[0].columns[index].transforms = [.trim(.spacesAndTabs)]
            let unmapped = try Self.apply(recipe, input: input, in: directory)
            #expect(unmapped.byReason["lead_source:picklist"] == server.byReason["lead_source:picklist"])
            #expect(unmapped.invalidRows == server.invalidRows)
        }
    }

    /// Invalid cells counted by reason, and the `external_id`s of the invalid rows.
    struct Cells: Equatable {
        var byReason: [String: Int] = [:]
        var invalidRows: Set<String> = []

        init(byReason: [String: Int], invalidRows: Set<String>) {
            self.byReason = byReason
            self.invalidRows = invalidRows
        }

        init(preview sheet: Preview.Sheet) {
            for cell in sheet.invalidCells {
                byReason[cell.reason, default: 0] += 1
                invalidRows.insert(sheet.rows[cell.row][0])
            }
        }
    }

    /// Runs `vern recipe apply RECIPE IN -o OUT --template contacts --filter invalid`.
    static func apply(_ recipe: Recipe, input: String, in directory: TemporaryDirectory) throws -> Cells {
        let recipePath = directory.path + "/recipe.json", output = directory.path + "/invalid.csv"
        try JSONEncoder().encode(recipe).write(to: URL(fileURLWithPath: recipePath))
        let (status, counts) = try runProcess(
            try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY"),
            ["recipe", "apply", recipePath, input, "-o", output, "--template", "contacts", "--filter", "invalid"])
        #expect(status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: counts) as? [String: Any])
        let byReason = try #require(json["invalid_by_reason"] as? [String: Int]).filter { $0.value > 0 }
        let rows = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").dropFirst()
        return Cells(byReason: byReason, invalidRows: Set(rows.map { String($0.prefix { $0 != "," }) }))
    }
}
