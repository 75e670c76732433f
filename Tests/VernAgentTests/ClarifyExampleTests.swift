import Foundation
import Testing
import VernAPI
@testable import VernAgent

/// Questions about an example value, questions beside remarks, and columns named by the last word
/// of one header: answered from the data, with what the recipe really makes of a value.
@Suite struct ClarifyExampleTests {
    @Test func anExampleValueIsRunThroughTheColumnsTransforms() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let before = try await session.agent.state().recipe
            let phone = try await session.clarify("what would '  (415) 555-0199 ' turn into in phone?")
            #expect(phone == "phone applies E.164 (default region US), so \"  (415) 555-0199 \" becomes \"+14155550199\", which is valid.", "\(phone)")
            let email = try await session.clarify("What happens to 'Grace@Navy.MIL ' in the email column")
            #expect(email == "email applies trim, lower-case, so \"Grace@Navy.MIL \" becomes \"grace@navy.mil\", which is valid.", "\(email)")
            let invalid = try await session.clarify("what does the phone rule make of 12")
            #expect(invalid == "phone applies E.164 (default region US), so \"12\" stays \"12\", which is invalid (phone:format: not in the expected format).", "\(invalid)")
            #expect(try await session.clarify("how will (415) 555-0199 be written in phone") == phone.replacingOccurrences(of: "\"  (415) 555-0199 \"", with: "\"(415) 555-0199\""))
            // No column named: the value's shape names it.
            let alone = try await session.clarify("what does 415.555.0199 become?")
            #expect(alone == "phone applies E.164 (default region US), so \"415.555.0199\" becomes \"+14155550199\", which is valid.", "\(alone)")
            #expect(try await session.clarify("if a phone is 415.555.0199, what do we get") == alone)
            let several = try await session.clarify("what happens to '555' in email or company")
            #expect(several == "Which column do you mean: email or company? Ask about one of them.", "\(several)")
            #expect(try await session.agent.state().recipe == before)
        }
    }

    @Test func anExampleDateIsAnsweredWithTheOrderAndTheDateItBecomes() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let read = try await session.clarify("how would you read 07/08/2021")
            #expect(read == "created_date reads dates month-first (MM/DD/YYYY), so \"07/08/2021\" becomes \"2021-07-08\" (8 July 2021), which is valid.", "\(read)")
            #expect(try await session.clarify("is 07/08/2021 july or august in the created date?") == read)
            #expect(try await session.clarify("What does the date rule do to 07/08/2021, roughly speaking?") == read)
            #expect(try await session.clarify("what happens to 07/08/2021") == read)
            // A row or record number is never an example value.
            #expect(try await session.clarify("what happens to row 3").hasPrefix("Row 3 (record 3"))
            #expect(try await session.clarify("is created_date dd/mm or mm/dd?").hasPrefix("created_date reads dates month-first"))
            let order = try await session.clarify("dates: which way around?")
            #expect(order == "created_date reads dates month-first (MM/DD/YYYY) and writes YYYY-MM-DD (a time after the date is dropped); "
                + "1 value would read differently day-first (day and month both ≤ 12).", "\(order)")
        }
    }

    @Test func remarksBesideAQuestionAreNotQuestions() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let lacking = try await session.clarify("Which contacts have no company at the moment? I need to call those customers.")
            #expect(lacking == "1 of 6 rows have no company: row 4 (record 4).", "\(lacking)")
            let remark = try await session.clarify("Which rows have no company? The email ones look fine.")
            #expect(remark == lacking + "\n(I read \"The email ones look fine.\" as a comment: it asks nothing I can answer.)", "\(remark)")
            let both = try await session.clarify("Which rows have no company? Also which have no last name?")
            #expect(both == lacking + "\n1 of 6 rows have no last_name: row 3 (record 3).", "\(both)")
            let several = try await session.clarify("how many rows are missing a company or an email")
            #expect(several == "Which column do you mean: email or company? I count the rows lacking one column at a time.", "\(several)")
            let inside = try await session.clarify("How many contacts have nothing in the company field of the export? Asking for sales.")
            #expect(inside == lacking, "\(inside)")
        }
    }

    @Test func aWordEndingOneHeaderNamesItsColumn() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let source = try await session.clarify("how many people lack a source, more or less")
            #expect(source == "1 of 6 rows have no lead_source: row 5 (record 5).", "\(source)")
            let owner = try await session.clarify("how many entries have no owner")
            #expect(owner == "Every row has a Contact Owner (0 of 6 rows lack one). (Contact Owner is not imported.)", "\(owner)")
            let fate = try await session.clarify("so where did Contact Owner end up?")
            #expect(fate == "Contact Owner is not imported: no Contacts column takes it, so nothing happens to it.", "\(fate)")
            _ = try await session.update("map Contact Owner to notes")
            let mapped = try await session.clarify("what did you end up doing with Contact Owner?")
            #expect(mapped == "Contact Owner feeds notes: notes ← Contact Owner; optional; every notes value is valid.", "\(mapped)")
            let feeds = try await session.clarify("Tell me where Company Domain comes from")
            #expect(feeds == "company_domain comes from Company Domain in contacts.csv, then: normalise domain.", "\(feeds)")
        }
    }

    @Test func aClauseBeforeTheQuestionAndATerseQuestionSentAsAnUpdate() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let before = try await session.agent.state().recipe
            let lacking = try await session.clarify("Once the import is signed off, could you tell me how many rows lack a company?")
            #expect(lacking == "1 of 6 rows have no company: row 4 (record 4).", "\(lacking)")
            let said = try await session.update("Since we go live Friday, I'd like to know how many contacts have no company")
            #expect(said.hasPrefix(lacking), "\(said)")
            let common = try await session.update("commonest failure")
            #expect(common.hasPrefix("The most common failure is"), "\(common)")
            #expect(try await session.agent.state().recipe == before)
        }
    }

    @Test func theLastChangeAskedInformally() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            _ = try await session.update("don't import Phone")
            let last = try await session.clarify("hmm wht was my last change")
            #expect(last == "The last change (revision 2): phone: no longer imported. Invalid rows 3 → 3, invalid cells 7 → 5, dropped rows 0 → 0, rows imported 6 → 6.", "\(last)")
            #expect(try await session.clarify("ok so what did we just change?") == last)
            #expect(try await session.clarify("wht did i jsut chnage lol") == last)
            #expect(try await session.clarify("did Phone get imported?") == "No: Phone is not imported.")
        }
    }
}
