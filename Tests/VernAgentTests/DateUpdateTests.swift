import Foundation
import Testing
import VernAPI
@testable import VernAgent
import VernRecipe

/// Day-first dates with dashes, dots and times, one of them in a format the engine does not read.
private let datesCSV = """
    Record ID,First Name,Last Name,E-mail Address,Phone,Company,Company Domain,Created Date,Lead Source,Contact Owner
    1,Ada,Lovelace,ada@analytical.io,(415) 555-0100,Analytical,analytical.io,22-06-2024,Web,Eve
    2,Alan,Turing,alan@bletchley.uk,(415) 555-0101,Bletchley,bletchley.uk,22.06.2024,Web,Bob
    3,Grace,Hopper,grace@navy.mil,(415) 555-0102,Navy,navy.mil,22/10/2017 09:51,Web,Eve
    4,Edsger,Dijkstra,edsger@tue.nl,(415) 555-0103,TU/e,tue.nl,3 Jan 2021,Web,Bob
    5,Barbara,Liskov,barbara@mit.edu,(415) 555-0104,MIT,mit.edu,03/04/2023,Web,Eve
    6,Donald,Knuth,knuth@stanford.edu,(415) 555-0105,Stanford,stanford.edu,2024/06/22,Web,Eve

    """

@Suite struct DateUpdateTests {
    @Test func aDescribedFormatTheEngineCannotReadIsNamedNotNothing() async throws {
        try await Session.with { session in
            try await session.upload(datesCSV)
            let run = try await session.start(.generate)
            #expect(run.status == .awaitingApproval)
            let first = try await session.update("dates are day-first, some have dashes, ignore the time")
            #expect(first.contains(#"I cannot read 1 created_date value as day-first dates: "2024/06/22""#), "\(first)")
            // Said again, the recipe stays as it is, but the unread value is still named.
            let said = try await session.update("dates are day-first, some have dashes, ignore the time")
            #expect(said.hasPrefix("The recipe is unchanged (created_date already becomes ISO dates (day-first))"), "\(said)")
            #expect(said.contains("1 created_date cell invalid"), "\(said)")
            #expect(said.contains(#"I cannot read 1 created_date value as day-first dates: "2024/06/22""#), "\(said)")
            let sheet = try #require(try await session.agent.state().recipe.sheets.first)
            #expect(sheet.column("created_date")?.transforms.contains(.date(dayFirst: true)) == true)
        }
    }

    @Test func switchingTheOrderReportsCountsBeforeAndAfter() async throws {
        try await Session.with { session in
            try await session.upload(datesCSV)
            _ = try await session.start(.generate)
            _ = try await session.update("dates are month-first")
            let said = try await session.update("dates are day-first")
            #expect(said.hasPrefix("created_date: now ISO dates, reading a/b/y as day-first"), "\(said)")
            #expect(said.contains("1 created_date cell invalid (was 3); 1 created_date value ambiguous (day and month both ≤ 12, read day-first)"), "\(said)")
        }
    }

    @Test func theDateRuleAnswerCountsAmbiguousValues() async throws {
        try await Session.with { session in
            try await session.upload(datesCSV)
            _ = try await session.start(.generate)
            _ = try await session.update("dates are day-first")
            let answer = try await session.clarify("how are the dates read?")
            #expect(answer.contains("created_date reads dates day-first (DD/MM/YYYY) and writes YYYY-MM-DD"), "\(answer)")
            #expect(answer.contains("1 value would read differently month-first (day and month both ≤ 12)"), "\(answer)")
        }
    }
}
