import Foundation
import Testing
@testable import VernAgent
import VernRecipe

/// Requests written as a data analyst writes SQL or pandas (`CodeNotation`), each read as the
/// plain instruction it means; phrasings of our own, on `PhrasingTests`' file.
@Suite struct CodeNotationTests {
    @Test(arguments: [
        // Map, skip.
        ("df['notes'] = df['Lifecycle Stage']", "map Lifecycle Stage to notes"),
        ("SELECT \"Contact Owner\" AS notes", "map Contact Owner to notes"),
        ("SELECT * EXCEPT (notes)", "don't import notes"),
        ("df.drop(columns=['Notes', 'Country'])", "don't import Notes; don't import Country"),
        // Case and whitespace.
        ("LOWER(email)", "lower-case email"),
        ("df.last_name = df.last_name.str.upper()", "upper-case last name"),
        ("df['first_name'] = df['First Name'].str.strip()", "map First Name to first name, trim first name"),
        ("company = INITCAP(company)", "title-case company"),
        ("rtrim(\"Company\") -> company", "map Company to company; trim company"),
        // Defaults and fills.
        ("IFNULL(lead_source, 'Web')", "set lead source to Web when it is empty"),
        ("df.notes = df.notes.fillna('none given')", "set notes to 'none given' when it is empty"),
        ("company = COALESCE(Company, \"Company Domain\")", "when company is empty use Company Domain"),
        ("df['notes'] = np.where(df['Notes'].isna(), df['Contact Owner'], df['Notes'])", "when notes is empty use Contact Owner"),
        ("CASE WHEN company IS NULL THEN \"Company Domain\" ELSE company END", "when company is empty use Company Domain"),
        // Value maps.
        ("CASE WHEN lead_source = 'chat' THEN 'Web' END", "map chat to Web"),
        ("CASE lead_source WHEN 'podcast' THEN 'Advertising' ELSE 'Other' END", "map podcast to Advertising; anything else in lead source becomes Other"),
        ("CASE WHEN \"Lead Source\" IN ('webinar', 'trade show') THEN 'Event' END", "map webinar and trade show to Event"),
        // Constraints.
        ("email NOT NULL", "email is required"),
        ("ALTER TABLE contacts ALTER COLUMN phone SET NOT NULL", "phone is required"),
        ("company nullable", "company is optional"),
        ("UNIQUE(company_domain)", "company domain must be unique"),
        // Rows.
        ("DELETE FROM contacts WHERE \"Contact Owner\" = 'Dev Ops'", "drop rows where Contact Owner is Dev Ops"),
        ("DELETE FROM leads WHERE \"Record ID\" IN (1001, 1003)", "drop records 1001 and 1003"),
        ("df = df[df['Lead Source'] != 'chat']", "drop rows where Lead Source is chat"),
        ("df.dropna(subset=['email'])", "drop rows without an email"),
        ("DELETE FROM contacts WHERE phone IS NULL", "drop rows without a phone"),
        // Combine and split.
        ("notes = \"Contact Owner\" || ' | ' || \"Lifecycle Stage\"", "combine Contact Owner and Lifecycle Stage into notes with ' | '"),
        ("concat_ws('; ', \"Lifecycle Stage\", \"Contact Owner\") into notes", "combine Lifecycle Stage and Contact Owner into notes with '; '"),
        ("first_name = SPLIT_PART(\"First Name\", ' ', 1)", "use the first word of First Name for first name"),
        ("df['company'] = df['Company'].str.rsplit(' ', n=1).str[0]", "use everything before the last space of Company for company"),
        // Undo.
        ("git revert HEAD", "undo the last change"),
        ("roll back the last migration", "undo the last change"),
    ])
    func codeReadsAsItsPlainInstruction(_ code: String, _ plain: String) throws {
        try PhrasingTests.expectSame(code, as: plain)
    }

    /// What a fill takes in code is a column: a name that is none is asked about, never taken as a value.
    /// (So is a fill into a column from another: "notes = COALESCE(\"Lifecycle Stage\", 'n/a')" would
    /// otherwise fill notes' own empty cells and leave its source as it was.)
    @Test(arguments: ["COALESCE(phone, mobile)", "coalesce fax into phone", "notes = COALESCE(\"Lifecycle Stage\", 'n/a')",
        "df['notes'] = df['Lifecycle Stage'].fillna('n/a')", "notes = IFNULL(\"Lifecycle Stage\", \"Contact Owner\")"])
    func aFillFromAColumnThatIsNotThereAsks(_ code: String) throws {
        if case .success(let command) = try PhrasingTests.parser().parse(code) {
            Issue.record("\"\(code)\" read as \(command)")
        }
    }

    /// Text without code is returned as it is.
    @Test(arguments: ["drop rows where the lead source is chat", "when notes is empty use Contact Owner", "make the emails lower case"])
    func plainWordsAreLeftAlone(_ text: String) {
        #expect(CodeNotation.plain(text) == text)
    }

    /// A question in code is answered as the question it is.
    @Test(arguments: [
        ("SELECT COUNT(*) FROM contacts WHERE email IS NULL", "how many rows have no email"),
        ("df.phone.isna().sum()", "how many rows have no \"phone\""),
    ])
    func aQuestionInCodeReadsAsAQuestion(_ code: String, _ words: String) {
        #expect(CodeNotation.plain(code) == words)
    }
}

/// A later part of a message that takes back the part before it ("…EDIT: actually make it
/// required") replaces it; one that adds to it ("…actually, trim it too") is read as well.
@Suite struct SelfCorrectionTests {
    @Test(arguments: [
        ("make email optional\nEDIT: actually make it required", [Edit.required(target: "email", true)]),
        ("the dates are month first... sorry no, they're day first", [.date(target: "created_date", dayFirst: true, keepTime: nil)]),
        ("drop row 2 - no wait, row 3", [.dropRowNumber(3)]),
        ("pull notes from Contact Owner. actually, from Lifecycle Stage", [.map(target: "notes", source: .column("Lifecycle Stage"))]),
        ("lower-case the last names. scratch that, upper case", [.letterCase(targets: ["last_name"], transform: .upper)]),
        ("trim company. actually title-case it too", [.trim(targets: ["company"]), .letterCase(targets: ["company"], transform: .title)]),
    ])
    func theCorrectionReplacesWhatItTakesBack(_ phrasing: String, _ expected: [Edit]) throws {
        guard case .success(.edits(let edits)) = try PhrasingTests.parser().parse(phrasing) else {
            Issue.record("\"\(phrasing)\" did not parse")
            return
        }
        #expect(edits == expected, "\(phrasing)")
    }
}

/// Parts that only look like a remark, and remarks that only look like a request.
@Suite struct RemarkBoundaryTests {
    /// "… and company isn't" says the change again of another column: read, or asked about, never dropped.
    @Test func anElidedNegationIsReadNotSetAside() throws {
        guard case .success(.edits(let edits)) = try PhrasingTests.parser().parse("the email column is required and the phone isn't") else {
            Issue.record("did not parse")
            return
        }
        #expect(edits == [.required(target: "email", true), .required(target: "phone", false)])
        if case .success(let command) = try PhrasingTests.parser().parse("email is required now and phone isn't, also drop row 2") {
            #expect(command == .edits([.required(target: "email", true), .required(target: "phone", false), .dropRowNumber(2)]), "\(command)")
        }
    }

    /// A reason after the request, with a verb no list holds ("filter on", "reports by"), is set aside;
    /// "reports" is a word of its own, not a typo of "records".
    @Test(arguments: [
        ("could you mark the created date as required? the dashboards filter on it", "created date is required"),
        ("Can you make created_date mandatory please? Finance reports by create date.", "created date is required"),
    ])
    func aReasonWithAnyVerbIsSetAside(_ phrasing: String, _ plain: String) throws {
        try PhrasingTests.expectSame(phrasing, as: plain)
        #expect(Clauses.correct("the reports filter on it") == "the reports filter on it")
    }

    /// A column not named ("the other one") or named as the column filled ("mobile" for phone) is asked about.
    @Test(arguments: ["when the email is empty use the other one", "when phone is empty use the mobile column"])
    func aFillThatNamesNoOtherColumnAsks(_ phrasing: String) throws {
        if case .success(let command) = try PhrasingTests.parser().parse(phrasing) {
            Issue.record("\"\(phrasing)\" read as \(command)")
        }
    }

    /// Defaults said as a placeholder or as what empty cells can be, and a check that fails.
    @Test(arguments: [
        ("give last_name a placeholder of Unknown when it's missing", "set last name to Unknown when it is empty"),
        ("company can be TBC when it's blank", "set company to TBC when it is empty"),
        ("default lead source to Other", "set lead source to Other when it is empty"),
        ("drop rows where the email fails the strict check", "drop rows with an invalid email"),
        ("podcast signups should land as Advertising", "map podcast to Advertising"),
        ("notes ← Contact Owner", "map Contact Owner to notes"),
        ("map notes from Lifecycle Stage", "map Lifecycle Stage to notes"),
        ("Eve from support asked if podcast leads could count as Advertising", "map podcast to Advertising"),
        ("the client wants Contact Owner in the notes field instead", "map Contact Owner to notes"),
        ("drop external_id 1001 and 1003", "drop records 1001 and 1003"),
        // A bug report: the observation says nothing to change, the expected or desired state is the request.
        ("Expected: company is mandatory. Actual: rows without a company pass.", "company is required"),
        ("Observed: chat leads become Other. Desired: chat counts as Web", "map chat to Web"),
    ])
    func everydayFormsOfAChange(_ phrasing: String, _ plain: String) throws {
        try PhrasingTests.expectSame(phrasing, as: plain)
    }
}
