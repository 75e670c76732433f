import Foundation
import Testing
@testable import VernAgent
import VernRecipe

/// How a data-protection reviewer and a CRM administrator ask for changes: the reason after a
/// colon, "data subjects", "must not be migrated", "where no X is held", "validation rule",
/// "duplicate rule", and statements of the state they want. Phrasings of our own, on the file of
/// `PhrasingTests`.
@Suite struct ReviewerAndAdminWordingTests {
    private static func edits(_ text: String) throws -> [Edit]? { PhrasingTests.edits(try PhrasingTests.parser(), text) }

    /// Readings that were once silently wrong, or could become so.
    @Test func neverReadAsSomethingElse() throws {
        // "every record" is the rows, never a mistyped "Record ID".
        #expect(try Self.edits("Each record we load must carry its company domain.") == [.required(target: "company_domain", true)])
        let carried = try Self.edits("Every record we migrate must carry its creation date so that retention can be worked out.") ?? []
        #expect(!carried.contains { if case .map = $0 { true } else { false } })
        let invalid = try #require(try Self.edits("Drop every record that is now invalid."))
        #expect(!invalid.isEmpty && invalid.allSatisfy { if case .dropRows(let condition) = $0 { condition.when == .invalid } else { false } })
        // "exclude it" after a contact described by its company: those rows, not the company column.
        #expect(try Self.edits("The contact whose company is Navy is a test entry; please exclude it.")
            == [.dropRows(RowCondition(column: "Company", when: .equals, value: "navy", inSource: true))])
        // How the letters look is no example of the case wanted.
        #expect(try Self.edits("title case the first names, all caps looks like shouting") == Self.edits("title case the first names"))
        // "Replace X with Y" between two columns maps; between values it never does.
        #expect(try Self.edits("Replace the free-text notes with the Contact Owner: that is all we need.") == [.map(target: "notes", source: .column("Contact Owner"))])
        #expect(try !(Self.edits("Replace webinar with Event") ?? []).contains { if case .map = $0 { true } else { false } })
        // "so that field …" is the request about the column just named, never a purpose.
        #expect(try Self.edits("we do not need phone numbers, so that field must be dropped") == [.unmap(target: "phone")])
    }

    /// What a cold review of the rules above found they could misread, each kept from happening.
    @Test func aReasonOrARemarkNeverSwallowsARequest() throws {
        func has(_ text: String, _ edit: Edit) throws -> Bool { try (Self.edits(text) ?? []).contains(edit) }
        // After a colon: a second request, a limit, "the same goes for …" stay.
        let both = try #require(try Self.edits("Record 1003 must not be migrated: the person asked us to erase their data, and please default empty lead sources to Web."))
        #expect(both.contains(PhrasingTests.dropID("1003")) && both.contains(.defaultValue(target: "lead_source", value: "Web")))
        #expect(try has("Don't import Notes: they contain health data, and the same goes for Phone.", .unmap(target: "phone")))
        #expect(try Self.edits("Drop the phone numbers: the client only has consent for the UK ones.") != [.unmap(target: "phone")])
        #expect(try !(Self.edits("Exclude the Dev Ops contacts: the ones he created before the audit.") ?? []).contains { if case .dropRows = $0 { true } else { false } })
        // "not … partially" of a column is no "not at all"; "add a unique check on X" is a request.
        #expect(try !has("The notes must not be imported partially; we need the full text.", .unmap(target: "notes")))
        #expect(try has("Make email required, and add a unique check on the email.", .unique(target: "email", true)))
        // "nobody without …", "the day of the month", "we don't want the legal suffixes" (no split), "without spaces" (all of them).
        #expect(try (Self.edits("Keep the notes as they are, nobody without an email should be migrated though.") ?? [.trim(targets: [])]) != [])
        #expect(try has("Convert Created Date to ISO, the day of the month comes first in this file.", .date(target: "created_date", dayFirst: true, keepTime: nil)))
        #expect(try Self.edits("Trim the company names, we don't want the legal suffixes in the account name.") != [.trim(targets: ["company"])])
        #expect(try Self.edits("Phone numbers should be stored without spaces.") != [.trim(targets: ["phone"])])
        // A date that cannot be read gets no picklist fallback; a check, a complaint and two rows stay what they are.
        #expect(try !(Self.edits("Where the created date cannot be recognised, record it as 1900-01-01 instead of leaving it invalid.") ?? []).contains { if case .picklistDefault = $0 { true } else { false } })
        #expect(try Self.edits("For reference, the Notes column is not migrated, right?") != [.unmap(target: "notes")])
        #expect(try Self.edits("The emails are stored in upper case, which breaks matching in the CRM.") != [.letterCase(targets: ["email"], transform: .upper)])
        #expect(try Self.edits("The contact at row 2 shares an email with row 4. Drop that contact.") != [.dropRowNumber(4)])
        // What was confirmed is part of the request.
        #expect(try has("Having confirmed with the client that all numbers are German, format the phone numbers as E.164.", .phone(target: "phone", region: "DE")))
    }

    @Test func aReviewerSaysWhatMustNotBeMigratedAndWhy() throws {
        #expect(try Self.edits("Record 1003 must not be migrated: the person asked us to erase their data.") == [PhrasingTests.dropID("1003")])
        #expect(try Self.edits("The free-text notes must not be transferred: they may hold health data.") == [.unmap(target: "notes")])
        #expect(try Self.edits("Privacy: we do not need phone numbers for this purpose, so that field must not be migrated.") == [.unmap(target: "phone")])
        #expect(try Self.edits("Company domains: must not be migrated") == [.unmap(target: "company_domain")])
        #expect(try Self.edits("The lead source is internal routing information and must not be transfered.") == [.unmap(target: "lead_source")])
        #expect(try Self.edits("The data subject at row 3 has objected to processing; exclude that record.") == [.dropRowNumber(3)])
        #expect(try Self.edits("Please exclude the data subjects at rows 1 and 4; they withdrew consent.") == [.dropRowNumber(1), .dropRowNumber(4)])
        #expect(try Self.edits("Two changes. The notes must not be migrated; and please exclude the data subject at row 2.") == [.unmap(target: "notes"), .dropRowNumber(2)])
        // ("them" is the rows the statement names: never the column of the last rule a row drop reads.)
        #expect(try Self.edits("Contacts that fail validation must not be migrated in part; exclude them entirely.") == Self.edits("drop the invalid rows"))
        #expect(try PhrasingTests.parser().parse("Retract my last instruction: the request was about someone else.").get() == .undo(1))
        // The purpose, the heading and the reason go; the request stays.
        #expect(try Self.edits("To comply with the retention policy, last names should be held in upper case.") == [.letterCase(targets: ["last_name"], transform: .upper)])
        #expect(try Self.edits("For the audit trail, append the Record ID to the notes, separated by ' / '.") == Self.edits("append the Record ID to the notes, separated by ' / '"))
    }

    @Test func anAdministratorSpeaksOfFieldsAndRules() throws {
        #expect(try Self.edits("skip the company domain field, nobody uses it in HubSpot anyway") == [.unmap(target: "company_domain")])
        #expect(try Self.edits("no need for the Notes field on this load, don't import it") == [.unmap(target: "notes")])
        #expect(try Self.edits("don't want the phone field in the load") == [.unmap(target: "phone")])
        #expect(try Self.edits("company is a required field in our org, validation rule on the account object") == [.required(target: "company", true)])
        #expect(try Self.edits("email must be unique, set up a duplicate rule on it") == Self.edits("email must be unique"))
        #expect(try Self.edits("Stop treating duplicate last names as errors.") == [.unique(target: "last_name", false)])
        #expect(try Self.edits("Combine the Contact Owner and the Lifecycle Stage into notes, separated by ' | ', replacing the free text.")
            == [.map(target: "notes", source: .combine(columns: ["Contact Owner", "Lifecycle Stage"], separator: " | "))])
        #expect(try Self.edits("Phone must remain optional.") == [.required(target: "phone", false)])
        // A mapping and a picklist entry in the administrator's words.
        #expect(try Self.edits("the email field mapping should be E-mail Address → email") == Self.edits("map E-mail Address to email"))
        #expect(try Self.edits("Having checked with the client, the Lifecycle Stage column may be carried over into notes.") == Self.edits("map Lifecycle Stage to notes"))
        #expect(try Self.edits("picklist value for podcast should be Referral") == Self.edits("map podcast to Referral"))
        #expect(try Self.edits("chat is Web - I mean the lead source value, not the company domain") == Self.edits("map chat to Web"))
        #expect(try Self.edits("Podcast sign-ups are referral, please map them that way.") == Self.edits("map podcast to Referral"))
        #expect(try Self.edits("Where the lead source cannot be matched, record it as Other") == Self.edits("anything else in lead source becomes Other"))
        #expect(try Self.edits("company: split on the last space and keep the first part, we don't want the legal suffix in the account name")
            == Self.edits("company: split on the last space and keep the first part"))
        // What the change is for, said after it or before it.
        #expect(try Self.edits("Could you map Contact Owner into the notes field? The reps want to see the record owner after the load.") == [.map(target: "notes", source: .column("Contact Owner"))])
        #expect(try Self.edits("Legal has confirmed a lawful basis for the phone numbers; the Phone column can be mapped to phone again.") == [.map(target: "phone", source: .column("Phone"))])
    }

    @Test func conditionsOnWhatARecordLacks() throws {
        #expect(try Self.edits("If there's no company on a record, put the Company Domain in company instead") == Self.edits("when company is empty use Company Domain"))
        #expect(try Self.edits("Where a contact has no notes recorded, use the Contact Owner in that field.") == Self.edits("when notes is empty use Contact Owner"))
        #expect(try Self.edits("If a contact has no notes, record their Lifecycle Stage in the notes.") == Self.edits("when notes is empty use Lifecycle Stage"))
        #expect(try Self.edits("when notes is empty, put the account owner (Contact Owner) in notes") == Self.edits("when notes is empty use Contact Owner"))
        #expect(try Self.edits("Where no lead source is held, enter Web.") == [.defaultValue(target: "lead_source", value: "Web")])
        #expect(try Self.edits("For contacts without a company, set the company to 'Freelance'.") == [.defaultValue(target: "company", value: "Freelance")])
        #expect(try Self.edits("Where no creation date is recorded, use 2019-05-01, the day the old CRM went live.") == [.defaultValue(target: "created_date", value: "2019-05-01")])
    }

    @Test func theStateWantedSaidAsAStatement() throws {
        #expect(try Self.edits("company names should be kept without extra spaces before or after them") == [.trim(targets: ["company"])])
        #expect(try Self.edits("Please restore the last names to title case.") == Self.edits("title case the last names"))
        #expect(try Self.edits("Please ensure the company names are stored in upper case.") == Self.edits("upper-case the company names"))
        #expect(try Self.edits("The created dates were typed in by our Berlin office, with the day written before the month.") == Self.edits("created dates are day-first"))
        #expect(try Self.edits("The dates are day first; please correct the interpretation.") == Self.edits("dates are day first"))
    }

    @Test func aReviewersQuestionsReachTheirAnswers() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            #expect(try await session.clarify("is Contact Owner going to be loaded?") == session.clarify("is Contact Owner imported?"))
            #expect(try await session.clarify("Which personal data fields are we migrating?") == session.clarify("show the recipe"))
            #expect(try await session.clarify("how many records are going to fail validation?") == session.clarify("how many rows are invalid"))
            #expect(try await session.clarify("For how many records is the last name blank") == session.clarify("how many rows have no last name"))
            #expect(try await session.clarify("How many data subjects have no last name on file?") == session.clarify("how many rows have no last name"))
            // (Never the plainer question when more is asked: a format, a second value, a what-if, one record.)
            #expect(try await session.clarify("Is the phone going to be loaded in E.164 format?") != session.clarify("is phone imported?"))
            #expect(try await session.clarify("For how many records is the last name empty or 'Smith'?") != session.clarify("how many rows have no last name"))
            #expect(try await session.clarify("How many records are going to fail validation if we make phone required?") != session.clarify("how many rows are invalid"))
            #expect(try await session.clarify("What data are we migrating for record 3?") != session.clarify("show the recipe"))
        }
    }
}
