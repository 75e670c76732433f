import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VernAPI
@testable import VernServer

/// `GET /preview/rows`: every invalid or dropped row of a sheet, paged, beyond the preview's sample.
@Suite struct PreviewRowsTests {
    /// 30 rows: every third has no last name (invalid), every fifth has no company.
    static let csv: String = {
        var lines = ["Record ID,First Name,Last Name,Email,Phone,Company,Company Domain,Lead Source"]
        for index in 1...30 {
            let last = index % 3 == 0 ? "" : "Doe\(index)"
            let company = index % 5 == 0 ? "" : "Acme"
            lines.append("r\(index),Jane,\(last),jane\(index)@acme.com,,\(company),acme.com,Web")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func invalidRowsOfTheWholeSheetArePagedWithSourceRowAndRecordID() async throws {
        let app = try await buildApplication(configuration: testConfiguration())
        try await app.test(.router) { client in
            let id = try await client.createMigration()
            #expect(try await client.call(.get, "migrations/\(id)/preview/rows").status == .notFound)
            try await client.upload(Self.csv, to: id)
            let generate = try await client.startRun(id, .generate)
            _ = try await client.waitForRun(id, generate) { $0.status.isTerminal(for: .generate) }

            let preview = try await client.call(.get, "migrations/\(id)/preview").decode(Preview.self)
            #expect(preview.sheets.first?.rows.count == 21)

            let first = try await client.call(.get, "migrations/\(id)/preview/rows?filter=invalid&limit=4").decode(PreviewRows.self)
            let expected = (1...30).filter { $0 % 3 == 0 || $0 % 5 == 0 }
            #expect(first.total == expected.count)
            #expect(first.keyColumn == "external_id")
            #expect(first.rows.map(\.row) == Array(expected.prefix(4)))
            #expect(first.rows.map(\.recordID) == expected.prefix(4).map { "r\($0)" })
            #expect(first.rows[0].invalidCells.map(\.reason) == ["last_name:required"])
            #expect(first.rows[0].invalidCells.first?.row == 3)

            let last = try await client.call(
                .get, "migrations/\(id)/preview/rows?sheet=contacts&filter=invalid&offset=12&limit=4"
            ).decode(PreviewRows.self)
            #expect(last.rows.map(\.row) == Array(expected.dropFirst(12)))
            #expect(last.offset == 12)

            let update = try await client.startRun(id, .update, message: "Drop rows without a Company")
            _ = try await client.waitForRun(id, update) { $0.status.isTerminal(for: .update) }
            let dropped = try await client.call(.get, "migrations/\(id)/preview/rows?filter=dropped").decode(PreviewRows.self)
            #expect(dropped.rows.map(\.row) == [5, 10, 15, 20, 25, 30])
            #expect(dropped.rows.allSatisfy { $0.droppedBy == "company is empty" && $0.invalidCells.isEmpty })
            #expect(dropped.rows.first?.recordID == "r5")
            let invalidAfter = try await client.call(.get, "migrations/\(id)/preview/rows").decode(PreviewRows.self)
            #expect(invalidAfter.rows.map(\.row) == [3, 6, 9, 12, 18, 21, 24, 27])

            for bad in ["filter=valid", "limit=0", "limit=1001", "offset=-1", "offset=x"] {
                #expect(try await client.call(.get, "migrations/\(id)/preview/rows?\(bad)").status == .badRequest, "\(bad)")
            }
            #expect(try await client.call(.get, "migrations/\(id)/preview/rows?sheet=accounts").status == .notFound)
        }
    }
}
