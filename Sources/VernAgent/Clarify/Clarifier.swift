import Foundation
import VernAPI
import VernRecipe
import VernAgentKit

/// Answers questions about the current recipe and preview, with numbers. Never changes the recipe.
struct Clarifier {
    let migration: MigrationContext

    /// The questions it answers, for the reply to one it cannot.
    static let understood = [
        "Which column did you map Email from?", "Show the recipe", "How many rows are invalid, and why?",
        "Why is row 12 invalid?", "Which Lead Source values became Other?", "Which source columns are not imported?",
        "What happens to the phone numbers?", "How many leads came from Webinar?", "What was the last change?",
    ]

    /// How an answer to a question it does not understand starts.
    static let cannotAnswer = "I can't answer"

    /// Rows listed by name in an answer; more are counted.
    static let listed = 10

    /// The words of the data's column names and values (lower case): never read as typos.
    static func vocabulary(_ scope: ColumnScope) -> Set<String> {
        var words = Set<String>()
        for phrase in scope.header + scope.values.values.flatMap(\.keys) {
            for word in phrase.lowercased().split(whereSeparator: { !$0.isLetter }) { words.insert(String(word)) }
        }
        return words
    }

    /// The answer to a message of one or more questions ("which column feeds X, also what's the
    /// date order"): every question answered, or none when one of them cannot be. Sentences that
    /// only comment ("I want to chase those accounts.") are not questions.
    func answer(_ asked: String) async throws -> String {
        let plainly = TicketNotation.plain(asked)
        if let answer = try await WhatIf(migration: migration).answer(plainly) { return answer }
        // ("…? And which ones, if you can list them": the rows are listed with the count anyway;
        // "how many rows are invalid, and which ones": asked as which, which counts them too.)
        let said = Dictation.read(ChatMarkup.plain(CodeNotation.plain(plainly)))
        if let plain = try await withoutExampleRow(said) { return try await answerOne(plain) }
        let which = #"(?:[?.!]\s*|,\s*|\s+)(?:and )?which ones(?:,? if you can(?: list them)?|,? please)?\s*(?:[?.!]+|$)"#
        let question = (Text.contains(said, #"^\s*how many\b[^?.!]*"# + which) ? said.replacingRegex(#"^\s*how many\b"#, with: "which") : said)
            .replacingRegex(which, with: "?")
        let sentences = QuestionText.askingSentences(question)
        guard sentences.count > 1 else { return try await answerEach(sentences.first ?? question) }
        var answers: [String] = []
        var left: [String] = []
        for sentence in sentences {
            let answer = try await answerEach(sentence)
            if answer.hasPrefix(Self.cannotAnswer) { left.append(sentence) } else { answers.append(answer) }
        }
        guard !left.isEmpty else { return answers.joined(separator: "\n") }
        // A sentence that leans on the one before ("Which rows got dropped? Also by which rule").
        let asking = #"^(?:is|are|does|did|do|can|could|was|were)\b|\b(?:what|what's|which|how|why|where|when|who|whose)\b"#
        guard !answers.isEmpty, left.allSatisfy({ !$0.hasSuffix("?") && !Text.contains($0, asking) }) else { return try await answerEach(question) }
        // A statement beside the questions ("It looks fine to me."): said, never silently dropped.
        return answers.joined(separator: "\n") + "\n(I read " + left.map { "\"\($0)\"" }.joined(separator: " and ")
            + " as a comment: it asks nothing I can answer.)"
    }

    /// The answer to one sentence of one or more questions.
    private func answerEach(_ question: String) async throws -> String {
        let parts = Self.questions(in: question)
        guard parts.count > 1 else { return try await answerOne(question) }
        var answers: [String] = []
        var unanswered: [(part: String, answer: String)] = []
        var named: String?
        var column: String?
        for part in parts {
            // "which record is row 42 and what's wrong with it": "it" is the row the part before names.
            var part = named.map { part.replacingRegex(#"\b(?:it|that (?:row|record|one)|this (?:row|record|one))\b"#, with: $0) } ?? part
            named = Text.firstMatch(part, #"\b((?:row|record) \d+)\b"#) ?? named
            // "which column feeds lead_source, and how many of them are empty": the column the part before names.
            let own = try await columnNamed(in: part)
            if named == nil, own == nil, let column, Text.contains(part, #"\b(?:them|they|it)\b"#) {
                part = part.replacingRegex(#"\b(?:of )?them\b|\bthey\b|\bit\b"#, with: column)
            }
            column = own ?? column
            let answer = try await answerOne(part)
            if answer.hasPrefix(Self.cannotAnswer) {
                unanswered.append((part, answer))
            } else if !answers.contains(answer) {
                answers.append(answer)
            }
        }
        // (The parts answered are given, and each one that is not is said, never passed over.)
        guard !answers.isEmpty else { return unanswered.first?.answer ?? "" }
        return (answers + unanswered.map { "(I can't answer \"\($0.part)\" on its own; ask it as a question of its own.)" }).joined(separator: "\n")
    }

    /// A question naming a person, read for the row that person is on; said when the name fits more
    /// than one row.
    private enum Person {
        case question(String)
        case answer(String)
    }

    /// "what phone does Sarah Nakamura end up with": the row whose person-name columns, joined, are
    /// the name the question says.
    private func personNamed(in question: String, sheet: SheetRecipe, template: TargetTemplate, state: AgentState, bench: Workbench) async throws -> Person {
        guard !Text.contains(question, #"\b(?:rows?|records?|lines?|ids?)\s*#?\d"#) else { return .question(question) }
        let names = template.columnNames.filter { Text.contains(Text.key($0), #"^(?:first|last|middle|given|family)name$|^(?:surname|forename)$"#) }
        guard names.count >= 2 else { return .question(question) }
        let output = try await bench.everyRow(state, sheet: sheet)
        let places = names.compactMap { output.columns.firstIndex(of: $0) }
        let said = " " + question.lowercased().replacingRegex(#"['’]s\b"#, with: "").split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" && $0 != "-" }).joined(separator: " ") + " "
        var found: [(index: Int, name: String)] = []
        for index in output.rows.indices {
            let words = places.flatMap { output.rows[index][$0].split(separator: " ") }
            guard words.count >= 2 else { continue }
            let name = words.joined(separator: " ")
            if said.contains(" " + name.lowercased() + " ") { found.append((index, name)) }
        }
        guard let first = found.first else { return valueNamed(in: question, output: output, besides: places) }
        let spoken = question.range(of: first.name, options: .caseInsensitive)
        guard found.count == 1, let spoken else {
            return .answer("\(Text.count(found.count, "row")) name \(first.name): \(found.map { Self.identity($0.index, in: output) }.joined(separator: ", ")); ask about one by its row number.")
        }
        return .question(question.replacingCharacters(in: spoken, with: "row \(output.rowNumbers[first.index])"))
    }

    /// "what's the company_domain for Massive Software Corp.": the rows whose cell holds a value of
    /// several words the question says (a company, an owner), read as those rows.
    private func valueNamed(in question: String, output: RecipePreview, besides names: [Int]) -> Person {
        // (Only a question for a value of the row: "how many contacts work at Acme Holdings" counts.)
        guard Text.contains(question, #"\b(?:what|what's|whats|which|who|who's|whose)\b"#), !Text.contains(question, #"\b(?:how many|count|number of)\b"#) else { return .question(question) }
        let said = " " + question.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "&" }).joined(separator: " ") + " "
        var found: [String: [Int]] = [:]
        for (index, row) in output.rows.enumerated() {
            // (Names, companies, owners: never an address, a domain or a date, which an example value may be.)
            for (column, cell) in row.enumerated() where !names.contains(column) && !cell.contains(where: { "@/:\\_".contains($0) }) && !Text.contains(cell, #"\.\w"#) {
                let value = cell.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "&" }).joined(separator: " ")
                if value.split(separator: " ").count >= 2, said.contains(" " + value + " ") { found[value, default: []].append(index) }
            }
        }
        // (The longest value said: "Black Mesa Dynamics Ltd" before "Black Mesa".)
        guard let value = found.keys.max(by: { $0.count < $1.count }), let rows = found[value] else { return .question(question) }
        let words = value.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: #"[^\p{L}\p{N}]+"#)
        guard rows.count == 1, let spoken = question.range(of: words, options: [.regularExpression, .caseInsensitive]) else {
            return rows.count == 1 ? .question(question)
                : .answer("\(Text.count(rows.count, "row")) hold \"\(value)\": \(rows.map { Self.identity($0, in: output) }.joined(separator: ", ")); ask about one by its row number.")
        }
        return .question(question.replacingCharacters(in: spoken, with: "row \(output.rowNumbers[rows[0]])"))
    }

    /// The one template column a question names, for a part after it to lean on.
    private func columnNamed(in question: String) async throws -> String? {
        let state = try await AgentState.load(migration)
        guard state.recipe.sheets.count == 1, let sheet = state.recipe.sheets.first, let template = Workbench(migration: migration).template(for: sheet),
            let source = state.source(named: sheet.source)
        else { return nil }
        let named = ColumnScope(template: template, profile: source.profile, sheet: sheet).columns(namedIn: question)
        return named.count == 1 ? named[0] : nil
    }

    /// The questions of a message: cut before a question word that follows ", also", "; ", "? " or
    /// ", and".
    static func questions(in message: String) -> [String] {
        let marked = message.replacingRegex(
            #"(?:\s*,\s*(?:and\s+)?(?:also|plus|oh and)\s+|\s*;\s*(?:and\s+|also\s+|plus\s+)?|\?\s+(?:and\s+|also\s+|plus\s+)?|\s*,?\s+and\s+(?=(?:what|what's|which|how|why|is|are|does|do|did) (?!(?:not|to)\b)\w+ \w+))(?=(?:what|what's|which|how|why|where|when|who|is|are|does|do|did)\b)"#, with: "\u{0}")
        let parts = marked.split(separator: "\u{0}").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // Each part a question of its own, not a word such as "why?" that leans on the one before.
        return parts.allSatisfy({ $0.split(separator: " ").count >= 3 }) ? parts : [message]
    }

    private func answerOne(_ question: String) async throws -> String {
        let state = try await AgentState.load(migration)
        let bench = Workbench(migration: migration)
        var lines: [String] = []
        for sheet in state.recipe.sheets {
            guard let template = bench.template(for: sheet), let source = state.source(named: sheet.source) else { continue }
            let scope = ColumnScope(template: template, profile: source.profile, sheet: sheet)
            let person = try await personNamed(in: scope.readingSheetNotation(question), sheet: sheet, template: template, state: state, bench: bench)
            if case .answer(let answer) = person {
                lines.append(state.recipe.sheets.count > 1 ? "\(template.name): \(answer)" : answer)
                continue
            }
            guard case .question(let question) = person else { continue }
            let text = QuestionText.normalise(question, keeping: Self.vocabulary(scope))
            var answer = try exampleAnswer(question, text: text, sheet: sheet, template: template, source: source, scope: scope, state: state, bench: bench)
            if answer == nil {
                answer = try await self.answer(text, sheet: sheet, template: template, source: source, scope: scope, state: state, bench: bench)
            }
            if let answer {
                lines.append(state.recipe.sheets.count > 1 ? "\(template.name): \(answer)" : answer)
            }
        }
        guard lines.isEmpty else { return lines.joined(separator: "\n") }
        return Self.cannotAnswer + " \"\(question)\" from the recipe and preview. I can answer questions like: "
            + Self.understood.map { "\"\($0)\"" }.joined(separator: ", ") + "."
    }

    private func answer(
        _ text: String, sheet: SheetRecipe, template: TargetTemplate, source: AgentState.SourceRecord, scope: ColumnScope,
        state: AgentState, bench: Workbench
    ) async throws -> String? {
        if Text.contains(text, #"\b(show|display|print|describe|list|what('s| is)|explain|see)\b.*\b(recipe|mapping|mappings)\b"#)
            || Text.match(text, #"(the )?(recipe|mapping)"#) != nil
            || Text.contains(text, #"\b(?:recipe|mapping)\b.*\blook like\b"#)
            || Text.contains(text, #"\b(which|what) columns\b.*\b(map|mapped|use|used)\b"#)
        {
            let lines = Summary.recipe(sheet, template: template)
            return "Recipe revision \(state.recipe.revision), \(template.name) from \(sheet.source):\n" + lines.map { "- \($0)" }.joined(separator: "\n")
        }
        // "which columns are required": the template's rule, or the recipe's where it says otherwise.
        if let g = Text.match(text, #"which columns are (required|mandatory|obligatory|compulsory|unique)"#) {
            let unique = g[0].lowercased() == "unique"
            let columns = template.columnNames.filter { unique ? sheet.isUnique($0, in: template) : sheet.isRequired($0, in: template) }
            return columns.isEmpty ? "No column has to be \(unique ? "unique" : "filled in")."
                : (unique ? "Values must be unique in " : "A value is required in ") + columns.joined(separator: ", ") + "."
        }
        if let groups = Text.match(text, #".*\b(?:record|id|record id|contact|lead|external id|external_id)\s*(?:#|no\.?|number)?\s*(\d{3,})\b.*"#)
            ?? Text.match(text, #".*\b(\d{5,})\b.*"#)
        {
            let output = try await bench.enginePreview(state, sheet: sheet, limit: Self.wholeFile)
            guard let number = Self.rowNumber(ofRecord: groups[0], in: output) else {
                return "No row has the record id \(groups[0]) (the id column is \(sheet.column("external_id").map { describe($0.source) } ?? "not mapped"))."
            }
            return "Record \(groups[0]) is row \(number). " + (try await row(number, askedIn: text, scope: scope, sheet: sheet, state: state, bench: bench))
        }
        // "what phone does row 1 end up with": the row's own values, before the rule of the column named.
        if let groups = Text.match(text, #".*\brow (\d+)\b.*"#), let number = Int(groups[0]), !Text.contains(text, #"\bhow many\b|\brows\b"#) {
            return try await row(number, askedIn: text, scope: scope, sheet: sheet, state: state, bench: bench)
        }
        if let answer = try await dataQuestion(text, sheet: sheet, template: template, source: source, scope: scope, state: state, bench: bench) {
            return answer
        }
        let feeds = feeds(text, sheet: sheet, template: template, scope: scope, counts: state.lastCounts[sheet.sheet])
        if let answer = feeds.answer { return answer }
        if let answer = ruleQuestion(text, sheet: sheet, template: template, source: source, scope: scope, counts: state.lastCounts[sheet.sheet]) { return answer }
        if let groups = Text.match(text, #".*\brow (\d+)\b.*"#), let number = Int(groups[0]) {
            return try await row(number, askedIn: text, scope: scope, sheet: sheet, state: state, bench: bench)
        }
        if Self.asksNotImported(text) {
            return notImported(sheet: sheet, template: template, source: source, scope: scope)
        }
        if let groups = Text.match(text, #"(?:which|what)(?: (.+?))? values? (?:became|become|becomes|turned into|turn into|map to|mapped to|maps to|went to|go to|are mapped to|were mapped to|end up as|ended up as) ['"]?(.+?)['"]?"#) {
            return try values(becoming: groups[1], columnPhrase: groups[0], sheet: sheet, template: template, source: source, scope: scope)
        }
        if Text.contains(text, #"\b(invalid|wrong|errors?|problems?|issues?|flagged|bad)\b"#),
            Text.contains(text, #"\b(how many|why|what|which|count|number)\b"#)
        {
            guard let counts = state.lastCounts[sheet.sheet] else { return nil }
            // "how many Webinar leads are invalid": the whole file's figure would answer another question.
            let values = ValueCount(scope: scope).values(in: text)
            guard values.isEmpty else {
                return "I'm not sure how to answer that: I count invalid rows over the whole file, not only the rows with "
                    + values.map { "\"\($0)\"" }.joined(separator: " and ") + ". Ask \"how many rows are invalid\" or \"how many rows have \(values[0])\"."
            }
            // "how many phones are invalid": that column's cells, not the whole file's figure.
            let named = scope.columns(namedIn: text).filter { template.column($0) != nil }
            if !named.isEmpty, Text.contains(text, #"\b(?:how many|count|number)\b"#),
                !Text.contains(text, #"\b(?:rows?|records?|contacts?|in (?:the|this) file|in total|overall|altogether)\b"#)
            {
                let all = "\(counts.rowsInvalid) of \(Text.count(counts.rowsValid + counts.rowsInvalid, "row")) \(counts.rowsInvalid == 1 ? "is" : "are") invalid in all."
                return named.map { column in
                    let reasons = Summary.reasons(counts).filter { $0.reason.hasPrefix(column + ":") }
                    let cells = reasons.map(\.count).reduce(0, +)
                    return cells == 0 ? "No \(column) cell is invalid."
                        : "\(Text.count(cells, "\(column) cell")) \(cells == 1 ? "is" : "are") invalid: " + reasons.map { "\($0.reason) \($0.count)" }.joined(separator: ", ") + "."
                }.joined(separator: " ") + " (" + all + ")"
            }
            let reasons = Summary.reasons(counts)
            var answer = "\(counts.rowsInvalid) of \(Text.count(counts.rowsValid + counts.rowsInvalid, "row")) \(counts.rowsInvalid == 1 ? "is" : "are") invalid (\(counts.invalidCellsTotal) invalid cells)"
            answer += reasons.isEmpty ? "." : ": " + reasons.map { "\($0.reason) \($0.count)" }.joined(separator: ", ") + "."
            if counts.rowsDropped > 0 { answer += " \(counts.rowsDropped) more were dropped by row rules." }
            return answer
        }
        return feeds.unknown
    }

    /// A question that shows a row as its example but asks about the columns or about every row like
    /// it, as asked without the row: "row 1 shows 2016-11-22 under created_date; which source column is
    /// that read from?", "where does row 4's '+442062092574' come from — which column?", "row 1's 'Eve
    /// Manager' doesn't show up anywhere — which columns are dropped?", "row 28 has no lead source — how
    /// many others are like it". Nil when the question is about the row itself.
    private func withoutExampleRow(_ text: String) async throws -> String? {
        guard let row = Text.firstMatch(text, #"\b(?:row|line) #?(\d+)\b"#).flatMap({ Int($0) }) else { return nil }
        if Text.contains(text, #"\bwhich (?:source )?(?:columns?|fields?) (?:are|is|were|was|get|gets|got)? ?(?:being )?(?:dropped|not imported|left out|skipped|ignored|lost|missing|not (?:mapped|used|migrated|brought over|carried over))\b"#) {
            return "which source columns are not imported?"
        }
        if let lacked = Text.firstMatch(text, #"\b(?:row|line) #?\d+ (?:has no|has a blank|has an empty|is missing|lacks|doesn't have|does not have)(?: an?| the| any)? ([\w ]+?)(?=\s*(?:[-–—,;:.?!]|\band\b|$))"#),
            Text.contains(text, #"\bhow many\b.*\b(?:others?|more|like (?:it|that|this)|too|as well)\b"#)
        {
            return "how many rows have no \(lacked)?"
        }
        guard Text.contains(text, #"\b(?:which|what) (?:source )?(?:column|field)\b|\bcomes? from\b|\b(?:read|taken|pulled|fed) from\b"#) else { return nil }
        // (The column named, "under created_date"; else the one whose value in that row is the one quoted.)
        let state = try await AgentState.load(migration)
        let bench = Workbench(migration: migration)
        guard let sheet = state.recipe.sheets.first, let template = bench.template(for: sheet) else { return nil }
        let named = template.columnNames.filter { name in Text.contains(text, #"\b"# + name.replacingOccurrences(of: "_", with: "[ _]") + #"\b"#) }
        if named.count == 1 { return "which column feeds \(named[0])?" }
        guard let value = Text.quoted(text).first ?? Text.firstMatch(text, #"\b(\d{4}-\d{2}-\d{2})\b"#) else { return nil }
        let output = try await bench.enginePreview(state, sheet: sheet, limit: Self.wholeFile)
        guard let index = output.rowNumbers.firstIndex(of: row) else { return nil }
        let columns = output.columns.indices.filter { output.rows[index][$0] == value }.map { output.columns[$0] }.filter(template.columnNames.contains)
        return columns.count == 1 ? "which column feeds \(columns[0])?" : nil
    }

    /// Which column feeds a template column: the answer, or why the column named is unknown.
    private func feeds(_ text: String, sheet: SheetRecipe, template: TargetTemplate, scope: ColumnScope, counts: RecipeCounts?)
        -> (answer: String?, unknown: String?)
    {
        let fromPatterns = [
            #"(?:which|what) (?:source )?(?:column|field|header)s? (?:are|is|do|does|did|will) (?:you|we) (?:using|use|used|taking|take|reading|read|pulling|pull|mapping|map|sending|send|putting|put|pick|picked|choose|chose|chosen|select|selected) (?:for|to fill|to populate|into|as|to|onto|in) (?:the )?(.+?)"#,
            #"what (?:are|do|did|will) (?:you|we) (?:using|use|used|taking|take|pulling|pull|mapping|map|reading|read) (?:for|to fill|to populate|into) (?:the )?(.+?)"#,
            #"(?:which|what) (?:source )?(?:column|field|header)s? (?:feeds?|fills?|populates?|goes into|go into|is going into|ends up in|end up in|is used for|are used for|is behind|sits behind|maps? to|(?:is|are|was|were) mapped (?:to|into|onto)) (?:the )?(.+?)"#,
            #"what(?:'s| is) (?:feeding|filling|populating|behind|going into|mapped to|mapped into) (?:the )?(.+?)"#,
            #"what (?:goes|is going|went|gets put|is put|is sent) (?:into|in|to) (?:the )?(.+?)"#,
            #"(?:what|which (?:source )?column) (?:the )?(.+?) (?:is|was|gets|comes) (?:mapped |filled |taken )?from"#,
            #"(?:what|which) (?:is|was|'s) (?:the )?source (?:column |field )?(?:of|for|behind) (?:the )?(.+?)"#,
            #"what's (?:the )?source (?:column |field )?(?:of|for|behind) (?:the )?(.+?)"#,
            #"(?:which|what) (?:source )?(?:column|field) (?:is|was) (?:the )?(.+?) (?:built|made|derived|created|computed|taken|read) from"#,
            #"where (?:does|do|did) (?:the )?(.+?) get (?:its|their) (?:data|values?)(?: from)?"#,
            #"(?:which|what) (?:source )?column (?:did you|do you|does|is|was|will) (?:map|mapped|use|used|fill|filled|take|taken|get|feed|feeds)? ?(.+?) (?:mapped )?(?:from|with)"#,
            #"where (?:does|did|do|will) (.+?) come from"#,
            #"(?:what|which column)(?: is| was|'s) (.+?) mapped from"#,
            #"where (?:the )?(.+?) (?:comes|came|is coming|is taken|is mapped|is filled|gets (?:its|their) (?:data|values?)) from"#,
            #"(?:how|where) (?:is|was) (.+?) (?:mapped|filled|computed|built)(?: from)?"#,
            #"(?:which|what) (?:source )?column (?:feeds|fills|goes into|maps to|becomes) (.+?)"#,
            #"(?:which|what) (?:source )?columns? (?:is|are|does|do) (?:the )?(.+?) (?:coming|come|taken|filled|mapped|read|pulled|fed) (?:from|by)"#,
            #"(?:what|which column) (?:feeds|fills|populates) (?:the )?(.+?)"#,
            #"where (?:is|are) (?:the )?(.+?) (?:coming|taken|pulled) from"#,
            #"(?:which|what) (?:source )?column (?:is|was|gets|got) (?:mapped|going|sent|put) (?:to|into|in) (?:the )?(.+?)"#,
            #"(?:the )?(.+?) (?:comes|is coming|is taken|is filled|is mapped) from (?:which|what) (?:source )?column"#,
        ]
        var unknown: String?
        for pattern in fromPatterns {
            guard let groups = Text.match(text, pattern) else { continue }
            let phrase = groups[0].replacingRegex(
                #"\s+(?:now|currently|today|at the moment|right now|coming|these days)$"#, with: "")
            let named = scope.columns(namedIn: phrase)
            // "which columns feed first_name and last_name": each column of a list, in turn.
            let listed = Text.contains(phrase, #"\band\b|,|&"#) ? Text.list(phrase).compactMap { scope.target($0) } : []
            if scope.target(phrase) == nil, named.count > 1 {
                guard listed.count > 1 else { return ("Which column do you mean: \(Self.either(named))? Ask about one of them.", nil) }
                return (listed.map { feeding($0, sheet: sheet, counts: counts) }.joined(separator: " "), nil)
            }
            guard let target = scope.target(phrase) ?? named.first else {
                unknown = unknown ?? "\(template.name) has no column \"\(ColumnMatcher.clean(phrase))\" (columns: \(template.columnNames.joined(separator: ", ")))."
                continue
            }
            return (feeding(target, sheet: sheet, counts: counts), nil)
        }
        return (nil, unknown)
    }

    /// What feeds `target`: its source, its transforms and how many of its cells are invalid.
    private func feeding(_ target: String, sheet: SheetRecipe, counts: RecipeCounts?) -> String {
        guard let column = sheet.column(target), column.source != .none else { return "\(target) is not mapped from any column: it is left empty." }
        var answer = "\(target) comes from \(describe(column.source)) in \(sheet.source)"
        answer += column.transforms.isEmpty ? ", unchanged." : ", then: " + column.transforms.map(Summary.describe).joined(separator: ", ") + "."
        if let invalid = counts?.invalidCells[target], invalid > 0 {
            answer += " \(Text.count(invalid, "\(target) cell")) \(invalid == 1 ? "is" : "are") invalid."
        }
        return answer
    }

    /// Questions about the rules themselves: whether a column is required, unique or imported, what
    /// a column's rule does, what happens to a source value, what the row rules are.
    private func ruleQuestion(
        _ text: String, sheet: SheetRecipe, template: TargetTemplate, source: AgentState.SourceRecord, scope: ColumnScope, counts: RecipeCounts?
    ) -> String? {
        let ask = #"^(?:is|are|does|do|did|was|were|has|must|should|will|can)(?: the)? "#
        if let g = Text.match(text, ask + #"(.+?) (?:required|mandatory|need to be filled(?: in)?|have to be filled(?: in)?|optional|allowed to be (?:empty|blank))"#),
            let target = scope.target(g[0])
        {
            let required = sheet.isRequired(target, in: template)
            return "\(target) is \(required ? "required: an empty \(target) makes the row invalid" : "optional: an empty \(target) is allowed")."
        }
        if let g = Text.match(text, ask + #"(.+?) (?:unique|have to be unique|need to be unique|allowed to repeat)"#), let target = scope.target(g[0]) {
            let unique = sheet.isUnique(target, in: template)
            return unique ? "\(target) must be unique: a later row with the same \(target) is flagged \(target):duplicate." : "\(target) does not have to be unique: repeated values are allowed."
        }
        // "why isn't Lifecycle Stage imported": whether it is, and what would import it.
        if let g = Text.match(text, #"why (?:isn't|is not|aren't|are not|wasn't|was not) (?:the )?(.+?) (?:being )?(?:imported|mapped|used|included|brought over|migrated)"#)
            ?? Text.match(text, #"why (?:are|do|did) (?:we|you) (?:not |skip |ignore |leave out |drop )(?:import |map |use |include )?(?:the )?(.+?)(?: out)?"#),
            let column = scope.source(g[0])
        {
            let targets = sheet.columns.filter { $0.source.sourceColumns.contains(column) }.map(\.target)
            guard targets.isEmpty else { return "\(column) is imported: it feeds \(Text.join(targets))." }
            return "\(column) is not imported: no \(template.name) column takes it (columns: \(template.columnNames.joined(separator: ", "))). "
                + "Say \"map \(column) to <column>\" to import it."
        }
        // ("do we import Notes" reaches here as "we import Notes": "do" opens many instructions.)
        if let g = Text.match(text, #"(?:(?:are|is|do|will|did) )?(?:we|you) (?:importing|mapping|using|bringing in|migrating|keeping|import|map|use|bring in|migrate|keep) (?:the )?(.+?)"#)
            ?? Text.match(text, ask + #"(.+?) (?:being |get |gets |got |getting |been )?(?:imported|mapped|used|migrated|kept|brought over|carried over)"#),
            let column = scope.source(g[0])
        {
            let targets = sheet.columns.filter { $0.source.sourceColumns.contains(column) }.map(\.target)
            return targets.isEmpty ? "No: \(column) is not imported." : "Yes: \(column) feeds \(Text.join(targets))."
        }
        if let answer = columnRule(text, sheet: sheet, template: template, scope: scope, counts: counts) { return answer }
        // (A count or a list of rows is never answered by a column's rule: "how many … without any notes, do you know".)
        guard Text.contains(text, #"\b(rules?|filters?|explain|happens|happen|happened|does|do)\b"#),
            !Text.contains(text, #"^\s*(?:how many|how much|which (?:rows|records|contacts|leads|ones)|what (?:rows|records|contacts)|count)\b"#)
        else { return nil }
        if Text.contains(text, #"\brows? (?:filters?|rules?)\b|\bfilters?\b"#) {
            let rules = Summary.recipe(sheet, template: template).filter { $0.hasPrefix("drop rows") || $0.hasPrefix("keep only") }
            return rules.isEmpty ? "There is no row rule: every row is kept." : "Row rules: " + rules.joined(separator: "; ") + "."
        }
        if let g = Text.match(text, #"what (?:happens|will happen|would happen|is going to happen|happened) (?:to|with) (?:the )?(.+?)"#),
            let answer = fate(ofValue: g[0], sheet: sheet, scope: scope)
        {
            return answer
        }
        // Not a value: a column ("what happens to phone numbers"), answered by its rule below.
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" && $0 != "-" }).map(String.init)
        let named = template.columnNames.filter { column in words.contains { $0.count >= 4 && scope.target($0) == column } || text.contains(column) }
        // ("the organisation's web address" names company_domain too: which one is meant is not guessed.)
        if Set(scope.columns(namedIn: text)).isStrictSuperset(of: named) { return nil }
        guard named.count == 1, let line = Summary.recipe(sheet, template: template).first(where: { $0.hasPrefix(named[0] + " ") }) else { return nil }
        let required = sheet.isRequired(named[0], in: template)
        return line + (required ? "; required." : "; optional.")
    }

    /// Whether a question asks which source columns are not imported: "what isn't being imported",
    /// "which columns won't make it into the import", "dropped columns", "what are we not bringing over".
    static func asksNotImported(_ text: String) -> Bool {
        let said = #"\b(?:leaving out|leave out|won't be imported|will not be imported|not being imported|being ignored|not importing|dropping)\b.*\b(?:columns?|anything|fields?)\b|\b(?:columns?|anything|fields?)\b.*\b(?:leaving out|left out|won't be imported|will not be imported|not being imported|being ignored|not importing)\b|\b(not|aren't|isn't|never|un)\s?(imported|mapped|used|included)\b|\b(ignored|skipped|dropped|left out|unused|unmapped) (source )?columns?\b|\bcolumns?\b.*\b(ignored|skipped|left out|unused|unmapped)\b|\bcolumns?\b.*\b(?:aren't|are not|isn't|is not|not|don't|do not)\s+(?:we|you|i)\s+(?:importing|mapping|using|bringing|migrating|keeping|import|map|use|bring|migrate|keep)\b|\bcolumns?\b.*\b(?:are|is) (?:we|you) (?:ignoring|skipping|leaving out|dropping)\b|^what (?:are|is|will) (?:we|you) (?:be )?(?:leaving|leave) out(?: of the (?:import|migration|load))?$"#
        if Text.contains(text, said) { return true }
        // Said other ways, about columns or "what" (never rows: rows are dropped, not left unimported).
        guard Text.contains(text, #"\b(?:columns?|fields?|headers?|anything|what|which|data)\b"#),
            !Text.contains(text, #"\b(?:rows?|records?|contacts?|leads?|entries|lines?|values?)\b"#)
        else { return false }
        let negated = #"\b(?:won't|will not|wouldn't|doesn't|does not|don't|do not|didn't|aren't|isn't|are not|is not|not|never)\s+(?:be\s+|being\s+|getting\s+|going to\s+(?:be\s+)?|get\s+)?(?:imported|mapped|used|included|brought (?:over|across|in)|carried (?:over|across)|migrated|loaded|transferred|make it|making it|come (?:over|across|in)|coming (?:over|across|in)|go(?:ing)? (?:over|across|in))\b"#
        let notDoing = #"\b(?:not|aren't|isn't|never|don't|won't|do not|will not|are not)\s+(?:we |you )?(?:importing|mapping|using|bringing|migrating|keeping|loading|including|carrying|import|map|use|bring|migrate|keep|load|include|carry)\b"#
        let leftOut = #"\b(?:left out|leaving out|leave out|left behind|leaving behind|dropping|ignored|ignoring|skipped|skipping|dropped|unused|unmapped|excluded|excluding|discarded|omitted|thrown away|lost)\b"#
        return Text.contains(text, negated) || Text.contains(text, notDoing) || Text.contains(text, leftOut)
    }

    /// The source columns no template column takes, each with why, and the template columns left empty.
    private func notImported(sheet: SheetRecipe, template: TargetTemplate, source: AgentState.SourceRecord, scope: ColumnScope) -> String {
        let used = Set(sheet.columns.flatMap(\.source.sourceColumns))
        let skipped = source.profile.header.filter { !used.contains($0) }
        let empty = template.columnNames.filter { sheet.column($0).map { $0.source == .none } ?? true }
        guard !skipped.isEmpty else {
            return "Every column of \(sheet.source) is imported." + (empty.isEmpty ? "" : " Template columns left empty: \(empty.joined(separator: ", ")).")
        }
        // Why: a column whose name fits a template column was un-mapped or lost to another column;
        // the others fit no template column.
        var unmatched: [String] = []
        var reasons: [String] = []
        for column in skipped {
            guard let target = ColumnMatcher.best(column, among: template.columnNames.map { (Text.key($0), $0) }
                    + template.columnNames.flatMap { name in (ColumnMatcher.synonyms[Text.key(name)] ?? []).map { ($0, name) } })
            else {
                unmatched.append(column)
                continue
            }
            if let feeding = sheet.column(target), feeding.source != .none {
                reasons.append("\(column) would fit \(target), which is taken from \(describe(feeding.source)) instead")
            } else {
                reasons.append("\(column) would fit \(target), which is left empty")
            }
        }
        if !unmatched.isEmpty {
            reasons.insert("no \(template.name) column matches " + unmatched.dropLast().joined(separator: ", ") + (unmatched.count > 1 ? " or " : "") + unmatched[unmatched.count - 1], at: 0)
        }
        var answer = "\(Text.count(skipped.count, "source column")) of \(sheet.source) \(skipped.count == 1 ? "is" : "are") not imported: \(skipped.joined(separator: ", "))."
        answer += " Why: " + reasons.joined(separator: "; ") + "."
        if !empty.isEmpty { answer += " Template columns left empty: \(empty.joined(separator: ", "))." }
        return answer
    }

    /// Questions about what the recipe does to one column: "how is created date converted", "what does
    /// the date rule do", "what do you do with phones", "what happens to the email addresses".
    private func columnRule(_ text: String, sheet: SheetRecipe, template: TargetTemplate, scope: ColumnScope, counts: RecipeCounts?) -> String? {
        let treated = #"(?:converted|formatted|cleaned(?: up)?|transformed|handled|processed|normali[sz]ed|parsed|treated|changed|read|written|fixed|standardi[sz]ed|stored|dealt with|imported|convert|format|clean(?: up)?|transform|handle|process|normali[sz]e|parse|treat|change|write|fix|standardi[sz]e|import)"#
        let patterns = [
            #"how (?:is|are|was|were|do you|does|do|will|would|did|do we|will you|would you) (?:the )?(.+?) (?:get |gets |be |being |going to be )?"# + treated,
            #"how (?:the )?(.+?) (?:is|are|was|were|gets?|will be|would be|is going to be|are going to be) "# + treated,
            #"what (?:do|will|would|did|are|have) (?:you|we) (?:end up |ended up |ending up |actually |finally )?(?:do|doing|done|going to do) (?:to|with|about) (?:the )?(.+?)"#,
            #"where (?:did|does|do|will|is|are|has|have) (?:the )?(.+?) (?:go|end up|land|going|gone|ended up|landed|ending up)"#,
            #"what (?:became|becomes|has become|will become) of (?:the )?(.+?)"#,
            #"what(?:'s| is) (?:up|going on|happening|the deal|the story|the status|the plan) with (?:the )?(.+?)"#,
            #"what (?:does|do|will|would) (?:the )?(.+?) (?:rules?|transforms?|transformations?|steps?|conversions?|formatting|cleanup|cleaning) do"#,
            #"what (?:does|do|will|would) (?:the )?(?:rules?|transforms?|transformations?|steps?|conversions?|formatting|cleanup|cleaning) (?:on|for|of|applied to) (?:the )?(.+?) do"#,
            #"what(?: is| are|'s) (?:the )?(?:rules?|transforms?|transformations?|conversions?|formatting|cleaning|cleanup|treatment) (?:for|on|of|applied to) (?:the )?(.+?)"#,
            #"(?:explain|describe|walk me through) (?:the )?(.+?) (?:rules?|transforms?|transformations?|conversions?|formatting|cleaning|cleanup)"#,
            #"what(?:'s| is| are) (?:the )?(.+?) (?:rules?|transforms?|transformations?|conversions?|formatting)"#,
            #"what (?:happens|will happen|would happen|is going to happen|happened) (?:to|with) (?:the )?(.+?)"#,
        ]
        guard let phrase = patterns.lazy.compactMap({ Text.match(text, $0)?.first }).first else { return nil }
        let name = phrase.replacingRegex(
            #"\s+(?:values?|cells?|columns?|fields?|data|addresses|numbers|entries|rules?|ones)$"#, with: "")
        // A source value ("what do you do with trade show leads") is answered by the picklist.
        if let answer = fate(ofValue: phrase, sheet: sheet, scope: scope) { return answer }
        if scope.values.values.contains(where: { $0[name.lowercased()] != nil }), scope.target(name) == nil { return nil }
        // "what did you do with Notes", "where did Notes go": about the source column of that name,
        // whichever template column it feeds (or none).
        let header = scope.header.first { Text.key($0) == Text.key(ColumnMatcher.clean(name)) }
        let aboutSource = #"^(?:what (?:do|will|would|did|are|have) (?:you|we)\b.*\b(?:do|doing|done)|where (?:did|does|do|will|is|are|has|have)\b|what (?:became|becomes|has become|will become) of|what(?:'s| is) (?:up|going on|happening|the deal|the story|the status|the plan) with)\b"#
        if let header, Text.contains(text, aboutSource) {
            let feeds = sheet.columns.filter { $0.source.sourceColumns.contains(header) }.map(\.target)
            guard !feeds.isEmpty else { return "\(header) is not imported: no \(template.name) column takes it, so nothing happens to it." }
            let answers = feeds.compactMap { rule(for: $0, sheet: sheet, template: template, counts: counts) }
            return "\(header) feeds \(Text.join(feeds)): " + answers.joined(separator: " ")
        }
        var target = scope.target(name) ?? scope.target(phrase)
        if target == nil, Text.match(name, #"dates?"#) != nil, scope.columns(of: .date).count == 1 { target = scope.columns(of: .date).first }
        if target == nil, let column = scope.source(name) {
            let feeds = sheet.columns.filter { $0.source.sourceColumns.contains(column) }.map(\.target)
            guard let first = feeds.first else { return "\(column) is not imported: no \(template.name) column takes it, so nothing happens to it." }
            target = first
        }
        if target == nil, let targets = scope.targets(name), targets.count > 1 {
            let answers = targets.compactMap { rule(for: $0, sheet: sheet, template: template, counts: counts) }
            return answers.count == targets.count ? answers.joined(separator: " ") : nil
        }
        return target.flatMap { rule(for: $0, sheet: sheet, template: template, counts: counts) }
    }

    /// What a picklist makes of a source value ("trade show leads" → lead_source Other), or nil when
    /// no picklist reads it.
    private func fate(ofValue phrase: String, sheet: SheetRecipe, scope: ColumnScope) -> String? {
        let key = phrase.lowercased().replacingRegex(#"(?-i)\s+(?:leads?|rows?|records?|contacts?|values?|ones|entries)$"#, with: "")
        for column in sheet.columns {
            guard case .column(let name) = column.source, scope.values[name]?[key] != nil else { continue }
            for transform in column.transforms {
                guard case .picklist(let entries, let fallback) = transform else { continue }
                let output = entries.first { $0.matches.contains(key) }?.value ?? fallback
                return output.map { "\(name) \(phrase) becomes \(column.target) \($0)." } ?? "\(name) \(phrase) is kept as it is in \(column.target), which does not allow it."
            }
        }
        return nil
    }

    /// What the recipe does to one template column, whether it is required, and how many of its cells are invalid.
    private func rule(for target: String, sheet: SheetRecipe, template: TargetTemplate, counts: RecipeCounts?) -> String? {
        guard let line = Summary.recipe(sheet, template: template).first(where: { $0.hasPrefix(target + " ") }) else { return nil }
        let required = sheet.isRequired(target, in: template)
        var answer = line + (required ? "; required" : "; optional")
        if let counts {
            let invalid = counts.invalidCells[target] ?? 0
            answer += invalid == 0 ? "; every \(target) value is valid" : "; \(Text.count(invalid, "\(target) cell")) \(invalid == 1 ? "is" : "are") invalid"
        }
        return answer + "."
    }

    /// The one source header `phrase` ends ("a source" → Lead Source), or nil when none or several do.
    static func headerEnding(_ phrase: String, scope: ColumnScope) -> String? {
        let word = Text.key(phrase.replacingRegex(#"^(?:an?|the|any) "#, with: ""))
        guard word.count >= 4, word.allSatisfy(\.isLetter) else { return nil }
        let owners = scope.header.filter { name in
            let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            return words.count > 1 && words.last.map { Text.key(String($0)) } == word
        }
        return owners.count == 1 ? owners[0] : nil
    }

    /// The one template column read straight from source column `header`, or nil.
    static func fed(by header: String, sheet: SheetRecipe) -> String? {
        let fed = sheet.columns.filter { $0.source == .column(header) }.map(\.target)
        return fed.count == 1 ? fed[0] : nil
    }

    /// `a, b or c`.
    static func either(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }

    /// The nouns a question counts rows by.
    static let rowNoun = #"(?:rows?|records?|contacts?|leads?|people|persons|entries|customers|accounts|lines)"#

    /// How many rows a question about the whole file reads.
    static let wholeFile = 1_000_000

    /// The source row number of the output row whose id column holds `id`.
    static func rowNumber(ofRecord id: String, in output: RecipePreview) -> Int? {
        let columns = output.columns.indices.filter { output.columns[$0] == "external_id" } + output.columns.indices
        for column in columns {
            if let index = output.rows.firstIndex(where: { $0[column].trimmingCharacters(in: .whitespaces) == id }) {
                return output.rowNumbers[index]
            }
        }
        return nil
    }

    /// `row 12 (record 1000304)`.
    static func identity(_ index: Int, in output: RecipePreview) -> String {
        let id = output.columns.firstIndex(of: "external_id").map { output.rows[index][$0] } ?? ""
        return "row \(output.rowNumbers[index])" + (id.isEmpty ? "" : " (record \(id))")
    }

    /// Questions answered from the whole file's output: rows lacking a value, bad values, the most
    /// common failure, dropped rows, the date order, the last change.
    private func dataQuestion(
        _ text: String, sheet: SheetRecipe, template: TargetTemplate, source: AgentState.SourceRecord, scope: ColumnScope, state: AgentState,
        bench: Workbench
    ) async throws -> String? {
        let shown = Self.listed
        func list(_ items: [String]) -> String { items.prefix(shown).joined(separator: ", ") + (items.count > shown ? ", …" : "") }
        // (First: "what did the last change do to the invalid rows" is about that change, not a column;
        // "what did the last rule drop" asks for rows.)
        if !Text.contains(text, #"\b(?:drop|dropped|drops|remove|removed|removes|exclude|excluded|excludes)\b"#), Text.contains(text, #"\b(what|which)\b.*\b(changed|change|did)\b.*\b(last|latest|previous|recent)\b|\blast (change|update|edit)\b|\bwhat (?:did|have) (?:you|i|we)(?: [a-z]+)?(?: just| last| recently)? (?:change|changed|do|done)\b(?!\s+(?:with|to|about|for)\b)|\bwhat (?:has |was |just )?changed\b|\b(?:last|latest|most recent|previous)\b(?: \w+){0,2} (?:you|we|i) (?:changed|did|made|edited|updated)\b|\b(?:your|the|my|our) (?:last|latest|most recent|previous) (?:change|edit|update)\b"#) {
            guard let last = state.history.revisions.last, last.number > 1 else { return "Nothing has changed since the recipe was generated (revision 1)." }
            return "The last change (revision \(last.number)): \(last.note ?? "no description")." + (try await effect(of: last, sheet: sheet, state: state, bench: bench))
        }
        let lacking = Text.match(text, #"(?:(?:how many|which|what|list|show|show me|give me|find|get me|count|any|are there any|are there)(?: of)?(?: the| these| those)? )?"# + Self.rowNoun + #"(?: are| is| do| does| have| has)? (?:no|lack|lacking|without|missing|with no|with an empty|with a blank|have no|has no|don't have|do not have|doesn't have|does not have|with empty|with blank)(?: an?| the| any)? (.+?)"#)
            ?? Text.match(text, #"(?:count|number) of "# + Self.rowNoun + #" (?:without|with no|missing|lacking)(?: an?| the| any)? (.+?)"#)
            ?? Text.match(text, #"(?:how many|which)(?: of them| ones)? (?:have no|lack|are missing|don't have|do not have|are without)(?: an?| the| any)? (.+?)"#)
            ?? Text.match(text, #"how many (?:"# + Self.rowNoun + #" )?(?:have|has) (?:an? )?(?:empty|blank|missing) (.+?)(?: in the (?:source|file|source file|csv))?"#)
            ?? Text.match(text, #"how many (?:"# + Self.rowNoun + #" )?(?:have|has) (?:nothing|no value|no data) (?:in|for) (?:the )?(.+?)"#)
            ?? Text.match(text, #"(?:how many|count|number of)(?: the)? "# + Self.rowNoun + #"(?: are there)? (?:where|with|whose) (?:the )?(.+?) (?:is|are) (?:empty|blank|missing)"#)
            ?? Text.match(text, #"how many (.+?) (?:values |cells )?(?:are|is) (?:empty|blank|missing)"#)
        // A column named inside a longer phrase ("no value in the company column of the file").
        let lackingNamed = lacking.map { scope.columns(namedIn: $0[0]) } ?? []
        if let groups = lacking,
            let target = scope.target(groups[0]) ?? Self.headerEnding(groups[0], scope: scope).flatMap({ Self.fed(by: $0, sheet: sheet) })
                ?? (lackingNamed.count == 1 ? lackingNamed[0] : nil)
        {
            let output = try await bench.enginePreview(state, sheet: sheet, limit: Self.wholeFile)
            guard let column = output.columns.firstIndex(of: target) else { return nil }
            let rows = output.rows.indices.filter { output.rows[$0][column].isEmpty }.map { Self.identity($0, in: output) }
            return rows.isEmpty
                ? "Every row has a \(target) (0 of \(Text.count(output.rows.count, "row")) lack one)."
                : "\(rows.count) of \(Text.count(output.rows.count, "row")) have no \(target): \(list(rows))."
        } else if let groups = lacking, let header = scope.source(groups[0]) ?? Self.headerEnding(groups[0], scope: scope),
            Self.fed(by: header, sheet: sheet) == nil, let index = source.profile.header.firstIndex(of: header)
        {
            // A source column no template column takes: counted in the source file.
            let rows = try ValueCount.rows(of: try await bench.input(of: source), column: index, key: "")
            let all = try await bench.everyRow(state, sheet: sheet)
            let identities = rows.map { row in all.rowNumbers.firstIndex(of: row.row).map { Self.identity($0, in: all) } ?? "row \(row.row)" }
            let total = Text.count(source.profile.rows, "row")
            return (rows.isEmpty ? "Every row has a \(header) (0 of \(total) lack one)" : "\(rows.count) of \(total) have no \(header): \(list(identities))")
                + ". (\(header) is not imported.)"
        } else if lackingNamed.count > 1 {
            return "Which column do you mean: \(Self.either(lackingNamed))? I count the rows lacking one column at a time."
        }
        // "which rows are invalid": each with its identity and reasons; "how many rows are valid".
        // ("which rows currently fail validation", "which records still have errors".)
        let now = #"(?: (?:currently|now|right now|still|at the moment|today|at present|presently))?"#
        if Text.match(text, #"(?:which|what|list|show(?: me)?) (?:the )?(?:rows|records|contacts|leads|people|entries|ones)"# + now + #" (?:(?:are|is|will be|would be|get|come out|end up)"# + now + #"(?: as| flagged as| marked as)? (?:invalid|failing|bad|broken|flagged|rejected|in error)|(?:have|has|carry|show|throw) (?:any )?(?:errors?|problems?|issues?|validation errors?))(?: (?:in|after) (?:the )?(?:validation|preview|check|import))?"#) != nil {
            let output = try await bench.enginePreview(state, sheet: sheet, limit: Self.wholeFile)
            var reasons: [Int: [String]] = [:]
            for cell in output.invalidCells where !(reasons[cell.row]?.contains(cell.reason) ?? false) { reasons[cell.row, default: []].append(cell.reason) }
            let items = reasons.keys.sorted().compactMap { row -> String? in
                output.rowNumbers.firstIndex(of: row).map { "\(Self.identity($0, in: output)) (\(reasons[row, default: []].joined(separator: ", ")))" }
            }
            guard !items.isEmpty else { return "No row is invalid (0 of \(Text.count(output.rows.count, "row")))." }
            return "\(items.count) of \(Text.count(output.rows.count, "row")) \(items.count == 1 ? "is" : "are") invalid: \(list(items))."
        }
        if Text.match(text, #"how many (?:rows|records|contacts|leads|people) (?:are|will be) (?:valid|clean)"#) != nil, let counts = state.lastCounts[sheet.sheet] {
            return "\(counts.rowsValid) of \(Text.count(counts.rowsValid + counts.rowsInvalid, "row")) \(counts.rowsValid == 1 ? "is" : "are") valid (\(counts.rowsInvalid) invalid)"
                + (counts.rowsDropped > 0 ? "; \(counts.rowsDropped) more \(counts.rowsDropped == 1 ? "is" : "are") dropped by row rules." : ".")
        }
        if Text.match(text, #"how many (?:data )?(?:rows|records|contacts|leads|lines|entries) (?:are there|(?:are|is) (?:there )?in (?:the|my|this) (?:file|source|csv|spreadsheet|export|data)|does (?:the|my|this) (?:file|source|csv) (?:have|hold|contain)|do (?:we|i) have)(?: in total| altogether)?"#) != nil {
            let output = try await bench.enginePreview(state, sheet: sheet, limit: Self.wholeFile)
            var answer = "\(sheet.source) has \(Text.count(output.counts.rowsIn, "data row"))"
            if output.counts.rowsDropped > 0 { answer += "; \(output.counts.rowsDropped) are dropped by the row rules, so \(output.rows.count) are imported" }
            return answer + "; \(output.counts.rowsInvalid) of the imported rows are invalid."
        }
        if let reading = ValueCount(scope: scope).read(text) {
            return try await count(reading, sheet: sheet, source: source, state: state, bench: bench)
        }
        // "which owner has the most contacts", "what's the most common lead source": the values by how many rows hold them.
        if let g = Text.match(text, #"(?:which|what|whose) (?:the )?([\w -]+?) (?:has|have|owns?|holds?|gets?|got|brings?|brought) (?:the )?most (?:contacts|rows|records|leads|people|entries)(?: in (?:the )?(?:file|source|data))?"#)
            ?? Text.match(text, #"(?:what(?:'s| is| are)|which(?: is| are)?|show(?: me)?|tell me) (?:the )?(?:most (?:common|frequent|popular|used)|commonest|top) ([\w -]+?)(?: values?)?"#)
            ?? Text.match(text, #"(?:which|what) ([\w -]+?)(?: values?)? (?:is|are|comes? up|appears?|occurs?) (?:the )?most (?:common|frequent|often)?"#),
            let header = scope.source(g[0]) ?? scope.target(g[0]).flatMap({ scope.mappedFrom[$0] }) ?? Self.headerEnding(g[0], scope: scope),
            let index = source.profile.header.firstIndex(of: header)
        {
            let tally = try ValueCount.tally(of: try await bench.input(of: source), column: index)
            guard let top = tally.first else { return "\(header) is empty in every row." }
            let tied = tally.filter { $0.count == top.count }
            let total = Text.count(source.profile.rows, "row")
            let lead = tied.count == 1 ? "\(top.value) is the most common \(header): \(top.count) of \(total)"
                : Text.join(tied.map(\.value)) + " are the most common \(header), \(top.count) of \(total) each"
            let rest = tally.dropFirst(tied.count).prefix(Self.listed).map { "\($0.value) \($0.count)" }
            let more = tally.count - tied.count - rest.count
            return lead + (rest.isEmpty ? "" : "; then " + rest.joined(separator: ", ") + (more > 0 ? " and \(more) more" : ""))
                + ". (Counted in the file; case and spaces around a value aside.)"
        }
        if Text.contains(text, #"\b(examples?|samples?|show|list|which|what|give)\b"#),
            Text.contains(text, #"\b(bad|invalid|wrong|broken|malformed|failing|fail|fails|failed|incorrect|unreadable|unparseable|unparsable|garbled)\b|\b(?:don't|do not|doesn't|does not|won't|can't|cannot|couldn't|didn't|did not) (?:parse|be read|be parsed|validate|pass|work)\b|\bnot valid\b"#),
            !Text.contains(text, #"\b(most common|commonest|reasons?|why)\b"#),
            let target = scope.columns(namedIn: text).first ?? (Text.contains(text, #"\bdates?\b"#) && scope.columns(of: .date).count == 1 ? scope.columns(of: .date).first : nil)
        {
            let output = try await bench.enginePreview(state, sheet: sheet, limit: Self.wholeFile)
            guard let column = output.columns.firstIndex(of: target) else { return nil }
            let cells = output.invalidCells.filter { $0.column == target }
            guard !cells.isEmpty else { return "Every \(target) value is valid (0 invalid of \(Text.count(output.rows.count, "row")))." }
            let items = cells.compactMap { cell -> String? in
                guard let index = output.rowNumbers.firstIndex(of: cell.row) else { return nil }
                return "\(Self.identity(index, in: output)) \"\(output.rows[index][column])\" (\(cell.reason))"
            }
            return "\(Text.count(cells.count, "\(target) value")) \(cells.count == 1 ? "is" : "are") invalid: \(list(items))."
        }
        // ("which contacts have a duplicate email": the column after "duplicate", not the rows' id.)
        if Text.contains(text, #"\b(duplicates?|duplicated|repeated|appear twice)\b"#), Text.contains(text, #"\b(which|what|show|list|how many|any)\b"#),
            let target = Text.firstMatch(text, #"\b(?:duplicates?|duplicated|repeated) (?:of )?(?:the )?([a-z_][\w ]*?)(?: values?| ones)?\s*\??$"#).flatMap({ scope.target($0) })
                ?? scope.columns(namedIn: text).first
        {
            let output = try await bench.enginePreview(state, sheet: sheet, limit: Self.wholeFile)
            guard let column = output.columns.firstIndex(of: target) else { return nil }
            let items = output.invalidCells.filter { $0.column == target && $0.reason.hasSuffix(":duplicate") }.compactMap { cell -> String? in
                guard let index = output.rowNumbers.firstIndex(of: cell.row) else { return nil }
                let value = output.rows[index][column]
                // (The earlier row it repeats, which keeps the value and stays valid: equal as the engine compares them.)
                let first = output.rows.firstIndex { $0[column] == value }.flatMap { $0 < index ? $0 : nil }
                return "\(Self.identity(index, in: output)) \"\(value)\"" + (first.map { ", the same as \(Self.identity($0, in: output))" } ?? "")
            }
            guard !items.isEmpty else { return "No \(target) value repeats an earlier row's (or \(target) is not checked for duplicates)." }
            return "\(Text.count(items.count, "\(target) value")) \(items.count == 1 ? "repeats" : "repeat") an earlier row's: \(list(items))."
        }
        if Text.contains(text, #"\b(most common|commonest|main|biggest|top|most frequent|usual)\b.*\b(reason|failure|problem|issue|error|cause)s?\b"#) {
            guard let counts = state.lastCounts[sheet.sheet], let top = Summary.reasons(counts).first else {
                return "No row fails any rule, so there is no failure reason."
            }
            return "The most common failure is \(Self.explain(top.reason)), in \(Text.count(top.count, "cell"))."
        }
        if Text.contains(text, #"\b(dropped|removed|excluded|filtered out|skipped|deleted|dropping|removing|excluding|filtering out|deleting|skipping)\b|\b(?:did|does|will|would)\b.*\b(?:drop|remove|exclude|filter out|skip|delete)\b|\b(?:is|are|was|were|get|gets|got) (?:drop|remove|delete|exclude)\b"#), Text.contains(text, #"\b(rows?|records?|contacts?|which|how many|what|anything|any of them|any)\b"#),
            !Text.contains(text, #"\b(?:columns?|fields?)\b"#)
        {
            let output = try await bench.enginePreview(state, sheet: sheet, limit: Self.wholeFile)
            let all = try await bench.everyRow(state, sheet: sheet)
            let kept = Set(output.rowNumbers)
            let dropped = (1...max(1, output.counts.rowsIn)).filter { !kept.contains($0) && output.counts.rowsIn > 0 }
            let rules = sheet.rows.drop.map { "rows with \($0.phrase)" } + sheet.rows.keepFirst.map { "later duplicates of \($0)" }
            let answer: String
            if dropped.isEmpty {
                answer = "No row is dropped" + (rules.isEmpty ? ": the recipe has no row rules." : " by the row rules (" + rules.joined(separator: "; ") + ").")
            } else {
                let identities = dropped.map { number in all.rowNumbers.firstIndex(of: number).map { Self.identity($0, in: all) } ?? "row \(number)" }
                answer = "\(Text.count(dropped.count, "row")) \(dropped.count == 1 ? "is" : "are") dropped by the row rules (\(rules.joined(separator: "; "))): \(list(identities))."
            }
            // "what are we dropping" may mean rows or columns: both are answered.
            let aboutRows = Text.contains(text, #"\b(?:rows?|records?|contacts?|leads?|entries|rules?|any of them)\b"#)
            return aboutRows ? answer : answer + " " + notImported(sheet: sheet, template: template, source: source, scope: scope)
        }
        if Text.contains(text, #"\b(date order|day[- ]first|month[- ]first|date format|dd/mm|mm/dd|(?:us|uk|american|british|european) (?:style|format|order)|dates? (?:read|parsed|interpreted)|how (?:are|do you read) (?:the )?dates)\b|\b(?:which|what) order\b.*\bdates?\b|\bway (?:round|around)\b.*\bdates?\b|\bdates?\b.*\bway (?:round|around)\b|\bdates?\b.*\b(?:which|what) order\b"#) {
            let orders = template.columnNames.compactMap { name -> String? in
                guard let transforms = sheet.column(name)?.transforms else { return nil }
                guard let (dayFirst, keepTime) = transforms.lazy.compactMap({ if case .date(let d, let t) = $0 { (d, t) } else { nil } }).first
                else { return nil }
                var answer = "\(name) reads dates \(dayFirst ? "day-first (DD/MM/YYYY)" : "month-first (MM/DD/YYYY)") and writes "
                    + (keepTime ? "YYYY-MM-DDTHH:MM:SS (a time given with the date is kept)" : "YYYY-MM-DD (a time after the date is dropped)")
                if let ambiguous = state.lastCounts[sheet.sheet]?.ambiguousDates[name] {
                    answer += "; \(Text.count(ambiguous, "value")) would read differently \(dayFirst ? "month-first" : "day-first") (day and month both ≤ 12)"
                }
                return answer
            }
            return orders.isEmpty ? "No column converts dates." : orders.joined(separator: "; ") + "."
        }
        return nil
    }

    /// ` Invalid rows 7 → 11, dropped 0 → 0, imported 60 → 60.`: what `revision` did to the figures.
    private func effect(of revision: RecipeHistory.Revision, sheet: SheetRecipe, state: AgentState, bench: Workbench) async throws -> String {
        guard let parent = revision.parent.flatMap({ number in state.history.revisions.first { $0.number == number } }),
            let earlierSheet = parent.recipe.sheets.first(where: { $0.sheet == sheet.sheet })
        else { return "" }
        var earlier = state
        earlier.history.commit(parent.recipe, note: nil)
        let was = try await bench.enginePreview(earlier, sheet: earlierSheet).counts
        // (The current figures are the ones the last preview kept.)
        let now: RecipeCounts
        if let kept = state.lastCounts[sheet.sheet] { now = kept } else { now = try await bench.enginePreview(state, sheet: sheet).counts }
        return " Invalid rows \(was.rowsInvalid) → \(now.rowsInvalid), invalid cells \(was.invalidCellsTotal) → \(now.invalidCellsTotal), dropped rows \(was.rowsDropped) → \(now.rowsDropped), rows imported \(was.rowsValid + was.rowsInvalid) → \(now.rowsValid + now.rowsInvalid)."
    }

    /// One row: who it is, whether it is valid or dropped and why, and the values of the columns
    /// the question names ("which phone will row 27 end up with").
    private func row(_ number: Int, askedIn text: String, scope: ColumnScope, sheet: SheetRecipe, state: AgentState, bench: Workbench) async throws -> String {
        let unmapped = scope.unmappedSources(namedIn: text)
        let asksWhy = Text.contains(text, #"\b(?:why|how come|how did|how does|where does|where did|file|source|originally)\b"#)
        // (The file's record is read only when the answer needs it: a why, a column not imported, or a
        // value quoted as the file writes it, which has a capital past the question's first letter.)
        var record: [String: String]?
        if number >= 1, asksWhy || !unmapped.isEmpty || text.dropFirst().contains(where: \.isUppercase), let source = state.source(named: sheet.source) {
            record = try await bench.sourceRecord(number, of: source)
        }
        var (asked, quoted) = Self.asked(in: text, record: record, scope: scope, sheet: sheet)
        // "what's record 1001462", "show me row 5": the whole row, every column it imports.
        if asked.isEmpty, Text.contains(text, #"^(?:what(?:'s| is| does)|show|display|pull up|look up|tell me about|give me|details of|what about)\b(?!.*\b(?:why|invalid|valid|wrong|dropped|fail\w*)\b)"#) {
            asked = sheet.columns.filter { $0.source != .none }.map(\.target)
        }
        var answer = try await row(number, asked: asked, sheet: sheet, state: state, bench: bench)
        // "why does row 1 show Other when the file says WEBSITE", "what does row 1 map WEBSITE to": where the asked values come from.
        let why = quoted || asksWhy
        guard !unmapped.isEmpty || why && !asked.isEmpty, let record else { return answer }
        if why {
            let derived = asked.compactMap { Self.derivation(of: $0, in: record, sheet: sheet) }
            if !derived.isEmpty { answer += " In the file " + Text.join(derived) + "." }
        }
        // "who's the owner on record 1000737": a source column no template column takes, as the file has it.
        let said = unmapped.compactMap { header in
            record[header].map { $0.trimmingCharacters(in: .whitespaces) }.map { $0.isEmpty ? "\(header) is empty" : "\(header) is \"\($0)\"" }
        }
        return said.isEmpty ? answer : answer + " In the file its " + Text.join(said) + " (not imported)."
    }

    /// The columns a row question asks about, and whether it quotes one of the row's own values. A
    /// value of the row written as the file has it ("what does row 1 map WEBSITE to") names the
    /// column that value feeds, never a column whose name it sounds like (WEBSITE is row 1's Lead
    /// Source, not its company_domain).
    static func asked(in text: String, record: [String: String]?, scope: ColumnScope, sheet: SheetRecipe) -> (columns: [String], quoted: Bool) {
        var asked = scope.columns(namedIn: text)
        var quoted = false
        let names = scope.header + sheet.columns.map(\.target)
        for (header, raw) in record ?? [:] {
            let value = raw.trimmingCharacters(in: .whitespaces)
            // (Only a value with a capital, as the file writes it: "lead" may be the start of "lead source".)
            // (Nor a column's own name: "what does row 12 have for Email" asks for email, whatever Lead Source holds.)
            guard value.count >= 3, value.contains(where: \.isUppercase), !names.contains(where: { Text.key($0) == Text.key(value) }),
                let fed = sheet.columns.first(where: { $0.source == .column(header) })?.target,
                let range = text.range(of: value), text[..<range.lowerBound].last.map({ !$0.isLetter && !$0.isNumber }) ?? true,
                text[range.upperBound...].first.map({ !$0.isLetter && !$0.isNumber }) ?? true
            else { continue }
            let lost = Set(asked).subtracting(scope.columns(namedIn: text.replacingCharacters(in: range, with: " ")))
            asked = asked.filter { !lost.contains($0) }
            if !asked.contains(fed) { asked.append(fed) }
            quoted = true
        }
        return (asked, quoted)
    }

    /// `its Lead Source is "WEBSITE", which no picklist entry matches, so lead_source takes the
    /// fallback Other`: the source value a column is read from in one record, and the entry or
    /// fallback a picklist gives it.
    static func derivation(of column: String, in record: [String: String], sheet: SheetRecipe) -> String? {
        guard let recipe = sheet.column(column), case .column(let header) = recipe.source, let raw = record[header] else { return nil }
        // (Compared as the engine compares: spaces and tabs trimmed, lower case, against each entry's matches.)
        let value = raw.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
        let said = value.isEmpty ? "its \(header) is empty" : "its \(header) is \"\(value)\""
        // (Only a picklist the file's value reaches as it is, give or take case and spaces: after a
        // replacement or a split the entry it matched is not the file's value's.)
        let reaching = recipe.transforms.prefix { transform in
            switch transform {
            case .trim, .lower, .upper, .title, .name: true
            default: false
            }
        }
        guard !value.isEmpty, reaching.count < recipe.transforms.count, case .picklist(let entries, let fallback) = recipe.transforms[reaching.count] else { return said }
        let wide = reaching.contains(.trim(.whitespace))
        let key = (wide ? value.trimmingCharacters(in: .whitespacesAndNewlines) : value).lowercased()
        if let entry = entries.first(where: { $0.matches.contains { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t")).lowercased() == key } }) {
            return said + ", which maps to \(entry.value)"
        }
        return said + ", which no \(column) entry matches, so " + (fallback.map { "it takes the fallback \($0)" } ?? "it is invalid")
    }

    private func row(_ number: Int, asked: [String], sheet: SheetRecipe, state: AgentState, bench: Workbench) async throws -> String {
        guard number >= 1 else { return "Rows are numbered from 1 (the first data row)." }
        let preview = try await bench.enginePreview(state, sheet: sheet, limit: number, wholeFile: false)
        guard preview.counts.rowsIn >= number else {
            return "\(sheet.source) has only \(Text.count(preview.counts.rowsIn, "data row"))."
        }
        guard let index = preview.rowNumbers.firstIndex(of: number) else {
            // (Who the row is and what it would have held, from the output without row rules.)
            let all = try await bench.everyRow(state, sheet: sheet)
            let at = all.rowNumbers.firstIndex(of: number)
            let identity = at.map { Self.identity($0, in: all) } ?? "row \(number)"
            let rules = sheet.rows.drop.map { "rows with \($0.phrase)" } + sheet.rows.keepFirst.map { "later duplicates of \($0)" }
            let values = at.map { Self.values(of: asked.filter { $0 != "external_id" }, at: $0, in: all) } ?? ""
            return identity.prefix(1).uppercased() + identity.dropFirst() + " is dropped by the row rules"
                + (rules.isEmpty ? "" : rules.count == 1 ? " (\(rules[0]))" : " (one of: \(rules.joined(separator: "; ")))")
                + ", so it is not imported and is neither valid nor invalid" + (values.isEmpty ? "." : "; it would have had \(values).")
        }
        let cells = preview.invalidCells.filter { $0.row == number }
        let values = preview.rows[index]
        func value(_ column: String) -> String? {
            preview.columns.firstIndex(of: column).map { values[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let name = [value("first_name"), value("last_name")].compactMap { $0 }.joined(separator: " ")
        let shown = ([name.isEmpty ? nil : name, value("email"), value("company")] as [String?]).compactMap { $0 }
        let id = value("external_id").map { "record \($0)" + (shown.isEmpty ? "" : ": ") } ?? ""
        let record = id.isEmpty && shown.isEmpty ? "" : " (\(id)\(shown.joined(separator: ", ")))"
        let asked = Self.values(of: asked.filter { $0 != "external_id" }, at: index, in: preview)
        let holds = asked.isEmpty ? "" : " It gets \(asked)."
        guard !cells.isEmpty else { return "Row \(number)\(record) is valid: every cell passes its rules.\(holds)" }
        let parts = cells.map { cell -> String in
            let at = preview.columns.firstIndex(of: cell.column)
            let value = at.map { values[$0] } ?? ""
            // ("is row 36 a duplicate of another row": the earlier row with the same value is named.)
            let earlier = cell.reason.hasSuffix(":duplicate") ? at.flatMap { at in preview.rows[..<index].firstIndex { $0[at] == value } }.map { "; the same as " + Self.identity($0, in: preview) } : nil
            return "\(cell.column) \"\(value)\" (\(Self.explain(cell.reason))\(earlier ?? ""))"
        }
        return "Row \(number)\(record) is invalid because of \(Text.count(cells.count, "cell")): \(parts.joined(separator: "; ")).\(holds)"
    }

    /// `phone "+447077812680", notes empty`: the output values of `columns` in one row.
    static func values(of columns: [String], at index: Int, in output: RecipePreview) -> String {
        columns.compactMap { column in
            guard let at = output.columns.firstIndex(of: column) else { return "no \(column) (not imported)" }
            let value = output.rows[index][at]
            return value.isEmpty ? "\(column) empty" : "\(column) \"\(value)\""
        }.joined(separator: ", ")
    }

    static func explain(_ reason: String) -> String {
        let parts = reason.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return reason }
        return switch parts[1] {
        case "required": "\(reason): required but empty"
        case "format": "\(reason): not in the expected format"
        case "duplicate": "\(reason): an earlier row has the same value"
        case "picklist": "\(reason): not one of the allowed values"
        case "ragged": "\(reason): the record has a different number of fields than the header"
        default: reason
        }
    }

    private func values(
        becoming raw: String, columnPhrase: String, sheet: SheetRecipe, template: TargetTemplate, source: AgentState.SourceRecord,
        scope: ColumnScope
    ) throws -> String? {
        let picklists = sheet.columns.filter { column in column.transforms.contains { if case .picklist = $0 { true } else { false } } }
        let named = columnPhrase.isEmpty ? nil : scope.target(columnPhrase)
        guard let column = picklists.first(where: { named == nil || $0.target == named }),
            case .column(let sourceName) = column.source
        else { return nil }
        guard let distinct = source.profile.column(sourceName)?.distinct else {
            return "\(sourceName) has too many distinct values to list."
        }
        let target = Text.unquote(raw)
        var hits: [(String, Int)] = []
        for (value, count) in distinct where !value.isEmpty {
            var output = value
            var mappedExplicitly = false
            for transform in column.transforms {
                if case .picklist(let entries, let fallback) = transform {
                    if let entry = entries.first(where: { $0.matches.contains(value) }) {
                        output = entry.value
                        mappedExplicitly = true
                    } else {
                        output = fallback ?? value
                    }
                }
            }
            if Text.key(output) == Text.key(target) { hits.append((mappedExplicitly ? value : value + " (by default)", count)) }
        }
        hits.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        guard !hits.isEmpty else { return "No \(sourceName) value becomes \(target)." }
        let rows = hits.reduce(0) { $0 + $1.1 }
        return "\(Text.count(hits.count, "\(sourceName) value")) (\(Text.count(rows, "row"))) become \(target): "
            + hits.map { "\($0.0) (\($0.1))" }.joined(separator: ", ") + "."
    }
}
