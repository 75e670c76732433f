import Foundation
import Testing
@testable import VernAgent
import VernRecipe

/// Requests that lean on the change before them: the same again for other rows, the other column
/// meant, half of a change taken back, a letter case kept as written. Phrasings of our own, on
/// `PhrasingTests`' file.
@Suite struct TakeBacksTests {
    /// The parser after `setup` was applied, with it as the last change.
    static func parser(after setup: String) throws -> InstructionParser {
        let first = try PhrasingTests.parser()
        guard case .success(.edits(let edits)) = first.parse(setup) else { throw Unread(text: setup) }
        var sheet = first.sheet
        _ = sheet.apply(edits, template: first.template)
        let profile = try Profiler.profile(name: "leads.csv", bytes: Array(PhrasingTests.csv.utf8))
        var parser = InstructionParser(scope: ColumnScope(template: first.template, profile: profile, sheet: sheet), sheet: sheet)
        parser.previous = edits
        return parser
    }

    private struct Unread: Error { var text: String }

    private static func edits(_ parser: InstructionParser, _ text: String) -> Command? {
        guard case .success(let command) = parser.parse(text) else { return nil }
        return command
    }

    @Test(arguments: [
        ("drop rows where Lead Source is chat", "Do the same for the rows owned by Bob Ray", "drop rows where Contact Owner is Bob Ray"),
        ("drop row 1", "same for row 3", "drop row 3"),
        ("drop rows where Lead Source is chat", "same for podcast", "drop rows where Lead Source is podcast"),
    ])
    func theSameAgainForOtherRows(_ setup: String, _ wording: String, _ plain: String) throws {
        let parser = try Self.parser(after: setup)
        #expect(Self.edits(parser, wording) != nil, "\(wording)")
        #expect(Self.edits(parser, wording) == Self.edits(try PhrasingTests.parser(), plain), "\(wording)")
    }

    @Test func theOtherColumnMeantReplacesTheLastChange() throws {
        let mapped = try Self.parser(after: "map Contact Owner to notes")
        for wording in ["not that, the other column: Lifecycle Stage", "no, not that one, use Lifecycle Stage", "wrong column, I meant Lifecycle Stage"] {
            #expect(Self.edits(mapped, wording) == .edits([.map(target: "notes", source: .column("Lifecycle Stage"))]), "\(wording)")
        }
        // "company" names a source column and a template column: which part was wrong is asked.
        guard case .failure(let failure) = mapped.parse("wrong column, I meant company") else {
            Issue.record("guessed which part \"company\" replaces")
            return
        }
        #expect(failure.readings == ["Map Company to notes", "Undo that and map Contact Owner to company"])
        let trimmed = try Self.parser(after: "trim company")
        #expect(Self.edits(trimmed, "not that one, notes") == .undoThen(1, [.trim(targets: ["notes"])]))
    }

    /// "I didn't mean lower case for the companies": the last change, described as not wanted, is
    /// taken back; a description of another change is no step back. "I meant …" of the same kind of
    /// change to another column replaces the last change.
    @Test func aChangeDisownedIsTakenBack() throws {
        let lowered = try Self.parser(after: "lower-case the company")
        for wording in ["I didn't mean lower case for the companies", "Oh, I didn't want you to lower-case the companies"] {
            #expect(Self.edits(lowered, wording) == .undo(1), "\(wording)")
        }
        #expect(Self.edits(try Self.parser(after: "trim the company"), "I didn't mean lower case for the companies") != .undo(1))
        let required = try Self.parser(after: "make phone required")
        #expect(Self.edits(required, "no, I tell a lie, it's the email I want compulsory") == .undoThen(1, [.required(target: "email", true)]))
        #expect(Self.edits(required, "we never asked for the phone to be required") == .undo(1))
    }

    @Test func aSeparatorChangedInstead() throws {
        let joined = try Self.parser(after: "combine Contact Owner and Lifecycle Stage into notes with ' | '")
        #expect(Self.edits(joined, "use ' - ' instead of the pipe") == .edits([.map(target: "notes", source: .combine(columns: ["Contact Owner", "Lifecycle Stage"], separator: " - "))]))
        // ("use 'Unknown' instead" after a join is a value, not a separator.)
        for wording in ["use 'n/a'", "use 'Unknown' instead"] {
            if case .edits(let edits)? = Self.edits(joined, wording) {
                #expect(!edits.contains { if case .map(_, .combine) = $0 { true } else { false } }, "\(wording): \(edits)")
            }
        }
    }

    /// "is email" alone after a change is no "so is email": only a part of the same message repeats it.
    @Test func aBareVerbRepeatsOnlyInsideAMessage() throws {
        let trimmed = try Self.parser(after: "trim company")
        #expect(Self.edits(trimmed, "is email") != .edits([.trim(targets: ["email"])]))
        #expect(Self.edits(trimmed, "so is email") == .edits([.trim(targets: ["email"])]))
    }

    @Test func halfOfAChangeTakenBack() throws {
        let upper = try Self.parser(after: "upper-case last names and trim them")
        let asWritten: Command = .edits([.letterCase(targets: ["last_name"], transform: nil)])
        #expect(Self.edits(upper, "drop the upper-casing") == asWritten)
        #expect(Self.edits(upper, "keep the last names as they were written") == asWritten)
        guard case .edits(let both)? = Self.edits(upper, "keep the trim but drop the upper-casing") else {
            Issue.record("\"keep the trim but drop the upper-casing\" was not read")
            return
        }
        #expect(both.contains(.letterCase(targets: ["last_name"], transform: nil)) && !both.contains(where: { if case .untrim = $0 { true } else { false } }), "\(both)")
        // Letters already as written: "keep … as written" is no request the parser guesses at.
        #expect(Self.edits(try PhrasingTests.parser(), "keep the last names as they were written") == nil)
        // No column in upper case: said, not guessed.
        #expect(Self.edits(try PhrasingTests.parser(), "drop the upper-casing") == nil)
    }

    /// "The company isn't needed" of a column that must have a value could mean either; asked.
    @Test func notNeededOfARequiredColumnAsks() throws {
        guard case .failure(let failure) = try PhrasingTests.parser().parse("The company isn't needed, they'll fill it in on their side.") else {
            Issue.record("read as a change")
            return
        }
        #expect(failure.readings == ["company is optional", "Don't import company"])
        try PhrasingTests.expectSame("Notes aren't needed.", as: "don't import Notes")
    }

    /// A request beside a phone region is read on its own, never passed over.
    @Test func aRegionBesideOtherRulesKeepsThem() throws {
        try PhrasingTests.expectSame("The client wants phone required, email optional, and German as the phone region.", as: "phone is required; email is optional; phone numbers are German")
        #expect(Self.edits(try PhrasingTests.parser(), "zzz phone required, email optional, and German as the phone region") == nil)
    }

    /// Everyday forms of the requests above' neighbours: rows by a column and its value, a fill
    /// said with its condition first, the values left over, "and so should …", a statement about
    /// the rows the request drops.
    @Test(arguments: [
        ("filter out contact owner Bob Ray", "drop rows where Contact Owner is Bob Ray"),
        ("Drop anything with Lifecycle Stage other, please.", "drop rows where Lifecycle Stage is other"),
        ("The client doesn't want anything owned by Dev Ops.", "drop rows where Contact Owner is Dev Ops"),
        ("We're not migrating Bob Ray's contacts.", "drop rows where Contact Owner is Bob Ray"),
        ("The stage 'other' is used for junk records. Drop anything with Lifecycle Stage other.", "drop rows where Lifecycle Stage is other"),
        ("Where a contact has no notes, put their lifecycle stage in notes instead.", "when notes is empty use Lifecycle Stage"),
        ("if notes empty -> contact owner", "when notes is empty use Contact Owner"),
        ("When a row's Notes are empty, the owner's name from Contact Owner should go in notes.", "when notes is empty use Contact Owner"),
        ("Where Notes is empty, the client wants the Lifecycle Stage in notes.", "when notes is empty use Lifecycle Stage"),
        ("Some contacts have no company at all. In that case, use the company domain.", "when company is empty use Company Domain"),
        ("whatever's left over is Other", "anything else in lead source becomes Other"),
        ("Map whatever's left to Referral.", "anything else in lead source becomes Referral"),
        ("Any lead source we haven't mapped explicitly should simply count as Other.", "anything else in lead source becomes Other"),
        ("no lead source -> Referral", "set lead source to 'Referral' when it is empty"),
        ("First Name should feed last_name", "map First Name to last_name"),
        ("No two contacts should share a first name, their system keys on it (don't ask).", "first name must be unique"),
        ("duplicates in email are allowed, don't flag them", "email does not need to be unique"),
        ("email doesn't have to be there", "email is optional"),
        ("Company names should be upper case, and so should the last names.", "upper-case company; upper-case last name"),
        ("Podcast is Event. So is chat.", "map podcast to Event; map chat to Event"),
        ("Email is required, the client can't import a contact without one.", "email is required"),
        ("Swap the requirements around please: phone becomes required and email becomes optional.", "phone is required; email is optional"),
        ("Record 1003 belongs to a contact who asked to be forgotten. It must not be migrated.", "drop record 1003"),
        ("Please flag contacts that share a surname with an earlier contact.", "last name must be unique"),
        ("Only import the rows that pass validation.", "drop invalid rows"),
        ("drop row 1 plus record 1003", "drop row 1; drop record 1003"),
        ("The last name is required, please make sure of that.", "last name is required"),
        ("Put Country into notes, with surrounding spaces trimmed.", "put Country into notes and trim it"),
        ("keep Record ID mapped to external_id", "map Record ID to external_id"),
        ("uniqueness off for email, on for last name", "email does not need to be unique; last name must be unique"),
        ("company = first word of Company only", "company = the first word of Company"),
        // What the client says may be a request of its own.
        ("trim company, the client says their phones are German", "trim company; phone numbers are German"),
    ])
    func everydayFormsReachTheirPlainForm(_ wording: String, _ plain: String) throws {
        try PhrasingTests.expectSame(wording, as: plain)
    }

    /// Words after "no X ->" or "means" that say what happens are no value to write.
    @Test(arguments: ["no created date -> leave blank", "no phone means the row is invalid"])
    func aConsequenceIsNoDefault(_ wording: String) throws {
        if case .success(.edits(let edits)) = try PhrasingTests.parser().parse(wording) {
            #expect(!edits.contains { if case .defaultValue = $0 { true } else { false } }, "\(edits)")
        }
    }

    /// "put phone back the way it was": the recipe before the change that named the column.
    @Test func aColumnPutBackTheWayItWas() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            _ = try await session.update("don't import phone")
            _ = try await session.update("trim company")
            let reply = try await session.update("put phone back the way it was, they want the numbers after all")
            #expect(reply.contains("Went back to the recipe before"), "\(reply)")
            #expect(try await session.clarify("which column feeds phone").contains("Phone"))
        }
    }
}
