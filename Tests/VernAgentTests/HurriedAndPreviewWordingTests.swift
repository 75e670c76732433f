import Foundation
import Testing
import VernAPI
import VernRecipe
@testable import VernAgent

/// Requests typed in a hurry ("coming over", "nah skip", "w/o", "no wait Event") and reactions to
/// the preview ("those Dev Ops ones shouldn't be in here", "why is row 3 even in there"), and the
/// readings they must never turn into.
@Suite struct HurriedAndPreviewWordingTests {
    @Test(arguments: [
        ("we dont want the phone numbers coming across", "don't import phone"),
        ("i don't need the notes brought over", "don't import notes"),
        ("leave the Company Domain out of it", "don't import company domain"),
        ("phone - nope skip", "don't import phone"),
        ("put last name back in, from Last Name", "map Last Name to last name"),
        ("carry on importing the phone numbers", "import phone"),
        ("show the lifecycle stage in the notes column", "put Lifecycle Stage in notes"),
        ("there are stray spaces at the end of some first names, please tidy them up", "trim first name"),
        ("the phone numbers look british to me, it's our Leeds office", "the phone numbers are British"),
        ("we can't accept contacts w/o a company, make it required", "company is required"),
        ("just let duplicate emails through", "email does not need to be unique"),
        ("use Company Domain whenever company's blank", "when company is empty use Company Domain"),
        ("everything from the podcast source can go", "drop rows where Lead Source is podcast"),
        ("contacts in the customer lifecycle stage shouldn't be there", "drop rows where Lifecycle Stage is customer"),
        ("drop everything that's invalid", "drop the invalid rows"),
        ("those Dev Ops ones shouldn't be in here", "drop rows where Contact Owner is Dev Ops"),
        ("rows 2 and 3 shouldnt be in there", "drop rows 2 and 3"),
        ("skip record 1004 it's our internal test contact", "drop record 1004"),
        ("why is row 3 even in there, take it out", "drop row 3"),
        ("the rows where the source says podcast, those should be Event", "map podcast to Event"),
        ("chat leads came through the website widget so call those Web", "map chat to Web"),
        ("I want the notes to be the first name and the last name together, with ' - ' between them",
         "combine First Name and Last Name into notes separated by ' - '"),
        ("for company names like Bletchley Park Ltd just keep the first word", "for company names just keep the first word"),
        ("the owner's surname, so the last word of Contact Owner, should go into notes", "the last word of Contact Owner should go into notes"),
        ("map podcast to Referral.. no wait Event", "map podcast to Event"),
        ("map chat to Event, no wait, Web", "map chat to Web"),
        ("caps look shouty, title case for the first names", "title-case first names"),
        ("we'd like to see the owner of each contact - could the Contact Owner go into notes?", "put Contact Owner in notes"),
        ("I want to see who owns each lead, so put the Contact Owner in notes", "put Contact Owner in notes"),
        ("Grace Hopper shows up as first name Grace Hopper, only keep the first word", "keep the first word of first name"),
        ("the notes are mostly noise, can we show the lifecycle stage there instead", "put Lifecycle Stage in notes"),
        ("03/04/2021 is the 3rd of April, not March", "created dates are day-first"),
        ("get rid of the duplicates", "email must be unique, keep the first"),
        ("company_domain shd come from Company Domain", "company_domain should come from Company Domain"),
    ])
    func hurriedFormsReachTheirPlainForm(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    @Test func neverReadAsSomethingElse() throws {
        let parser = try PhrasingTests.parser()
        func edits(_ text: String) -> [Edit]? { PhrasingTests.edits(parser, text) }
        // "use that": a pronoun is never the literal value to fill in.
        #expect(!(edits("row 4 has no company but the domain is right there, use that whenever company's missing") ?? []).contains(.defaultValue(target: "company", value: "that")))
        // The column's own words are no value of it.
        #expect(edits("skip rows with Lead Source = podcast") == [.dropRows(RowCondition(column: "Lead Source", when: .equals, value: "podcast", inSource: true))])
        #expect(edits("drop rows with no Lead Source") == edits("drop rows without a lead source"))
        // "it's empty" is the column said before.
        #expect(edits("use 'Individual' as the company when it's empty") == [.defaultValue(target: "company", value: "Individual")])
        // A rhetorical question is no change without a request beside it.
        #expect(edits("why is row 3 even in there") == nil)
    }

    /// Questions said topic first, with what they want listed, or about the values a rule is for.
    @Test func questionsSaidTheHurriedWay() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let source = try await session.clarify("the company_domain values, which source column are they from?")
            #expect(source.contains("company_domain comes from Company Domain"), "\(source)")
            let rule = try await session.clarify("what happens to the company domains with www in front?")
            #expect(rule.contains("company_domain ← Company Domain"), "\(rule)")
            let missing = try await session.clarify("which contacts have no last name, give me the ids")
            let plain = try await session.clarify("which contacts have no last name")
            #expect(missing == plain && !missing.contains("Which column do you mean"), "\(missing)")
            // Where the rows are seen is no column: "in the preview" was read as a mistyped last_name.
            let seen = try await session.clarify("list the invalid rows in the preview")
            #expect(seen == (try await session.clarify("list the invalid rows")), "\(seen)")
        }
    }
}
