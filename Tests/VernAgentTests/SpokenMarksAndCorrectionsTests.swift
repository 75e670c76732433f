import Foundation
import Testing
import VernAPI
@testable import VernAgent
import VernRecipe

/// Separators and addresses said aloud, record ids with thousands separators, and corrections said
/// as "I meant X, not Y" after a lead-in. Phrasings of our own.
@Suite struct SpokenMarksAndCorrectionsTests {
    @Test(arguments: [
        ("put the company comma space contact owner into the notes", "combine Company and Contact Owner into notes separated by ', '"),
        ("tack the contact owner onto the notes with space pipe space", "append Contact Owner to notes separated by ' | '"),
        ("join lifecycle stage and contact owner into notes separated by semicolon space", "combine Lifecycle Stage and Contact Owner into notes separated by '; '"),
        ("remove record 1,001", "remove record 1001"),
        ("drop the contact grace at navy dot mil", "drop grace@navy.mil"),
        ("remove linus at kernel dot org", "remove linus@kernel.org"),
    ])
    func saidAloud(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// "with space dash space" is the separator " - ", not a dash that asks whether it is spaced.
    @Test func aSpacedDashSaidMarkByMark() throws {
        let edits = PhrasingTests.edits(try PhrasingTests.parser(), "tack the lifecycle stage onto the notes with space dash space")
        #expect(edits == [.map(target: "notes", source: .combine(columns: ["Notes", "Lifecycle Stage"], separator: " - "))])
    }

    /// What was meant, then what was wrong: the last change taken back and made as meant.
    @Test func theLastChangeCorrectedByWhatWasMeant() async throws {
        try await Session.with { session in
            try await session.generated(smallCSV)
            _ = try await session.update("make phone required")
            _ = try await session.update("oh wait i meant the created date not the phone")
            var sheet = try await session.agent.state().recipe.sheets[0]
            #expect(sheet.column("phone")?.required != true)
            #expect(sheet.column("created_date")?.required == true)
            _ = try await session.update("map trade show to Referral")
            _ = try await session.update("Sorry, the rep corrected me: trade show should be Event, not Referral. Could we change that?")
            #expect(try await session.preview().sheets[0].rows.first { $0[0] == "2" }?.contains("Event") == true)
            _ = try await session.update("phone region DE")
            _ = try await session.update("correction: region should be US not DE")
            sheet = try await session.agent.state().recipe.sheets[0]
            let phoneTransforms = "\(sheet.column("phone")?.transforms ?? [])"
            #expect(phoneTransforms.contains("US"), "\(phoneTransforms)")
        }
    }

    /// A correction followed by a request for something else is not read as the correction alone.
    @Test func aCorrectionWithAnotherRequestIsNotHalfDone() async throws {
        try await Session.with { session in
            try await session.generated(smallCSV)
            _ = try await session.update("make phone required")
            let before = try await session.agent.state().recipe
            let run = try await session.start(.update, "i meant created date not phone. could you also make email unique?")
            #expect(run.status == .blocked)
            #expect(try await session.agent.state().recipe == before)
        }
    }

    /// A question before a request the run cannot read: the answer is shown before the run asks.
    @Test func theAnswerIsKeptWhenTheRequestAsks() async throws {
        try await Session.with { session in
            try await session.generated(smallCSV)
            let run = try await session.start(.update, "how many rows have no email? and make the phones sparkle")
            #expect(run.status == .blocked)
            let said = try await session.messages(run.runID).joined(separator: "\n")
            #expect(said.contains("row 2"), "\(said)")
            #expect(said.contains("Then, about the rest of your message:"), "\(said)")
        }
    }
}
