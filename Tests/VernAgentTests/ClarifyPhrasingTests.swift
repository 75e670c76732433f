import Foundation
import Testing
import VernAPI
@testable import VernAgent

/// Questions as analysts type them (typos, openings, other words) reach the answer of the question
/// they mean, with numbers and row identities.
@Suite struct ClarifyPhrasingTests {
    @Test func typosAndOpeningsAskTheSameQuestion() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let feeds = try await session.clarify("Which column feeds email?")
            #expect(feeds == "email comes from E-mail Address in contacts.csv, then: trim, lower-case. 2 email cells are invalid.")
            #expect(try await session.clarify("I was wondering, whcih colum goes into the email?") == feeds)
            #expect(try await session.clarify("Just checking: what field are we using for email") == feeds)
            #expect(try await session.clarify("so what goes into the email column") == feeds)
            #expect(try await session.clarify("I'd like to know what the email field is mapped from") == feeds)
            let order = try await session.clarify("what's the date order")
            #expect(order.hasPrefix("created_date reads dates month-first"), "\(order)")
            #expect(try await session.clarify("Out of curiosity, in which order are the dates read?") == order)
            let lacking = try await session.clarify("how many rows don't have a last name")
            #expect(lacking == "1 of 6 rows have no last_name: row 3 (record 3).")
            #expect(try await session.clarify("how many records where the last name is blank") == lacking)
            #expect(try await session.clarify("hw many rows have nothing in last name") == lacking)
            #expect(try await session.clarify("hwo mnay rows dont have a last nmae") == lacking)
        }
    }

    /// A count asked with a tag after it ("…, do you know?") or with "are there without": the count
    /// and the rows, never the rule of the column it names.
    @Test func aCountWithATagIsStillTheCount() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let lacking = try await session.clarify("how many rows have no last name")
            #expect(try await session.clarify("How many people are there without a last name, do you know?") == lacking)
            #expect(try await session.clarify("how many contacts do we have with no last name at all") == lacking)
            #expect(try await session.clarify("How many rows lack a last name, I wonder?") == lacking)
            #expect(try await session.clarify("Rows with no last name: how many, and which ones?") == lacking)
            let feeds = try await session.clarify("Which column feeds email?")
            #expect(try await session.clarify("email: fed from which column?") == feeds)
            #expect(try await session.clarify("Kim was wondering which column the email is being taken from") == feeds)
            let invalid = try await session.clarify("how many rows are invalid")
            #expect(try await session.clarify("I was wondering how many of the rows aren't passing the checks at the moment.") == invalid)
        }
    }

    /// The people the rows describe in the analyst's trade, and what a value lacks said other ways.
    @Test func othersWordsForRowsAndColumnsReachTheAnswer() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let lacking = try await session.clarify("how many rows have no last name")
            #expect(try await session.clarify("how many patients lack a last name") == lacking)
            #expect(try await session.clarify("How many members haven't got a family name recorded") == lacking)
            let rule = try await session.clarify("what does the company domain rule do")
            #expect(try await session.clarify("what does the rule on the employer's web address do") == rule)
            #expect(try await session.clarify("What exactly are you doing to the web address values before import?") == rule)
            #expect(try await session.clarify("Kim wants to know how many rows have no last name") == lacking)
            let bad = try await session.clarify("show me the invalid created dates")
            #expect(try await session.clarify("examples of signup dates that don't parse") == bad)
        }
    }

    @Test func aSpreadsheetUsersQuestionsReachTheirAnswers() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            #expect(try await session.clarify("what's the lookup for email, which header?") == (try await session.clarify("which column feeds email")))
            #expect(try await session.clarify("how many blanks in the company column") == (try await session.clarify("how many rows have no company")))
            #expect(try await session.clarify("what does the recipe do with the phone?") == (try await session.clarify("what does the phone rule do")))
        }
    }

    @Test func terseAndInformalQuestionsReachTheirAnswers() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let lacking = try await session.clarify("how many rows have no last name")
            #expect(try await session.clarify("how many recs w/o last name") == lacking)
            #expect(try await session.clarify("count of empty last names") == lacking)
            // Rows that will not load, listed with their identities and reasons; the rows that will.
            let invalid = try await session.clarify("which contacts won't make it?")
            #expect(invalid.hasPrefix("3 of 6 rows are invalid: row 2 (record 2) (email:required), row 3 (record 3)"), "\(invalid)")
            #expect(try await session.clarify("which records will fail") == invalid)
            #expect(try await session.clarify("how many people will load cleanly?") == "3 of 6 rows are valid (3 invalid).")
            let dropped = try await session.clarify("which rows were dropped")
            #expect(try await session.clarify("anything removed?") == dropped)
            #expect(try await session.clarify("who will we lose") == dropped)
            #expect(try await session.clarify("what breaks most often").hasPrefix("The most common failure is"))
            let feeds = try await session.clarify("which column feeds notes")
            #expect(try await session.clarify("source of notes?") == feeds)
            #expect(try await session.clarify("notes from where") == feeds)
            #expect(try await session.clarify("phone rule") == (try await session.clarify("what does the phone rule do")))
        }
    }

    @Test func theLongestColumnNameInAQuestionIsTheColumnAskedAbout() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            // "company domains" asks about company_domain (all valid here), never about company (row 4 is empty).
            let answer = try await session.clarify("Which company domains are failing?")
            #expect(answer.hasPrefix("Every company_domain value is valid"), "\(answer)")
        }
    }

    @Test func questionsWithTheQuestionWordLastOrTypedTersely() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let feeds = try await session.clarify("Which column feeds email?")
            #expect(try await session.clarify("email come from which column") == feeds)
            #expect(try await session.clarify("Quick check — what's the source column for email?") == feeds)
            #expect(try await session.clarify("what source column is email built from") == feeds)
            let lacking = "1 of 6 rows have no company: row 4 (record 4)."
            #expect(try await session.clarify("rows without company how many") == lacking)
            #expect(try await session.clarify("how many rows no company") == lacking)
            #expect(try await session.clarify("How many of the rows don't have a company, and which ones?") == lacking)
            #expect(try await session.clarify("which row has no company") == lacking)
            #expect(try await session.clarify("count rows where company is empty") == lacking)
            #expect(try await session.clarify("which row is drop") == "No row is dropped: the recipe has no row rules.")
            #expect(try await session.clarify("which rows did we drop?") == "No row is dropped: the recipe has no row rules.")
            #expect(try await session.clarify("list rows where company is null") == lacking)
            #expect(try await session.clarify("SELECT record_id FROM contacts WHERE company IS NULL") == lacking)
            #expect(try await session.clarify("r dupe emails flagged?") == (try await session.clarify("is email unique?")))
            let common = try await session.clarify("whats the most comon failure reason")
            #expect(common.hasPrefix("The most common failure is"), "\(common)")
        }
    }

    @Test func anUpdateOpeningWithAConditionIsAChangeAndAQuestionWordIsAQuestion() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let asked = try await session.update("where does email come from")
            #expect(asked.contains("That is a question, so the recipe is unchanged"), "\(asked)")
            // A yes/no or either/or question naming a change is answered, not applied.
            let either = try await session.update("are the dates read day first or month first?")
            #expect(either.contains("That is a question, so the recipe is unchanged") && either.contains("month-first"), "\(either)")
            let topic = try await session.update("The dates, they are read day first or month first?")
            #expect(topic.contains("That is a question, so the recipe is unchanged"), "\(topic)")
            // Two settings offered with a question mark, without a verb asking for either.
            let offered = try await session.update("created dates day-first or month-first?")
            #expect(offered.contains("That is a question, so the recipe is unchanged") && offered.contains("month-first"), "\(offered)")
            let shown = try await session.update("show row 2")
            #expect(shown.contains("That is a question, so the recipe is unchanged") && shown.contains("Row 2"), "\(shown)")
            // Code for a question: a count and the rows it names.
            let counted = try await session.update("count(*) where company is null?")
            #expect(counted.hasPrefix("1 of 6 rows have no company: row 4 (record 4)."), "\(counted)")
            let changed = try await session.update("Use \"n/a\" as the company when the Company column is empty.")
            #expect(changed.contains("company: empty values now become n/a"), "\(changed)")
        }
    }

    @Test func questionWordsAreCorrectedButTheDatasOwnWordsAreNot() {
        #expect(QuestionText.correct("waht wich mnay hwo dont") == "what which many how don't")
        #expect(QuestionText.correct("Wich rows were dropped") == "Which rows were dropped")
        #expect(QuestionText.correct("whatever happens") == "whatever happens")
        #expect(QuestionText.correct("how many waht rows", keeping: ["waht"]) == "how many waht rows")
        #expect(QuestionText.normalise("Quick question: remind me, how is the phone converted on the way in?") == "how is the phone converted")
    }

    @Test func countsRowsByAValueOfAnyColumnWithTheirIdentities() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let before = try await session.agent.state().recipe
            // Contact Owner is not imported: counted from the source all the same.
            #expect(try await session.clarify("# of rows owned by Bob") == (try await session.clarify("how many rows are owned by Bob")))
            #expect(try await session.clarify("how many rows are owned by Bob") == "2 of 6 rows have Contact Owner \"Bob\": row 2 (record 2), row 4 (record 4).")
            #expect(try await session.clarify("Quick question - how many contacts belong to Eve?")
                == "4 of 6 rows have Contact Owner \"Eve\": row 1 (record 1), row 3 (record 3), row 5 (record 5), row 6 (record 6).")
            let web = try await session.clarify("how many leads have lead source web")
            #expect(web == "2 of 6 rows have Lead Source \"Web\" (written \"Web\" (1), \"web\" (1)): row 1 (record 1), row 4 (record 4); in lead_source they all become Web.", "\(web)")
            #expect(try await session.clarify("how many leads came from Confernce")
                == "1 of 6 rows has Lead Source \"conference\": row 3 (record 3); in lead_source they all become Other.")
            #expect(try await session.clarify("how many events are there") == "1 of 6 rows has Lead Source \"event\": row 6 (record 6); in lead_source they all become Event.")
            // Words it cannot place are said, never silently left out.
            #expect(try await session.clarify("how many leads came from trade show last week")
                == "I'm not sure what \"last week\" asks, so I left it out: 1 of 6 rows has Lead Source \"trade show\": row 2 (record 2); in lead_source they all become Other.")
            let two = try await session.clarify("how many Bob leads came from trade show")
            #expect(two.hasPrefix("I'm not sure what to count: "), "\(two)")
            let filtered = try await session.clarify("how many of the Eve rows are invalid")
            #expect(filtered.hasPrefix("I'm not sure how to answer that: I count invalid rows over the whole file, not only the rows with \"Eve\"."), "\(filtered)")
            #expect(try await session.clarify("how many leads came from Mars").hasPrefix(Clarifier.cannotAnswer))
            #expect(try await session.clarify("how many rows are in the file") == "contacts.csv has 6 data rows; 3 of the imported rows are invalid.")
            // "should we drop the Bob rows?": the decision is the analyst's; the answer is the rows it would drop.
            #expect(try await session.clarify("Open question: should we drop the Bob rows?") == (try await session.clarify("how many rows are owned by Bob")))
            #expect(try await session.clarify("how many rows we got all up?") == "contacts.csv has 6 data rows; 3 of the imported rows are invalid.")
            #expect(try await session.agent.state().recipe == before)
        }
    }

    @Test func columnsNotImportedSaidOtherWaysWithWhy() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            _ = try await session.update("don't import Phone")
            let answer = try await session.clarify("what are we not bringing over")
            #expect(answer == "2 source columns of contacts.csv are not imported: Phone, Contact Owner. Why: no Contacts column matches Contact Owner; "
                + "Phone would fit phone, which is left empty. Template columns left empty: phone, notes.", "\(answer)")
            #expect(try await session.clarify("dropped columns?") == answer)
            #expect(try await session.clarify("which fields won't make it across") == answer)
            #expect(try await session.clarify("so what's left out") == answer)
            // Rows or columns: both are answered.
            #expect(try await session.clarify("anything we're dropping?") == "No row is dropped: the recipe has no row rules. " + answer)
            #expect(try await session.clarify("which rows are we dropping") == "No row is dropped: the recipe has no row rules.")
        }
    }

    @Test func whatARuleDoesForAColumnOrAValue() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let phone = try await session.clarify("how are phone numbers cleaned")
            #expect(phone == "phone ← Phone: E.164 (default region US); optional; 2 phone cells are invalid.")
            #expect(try await session.clarify("what does the phone rule do") == phone)
            #expect(try await session.clarify("what do you do with the phones") == phone)
            #expect(try await session.clarify("what's the rule for phones") == phone)
            #expect(try await session.clarify("explain the phone rules") == phone)
            #expect(try await session.clarify("how do phone numbers get formatted") == phone)
            #expect(try await session.clarify("what do you do with trade show leads") == "Lead Source trade show leads becomes lead_source Other.")
            #expect(try await session.clarify("what happens to Contact Owner")
                == "Contact Owner is not imported: no Contacts column takes it, so nothing happens to it.")
            let names = try await session.clarify("how are the names formatted")
            #expect(names.hasPrefix("first_name ← First Name") && names.contains(" last_name ← Last Name"), "\(names)")
        }
    }

    @Test func theLastChangeSaidOtherWaysAndAQuestionSentAsAnUpdate() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            _ = try await session.update("remove record 4")
            let last = "The last change (revision 2): rows with source Record ID = 4 are now dropped. Invalid rows 3 → 2, invalid cells 7 → 3, dropped rows 0 → 1, rows imported 6 → 5."
            #expect(try await session.clarify("Remind me, what was the last thing we changed?") == last)
            #expect(try await session.clarify("what was your most recent edit") == last)
            let before = try await session.agent.state().recipe
            let said = try await session.update("waht does the phone rule do")
            #expect(said.hasSuffix("(That is a question, so the recipe is unchanged.)") && said.contains("phone ← Phone: E.164"), "\(said)")
            #expect(try await session.agent.state().recipe == before)
        }
    }

    /// Office phrasing ("please revert with", "kindly share"), a newcomer's hedges, other words for
    /// columns not imported, and numbers said in words reach the answers of the plain questions.
    @Test func officePhrasingHedgesAndDictationReachTheirAnswers() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let lacking = try await session.clarify("how many rows have no last name")
            #expect(try await session.clarify("Please revert with the count of records without last name.") == lacking)
            #expect(try await session.clarify("How much contacts are without a last name?") == lacking)
            #expect(try await session.clarify("sorry if this is obvious, but how many rows have no last name") == lacking)
            #expect(try await session.clarify("Kindly share the source column used for email") == (try await session.clarify("which column feeds email")))
            let notImported = try await session.clarify("which source columns are not imported")
            #expect(try await session.clarify("Which columns of the file do we not take over?") == notImported)
            #expect(try await session.clarify("what columns stay out of the import") == notImported)
            let top = try await session.clarify("what is the most common failure reason")
            #expect(try await session.clarify("whats failing the most") == top)
            #expect(try await session.clarify("what happened to record three") == (try await session.clarify("what happened to record 3")))
            // One column's invalid cells, not the whole file's figure.
            let phones = try await session.clarify("let me know how many phones are invalid")
            #expect(phones.hasPrefix("2 phone cells are invalid: "), "\(phones)")
            let before = try await session.agent.state().recipe
            let asked = try await session.update("Kindly tell the most common validation failure")
            #expect(asked.hasPrefix(top) && asked.hasSuffix("(That is a question, so the recipe is unchanged.)"), "\(asked)")
            #expect(try await session.agent.state().recipe == before)
            // A row dropped by its number is said by its number, and the dropped rows asked for other ways.
            _ = try await session.update("drop row two")
            let last = try await session.clarify("wat did u change last")
            #expect(last.hasPrefix("The last change (revision 2): rows with source Record ID = 2 (row 2) are now dropped. Invalid rows "), "\(last)")
            #expect(try await session.clarify("which rows got taken out?") == (try await session.clarify("which rows were dropped")))
            #expect(try await session.clarify("I'm not sure which rows are being left out now") == (try await session.clarify("which rows were dropped")))
        }
    }

    /// Questions in code or version-control words reach the plain questions' answers, and one sent
    /// as an update changes nothing.
    @Test func questionsInCodeReachTheirAnswers() async throws {
        try await Session.with { session in
            _ = try await generated(session)
            let lacking = try await session.clarify("how many rows have no last name")
            #expect(try await session.clarify("SELECT COUNT(*) FROM contacts WHERE last_name IS NULL") == lacking)
            #expect(try await session.clarify("df.last_name.isna().sum()") == lacking)
            #expect(try await session.clarify("GROUP BY failure reason ORDER BY count DESC LIMIT 1") == (try await session.clarify("what is the most common failure reason")))
            #expect(try await session.clarify("any bad phone values") == (try await session.clarify("show examples of bad phone values")))
            #expect(try await session.clarify("which rows have no last name - row numbers and record ids please") == (try await session.clarify("which rows have no last name")))
            _ = try await session.update("drop row 3")
            #expect(try await session.clarify("diff of the last revision") == (try await session.clarify("what changed in the last update")))
            let before = try await session.agent.state().recipe
            let asked = try await session.update("SELECT COUNT(*) FROM contacts WHERE phone IS NULL")
            #expect(asked.hasSuffix("(That is a question, so the recipe is unchanged.)"), "\(asked)")
            #expect(try await session.agent.state().recipe == before)
        }
    }
}
