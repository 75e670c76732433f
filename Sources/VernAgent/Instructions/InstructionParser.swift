import Foundation
import Synchronization
import VernAPI
import VernRecipe

/// Turns a plain-language update instruction into a ``Command`` for one sheet.
///
/// Each clause (separated by `;`, `. ` or ` then `) is matched against the intents in a fixed
/// order; column names are resolved through a ``ColumnScope`` (template or source names,
/// synonyms, plurals, small typos). A clause that matches no intent makes the whole instruction
/// fail with a reason.
struct InstructionParser: Sendable {
    let scope: ColumnScope
    let sheet: SheetRecipe
    /// The edits of the last change, which "same for company" repeats.
    var previous: [Edit] = []
    /// The parts of the message already parsed: a part is tried at many cuts, parsed once.
    let memo = ParseMemo()

    /// Why an instruction could not be understood.
    struct Failure: Error, Sendable {
        var reason: String
        /// The plausible readings, when the parser knows them (offered as the question's options).
        var readings: [String] = []
        /// Whether changes near the message's words are worth offering: not for a row or record
        /// that does not exist, where the only safe choice is to leave the recipe alone.
        var offersNearby = true
    }

    var template: TargetTemplate { scope.template }

    /// The examples the agent lists when it does not understand.
    static let examples = [
        "Map E-mail Address to Email", "Use 'Company Domain' for Website", "Don't import Notes",
        "Trim whitespace from every phone number", "Trim all fields", "Lower-case emails", "Title-case first and last names",
        "Format phone numbers as E.164, default region US", "Convert Created Date to ISO dates", "Dates are day-first",
        "Normalise the company domain", "Use the company domain for any missing Email, don't drop the row",
        "Set Lead Source to Web when it is empty", "Map trade show and conference to Event",
        "Anything else in Lead Source becomes Other", "Email must be unique, keep the first", "Drop rows without a Company",
        "Keep rows with a bad phone but clear the phone", "Split Full Name into First Name and Last Name",
        "Combine Street, City and Zip into Address", "Undo the last change", "Go back to the recipe before the phone change",
    ]

    func parse(_ instruction: String) -> Result<Command, Failure> {
        var result = read(instruction)
        if case .failure = result, let again = regretThenRequest(instruction) { result = again }
        if case .failure = result, let said = dictated(instruction) { result = .success(.edits(said)) }
        if case .failure = result, let said = valueByExample(instruction) ?? transformByExample(instruction) ?? lackingByExample(instruction) {
            result = .success(.edits(said))
        }
        if case .failure = result, let said = withoutBracketedRemark(instruction) { result = .success(.edits(said)) }
        // ("lower-case the company names only where the owner is Dev Ops": the change, said for some rows, is what asks.)
        if case .failure = result, let scope = rowScope(instruction),
            case .success(.edits(let edits)) = read(instruction.replacingOccurrences(of: scope, with: "")),
            edits.contains(where: { Self.limited($0, by: scope) })
        {
            return .failure(Self.scopeFailure(scope))
        }
        guard case .success(.edits(let edits)) = result, let unplaced = recordLeftOut(of: edits, in: instruction) else { return result }
        return .failure(Failure(reason: "it names record \(unplaced) beside the records it drops, but I could not tell what to do with it; say each record's change plainly"))
    }

    /// "tradeshow = Event (only one row has it but still)", "delete record 1000907 (dupe of Mei's
    /// email)": a remark in brackets after a request that reads on its own. Brackets that limit or
    /// except rows or values, or that ask a change of their own, are never set aside.
    private func withoutBracketedRemark(_ instruction: String) -> [Edit]? {
        guard let g = Text.match(instruction, #"(.+?\S)\s*\(([^()]{3,80})\)\s*[.!]?"#),
            !Text.contains(g[1], #"\b(?:except|excluding|apart from|other than|unless|but not|not|no|never|only (?:the|for|where|if|when|rows?|records?|ones?)|if|when|where|whose|keep|leave|instead|also|too|and then|separated|joined|with|without|e\.?g\.?|i\.?e\.?|ones?|those|these|which|that|who|rows?|records?|contacts?|leads?|people|split|space|word|part|first|last|before|after)\b|n't\b|\d{5,}|[=:]"#),
            case .failure = sequence(Clauses.clean(g[1]), depth: 0),
            case .success(.edits(let edits)) = read(g[0]), !edits.isEmpty
        else { return nil }
        return edits
    }

    /// "Sorry, I think making phone required was too strict. Could we make it optional again?", "I think
    /// upper-case emails might break the CRM import, so could we make them lower case again?": a change
    /// regretted, then the request, whose "it" or "them" is the one column the regret names; a step
    /// back ("can we go back to how it was before?") takes back the last change when it was of that column.
    private func regretThenRequest(_ instruction: String) -> Result<Command, Failure>? {
        guard let g = Text.match(instruction, #"\s*(?:(?:oh|sorry|oops|hmm|ok|okay|so|ah)[,!.]?\s+)*(?:i (?:think|guess|believe|feel(?: like)?|suspect|realise|realize) (?:that )?|maybe |actually,? )?(?:making |having |adding |setting |turning |the |that |those |our |my )?(.+?) (?:was|were|is|are|might|may|will|would|could|seems?(?: to be)?) (?:(?:be |have been |been )?(?:too strict|too much|a mistake|wrong|an error|a bad idea|overkill|not right|too harsh|unnecessary|not needed|a problem)|break|cause|mess up|confuse)\b[^.?!;]*?(?:[.!?;]+\s+|,\s+(?=so\b))(?:so\s+)?(.+)"#)
        else { return nil }
        let columns = Array(Set(mentioned(g[0])))
        guard columns.count == 1, let column = columns.first else { return nil }
        if history(Clauses.clean(g[1])) == .undo(1) || Text.contains(g[1], #"\b(?:turn|switch|take) (?:that|it|this) (?:off|back)\b"#) {
            return previous.contains(where: { $0.target == column }) ? .success(.undo(1)) : nil
        }
        let request = Self.replacingPronouns(in: g[1], with: column)
        guard request != g[1], case .success(let command) = read(request) else { return nil }
        return .success(command)
    }

    /// A dictated message, without a mark in it, that reads as two requests one after the other ("so
    /// yeah bring the first name back map first name to first underscore name"), or a request and then
    /// why ("skip company domain we don't use it for anything"): each half read as a message of its own.
    private func dictated(_ instruction: String) -> [Edit]? {
        let words = instruction.split(separator: " ").map(String.init)
        guard (5...30).contains(words.count), !instruction.contains(where: { ",;:.?!\n".contains($0) }) else { return nil }
        for cut in 2..<(words.count - 1) {
            let left = words[..<cut].joined(separator: " "), right = words[cut...].joined(separator: " ")
            guard !Text.contains(left, #"\b(?:to|from|into|in|on|of|for|with|by|and|or|but|the|a|an|is|are|be|not|no|if|when|where)$"#),
                case .success(.edits(let first)) = read(left), !first.isEmpty
            else { continue }
            if Text.contains(right, #"^(?:(?:so|please|and|then|also|like|okay|ok|um|uh)\s+)*(?:make|map|put|bring|take|use|drop|remove|skip|exclude|ignore|don't|do not|dont|trim|lower-case|upper-case|title-case|set|fill|keep|turn|switch|leave|undo|go back|(?:the )?[\w ]{2,30}? (?:column|field) (?:goes|should|must|needs|has to))\b"#),
                case .success(.edits(let rest)) = read(right), !rest.isEmpty
            {
                return first + rest.filter { !first.contains($0) }
            }
            let reason = Clauses.clean(right)
            if Text.contains(reason, #"^(?:they|it|the|we|i|this|that|these|those|our|their|nobody|no one|two|every)\b"#), Self.restates(first, reason) || canSetAside(reason, beside: first) {
                return first
            }
        }
        return nil
    }

    /// "remove 1000907 and 1000985 - one's a copy … - and …": a record id of the data said beside
    /// the records a change drops or keeps, but placed in none of its rules; nil when there is none.
    func recordLeftOut(of edits: [Edit], in instruction: String) -> String? {
        let placed = Set(edits.compactMap { edit -> String? in
            switch edit {
            case .dropRows(let condition), .keepRows(let condition): condition.value
            default: nil
            }
        })
        guard !placed.isEmpty, let idColumn = scope.mappedFrom["external_id"] ?? scope.header.first, let ids = scope.values[idColumn] else { return nil }
        // (An id said as what another is a copy of, "1000907 is a copy of 1000050", is no row to change.)
        let said = instruction.replacingRegex(#"\b(?:of|as|than|like|with|from|to|for|under|beside|besides|except|not|keep|keeping)\s+(?:record\s+|id\s+|#)?\d{5,}"#, with: " ")
        return said.ranges(of: /\d{5,}/).map { String(said[$0]) }.first { ids[$0] != nil && !placed.contains($0) }
    }

    /// "notes → first name instead": an arrow between two names that each are both a column of the
    /// file and of the template reads either way (Notes into first_name, or First Name into notes),
    /// so it asks, offering both.
    private func arrowEitherWay(_ instruction: String) -> Failure? {
        guard let g = Text.match(instruction, #"\s*(?:the )?([\w ]{2,30}?)\s*(?:→|->|=>)\s*(?:the )?([\w ]{2,30}?)(?:\s+instead)?(?:\s*[,;].*)?[.!]?\s*"#),
            // (Written as a header on the left, or as a template column on the right, it reads one way: "Company -> notes".)
            !scope.header.contains(g[0]), !template.columnNames.contains(g[1]),
            let left = scope.target(g[0]), let right = scope.target(g[1]), left != right,
            let leftSource = scope.source(g[0]), let rightSource = scope.source(g[1]), leftSource != rightSource,
            Text.key(leftSource) == Text.key(left) || Text.key(leftSource) == Text.key(g[0]),
            Text.key(rightSource) == Text.key(right) || Text.key(rightSource) == Text.key(g[1])
        else { return nil }
        return Failure(
            reason: "the arrow between \(g[0]) and \(g[1]) can be read either way",
            readings: ["use \(rightSource) for \(left)", "use \(leftSource) for \(right)"])
    }

    func read(_ said: String) -> Result<Command, Failure> {
        memo.clear()
        scope.forgetLookups()
        // "map chat to Email - sorry, meant Web", "no, I tell a lie, it's …": a correction said shortly.
        let corrections = said.replacingRegex(#"\b(sorry|oops|no|wait|ah|er|erm)[,!]?\s+meant\b"#, with: "$1, I meant")
            .replacingRegex(#"\b(?:no,? )?i tell a lie\b,?\s*"#, with: "sorry, I meant ")
            // "Tell it phone numbers are compulsory", "Have it map website to Web", "get it to trim the names":
            // the tool spoken of as a colleague told what to do.
            .replacingRegex(#"(?i)\b(?:tell|ask|instruct|remind) (?:it|vern|the tool|the agent|the system) not to\s+"#, with: "don't ")
            .replacingRegex(#"(?i)(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:(?:tell|ask|instruct|remind) (?:it|vern|the tool|the agent|the system)(?: to| that)?\s+|(?:have|make) (?:it|vern|the tool|the agent|the system) (?=(?:map|treat|read|default|put|use|drop|flag|require|insist|skip|ignore|stop|count|write|fill|take|keep|trim|split|combine|join|upper|lower|title|capitali[sz]e|remove|exclude|leave|reject|mark|set|show|convert|normali[sz]e|format|dedupe|throw|bring|pull|import|load)\b)|get (?:it|vern|the tool|the agent|the system) to\s+)"#, with: "")
        let instruction = Paraphrases.placedSplit(ChatShorthand.conditions(Dictation.read(ChatMarkup.plain(CodeNotation.plain(scope.readingSheetNotation(Minutes.decisions(corrections)))))))
        // A tester's scenario that `TestScenario` could not read as a request asks; it never guesses.
        if Text.contains(instruction, #"(?s)^\s*given\b.+\bthen\b"#) {
            return .failure(Failure(reason: "it describes a test scenario, not the change that makes it pass; say the change itself, e.g. \"drop rows without a company\""))
        }
        if let corrected = corrected(instruction.replacingRegex(#"\.\s*(?:(?:the |our )?\w+(?: \w+)? (?:stays?|remains?|can stay|is fine|are fine)(?: as (?:it is|they are))?|keep (?:the )?\w+(?: \w+)?(?: as (?:it is|is))?)\s*\.?\s*$"#, with: "")) { return parse(corrected) }
        if let (before, again) = overridden(instruction) {
            guard !Clauses.clean(before).isEmpty else { return .success(.edits(again)) }
            return parse(before).flatMap { command in
                guard case .edits(let edits) = command else { return .failure(Failure(reason: "it goes back in the history and changes something else; say each in a message of its own")) }
                let all = edits + again.filter { !edits.contains($0) }
                return Self.conflict(in: all).map { .failure(Failure(reason: $0)) } ?? .success(.edits(all))
            }
        }
        // "drop row 2 and row 3, sorry, I meant row 4": a correction that could replace more than one part asks.
        if let g = Text.match(instruction, #"(.+?\S)\s*(?:[.;,!]|\.\.\.|\s[-–—])\s*(?:(?:sorry|oops|no|wait|actually|ah|oh)\b[\s,!.:]*)+(?:i )?meant?\b:?\s*(.*?)[\s.!]*"#), meant(instruction) == nil {
            // (The readings offered: the number meant in place of each number said.)
            let new = Text.firstMatch(g[1], #"^(?:(?:row|record|line|number|id|#)\s*)?(\d+)$"#)
            let readings = new.map { new in
                g[0].ranges(of: /\d+/).map { g[0].replacingCharacters(in: $0, with: new) }.filter { if case .success = sequence(Clauses.clean($0), depth: 0) { true } else { false } }
            } ?? []
            return .failure(Failure(reason: "it says \"I meant …\" but I can't tell which part that replaces; say the whole change again as you mean it", readings: readings))
        }
        if let either = arrowEitherWay(instruction) { return .failure(either) }
        let text = Self.normalise(instruction)
        if text.isEmpty {
            // ("Expected: row 5 is gone" is a checker's expectation, which cleaning sets aside.)
            let expectation = Text.contains(instruction, #"^\s*expect(?:ed|ation)?\b"#)
            return .failure(Failure(reason: expectation ? "it only says what to expect, not what to change; say the change itself, e.g. \"drop row 5\"" : "the instruction is empty"))
        }
        if let history = history(text) { return .success(history) }
        // ("No, undo the German phones. …": the step back said first, whatever follows it.)
        if let stepBack = Text.firstMatch(text, #"^(?:(?:no|sorry|wait|actually|ok(?:ay)?|oops)\b[\s,]*)*((?:please )?(?:undo|revert|reverse|roll back|take back) [^.;:!?,]+?)(?=\s+(?:and|then)\b|\s*[.;:!?,]|\s*$)"#),
            undoneByWhatItDid(stepBack) == false
        {
            return .failure(Failure(reason: "it undoes a change that is not the last one; say which recipe to go back to, e.g. \"go back to the recipe before the phone change\"", offersNearby: false))
        }
        if let disowned = disowned(text) { return .success(disowned) }
        // "Kindly undo the previous change, it was done by mistake": a remark after the step back.
        // ("…, same is not required": office English for "it is not needed".)
        if let g = Text.match(text, #"(.+?)\s*(?:[,;]|[?.!](?=\s)|\s[-–—](?=\s)|\s(?=\())\s*(.+)"#), let history = history(g[0]),
            g[1].split(whereSeparator: { ",;?.!".contains($0) }).map({ $0.trimmingCharacters(in: .whitespaces) }).allSatisfy({ remarkBeside(history, $0, instruction: instruction) })
        {
            return .success(Self.aboutWhat(g[0], history))
        }
        // "On reflection that last change was a mistake; please revert it": the remark before the step back.
        // (Only a step back said as one: "…, remove it" after a remark about a row is no undo.)
        if let g = Text.match(text, #"(.+?)\s*(?:[,;]|[?.!](?=\s))\s*((?:please |could you |can you |would you )*(?:undo|revert|roll back|reverse|take back|take (?:it|that|this) back|put (?:it|that|this|everything|things) back)\b.*?)[.!?]?"#),
            let history = history(Clauses.clean(g[1])), Clauses.clean(g[0]).isEmpty || remarkBeside(history, Clauses.clean(g[0]), instruction: instruction)
        {
            return .success(Self.aboutWhat(g[0], history))
        }
        if let repeated = repeatingTheLastChange(instruction) { return repeated.map { .edits($0) } }
        // "do the same for company, use the Company Domain when it's empty": the change said again in full for that column.
        if let g = Text.match(text, #"(?:and |also )?(?:do )?(?:the )?same (?:thing )?(?:for|with|to) (?:the )?([\w -]+?)\s*[,:;]\s*(.+)"#), let column = scope.target(g[0]),
            case .success(let edits) = sequence(Self.replacingPronouns(in: g[1], with: column), depth: 0), !edits.isEmpty, edits.allSatisfy({ $0.target == column })
        {
            return .success(.edits(edits))
        }
        if let again = revalued(previous, text) { return .success(.edits(again)) }
        if let back = broughtBack(text) { return .success(.edits(back)) }
        if let instead = otherOne(text, said: instruction) { return instead }
        if let again = reseparated(text) { return .success(.edits(again)) }
        if let (count, rest) = leadingUndo(text) ?? regretted(instruction) ?? meant(instruction) ?? notThat(instruction) {
            return switch parse(rest) {
            // ("no, the dates are day-first instead" after a change elsewhere answers something else:
            // a bare "no" replaces the last change only when the new one is of its kind or column.)
            // ("No, undo the German phones. …": a step back said outright is made whatever follows.)
            case .success(.edits(let edits)) where Text.contains(instruction, #"^\s*(?:actually,? )?no\b(?!\s+wait)"#)
                && !Text.contains(instruction, #"\b(?:undo|revert|roll ?back|reverse|take (?:it|that|this) back|change it back)\b"#)
                && !previous.contains(where: { made in edits.contains { $0.kind == made.kind || $0.target != nil && $0.target == made.target } }):
                .success(.edits(edits))
            case .success(.edits(let edits)): .success(.undoThen(count, edits))
            case .success: .failure(Failure(reason: "it goes back in the history twice; say each step in a message of its own"))
            case .failure(let failure): .failure(failure)
            }
        }
        var edits: [Edit] = []
        var clauses = Clauses.split(withoutCommentBrackets(Self.withoutComplaint(instruction)))
        var results = clauses.map { sequence($0, depth: 0) }
        // "Company empty? take Company Domain instead": a fragment and the clause answering it;
        // "notes should read Contact Owner then Lifecycle Stage, …": a "then" inside one clause.
        var index = 0
        while index + 1 < clauses.count {
            if case .failure = results[index], !Self.isStrongReason(clauses[index]) {
                for glue in Text.contains(instruction, #"\bthen\b"#) ? [", ", " then "] : [", "] {
                    let joined = Clauses.clean(clauses[index] + glue + clauses[index + 1])
                    let result = sequence(joined, depth: 0)
                    guard case .success = result else { continue }
                    clauses[index] = joined
                    results[index] = result
                    clauses.remove(at: index + 1)
                    results.remove(at: index + 1)
                    break
                }
            }
            index += 1
        }
        // "row 5 is garbage. drop": a bare verb takes what the statement before it is about.
        for index in clauses.indices.dropFirst() {
            // ("…; please leave those rows out": the rows the statement names.)
            let verb = Clauses.clean(clauses[index]).replacingRegex(#"^(?:leave|take|keep) (?:those|these|them|it|the) ?(?:rows|records|contacts|ones|entries)? out$|^(drop|remove|delete|exclude|skip) (?:those|these)(?: rows| records| contacts| ones| entries)?$"#, with: "drop$1")
                .replacingRegex(#"^dropdrop|^drop(remove|delete|exclude|skip)$"#, with: "drop")
            guard case .failure = results[index], case .failure = results[index - 1], Text.contains(verb, #"^(?:drop|remove|delete|exclude|skip|take (?:it|them) out|drop (?:it|them)|remove (?:it|them)|delete (?:it|them))$"#),
                let subject = about(clauses[index - 1]), case .success(let edits) = sequence(verb.replacingRegex(#"(?-i)\s+(?:it|them)$"#, with: "") + " " + subject, depth: 0)
            else { continue }
            results[index - 1] = .success([])
            results[index] = .success(edits)
        }
        // "why on earth is the Company Domain going into the CRM? leave it OUT": "it" is the column complained of.
        for index in clauses.indices.dropFirst() {
            guard case .failure = results[index], Self.isComplaint(clauses[index - 1]), Text.contains(clauses[index], #"\b(?:it|them)\b"#),
                case let named = mentioned(clauses[index - 1]), named.count == 1,
                case .success(let edits) = sequence(Clauses.clean(Self.replacingPronouns(in: clauses[index], with: named[0])), depth: 0), !edits.isEmpty
            else { continue }
            results[index] = .success(edits)
        }
        // "first_name: trim it, oh and when it's blank use Last Name": "it" is the column just named.
        for index in clauses.indices.dropFirst() {
            // (Only after a change of one column: rows dropped by a rule on every column name no column.)
            // (Never a part that only says the change again: "Duplicate emails are fine; don't flag them.")
            guard case .failure = results[index], case .success(let before) = results[index - 1], let subject = before.last?.target,
                Set(before.compactMap(\.target)).count == 1, !before.contains(where: { if case .dropRows = $0 { true } else { false } }),
                Text.contains(clauses[index], #"\b(?:it|them|they|it's|they're)\b|"# + Self.theColumn), !Self.restates(before, Clauses.clean(clauses[index]))
            else { continue }
            // ("We are not migrating Notes. Leave the column out of the import.": "the column" is the one just named.)
            let said = clauses[index].replacingRegex(#"\b(it|they)'s\b|\b(they)'re\b"#, with: "$1$2 is").replacingRegex(Self.theColumn, with: subject)
            if case .success(let edits) = sequence(Self.replacingPronouns(in: said, with: subject), depth: 0) { results[index] = .success(edits) }
        }
        // "Can the company names go back to how they're written? Only take off the spaces at the start and end.":
        // a request that names no column is about the one the part before changed.
        for index in clauses.indices.dropFirst() {
            let said = Clauses.clean(clauses[index]).replacingRegex(#"^(?:only|just|also|then) "#, with: "")
            guard case .failure = results[index], case .success(let before) = results[index - 1], let subject = before.last?.target,
                Set(before.compactMap(\.target)).count == 1, mentioned(said).isEmpty, Text.contains(said, Self.imperative) || Text.contains(said, #"^(?:take off|strip|trim)\b"#)
            else { continue }
            for candidate in [said + " from " + subject, said + " of " + subject, said + " for " + subject] {
                if case .success(let edits) = sequence(Clauses.clean(candidate), depth: 0), edits.allSatisfy({ $0.target == subject }) {
                    results[index] = .success(edits)
                    break
                }
            }
        }
        // "Some contacts have no first name at all. In that case, use the last name.": the condition the statement says.
        for index in clauses.indices.dropFirst() {
            guard case .failure = results[index],
                let rest = Text.firstMatch(Clauses.clean(clauses[index]), #"^(?:in (?:that|this|those|these) cases?|if so|for (?:those|these|them)(?: ones| rows| contacts)?)[,:]?\s+(.+)$"#),
                let column = Text.firstMatch(clauses[index - 1], #"(?:contacts|rows|records|people|leads|entries|customers|ones) (?:have|has|come with|came with) no (?:an? |the )?([\w ]+?)(?: at all| filled in| given)?(?:\s*\(.*\))?[\s.!,;]*$"#)
                    ?? Text.firstMatch(clauses[index - 1], #"(?:contacts|rows|records|people|leads|entries|customers|ones) (?:are|is) missing (?:an? |the |their )?([\w ]+?)(?:\s*\(.*\))?[\s.!,;]*$"#),
                scope.target(column) != nil, case .success(let edits) = sequence("when \(column) is empty, \(rest)", depth: 0)
            else { continue }
            results[index - 1] = .success([])
            results[index] = .success(edits)
        }
        // "The record with ID 1000737 belongs to a contact who asked to be forgotten. It must not be migrated.":
        // the pronoun stands for what the statement before is about.
        // ("The data subject at row 12 has exercised the right to erasure; exclude that record.")
        for index in clauses.indices.dropFirst() {
            let before: [Edit]? = if case .success(let made) = results[index - 1] { made } else { nil }
            let said = clauses[index].replacingRegex(#"\b(?:that|this) (?:record|contact|row|entry|person|lead)\b|\b(?:those|these) (?:records|contacts|rows|entries|people|leads)\b"#, with: "it")
            // (Never when the statement names two rows: "Row 12 is the original, row 14 is the copy. Drop that row.")
            guard case .failure = results[index], before?.isEmpty ?? true, Text.contains(said, #"\b(?:it|them|they|those|these)\b"#),
                clauses[index - 1].ranges(of: /(?i)\b(?:rows?|records?)\s+#?\d+/).count < 2 || Text.contains(said, #"\b(?:them|they|those|these)\b"#),
                !Text.contains(clauses[index - 1], Self.imperative), let subject = about(Clauses.clean(clauses[index - 1])),
                case .success(let edits) = sequence(Clauses.clean(Self.replacingPronouns(in: said, with: subject)), depth: 0), !edits.isEmpty
            else { continue }
            results[index - 1] = .success([])
            results[index] = .success(edits)
        }
        // "Marketing never looks at Created Date. Drop that column": the one column the remark before names;
        // "We do need First Name after all; bring it back into first_name": the one column a reason names.
        for index in clauses.indices.dropFirst() {
            guard case .failure = results[index], case .failure = results[index - 1],
                Text.contains(clauses[index], #"\b(?:that|this|the same)(?: (?:column|field|one))?\b|\b(?:it|them)\b"#)
            else { continue }
            let named = scope.header.filter { Text.contains(clauses[index - 1], #"\b"# + NSRegularExpression.escapedPattern(for: $0) + #"\b"#) }
            guard named.count == 1,
                !Text.contains(clauses[index - 1].replacingRegex(NSRegularExpression.escapedPattern(for: named[0]), with: " "), Self.instructionWords)
                    || Self.isStrongReason(clauses[index - 1]),
                case .success(let edits) = sequence(clauses[index].replacingRegex(#"\b(?:that|this|the same)(?: (?:column|field|one))?\b|\b(?:it|them)\b"#, with: named[0]), depth: 0)
            else { continue }
            results[index - 1] = .success([])
            results[index] = .success(edits)
        }
        // "Convert the last name into capitals. Same to be done for first name.": the part before, again.
        for index in clauses.indices.dropFirst() {
            guard case .failure = results[index], case .success(let before) = results[index - 1], !before.isEmpty,
                let again = repeating(before, clauses[index], inMessage: true)
            else { continue }
            results[index] = again
        }
        // "Webinar is Event. The rest is Referral.": the values no entry names, of the column just mapped;
        // "Company is required; failing that, use the Company Domain": what fills it when it is empty.
        for index in clauses.indices.dropFirst() {
            guard case .failure = results[index], case .success(let before) = results[index - 1], let edits = leftOver(clauses[index], after: before) ?? filledWhenEmpty(clauses[index], after: before, depth: 0) else { continue }
            results[index] = .success(edits)
        }
        // "drop the chat leads. and the website ones": a part that borrows the clause before it.
        for index in clauses.indices.dropFirst() {
            guard case .failure = results[index], case .success(let before) = results[index - 1],
                let edits = elided(clauses[index], after: clauses[index - 1], made: before, depth: 0)
            else { continue }
            results[index] = .success(edits)
        }
        // (The edits of every part, for a statement about what they change, said before or after.)
        let all = results.flatMap { result -> [Edit] in if case .success(let made) = result { made } else { [] } }
        let dropped = all.compactMap { if case .dropRows(let condition) = $0 { condition.value } else { nil } }
        // ("trim company; company stays as it is": what is said to stay, and a change that alters it, ask.)
        for (clause, result) in zip(clauses, results) where clauses.count > 1 {
            if case .failure = result, let failure = keptButChanged(clause, beside: all, change: clauses.filter { $0 != clause }.joined(separator: "; ")) { return .failure(failure) }
        }
        for (clause, result) in zip(clauses, results) {
            switch result {
            case .success(let more): edits += more
            // "The stage 'other' is used for junk records. Drop anything with Lifecycle Stage other.": what the dropped rows are.
            case .failure where clauses.count > 1 && (Self.hasVerb(clause) || Self.isStatement(clause)) && !Text.contains(clause, Self.imperative)
                && dropped.contains(where: { Text.contains(clause, #"(?:^|[\s'"])"# + NSRegularExpression.escapedPattern(for: $0) + #"(?:$|[\s'".,;!?])"#) }):
                continue
            case .failure where clauses.count > 1 && (isExample(clause, of: all) || !all.isEmpty && saysValueStays(clause)
                || (isAside(Clauses.clean(clause), all) || isObservation(clause, all) || !all.isEmpty && isBackstory(clause)) && !namesOtherRows(clause, all) && !namesOtherValues(clause, all)):
                continue
            // "…; every other column keeps its current mapping": what stays, and the change leaves it so.
            case .failure where clauses.count > 1 && (keepsAsSaid(clause, beside: all) || saysBroken(clause, mendedBy: all)):
                continue
            // "WHY is the Company Domain going into the CRM?? leave it OUT", "remove them. ALL.": a complaint or
            // emphasis beside the request, asking nothing of its own.
            case .failure where clauses.count > 1 && (Self.isComplaint(clause) || Self.isEmphasis(clause)) && !namesOtherRows(Clauses.clean(clause), all) && !namesOtherValues(clause, all):
                continue
            // "Could we make the company names upper case? Not sure if that's a good idea but the CRM team asked for it.":
            // the writer's doubts, apologies and leave asked, beside the request.
            case .failure where clauses.count > 1 && isHedge(clause, all):
                continue
            // "feed notes from Lifecycle Stage; rows 1 and 3 should then read opportunity": what the tester expects to see.
            case .failure where clauses.count > 1 && !all.isEmpty && Self.isExpectation(Clauses.clean(clause)):
                continue
            // "…for notes? the sales team wants to see who owns each lead": a remark of its own.
            // (Never one that names a value of the data: "+1 to what maria said about Newsletter → Email".)
            case .failure where clauses.count > 1
                && (Self.restates(edits, clause) || (!namesCapitalisedValue(clause) || Text.contains(clause, #"^(?:verify|expect\w*|check|e\.?g\.?|i\.?e\.?|for example)\b"#))
                    && (justifies(clause, edits) || (isComment(clause) || asksNothing(clause) || !edits.isEmpty && isPlainReason(clause)) && !namesOtherRows(clause, all))):
                continue
            // "I'd rather not import anything the template would reject. Could you drop the invalid rows?": the one change, said before it.
            case .failure where clauses.count > 1 && edits.isEmpty && Set(all.map(\.kind)).count == 1 && Self.restates(all, clause):
                continue
            // "I don't think the client wants phone numbers at all, for privacy reasons. Would it be possible to stop importing the Phone column?":
            // the change said once more, as a wish or a belief.
            case .failure where clauses.count > 1 && restatesChange(clause, all):
                continue
            case .failure(let failure): return ledIn(instruction).map { .success(.edits($0)) } ?? .failure(failure)
            }
        }
        if clauses.isEmpty { return .failure(Failure(reason: "it asks for no change")) }
        // The same change said twice ("we don't want the webinar sign-ups, remove the Webinar rows") is one change.
        edits = edits.enumerated().filter { index, edit in !edits[..<index].contains(edit) }.map(\.element)
        if let conflict = Self.conflict(in: edits) { return .failure(Failure(reason: conflict)) }
        edits = Self.casedAsExample(edits, instruction)
        if edits.isEmpty, clauses.count > 1 { return .failure(Failure(reason: "it matches none of the instructions I know")) }
        // ("Read the dates day-first, except row 51": a rule of a column holds for every row; one said for
        // only some rows cannot be made, and is never made for all.)
        if let scope = rowScope(instruction), edits.contains(where: { Self.limited($0, by: scope) }) { return .failure(Self.scopeFailure(scope)) }
        // ("notes should be Lead Source followed by ': ' and then Lifecycle Stage": a quoted mark the
        // reading does not use was passed over; never joined with another.)
        if let lost = Self.unusedMark(in: instruction, edits) {
            // (The join it may have meant is offered, with the mark as its separator.)
            let joins = edits.compactMap { edit -> String? in
                guard case .map(let target, .combine(let columns, _)) = edit else { return nil }
                return "Combine \(Text.join(columns)) into \(target) separated by '\(lost)'"
            }
            return .failure(Failure(reason: "I could not tell where the '\(lost)' goes; say it with \"separated by '\(lost)'\"", readings: joins))
        }
        return .success(.edits(edits))
    }

    /// The part of a message that limits a change to some rows ("except row 51", "only where the last
    /// word is a suffix", "unless …", "for the rows owned by Eve", "except the customers" when
    /// customer is a value of the data); conditions on empty values, which fills and defaults carry
    /// themselves, are no such limit.
    func rowScope(_ instruction: String) -> String? {
        let said = instruction.replacingRegex(#"\b(?:only |except |unless |but only )?(?:where|when|if|whenever)\b[^,.;!?]*?\b(?:empty|blank|missing|not set|null|no value|nothing)\b"#, with: " ")
        if let scope = Text.firstMatch(said, #"\b((?:except(?: for)?|excluding|apart from|but not(?: for)?|other than|save for) (?:in |on |for )?(?:the )?(?:rows?|records?|ids?|contacts?|leads?|ones|people|where|when|if|those|these|\d)[^,.;!?]*|unless (?!there\b|it\b|they\b)[^,.;!?]*?\b(?:is|are|was|were|says|say|equals|owned by|from|in)\b[^,.;!?]*|(?:but )?only (?:where|when|if|for (?:the )?(?:rows?|records?|contacts?|ones|leads|people|those|these)|in (?:the )?rows?)\b[^,.;!?]*|(?:for|in|on) (?:the )?(?:rows?|records?|ones|contacts|leads) (?:where|whose|owned by|from)\b[^,.;!?]*)"#) {
            return scope
        }
        // "…except the customers", "…other than Dev Ops": a value of a column that sorts the rows.
        for phrase in Text.allMatches(said, #"\b((?:except(?: for)?|excluding|apart from|other than|save for) (?:the )?[\w' -]{2,30}?)(?=\s*(?:[,.;!?]|$|\b(?:and|who|which|that)\b))"#) {
            let value = phrase.replacingRegex(#"^(?:except(?: for)?|excluding|apart from|other than|save for) (?:the )?|(?:'s|s)?(?: (?:ones|rows|records|leads|contacts|people))?$"#, with: "").lowercased()
            if scope.header.contains(where: { header in scope.sortsRows(header) && (scope.values[header]?[value] != nil || scope.values[header]?[value + "s"] != nil) }) { return phrase }
        }
        return nil
    }

    /// Whether `scope` limits `edit` to fewer rows than it changes: never the rows of the values a
    /// map names ("…on rows where the source says Website, those should be Web"), nor numbers that
    /// already carry their country code, which no region changes ("…apart from the ones with a +").
    static func limited(_ edit: Edit, by scope: String) -> Bool {
        switch edit {
        case .picklistMap(_, let values, _): !values.contains { Text.contains(scope, #"\b"# + NSRegularExpression.escapedPattern(for: $0) + #"\b"#) }
        case .phone: !Text.contains(scope, #"\+|\bplus\b|international|country code|dialling code|calling code"#)
        default: edit.limitedByScope
        }
    }

    static func scopeFailure(_ scope: String) -> Failure {
        Failure(reason: "a recipe rule holds for every row, so I can't limit it to \"\(scope)\"; say it for all rows, or drop or keep those rows instead", offersNearby: false)
    }

    /// A quoted mark (punctuation and spaces only, such as `': '`) that no edit carries.
    static func unusedMark(in instruction: String, _ edits: [Edit]) -> String? {
        let marks = Text.allMatches(instruction, #"(?:^|(?<=[\s(,:]))['"‘“]([^\p{L}\p{N}'"‘’“”]{1,5})['"’”](?=$|[\s),.;:!?])"#)
        guard !marks.isEmpty else { return nil }
        var carried: [String] = []
        func collect(_ value: Any) {
            if let string = value as? String { carried.append(string); return }
            for child in Mirror(reflecting: value).children { collect(child.value) }
        }
        edits.forEach(collect)
        return marks.first { mark in !carried.contains { $0.contains(mark) || $0.contains(mark.trimmingCharacters(in: .whitespaces)) && !mark.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    /// Whether a part a reading leaves out asks for nothing of its own: a remark, a reason, an
    /// aside, an example or the change said again; or a part naming nothing of the data.
    private func passesOver(_ part: String, _ made: [Edit]) -> Bool {
        let plain = Clauses.clean(part)
        if plain.isEmpty { return true }
        let saysAgain = isExample(part, of: made) || saysValueStays(part) || Self.isExpectation(plain) || Self.restates(made, plain)
            || justifies(part, made) || restatesChange(part, made) || keepsAsSaid(part, beside: made)
        if namesOtherRows(plain, made) || namesOtherValues(plain, made) { return saysAgain }
        // ("drop the Dev Ops rows AND the rows where Region says EMEA": rows said by a condition of their own.)
        if Self.saysRowCondition(plain) { return saysAgain }
        // (Only a column named by its own name, and not one the reading changes: "keep the first"
        // names no first_name; "so use that as the default region" names the phone the reading sets.)
        let targets = made.compactMap(\.target)
        guard namedExactly(part).contains(where: { !targets.contains($0) }) else { return true }
        return saysAgain || isAside(plain, made) || isObservation(part, made) || isBackstory(part) || isComment(part) || asksNothing(part)
            || isPlainReason(part) || Self.isStrongReason(part)
    }

    /// A rhetorical question of an exasperated writer: "why on earth is X going into the CRM",
    /// "how is it possible that …", "who decided we don't need first names".
    static func isComplaint(_ clause: String) -> Bool {
        // ("SO many empty notes": what the writer sees in the data, said without a verb.)
        Text.contains(clause, #"^(?:so |too )?(?:many|much|loads of|lots of|tons of|so many|too many) (?!(?:rows?|records?|contacts?|leads?)\b)[\w' -]{1,40}$"#) && !Text.contains(clause, #"\b(?:is|are|be|should|must|drop|remove|delete|make|map|use|put|keep)\b"#)
            || Text.contains(clause, #"^(?:(?:seriously|honestly|ugh|argh)[,!.]*\s+)?(?:why(?: on earth| the hell| oh why)? (?:is|are|was|were|do|does|did|would|has|have|on)\b|how (?:is it possible|come|on earth|many times)\b|who (?:decided|said|asked for|told you|thought)\b|since when\b|what (?:happened|is going on|'s going on|on earth)\b|are you (?:kidding|serious)\b|what the\b)"#)
    }

    /// A message without the rhetorical question it opens with ("who decided we don't need first
    /// names?? put First Name back into first_name"), when the rest asks on its own (no "it" leaning on it).
    static func withoutComplaint(_ instruction: String) -> String {
        guard let g = Text.match(instruction, #"\s*([^?]{3,120}?\?+!*)\s+([\s\S]+)"#), isComplaint(g[0]),
            !Text.contains(g[1], #"\b(?:it|them|they|that one|those)\b"#)
        else { return instruction }
        return g[1]
    }

    /// Emphasis alone: "ALL.", "NOW", "do it", "no exceptions", "period".
    static func isEmphasis(_ clause: String) -> Bool {
        Text.contains(clause, #"^\W*(?:all(?: of (?:them|it|those))?|now|right now|(?:just )?do it(?: now| already)?|period|full stop|no exceptions|(?:every|each) (?:one|last one)(?: of them)?|seriously|whatever|fine|ok|okay|ugh|argh|nope|nah|no way)\W*$"#)
    }

    /// Whether a part says rows by a condition of their own ("the rows where Region says EMEA"),
    /// and not what becomes of them ("the rows without a phone are fine").
    static func saysRowCondition(_ part: String) -> Bool {
        Text.contains(part, #"^(?:and |also |plus |but )?(?:the |all (?:the )?|any |those )?(?:rows|records|contacts|ones|leads|entries)\s+(?:where|whose|with|without|that|which|owned by|from|in)\b"#)
            && !Text.contains(part, #"\b(?:fine|ok|okay|good|alright|all right|stays?|remains?|kept|keep)\b"#)
    }

    /// Whether a part names rows the edits do not: rows said with a value of a column that sorts
    /// them ("rows owned by Dev Ops", "the webinar leads"), or a row number or record id that no
    /// edit names, beside a change of rows (never one another is compared with: "the same person as row 27").
    /// Whether a part names a value of a list column's data ("chat is Sales", "cold calling") that
    /// none of the `made` edits names: a request of its own about that value, never a remark.
    private func namesOtherValues(_ part: String, _ made: [Edit]) -> Bool {
        let words = part.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
        let phrases = Set(words + zip(words, words.dropFirst()).map { $0 + " " + $1 })
        let listed = scope.mappedFrom.filter { template.allowed($0.key) != nil }
        return phrases.contains { phrase in
            // (The value as written: "our partners' posts" in a reason names no value "partner".)
            let forms = [phrase]
            // (Only a value said as the subject or object of a mapping, "chat is Sales", "map chat to …":
            // "the chat widget lives on the website" names no request about "website".)
            let escaped = NSRegularExpression.escapedPattern(for: phrase)
            guard Text.contains(part, #"\b"# + escaped + #"s?\s+(?:is|are|=|->|→|should be|must be|becomes?|goes to|go to|means|counts? as)\b|\b(?:map|put|treat|count|make|set|send|file|move) (?:the |all |any )?"# + escaped + #"\b"#) else { return false }
            return listed.contains { target, header in
                forms.contains { scope.values[header]?[$0] != nil } && allowedMatch(phrase, in: target) == nil
                    && !Text.contains(part, #"\b"# + NSRegularExpression.escapedPattern(for: phrase) + #" (?:source|stage|owner)s?\b"#)
                    && !made.contains { edit in forms.contains { names(edit, $0) } }
            }
        }
    }

    private func namesOtherRows(_ part: String, _ made: [Edit]) -> Bool {
        let words = part.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let phrases = Set(words + zip(words, words.dropFirst()).map { $0 + " " + $1 })
        // (A value of the target's picklist names what values become, never rows: "…, not Other"; a
        // value said without rows is a word of a reason: "the customer says it is not important".)
        let saysRows = Text.contains(part, #"\b(?:rows?|records?|contacts?|leads?|people|anyone|anybody|everyone|everybody|nobody|no one|noone|ones|entries|sign-?ups)\b"#)
        let values = !saysRows ? [] : phrases.filter { phrase in
            !Text.contains(phrase, #"^(?:rows?|records?|contacts?|leads?|people|ones|entries)$"#) && scope.header.contains { scope.sortsRows($0) && scope.values[$0]?[phrase] != nil } && !template.columnNames.contains { allowedMatch(phrase, in: $0) != nil }
        }
        // (A row beside a change of a column is an example of it: "…; row 44 has no first name and that's fine".)
        let rowRule = made.isEmpty || made.contains { switch $0 { case .dropRows, .dropRowNumber, .dropPerson: true; default: false } }
        let compared = !rowRule ? "" : part.replacingRegex(#"\b(?:as|than|like|of|with|from|to|for|beside|besides|except|not)\s+(?:row|record|line|id|#)?\s*\d+"#, with: " ")
        let numbers = compared.ranges(of: /(?i)\b(?:rows?|records?|lines?)\s+#?(\d+)|\b\d{5,}\b/).map { String(compared[$0]).replacingRegex(#"\D"#, with: "") }
        let targets = made.compactMap(\.target)
        // ("…, and the lifecycle stage 'lead' rows can go": rows said by a column that sorts them, beside no row rule.)
        if saysRows, !rowRule, Text.contains(part, #"\b(?:rows|records|ones|entries|leads)\b"#), scope.header.contains(where: { header in
            scope.sortsRows(header) && !scope.mappedFrom.values.contains(header) && Text.contains(part, #"\b"# + NSRegularExpression.escapedPattern(for: header) + #"\b"#)
        }) {
            return true
        }
        return (values + numbers).contains { said in !made.contains { names($0, said) } && !mentioned(said).contains(where: targets.contains) }
    }

    /// "Swap the requirements around please: phone becomes required …", "About the phone being required:
    /// it doesn't need to be filled in": the request after a lead-in before a colon, when the lead-in
    /// names no column but those the request changes (and "it" there is the one it names).
    private func ledIn(_ instruction: String) -> [Edit]? {
        guard let g = Text.match(instruction, #"\s*([^:'"\d]{3,60}?)\s*:\s+(.+)"#), !Text.contains(g[0], Self.imperative), g[0].split(separator: " ").count <= 8,
            !Text.contains(g[0], #"^(?:expect\w*|actual\w*|verify|check|note|nb|fyi|question|q|reason|why|because|given|when|then|result|output|before|after|currently|ac)\b"#),
            // ("not that, the other column: …" corrects the last change; it is no lead-in.)
            // (Nor a check of what holds: "I'd like to double-check one thing rather than change it: …".)
            !Text.contains(g[0], #"\b(?:not|wrong|instead|sorry|meant|mean|other|oops|undo|back|check\w*|double-check\w*|verify\w*|confirm\w*)\b"#),
            scope.target(g[0]) == nil, scope.source(g[0]) == nil
        else { return nil }
        let named = mentioned(g[0])
        let rest = named.count == 1 ? Self.replacingPronouns(in: g[1], with: named[0]) : g[1]
        guard rest != instruction, case .success(.edits(let edits)) = parse(rest), !edits.isEmpty, Set(named).isSubset(of: Set(edits.compactMap(\.target))) else { return nil }
        return edits
    }

    static func normalise(_ text: String) -> String { Clauses.clean(text) }

    /// Two parts of one message that set one setting of one column to different values ("format
    /// phones for France and Germany"): which one is meant is not guessed.
    static func conflict(in edits: [Edit]) -> String? {
        var seen: [String: (Edit, String)] = [:]
        for edit in edits {
            let setting: (key: String, value: String, phrase: String)? = switch edit {
            case .phone(let target, let region): ("region \(target)", region, "default region for \(target)")
            case .phoneRegionColumn(let target, let column, let fallback): ("region \(target)", column + fallback, "default region for \(target)")
            case .date(let target, let dayFirst, let keepTime): ("date \(target)", "\(String(describing: dayFirst)) \(String(describing: keepTime))", "date reading for \(target)")
            case .letterCase(let targets, let transform) where targets.count == 1: ("case \(targets[0])", "\(String(describing: transform))", "letter case for \(targets[0])")
            case .defaultValue(let target, let value): ("default \(target)", value, "value for an empty \(target)")
            case .picklistDefault(let target, let value): ("fallback \(target)", value, "value for other \(target) values")
            case .required(let target, let value): ("required \(target)", "\(value)", "requirement for \(target)")
            case .unique(let target, let value): ("unique \(target)", "\(value)", "uniqueness of \(target)")
            default: nil
            }
            guard let setting else { continue }
            if let (_, value) = seen[setting.key], value != setting.value {
                return "it asks for two different \(setting.phrase); say which one"
            }
            seen[setting.key] = (edit, setting.value)
        }
        return nil
    }

    /// One clause, or, when it does not parse whole, clauses joined by `and`, `,`, `also`...: every
    /// part must parse, so nothing is silently left out.
    func sequence(_ text: String, depth: Int) -> Result<[Edit], Failure> {
        memo.sequence(text, depth) { sequenceOnce(text, depth: depth) }
    }

    private func sequenceOnce(_ text: String, depth: Int) -> Result<[Edit], Failure> {
        // "For lead source, "Paid Search" is obviously Advertising": the column the rest is about, named first.
        if depth < 4, text.contains(","), let g = Text.match(text, #"(?:for|as for|regarding|about|on|in) (?:the )?([^,:'"]{2,40}?)(?: column| field)?,\s*(.+)"#), let topic = scope.target(g[0]),
            case .success(let edits) = sequence(Clauses.clean(g[1]), depth: depth + 1), !edits.isEmpty, edits.allSatisfy({ $0.target == topic })
        {
            return .success(edits)
        }
        let whole = clause(text)
        if case .success(let edits) = whole {
            // A whole parse can swallow a further instruction ("phones are German, email doesn't
            // need to be unique"): a cut whose two sides both parse, and reach more columns, wins.
            guard depth < 4 else { return whole }
            let reached = Set(edits.compactMap(\.target))
            for (left, right) in Clauses.cuts(text) {
                // (Or it reads one value list where the cut reads two changes: "chat counts as web and
                // the webinar ones are events".)
                // (Or the whole reading passed over words that carry a change of their own: "the dates are
                // day first and delete 1000907" — the cut reads all the whole did, and more.)
                // (Never a cut whose parts contradict each other: "these are british numbers, normalise to E.164" is one region.)
                guard case .success(let first) = clause(left), case .success(let rest) = sequence(right, depth: depth + 1), Self.conflict(in: first + rest) == nil,
                    Set((first + rest).compactMap(\.target)).isStrictSuperset(of: reached)
                        || edits.allSatisfy(first.contains) && rest.contains(where: { !edits.contains($0) && $0.kind != edits.last?.kind })
                        // ("make the phone compulsory and read the numbers as Indian ones": the whole read one of the two.)
                        || edits.allSatisfy((first + rest).contains) && (first + rest).contains(where: { edit in !edits.contains { $0.kind == edit.kind } })
                        || first + rest != edits && edits.allSatisfy(first.contains) && !rest.isEmpty && rest.allSatisfy({ !edits.contains($0) && $0.kind == edits.last?.kind })
                else { continue }
                return .success(first + rest)
            }
            // A whole reading that is only its first part's, passing over a part with something of its
            // own ("when the company is blank, use the Company Domain, and rows owned by Dev Ops are
            // out"): that part is asked about, never left out.
            for (left, right) in Clauses.cuts(text) {
                guard case .success(let first) = clause(left), first == edits, case .failure(let failure) = sequence(right, depth: depth + 1) else { continue }
                // ("make phone optional, and keep phone as it is": what is said to stay, and the change alters it.)
                if let broken = keptButChanged(right, beside: edits, change: left) { return .failure(broken) }
                guard !passesOver(right, edits) else { continue }
                return .failure(failure)
            }
            return whole
        }
        guard depth < 4 else { return whole }
        if depth == 0, let stated = valuesStatedAs(text, depth: depth) { return .success(stated) }
        // "Remove the requirement on created_date only": the one column the change is about, said again.
        for only in text.ranges(of: /(?i)\s+only\b/) {
            let named = text[..<only.lowerBound].split(separator: " ")
            guard case .success(let edits) = sequence(text.replacingCharacters(in: only, with: ""), depth: depth + 1), !edits.isEmpty,
                edits.allSatisfy(\.limitedByScope), Set(edits.compactMap(\.target)).count == 1, let target = edits.first?.target,
                (1...3).contains(where: { count in scope.target(named.suffix(count).joined(separator: " ")) == target })
            else { continue }
            return .success(edits)
        }
        // "Notes: don't import", "notes: take them from Lifecycle Stage": the topic first.
        if let topic = Text.match(text, #"([^:]{2,40}?)(?::| [-–—])\s*(.+)"#), scope.target(topic[0]) != nil || scope.source(topic[0]) != nil {
            // "notes: if blank, fall back to …": the condition is on the topic column.
            let rest = Paraphrases.rewrite(Self.replacingPronouns(in: topic[1], with: topic[0]))
                .replacingRegex(#"^(if|when|where) (empty|blank|missing|not set)\b"#, with: "$1 " + topic[0] + " is $2")
            // "Contact Owner: first word -> notes": the part of the topic column.
            let part = rest.replacingRegex(#"^(?:only |just )?(?:the )?(first|last) (word|part)\b"#, with: "the $1 $2 of " + topic[0])
            for candidate in [rest, rest + " " + topic[0], rest + " into " + topic[0], part, part + " into " + topic[0], rest + " to " + topic[0], topic[0] + " = " + rest, Paraphrases.rewrite(rest + " for " + topic[0])] where rest != topic[1] || candidate != rest {
                if case .success(let edits) = sequence(candidate, depth: depth + 1) { return .success(edits) }
            }
            // "last names: no lower case, just strip the spaces": each part is about the topic.
            for (left, right) in Clauses.cuts(topic[1]) {
                if let first = aboutTopic(left, topic[0], depth: depth), let rest = aboutTopic(right, topic[0], depth: depth) { return .success(first + rest) }
            }
        }
        // "Legal hasn't cleared the comments yet, so skip Notes": a statement that asks for nothing
        // (no part of it parses), then the request it gives the reason for.
        // ("our contacts are in England, so read the phones as UK ones": a region the request itself sets.)
        // (A statement holding a request of its own, "…, so X should be required, and …", is no statement.)
        // ("Contacts without a phone number [are no use to the call centre], so could we drop …": the rows the reason is about.)
        for (left, right) in Clauses.reasonCuts(text) where Self.hasVerb(left) || Self.isStatement(left) || Text.contains(left, #"^(?:the |all |any )?(?:contacts?|rows?|records?|leads?|people|ones|entries) (?:without|with no|missing|lacking) "#) {
            // ("Our ERP expects company names in upper case, so could we upper-case the Company column": the
            // statement says the request again.)
            let said: [Edit]? = if case .success(let edits) = sequence(left, depth: depth + 1) { edits } else { nil }
            guard !Text.contains(left, Self.imperative),
            !Text.contains(left, #"(?:^|\s)['"`][^'"`]+['"`](?:\s|$)"#), (said ?? []).isEmpty ? !holdsRequest(left, depth: depth) : true,
            let rest = afterRemark(left, right, depth: depth), said?.allSatisfy(rest.contains) ?? true, !namesOtherRows(left, rest),
            // ("our old system was set up in the UK, so the dates are day/month/year": the place explains the date order.)
            Region.mentions(in: left).allSatisfy({ mention in rest.contains { if case .phone(_, mention.region.code) = $0 { true } else { false } } })
                || rest.allSatisfy({ if case .date = $0 { true } else { false } })
            else { continue }
            return .success(rest)
        }
        for (left, right) in Clauses.cuts(text) {
            guard case .success(let first) = clause(left) else {
                // "everything except notes keeps its mapping, notes should not be imported": what stays, then the change.
                if case .success(let rest) = sequence(right, depth: depth + 1), keepsAsSaid(left, beside: rest) || saysBroken(left, mendedBy: rest) { return .success(rest) }
                // "lower-case and trim the emails": two verbs sharing the column named last.
                if left.split(separator: " ").count <= 2, case .success(let rest) = clause(right), let subject = rest.last?.target,
                    case .success(let first) = clause(left + " " + subject)
                {
                    return .success(first + rest)
                }
                // "we need the first name, bring back First Name into first_name": the wish, then the request about that column.
                if let wished = wishedColumn(left), case .success(let rest) = sequence(right, depth: depth + 1),
                    rest.contains(where: { edit in mentioned(right).contains { $0 == edit.target } && (scope.target(wished) == edit.target || scope.source(wished) != nil && Text.contains(right, #"\b"# + NSRegularExpression.escapedPattern(for: wished) + #"\b"#)) })
                {
                    return .success(rest)
                }
                // "hmm caps look shouty, proper case for the last names": how the letters look, then the change.
                if Self.saysLettersLook(left), case .success(let rest) = sequence(right, depth: depth + 1), isAside(left, rest) {
                    return .success(rest)
                }
                // "can we shout the company names, all caps": the case named after the one column the part is about.
                if Text.contains(right, #"^(?:in )?(?:all caps|all capitals|block capitals|capitals|caps|upper[- ]?case|lower[- ]?case|small letters|title[- ]?case|proper[- ]?case)$|^(?:upper|lower|title)-case all$"#),
                    mentioned(left).count == 1, case .success(let edits) = clause(right.replacingRegex(#" all$"#, with: "") + " for " + mentioned(left)[0]),
                    edits.allSatisfy({ if case .letterCase = $0 { true } else { false } })
                {
                    return .success(edits)
                }
                // "record 1000985 is a test entry, don't migrate it": a remark, then the instruction.
                // "I'm not sure whether the Chat leads are worth keeping, but let's drop them": the doubt is about the rows the request names.
                if let doubt = Text.firstMatch(left, #"^(?:i'm|i am|we're|we are)(?: also| still)? (?:not (?:sure|certain|convinced)|unsure|undecided|on the fence)(?: (?:whether|if|that|about))? (.+)$"#),
                    let rest = afterRemark(doubt, right, depth: depth)
                {
                    return .success(rest)
                }
                if !Text.contains(left, Self.imperative), isRemark(left) || Self.isStrongReason(left) || Self.isTopic(left) {
                    // ("the CRM needs a domain, so company_domain should be required, and …": a reason with its request.)
                    if case .success(let first) = sequence(left, depth: depth + 1), !first.isEmpty {
                        if case .success(let rest) = sequence(right, depth: depth + 1) { return .success(first + rest) }
                        // ("Two contacts shouldn't share a company domain, can you enforce uniqueness on it?": the request leans on it.)
                        if let rest = afterRemark(left, right, depth: depth) { return .success(first + rest.filter { !first.contains($0) }) }
                        continue
                    }
                    // (Never a statement naming rows the request does not: "…, and rows owned by Dev Ops are out, add …".)
                    if let rest = afterRemark(left, right, depth: depth), !namesOtherRows(left, rest) { return .success(rest) }
                }
                // "row 28 has a blank lead source, we can't attribute rows like that, drop them": one row shown as an
                // example of the rows that lack a column; a plural reference means every such row ("drop it" is the row).
                if let lacked = Text.firstMatch(left, #"^(?:the )?(?:row|record|line|entry) #?\d+(?: \([^()]*\))? (?:has no|has a blank|has an empty|has a missing|is missing|lacks|is without|doesn't have|does not have|has nothing in)(?: an?| the| any| its)? (.+?)$"#),
                    scope.target(lacked) != nil,
                    Text.contains(right, #"\b(?:them|those|these|such rows|rows like (?:that|it|this|these|those)|(?:all )?(?:the )?others like (?:it|that|this)|any like (?:that|it|this)|all of them)\b"#),
                    Text.contains(right, #"\b(?:drop|remove|delete|exclude|skip|get rid of|leave out|filter out|don't import|do not import|shouldn't be imported|should not be imported|can't go in|bin|toss)\b"#),
                    !Text.contains(right, #"\b(?:also|and then|plus|as well)\b|\band (?:make|map|set|trim|upper|lower|put|use|fill|default|treat|read)\b"#),
                    case .success(let edits) = sequence("drop rows without \(lacked)", depth: depth + 1)
                {
                    return .success(edits)
                }
                // "the row number 36 is duplicate, delete it": the pronoun stands for what the first part is about.
                // ("Row 60, please remove it": rows named alone before a request about them.)
                let rows = Text.match(left, #"((?:the )?(?:rows?|records?) \d+(?:(?:\s*,\s*|\s*,?\s*(?:and|&)\s*)\d+)*)"#)?.first
                // ("Row 42 has no company at all, just delete that row": "that row" stands for rows only.)
                let rowWords = #"\b(?:that|this|those|these) (?:rows?|records?|lines?|entries|entry)\b"#
                // (Never past a condition on the pronoun itself: "company is required, if it's missing, take it from …" is no plain "take it".)
                if Text.contains(right, #"\b(?:it|them|they|those|these|her|him|both|all of them)\b"#) || Text.contains(right, rowWords),
                    !Text.contains(left, #"\b(?:if|when|whenever|where|in case|unless) (?:it|they|it's|they're|its)\b"#),
                    let subject = about(left) ?? (Text.contains(right, Self.imperative) || Text.contains(right, #"^(?:can|could|would) (?:you|we)\b"#) ? rows : nil),
                    case .success(let edits) = sequence(Self.replacingPronouns(in: Text.contains(subject, #"^(?:the )?(?:rows?|records?|lines?) \d"#) ? right.replacingRegex(rowWords, with: subject) : right, with: subject), depth: depth + 1)
                {
                    return .success(edits)
                }
                // "reps can't work a lead without a first name, make it required": the pronoun of a rule
                // stands for the column the rows are said to lack.
                if Text.contains(right, #"\b(?:it|that|that field|that column|this field|this column)\b"#),
                    let lacked = Text.firstMatch(left, #"\b(?:without|with no|missing|lacking|lacks?|has no|have no) (?:a |an |the |any |their |its )?(.+?)(?=$|\s+(?:is|are|was|were|so|and|but|because|since)\b)"#),
                    let column = scope.target(lacked),
                    case .success(let edits) = sequence(Self.replacingPronouns(in: right, with: lacked).replacingRegex(#"\b(?:that|this) (?:field|column)\b|\bthat\b"#, with: lacked), depth: depth + 1),
                    !edits.isEmpty, edits.allSatisfy({ $0.kind == "required" && $0.target == column })
                {
                    return .success(edits)
                }
                // "the rest of the First Name after the first word, put that in notes": a part of a column named, then the request.
                if Text.contains(left, #"^(?:the )?(?:rest|remainder|first word|last word|first part|last part|everything (?:after|before)|whatever (?:follows|comes after))\b.*\b(?:of|in)\b"#), !Self.hasVerb(left),
                    Text.contains(right, #"\b(?:that|this|it)\b"#),
                    case .success(let edits) = sequence(right.replacingRegex(#"\b(?:that|this|it)\b"#, with: left), depth: depth + 1)
                {
                    return .success(edits)
                }
                continue
            }
            if case .success(let rest) = sequence(right, depth: depth + 1) {
                // ("these are british numbers, normalise to E.164 accordingly": the format said again, without its region.)
                return .success(Self.conflict(in: first + rest) != nil && Self.restates(first, right) ? first : first + rest)
            }
            if Self.restates(first, right) { return .success(first) }
            if let rest = elided(right, after: left, made: first, depth: depth) { return .success(first + rest) }
            // "upper case for the first name, the same is to be done for the last name": the part before, again.
            if case .success(let rest)? = repeating(first, right, inMessage: true) { return .success(first + rest) }
            if let rest = leftOver(right, after: first) { return .success(first + rest) }
            if let rest = filledWhenEmpty(right, after: first, depth: depth) { return .success(first + rest) }
            // "…and trim it", "…, title-cased": the part refers back to the column just named.
            if let subject = first.last?.target {
                let resolved = Self.replacingPronouns(in: right, with: subject).replacingRegex(Self.theColumn, with: subject)
                // (A part that names its own column, "last names must be", never takes the column before as its object.)
                for candidate in [resolved, mentioned(right).isEmpty ? resolved + " " + subject : resolved] where candidate != right {
                    if case .success(let rest) = sequence(candidate, depth: depth + 1) { return .success(first + rest + Self.carried(first, of: subject, into: rest)) }
                }
            }
            // "…, the sales team wants it": a reason, not an instruction.
            // (A part without a verb, "the flibbertigibbet ones", is an item that cannot be placed, not a reason.)
            // (Never a wish to change something: "…, and we decided to blorp" asks.)
            // (Nor the rest of a list the cut went through: "drop rows 40 and | 47 are junk".)
            // (Nor a part naming rows the change does not name: "…, and rows owned by Dev Ops are out" is only set
            // aside when it says the change again.)
            if let broken = keptButChanged(right, beside: first, change: left) { return .failure(broken) }
            if canSetAside(right, beside: first) { return .success(first) }
        }
        // "Email should be optional: rows without an e-mail address are fine as they are": a request,
        // then after a colon why, or what it means.
        // (A few words are no explanation: "Default phone region: is" is a request cut short.)
        if let colon = text.range(of: #":\s+"#, options: .regularExpression), case let right = Clauses.clean(String(text[colon.upperBound...])),
            right.split(separator: " ").count >= 3,
            case .success(let first) = clause(Clauses.clean(String(text[..<colon.lowerBound]))), !first.isEmpty,
            case .failure = sequence(right, depth: depth + 1), canSetAside(right, beside: first)
        {
            return .success(first)
        }
        return depth == 0 ? runOn(text, depth: depth) ?? whole : whole
    }

    /// Whether a part beside a change may be set aside: it says the change again, why
    /// it is wanted, or what to expect, and names no other rows or values ("…, the sales team wants it").
    private func canSetAside(_ right: String, beside first: [Edit]) -> Bool {
        let saysAgain = justifies(right, first) || isExample(right, of: first) || !first.isEmpty && Self.isExpectation(right) || Text.contains(right, Clauses.restatedRequest)
            || keepsAsSaid(right, beside: first)
        return !Text.contains(right, #"^\d"#) && (!Self.saysRowCondition(right) || saysAgain)
            && (saysAgain
                || (Self.isReason(right) && mentioned(right).isEmpty && Self.hasVerb(right) && !Self.isWish(right) || isComment(right)
                    || asksNothing(right) && Self.hasVerb(right) || isAside(right, first)) && !namesOtherRows(right, first) && !namesOtherValues(right, first))
    }

    /// A run-on sentence as dictation writes it, without a mark between its parts: the request, then
    /// why ("dont import the record id the new system makes its own"); or the column, then what to do
    /// with it ("first names just ignore them for now").
    private func runOn(_ text: String, depth: Int) -> Result<[Edit], Failure>? {
        // (Only a text without marks, as dictation writes it: a text with commas is cut at them.)
        let words = text.split(separator: " ").map(String.init)
        guard (4...24).contains(words.count), !text.contains(where: { ",;:.?!".contains($0) }) else { return nil }
        for cut in 1..<words.count {
            let left = words[..<cut].joined(separator: " "), right = words[cut...].joined(separator: " ")
            // (The column by its own name, and then a request: "the client says record …, drop it" names no column first.)
            // ("company domain …": the whole name, though its first word names another column.)
            if cut <= 3, let topic = scope.target(left),
                namedExactly(left.replacingRegex(#"s$"#, with: "")) == [topic] || namedExactly(left) == [topic] || [Text.key(topic), scope.mappedFrom[topic].map(Text.key)].contains(Text.key(left)),
                !Self.hasVerb(left), Text.contains(right, #"^(?:(?:just|please|so|then|and)\s+)*(?:(?:we're|we are) not|ignore|skip|drop|remove|exclude|lose|ditch|bin|get rid of|leave|trim|strip|don't|do not|dont|stop|lower-case|upper-case|title-case|bring|put|take|keep|map|use)\b"#),
                Text.contains(right, #"\b(?:it|them|that|those|these)\b"#),
                case .success(let edits) = sequence(Clauses.clean(Self.replacingPronouns(in: right, with: left).replacingRegex(#"\bthat\b"#, with: left)), depth: depth + 1),
                !edits.isEmpty, edits.allSatisfy({ $0.target == topic })
            {
                return .success(edits)
            }
            // "the ones with no lead source drop those": the rows, then the verb that takes them.
            if let verb = Text.firstMatch(right, #"^(?:just |please )?(drop|remove|delete|exclude|skip|lose|ditch|get rid of|leave out) (?:those|them|these|it)(?: ones| rows| too| please)?$"#),
                Text.contains(left, #"^(?:the |all |any )?(?:ones|rows|records|contacts|leads|entries)\b"#),
                case .success(let edits) = sequence(verb + " " + left.replacingRegex(#"\bones\b"#, with: "rows"), depth: depth + 1), !edits.isEmpty
            {
                return .success(edits)
            }
            // (A left part that ends on a verb or a small word was cut inside a phrase: "…, remove | that uniqueness".)
            guard !Text.contains(left, #"\b(?:remove|drop|delete|skip|exclude|ignore|trim|strip|map|put|take|make|set|keep|use|leave|undo|revert|get rid of|to|from|into|in|on|of|for|with|by|and|or|but|the|a|an|is|are|be|not|no)$"#),
                case .success(let first) = sequence(left, depth: depth + 1), !first.isEmpty
            else { continue }
            // "trade show is event newsletter is email": two value maps said one after the other.
            if first.allSatisfy({ $0.kind == "picklistMap" }), Text.contains(right, #"\b(?:is|are|to|=|becomes|counts as)\b"#),
                case .success(let rest) = sequence(right, depth: depth + 1), !rest.isEmpty, rest.allSatisfy({ $0.kind == "picklistMap" })
            {
                return .success(first + rest)
            }
            // "bring the first name back map first name to first underscore name", "skip the notes make first
            // name required": a request, then another or the same said again, without a mark between.
            if Text.contains(right, #"^(?:(?:so|please|and|then|also|like|okay|ok)\s+)*(?:make|map|put|bring|take|use|drop|remove|skip|exclude|ignore|don't|do not|dont|trim|lower-case|upper-case|title-case|set|fill|keep|turn|switch|leave|undo|go back|(?:the )?[\w ]{2,30}? (?:column|field) (?:goes|should|must|needs|has to))\b"#),
                case .success(let rest) = sequence(Clauses.clean(right), depth: depth + 1), !rest.isEmpty
            {
                return .success(first + rest.filter { !first.contains($0) })
            }
            guard Text.contains(right, #"^(?:they|they're|it|it's|the|we|we're|i|i'm|this|that|these|those|our|their|he|she|nobody|no one|everyone|no two)\b"#) else { continue }
            if asksNothing(right) && Self.hasVerb(right) || justifies(right, first) || isComment(right) || Self.restates(first, right) { return .success(first) }
        }
        return nil
    }

    /// Whether a statement holds a request of its own in one of its parts ("…, so company_domain
    /// should be required, and their dedupe works on surnames"): then it is no mere reason.
    private func holdsRequest(_ statement: String, depth: Int) -> Bool {
        let parts = Clauses.cuts(statement).flatMap { [$0.0, $0.1] } + Clauses.reasonCuts(statement).map(\.1)
        return parts.contains { part in
            if case .success(let edits) = clause(part), !edits.isEmpty { true } else { false }
        }
    }

    /// Whether a part that did not parse says, once its belief and its reason are set aside, only
    /// changes other parts of the message make ("I don't think the client wants phone numbers in the
    /// new system, for privacy reasons" beside "stop importing the Phone column").
    private func restatesChange(_ part: String, _ made: [Edit]) -> Bool {
        guard !made.isEmpty else { return false }
        let plain = Clauses.clean(part)
            .replacingRegex(#"^(?:i|we) (?:don't|do not) (?:think|believe|expect|suppose) (?:that )?(.+?) (?:wants?|needs?|uses?) "#, with: "$1 doesn't want ")
            .replacingRegex(#"^(?:i|we) (?:think|believe|suppose|guess|feel|reckon|know|understand) (?:that )?"#, with: "")
            .replacingRegex(#",? (?:for|because of) (?:\w+ )?(?:reasons?|purposes)$"#, with: "")
            .replacingRegex(#"\s+in the (?:new|target|other) (?:system|crm|tool)\b"#, with: "")
        guard plain != Clauses.clean(part), case .success(let edits) = sequence(plain, depth: 1), !edits.isEmpty else { return false }
        return edits.allSatisfy(made.contains)
    }

    /// One part of what follows a topic ("last names: …"), read with the topic as its column.
    private func aboutTopic(_ part: String, _ topic: String, depth: Int) -> [Edit]? {
        let rest = Paraphrases.rewrite(Self.replacingPronouns(in: part, with: topic))
        let column = scope.target(topic)
        for candidate in [rest + " " + topic, rest + " for " + topic, rest + " from " + topic, rest + " into " + topic] {
            if case .success(let edits) = sequence(candidate, depth: depth + 1), edits.allSatisfy({ column == nil || $0.target == nil || $0.target == column }) { return edits }
        }
        return nil
    }

    /// "strip the blanks around First Name and put it in notes": the column the pronoun names is
    /// the trimmed or re-cased value, so a column it is put into gets the same letters and spaces.
    static func carried(_ first: [Edit], of subject: String, into rest: [Edit]) -> [Edit] {
        rest.flatMap { edit -> [Edit] in
            guard case .map(let target, _) = edit, target != subject else { return [] }
            return first.compactMap { made -> Edit? in
                switch made {
                case .trim(let targets) where targets.contains(subject): .trim(targets: [target])
                case .letterCase(let targets, let transform) where targets.contains(subject): .letterCase(targets: [target], transform: transform)
                default: nil
                }
            }
        }
    }

    /// "the column", "that field": the column a message has just named.
    static let theColumn = #"\b(?:the|that|this|said|same) (?:column|field|col)\b"#

    /// Replaces `it`/`them`/`they` with the column they stand for.
    static func replacingPronouns(in text: String, with subject: String) -> String {
        text.replacingRegex(#"\b(?:(?:those|these|the) (?:two|three|four|five|six|\d+)(?: rows| records| ones| entries| contacts)?|both of them|all of them|it|them|they|those|these|her|him|that column|this column|that field|this field|both|them all)\b|(?<=\bmake )that\b"#, with: subject)
    }

    /// Whether a trailing part reads as a reason or a remark rather than an instruction.
    static func isReason(_ text: String) -> Bool {
        // ("…, sorry, I meant row 6": a correction of the request, never a reason for it.)
        !Text.contains(text, #"\b(?:meant|mean)\b"#) && Text.contains(text, #"^(?:[\w-]+(?: [\w-]+)? (?:want|wants|need|needs|like|likes|prefer|prefers|asked|asks|only look|look|looks|read|reads|use|uses)\b|the|they|they're|it|it's|its|we|we're|our|that|that's|this|these|those|there|he|she|i|i'm|you|nobody|no one|everyone|most|all of them|which|shared|mostly|since|because|as|so|otherwise|marketing|sales|support)\b"#)
    }

    /// "we decided to …", "they want us to …": a change someone wants, never a reason.
    static func isWish(_ text: String) -> Bool {
        Text.contains(text, #"\b(?:decided|agreed|want|wants|need|needs|would like|'d like|asked(?: us| you)?|prefer|prefers|rather)\b(?: us| you)? to "# + Clauses.changeVerb + #"\b"#)
    }

    /// A topic given by examples before the instruction about it ("for double first names like Mary Ann, …").
    static func isTopic(_ text: String) -> Bool {
        Text.contains(text, #"^(?:for|with|on|about|regarding|as for|as to) [^,]{2,60}? (?:like|such as|e\.g\.?) \S"#)
    }

    /// A part that starts as a request does.
    static let imperative = #"^(?:please )?(?:make|set|skip|drop|remove|trim|map|put|fill|leave|exclude|use|treat|count|default|mark|keep|split|combine|append|don't|do not|strip|lower|upper|title|capitali[sz]e|undo|revert|delete|add|take|import|convert|format|normali[sz]e|change|move|copy)\b"#

    /// Whether a part says something (has a verb) rather than only naming something.
    static func hasVerb(_ text: String) -> Bool {
        Text.contains(text, #"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|must|may|might|wants?|needs?|likes?|uses?|used|came|comes?|go|goes|went|gets?|got|makes?|made|says?|said|knows?|thinks?|asks?|breaks?|works?|shows?|expects?|requires?|rejects?|accepts?|keys|runs?|relies|depends|syncs?|dedupes?|deduplicates?|validates?|considers|matters|treats|calls|sees|sends|holds|contains|means|belongs|lives|sits|takes|gives|keeps|puts|files|prefers|hates|loves|lists|tracks|stores|handles|owns|manages|covers|pulls|matches|links|checks|reviews|finds|find|feeds|lets|helps|tries|writes|reads|looks|seems|happens|stays|remains|plans|insists|realises|realizes|understands|believes|assumes|\w{3,}ed)\b|'s\b|'re\b|'ll\b|'ve\b|'d\b|n't\b|^(?:i|we|you|they|he|she|it)\s"#)
    }

    /// Whether a part is a subject, a present-tense verb and its object ("the new CRM refuses
    /// contacts without …", "Dev Ops owns the test records"), where `hasVerb` knows no such verb.
    static func isStatement(_ text: String) -> Bool {
        Text.contains(text, #"^(?:the |our |their |my |this |that |these |those )?[\w-]+(?: [\w-]+){0,2} (?!(?:is|as|was|has|this|its|us|yes|plus|less|unless|always|across|process|address|business|status|access|class|news|series)\b)[a-z]{3,}s (?:its|it|our|their|the|a|an|them|us|me|his|her|contacts?|people|everyone|everybody|every|any|all|no|leads?)\b"#)
    }

    /// A remark that is never an instruction, whatever it names.
    static func isStrongReason(_ text: String) -> Bool {
        // (Only what the opening covers: "the dates are from the UK office so day first" goes on to a request.)
        if let after = Text.firstMatch(text, #"(?:,|;|\bso\s+(?!far\b|much\b|many\b))([\s\S]*)"#), Text.contains(after, instructionWords) {
            return false
        }
        return Text.contains(text, #"^(?:since|because|as|so that|otherwise|lol|honestly|expect(?:ed|ation)?(?:\s*:|\s+(?:rows?|results?|output|values?|that|\d|['"])|\s+[\w ]+? (?:to (?:fail|pass|be dropped|be kept|stay|become)|becomes?|->))|verify\s+['"\d]|(?:eg|ie|for (?:example|instance))\b,?\s*['"\d]|(?:the )?(?:it'?s |that'?s |it is |that is )?(?:handy|useful|helpful|needed|nice|easier|simpler)(?: (?:for|when)\b|$)|(?:the )?[\w-]+(?: [\w-]+)? (?:said|says|told us|mentioned|confirmed|changed (?:their|his|her|my|our) minds?|thinks?|reckons?|insists?|insisted|demands?|requires it|asked for (?:it|this|that)|wants? it(?: that way)?)\b|(?:it|they|this|that) (?:is|are|was|were|isn't|aren't) (?:not |n't )?(?:correct|right|reliable|accurate|trustworthy|valid|clean|good|complete|useful|needed|wrong|broken|junk|outdated|stale)\b|(?:almost |nearly )?(?:all|most|some|many) of (?:our|the|them|these|those)\b|the (?:team|system|crm|dialer|tool|app|office|widget|chat widget|mail merge|database)\b|the [\w-]+ [\w-]+ (?:lives|sits|runs|belongs|comes|came|went)\b|(?:we|i)(?:'d| would)? (?:like|want|need) to keep track of\b|keep track of\b|i (?:got|had|put|set|made|typed|mixed) (?:the |that |it |this |them )?(?:\w+ )?(?:wrong|backwards|the wrong way round|mixed up|up)\b|(?:we|they|i) (?:don't|do not) want (?:any )?[\w' ]+ (?:in|on|inside) (?:the |our )?(?:crm|system|new system|target|import|load)\b|(?:the |these |those )?(?:two |three |\d+ )?[\w' ]+ (?:contacts|rows|records|leads|ones|entries) (?:are|were) (?:duplicates|dupes|copies|tests?|junk) (?:from|of|in)\b|weird,? i know|i know it's weird|it's for a test|(?:actually,? |oops,? |oh,? |ah,? )?(?:(?:we|i) )?(?:do|really|still|definitely) need (?:the |those |these )?[\w ]+?(?: after all)?$|better than nothing|good enough|if that's (?:ok|okay|doable|possible|fine)|(?:those|these) (?:are|were) (?:all )?(?:test|junk|old|fake|internal|spam|duplicates?|dupes?|ours|from)\b|they (?:all )?(?:came|come|went)\b|that's|it's a|it's one of|it's the (?:one|only|main|first)\b|it is one of|it's (?:ours|mine|internal|our own)|i'll|we'll|i will|we will|i've|we've|they're|they were|we're|i'm|our|some of|most of|many of|forget what i said|like i said|as i said|the (?:(?!\s[-–—]\s)[^,])* (?:team|system|crm|people|office|shop|merge|tool|software|app|dialer|printer|database|report) |the \w+ (?:all )?(?:went|came|were|was)\b)"#)
    }

    // MARK: - History

    /// "same for company", "and the last name too": the last change, made to another column.
    private func repeatingTheLastChange(_ instruction: String) -> Result<[Edit], Failure>? {
        repeating(previous, instruction)
    }

    /// "actually make that Event", "no, the other way, capitals": the last change again, with another
    /// value for what it set (a value mapped, a letter case).
    private func revalued(_ made: [Edit], _ text: String) -> [Edit]? {
        guard let last = made.last,
            let g = Text.match(text, #"(?:(?:actually|no|sorry|oops|wait|hmm|ok|okay)\b[\s,]*)*(?:make (?:that|it|those|them|this)(?: one)?|change (?:that|it|those|them) to|i meant|(?:it|that|they|those) should (?:all )?be|(?:the )?other way(?: round)?,?)\s*(?:an? |all |in )?['"]?([\w -]+?)['"]?(?: instead)?[.!]?"#)
        else { return nil }
        switch last {
        case .picklistMap(let target, let values, _):
            return allowedMatch(g[0], in: target).map { [.picklistMap(target: target, values: values, value: $0)] }
        case .letterCase(let targets, _):
            let word = g[0]
            let transform: Transform? = Text.contains(word, #"^(?:capitals|caps|all caps|upper ?case|uppercase|upper|block capitals|capital letters)$"#) ? .upper
                : Text.contains(word, #"^(?:lower ?case|lowercase|lower|small letters|small)$"#) ? .lower
                : Text.contains(word, #"^(?:title ?case|proper ?case|title|proper|name case|normal)$"#) ? .title : nil
            return transform.map { [.letterCase(targets: targets, transform: $0)] }
        default:
            return nil
        }
    }

    /// "bring them back", "wait no, put those rows back in": the rows the last change dropped, kept
    /// again; nil when the last change dropped none (then "put it back" is about something else).
    private func broughtBack(_ text: String) -> [Edit]? {
        let drops = previous.filter(\.dropsRows)
        guard !drops.isEmpty,
            Text.match(text, #"(?:(?:wait|no|nope|oops|whoops|nvm|never ?mind|actually|sorry|hmm|ok|okay|ah|oh)[,!.]?\s+)*(?:please\s+)?(?:bring|put|get|let|add|take) (?:it|them|those|these|him|her|that one|them all|all of them|the (?:rows?|records?|contacts?|people|person))(?: (?:rows?|records?|contacts?|ones|people|guys))? back(?: in(?:to the (?:import|file|migration|output))?)?(?: (?:please|again|after all|then|pls))?"#) != nil
        else { return nil }
        return drops.map(\.keptAgain)
    }

    /// "i meant last name not first name", "Sorry, my manager corrected me: Chat should be Email, not Web.
    /// Could we change that?": what was meant and what was wrong, in that order. A lead-in before it
    /// and a request after it that says the same again ("Could we keep 12 and drop 13 instead?") are
    /// allowed; a request that names anything else is not.
    private func meantNotWrong(_ text: String) -> (meant: String, wrong: String)? {
        guard let g = Text.match(text, #"(?:(?:no|nope|sorry|oops|whoops|wait|actually|hmm|ah|oh|oh no|oh dear|correction|my bad|i'm sorry|i am sorry)\b[\s,!.;:\-–—]*)*((?:[^.!?:]{0,80}[.!?:]\s+)?)(?:(?:i meant|i mean|sorry)[\s,]+)?(?:(?:the )?[\w ]{1,30}? (?:should be|should have been|should've been|needs to be|must be|is)|i meant|i mean|i wanted|it's|it is|it should be|make it|use|rather)\s+(?:the )?['"]?([\w' -]+?)['"]?,?\s+(?:and )?not (?:the )?['"]?([\w' -]+?)['"]?(?: instead)?(?:[.!;]\s*|\s*$)(.*)"#)
        else { return nil }
        let (lead, meant, wrong) = (g[0], g[1], g[2])
        // ("Make email unique. I meant last name, not first name": a lead-in that asks for a change is never passed over.)
        if !lead.isEmpty, case .success(let asked) = sequence(Clauses.clean(lead), depth: 1), !asked.isEmpty { return nil }
        guard !g[3].isEmpty else { return (meant, wrong) }
        // (What is left of the request once the two are taken out names no other column, value or number.)
        let words = Set((meant + " " + wrong).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        let rest = g[3].split(separator: " ").filter { !words.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }.joined(separator: " ")
        let touched = Set(previous.compactMap(\.target))
        guard !Text.contains(rest, #"\d|['"`]|\b(?:also|too|as well|plus|and then|another|other)\b"#), Set(mentioned(rest)).isSubset(of: touched), !namesValue(rest, besides: touched)
        else { return nil }
        return (meant, wrong)
    }

    /// "not that, the other column: Lifecycle Stage", "wrong column, I meant company": the last change
    /// (when it was one) taken back and made with the column named instead; nil when it cannot be.
    private func otherOne(_ text: String, said instruction: String) -> Result<Command, Failure>? {
        // (A note said beside the change, "the trimming stays as it is", is no change to take back.)
        let made = previous.filter { if case .note = $0 { false } else { true } }
        guard made.count == 1, let last = made.first else { return nil }
        let named: String
        if let g = Text.match(text, #"(?:(?:no|nope|sorry|oops|wait|actually|hmm|ah|oh)\b[\s,!.;:\-–—]*)*(?:not (?:that|this|it|the \w+)(?: one| column| field)?|(?:that's |that is )?(?:the )?wrong (?:one|column|field)|the other (?:one|column|field))(?:\s*,?\s*(?:sorry|oops|my bad))?[\s,:;.!\-–—]+(?:(?:the other (?:one|column|field)|use|take|i meant|i mean|it's|it is|(?:it )?should be|make it|rather)\b[\s,:;\-–—]*)*(?:the )?['"]?([^'"]+?)['"]?(?: instead| column| field)?[.!]?"#) {
            named = g[0]
        } else if let g = Text.match(text, #"(?:(?:no|nope|sorry|oops|wait|actually|hmm|ah|oh)\b[\s,!.;:\-–—]*)*not (?:the )?['"]?([\w' -]+?)['"]?\s*[,;:.!\-–—]+\s*(?:(?:sorry|oops)\b[\s,!.]*)?(?:(?:i meant|i mean|it's|it is|use|rather)\b[\s,:]*)?(?:the )?['"]?((?:[\w-]+ ?){1,4}?)['"]?(?: instead)?[.!]?"#),
            names(last, g[0])
        {
            // "oops not row 40, row 41": what was wrong, then what was meant, said of the last change.
            named = g[1]
        } else if let (meant, wrong) = meantNotWrong(text), names(last, wrong), !names(last, meant) {
            // "oh wait i meant last name not first name", "correction: region should be GB not DE": what was
            // meant, then what was wrong, said of the last change.
            named = meant
        } else if let g = Text.match(instruction.trimmingCharacters(in: .whitespaces), #"(?:no|nope|sorry|oops|whoops|wait)[,!.]*\s+(?:(?:no|sorry|wait)[,!.]*\s+)?(?:i meant |i mean )?(?:the )?['"]?((?:[\w'-]+ ?){1,3}?)['"]?[.!]?"#) {
            // "no, row 41", "sorry, email": only what was meant, of the same kind as the last change.
            named = g[0]
        } else {
            return nil
        }
        switch last {
        case .map(let target, .column(let old)):
            let source = scope.source(named).flatMap { $0 == old ? nil : $0 }
            let other = scope.target(named).flatMap { $0 == target ? nil : $0 }
            switch (source, other) {
            case (let source?, nil): return .success(.edits([.map(target: target, source: .column(source))]))
            case (nil, let other?): return .success(.undoThen(1, [.map(target: other, source: .column(old))]))
            // ("company" after "map Contact Owner to notes" names a source and a column: which part is wrong is asked.)
            case (let source?, let other?):
                return .failure(Failure(reason: "\"\(named)\" names a source column and a \(template.name) column; say which part was wrong",
                    readings: ["Map \(source) to \(target)", "Undo that and map \(old) to \(other)"]))
            case (nil, nil): return nil
            }
        case .picklistMap(let target, let values, _):
            return allowedMatch(named, in: target).map { .success(.edits([.picklistMap(target: target, values: values, value: $0)])) }
        case .phone(let target, let old):
            let regions = Set(Region.mentions(in: named).map(\.region.code))
            guard regions.count == 1, let region = regions.first, region != old else { return nil }
            return .success(.edits([.phone(target: target, region: region)]))
        case .dropRows(let condition) where condition.when == .equals && condition.inSource == true:
            // "drop the Chat rows" → "no, webinar": another value of the same column.
            let value = Text.unquote(named).lowercased()
            guard value != condition.value, scope.values[condition.column]?[value] != nil else { return nil }
            return .success(.undoThen(1, [.dropRows(RowCondition(column: condition.column, when: .equals, value: value, inSource: true))]))
        case .dropRowNumber(let old):
            guard let g = Text.match(named, #"(?:(?:the )?row |line |#)?(\d+)"#), let number = Int(g[0]), number != old else { return nil }
            return .success(.undoThen(1, [.dropRowNumber(number)]))
        case .dropPerson(let old):
            guard let people = people(named), people != [last], !people.contains(.dropPerson(old)) else { return nil }
            return .success(.undoThen(1, people))
        default:
            guard let other = scope.target(named), other != last.target, let again = last.retargeted(to: other) else { return nil }
            return .success(.undoThen(1, [again]))
        }
    }

    /// "The 'Partner' ones were always referrals from our resellers, so they belong under Referral",
    /// "Paid Search was the Google business - …, so that's Advertising": values of the data named as
    /// the subject of a statement, then the one allowed value they are; nil unless both are certain.
    private func valuesStatedAs(_ text: String, depth: Int) -> [Edit]? {
        for (left, right) in Clauses.reasonCuts(text) {
            // (Without a verb of being, the values quoted: "we logged the conference people as 'Trade Show', so those …".)
            guard let subject = Text.firstMatch(left, #"^(.+?)\s+(?:was|were|is|are|came|come|used to|had|have|has)\b"#) ?? (left.contains("'") || left.contains("\"") ? left : nil),
                !Text.contains(right, #"\b(?:not|never|no|isn't|aren't|wasn't|weren't|don't|doesn't)\b"#)
            else { continue }
            // (The values the subject names, quoted or as the data writes them, all of one column that sorts the rows.)
            let quoted = subject.matches(of: /['"]([^'"]{1,40})['"]/).map { String($0.1).lowercased() }
            let words = subject.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            let phrases = quoted.isEmpty ? (1...3).reversed().flatMap { n in words.count >= n ? (0...(words.count - n)).map { words[$0..<$0 + n].joined(separator: " ") } : [] } : quoted
            var values: [String] = []
            var column: String?
            for phrase in phrases where !values.contains(where: { $0.contains(phrase) }) {
                let holding = scope.columns(holding: phrase).filter { header in
                    scope.mappedFrom.contains { $0.value == header && template.allowed($0.key) != nil }
                }
                guard holding.count == 1 else { continue }
                if let column, column != holding[0] { return nil }
                column = holding[0]
                values.append(phrase)
            }
            guard let column, !values.isEmpty, let target = scope.mappedFrom.first(where: { $0.value == column })?.key, let allowed = template.allowed(target) else { continue }
            // (Never with a limit the map would lose: another column's value, "Bob Seller's Webinar leads", or a
            // time; nor two values run together unquoted, "the Partner webinar series", which may be one campaign.)
            let limited = phrases.contains { phrase in !values.contains(phrase) && scope.columns(holding: phrase).contains { $0 != column && scope.sortsRows($0) } }
                || Text.contains(subject, #"\b(?:before|after|since|until|from (?:19|20)\d\d|in (?:19|20)\d\d|owned|'s)\b"#)
            if limited || quoted.isEmpty && values.count > 1 && !Text.contains(subject, #"\band\b|,|&|\bor\b"#) { return nil }
            // ("so the chat leads are really web leads": the request said whole, about the same values.)
            if case .success(let edits) = sequence(right, depth: depth + 1), !edits.isEmpty,
                edits.allSatisfy({ if case .picklistMap(target, let mapped, _) = $0 { mapped.allSatisfy { values.contains($0.lowercased()) } } else { false } })
            {
                return edits
            }
            // ("so they belong under Referral", "so that's Advertising", "so Advertising for those": the one value,
            // said as what they are; never "so that's why the Referral counts look low".)
            let named = allowed.filter { value in
                let v = NSRegularExpression.escapedPattern(for: value)
                return Text.contains(right, #"^(?:(?:they|those|these|that|it|both(?: of (?:them|those|these))?)(?:'re|'s| are| is| all are| were| was)?(?: really| actually| all| just| basically| always)? ?(?:belong|belongs|go|goes|count|counts|fall|falls|should be|should go|sit|sits)? ?(?:under|in|as|to|into|with)? ?(?:the )?|(?:are|is|all are) )"# + v + #"(?: bucket| value| leads?| ones?| category)?(?: really| then| too| as well| obviously| of course)?$|^"# + v + #" for (?:those|them|these|that|it|all of them)$"#)
            }
            guard named.count == 1,
                case .success(let edits) = sequence("map " + values.map { "'\($0)'" }.joined(separator: " and ") + " to " + named[0], depth: depth + 1),
                edits.allSatisfy({ if case .picklistMap(target, _, _) = $0 { true } else { false } })
            else { continue }
            return edits
        }
        return nil
    }

    /// "Company is required, otherwise use the Company Domain", "…; where it is missing, take the
    /// Company Domain", "…, otherwise drop the row": what happens to a column just made required when it is empty.
    private func filledWhenEmpty(_ text: String, after made: [Edit], depth: Int) -> [Edit]? {
        // ("Make company and email required; otherwise drop the row": every column the part made required.)
        let columns = made.reversed().prefix { if case .required(_, true) = $0 { true } else { false } }.compactMap(\.target).reversed()
        guard let column = columns.last else { return nil }
        let otherwise = #"^(?:otherwise|or else|else|if not|failing that|(?:and )?(?:if|where|when|whenever) (?:it'?s |it is |they'?re |they are )?(?:missing|empty|blank|not there|not given|unknown))[,:]? (?:then )?(?:please |just )?"#
        // ("…, otherwise drop the row": a row without it is not migrated at all.)
        if Text.contains(Clauses.clean(text), otherwise + #"(?:drop|skip|exclude|remove|reject|leave out|leave|don't (?:import|migrate|load)|do not (?:import|migrate|load)) (?:the |that |this )?(?:row|record|contact|lead|entry|it|them|those)(?: out| behind)?$"#) {
            var edits: [Edit] = []
            for column in columns {
                guard case .success(let more) = sequence("drop rows without \(column)", depth: depth + 1) else { return nil }
                edits += more
            }
            return edits
        }
        // (What fills an empty value is said of one column only.)
        guard columns.count == 1, let source = Text.firstMatch(Clauses.clean(text), otherwise + #"(?:use|take(?: (?:it|them))? from|take|fall ?back (?:to|on)|fill (?:it |them )?(?:in )?(?:with|from)|copy(?: (?:it|them))?(?: in)?(?: from)?|put in|default to|pull (?:it |them )?from) (.+)$"#),
            case .success(let edits) = sequence("when \(column) is empty use \(source)", depth: depth + 1), edits.allSatisfy({ $0.target == column })
        else { return nil }
        return edits
    }

    /// "…, and the rest is Referral" after a value mapped: the value for every value no entry names.
    private func leftOver(_ text: String, after made: [Edit]) -> [Edit]? {
        guard case .picklistMap(let target, _, _)? = made.last,
            let g = Text.match(Clauses.clean(text), #"(?:and |but )?(?:the )?(?:rest|remainder|others|other values|other ones|everything else|anything else|all (?:the )?others)(?: of (?:them|the values))? (?:is|are|becomes?|go(?:es)? to|to|=|as|should be|will be|must be|maps? to|into|can be|gets?) ['"]?([\w -]+?)['"]?"#),
            case .success(let edits) = sequence("anything else in \(target) becomes \(g[0])", depth: 1), edits.allSatisfy({ $0.target == target })
        else { return nil }
        return edits
    }

    /// "use ' - ' instead of the pipe", "separate them with a semicolon instead": the last join
    /// (or split) with another separator; nil when the last change was neither.
    private func reseparated(_ text: String) -> [Edit]? {
        guard !previous.isEmpty,
            let g = Text.match(text, #"(?:(?:actually|no|sorry|hmm|ok|okay|wait)\b[\s,]*)*(?:use|make it|put|change (?:it|that|the separator) to|separate (?:them |it )?(?:with|by)|with|join (?:them |it )?with)\s+(?:an? |the )?(['"][^'"]+['"]|[\w ]+?)(?: as (?:the )?separator| between(?: them| the parts)?)?(?:,?\s*instead(?: of (?:the |that |a |an )?[^,]+?)?)?[.!]?"#),
            let separator = try? Self.separator(g[0]),
            // ("use 'Unknown' instead" is a value; a separator is marks and spaces only.)
            !separator.contains(where: { $0.isLetter || $0.isNumber })
        else { return nil }
        let again = previous.compactMap { edit -> Edit? in
            switch edit {
            case .map(let target, .combine(let columns, let old)) where old != separator:
                .map(target: target, source: .combine(columns: columns, separator: separator))
            case .map(let target, .split(let column, let old, let part)) where old != separator:
                .map(target: target, source: .split(column: column, separator: separator, part: part))
            default: nil
            }
        }
        return again.isEmpty ? nil : again
    }

    /// "same for company", "same to be done for first name", "idem for the notes": `made`, made to
    /// another column; nil when `instruction` does not say so.
    /// (`inMessage`: `made` is a part of the same message, whose cleaning may have taken a "so" off.)
    private func repeating(_ made: [Edit], _ instruction: String, inMessage: Bool = false) -> Result<[Edit], Failure>? {
        let text = instruction.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
            .replacingRegex(#"^(?:kindly|please|pls)\s+"#, with: "")
            .replacingRegex(#"\s*,?\s*\b(?:please|pls|kindly|thanks|thank you)$"#, with: "")
        guard let g = Text.match(text, #"(?:(?:and|also|ok|then)\s+)*(?:(?:do (?:the )?|the )?same(?: thing| change)?(?: again)?(?: (?:is |are )?(?:to be|should be|needs to be|must be|has to be|can be) (?:done|applied|made))?(?: applies| goes)?|likewise|ditto|idem|same here) (?:for|with|on|to|in) (?:the )?(.+?)(?: column| field)?(?: too| as well| also)?"#)
            ?? Text.match(text, #"(?:(?:and|also) )?(?:the )?(.+?)(?: column| field)? (?:too|as well)"#)
            // "…, and so should the last names", "So is Cold Call.": the same for what follows.
            // (Without "so" only after a part of the same message: "is email" alone may be a question.)
            ?? Text.match(text, #"(?:and |also )?"# + (inMessage ? "(?:so )?" : "so ") + #"(?:should|must|do|does|is|are|can|will|has to|have to|needs to|need to|goes|go) (?:the )?(.+?)(?: column| field)?(?: too| as well)?"#)
        else { return nil }
        let columns = Text.list(g[0]).map { scope.target($0) }
        // "and partner referral too" after a value mapped: that value mapped the same way.
        if case .picklistMap(let target, _, let value)? = made.last, columns.contains(where: { $0 == nil }),
            case .success(let edits) = sequence("map \(g[0]) to \(value)", depth: 1), edits.allSatisfy({ $0.target == target })
        {
            return .success(edits)
        }
        // "same for row 9", "do the same for the rows owned by Eve Manager": those rows dropped too.
        if !made.isEmpty, made.allSatisfy(\.dropsRows), columns.contains(where: { $0 == nil }) {
            var wordings = ["drop \(g[0])"]
            if case .dropRows(let condition)? = made.last, condition.when == .equals { wordings.append("drop rows where \(condition.column) is \(g[0])") }
            for wording in wordings {
                if case .success(let edits) = sequence(wording, depth: 1), !edits.isEmpty, edits.allSatisfy(\.dropsRows) { return .success(edits) }
            }
        }
        guard !columns.isEmpty, columns.allSatisfy({ $0 != nil }) else { return nil }
        guard !made.isEmpty else { return .failure(Failure(reason: "there is no earlier change to repeat; say the change in full")) }
        var edits: [Edit] = []
        for column in columns.compactMap({ $0 }) {
            for edit in made {
                guard let again = edit.retargeted(to: column) else {
                    return .failure(Failure(reason: "I can repeat a change of a column's own rules (case, trimming, required, unique, a default, not importing), not that one; say the change for \(column) in full"))
                }
                edits.append(again)
            }
        }
        return .success(edits)
    }

    /// "undo that and drop row 1", "never mind, trim company instead": an undo said first and a
    /// change after it; the change is read as a message of its own.
    private func leadingUndo(_ said: String) -> (count: Int, rest: String)? {
        // ("That last change was wrong — roll it back and …": the regret before the step back says nothing more.)
        let text = said.replacingRegex(#"^(?:(?:that|this|the|my) (?:last |previous )?(?:change|edit|step|one)|that|this) (?:was|is) (?:wrong|a mistake|not right|not what i (?:wanted|meant))\s*(?:[,.;:!]|\s[-–—])\s*"#, with: "")
        guard Text.contains(text, #"^(?:(?:ok(?:ay)?|actually|hmm|sorry|no|wait)\b[\s,]*)*(?:undo|revert|roll ?back|roll (?:it|that|this) back|never ?mind|scratch|scrap|put (?:it|that|this|those|these|them)(?: rows| records| contacts)? back|go back to (?:how|what) it was|go back|take (?:it|that|this) back|cancel|oops|change it back)\b"#),
            let separator = Text.compiled(#"\s*(?:[,;:.!]|\s[-–—]\s|\band\b|\bthen\b)\s*"#)
        else { return nil }
        let whole = text as NSString
        for cut in separator.matches(in: text) {
            let rest = whole.substring(from: cut.range.upperBound)
                .replacingRegex(#"^(?:(?:and|then|also|instead|please|so)\b[\s,]*)+"#, with: "")
            guard !Clauses.clean(rest).isEmpty, case .undo(let count)? = history(Clauses.clean(whole.substring(to: cut.range.location))) else { continue }
            return (count, rest)
        }
        return nil
    }

    /// "put Contact Owner in notes. sorry, I meant Lifecycle Stage, not the owner", "upper-case first
    /// names - sorry, I meant last names", "drop row 14 - sorry, row 41, not 14": the correction made
    /// to the clause it corrects, and the message read again; nil when it cannot be placed exactly.
    private func corrected(_ message: String) -> String? {
        guard let g = Text.match(message, #"(.+?)\s*(?:[.;,!]|\.\.\.|\s[-–—])\s*(?:sorry|oops|no|wait|actually|correction)[,!:]?\s*(?:no[,!]?\s+|wait[,!]?\s+)?(i meant |i mean |make that |that should be )?(?:the )?(.+?)(?:,?\s+not (?:the )?(.+?))?\s*[.!]?"#),
            // ("…, no wait, Event": a correction said by its words alone.)
            !g[1].isEmpty || !g[3].isEmpty || Text.contains(message, #"(?:[.;,!]|\s[-–—])\s*(?:no,? wait|wait,? no|sorry|oops|correction)\b"#)
        else { return nil }
        let head = g[0], wanted = g[2], wrong = g[3]
        let cut = head.range(of: #"(?:[.;!?]|\s[-–—])\s+"#, options: [.regularExpression, .backwards])
        let before = cut.map { String(head[..<$0.upperBound]) } ?? ""
        let last = cut.map { String(head[$0.upperBound...]) } ?? head
        // "row 41, not 14": a number for a number; "drop row 5, sorry, I meant row 6": the one number said.
        let numbers = last.ranges(of: /\d+/)
        if let new = wanted.wholeMatch(of: /(?:(?:row|record|line|id|number|no\.?|#)\s*)?(\d+)/.ignoresCase()),
            let at = wrong.wholeMatch(of: /\d+/).flatMap({ last.ranges(of: Regex<Substring>(verbatim: String($0.output))).last }) ?? (wrong.isEmpty && numbers.count == 1 ? numbers[0] : nil)
        {
            return before + last.replacingCharacters(in: at, with: String(new.output.1))
        }
        // Otherwise a column for a column: the words of the clause that name the column said wrong
        // (or, without "not …", the one column named there other than the one wanted).
        func column(_ phrase: String) -> String? { scope.source(phrase) ?? scope.target(phrase).flatMap { scope.mappedFrom[$0] ?? $0 } }
        // ("map chat to Event, no wait, Web": a value of the data said again is never read as a column.)
        let isValue = template.columnNames.contains { allowedMatch(wanted.replacingRegex(#"^(?:to|as|into)\s+"#, with: ""), in: $0) != nil }
        // "make the company lower case, no wait upper case": the letter case said again.
        let letterCase = #"(?:upper|lower|title|proper)[- ]?case|all caps|capitals|small letters"#
        if Text.contains(wanted, "^(?:" + letterCase + ")$"), let pattern = Text.compiled(#"\b(?:"# + letterCase + #")\b"#),
            let said = pattern.matches(in: last).last.flatMap({ Range($0.range, in: last) })
        {
            return before + last.replacingCharacters(in: said, with: wanted)
        }
        guard !isValue, let meant = column(wanted) else {
            // "map webinar to Referral.. no wait Event": the value after the verb, said again.
            guard wrong.isEmpty, wanted.split(separator: " ").count <= 3,
                let said = Text.match(last, #"(.+\b(?:to|as|into|=))\s+['"]?[\w -]+?['"]?[.]*"#)
            else { return nil }
            return before + said[0] + " " + wanted.replacingRegex(#"^(?:to|as|into|=)\s+"#, with: "")
        }
        let words = last.split(separator: " ").map(String.init)
        var spans: [(range: Range<Int>, column: String, phrase: String)] = []
        for length in stride(from: 3, through: 1, by: -1) where words.count >= length {
            for start in 0...(words.count - length) where !spans.contains(where: { $0.range.overlaps(start..<(start + length)) }) {
                let phrase = words[start..<(start + length)].joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
                // ("Contact Owner in" is no name: a window never starts or ends with a word like "in".)
                guard !ColumnMatcher.fillers.contains(phrase.lowercased()), let first = words[start].split(separator: " ").first,
                    !ColumnScope.functionWords.contains(first.lowercased()), !ColumnScope.functionWords.contains(words[start + length - 1].lowercased()),
                    let named = column(phrase)
                else { continue }
                spans.append((start..<(start + length), named, phrase))
            }
        }
        let said = wrong.isEmpty ? nil : column(wrong)
        var candidates = spans.filter { span in said.map { span.column == $0 } ?? (span.column != meant) }
        // ("map Contact Owner to notes, sorry, I mean Lifecycle Stage": a source column meant for the source column said.)
        if candidates.count > 1, (scope.target(wanted) == nil) != (scope.source(wanted) == nil) {
            let meantIsTarget = scope.target(wanted) != nil
            candidates = candidates.filter { (scope.target($0.phrase) != nil) == meantIsTarget }
        }
        guard candidates.count == 1, let span = candidates.first else { return nil }
        var replaced = words
        replaced.replaceSubrange(span.range, with: [wanted])
        return before + replaced.joined(separator: " ")
    }

    /// "make phone optional\nEDIT: actually make it required", "dates are month first... sorry no,
    /// they're day first": a part that takes back the clause before it and sets the same thing again
    /// replaces that clause; nil when the later part adds a change ("actually, trim it too") or cannot
    /// be placed.
    private func overridden(_ message: String) -> (before: String, edits: [Edit])? {
        guard let g = Text.match(message, #"(?s)(.+?\S)\s*(?:[.;!?,]|\.\.\.|…|\s[-–—]|\n)\s*(?:(?:ah|oh|uh|um|er|argh|ugh)\b[,!]?\s*)?(?:actually|sorry,? no|no,? sorry|no wait|wait,? no|scratch that|correction|on second thoughts?|hmm,? no|i mean)\b[,:!.]?\s*(?:(?:no|nope|sorry|wait)\b[,!.]?\s*)*((?!.*\b(?:actually|scratch that|no wait)\b).+)"#),
            !Text.contains(g[1], #"\b(?:too|also|as well|additionally|in addition)\b"#)
        else { return nil }
        let head = g[0], tail = g[1]
        let cut = head.range(of: #"(?:[.;!?\n]|\s[-–—])\s*"#, options: [.regularExpression, .backwards])
        let before = cut.map { String(head[..<$0.upperBound]) } ?? ""
        let last = cut.map { String(head[$0.upperBound...]) } ?? head
        guard case .success(let made) = sequence(Clauses.clean(last), depth: 0), let subject = made.last?.target ?? made.last.map({ _ in "" }) else { return nil }
        let said = tail.replacingRegex(#"\b(it|they)'s\b|\b(they)'re\b"#, with: "$1$2 is")
        let resolved = subject.isEmpty ? said : Self.replacingPronouns(in: said, with: subject)
        // ("map notes from Contact Owner. actually, from Lifecycle Stage": the clause with its last phrase said again.)
        let rephrased = Text.match(tail, #"((?:from|to|into|as|with|for|by|in)\b).*"#).flatMap { g in
            last.range(of: #"\b"# + g[0] + #"\b.*$"#, options: [.regularExpression, .caseInsensitive, .backwards]).map { last.replacingCharacters(in: $0, with: tail) }
        }
        for candidate in [tail, resolved, subject.isEmpty ? nil : resolved + " " + subject, rephrased].compactMap({ $0 }) {
            // ("drop row 5 - no wait, row 7": the part borrows the verb of the clause it corrects.)
            guard let again = (try? sequence(Clauses.clean(candidate), depth: 0).get()) ?? elided(Clauses.clean(candidate), after: Clauses.clean(last), made: made, depth: 0),
                !again.isEmpty
            else { continue }
            // ("skip phone... actually no, skip Company Domain instead": a take-back said outright replaces the clause, whatever it names.)
            let takenBack = Text.contains(message, #"\b(?:actually,? no|no,? wait|wait,? no|sorry,? no|no,? sorry|scratch that|hmm,? no)\b"#) || Text.contains(tail, #"\binstead\b(?! of\b)"#)
            let replaces = takenBack || again.contains { new in
                made.contains { old in old.target == new.target && old.kind == new.kind } || Self.conflict(in: made + [new]) != nil
            }
            return replaces ? (before, again) : nil
        }
        return nil
    }

    /// "oops, drop the Webinar rows instead", "no wait, make it upper case instead": a regret and a
    /// change "instead" replace the last change (a regret alone opens the message and says nothing).
    private func regretted(_ instruction: String) -> (count: Int, rest: String)? {
        guard let groups = Text.match(instruction, #"\s*(?:oops|never ?mind(?: that| it)?|no wait|wait,? no|actually,? no|no|i(?:'ve| have)? changed my mind)\s*[,.;:!\-–—]+\s*(.*\binstead\b(?! of\b).*)"#) else { return nil }
        // ("only upper-case the company instead": the change, not a restriction of it.)
        return (1, groups[0].replacingRegex(#"^(?:only|just)\s+"#, with: ""))
    }

    /// Whether a part beside a step back only comments on it: "it was done by mistake", "Indian was
    /// wrong", "phone is needed" (of the column the step back restores).
    /// A step back whose remark names what it is about ("I shouldn't have said that about the chat
    /// ones. Take it back.") goes back before the change that named it, never simply the last one.
    private static func aboutWhat(_ remark: String, _ history: Command) -> Command {
        guard history == .undo(1),
            let about = Text.firstMatch(remark, #"\b(?:said|did|asked|wrote|typed|requested|changed)\b[^.;!?]*?\babout (?:the |those |these |my |our )?((?:(?!\s[-–—]\s)[^,.;:!?])+?)(?:'s)?(?: (?:ones|lot|rows|records|leads|contacts|ones|change|bit|thing))?(?:\s[-–—]\s.*)?\s*$"#)
        else { return history }
        return .revertBefore(about)
    }

    private func remarkBeside(_ history: Command, _ part: String, instruction: String) -> Bool {
        // ("whoops, bring those rows back": the exclamation aside.)
        let part = part.replacingRegex(#"^(?:(?:whoops|oops|ah|oh|sorry|argh|damn|bugger|hmm|my bad)[,!.]?\s+)+"#, with: "")
        return asksNothing(part) || isComment(part) || Self.isStrongReason(part) || self.history(part) == history || Self.isEmphasis(part)
            || Text.contains(part, #"^(?:same|it|that|this) (?:is|was) (?:not|no longer) (?:required|needed|wanted|necessary)$"#)
            || Text.contains(part, #"^(?:i|we) (?:was|were|got (?:it|that|them)) wrong(?: about (?:the )?[\w ]+)?$"#)
            // ("…? I dropped the wrong row", "I misunderstood what the client wanted": why the step back.)
            || Text.contains(part, #"^(?:i|we|they|the client)(?: \w+)? (?:misunderstood|misread|misheard|mistyped|mixed (?:it|them|things) up|got confused|made a mistake)\b|^(?:i|we)(?: \w+)? (?:dropped|removed|mapped|picked|chose|used|changed|touched|deleted) the wrong \w+$|^(?:that|it|this)(?: last)?(?: change)? (?:was|were) (?:a mistake|wrong|an error|done by mistake)$"#)
            // ("never mind the phone thing, take it back"; "undo 2; notes stay skipped": the step back said again, or what stays.)
            || Text.contains(part, #"^(?:please )?(?:take (?:it|that) back|undo (?:it|that)|revert (?:it|that)|(?:put|bring|get) (?:it|that|them|those|these)(?: rows| records| contacts| ones)? back)(?: (?:how|the way) it was(?: before)?)?$"#)
            // ("I shouldn't have said that about the chat ones. Would you take it back?": the regret before it.)
            || Text.contains(part, #"^(?:(?:oh dear|dear(?: me)?|oh no|oh|ah|sorry|oops)[,!]?\s+)?(?:i|we) (?:shouldn't|should not) have (?:said|asked for|asked|done|written|typed|requested) (?:that|this|it)\b[\w' -]*$"#)
            // ("…, I was being unkind", "I was too hasty": the regret, said of oneself.)
            || Text.contains(part, #"^(?:i|we) (?:was|were) (?:being )?(?:unkind|unfair|harsh|hasty|too hasty|rash|silly|wrong|mistaken|confused|too quick)$"#)
            // ("revert that, I want all the Dev Ops rows back": the rows the undone change dropped.)
            || Text.match(part, #"(?:i|we) (?:want|need|'d like|would like) (?:all )?(?:of )?(?:the |those |these )?(.+?)(?: rows| records| contacts| ones| leads)? back(?: again| in)?"#).map({ g in
                previous.contains { names($0, g[0]) }
            }) ?? false
            // ("that broke everything. put it back the way it was": what the change did.)
            || Text.contains(part, #"^(?:that|this|it|the last change|your last change)(?: (?:just|totally|completely))? (?:broke|has broken|ruined|messed up|screwed up|wrecked|killed) (?:everything|it|things|the (?:whole )?\w+)$"#)
            // ("undo the last change only; keep the one before it": the change before it stays.)
            || history == .undo(1) && Text.contains(part, #"^(?:but |and )?(?:keep|keeping|leave|leaving) (?:the )?(?:one|change|edit|step)s? (?:before|prior to) (?:it|that|this)(?: as it is)?$"#)
            // ("roll back the previous change (dropping the Dev Ops rows)": the undone change, described.)
            || history == .undo(1) && describesLastChange(part)
            // ("roll back the last change only (keep the date decision)": an earlier change that stays.)
            || history == .undo(1) && (Text.match(part, #"\(?(?:but |and )?(?:keep|keeping|leave|leaving) (?:the |my |our )?([\w -]{1,30}?) (?:decision|change|one|step|bit|fix|rule)\)?"#).map({ g in
                !previous.contains { names($0, g[0]) }
            }) ?? false)
            // ("actually keep 1000907, undo that": the row the undone change dropped.)
            || Text.match(part, #"(?:keep|don't drop|do not drop|leave in|bring back) (?:the )?(?:record |row |id |contact )?#?(\d+)(?: back| in)?"#).map({ g in
                previous.contains { names($0, g[0]) }
            }) ?? false
            || Text.contains(part, #"^(?:the )?[\w ]{1,30}? (?:stays?|remains?|(?:is|are) still) (?:skipped|dropped|out|in|imported|mapped|trimmed|as (?:it is|they are))$"#)
            // ("go back one step, Indian was wrong, the German was correct": which setting was right.)
            || Text.contains(part, #"^(?:the )?[\w -]{1,30}? (?:was|were|is|are) (?:wrong|correct|right|fine|ok|okay|better|a mistake|an error|not right|not correct|the right one|the wrong one)$"#)
                && !Text.contains(part, Self.imperative)
            // ("revert that please, phone is needed": the column the undone change took away.)
            || Text.match(part, #"(?:the )?(.+?) (?:is|are) (?:needed|wanted|required|necessary|used)(?: after all)?"#).map({ g in
                scope.target(g[0]).map { target in previous.contains { $0.target == target } } ?? false
            }) ?? false
            // ("…, they want the numbers after all": the change of mind, said beside the step back.)
            || Text.contains(instruction, #"\bafter all\b|\bchanged (?:their|his|her|my|our) minds?\b"#) && !Text.contains(part, Self.imperative) && mentioned(part).isEmpty
    }

    /// Whether a part beside a step back describes the change it takes back: "(dropping the Dev Ops
    /// rows)", "i.e. the notes mapping" read as a change is that change, and nothing else.
    private func describesLastChange(_ part: String) -> Bool {
        let said = part.replacingRegex(#"^\(|\)$"#, with: "").replacingRegex(#"^(?:i\.?e\.?|ie|that is|namely|the one)\b[,:]?\s*"#, with: "")
        let plain = Clauses.clean(Text.match(said, #"(\w+ing)\b(.*)"#).flatMap { g in Clauses.gerunds[g[0].lowercased()].map { $0 + g[1] } } ?? said)
        guard !previous.isEmpty, case .success(let edits) = sequence(plain, depth: 1), !edits.isEmpty else { return false }
        return edits.allSatisfy(previous.contains)
    }

    /// "Sorry, I meant trim Company, not upper-case it": the change meant replaces the last one,
    /// when it is about the same column or is the same kind of change (otherwise which change it
    /// corrects is not guessed).
    private func meant(_ instruction: String) -> (count: Int, rest: String)? {
        guard let g = Text.match(instruction, #"\s*(?:(?:sorry|oops|no|wait|actually|ah|oh|argh|ugh)\b[\s,.!;:\-–—]*)*i meant(?: to(?: say)?)?:?\s+(.+?)(?:,?\s+not (?:to )?(.+?))?[\s.!]*"#),
            case .success(let edits) = sequence(Clauses.clean(g[0]), depth: 0),
            // (Of the same column, or the same kind of change to another: "make phone required" → "I meant the created date".)
            edits.contains(where: { edit in previous.contains { $0.target != nil && ($0.target == edit.target || $0.kind == edit.kind) } })
        else { return nil }
        return (1, g[0])
    }

    /// "Not Referral, Webinar is Event.", "Not first name. I meant last name should be unique.": the
    /// last change, which names what is said to be wrong, replaced by the change said after it.
    private func notThat(_ instruction: String) -> (count: Int, rest: String)? {
        guard !previous.isEmpty,
            let g = Text.match(instruction, #"\s*(?:(?:no|nope|sorry|oops|wait|actually)\b[\s,!.]*)*not (?:the )?['"]?([\w' -]+?)['"]?\s*[.,;:!\-–—]+\s*(?:(?:sorry|oops)\b[\s,!.]*)?(?:i meant:?\s*|i mean:?\s*)?(.+?)"#),
            previous.contains(where: { names($0, g[0]) }),
            case .success(let edits) = sequence(Clauses.clean(g[1]), depth: 0),
            edits.contains(where: { edit in previous.contains { $0.kind == edit.kind || $0.target != nil && $0.target == edit.target } })
        else { return nil }
        return (1, g[1])
    }

    /// "I didn't mean lower case for the companies", "we never asked for the phone to be required":
    /// the last change, described as one not wanted, taken back. Only when the description reads
    /// as that change (its kind and column); anything else is no step back.
    private func disowned(_ text: String) -> Command? {
        guard !previous.isEmpty,
            let g = Text.match(text, #"(?:(?:oh|sorry|oops|whoops|ah|no|hmm)[,!.]?\s+)*(?:i|we) (?:didn't|did not|never) (?:mean|want|ask for|asked for|intend)(?: (?:you )?to)? (.+?)(?: at all| though)?"#),
            case .success(let edits) = sequence(Clauses.clean(g[0]), depth: 0), !edits.isEmpty,
            edits.allSatisfy({ edit in previous.contains { $0.kind == edit.kind && $0.target == edit.target } })
        else { return nil }
        return .undo(1)
    }

    /// Whether `edit` names `phrase`: its column, a value it maps or sets, or the row it drops.
    private func names(_ edit: Edit, _ phrase: String) -> Bool {
        let said = Text.key(phrase)
        if let target = edit.target, scope.target(phrase) == target { return true }
        switch edit {
        case .picklistMap(_, let values, let value): return ([value] + values).contains { Text.key($0) == said }
        case .defaultValue(_, let value), .picklistDefault(_, let value): return Text.key(value) == said
        case .dropRowNumber(let number): return said == Text.key("row \(number)") || said == "\(number)"
        case .dropPerson(let name): return said == Text.key(name)
        case .phone(_, let region): return Region.mentions(in: phrase).contains { $0.region.code == region }
        case .dropRows(let condition): return condition.value.map { Text.key($0) == said } ?? false
        default: return false
        }
    }

    private func history(_ text: String) -> Command? {
        // "that was a mistake, can you put it back": the regret before the request says nothing more.
        let text = text.replacingRegex(
            #"^(?:(?:oh dear|oh no|dear(?: me)?|whoops|oops|sorry|ah|oh)[,!.]?\s+)?(?:(?:that|this|it|both of my last (?:two|\d+) (?:edits|changes)|my last (?:edit|change)) (?:was|wasn't|was not|were|looks|seems|is|looks like) (?:wrong|a mistake|an error|not right|(?<=n't |not )(?:right|correct|it)|not what i (?:wanted|meant)|what i (?:wanted|meant))(?: on my (?:side|part|end))?|my (?:bad|mistake)|(?:this|that) last (?:thing|change|edit)(?: i did)?,? i (?:did not|didn't) want|i (?:did not|didn't) mean (?:that|it|this)|(?:that's|that is|this is|it's) not what i (?:meant|wanted|asked for)|(?:i|we) (?:shouldn't|should not) have (?:done|dropped|changed|removed|made|deleted|asked for|said|asked) (?:that|this|it)(?: one)?(?: about (?:the )?[\w' -]{1,40}?)?)\s*[,.;:\-–—]?\s+(?=\S)(?:so\s+)?(?:please\s+)?(?:(?:can|could|would) you (?:please )?)?"#, with: "")
        if let same = asIs(text) { return .edits(same) }
        let counts = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1, "an": 1]
        if let groups = Text.match(text, #"(?:undo|revert|roll ?back|take back|reverse|cancel)(?: (?:the|my))?(?: (?:last|latest|previous|most recent))? (\d+|one|two|three|four|five)(?: (?:last|latest|previous))?(?: (?:changes|edits|updates|steps|instructions|ones|change|edit|update|step|things|modifications|modification))?(?: (?:i|you|we) (?:just )?(?:asked for|made|did|said|requested|changed))?"#) {
            return .undo(Int(groups[0]) ?? counts[groups[0].lowercased()] ?? 1)
        }
        // "undo taht": a mistyped "that".
        if let g = Text.match(text, #"(?:undo|revert) (\w{3,4})"#), ["that", "this"].contains(where: { Text.editDistance($0, g[0].lowercased()) <= 2 }),
            scope.target(g[0]) == nil, scope.source(g[0]) == nil
        {
            return .undo(1)
        }
        if let groups = Text.match(text, #"(?:go|step|roll|jump) back (\d+|one|two|three|four|five) (?:steps?|changes?|versions?|revisions?|edits?)"#) {
            return .undo(Int(groups[0]) ?? counts[groups[0].lowercased()] ?? 1)
        }
        if let groups = Text.match(text, #"(?:undo|revert|roll back|go back)(?: that| it| the last change)? (once|twice|two times|three times|thrice|both(?: of (?:those|them|these|the last two|my last changes))?(?: changes)?)"#) {
            return .undo(["once": 1, "twice": 2, "two times": 2, "three times": 3, "thrice": 3][groups[0].lowercased()] ?? 2)
        }
        if Text.match(text, #"(?:undo|revert|roll ?back|take back|reverse|cancel|scratch|scrap|ditch|bin|forget|drop|discard|remove)(?: (?:the|my|that|this|it|last))?(?: (?:last|latest|previous|most recent))?(?: (?:change|edit|update|step|one|instruction|thing|modification|amendment))?(?: (?:you (?:just )?made|i (?:just )?made|i asked for))?(?: only)?"#) != nil
            && !Text.contains(text, #"^(?:drop|remove|forget|discard)(?: the| my)?(?: last)?$"#)
            || Text.match(text, #"(?:never ?mind(?: that)?|that was (?:wrong|a mistake)|go back(?: one step)?(?: to (?:how|what) it was(?: before)?)?|put (?:it|that|this|those|these|them)(?: rows| records| contacts)? back(?: (?:the way|how) it was)?|change it back|(?:go|get) back to (?:how|what) it was before(?: my| the)? last (?:message|change|request|edit)|(?:that was (?:wrong|a mistake),? )?(?:revert|undo|reverse|take back) (?:that|it|this)(?: change)?|back out (?:that|the last) change|oops|take (?:that|it) back|take (?:that|it|this) away|roll (?:that|it|this)(?: change)? back|make (?:the last change|that|it|this) back|(?:forget|ignore) what i (?:just )?said(?:\s*[-–—,;]\s*(?:put|change|set) (?:it|that|this) back(?: (?:how|the way) it was)?)?|never ?mind (?:the |my |that |this )?(?:last|previous) (?:one|change|edit)|(?:undo|revert|cancel|reverse|take back|scrap|drop) what (?:i|we|you) (?:just )?(?:did|changed|asked for|said)(?: before| last| just now| earlier| a moment ago)?|take (?:that|this|the|my)(?: last| previous)? (?:change|edit|one|update) back|make (?:back|undone) (?:the last change|that|it)|ctrl ?[+-]? ?z|cmd ?[+-]? ?z|(?:go|get|switch) back to (?:how|what) it was(?: before)?|put things back (?:the way|how|to how|to the way) they were before (?:that|the|my) (?:last )?(?:change|edit|request|one)|restore (?:the )?previous (?:version|recipe|state)|(?:do )?(?:the )?(?:opposite|reverse) of (?:the |my |that )?(?:last|previous|latest|most recent) (?:change|edit|update|step|one)|(?:go|get) back to the previous (?:version|recipe))"#) != nil
        {
            return .undo(1)
        }
        if undoneByWhatItDid(text) == true { return .undo(1) }
        let patterns = [
            #"(?:go|get|jump|roll|take me|switch) back to (?:the )?(?:recipe|version|state|mapping)?(?: from)? (?:before|prior to) (?:the |my )?(.+?)(?: (?:change|edit|update|fix))?"#,
            #"(?:revert|restore|return|reset)(?: back)?(?: to)? (?:the )?(?:recipe|version|state|mapping) (?:before|prior to) (?:the |my )?(.+?)(?: (?:change|edit|update|fix))?"#,
            // "forget what I just said about Bob's lot": the change that named it.
            #"(?:forget|ignore|scrap|undo|take back) what (?:i|we) (?:just )?said about (?:the |those |these )?((?:(?!\s[-–—]\s)[^,.;:!?])+?)(?:'s)?(?: (?:ones|lot|rows|records|leads|contacts))?"#,
            #"(?:undo|revert|reverse|roll back|take back|cancel|scrap|never ?mind|forget) (?!(?:the |my |that )?(?:last|latest|previous|most recent) (?:change|edit|update|fix)\b)(?:the |my |that )?(.+?) (?:change|edit|update|fix)(?:\s*[,;.:\-–—]\s*(?:and )?(?:go back to (?:how|what) it was(?: before)?|put it back(?: (?:the way|how) it was)?|change it back|(?:just )?leave it as it was))?"#,
            #"(?!(?:never ?mind |forget )?(?:the |my |that )?(?:last|latest|previous|most recent) (?:change|edit|update|fix)\b)(?:the |my |that )?(.+?) (?:change|edit|update|fix)\s*[,;.:\-–—]\s*(?:and )?(?:go back to (?:how|what) it was(?: before)?|put it back(?: (?:the way|how) it was)?|change it back)"#,
            // "put phone back the way it was", "put it back the way it was for company".
            #"(?:put|set|bring|change|turn|make) (?:the )?(?!(?:it|that|this|them|those|these)\b)(.+?) back (?:the way|how|to how|to the way|to what) (?:it was|they were|it used to be|they used to be)(?: before)?"#,
            #"(?:put|set|change|turn|make) (?:it|that|this|them) back (?:the way|how|to how|to the way|to what) (?:it was|they were)(?: before)? (?:for|on|with) (?:the )?(.+?)"#,
        ]
        for pattern in patterns {
            if let groups = Text.match(text, pattern) { return .revertBefore(groups[0]) }
        }
        return nil
    }

    /// "undo the German phones": a step back said by what the change did. True when that is what the
    /// last change made, false when it is not (an older change, which cannot be told apart from the
    /// later ones by its column alone, so the run asks), nil when the words say no change.
    private func undoneByWhatItDid(_ text: String) -> Bool? {
        guard let g = Text.match(text, #"(?:(?:no|sorry|wait|actually|ok(?:ay)?|oops)\b[\s,]*)*(?:please )?(?:undo|revert|reverse|roll back|take back) (?:the |my |that |those |these )?(?!(?:last|latest|previous|most recent|it|that|this|them|those|these|everything|all)\b)([^.;:!?,]+?)[.!]?"#),
            !Text.contains(g[0], #"\b(?:change|edit|update|fix|changes|edits|steps?)$|\b(?:and|then|also|plus)\b"#),
            case .success(let said) = sequence(g[0], depth: 1), !said.isEmpty
        else { return nil }
        let last = previous.filter { if case .note = $0 { false } else { true } }
        return !last.isEmpty && said.allSatisfy { edit in last.contains { $0.kind == edit.kind && $0.target == edit.target } }
    }

    /// "leave it as it is", "change nothing": a part that asks for no change.
    func asIs(_ text: String) -> [Edit]? {
        Text.match(text, #"(?:leave|keep) (?:the recipe|it|everything|things|the mapping|that) (?:as it is|as is|unchanged|alone|the way it is)|(?:change|do) nothing"#) != nil
            ? [.note("the recipe is left as it is")] : nil
    }

    /// "all other values put Other", "lump the rest under Other", "the values not known put them in
    /// Other", "everything that isn't mapped yet should come in as Advertising": the values no entry maps,
    /// said by what they are, and the one allowed value they all become.
    private func restSaid(_ text: String) throws(Failure) -> [Edit]? {
        let rest = #"(?:all (?:the )?other (?:values|sources|lead sources|ones|entries)|(?:the |all the |all )?(?:other|remaining|leftover|unknown|unrecogni[sz]ed|unmapped|unmatched) (?:values|sources|lead sources|ones|entries)|(?:the )?(?:values|sources|lead sources|ones) (?:not known|(?:that are )?not mapped(?: yet)?|(?:that )?(?:we|you|i) (?:don't|do not|can't|cannot) (?:know|recogni[sz]e|map|place))|(?:the )?rest(?: of (?:the |them|the values|the sources|the lead sources))?|(?:anything|everything) (?:else|(?:that )?(?:isn't|is not|wasn't|was not) (?:mapped|recogni[sz]ed|known)(?: yet)?|(?:that )?(?:we|you|i) (?:don't|do not|can't|cannot) (?:know|recogni[sz]e|map|place)))"#
        let value = #" (?:the )?['"]?(\w+)['"]?(?: bucket| category| value)?"#
        guard let g = Text.match(text, #"(?:put|send|map|set|lump|dump|throw|chuck|bucket|file|move|shove|turn) (?:all )?"# + rest + #" (?:in|into|to|as|under|in with)"# + value)
            ?? Text.match(text, rest + #",?(?: (?:just|simply))?(?: (?:(?:put|send|map|set|lump|dump|file|move)(?: (?:them|it|those))?(?: (?:in|into|to|as|under))?|->|→|=>|=|:|to|(?:can|should|must|will|may)(?: just| simply| all)? (?:be|become|go (?:in|to|into|under)|come in as|count as|default to|be put (?:in|under))|becomes?|goes? (?:in|to|into|under)|are|is))"# + value)
        else { return nil }
        let target = try only(.picklist, "picklist")
        return [.picklistDefault(target: target, value: try allowedValue(g[0], in: target))]
    }

    /// "Default company to 'Unknown' for rows where Company is empty", "default lead source Event when
    /// its blank", "put n/a into notes wherever it is empty": a value written into a column, said with
    /// the condition that the column is empty, is its default. The condition names that column (its
    /// target or source name) or none; another column's emptiness is no default of this one.
    private func emptiedDefault(_ text: String) throws(Failure) -> [Edit]? {
        guard let tail = Text.match(text, #"(.+?),?\s+(?:(?:for|on|in|to|across) (?:the |all |any |those |every )?(?:rows?|records?|contacts?|ones|cells?|cases|entries|people|leads) )?(?:where|when|if|whenever|wherever) (?:the )?(.*?) ?(?:is|are|'s|was|were|remains?|stays?)? ?(?:empty|blank|missing|not set|null|not filled(?: in)?)"#) else { return nil }
        let heads: [(String, Int, Int)] = [
            (#"(?:set|make|fill|change|default|populate)(?: the)? (.+?) (?:to|with|as) (['"].+['"]|\S+)"#, 0, 1),
            (#"(?:put|write|use|insert|enter|add|fill in) (['"].+['"]|\S+) (?:in|into|as|for|on) (?:the )?(.+?)"#, 1, 0),
            (#"default (?:the )?(.+?) (['"].+['"]|\S+)"#, 0, 1),
        ]
        for (pattern, column, value) in heads {
            guard let g = Text.match(tail[0], pattern), let target = scope.target(g[column]) else { continue }
            let subject = tail[1].lowercased()
            let pronoun = Text.contains(subject, #"^(?:|it|its|it's|they|they're|them|that|there|the value|the cell|the field|that cell|that field|that column|the column)$"#)
            let source = sheet.column(target)?.source.sourceColumns.first.map(Text.key)
            guard pronoun || scope.target(subject) == target || scope.source(subject).map(Text.key) == source else { return nil }
            return try defaultSaid("set \(target) to \(g[value]) when it is empty")
        }
        return nil
    }

    /// "keep the trim on last names": trimmed, as it is (or becomes) now; "keep the trim": nothing changes.
    func keptTrim(_ text: String) -> [Edit]? {
        guard let g = Text.match(text, #"(?:keep|leave|retain)(?: the)? (?:trim|trimming|trimmed spaces)(?: (?:on|for|of|in) (?:the )?(.+?))?(?: as (?:it is|is))?"#) else { return nil }
        if g[0].isEmpty { return [.note("the trimming stays as it is")] }
        return scope.targets(g[0]).map { [.trim(targets: $0)] }
    }

    // MARK: - Clauses

    private func clause(_ text: String) -> Result<[Edit], Failure> {
        memo.clause(text) { clauseOnce(text) }
    }

    /// "put in notes the Contact Owner", "map to Web the value website", "add at the end of the notes
    /// the owner": the place said before the thing put there, as many writers order it.
    private func inverted(_ text: String) throws(Failure) -> [Edit]? {
        guard let g = Text.match(text, #"(put|map|add|write|send|move|copy|set|append|bring|show|place)(?: also)? (in|into|to|at the end of|to the end of|on|onto|under|as) (?:the )?([\w -]+?)(?: column| field)? ((?:the|a|an|only|just|also|all) .+?)(,? (?:with|separated|joined|using|delimited|and put|between) .+)?"#),
            scope.target(g[2]) != nil || template.columnNames.contains(where: { allowedMatch(g[2], in: $0) != nil })
        else { return nil }
        return try clause("\(g[0]) \(g[3]) \(g[1]) \(g[2])\(g[4])").get()
    }

    private func clauseOnce(_ text: String) -> Result<[Edit], Failure> {
        let intents: [(String) throws(Failure) -> [Edit]?] = [
            inverted, asIs, keptTrim, emailFill, staysSo, requirement, uniqueness, picklistDefault, conditionalFill, defaultValue, clearInvalid, dropRows, keepFirst, word, split, combine, phoneRegionColumn, phone, date,
            domain, picklistMap, unmap, trim, letterCase, map,
        ]
        do throws(Failure) {
            for intent in intents {
                if let edits = try intent(text) { return .success(edits) }
            }
        } catch {
            return .failure(error)
        }
        return .failure(Failure(reason: "it matches none of the instructions I know"))
    }

    func require(_ phrase: String, _ what: String = "column") throws(Failure) -> String {
        guard let target = scope.target(phrase) else {
            throw Failure(reason: "\"\(ColumnMatcher.clean(phrase))\" is not a \(template.name) column or a mapped source column (columns: \(template.columnNames.joined(separator: ", ")))")
        }
        return target
    }

    private func only(_ kind: ColumnKind, _ noun: String) throws(Failure) -> String {
        let columns = scope.columns(of: kind)
        guard columns.count == 1 else {
            throw Failure(reason: columns.isEmpty ? "\(template.name) has no \(noun) column" : "say which \(noun) column: \(Text.join(columns))")
        }
        return columns[0]
    }

    /// Columns named in free text, in template order.
    func mentioned(_ text: String) -> [String] { scope.columns(namedIn: text) }

    /// Columns named by their exact name or their source column's ("company", "Company Domain"),
    /// never by a synonym or a word of another meaning ("first", "note").
    func namedExactly(_ text: String) -> [String] {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" && $0 != "-" }).map(String.init)
        let names = Dictionary(template.columnNames.map { (Text.key($0), $0) } + scope.mappedFrom.map { (Text.key($0.value), $0.key) }, uniquingKeysWith: { first, _ in first })
        var found: [String] = []
        for length in 1...3 where words.count >= length {
            for start in 0...(words.count - length) {
                if let column = names[Text.key(words[start..<(start + length)].joined(separator: " "))], !found.contains(column) { found.append(column) }
            }
        }
        return found
    }

    func emailFill(_ text: String) throws(Failure) -> [Edit]? {
        guard Text.contains(text, #"\bdomains?\b"#), Text.contains(text, #"\b(missing|empty|blank|absent|no|without|lacking)\b"#),
            Text.contains(text, #"\be-?mails?\b"#),
            Text.contains(text, #"^(use|fill|build|derive|generate|make|create|construct|complete|guess|infer|when|if|for)\b"#)
        else { return nil }
        let email = try only(.email, "email")
        let domain = try only(.domain, "domain")
        let first = scope.target("first name"), last = scope.target("last name")
        guard let first, let last else { throw Failure(reason: "\(template.name) needs first and last name columns to build an email") }
        return [.emailFill(target: email, first: first, last: last, domain: domain)]
    }

    func picklistDefault(_ text: String) throws(Failure) -> [Edit]? {
        if let said = try restSaid(text) { return said }
        // "whatever's left over", "any lead source we haven't mapped explicitly", "everything that isn't
        // one of their categories": the values left over, said as "anything else".
        let leftOver = Text.contains(text, #"\b(?:whatever|left|remains|isn't|is not|doesn't|does not|haven't|have not|didn't|did not|unrecogni[sz]ed|unknown|unmapped|leftover|anything else)\b"#)
        let text = !leftOver ? text : text.replacingRegex(#"\bany anything else\b"#, with: "anything else").replacingRegex(
            #"\b(?:whatever(?:'s| is) left(?: over)?|whatever remains|anything left(?: over)?|everything left(?: over)?|(?:everything|anything|whatever) (?:that )?(?:isn't|is not|doesn't|does not) (?:one of (?:the|their|our|its) (?:categories|values|options|picklist values)|fit|match)(?: any(?: of them)?)?)"#, with: "anything else").replacingRegex(
            #"\b(?:any|every)(?: other| unrecogni[sz]ed| unknown| unmapped| remaining| leftover)? ([\w ]+?)(?: value)?s? (?:that )?(?:we|you|i) (?:haven't|have not|didn't|did not) (?:mapped|map|listed|list|named|name)(?: explicitly| yet)?\b"#, with: "anything else in $1").replacingRegex(
            #"\b(?:any|every) (?:unrecogni[sz]ed|unknown|unmapped|leftover) ([\w ]+?)(?: value)?s?(?= should| can| must| becomes?| goes| is\b)"#, with: "anything else in $1").replacingRegex(
            #"\b(?:should|can|must|will)(?: simply| just| all)? (?:count as|default to|go in as|come in as|be mapped to|end up as|be treated as)\b"#, with: "becomes").replacingRegex(
            #"^(?:map|send|set|put|turn|make|treat|count) anything else(?: in ([\w ]+?))? (?:to|as|into) "#, with: "anything else in $1 becomes ").replacingRegex(#"anything else in  becomes"#, with: "anything else becomes")
        let patterns = [
            #"(?:anything|everything|all|any)(?: other| remaining| unknown| unmatched| unrecogni[sz]ed)?(?: values?)? else(?: (?:in|for|of) (.+?))? (?:becomes?|goes to|go to|maps? to|should be|should become|is|are|to|turns into|will be|(?:can|may|should|could) (?:just )?(?:go to|be|become)) ['"]?([^'"]+?)['"]?"#,
            #"(?:map|send|set|put|turn|make|treat)(?: all| any| the)? (?:other|remaining|unknown|unmatched|unrecogni[sz]ed|leftover|rest of the)(?: (.+?))?(?: values?)? (?:to|as|into) ['"]?([^'"]+?)['"]?"#,
            #"(?:all )?(?:other|remaining|unknown|unmatched|unrecogni[sz]ed)(?: (.+?))?(?: values?)? (?:becomes?|go to|goes to|map to|should be|are) ['"]?([^'"]+?)['"]?"#,
            #"(?:the )?default (?:for|of) (.+?) (?:is|should be|=) ['"]?([^'"]+?)['"]?"#,
            // "anything unknown in lead source becomes Email", "anything in lead source we don't recognise should become Other".
            #"(?:anything|everything|any values?|all values?|values?)(?: (?:unknown|unmatched|unrecogni[sz]ed|unmapped|left ?over))?(?: (?:in|for|of) (.+?))?(?: (?:that |which )?(?:we|you|i) (?:don't|do not|can't|cannot) (?:recogni[sz]e|place|map|match|know))? (?:becomes?|goes to|go to|maps? to|should be|should become|should go to|will be|turns? into) ['"]?([^'"]+?)['"]?"#,
        ]
        for (index, pattern) in patterns.enumerated() {
            guard let groups = Text.match(text, pattern) else { continue }
            // The last pattern is the leftover values only when one of its markers is there.
            if index == patterns.count - 1, !Text.contains(text, #"\b(?:unknown|unmatched|unrecogni[sz]ed|unmapped|left ?over|recogni[sz]e|place|match|know)\b"#) { continue }
            let target = groups[0].isEmpty ? try only(.picklist, "picklist") : try require(groups[0])
            return [.picklistDefault(target: target, value: try allowedValue(groups[1], in: target))]
        }
        // "fall back to Other for the rest", "if a lead source doesn't match anything just call it
        // Other": a phrase for the values left over, and one allowed value of one picklist.
        let leftover = #"\b(?:(?:anything|everything|all|any)(?: other| remaining| unknown| unmatched)? (?:else|values? (?:you|we|i) (?:can't|cannot|don't|do not) (?:recogni[sz]e|place|map|match))|(?:for|to) the (?:rest|remaining ones|others)|the unknown ones|unknown values|anything (?:you|we) (?:can't|cannot) (?:place|map|match)|(?:doesn't|does not|don't|do not) match anything|(?:doesn't|does not|don't|do not) (?:fit|match)(?: the| any)?|not (?:on|in) the (?:pick ?)?list|values? (?:outside|not in) (?:the )?(?:allowed |permitted |valid )?(?:options|values|picklist|pick ?list|list)|(?:unknown|unrecogni[sz]ed|unmatched|unmapped|weird|odd|strange|unexpected|stray) (?:\w+ )?(?:values?|sources?|ones|entries|leads?)|(?:anything|everything|whatever)(?: that(?:'s| is))? (?:unmapped|unmatched|unknown|not mapped|not matching|(?:doesn't|does not) match)|unknowns|(?:^|:\s*)else(?=\s+(?:to|->|→|=|becomes?)\b))\b"#
        // "don't map the unknown lead sources to Other, leave them invalid": no value for them at all.
        let negated = #"\b(?:don't|do not|dont|stop|no longer|never) (?:\w+ )?(?:map(?:ping)?|send(?:ing)?|turn(?:ing)?|set(?:ting)?|mak(?:e|ing)|default(?:ing)?|put(?:ting)?|call(?:ing)?|treat(?:ing)?|chang(?:e|ing)|dump(?:ing)?|bucket(?:ing)?|lump(?:ing)?|shov(?:e|ing)|chuck(?:ing)?|throw(?:ing)?)\b"#
        // (Only where the "don't" or the "leave" is said of those values: "don't map chat to Other,
        // anything else can be Other" keeps the fallback.)
        let unmapped = #"(?:as (?:they|it) (?:are|is)|invalid|flagged|unmapped|unchanged)\b"#
        if Text.contains(text, negated + #"[^,;.]*"# + leftover)
            || Text.contains(text, #"\b(?:leave|keep)\b[^,;.]*"# + leftover + #"[^,;.]*\b"# + unmapped)
            || Text.contains(text, leftover + #"[^.;]*\b(?:leave|keep|flag) (?:them|it|those)\b[^,;.]*\b"# + unmapped)
            // ("unmapped lead sources should be flagged, not Other", "no fallback, flag unknown values".)
            || Text.contains(text, leftover + #"[^,;.]*?\b(?:should |must |to )?(?:be |get |stay |remain )?(?:flagged|flaged)\b"#)
            || Text.contains(text, #"\b(?:no (?:more )?|without (?:a |any )?|(?:remove|drop|turn off|disable|kill|get rid of) (?:the )?)(?:fallback|fall-back|catch-?all|default bucket)\b"#)
        {
            return [.picklistDefault(target: try only(.picklist, "picklist"), value: "")]
        }
        guard Text.contains(text, leftover), !Text.contains(text, #"\b(?:drop|remove|delete|skip|exclude|empty|blank|missing|stays?|unchanged|as is|keep)\b"#), !Text.contains(text, negated)
        else { return nil }
        let words = text.split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) }
        let picklists = template.columnNames.filter { template.allowed($0) != nil }
        let hits = Set(words.flatMap { word in picklists.compactMap { column in allowedMatch(word, in: column).map { "\(column)\u{0}\($0)" } } })
        guard hits.count == 1, let hit = hits.first?.split(separator: "\u{0}").map(String.init), hit.count == 2 else { return nil }
        return [.picklistDefault(target: hit[0], value: hit[1])]
    }

    /// The allowed value of `target` a phrase names, exactly or with a small typo ("Referal").
    func allowedMatch(_ raw: String, in target: String) -> String? {
        let key = Text.key(Text.unquote(raw))
        guard let allowed = template.allowed(target), !key.isEmpty else { return nil }
        if let hit = allowed.first(where: { Text.key($0) == key }) { return hit }
        let close = allowed.filter { key.count >= 5 && Text.editDistance(Text.key($0), key) <= 1 }
        return close.count == 1 ? close[0] : nil
    }

    private func allowedValue(_ raw: String, in target: String) throws(Failure) -> String {
        let value = Text.unquote(raw)
        guard let allowed = template.allowed(target) else { return value }
        if let hit = allowedMatch(value, in: target) { return hit }
        throw Failure(reason: "\(value) is not one of \(target)'s allowed values (\(allowed.joined(separator: ", ")))")
    }

    func defaultValue(_ text: String) throws(Failure) -> [Edit]? {
        if let said = try emptiedDefault(text) { return said }
        return try defaultSaid(text)
    }

    private func defaultSaid(_ text: String) throws(Failure) -> [Edit]? {
        let empty = #"(?:empty|blank|missing|not set|unset|null|none|not there|not filled(?: in)?|not given|not provided|absent)"#
        let there = #"(?: in there| there| in| instead)?"#
        let patterns: [(String, Int, Int)] = [
            (#"(?:set|make|fill|change) (.+?) (?:to|with|as) ['"]?(.+?)['"]? (?:when|if|where|whenever)(?: it| its| it's| it is| the value| they| they're| they are| that)? (?:is |are |was )?"# + empty, 0, 1),
            (#"(?:when|if|where|whenever) (.+?) (?:is|are) "# + empty + #",? (?:then )?(?:set it to|use|make it|fill(?: it)? with|put|set to|assume|say|write|go with|fall back to|default to|default it to|(?:it |they )?(?:should|must|has to|will) (?:say|be|read|become|show))(?: there| in there)? ['"]?(.+?)['"]?"# + there, 0, 1),
            (#"(?:when|if|where|whenever) (?:there is |there's |there are )?no (.+?),? (?:set it to|use|make it|fill(?: it)? with|fill in|put(?: in)?|set to|assume|say|write|go with|fall back to|default to|call it|label it(?: as)?|mark it as|count it as|treat it as) ['"]?(.+?)['"]?"# + there, 0, 1),
            (#"(?:when|if|where|whenever) (?:a |an |the )?(?:contact|row|record|lead|person|entry|one) (?:has|have) no (.+?),? (?:set it to|use|make it|fill(?: it)? with|fill in|put|set to|assume|say|write|go with|fall back to|default to|default it to) ['"]?(.+?)['"]?"# + there, 0, 1),
            (#"(?:fall back to|default to|use) ['"]?(.+?)['"]? (?:when|if|where|whenever) (?:the )?(.+?) (?:is|are) "# + empty, 1, 0),
            (#"(?:default|fallback|fall back) (?:for|of) (?:an? |any |the )?(?:empty |blank |missing )?(.+?) ?[:=] ?['"]?(.+?)['"]?"#, 0, 1),
            (#"(.+?):? (?:default|fallback) ?[:=] ?['"]?(.+?)['"]?"#, 0, 1),
            (#"(?:standardi[sz]e|set|change|turn|convert|map|make) (?:all |any |the )?(?:empty|blank|missing) (.+?) (?:to|as|into) ['"]?(.+?)['"]?"#, 0, 1),
            (#"default (?:the |any |all )?(?:empty |blank |missing )?(.+?) to ['"]?(.+?)['"]?"#, 0, 1),
            (#"(?:the |any |all )?(?:empty|blank|missing) (.+?) (?:should default|default|defaults|should be set|should become) to ['"]?(.+?)['"]?"#, 0, 1),
            (#"(.+?) (?:=|:|should be|is|to) ['"](.+?)['"] (?:when|if|where|whenever) (?:it'?s |it is |they are |they're )?(?:blank|empty|missing|not set)"#, 0, 1),
            (#"(.+?) (?:is )?(?:blank|empty|missing|when blank|when empty|if blank|if empty) (?:=|to|becomes?|should be|gets?|->) ['"]?(.+?)['"]?"#, 0, 1),
            (#"default (?:for |of )?(.+) ['"]?(\S+?)['"]?"#, 0, 1),
            (#"(.+?) (?:defaults|should default) to ['"]?(.+?)['"]?"#, 0, 1),
            (#"(?:fill|replace) (?:empty|blank|missing) (.+?) (?:with|by) ['"]?(.+?)['"]?"#, 0, 1),
            (#"(?:an? |any |all )?(?:empty|blank|missing) (.+?) (?:=|to|becomes?|should be|should become|is|are|get|gets|should get|default to|say|should say|should read|read|means) ['"]?(.+?)['"]?"#, 0, 1),
            // "no lead source -> Referral", "no lead source means Event".
            (#"no (.+?) (?:=|to|means|becomes?) ['"]?(.+?)['"]?"#, 0, 1),
            (#"(?:put|write|set|use) ['"]?(.+?)['"]? (?:in|into|as|for) (.+?) (?:where|when|if|whenever) (?:it'?s|it is|they are|they're|the value is|there is) (?:empty|blank|missing|nothing|no value)"#, 1, 0),
            (#"use ['"]?(.+?)['"]? (?:for|as the default for|when there is no|if there is no) (?:empty|blank|missing|no) (.+?)"#, 1, 0),
            // "the first name, when it is missing, must be 'Customer'": the condition between the column and its value.
            (#"(?:the )?(.+?),? (?:when|if|where|whenever) (?:it'?s|it is|they are|they're) (?:empty|blank|missing|not set|not there),? (?:must|should|has to|needs to|will|can|shall) (?:be|say|read|become) ['"]?(.+?)['"]?"#, 0, 1),
            // "put Unknown as the default for company", "make 'n/a' the default value of notes".
            (#"(?:put|use|set|make|take|have) ['"]?(.+?)['"]? (?:as )?(?:the |a )?default(?: value)? (?:for|of|in|on) (?:the |all |any )?(?:empty |blank |missing )?(.+?)"#, 1, 0),
        ]
        for (pattern, column, value) in patterns {
            guard let groups = Text.match(text, pattern) else { continue }
            guard let target = scope.target(groups[column]) else { continue }
            // ("no phone means the row is invalid" says what happens, not a value to write.)
            if Text.contains(text, #"^(?:an? )?no\b|\bmeans\b"#), Text.contains(groups[value], #"^(?:the|a|an|it|that|this|they|we|nothing|fine|ok|okay|invalid|flagged|blank|empty|null|none|as is|unchanged|leave|keep|skip|drop|remove|flag|ignore|use|take|copy|fill|put|set|make|treat|count|mark)\b"#) || groups[value].split(separator: " ").count > 2 { return nil }
            // "default the phone to UK" names a region, which is no cell value.
            if template.kind(target) == .phone, !Region.mentions(in: groups[value]).isEmpty { return nil }
            var raw = groups[value].replacingRegex(
                #"['"]?\s*(?:,\s*)?(?:when|if|where|whenever|for)(?: it| its| it's| it is| they| they're| they are| the value is| there is)? (?:is |are |was )?(?:empty|blank|missing|not set|unset|null|none|no value|nothing)$"#, with: "")
            // "put 2015-01-01 by default", "'Customer' as a placeholder": how the value is meant, not part of it.
            raw = raw.replacingRegex(#"\s+(?:by default|as (?:the |a )?(?:default|fallback)(?: value)?|as (?:a |the )?placeholder|instead)$"#, with: "")
            // "assume it came from the Web": the value is where it came from.
            raw = raw.replacingRegex(#"^(?:it|they) (?:came|comes|come) (?:in )?(?:from|via|through) (?:the )?"#, with: "")
            // "company_domain: default example.com where missing": the word naming the value goes.
            raw = raw.replacingRegex(#"^(?:a |the )?(?:default|fallback|placeholder)(?: value)?(?: of| to| is| =|:)?\s+(?=\S)"#, with: "")
            // ("a blank email is fine by us", "an empty phone is okay": how an empty value is judged, never the value to write.)
            if Text.contains(raw, #"^(?:fine|ok|okay|alright|all right|acceptable|allowed|permitted|not a problem|no problem|a problem|an issue|expected|normal|good|bad|wrong|invalid|valid|optional|required|mandatory|needed|necessary|unnecessary|tolerable|accepted)\b"#) { return nil }
            raw = Text.unquote(raw)
            // ("get the value Email": the value itself, said to be one.)
            let saidValue = Text.contains(raw, #"^(?:the )?(?:value|text|word|string)\s+"#)
            raw = raw.replacingRegex(#"^(?:the )?(?:value|text|word|string)\s+"#, with: "")
            // "… become 'a', and … become 'b'": two quoted values, not one spanning both.
            if Text.contains(raw, #"['"`][\s,]|[\s,]['"`]"#) { return nil }
            // "fallback for lead source: Advertising": for a list of allowed values, a fallback may be for the
            // empty values or for the values no entry maps; which one is asked.
            if let allowed = template.allowed(target), allowed.contains(where: { Text.key($0) == Text.key(raw) }),
                Text.contains(text, #"\b(?:fallback|fall back|fall-back)\b"#), !Text.contains(text, empty + #"|\bno\b|\bwithout\b"#)
            {
                throw Failure(reason: "a fallback for \(target) may be for empty values or for values no entry maps; say which",
                    readings: ["Set \(target) to \(raw) when it is empty", "Anything else in \(target) becomes \(raw)"])
            }
            let quoted = saidValue || ["'", "\"", "`"].contains(where: { text.contains($0 + raw + $0) })
            // "a missing last name is fine": that the cell may stay empty, not a value for it.
            if !quoted, Text.contains(raw, #"^(?:fine|ok|okay|alright|all right|allowed|acceptable|permitted|expected|normal|no problem|not a problem|not an issue)$"#) { return nil }
            if raw.contains(","), !quoted { return nil }
            // "use 'Last Name' instead": a quoted source column's own header names the column.
            if quoted, !saidValue, scope.header.contains(where: { Text.key($0) == Text.key(raw) }), let fill = try conditionalFill("when \(target) is empty use \(raw)") {
                return fill
            }
            // "empty company -> use the company domain": a fill from that column, not a literal.
            if !quoted, let g = Text.match(raw, #"(?:use|take|copy|grab|pull|go with|fall back to|fill (?:it |them )?(?:with|from)|from)(?: it from)?(?: the)?(?: values? (?:of|from|in))?(?: the)? (.+?)"#),
                scope.source(g[0]) != nil || scope.target(g[0]) != nil
            {
                guard let fill = try conditionalFill("when \(target) is empty use \(g[0])") else {
                    throw Failure(reason: "\"\(raw)\" reads like a column; say \"when \(target) is empty use <column>\", or quote a literal value")
                }
                return fill
            }
            // "use the domain": another name of a column, unquoted, is that column, never a literal.
            if !quoted, allowedMatch(raw, in: target) == nil, scope.target(raw) != nil || scope.source(raw) != nil {
                guard let fill = try conditionalFill("when \(target) is empty use the \(raw) column") else {
                    throw Failure(reason: "\"\(raw)\" reads like a column; say \"when \(target) is empty use <column>\", or quote a literal value")
                }
                return fill
            }
            // "should get the Contact Ownr": unquoted words that read as a column are no literal.
            let key = Text.key(raw.replacingRegex(#"^the\s+"#, with: ""))
            // ("the other email", "there the value of Contact Owner": words that name a column inside the phrase.)
            let words = raw.split(separator: " ").map(String.init)
            let names = Set((scope.header + template.columnNames).map(Text.key))
            // (Spans of two words or more may be a column name with a typo: "lifecyle stage".)
            let namesColumn = words.count <= 8 && (0..<words.count).contains { start in
                (start + 1...min(words.count, start + 3)).contains { end in
                    let span = words[start..<end].joined(separator: " ")
                    // ("fill w/ owner name": a word naming one column, with a word for what it holds.)
                    return names.contains(Text.key(span)) || (end - start >= 2 || words.count == 2 && Text.contains(words[1 - start], #"^(?:names?|values?|fields?|columns?)$"#)) && scope.source(span) != nil
                }
            }
            if !quoted, allowedMatch(raw, in: target) == nil,
                Text.contains(raw, #"^the\s|^(?:column|field)\s"#) || namesColumn || scope.source(raw) != nil || scope.header.contains(where: { Text.editDistance(Text.key($0), key) <= 2 })
            {
                throw Failure(reason: "\"\(raw.replacingRegex(#"^(?:column|field)\s+"#, with: ""))\" reads like a column; say \"when \(target) is empty use <column>\", or quote a literal value")
            }
            // ("use the other one", "take the second column": a column not named, never a value.)
            if !quoted, allowedMatch(raw, in: target) == nil, Text.contains(raw, #"^(?:the )?(?:other|another|second|alternative|alternate|backup|secondary|spare|next)(?: one| column| field| value| address| number| email| phone| name)?$"#) {
                throw Failure(reason: "\"\(raw)\" does not say which column; say \"when \(target) is empty use <column>\"")
            }
            // ("fill in who owns them": a clause about the row, never a literal value.)
            // (Lower-case "it" only: "IT" is a department.)
            if !quoted, Text.contains(raw, #"\b(?:who|whom|whose|what|which|where|them|they|their)\b|(?-i:\b(?:it|its|that|this|those|these)\b)"#) {
                throw Failure(reason: "\"\(raw)\" is not a value; say the column to fill \(target) from, e.g. \"when \(target) is empty use <column>\", or quote a literal value")
            }
            // ("put Unknown in there so the CRM accepts it": a long unquoted phrase is no value to guess at.)
            if !quoted, allowedMatch(raw, in: target) == nil, raw.split(separator: " ").count > 3 {
                throw Failure(reason: "\"\(raw)\" is long for a value; quote the exact value to put in \(target)")
            }
            return [.defaultValue(target: target, value: try allowedValue(raw, in: target))]
        }
        return nil
    }

    /// "when X is blank use Y": X takes the first non-blank of its own source and Y's.
    func conditionalFill(_ text: String) throws(Failure) -> [Edit]? {
        // (Every form below says a condition or a fallback.)
        guard Text.contains(text, #"\b(?:when|if|where|whenever|in case|no|nothing|without|missing|lacking|empty|blank|falls?|defaults?|fill|complete|populate|backfill)\b"#) else { return nil }
        // "if there's nothing in Notes, …" / "for contacts with no first name, …": the same condition.
        let rewritten = text.replacingRegex(
            #"\b(?:there is |there's |there are )?(?:nothing|no value|no data|no text|no entry) (?:in|for|under) (?:the )?([^,]+?)(?=,|\s+(?:then|use|take|fall|fill|copy|put|grab|go|try|pull|get)\b)"#, with: "$1 is empty").replacingRegex(
            // "where there are no notes, …": the same condition.
            #"\b(?:there (?:is|are) |there's )no ([\w ]+?)(?=,|\s+(?:then|use|take|fall|fill|copy|put|grab)\b)"#, with: "$1 is empty").replacingRegex(
            #"^for (?:the |any |all )?(?:one |few |two |handful of |couple of )?(?:rows?|contacts?|records?|leads?|people|entries|entry|anyone|anybody|those)(?: that have| who have| with| having)? (?:no|without|missing|lacking|an empty|a blank)(?: an?| the)? ([^,]+),"#, with: "if $1 is empty,").replacingRegex(
            // "the contacts with no company should show their domain": the rows' own other column.
            #"^(?:the |any |all )?(?:rows?|contacts?|records?|leads?|people|entries|ones)(?: that have| who have| with| having)? (?:no|without|missing|lacking|an empty|a blank)(?: an?| the)? (.+?),? (?:should |must |can |will |could )?(?:show|get|take|use|have|display|fall back to|fall back on|be filled from|be filled with) (their|its|the) (.+)$"#, with: "if $1 is empty, use $2 $3").replacingRegex(
            // "where a contact has no notes, …", "when a row's Notes are empty, …": the condition on the column.
            #"^(where|when|if|whenever) (?:an? |the |any )?(?:contact|row|record|lead|person|entry|customer)(?: (?:has no|doesn't have|does not have|lacks|is missing|has an empty|has a blank)(?: an?| the| any)? ([^,]+?),|'s ([^,]+?) (?:is|are) (empty|blank|missing),)"#, with: "$1 $2$3 is empty,").replacingRegex(
            // "if notes empty -> contact owner": an arrow to the column that fills it.
            #"^(if|when|where) (.+?) (?:is |are )?(?:empty|blank|missing)\s*(?:->|→|=>|\bto\b)\s*(?!(?:use|take|copy|fill|put|fall|write|set|grab)\b)"#, with: "$1 $2 is empty, use ").replacingRegex(
            // "…, the owner's name from Contact Owner should go in notes".
            #",\s*(?:the )?(?:[\w'’]+ ){0,3}?from (.+?) should (?:go|be put|be copied|end up) (?:in|into) (.+)$"#, with: ", put $1 in $2")
        // "If Company is blank, take company from Company Domain", "when Notes is blank put the Lifecycle Stage there":
        // the column the condition names, filled from another.
        let condition = #"((?:if|when|where|whenever) (.+?) (?:is|are) (?:empty|blank|missing)),?\s+(?:then )?"#
        let text = Text.match(rewritten, condition + #"(?:take|fill|copy|get|pull|populate) (?:the )?(.+?) (?:from|with) (?:the )?(.+)"#)
            .flatMap { g in scope.target(g[1]) != nil && scope.target(g[1]) == scope.target(g[2]) ? g[0] + ", use " + g[3] : nil }
            ?? rewritten.replacingRegex(condition + #"(?:put|write|copy|use) (?:the )?([^'"]+?) (?:there|in there|in it|into it|in its place)$"#, with: "$1, use $3")
        let empty = #"(?:empty|blank|missing|not set|null|none|not there|not filled(?: in)?)"#
        let take = #"(?:take (?:it |them |the value )?from|copy (?:it |them )?from|use|take|fill (?:it |them |the [\w-]+(?: [\w-]+)? )?(?:in )?(?:with|from)|put(?: in)?|copy|fall back (?:on|to)|pull (?:it )?from|get it from|grab|go with|try|pull|bring)"#
        let tail = #"(?: column| field)?(?: in there| into there| there| instead| in it| into it| for it| in its place| as a fallback| as the fallback| across| over| in){0,2}(?: when (?:it'?s |it is |they'?re |they are )?(?:empty|blank|missing))?"#
        let patterns: [(String, Int, Int)] = [
            (#"(?:when|if|where|whenever|in case) (?:the )?(.+?)(?: is| are|'s| was)? "# + empty + #"(?: for a row| on a row)?,? (?:then )?(?:(?:could|can|would) you (?:please )?|please )?"# + take + #"(?: there| in there| in it)? (?:the )?(?:value (?:of|from|in) |what's in |what is in |whatever is in )?(?:the )?['"]?(.+?)['"]?"# + tail, 0, 1),
            (#"(?:an? |any |all )?(?:the )?(.+?) (?:is |are )?"# + empty + #",? (?:to|=|then|should get|gets|get|takes|should take|take|use) (?:the )?['"]?(.+?)['"]?"# + tail, 0, 1),
            (#"(?:an? |any |all )?"# + empty + #" (.+?) (?:should get|gets|get|should take|takes|take|should use|use|to|=) (?:the )?(?:value (?:of|from|in) )?(?:the )?['"]?(.+?)['"]?"# + tail, 0, 1),
            (take + #" (?:the )?['"]?(.+?)['"]?(?: column| field)?(?: instead| as a fallback)? (?:when|if|where|whenever|for rows where) (?:the )?(.+?) (?:is|are|'s) "# + empty, 1, 0),
            (#"(?:fill|complete|populate|backfill) (?:any |the )?(?:empty|blank|missing) (.+?) (?:with|from|using) (?:the )?(?:values? (?:of|from|in) )?(?:the )?['"]?(.+?)['"]?"# + tail, 0, 1),
            (#"(.+?) (?:falls back|should fall back|fall back|defaults|should default) (?:on|to) (?:the )?(?:values? (?:of|from|in) )?(?:the )?['"]?(.+?)['"]?"# + tail, 0, 1),
            (#"(?:if|when|where|whenever) (?:there is |there's |there are )?no (.+?),? "# + take + #" (?:the )?['"]?(.+?)['"]?"# + tail, 0, 1),
            (#"(?:where|when|if) (.+?) (?:is|are) "# + empty + #",? (?:fill (?:it |them )?(?:in )?|take it |copy it )?from (?:the )?['"]?(.+?)['"]?"# + tail, 0, 1),
        ]
        for (pattern, targetGroup, otherGroup) in patterns {
            guard let groups = Text.match(text, pattern) else { continue }
            // ("their domain": a value of the row's own, so a column.)
            let possessive = Text.contains(groups[otherGroup], #"^(?:their|its) "#)
            var otherPhrase = groups[otherGroup].replacingRegex(#"^(?:their|its) "#, with: "")
            // ("get the value Email": said to be a value, never a column.)
            if Text.contains(otherPhrase, #"^(?:the )?(?:value|text|word|literal|string|constant)\b"#) { return nil }
            // "put the Contact Owner in notes": the column filled, named again.
            if let g = Text.match(otherPhrase, #"(.+?) (?:in|into) (?:the )?(.+?)"#), let target = scope.target(groups[targetGroup]), scope.target(g[1]) == target {
                otherPhrase = g[0]
            }
            // A quoted name is a literal ("use 'Company Domain'"), unless the words say it is where
            // the value comes from ("fall back to "Lifecycle Stage"") and it is a column's exact name.
            if ["'", "\"", "`"].contains(where: { text.contains($0 + otherPhrase + $0) }),
                !(Text.contains(text, #"\b(?:fall back|falls back|take (?:it |them )?from|copy (?:it |them )?from|from|copy|into it)\b"#) && scope.header.contains(where: { Text.key($0) == Text.key(otherPhrase) }))
            {
                return nil
            }
            // The other column by its source name, or by its exact template name: a synonym ("web")
            // or a picklist value is a literal default instead.
            // "from the domain column": said to be a column, so any name of one counts.
            let saysColumn = possessive || Text.contains(text, NSRegularExpression.escapedPattern(for: otherPhrase) + #"['"]? (?:column|field)\b"#)
                // "fall back to the domain": another name of a column, said with "the", unless a value of the column filled.
                || Text.contains(text, #"\bthe "# + NSRegularExpression.escapedPattern(for: otherPhrase) + #"\b"#)
                && scope.target(groups[targetGroup]).map { allowedMatch(otherPhrase, in: $0) == nil } ?? false
            let named = saysColumn ? scope.target(otherPhrase) : template.columnNames.first { Text.key($0) == Text.key(ColumnMatcher.clean(otherPhrase)) }
            // "put Email in lead source where it's blank": an allowed value of the column is the value to use.
            if !saysColumn, let target = scope.target(groups[targetGroup]), allowedMatch(otherPhrase, in: target) != nil { return nil }
            guard let other = scope.source(otherPhrase) ?? named.flatMap({ scope.mappedFrom[$0] }) else { return nil }
            guard let target = scope.target(groups[targetGroup]) else { continue }
            var sources: [String] = []
            switch sheet.column(target)?.source {
            case .column(let own)?: sources = [own]
            case .firstOf(let own)?: sources = own
            case .none?, nil: sources = []
            default: throw Failure(reason: "\(target) is built from several columns; say how to fill it when it is blank")
            }
            // ("when phone is empty use the mobile column": another name of the column it fills.)
            if sources.first == other, Text.key(otherPhrase) != Text.key(other) {
                throw Failure(reason: "\"\(otherPhrase)\" reads as \(other), where \(target) already comes from; name the other column to use")
            }
            if !sources.contains(other) { sources.append(other) }
            return [.map(target: target, source: sources.count == 1 ? .column(sources[0]) : .firstOf(columns: sources))]
        }
        return nil
    }

    func clearInvalid(_ text: String) throws(Failure) -> [Edit]? {
        // "remove any row with a bad email": the rows go, not the values.
        if Text.contains(text, #"\b(?:remove|delete|drop|get rid of|discard|exclude|filter out|lose|throw out|throw away)\b.*\b(?:rows?|records?|contacts?|leads?|entries|lines|anything|everything)\b"#),
            !Text.contains(text, #"\bkeep\b"#)
        {
            return nil
        }
        // ("flag rows with an empty phone as invalid": the rows flagged, no value cleared.)
        // ("clear", "blank out", "empty the …", "leave it empty": a verb; "with an empty first name" only says which rows.)
        guard Text.contains(text, #"\b(?:clear|erase|wipe|null(?: out)?|nullify|remove|blank(?: out)?(?! \w+ (?:name|value|field|cell|column|date|phone|email|company|notes?|source)s?\b)|empty (?:out |the |it\b|them\b|those\b|these\b|any |all |bad |invalid |wrong ))|\b(?:leave|make|set|turn) (?:it|them|the value|those|these|that|the cell)s? (?:empty|blank|null)\b"#),
            Text.contains(text, #"\b(bad|invalid|wrong|broken|malformed|unparseable|incorrect|unusable)\b"#),
            !Text.contains(text, #"\b(?:flag|flagged|mark|marked|treat|treated|count|counted|report|reported)\b"#)
        else { return nil }
        let targets = mentioned(text)
        guard targets.count == 1 else {
            throw Failure(reason: targets.isEmpty ? "say which column's invalid values to clear" : "say which one column to clear: \(Text.join(targets))")
        }
        return [.clearInvalid(target: targets[0])]
    }

    /// The rows a request keeps again ("don't drop the Chat rows", "bring 17 back", "record 1000907
    /// should stay"), said as a drop of them; nil when it keeps none.
    static func keptAgain(_ text: String) -> String? {
        if let g = Text.match(text, #"(?:don'?t|do not|stop|no longer|never mind) (?:drop|dropping|remove|removing|delete|deleting|exclude|excluding)(?: the| any)? (.+? (?:rows|records|contacts|leads|entries)|(?:rows|records|contacts|leads|entries) .+)"#) {
            return g[0]
        }
        // "put the Dev Ops contacts back", "bring the chat leads back in": rows said by what they are.
        if let g = Text.match(text, #"(?:bring|put|get|add|let)(?: the| all the| those)? (.+? (?:rows|records|contacts|leads|entries|people|ones)) back(?: in(?:to the (?:import|migration|file|output))?)?(?: (?:after all|again|then|as well|please))?"#) {
            return g[0]
        }
        let named = #"(?:(?:rows?|records?|lines?|ids?|record ids?|contacts?) )?#?\d+(?:\s*(?:,|and|&)\s*(?:(?:rows?|records?|lines?) )?#?\d+)*"#
        let tail = #"(?: in| back(?: in)?)?(?: (?:after all|again|then|as well))?"#
        let forms = [
            #"(?:don'?t|do not|not|no longer|never mind) (?:drop|dropping|remove|removing|delete|deleting|exclude|excluding|skip|skipping)(?: the)? ("# + named + ")" + tail,
            #"(?:bring|put|get|add) back(?: in)?(?: the)? ("# + named + ")" + tail,
            #"(?:bring|put|get|add)(?: the)? ("# + named + #") back(?: in(?:to the (?:import|migration|file|output))?)?(?: (?:after all|again|then|as well))?"#,
            #"(?:keep|restore|reinstate|re-?include|un-?drop|un-?delete|re-?add)(?: the)? ((?:rows?|records?|lines?|ids?|record ids?|contacts?) #?\d+(?:\s*(?:,|and|&)\s*(?:(?:rows?|records?|lines?) )?#?\d+)*|#?\d{5,})"# + tail,
            "(" + named + #") (?:should|can|must|has to|needs to|is to|may) (?:stay|remain|come back|be kept|be restored|be included|be back|stay in|go back in)"# + tail,
        ]
        guard let said = forms.lazy.compactMap({ Text.match(text, $0)?[0] }).first else { return nil }
        // (A bare number is a row, or a record by its long id.)
        guard !Text.contains(said, #"^(?:rows?|records?|lines?|ids?|record ids?|contacts?)\b"#) else { return said }
        let numbers = said.split(whereSeparator: { !$0.isNumber })
        return (numbers.allSatisfy { $0.count >= 5 } ? "records " : "rows ") + said
    }

    func dropRows(_ text: String) throws(Failure) -> [Edit]? {
        // "bring Ahmed Miller back", "don't drop Ahmed Miller after all": a person's row kept again.
        if let g = Text.match(text, #"(?:(?:bring|put|get|add|let) (.+?) back(?: in)?|(?:don'?t|do not|stop|no longer|never mind|not) (?:drop|dropping|remove|removing|delete|deleting|exclude|excluding|skip|skipping) (.+?)|(?:keep|restore|reinstate|re-?include|un-?drop|un-?delete) (.+?))(?: (?:after all|again|then|as well|please))?"#),
            let people = people(g.first { !$0.isEmpty } ?? "")
        {
            return people.map(\.keptAgain)
        }
        // "don't drop the Chat rows after all", "bring row 17 back": the drop rule it names is lifted.
        if let rows = Self.keptAgain(text) {
            guard let drops = try dropRows("drop " + rows) else { return nil }
            return drops.allSatisfy(\.dropsRows) ? drops.map(\.keptAgain) : nil
        }
        let verbs = #"(?:drop|remove|delete|skip|exclude|omit|discard|filter out|ignore|get rid of|throw away|throw out|take out|leave out|toss|ditch|kill|purge|bin|lose|(?:don'?t|do not) (?:import|migrate|load|bring in|bring over|take|want|include|keep))"#
        var text = text
        // "anything with a broken email shouldn't be loaded": a drop said of the rows.
        if let g = Text.match(text, #"((?:anything|everything|any rows?|rows|records|contacts|leads|entries|any (?:record|contact|lead|entry)|those) (?:with|where|whose|that|which|without|missing|lacking|from|owned by)\b.+?|.+? (?:rows|records|contacts|leads|entries|ones)) (?:shouldn't|should not|must not|mustn't|can't|cannot|won't|don't need to|do not need to|needn't) be (?:loaded|imported|migrated|kept|included|brought over|brought in|in the import|in the output)"#) {
            text = "drop " + g[0]
        }
        text = text.replacingRegex(
            #"^("# + verbs + #") (?:anything|everything|everyone|everybody|anyone|anybody|any|all)(?= (?:with|where|whose|that|which|who|without|missing|lacking)\b)"#, with: "$1 rows")
        // "leave record 1002 out": the rows named between the verb and "out".
        if let g = Text.match(text, #"(?:leave|keep|take) (.+?) out(?: of (?:the |this )?(?:import|migration|file|load|crm|batch|upload))?"#),
            Text.contains(g[0], #"\b(?:rows?|records?|contacts?|leads?|entries|ids?)\b|\d{3,}"#)
        {
            text = "leave out " + g[0]
        }
        text = text.replacingRegex(#"\b(that|which|it)'s\b"#, with: "$1 is")
        // "remove row 60 from the import": where the rows go says nothing more.
        text = text.replacingRegex(#"\s+(?:from|out of) (?:the |this )?(?:import|migration|file|load|upload|output|batch|crm)$"#, with: "")
        // "drop william.jones@alpinemedia.io": a row by its email address, as the file writes it.
        if let g = Text.match(text, verbs + #"(?: the)?(?: (?:contact|row|record|lead|person|entry)(?: for| with)?)?(?: (?:the )?(?:email|e-mail|address|email address))? <?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)>?"#) {
            let owners = scope.columns(holding: g[0])
            guard owners.count == 1 else { throw Failure(reason: owners.isEmpty ? "no row has the email address \(g[0])" : "\(g[0]) is a value of \(Text.join(owners)); say which column to compare") }
            return [.dropRows(RowCondition(column: owners[0], when: .equals, value: g[0].lowercased(), inSource: true))]
        }
        if let ids = dropRecords(text, verbs: verbs) { return try ids.get() }
        // "drop Ahmed Miller", "remove the record for Sarah Nakamura": a person, by name.
        if let g = Text.match(text, verbs + #"(?: the)? (.+)"#), let people = people(g[0]) { return people }
        // "drop the rows whose Company starts with Acme": every value of the column that opens with the words.
        if let g = Text.match(text, verbs + #"(?: all| any| every)?(?: the)? (?:rows?|records?|contacts?|leads?|entries) (?:whose|where|with|in which) (?:the )?(.+?) (?:starts?|begins?|opens?) with ['"]?(.+?)['"]?"#),
            let column = scope.source(g[0]) ?? scope.target(g[0]).flatMap({ scope.mappedFrom[$0] })
        {
            let values = openingWith(g[1].lowercased(), in: column) + (scope.values[column]?[g[1].lowercased()] != nil ? [g[1].lowercased()] : [])
            guard !values.isEmpty else { throw Failure(reason: "no value of \(column) starts with \"\(g[1])\"") }
            return values.map { .dropRows(RowCondition(column: column, when: .equals, value: $0, inSource: true)) }
        }
        // "throw away the duplicate email rows": duplicates are the uniqueness rule's (keep the first).
        if Text.match(text, verbs + #"(?: the| all| any)? (?:rows |records |contacts |entries )?(?:with |that have |having )?(?:a |the )?(?:later |other |second )?(?:duplicates?|duplicated|dupes?|repeated|repeats)\b.*"#) != nil { return nil }
        // "drop invalid rows", "leave out anything that fails validation": a row is invalid when
        // any of its cells is, so one rule per column that has rules.
        // ("drop the bad rows": bad by the rules, or by something the analyst knows?)
        if Text.match(text, verbs + #"(?: all| any| every)?(?: the)? (?:bad|wrong|dodgy|rubbish|junk) (?:rows?|records?|contacts?|entries|entry|leads?|ones|lines?|data)"#) != nil {
            throw Failure(reason: "\"bad\" may mean the rows that fail a rule or rows you know are wrong; say \"drop the invalid rows\", or which rows")
        }
        if Text.match(text, verbs + #"(?: all| any| every)?(?: the)? (?:invalid|broken|failing|erroneous|faulty) (?:rows?|records?|contacts?|entries|entry|leads?|ones|lines?|data)"#) != nil
            || Text.match(text, verbs + #"(?: all| any| every)?(?: the)? (?:rows?|records?|contacts?|entries|leads?|ones|anything|everything|lines?)(?: that| which)? (?:(?:are|is) (?:now |currently |still )?(?:invalid|not valid)|(?:fails?|failing|don't pass|do not pass|doesn't pass|does not pass)(?: the)? (?:validation|checks|rules|validity)|with (?:an? |any )?(?:errors?|validation errors?|problems?|issues?)|(?:that |which )?(?:has|have) (?:an? |any )?(?:problems?|errors?|issues?)|(?:that |which )?(?:are|is|'s) (?:still )?(?:flagged|marked|shown|reported) (?:as )?(?:invalid|bad|errors?))"#) != nil
        {
            let checked = template.columnNames.filter { column in
                template.kind(column) != .text || template.column(column)?.required == true || template.column(column)?.unique == true
                    || sheet.column(column)?.required == true || sheet.column(column)?.unique == true
            }
            return checked.map { .dropRows(RowCondition(column: $0, when: .invalid)) }
        }
        // "exclude subscribers (Lifecycle Stage = subscriber)": the brackets name the rows.
        if let g = Text.match(text, verbs + #"(?: all| any| every)?(?: of)?(?: the)? (.+? \([^()]+? ?(?:=|==) ?[^()]+\))"#), let edits = try valueRows(g[0]) { return edits }
        // "filter out contact owner Alice Rep", "drop anything with Lifecycle Stage other": a column, then its value.
        if let g = Text.match(text, verbs + #"(?: the)? (.+)"#) {
            let bare = g[0].replacingRegex(#"^(?:everything|anything|rows?|records?|contacts?|leads?|entries)(?: with| where| whose)? (?:the )?"#, with: "")
            if let edit = try columnThenValue(g[0]) { return [edit] }
            if let edit = try columnThenValue(bare) { return [edit] }
        }
        // "filter out Lifecycle Stage = lead": a column and a value, no word for rows.
        if let g = Text.match(text, verbs + #"(?: the)? ([^=]+?) ?(?:=|==) ?['"]?([^'"]+?)['"]?"#), scope.source(g[0]) != nil || scope.target(g[0]) != nil {
            return [try dropByValue(column: g[0], value: g[1])]
        }
        guard let groups = Text.match(text, verbs + #"(?: all| any| every)?(?: of)?(?: the)? (?:rows|records|lines|contacts|entries|leads|people|ones|(?:row|record|line|entry|contact|lead)(?= (?:with|where|whose|that|which|who|having|without|missing|from|of|in which)\b))(?: that| which| who)?(?: are| have| has)? (.+)"#)
            ?? Text.match(text, verbs + #"(?: all| any| every)?(?: of)?(?: the)? (.+? (?:rows|records|contacts|leads|entries|ones|sign-?ups)(?: \([^)]+\))?)"#).map({ [$0[0]] })
        else {
            // "drop the subscribers": the plural of a value seen in one column, and no column's name.
            if let g = Text.match(text, verbs + #"(?: all| any)?(?: of)?(?: the)? ([a-z][\w-]+s)"#), scope.target(g[0]) == nil, scope.source(g[0]) == nil,
                scope.header.filter({ scope.values[$0]?[String(g[0].lowercased().dropLast())] != nil }).count == 1
            {
                return try valueRows(g[0])
            }
            // "delete the Acme Dynamics row": a value of the data, then one word for a row.
            if let g = Text.match(text, verbs + #"(?: the)? (.+?) (?:row|record|entry|contact|lead|line)"#), let edits = try valueRows(g[0] + " rows") {
                // (One row said: a value of several rows, or values opening alike, name none of them.)
                let counts = edits.compactMap { edit -> (String, Int)? in
                    guard case .dropRows(let condition) = edit, let value = condition.value else { return nil }
                    return (condition.column, scope.values[condition.column]?[value] ?? 0)
                }
                let count = counts.reduce(0) { $0 + $1.1 }
                if count > 1, let column = counts.first?.0 {
                    throw Failure(
                        reason: "\(Text.count(count, "row")) have \(column) \"\(g[0])\"; say which by row number or record id, or drop all \(count)",
                        readings: [counts.count == 1 ? "Drop the rows where \(column) is \(g[0])" : "Drop the \(g[0]) rows"])
                }
                return edits
            }
            // "remove everything owned by Dev Ops", "drop every de la Cruz (Last Name)".
            guard let g = Text.match(text, verbs + #" (?:everything|anything|everyone|everybody|anyone|anybody|all|every|any|each)(?: contact| row| record| lead)? (.+)"#) else { return nil }
            return try valueRows(g[0])
        }
        let rest = groups[0]
        if let g = Text.match(rest, #"(?:where|when|if|whose|with|in which)(?: the| an?)? (.+?) (?:(?:is|are|=|equals|of|is not|isn't) (?:an? )?(?:invalid|bad|wrong|broken|malformed|not valid|incorrect|unusable)|(?:isn't|is not|aren't|are not) (?:an? )?valid)"#)
            ?? Text.match(rest, #"(?:with|that have|having|whose)(?: an?| the)? (?:invalid|bad|wrong|broken|malformed|incorrect|unusable) (.+?)"#)
            ?? Text.match(rest, #"(?:(?:with|that have|having|which have|that has|which has)(?: an?| the)? )?(?:an? )?(?:errors?|problems?|issues?|mistakes?) (?:in|on|with) (?:the |their |its )?(.+?)"#)
            ?? Text.match(rest, #"(?:invalid|bad|broken|malformed) (.+?) (?:rows|records|contacts|leads|entries)"#)
            ?? Text.match(rest, #"(?:that |which )?(?:fail|fails|failing|don't pass|do not pass)(?: on)? (?:the )?(.+?)(?: check| rule| validation| test)"#)
            ?? Text.match(rest, #"(?:where|whose|with|when|if) (?:the |their |its )?(.+?) (?:fails?|failing|doesn't pass|does not pass|don't pass)(?: the)?(?: validation| validity| checks?| rules?)?"#)
            // "whose email is missing, malformed or a duplicate": every way a value fails.
            ?? Text.match(rest, #"(?:where|whose|with|when|if) (?:the |their |its )?(.+?) (?:is|are) (?:(?:missing|empty|blank|malformed|invalid|bad|wrong|broken|a duplicate|duplicated?|repeated)(?:,? (?:or|and) |, )){1,3}(?:missing|empty|blank|malformed|invalid|bad|wrong|broken|a duplicate|duplicated?|repeated)"#)
        {
            // "a bad date": the template's one column of that kind.
            let kinds: [String: ColumnKind] = ["date": .date, "dates": .date, "phone number": .phone, "email address": .email, "domain": .domain, "website": .domain]
            if scope.target(g[0]) == nil, let kind = kinds[g[0].lowercased()] { return [.dropRows(RowCondition(column: try only(kind, g[0]), when: .invalid))] }
            return [.dropRows(RowCondition(column: try require(g[0]), when: .invalid))]
        }
        let emptyPatterns = [
            #"(?:without|with no|missing|lacking|with an empty|with a blank|with empty|with blank|with a missing|that lack|lack|no)(?: an?| the| any)? (.+?)"#,
            #"(?:where|when|if|whose) (?:the )?(.+?) (?:is|are) (?:empty|blank|missing|not set)"#,
        ]
        for pattern in emptyPatterns {
            guard let g = Text.match(rest, pattern) else { continue }
            if let target = scope.target(g[0]) { return [.dropRows(RowCondition(column: target, when: .empty))] }
            if let source = scope.source(g[0]) { return [.dropRows(RowCondition(column: source, when: .empty, inSource: true))] }
            _ = try require(g[0])
        }
        // "with lead souce PPC": a column, then one of its values.
        if let g = Text.match(rest, #"(?:(?:with|where|whose|having|from|of)(?: the| an?)? )?(.+)"#) {
            let words = g[0].split(separator: " ").map(String.init)
            for cut in stride(from: min(words.count - 1, 4), through: 1, by: -1) {
                let column = words[..<cut].joined(separator: " "), value = words[cut...].joined(separator: " ")
                guard let source = scope.source(column) ?? scope.target(column).flatMap({ scope.mappedFrom[$0] }),
                    scope.values[source]?[Text.unquote(value).lowercased()] != nil
                else { continue }
                return [.dropRows(RowCondition(column: source, when: .equals, value: Text.unquote(value).lowercased(), inSource: true))]
            }
        }
        // "from Dev Ops": a value of the data, whole.
        if Text.contains(rest, #"^(?:from|owned by|belonging to|assigned to)\b"#), let edits = try valueRows(rest) { return edits }
        if let g = Text.match(rest, #"(?:where|when|if|whose|with|that have|having)(?: the| an?)? (.+?) (?:is|was|=|==|equals|of|is set to|says|reads) ['"]?(.+?)['"]?"#)
            // "with lead source 'LinkedIn'": the quoted words are the value, the words before it the column.
            ?? Text.match(rest, #"(?:where|when|if|whose|with|that have|having)(?: the| an?)? ([^'"]+?) ['"]([^'"]+)['"]"#)
            ?? Text.match(rest, #"(?:with|from|that came from)(?: the)? ['"]?(.+?)['"]? (?:as (?:the )?)?(.+?)"#).map({ [$0[1], $0[0]] })
        {
            let values = Text.list(g[1])
            if values.count > 1 { return try values.map { value throws(Failure) in try dropByValue(column: g[0], value: value) } }
            return [try dropByValue(column: g[0], value: Text.unquote(g[1]))]
        }
        if let edits = try valueRows(rest) { return edits }
        // "the newsletter lead source rows": a value, then its column.
        let words = rest.replacingRegex(#"\s+(?:rows?|records?|leads?|contacts?|entries|ones)$"#, with: "").split(separator: " ").map(String.init)
        for cut in stride(from: words.count - 1, through: 1, by: -1) {
            let value = words[..<cut].joined(separator: " "), column = words[cut...].joined(separator: " ")
            guard let source = scope.source(column) ?? scope.target(column).flatMap({ scope.mappedFrom[$0] }), scope.values[source]?[value.lowercased()] != nil else { continue }
            return [.dropRows(RowCondition(column: source, when: .equals, value: value.lowercased(), inSource: true))]
        }
        throw Failure(reason: "say which rows to drop, e.g. \"Drop rows without a Company\"")
    }

    /// "Ahmed Miller", "the record for Sarah Nakamura", "Ahmed Miller's row", "Ahmed Miller and Ivan
    /// Martinez": people named by first and last name, each a row the update finds by that name; nil
    /// when any of the names is no person's.
    private func people(_ phrase: String) -> [Edit]? {
        let bare = phrase
            .replacingRegex(#"^(?:(?:the )?(?:rows?|records?|contacts?|entries|entry|leads?|lines?) (?:for|of|belonging to) )"#, with: "")
            .replacingRegex(#"(?:'s|’s)? (?:rows?|records?|contacts?|entry|lead|line)$"#, with: "")
        let names = Text.list(bare)
        guard !names.isEmpty else { return nil }
        var edits: [Edit] = []
        for name in names {
            guard let person = person(name) else { return nil }
            edits.append(.dropPerson(person))
        }
        return edits
    }

    /// A person's name as said, when its first words are a first name and the rest a last name of
    /// the data (or, in a file with too many names to keep, capitalised words that name nothing else).
    private func person(_ phrase: String) -> String? {
        let words = Text.unquote(phrase).split(separator: " ").map(String.init)
        guard (2...4).contains(words.count), let firstColumn = scope.mappedFrom["first_name"], let lastColumn = scope.mappedFrom["last_name"] else { return nil }
        let name = words.joined(separator: " ")
        guard let firsts = scope.values[firstColumn], let lasts = scope.values[lastColumn] else {
            let named = words.allSatisfy { $0.first?.isUppercase == true && scope.target($0) == nil && scope.source($0) == nil }
            return named && scope.columns(holding: name).isEmpty ? name : nil
        }
        let read = (1..<words.count).contains { cut in
            firsts[words[..<cut].joined(separator: " ").lowercased()] != nil && lasts[words[cut...].joined(separator: " ").lowercased()] != nil
        }
        return read ? name : nil
    }

    /// Rows named by a value seen in the data: "the Chat rows", "owned by Dev Ops", "from
    /// Initech", "de la Cruz (Last Name)". The value must belong to one source column (else the
    /// run asks which); nil when the phrase is no value at all.
    private func valueRows(_ phrase: String) throws(Failure) -> [Edit]? {
        // "subscribers (Lifecycle Stage = subscriber)": the brackets say the column and the value.
        if let g = Text.match(phrase, #".+? \((.+?) ?(?:=|==|is) ?['"]?([^'"()]+?)['"]?\)"#), scope.source(g[0]) != nil || scope.target(g[0]) != nil {
            return [try dropByValue(column: g[0], value: g[1])]
        }
        if let g = Text.match(phrase, #"(.+?) \((.+?)\)"#) {
            let value = g[0].replacingRegex(#"^(?:the|all|any)\s+|\s+(?:rows?|records?|leads?|contacts?|entries|ones|people)$"#, with: "")
            return [try dropByValue(column: g[1], value: Text.unquote(value))]
        }
        var value = phrase.replacingRegex(
            #"^(?:(?:the|all|any|every|those|these)\s+)?(?:(?:that (?:are |were )?|which (?:are |were )?|who )?(?:owned by|from|(?:who (?:work|works) |working |employed )?at|belonging to|assigned to|that came from|that came in via|came in (?:through|via|from|as)|came (?:through|via|from|as)|that came in as|marked as|tagged as|labelled as|labeled as|with)\s+)?(?:the\s+)?"#, with: "")
            // "Carla Closer's leads", "Dev Ops' contacts": the owner's rows.
            .replacingRegex(#"(?:'s|')(?=\s+(?:rows?|records?|leads?|contacts?|entries|ones|people|accounts?|customers?|clients?)$)"#, with: "")
        // "the Website ones": a word before a noun for rows is a value, even one that also names a column.
        let ofRows = Text.contains(value, #"\s+(?:rows?|records?|leads?|contacts?|entries|ones|people|sign-?ups?|accounts|customers|clients)$"#)
        value = value.replacingRegex(#"(?:\s+(?:owned|created|entered|added))?\s+(?:rows?|records?|leads?|contacts?|entries|ones|people|sign-?ups?|accounts|customers|clients)$"#, with: "")
        // "a trade show or tradeshow": each value of the list, when every one is a value of the same column.
        let items = Text.list(value).map { $0.replacingRegex(#"^(?:an?|the)\s+"#, with: "").lowercased() }
        if items.count > 1 {
            let owners = items.map { item in scope.header.filter { scope.values[$0]?[item] != nil } }
            guard let column = owners.first?.first, owners.allSatisfy({ $0 == [column] }) else { return nil }
            return items.map { .dropRows(RowCondition(column: column, when: .equals, value: $0, inSource: true)) }
        }
        var key = Text.unquote(value).lowercased().trimmingCharacters(in: .whitespaces).replacingRegex(#"^(?:an?)\s+"#, with: "")
        // "the subscribers": the plural of a value seen in the data.
        if !scope.header.contains(where: { scope.values[$0]?[key] != nil }), key.hasSuffix("s"), scope.header.contains(where: { scope.values[$0]?[String(key.dropLast())] != nil }) {
            key = String(key.dropLast())
        }
        // ("came in as WEBSITE": words that introduce a value make even a column's name one.)
        let introduced = Text.contains(phrase, #"^(?:(?:the|all|any|every|those|these)\s+)?(?:that |which |who )?(?:are |were )?(?:owned by|belonging to|assigned to|came|that came|marked as|tagged as|labell?ed as)\b"#)
        guard !key.isEmpty, ofRows || introduced || scope.target(key) == nil && scope.source(key) == nil else { return nil }
        var columns = scope.header.filter { scope.values[$0]?[key] != nil }
        // "the linkdin leads": a value of the data, mistyped (one value only, and the summary names it).
        if columns.isEmpty, ofRows || introduced, key.count >= 5 {
            let near = scope.header.flatMap { header in (scope.values[header] ?? [:]).keys.filter { Text.editDistance($0, key) <= Text.typoBudget($0) }.map { (header, $0) } }
            if near.count == 1 { (columns, key) = ([near[0].0], near[0].1) }
        }
        // "the Margie Software contacts": the one value of a column that opens with the words said, a
        // short name, never words at the start of a free text; several ("the Acme rows": Acme Dynamics,
        // Acme Networks) ask, offering them all.
        let placed = Text.contains(phrase, #"^(?:(?:the|all|any|every|those|these)\s+)?(?:(?:that|which|who) (?:are |were )?)?(?:from|at|(?:who (?:work|works) |working |employed )at)\b"#)
        if columns.isEmpty, ofRows || introduced || placed, key.count >= 3 {
            let opening = scope.header.compactMap { header -> (String, [String])? in
                let values = openingWith(key, in: header)
                return values.isEmpty ? nil : (header, values)
            }
            if opening.count == 1, let (column, values) = opening.first {
                guard values.count > 1 else { return [.dropRows(RowCondition(column: column, when: .equals, value: values[0], inSource: true))] }
                let rows = values.reduce(0) { $0 + (scope.values[column]?[$1] ?? 0) }
                throw Failure(
                    reason: "\(values.count) values of \(column) start with \"\(value)\" (\(Text.join(values)); \(Text.count(rows, "row"))); say which, or all of them",
                    readings: ["Drop the rows whose \(column) starts with \(value)"])
            }
        }
        guard !columns.isEmpty else { return nil }
        guard columns.count == 1 else { throw Failure(reason: "\"\(value)\" is a value of \(Text.join(columns)); say which column to compare") }
        return [.dropRows(RowCondition(column: columns[0], when: .equals, value: key, inSource: true))]
    }

    /// The values of a source column that open with the words `key` (lower case), each a short name.
    private func openingWith(_ key: String, in header: String) -> [String] {
        (scope.values[header] ?? [:]).keys.filter { $0.hasPrefix(key + " ") && $0.split(separator: " ").count <= 5 }.sorted()
    }

    /// "contact owner Alice Rep", "Lifecycle Stage other": a source column's name, then a value seen
    /// in it; nil when no cut of the words reads so.
    private func columnThenValue(_ phrase: String) throws(Failure) -> Edit? {
        let words = phrase.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        for cut in 1..<words.count {
            let column = words[..<cut].joined(separator: " ")
            let value = Text.unquote(words[cut...].joined(separator: " ").replacingRegex(#"^(?:is|=|of|:)\s+"#, with: ""))
            guard let source = scope.source(column), Text.key(source) == Text.key(column) || scope.target(column) != nil,
                scope.values[source]?[value.lowercased()] != nil
            else { continue }
            return try dropByValue(column: column, value: value)
        }
        return nil
    }

    /// A drop by value: a source value (compared before mapping) or an output value of a picklist.
    private func dropByValue(column phrase: String, value: String) throws(Failure) -> Edit {
        let key = value.lowercased().trimmingCharacters(in: .whitespaces)
        let target = scope.target(phrase)
        let source = scope.source(phrase) ?? target.flatMap { scope.mappedFrom[$0] }
        if let source, scope.values[source]?[key] != nil {
            return .dropRows(RowCondition(column: source, when: .equals, value: key, inSource: true))
        }
        if let target, let allowed = template.allowed(target)?.first(where: { Text.key($0) == Text.key(value) }) {
            return .dropRows(RowCondition(column: target, when: .equals, value: allowed))
        }
        guard let column = source ?? target else {
            // "where the source was PPC": a value seen in one source column only names its column.
            // Only when the phrase is no more than a generic word: words that name nothing are no column.
            let owners = scope.header.filter { scope.values[$0]?[key] != nil }
            if owners.count == 1, !phrase.contains(where: { "'\"`".contains($0) }), phrase.split(separator: " ").count <= 1 {
                return .dropRows(RowCondition(column: owners[0], when: .equals, value: key, inSource: true))
            }
            _ = try require(phrase)
            throw Failure(reason: "say which column to compare")
        }
        if scope.values[column] == nil, source != nil {
            return .dropRows(RowCondition(column: column, when: .equals, value: key, inSource: true))
        }
        throw Failure(reason: "no row has \(column) = \(value)")
    }

    /// "drop record 1000050", "remove the contacts with ids 1000050 and 1000137".
    private func dropRecords(_ text: String, verbs: String) -> Result<[Edit], Failure>? {
        // "the last row": the file's last data row, by its number.
        let lastRow = scope.rowCount.map {
            text.replacingRegex(#"\bthe (?:very )?last (?:data )?(?:row|line)\b"#, with: "row \($0)")
        } ?? text
        // "the first row"; "record '1001462'": quotes around an id say nothing.
        // "the first two rows": rows 1 and 2.
        let firstRows = Text.firstMatch(lastRow, #"\bthe first (\d{1,2}) (?:data )?(?:rows|lines|records|entries)\b"#).flatMap(Int.init).map { count in
            lastRow.replacingRegex(#"\bthe first \d{1,2} (?:data )?(?:rows|lines|records|entries)\b"#, with: "rows " + (1...max(count, 1)).map(String.init).joined(separator: ", "))
        } ?? lastRow
        let text = firstRows.replacingRegex(#"\b(?:the )?(?:very )?first (?:data )?(?:row|line)\b"#, with: "row 1")
            .replacingRegex(#"(?-i)['"`](\d{3,})['"`]"#, with: "$1")
        // "remove the 3rd row", "drop rows 3 and 4", "row 12 should go": rows by position.
        if let g = Text.match(text, verbs + #"(?: the)? ((?:\d+(?:st|nd|rd|th)(?:\s*(?:,|and|&)\s*)?)+) (?:rows?|records?|lines?|entries|entry)"#)
            ?? Text.match(text, verbs + #"(?: the)? (?:rows?|lines?)(?: (?:number|no\.?|#))? ((?:#?\d+(?:\s*(?:,|and|&)\s*)?)+)"#),
            !Text.contains(text, #"\b(?:ids?|record ids?|external ids?)\b"#)
        {
            let numbers = g[0].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            if !numbers.isEmpty, numbers.allSatisfy({ $0 > 0 && $0 < 10_000 }) {
                if let count = scope.rowCount, let beyond = numbers.first(where: { $0 > count }) {
                    return .failure(Failure(reason: "there is no row \(beyond): the file has \(Text.count(count, "data row"))", offersNearby: false))
                }
                return .success(numbers.map { .dropRowNumber($0) })
            }
        }
        // "drop 18": a bare short number is a row by its position, asked when it may be a record id too.
        if let g = Text.match(text, verbs + #" #?(\d{1,4})"#), let number = Int(g[0]), number > 0 {
            if let count = scope.rowCount, number > count {
                return .failure(Failure(reason: "there is no row \(number): the file has \(Text.count(count, "data row"))", offersNearby: false))
            }
            let idColumn = scope.mappedFrom["external_id"] ?? scope.header.first
            guard let idColumn, let ids = scope.values[idColumn], ids[g[0]] == nil else {
                return .failure(Failure(reason: "\(number) may be a row number or a record id; say \"row \(number)\" or \"record \(number)\"",
                    readings: ["Drop row \(number)", "Drop record \(number)"]))
            }
            return .success([.dropRowNumber(number)])
        }
        guard let g = Text.match(text, verbs + #"(?: the| these| those| the following)? (?:records?|contacts?|leads?|entries|entry|rows?|ids?|record ids?|external[_ ]ids?|people|person)(?: (?:with|having|whose))?(?: the)?(?: (?:record )?ids?| external ids?| record ids?)?(?: of)?(?: #| number| no\.?|:)? ((?:(?:records? |contacts? |ids? |#)?\d+(?:\s*(?:,|and|&|or)\s*|\s+(?=\d{5}))?)+)"#)
            ?? Text.match(text, verbs + #" (?:#)?(\d{5,}(?:\s*(?:,|and|&)\s*\d{5,})*)"#)
            ?? Text.match(text, verbs + #"(?: the)? (?:records?|contacts?|leads?|entries|entry|rows?) (?:#|number |no\.? )?((?:\d+(?:\s*(?:,|and|&)\s*)?)+) from (?:the )?(?:import|migration|file|load|crm|output)"#)
        else { return nil }
        let numbers = g[0].split(whereSeparator: { !$0.isNumber }).map(String.init)
        guard let idColumn = scope.mappedFrom["external_id"] ?? scope.header.first else {
            return .failure(Failure(reason: "there is no record id column to compare with"))
        }
        var edits: [Edit] = []
        for number in numbers {
            if let known = scope.values[idColumn], known[number] == nil {
                let isRow = Text.contains(text, #"\brows?\b"#) && (Int(number) ?? 0) < 10_000
                return .failure(Failure(reason: isRow
                    ? "say the record id (\(idColumn)) of the row to drop; rows are not dropped by position"
                    : "no record has \(idColumn) \(number)", offersNearby: isRow))
            }
            edits.append(.dropRows(RowCondition(column: idColumn, when: .equals, value: number, inSource: true)))
        }
        return .success(edits)
    }

    func keepFirst(_ said: String) throws(Failure) -> [Edit]? {
        // ("for the dedupe tool", "it's breaking our de-dupe", "their dedupe works on surnames": a tool
        // or step, not a request to deduplicate.)
        let text = said.replacingRegex(#"\b(?:our|their|your|my|its|the client's) (?:dedupe|de-dupe|dedup|deduplication|de-duplication)(?: (?:tool|step|process|job|script|system|logic|run))?\b"#, with: "it")
        guard Text.contains(text, #"(?<!\b(?:our|their|your|my|its) )\b(unique|dedupe|de-dupe|dedup|deduplicate|de-duplicate|duplicates?|duplicated)\b(?! (?:tool|step|process|job|script|system|check in|run|logic))"#),
            !Text.contains(text, #"\b(?:don't|do not|dont|doesn't|does not|no longer|stop|never|not|no need|needn't|without|no dedupe|no de-dupe|no dedup|no deduplication|off)\b"#)
        else { return nil }
        // ("only the first one should pass": the later ones flagged, none dropped.)
        let flagsOnly = Text.contains(text, #"\bfirst(?: one| occurrence| row)? (?:should|must|will|can|may) (?:pass|be valid|validate|be accepted)|\b(?:the )?(?:others|rest|later ones?|second ones?) (?:should|must|will) (?:fail|be flagged|be invalid)"#)
        let keeps = !flagsOnly && Text.contains(text, #"\b(keep(ing)? (the |only the )?(first|earliest)|first one|dedupe|de-dupe|dedup|deduplicate|de-duplicate|(remove|drop|delete|skip|throw away|discard|(?:get )?rid of|lose|exclude)( the| all| any)? (later |other |second )?(duplicates?|dupes?|(duplicate|duplicated|repeated) [\w ]+ (rows|records|contacts|entries|ones)|(rows|records|contacts|entries) (with|having) (a )?(duplicate|duplicated|repeated) [\w ]+))\b"#)
        // ("keep the newest one", "keep the one with the latest date": only the first in the file can be kept.)
        if keeps, Text.contains(text, #"\bkeep(?:ing)? (?:only )?the (?:(?:most recent|latest|last|newest|oldest|older|newer|earliest(?= (?:created|date|added))|second|later|other|one with|ones? (?:with|that|which|created))\b|(?:\w+ )?(?:updated|created|dated))"#) {
            throw Failure(reason: "only the first row of each duplicate in the file can be kept, not one chosen by its date or content", readings: mentioned(text).prefix(1).map { "\($0) must be unique, keep the first" })
        }
        let rest = text.replacingRegex(
            #"\b(keep(ing)? (the |only the )?(first|earliest)( one| occurrence| row)?|first one)\b"#, with: " ")
        var targets = mentioned(rest)
        // ("get rid of the duplicates": of the one column whose values must be unique.)
        let uniques = template.columnNames.filter { sheet.isUnique($0, in: template) }
        if targets.isEmpty, keeps, uniques.count == 1 { targets = uniques }
        guard targets.count == 1 else {
            // (Several columns must be unique: which one's duplicates is asked, each a reading.)
            if targets.isEmpty, keeps, uniques.count > 1 {
                throw Failure(reason: "say which column's duplicates to drop", readings: uniques.map { "\($0) must be unique, keep the first" })
            }
            throw Failure(reason: targets.isEmpty ? "say which column must be unique" : "say which one column must be unique: \(Text.join(targets))")
        }
        guard keeps else {
            // (A column already unique is the uniqueness rule's to say; a note here would swallow
            // the rest of a message such as "email is unique, plus lowercased".)
            if template.column(targets[0])?.unique == true { return nil }
            throw Failure(reason: "say what to do with duplicates, e.g. \"\(targets[0]) must be unique, keep the first\"")
        }
        return [.keepFirst(target: targets[0])]
    }

    /// The first or last word of a source column, or its part before/after the first or last space.
    func word(_ text: String) throws(Failure) -> [Edit]? {
        // "the part after it goes to notes": the part after the space named before it.
        let text = text.replacingRegex(#"\bthe (?:part|bit|text|rest) after(?: (?:it|that|the space)\b|(?=$|,| and\b| into\b| in\b| to\b))"#, with: "the last part")
            .replacingRegex(#"\bthe (?:part|bit|text) before(?: (?:it|that|the space)\b|(?=$|,| and\b| into\b| in\b| to\b))"#, with: "the first part")
            // "the rest of First Name (everything after the first word)": the rest is after the first word.
            .replacingRegex(#"\s*\((?:(?:everything|all|whatever comes|what comes) )?after the first (?:word|space)\)"#, with: "")
            .replacingRegex(#"\b(everything|all|the text|the part|whatever is) (?:in|of) (?:the )?(.+?) (before|after) the (first|last) (space|blank|word)\b"#, with: "$1 $3 the $4 $5 of $2")
            // "from First Name take only the first word for first_name", "in notes only the first word of
            // Contact Owner": the place and the source said in another order.
            .replacingRegex(#"^from (?:the )?(.+?),? (?:take|keep|use|i want|we want|get) (?:only |just )?(the (?:first|last) (?:word|part)|(?:everything|the part|what comes) (?:before|after) the (?:first|last) (?:space|word)),? (?:for|into|in|to|as) (?:the )?(.+?)$"#, with: "put $2 of $1 into $3")
            .replacingRegex(#"^from (?:the )?(.+?),? (?:i |we )?(?:take|keep|use|want|get) (?:only |just )?(the (?:first|last) (?:word|part)|(?:everything|the part|what comes) (?:before|after) the (?:first|last) (?:space|word)),? (?:and )?(?:put|send|move) (?:it|that) (?:in|into|to) (?:the )?(.+?)$"#, with: "put $2 of $1 into $3")
            .replacingRegex(#"^(?:in|into|for) (?:the )?([\w -]+?),? (?:only |just )?(the (?:first|last) (?:word|part) of .+)$"#, with: "put $2 into $1")
            .replacingRegex(#"\bon its (first|last) space\b"#, with: "on the $1 space")
            .replacingRegex(#"\bthe final (word|part)\b"#, with: "the last $1")
            .replacingRegex(#"\bplace\b"#, with: "put")
            .replacingRegex(#"\b(?:should have|should contain|has|have) only\b"#, with: "should only keep")
            .replacingRegex(#"\bthe rest of (.+?),? after the first (?:word|space)\b"#, with: "the rest of $1")
            .replacingRegex(#"\bthe rest of\b"#, with: "everything after the first word of")
            // "keep the right part": the part after the space.
            .replacingRegex(#"\bthe right(?:-hand)? (part|side|bit)\b"#, with: "the last part")
            .replacingRegex(#"\bthe left(?:-hand)? (part|side|bit)\b"#, with: "the first part")
        let side = #"(?:only |just )?(?:everything|all|the text|the part|the bit|whatever (?:is|comes)|what comes|the rest) (before|after) the (first|last) (?:space|blank|word)"#
        // "of the company name keep only the part before the last space", "company: keep everything before
        // the last space": a part of the column's own source kept.
        if let g = Text.match(text, #"(?:of|in|for|from) (?:the )?(.+?),? (?:keep|leave|use|take) "# + side) ?? Text.match(text, #"(?:the )?(.+?)\s*:\s*(?:keep|leave|use|take) "# + side)
            ?? Text.match(text, #"(?:keep|leave) "# + side + #" (?:of|in) (?:the )?(.+?)"#).map({ [$0[2], $0[0], $0[1]] }),
            let target = scope.target(g[0]), let source = scope.mappedFrom[target]
        {
            return [.map(target: target, source: Self.part(of: source, g[1].lowercased() == "before", space: g[2].lowercased() == "first"))]
        }
        // "last_name -> only what comes after the last space": a part of the column's own source.
        if let g = Text.match(text, #"(.+?) (?:=|to|should be|is|gets|becomes|should get) "# + side), let target = scope.target(g[0]), let source = scope.mappedFrom[target] {
            return [.map(target: target, source: Self.part(of: source, g[1].lowercased() == "before", space: g[2].lowercased() == "first"))]
        }
        if let g = Text.match(text, #"(.+?) (?:=|should be|is|gets|becomes|should get) "# + side + #" (?:in|of|from) (?:the )?['"]?(.+?)['"]?(?: column)?"#) {
            guard let source = scope.source(g[3]) else { return nil }
            return [.map(target: try require(g[0]), source: Self.part(of: source, g[1].lowercased() == "before", space: g[2].lowercased() == "first"))]
        }
        if let g = Text.match(text, #"(?:put|use|take|map|send|copy|move|keep) "# + side + #" (?:in|of|from) (?:the )?['"]?(.+?)['"]?(?: column)? (?:into|in|to|for|as|onto) (?:the )?['"]?(.+?)['"]?(?: column)?"#) {
            guard let source = scope.source(g[2]) else { return nil }
            return [.map(target: try require(g[3]), source: Self.part(of: source, g[0].lowercased() == "before", space: g[1].lowercased() == "first"))]
        }
        if let g = Text.match(text, side + #" (?:in|of|from) (?:the )?['"]?(.+?)['"]?(?: column)? (?:goes|should go|go|belongs) (?:into|in|to) (?:the )?['"]?(.+?)['"]?(?: column)?"#) {
            guard let source = scope.source(g[2]) else { return nil }
            return [.map(target: try require(g[3]), source: Self.part(of: source, g[0].lowercased() == "before", space: g[1].lowercased() == "first"))]
        }
        // ("the first name from First Name" is the column; "the first name of Contact Owner" its word;
        // "First Name in last_name", written as the header, is the column.)
        let of = #"(?:only |just )?(?:the )?(first|last) (?:(?:word|part|token) (?:of|from|in)|(?-i:name) (?:of|in)) (?:the )?['"]?(.+?)['"]?(?: column)?"#
        var found: (part: String, source: String, target: String?)?
        if let g = Text.match(text, #"(?:put|use|take|map|send|copy|move|keep|get)? ?"# + of + #"(?: only)? (?:into|in|to|for|as|onto) (?:the )?['"]?(.+?)['"]?(?: column)?"#)
            ?? Text.match(text, of + #"(?: only)? (?:goes|should go|go) (?:into|in|to) (?:the )?['"]?(.+?)['"]?"#)
        {
            found = (g[0], g[1], g[2])
        } else if let g = Text.match(text, #"(.+?) (?:should|must|will)? ?(?:only )?(?:be|is|=|keeps?|gets?|holds?|contains?) "# + of) {
            found = (g[1], g[2], g[0])
        } else if let g = Text.match(text, #"(?:keep|use|take)? ?"# + of) {
            found = (g[0], g[1], nil)
        } else if let g = Text.match(text, #"split (?:the )?['"]?(.+?)['"]? (?:on|at|by) the (first|last) space,? (?:and )?(?:(?:put|keep|take|use) )?(?:only )?(?:the )?(first|last) (?:part|word|bit)(?: (?:in|into|for|as|goes to|goes into|go to|go into|should go to|should go into|to) (?:the )?['"]?(.+?)['"]?)?"#) {
            guard let source = scope.source(g[0]) else { return nil }
            let target = g[3].isEmpty ? scope.target(g[0]) : try require(g[3])
            guard let target else { throw Failure(reason: "say which column the part goes into") }
            return [.map(target: target, source: Self.part(of: source, g[2].lowercased() == "first", space: g[1].lowercased() == "first"))]
        }
        guard let found, let source = scope.source(found.source) else { return nil }
        guard let target = found.target.map({ scope.target($0) }) ?? scope.target(found.source) else {
            throw Failure(reason: "say which \(template.name) column the word goes into")
        }
        let first = found.part.lowercased() == "first"
        return [.map(target: target, source: .split(column: source, separator: " ", part: first ? 0 : -1))]
    }

    /// The part of `source` before or after its first or last space.
    static func part(of source: String, _ before: Bool, space first: Bool) -> ColumnSource {
        switch (before, first) {
        case (true, true): .split(column: source, separator: " ", part: 0)
        case (true, false): .splitName(column: source, part: .first)
        case (false, false): .split(column: source, separator: " ", part: -1)
        case (false, true): .splitName(column: source, part: .rest)
        }
    }

    func split(_ text: String) throws(Failure) -> [Edit]? {
        guard let groups = Text.match(text, #"split (?:the )?['"]?(.+?)['"]?(?: column)? (?:into|in|to|between) (.+?)(?: (?:on|by|at) (?:the )?['"]?(.+?)['"]?)?"#) else {
            return nil
        }
        guard let source = scope.source(groups[0]) else {
            throw Failure(reason: "there is no source column \"\(Text.unquote(groups[0]))\" (columns: \(scope.header.joined(separator: ", ")))")
        }
        guard let targets = scope.targets(groups[1]), targets.count >= 2 else {
            throw Failure(reason: "say which \(template.name) columns \(source) splits into, e.g. \"Split \(source) into First Name and Last Name\"")
        }
        let first = scope.target("first name"), last = scope.target("last name")
        if targets.count == 2, targets[0] == first, targets[1] == last, groups[2].isEmpty {
            return [.map(target: targets[0], source: .splitName(column: source, part: .first)),
                    .map(target: targets[1], source: .splitName(column: source, part: .last))]
        }
        let separator = try Self.separator(groups[2]) ?? " "
        return targets.enumerated().map { index, target in
            .map(target: target, source: .split(column: source, separator: separator, part: index == targets.count - 1 && targets.count > 1 ? -1 : index))
        }
    }

    /// Two-letter words a region is never read from when written in lower case.
    static let shortWords: Set<String> = ["no", "is", "in", "it", "at", "be", "do", "go", "me", "my", "so", "to", "us", "an", "as", "by", "he", "hi", "if", "of", "on", "or", "up", "we", "am", "ok"]

    /// The separator a phrase names: a quoted literal taken exactly (`' | '`), named marks
    /// composed in order ("semicolon and space" → `"; "`; a lone comma, semicolon or colon takes a
    /// space after it), or bare punctuation (`/`). `nil` when
    /// the phrase is empty. Words that name no mark are refused rather than used as the separator.
    static func separator(_ words: String, spaced: Bool = false) throws(Failure) -> String? {
        // A quoted separator is taken exactly, spaces included: ' | '.
        if words.count >= 2, let first = words.first, let last = words.last, first == last, "'\"".contains(first) {
            return String(words.dropFirst().dropLast())
        }
        // "a dash with spaces around it": the mark with a space on each side.
        let aroundSpaces = #"\s+(?:with (?:a )?spaces? (?:around|on (?:both|each|either) sides?(?: of)?|either side(?: of)?)(?: (?:it|them))?|surrounded by spaces|padded with spaces)$"#
        if Text.contains(words, aroundSpaces), let mark = try separator(words.replacingRegex(aroundSpaces, with: ""), spaced: true) {
            return " " + mark.trimmingCharacters(in: .whitespaces) + " "
        }
        let phrase = words.replacingRegex(
            #"\s*\b(?:between(?: (?:them|each|the (?:two|parts|values|columns)))?|in between|in the middle)$"#, with: "").trimmingCharacters(in: .whitespaces)
        if phrase.isEmpty { return nil }
        guard phrase.contains(where: \.isLetter) else { return phrase }
        var separator = ""
        let parts = phrase.lowercased().replacingRegex(
            #"(?-i)\s*(?:,|\band\b|\bplus\b|\bfollowed by\b|\bthen\b)\s*"#, with: "\u{0}").split(separator: "\u{0}")
        for part in parts {
            let name = String(part).replacingRegex(
                #"(?-i)^(?:a single|a|an|one|single|just a|just one)\s+"#, with: "")
            guard let mark = separatorMarks[name] ?? separatorMarks[String(name.dropLast())] else {
                throw Failure(reason: "\"\(words)\" names no separator I know; quote it, e.g. with ' ; '")
            }
            separator += mark
        }
        // "with a comma": a lone comma, semicolon or colon is followed by a space, as people write
        // it in text; the summary shows the exact separator.
        if parts.count == 1, [",", ";", ":"].contains(separator) { separator += " " }
        // ("a dash" or "a slash" is written "-" between codes and " - " between words: not guessed.)
        for mark in ["dash", "slash"] where !spaced && [mark, "a " + mark, "one " + mark].contains(where: { parts == [Substring($0)] }) {
            let sign = mark == "dash" ? "-" : "/"
            throw Failure(reason: "say whether the \(mark) has spaces around it: quote it, '\(sign)' or ' \(sign) '")
        }
        return separator
    }

    /// Separator marks by name (singular; a plural `s` is dropped before lookup).
    private static let separatorMarks: [String: String] = [
        "comma": ",", "space": " ", "blank": " ", "semicolon": ";", "semi-colon": ";", "colon": ":", "dash": "-",
        "hyphen": "-", "pipe": "|", "vertical bar": "|", "bar": "|", "slash": "/", "forward slash": "/",
        "backslash": "\\", "period": ".", "dot": ".", "full stop": ".", "underscore": "_", "plus sign": "+",
        "ampersand": "&", "tab": "\t", "new line": "\n", "newline": "\n", "line break": "\n",
        "comma space": ", ",
    ]

    func combine(_ text: String) throws(Failure) -> [Edit]? {
        // "Set notes to Contact Owner and Lifecycle Stage joined with ' / '": the target said first;
        // "notes += ' | ' + Contact Owner": an append in code.
        let coded = text
            .replacingRegex(#"^(?:set|make|fill|populate) (?:the )?(.+?) (?:to|as|with|from) (.+?),? (?:joined|separated|combined|concatenated|glued)(?: together)? (?:with|by|using) (.+)$"#, with: "combine $2 into $1 separated by $3")
            .replacingRegex(#"^(?:the )?(.+?) (?:should be|must be|=) (.+? and .+?),? (?:joined|separated|combined|concatenated|glued|together|put together)(?: together)? (?:with|by|using) (.+)$"#, with: "combine $2 into $1 separated by $3")
            // "First Name + a space + Last Name": the mark named in words.
            .replacingRegex(#"\+ (?:an? |one )?space \+"#, with: "+ ' ' +").replacingRegex(#"\+ (?:an? |one )?comma \+"#, with: "+ ', ' +")
            .replacingRegex(#"\+ (?:an? |one )?(?:dash|hyphen) \+"#, with: "+ ' - ' +").replacingRegex(#"\+ (?:an? |one )?slash \+"#, with: "+ ' / ' +")
            .replacingRegex(#"^(?:the )?(?:crm|system|client|sales|team|business) (?:wants|needs|expects) (?:the )?[\w ]{1,20}? in (?:the )?([\w -]+?)\s*:\s*(.+\+.+)$"#, with: "$1 = $2")
            .replacingRegex(#"^(.+?) ?\+= ?(['"][^'"]*['"]) ?\+ ?(.+)$"#, with: "append $3 to $1 separated by $2")
            .replacingRegex(#"^(.+?) ?\+= ?([^'"]+)$"#, with: "append $2 to $1")
        // "…, dash between": the separator named before "between".
        let named = Text.contains(coded, #"\b(?:with|separated|seperated|joined|delimited|using|separator)\b"#) ? coded
            : coded.replacingRegex(#",? (?:an? |one )?([a-z]+(?: [a-z]+)?) (?:in )?between(?: them)?$"#, with: " with $1")
        let text = named.replacingRegex(#"\s*\((separator|separated by|joined by|delimited by):?\s*(.+)\)$"#, with: ", $1 $2")
        let separated = #"(?:,? (?:with|separated by|seperated by|separated with|seperated with|using|by|joined by|joined with|separator:?|delimited by|use) (?:a |an )?('[^']*'|"[^"]*"|.+?)(?: in between| between them| between| as (?:the )?separator)?)?"#
        if let g = Text.match(text, #"(?:append|add|tack|attach|stick)(?: the)? (.+?) (?:to|onto|on to|at the end of|to the end of|on the end of|on to the end of|onto the end of)(?: the end of)?(?: the)? (.+?)"# + separated)
            ?? Text.match(text, #"(?:put|place|add|write)(?: the)? (.+?) (?:after|behind|following)(?: the)? (.+?)"# + separated)
        {
            guard let extra = scope.source(g[0]) else { return nil }
            let target = try require(g[1])
            let base: [String] = switch sheet.column(target)?.source {
            case .column(let name)?: [name]
            case .combine(let names, _)?: names
            default: []
            }
            let separator = try Self.separator(g[2]) ?? " "
            return [.map(target: target, source: base.isEmpty ? .column(extra) : .combine(columns: base + [extra], separator: separator))]
        }
        // `Contact Owner + " / " + Lifecycle Stage -> notes`: the sources first.
        if let g = Text.match(text, #"(?:(?:put|place|write|combine|join|merge|glue|concatenate) )?(?:the )?(.+?) (?:\+|then|and) ['"](.+?)['"] (?:\+|then|and) (?:the )?(.+?) (?:to|into|in|as|=|goes to|go to|goes into|go into)(?: the)? (.+?)"#),
            let first = scope.source(g[0]), let second = scope.source(g[2])
        {
            return [.map(target: try require(g[3]), source: .combine(columns: [first, second], separator: g[1]))]
        }
        if let g = Text.match(text, #"(.+?) (?:=|should read|should be|becomes) (.+?),? (?:\+|then|followed by) ['"](.+?)['"],? (?:\+|then|and then|followed by|and) (.+?)"#) {
            guard let first = scope.source(g[1]), let second = scope.source(g[3]) else { return nil }
            return [.map(target: try require(g[0]), source: .combine(columns: [first, second], separator: g[2]))]
        }
        if let g = Text.match(text, #"(.+?) (?:should read|should be|=|becomes) (.+?) (?:then|\+|followed by|and) (.+?)"# + separated),
            let first = scope.source(g[1]), let second = scope.source(g[2]), let target = scope.target(g[0])
        {
            return [.map(target: target, source: .combine(columns: [first, second], separator: try Self.separator(g[3]) ?? " "))]
        }
        // "put Last Name then First Name in last_name separated by ", "": the sources in order, then the target.
        if let g = Text.match(text, #"(?:put|place|write|combine|join|merge|concatenate)(?: the)? (.+?) (?:then|followed by|\+|and(?: the)?) (.+?) (?:in|into|to|as|in the) (?:the )?(.+?)"# + separated)
            ?? Text.match(text, #"(.+?) (?:and|then|followed by|\+) (.+?) (?:to|into|=|go to|go into|goes to|goes into) (?:the )?(.+?)"# + separated),
            let first = scope.source(g[0]), let second = scope.source(g[1]), let target = scope.target(g[2])
        {
            return [.map(target: target, source: .combine(columns: [first, second], separator: try Self.separator(g[3]) ?? " "))]
        }
        // "put first name and last name together in notes": a combine said with "together".
        let together = text.replacingRegex(#"^(?:put|stick|glue|bring|join|merge) (.+?) together\b"#, with: "combine $1")
        guard let groups = Text.match(together, #"(?:combine|join|concatenate|concat|merge|put together) (.+?) (?:into|to|as|in) (?:the |one |a )?['"]?(.+?)['"]?(?: column)?"# + separated)
        else { return nil }
        let names = Text.list(groups[0])
        var sources: [String] = []
        for name in names {
            guard let source = scope.source(name) else {
                throw Failure(reason: "there is no source column \"\(name)\" (columns: \(scope.header.joined(separator: ", ")))")
            }
            sources.append(source)
        }
        guard sources.count >= 2 else { throw Failure(reason: "name at least two source columns to combine") }
        let target = try require(groups[1])
        let separator = try Self.separator(groups[2]) ?? (Text.key(target).contains("address") ? ", " : " ")
        return [.map(target: target, source: .combine(columns: sources, separator: separator))]
    }

    func phone(_ text: String) throws(Failure) -> [Edit]? {
        let e164 = Text.contains(text, #"\be\.?\s?164\b"#)
        let phoneFormat = Text.contains(text, #"\b(phones?|mobiles?|telephones?)\b"#)
            && Text.contains(text, #"\b(format|formatted|international|normali[sz]ed?|standardi[sz]ed?|convert)\b"#)
            && !Text.contains(text, #"\b(trim|clear|drop|remove|lower|upper|title)\b"#)
        // (A region code inside a column's name is no region: "the Record ID numbers" names no Indonesia.)
        let names = scope.header.filter { $0.contains(" ") }.map { NSRegularExpression.escapedPattern(for: $0) }
        let text = Self.correctingCountryNames(names.isEmpty ? text : text.replacingRegex(#"\b(?:"# + names.joined(separator: "|") + #")\b"#, with: "that column"), keeping: scope.nameWords)
        // ("region GE" alone, as the question about a region asks it to be said.)
        let regionPhones = (Text.contains(text, #"\b(phones?|phone numbers?|numbers|mobiles?|telephones?|dial(?:l)?ing code|calling code|country code)\b"#)
            || Text.match(text, #"(?:use |set )?(?:the )?(?:default )?region (?:is |= ?|: ?|to )?\S+"#) != nil) && !Region.mentions(in: text).isEmpty
            && !Text.contains(text, #"\b(trim|clear|drop|remove|lower|upper|title|dates?)\b"#)
        guard e164 || phoneFormat || regionPhones else { return nil }
        // A region said beside another request is not read alone: "…British, and could you map
        // newsletter to Email" is two requests, each read (or asked about) on its own. (A statement
        // after it, "…, the export came out of our Berlin office", is its reason.)
        if let tail = Text.firstMatch(text, #"(?:[,;]\s*(?:and|but|plus|also)?|\band\b|\bplus\b|\balso\b)\s+((?:(?![,;]|\band\b|\bplus\b|\balso\b).)+)$"#),
            Region.mentions(in: tail).isEmpty,
            !Text.contains(tail, #"\b(?:phones?|phone numbers?|numbers?|mobiles?|telephones?|region|country|code|e\.?164|international|national|local|format\w*|them|they|those|these|it|accordingly)\b"#),
            !Text.contains(tail, #"^(?:(?:could|can|would|will) you |please |pls |kindly )?(?:the|our|their|my|we|they|it|this|that|these|those|some|most|many|all|i|he|she|there|which|since|because|as)\b"#)
        {
            return nil
        }
        // ("…, email optional, and German as the phone region": a part that sets another rule is its own request.)
        for part in text.split(separator: /\s*(?:[,;]|\band\b|\balso\b|\bplus\b)\s*/.ignoresCase()).map(String.init) where Region.mentions(in: part).isEmpty {
            if Text.contains(part, #"\b(?:required|mandatory|optional|unique|trim(?:med)?|(?:upper|lower|title)[- ]?case[ds]?|drop|skip|import(?:ed)?|map(?:ped)?)\b"#) { return nil }
        }
        var region = "US"
        // "India, not the US": a region said not to apply is no candidate.
        let mentions = Region.mentions(in: text).filter { mention in
            !Text.contains(String(text[..<mention.range.lowerBound]), #"\b(?:not|rather than|instead of|never)(?: the)?\s*$"#)
        }
        let words: [String] = mentions.map { mention in
            let phrase = String(text[mention.range])
            return phrase.split(separator: " ").last.map(String.init) ?? phrase
        }
        if let word = words.first(where: { Self.shortWords.contains($0) }) {
            throw Failure(reason: "\"\(word)\" is an English word, not a region I will guess; say the country name or its code in capitals")
        }
        // "from Georgia": the country or the US state.
        if words.contains(where: { $0.lowercased() == "georgia" }), !Text.contains(text, #"\b(?:country|republic|\+995|GE|tbilisi|caucasus)\b"#) {
            throw Failure(
                reason: "Georgia is a country (+995, region GE) and a US state (+1, region US); say \"region GE\" or \"region US\"",
                readings: ["Phone region GE", "Phone region US"])
        }
        let named = Array(Set(mentions.map(\.region))).sorted { $0.code < $1.code }
        if named.count > 1 {
            throw Failure(reason: "say one default region, not \(Text.join(named.map(\.description)))")
        } else if let only = named.first {
            region = only.code
        } else if Text.contains(text, #"\b(?:region|country)\b"#) {
            throw Failure(reason: "say which region by its country name or ISO code, e.g. \"default region GB\"")
        }
        let target = mentioned(text).first { template.kind($0) == .phone }
        if let target { return [.phone(target: target, region: region)] }
        return [.phone(target: try only(.phone, "phone"), region: region)]
    }

    func date(_ text: String) throws(Failure) -> [Edit]? {
        // "day first, not month first": an order said not to apply is no candidate, and the only
        // order said ("not month first") means the other one.
        let negated = #"\s*,?\s*\b(?:not|isn't|aren't|rather than|instead of|as opposed to|never)\s+(?:in\s+)?(?:the\s+)?(month[- ]?first|day[- ]?first|american|us|usa|uk|british|european|mm/dd(?:/yy(?:yy)?)?|dd/mm(?:/yy(?:yy)?)?)(?: format| order| style)?\b"#
        // ("not American!! fix the region" says nothing of dates: a country alone denies an order only
        // beside a date.)
        let deniedWord = Text.firstMatch(text, negated)
        let denied = deniedWord.map { Text.contains($0, #"^(?:month|american|us|mm)"#) }
        let text = text.replacingRegex(negated, with: " ")
        // Only "UK"/"American"-like words need the (slower) column lookup for a date column by name.
        let dated = (Text.contains(text, #"\b(dates?|dated|created|day|month|dd|mm|dmy|mdy)\b"#)
            || Text.contains(text, #"\b(european|uk|british|english|gb|american|us|usa)\b"#) && mentioned(text).contains { template.kind($0) == .date })
            && !Text.contains(text, #"\b(phones?|numbers?|mobiles?)\b"#)
        var dayFirst = Text.contains(text, #"\b(days? (?:comes? |goes |is )?(?:before|ahead of) (?:the )?months?|(?:comes? )?first (?:comes? )?the day|the day comes first|day[- ]?first|days? (?:come |comes |goes )?first|day before (?:the )?month|day-then-month|day[/ -]month(?:[/ -]year)?|dd/mm|d/m/y|dd\.mm|dmy|d-m-y|ddmmyyyy)\b"#)
            || dated && Text.contains(text, #"\b(european|uk|british|english|gb)\b"#)
        var monthFirst = Text.contains(text, #"\b(months? (?:comes? |goes |is )?(?:before|ahead of) (?:the )?days?|month[- ]?first|months? (?:come |comes |goes )?first|month before (?:the )?day|month-then-day|month[/ -]day(?:[/ -]year)?|mm/dd|m/d/y|mdy|m-d-y|mmddyyyy)\b"#)
            || dated && Text.contains(text, #"\b(american|us|usa)\b"#)
        if !dayFirst, !monthFirst, let denied, dated || Text.contains(deniedWord ?? "", #"^(?:month|day|mm|dd)"#) {
            (dayFirst, monthFirst) = (denied, !denied)
        }
        let iso = Text.contains(text, #"\b(iso|yyyy-mm-dd|iso-?8601)\b"#) && Text.contains(text, #"\b(dates?|format|convert)\b"#)
        // "keep the time in the created dates" (a datetime column), "ignore the time".
        let keepTime: Bool? = !dated ? nil
            : Text.contains(text, #"\b(?:keep|keeping|preserve|include|with)(?: the| their)? (?:times?|time of day|hours?)\b"#) ? true
            : Text.contains(text, #"\b(?:ignore|drop|strip|remove|without|no|skip)(?: the| their)? times?\b"#) ? false : nil
        // "use Date Added for the created date, it is in UK format": the date order is one clause of several.
        // ("exported from our European office" names where the file came from, not a column.)
        guard dayFirst || monthFirst || iso || keepTime != nil,
            !Text.contains(text, #"\b(use|map|take|import|from|into|instead of)\b(?!\s+(?:the\s+)?(?:american|us|usa|uk|british|european|english|iso|day[- ]first|month[- ]first|day/month|month/day|dd/mm|mm/dd|d/m/y|m/d/y)\b|\s+(?:our|an?|the|their)\s+(?:\w+\s+)?(?:office|team|system|crm|branch|subsidiary|database|tool|region|country|side)\b)"#)
        else { return nil }
        // A date order said beside another change is not read alone: "… and delete 1000907", "…, and
        // the contacts with no company should show their domain".
        if Text.contains(text, #"\b(?:drop|delet|remov|trim|exclud|skip|lower|upper|title|split|combin|unique|requir|mandatory|optional|import)\w*|(?:,|\band\b)\s+(?:the |all |any )?(?:contacts?|rows?|records?|leads?|people|entries|ones)\b"#)
            || namedExactly(text).contains(where: { template.kind($0) != .date })
            // ("phones are in, dates are day first": a part about another column is a part of its own.)
            || text.split(whereSeparator: { ",;".contains($0) }).contains(where: { part in
                !Text.contains(String(part), #"\b(?:dates?|dated|days?|months?|years?|format|order|dd|mm|yyyy|iso|uk|us|usa|british|american|european|english)\b"#)
                    && mentioned(String(part)).contains { template.kind($0) != .date }
            })
        {
            return nil
        }
        let named = mentioned(text).filter { template.kind($0) == .date || sheet.column($0)?.transforms.contains(where: { if case .date = $0 { true } else { false } }) == true }
        let targets = named.isEmpty ? scope.columns(of: .date) : named
        guard !targets.isEmpty else { throw Failure(reason: "\(template.name) has no date column; say which column holds dates") }
        let order: Bool? = dayFirst ? true : monthFirst ? false : nil
        return targets.map { .date(target: $0, dayFirst: order, keepTime: keepTime) }
    }

    func domain(_ text: String) throws(Failure) -> [Edit]? {
        guard Text.contains(text, #"\b(normali[sz]e|clean( up)?|tidy|standardi[sz]e|strip)\b"#),
            Text.contains(text, #"\b(domains?|websites?|urls?|sites?)\b"#)
        else { return nil }
        let targets = mentioned(text).filter { template.kind($0) == .domain }
        if let target = targets.first { return [.domain(target: target)] }
        return [.domain(target: try only(.domain, "domain"))]
    }

    func picklistMap(_ text: String) throws(Failure) -> [Edit]? {
        let patterns = [
            #"(.+?) (?:must be going to|should be going to|is going to|are going to|should be recorded as|should be stored as|should be logged as|should be imported as|be recorded as|recorded as|ought to be categori[sz]ed as|should be categori[sz]ed as|be categori[sz]ed as|be classified as|ought to count as|ought to be) (?:an? )?['"]?([^'"]+?)['"]?()"#,
            #"(?:map|treat|count|classify|categori[sz]e|label|tag|put|send|turn|convert|change|file|group|bucket|set|translate|recode|relabel|rename|normali[sz]e|standardi[sz]e) (.+?) (?:to|as|into|under|in|=) ['"]?([^'"]+?)['"]?(?: (?:in|for) (.+?))?"#,
            #"(.+?) (?:should be|should become|must be|must become|need to be|needs to be|have to be|has to be|become|becomes|are|is|means|mean|=|belong to|belongs to|belong under|belongs under|go to|goes to|land in|lands in|should land in|land as|lands as|should land as|end up in|should end up in|map to|maps to|to|counts as|count as|should count as|could count as|can count as|would count as|could be counted as|could be treated as|could go to|could go under|could become|are counted as|is counted as|are really|is really|should map to|should go to|goes under|go under|should be recorded as|be recorded as|recorded as|should be stored as|be stored as|be logged as|be imported as|as) (?:an? )?['"]?([^'"]+?)['"]?(?:,? (?:not|rather than|instead of) .+?)?(?: (?:in|for) (.+?))?"#,
            // "call chat leads Web", "label PPC as Advertising": the value said last.
            #"(?:call|label|tag|name|mark) (.+?)(?: as)? ['"]?(\w+)['"]?()"#,
        ]
        let picklists = template.columnNames.filter { template.allowed($0) != nil }
        for pattern in patterns {
            guard var groups = Text.match(text, pattern) else { continue }
            // ("… are Web leads": the value, then a noun for the rows it names.)
            groups[1] = groups[1].replacingRegex(#"(?<=\w)\s+(?:leads?|ones|contacts|signups|sign-ups)$"#, with: "")
            let named = groups[2].isEmpty ? nil : scope.target(groups[2])
            let candidates = named.map { [$0] } ?? picklists
            guard let target = candidates.first(where: { allowedMatch(groups[1], in: $0) != nil }) else { continue }
            var phrase = groups[0]
            if let prefixed = Text.match(phrase, #"(?:in |for )?(.+?):\s*(.+)"#), scope.target(prefixed[0]) == target { phrase = prefixed[1] }
            // "set lead source Webinar to Email": the column named before its value.
            let words = phrase.split(separator: " ").map(String.init)
            if let cut = (1..<min(4, words.count)).reversed().first(where: { scope.target(words[0..<$0].joined(separator: " ")) == target }) {
                phrase = words[cut...].joined(separator: " ")
            }
            // "our cold calls (cold calling, Cold Call) are Outbound": the values listed in brackets, and
            // the words before them when they name values too.
            if let g = Text.match(phrase, #"(.*?)\s*\(([^()]+)\)\s*"#), let listed = sourceValues(Text.list(g[1].replacingOccurrences(of: " / ", with: ", ")), feeding: target) {
                let seen = scope.mappedFrom[target].flatMap { scope.values[$0] } ?? [:]
                let outside = (sourceValues(Text.list(g[0]), feeding: target) ?? []).filter { seen[$0] != nil }
                return [.picklistMap(target: target, values: outside + listed.filter { !outside.contains($0) }, value: try allowedValue(groups[1], in: target))]
            }
            guard let values = sourceValues(Text.list(phrase), feeding: target) else { continue }
            return [.picklistMap(target: target, values: values, value: try allowedValue(groups[1], in: target))]
        }
        return nil
    }

    /// The items as values of the source column feeding `target` ("Partner leads" → "partner"),
    /// or nil when one is not a value seen in the data (it may name a column instead).
    private func sourceValues(_ items: [String], feeding target: String) -> [String]? {
        guard let source = scope.mappedFrom[target], let known = scope.values[source] else {
            return items.contains(where: { scope.source($0) != nil }) ? nil : items
        }
        var values: [String] = []
        var unseen = 0
        for item in items {
            var key = item.lowercased().trimmingCharacters(in: .whitespaces)
            if known[key] == nil {
                key = key.replacingRegex(
                    #"(?-i)^(?:(?:the|all|any|our)\s+)?(?:values?\s+)?|\s+(?:leads?|signups?|sign-ups?|ones?|contacts?|people|values?|entries|rows?|records?|sources?|messages?)$"#, with: "")
                    // "people we met at a Trade Show", "the ones who came through chat": the rows by their value.
                    .replacingRegex(#"^(?:people|contacts|leads|those|ones|anyone|everyone|folks)(?: (?:who|that|whom))? (?:we met at|we met on|came (?:from|through|via|in through|in via)|come (?:from|through|via)|coming (?:from|through|via)|signed up (?:via|through|at|on|from)|from)\s+(?:an? |the |our )?"#, with: "")
            }
            // "trade shows": the plural of a value seen in the data; "cold calls" names "cold calling" too.
            if known[key] == nil, key.hasSuffix("s"), known[String(key.dropLast())] != nil {
                key = String(key.dropLast())
                if known[key + "ing"] != nil { values.append(key + "ing") }
            }
            // A typo of one value seen in the data: the closest, and only when no other is as close.
            if known[key] == nil {
                let distances = known.keys.map { ($0, Text.editDistance($0, key)) }.filter { $0.1 <= Text.typoBudget($0.0) }
                if let best = distances.map(\.1).min(), distances.filter({ $0.1 == best }).count == 1, let close = distances.first(where: { $0.1 == best }) {
                    key = close.0
                }
            }
            // "podcast listeners": a value seen in the data, then a noun for the people it names.
            if known[key] == nil, let space = key.lastIndex(of: " "), known[String(key[..<space])] != nil { key = String(key[..<space]) }
            // "trade show and conference": a value not in this file may still come in a later one;
            // one that names a column, or a phrase of more than two words, is no value.
            if known[key] == nil {
                // ("translate webform": a word before a value seen in the data is no part of a value.)
                let words = key.split(separator: " ")
                let holdsValue = words.count > 1 && (1..<words.count).contains { known[words[$0...].joined(separator: " ")] != nil || known[words[..<$0].joined(separator: " ")] != nil }
                guard !holdsValue, scope.source(item) == nil, scope.target(item) == nil, words.count <= 2,
                    key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" })
                else { return nil }
                unseen += 1
            }
            values.append(key)
        }
        // At least one value must be seen in the data, so a phrase of other words is no value list.
        return unseen < values.count ? values : nil
    }

    func unmap(_ text: String) throws(Failure) -> [Edit]? {
        // "remove leading and trailing whitespace from …" removes spaces, not a column.
        if Text.contains(text, #"^(?:remove|strip|drop|get rid of) (?:the |any |all )?(?:leading|trailing|extra|surrounding|stray|white ?space|spaces|blanks)\b"#) { return nil }
        // "drop the upper-casing" drops a letter case, not a column.
        if Text.contains(text, #"^(?:remove|drop|lose|forget|get rid of)(?: the)? (?:(?:upper|lower|title)[- ]?cas(?:e|ing)|capitals|caps)\b"#) { return nil }
        // "don't import Record ID into external_id": that column no longer fed, when the source named feeds it.
        if let g = Text.match(text, #"(?:don'?t|do not|dont|never|no longer|stop) (?:import(?:ing)?|map(?:ping)?|load(?:ing)?|put(?:ting)?|send(?:ing)?|migrat(?:e|ing)) (?:the )?(.+?) (?:into|to|in|as) (?:the )?(.+?)(?: column| field)?"#),
            let source = scope.source(g[0]), let target = scope.target(g[1])
        {
            guard sheet.columns.contains(where: { $0.target == target && $0.source.sourceColumns.contains(source) }) else {
                throw Failure(reason: "\(target) is not filled from \(source)", readings: ["Don't import \(target)"])
            }
            return [.unmap(target: target)]
        }
        let patterns = [
            #"(?:(?:we|i) )?(?:don'?t|do not|dont|never|no need to|stop|please don'?t|won'?t(?: be)?|will not(?: be)?|shouldn'?t|not) (?:import(?:ing)?|map(?:ping)?|includ(?:e|ing)|bring(?:ing)?(?: over| in| across)?|keep(?:ing)?|migrat(?:e|ing)|load(?:ing)?|us(?:e|ing)|tak(?:e|ing)(?: over)?|transfer(?:ring)?|carry(?:ing)? over)(?: the)? (.+?)"#,
            // "we are not going to import the Notes", "kindly remove the mapping for external_id".
            #"(?:(?:we|i) )?(?:are|am|'re|'m) not going to (?:import|map|include|bring over|migrate|load|take over|take|transfer)(?: the)? ([^,]+?)"#,
            #"(?:remove|drop|delete|clear|take out) (?:the )?mapping (?:for|of|to|into) (?:the )?([^,]+?)"#,
            #"(?:leave|keep|take) (?:the )?['"]?(.+?)['"]? out(?: of (?:the )?(?:import|recipe|mapping|migration))?"#,
            #"(?:skip|ignore|exclude|unmap|leave out|drop|remove|forget|get rid of|ditch|toss|bin|lose)(?: the)? (.+?)(?: from the (?:import|recipe|mapping))?"#,
            #"(.+?) (?:should not|shouldn't|does not need to|doesn't need to|need not|needn't) be (?:imported|mapped|migrated|brought over|kept)"#,
            #"(.+?) (?:is|are) (?:not needed|not necessary|unnecessary|not used|not wanted|useless|irrelevant)"#,
            #"(.+?) (?:isn't|aren't) (?:needed|necessary|used|wanted)"#,
            #"(?:we|i) (?:don't|do not|won't|will not|no longer|never) (?:be )?(?:need|needing|want|wanting|use|using)(?: the)? (.+?)(?: (?:imported|mapped|migrated|brought over|included|in the import))?"#,
            // "the client does not want to import the phone numbers": someone else's wish, the same change.
            #"(?:the )?(?:contacts?|customers?|clients?|business|team|sales team|management|boss|manager|they|he|she) (?:don't|do not|doesn't|does not|won't|will not) (?:need|want)(?: to (?:import|migrate|have|keep|bring over|see))?(?: the)? (?!(?:it|them|that|those|these)\b)([^,]+?)(?: (?:imported|migrated|brought over|in the import))?"#,
        ]
        for pattern in patterns {
            guard let groups = Text.match(text, pattern) else { continue }
            var targets: [String] = []
            var notes: [Edit] = []
            for item in Text.list(groups[0]) {
                if let source = scope.source(item) {
                    let mapped = sheet.columns.filter { $0.source.sourceColumns.contains(source) }.map(\.target)
                    if mapped.isEmpty, scope.target(item) == nil {
                        notes.append(.note("\(source) is already not imported"))
                        continue
                    }
                    targets += mapped.isEmpty ? [try require(item)] : mapped
                } else {
                    targets.append(try require(item))
                }
            }
            // ("the company isn't needed" of a column that must have a value: may it be empty, or is it not imported?)
            if Text.contains(text, #"\b(?:not needed|not necessary|unnecessary|(?:isn't|aren't) (?:needed|necessary))\b"#),
                let required = targets.first(where: { sheet.isRequired($0, in: template) })
            {
                throw Failure(reason: "\"not needed\" could mean \(required) may be empty or that it is not imported", readings: ["\(required) is optional", "Don't import \(required)"])
            }
            return targets.map { Edit.unmap(target: $0) } + notes
        }
        return nil
    }

    func trim(_ text: String) throws(Failure) -> [Edit]? {
        // "don't trim first_name", "stop trimming Company", "last name should not be trimmed": spaces kept.
        if let g = Text.match(text, #"(?:don'?t|do not|dont|stop|no longer|never|no need to|quit) (?:trim|trimming|strip|stripping)(?: (?:the )?(?:spaces|whitespace|blanks) (?:from|of|on|around|in))?(?: the)? (.+?)"#)
            ?? Text.match(text, #"(?:leave|keep) (?:the )?(?:spaces|whitespace|blanks) (?:in|on|around) (?:the )?(.+?)"#)
            ?? Text.match(text, #"(.+?) (?:should not|shouldn't|does not need to|doesn't need to|needn't|must not|mustn't) be trim(?:med)?"#)
            ?? Text.match(text, #"no trim(?:ming)? (?:on|for|of) (?:the )?(.+?)"#)
        {
            guard let targets = scope.targets(g[0]) else { return nil }
            for target in targets {
                let kept = (sheet.column(target)?.transforms ?? []).filter { if case .trim = $0 { false } else { true } }
                if SheetRecipe.isTrimmed(kept) {
                    throw Failure(reason: "\(target) is read by its own format, which always ignores surrounding spaces; it cannot keep them")
                }
            }
            return [.untrim(targets: targets)]
        }
        guard Text.contains(text, #"^(trim|trimmed|strip|(?:clean|tidy)(?: up)? (?:the )?(?:white ?space|spaces|blanks)|remove (?:the |any |all )?(leading|trailing|extra|surrounding|stray)|clean up (the )?(white ?space|spaces))"#) else { return nil }
        var rest = text
        for noise in [#"^(trim(?:med)?|strip(?:ped)?|clean up|tidy up|clean|tidy|remove)( off)?\b"#, #"\b(leading|trailing|extra|surrounding|white ?space|spaces|blanks)\b"#] {
            rest = rest.replacingRegex(noise, with: " ")
        }
        rest = rest.split(separator: " ").joined(separator: " ")
        while let words = Text.match(rest, #"(?:(?:and|from|of|in|on|around|the|off)\s+|,\s*)(.*)"#) { rest = words[0] }
        // ("…, trimmed please" names no column: the one before it is meant, never every column.)
        let all = Text.match(rest, #"(?:all|every|each)(?: of the| the)? (?:fields?|columns?|values?|cells?|text)|everything|all"#) != nil
        if all { return [.trim(targets: [])] }
        guard !rest.isEmpty else { throw Failure(reason: "say which column to trim, or \"trim all fields\"") }
        guard let targets = scope.targets(rest) else {
            throw Failure(reason: "\"\(ColumnMatcher.clean(rest))\" is not a \(template.name) column (columns: \(template.columnNames.joined(separator: ", ")))")
        }
        return [.trim(targets: targets)]
    }

    /// The case a column's letters are put in now (names as people write them count as title case).
    private func heldCase(of target: String) -> Transform? {
        for transform in sheet.column(target)?.transforms ?? [] {
            switch transform {
            case .lower, .upper, .title: return transform
            case .name: return .title
            default: continue
            }
        }
        return nil
    }

    func letterCase(_ text: String) throws(Failure) -> [Edit]? {
        // "no upper case on the companies", "don't upper-case the last name": letters as written.
        let anyCase = #"(?:upper[- ]?cas(?:e|ing)|lower[- ]?cas(?:e|ing)|title[- ]?cas(?:e|ing)|proper[- ]?cas(?:e|ing)|caps|capitals|capital letters|capitali[sz]e|capitali[sz]ation|casing)"#
        // "put company back to how it was written, no upper casing": its letters as written.
        if let g = Text.match(text, #"(?:put|set|change|turn|bring|leave|keep|switch)(?: the)? (.+?) back(?: to (?:how|what|the way) (?:it was|they were)(?: written)?| to normal| to (?:the |its )?original| as (?:it was |they were )?written)?,? (?:with )?(?:no|without|not in|not|drop the|stop the|forget the) "# + anyCase) {
            guard let targets = scope.targets(g[0]) else { return nil }
            return [.letterCase(targets: targets, transform: nil)]
        }
        // "keep the last names as they were written": letters as written, where a case is made now.
        if let g = Text.match(text, #"(?:keep|leave)(?: the)? (.+?) (?:(?:just |exactly )?(?:as|the way|how) (?:they were |it was |they are |it is |they're |it's )?(?:written|typed|entered|spelled|spelt|in the (?:file|source|export|csv|data|sheet|spreadsheet))|in (?:their|its) original (?:case|casing|letters|spelling))"#)
            // "…, first names as they were": after a case change, the letters as they were.
            ?? Text.match(text, #"(?:keep |leave |put )?(?:the )?(.+?) (?:back )?(?:as (?:they|it) (?:were|was)(?: before)?|as before|(?:the way|how) (?:they|it) (?:were|was)(?: before)?)"#)
        {
            guard let targets = scope.targets(g[0]), targets.allSatisfy({ heldCase(of: $0) != nil }) else { return nil }
            return [.letterCase(targets: targets, transform: nil)]
        }
        // "leave the case of the last names alone", "don't touch the capitalisation of company": letters as written.
        let caseWord = #"(?:case|casing|letter case|capitali[sz]ation|capitals|caps)"#
        // "keep the original case of last_name": letters as written.
        if let g = Text.match(text, #"(?:keep|leave|retain|preserve)(?: the| their| its)? (?:original|existing|current|source|file's|own) (?:case|casing|capitali[sz]ation|letters) (?:of|on|for|in)(?: the)? (.+?)"#) {
            guard let targets = scope.targets(g[0]) else { return nil }
            return [.letterCase(targets: targets, transform: nil)]
        }
        if let g = Text.match(text, #"(?:leave|keep)(?: the)? "# + caseWord + #" (?:of|on|for|in)(?: the)? (.+?) (?:alone|as (?:it is|they are|is)|unchanged|untouched)"#)
            ?? Text.match(text, #"(?:don'?t|do not|never|no need to) (?:touch|change|alter|mess with|fiddle with)(?: the)? "# + caseWord + #" (?:of|on|for|in)(?: the)? (.+?)"#)
        {
            guard let targets = scope.targets(g[0]) else { return nil }
            return [.letterCase(targets: targets, transform: nil)]
        }
        // "drop the upper-casing", "lose the capitals": the one column whose letters are put in that case.
        if let g = Text.match(text, #"(?:drop|remove|undo|lose|scrap|forget|get rid of|take off|take away|no more|without)(?: the)? (upper[- ]?cas(?:e|ing)|lower[- ]?cas(?:e|ing)|title[- ]?cas(?:e|ing)|capitals|caps)"#) {
            let named: Transform = Text.contains(g[0], "^lower") ? .lower : Text.contains(g[0], "^title") ? .title : .upper
            let held = template.columnNames.filter { heldCase(of: $0) == named }
            guard held.count == 1 else {
                throw Failure(reason: held.isEmpty ? "no column is \(g[0].lowercased()) now" : "more than one column is in that case (\(held.joined(separator: ", "))); say which")
            }
            return [.letterCase(targets: held, transform: nil)]
        }
        if let g = Text.match(text, #"(?:no|without|forget(?: the)?|drop the|stop the)(?: more)? ("# + anyCase + #")(?: (?:on|for|of|in))?(?: the)? (.+?)"#)
            ?? Text.match(text, #"(?:don'?t|dont|do not|stop|no need to|never) ("# + anyCase + #")(?: the)? (.+?)"#)
        {
            guard let targets = scope.targets(g[1]) else { return nil }
            // "don't upper-case the emails" where they are lower-cased: that case is not made, nothing changes.
            let named: Transform? = Text.contains(g[0], "^upper") ? .upper : Text.contains(g[0], "^lower") ? .lower : Text.contains(g[0], "^(?:title|proper)") ? .title : nil
            if let named, targets.count == 1, let held = heldCase(of: targets[0]), held != named {
                return [.note("\(targets[0]) is not \(g[0].lowercased().replacingOccurrences(of: "casing", with: "cased").replacingOccurrences(of: "case", with: "cased"))")]
            }
            // (Emails not in capitals are emails in small letters, as they are written everywhere.)
            if named == .upper, targets.count == 1, template.kind(targets[0]) == .email { return [.letterCase(targets: targets, transform: .lower)] }
            return [.letterCase(targets: targets, transform: nil)]
        }
        if let edits = try nameCase(text) { return edits }
        let forms: [(String, Transform)] = [
            (#"lower[- ]?case[ds]?|lower|in lower ?case(?: letters)?|lower ?case letters|in small letters|small letters"#, .lower),
            (#"upper[- ]?case[ds]?|upper|in upper ?case(?: letters)?|upper ?case letters|all caps|in all caps|in capitals|in block capitals|block capitals|capitals|in capital letters|in caps|capital letters|in big letters|big letters|caps lock|caps"#, .upper),
            (#"capitali[sz]e the first letter of(?: each| every| the)?|capitali[sz]e (?:each|every) word(?: of| in)?|title[- ]?case[ds]?|proper[- ]?case[ds]?|capitali[sz]ed?|capitali[sz]e(?: the first letter(?: of)?)?|name case"#, .title),
        ]
        for (form, transform) in forms {
            let patterns = [
                "(?:" + form + #") (?:for |of |on )?(?:the |all |every )?(.+?)"#,
                #"(?:make|convert|put|set|turn|change|write|use)(?: the| all| every)? (.+?) (?:to |in |into |as )?(?:"# + form + ")",
                #"(.+?) (?:should be|must be|need to be|needs to be|have to be|has to be|in|as|are|is|to be)(?: written| spelled| spelt| typed| shown| stored)? (?:all |entirely )?(?:"# + form + ")",
            ]
            for pattern in patterns {
                guard let groups = Text.match(text, pattern) else { continue }
                guard let targets = scope.targets(groups[0]) ?? (transform == .title ? nameTargets(groups[0]) : nil) else {
                    throw Failure(reason: "\"\(ColumnMatcher.clean(groups[0]))\" is not a \(template.name) column (columns: \(template.columnNames.joined(separator: ", ")))")
                }
                // "Title case" of names capitalises every word, as spreadsheets do, and keeps the capitals
                // inside a name (McAllister); "name case" writes names as people do (de la Cruz).
                if transform == .title, targets.allSatisfy(isPersonName) {
                    return [.letterCase(targets: targets, transform: .name(onlyUniform: false, everyWord: !Self.asNamesAreWritten(text)))]
                }
                return [.letterCase(targets: targets, transform: transform)]
            }
        }
        return nil
    }

    func map(_ text: String) throws(Failure) -> [Edit]? {
        // "bring Ahmed Miller back", read as a column wanted again: a person's row kept again.
        if let g = Text.match(text, #"map (.+) to \1"#), let people = people(g[0]) { return people.map(\.keptAgain) }
        let patterns: [(String, Int, Int)] = [
            (#"(?:map|use|take|pull|get|read|source|populate from|fill from|put|copy|move|send|bring|import|load|carry|migrate|feed|pipe|route|write|store)(?: over| across| in| back)? (?:the )?['"]?(.+?)['"]?(?: column| field| values?)?(?: over| across| back| in)? (?:to|for|as|into|onto|in|=|under|inside) (?:the )?['"]?(.+?)['"]?(?: column| field)?"#, 0, 1),
            (#"['"]?(.+?)['"]?(?: column| field)? (?:to|into|goes to|go to|goes into|go into|should go to|should go into|should end up in|ends up in|end up in|should land in|belongs in|feeds|fills|becomes|maps to|is mapped to|should map to|=>|as) (?:the )?['"]?(.+?)['"]?(?: column| field)?"#, 0, 1),
            (#"['"]?(.+?)['"]?(?: column| field)? (?:=|==|:=|<-|←|should be|should be filled from|to come from|should come from|comes from|from) (?:the )?['"]?(.+?)['"]?(?: column| field)?"#, 1, 0),
            (#"(?:fill|populate|take|get|set|feed|map|pull|source|load) (?:the )?['"]?(.+?)['"]?(?: column)? (?:from|with|using) (?:the )?['"]?(.+?)['"]?(?: column)?"#, 1, 0),
            (#"set ['"]?(.+?)['"]? to (?:come|be taken|be filled|be read) from (?:the )?['"]?(.+?)['"]?(?: column)?"#, 1, 0),
            (#"['"]?(.+?)['"]? (?:is )?to be (?:taken|filled|populated|fed|read) from (?:the )?['"]?(.+?)['"]?(?: column)?"#, 1, 0),
            (#"['"]?(.+?)['"]? (?:should come|comes|must come|should be taken|is) from (?:the )?['"]?(.+?)['"]?(?: column)?"#, 1, 0),
            (#"['"]?(.+?)['"]? (?:is|=|means) (?:the )?['"]?(.+?)['"]?"#, 0, 1),
            // "for the notes we take Contact Owner", "notes receives the Contact Owner", "notes please fill
            // from the column Lifecycle Stage", "the notes column must be the Lifecycle Stage".
            (#"(?:for|in) (?:the )?['"]?(.+?)['"]?(?: column| field)?,? (?:(?:we|you|i|please|just|will|can|should|then) )*(?:take|use|want|need|put|get|show|fill in|fill with|fill from) (?:the )?(?:column |field )?['"]?(.+?)['"]?(?: column| field| values?)?"#, 1, 0),
            (#"(?:the )?['"]?(.+?)['"]?(?: column| field)? (?:(?:please|must|should|can|will|then) )?(?:gets|get|receives|receive|takes|take|fill|fills|is filled|gets filled|be filled) (?:from |with |by |using )?(?:the )?(?:column |field )?['"]?(.+?)['"]?(?: column| field| values?)?"#, 1, 0),
            (#"(?:the )?['"]?(.+?)['"]?(?: column| field)? (?:must be|has to be|needs to be|will be|shall be) (?:the )?(?:column |field )?['"]?(.+?)['"]?(?: column| field| values?)?"#, 1, 0),
            // "Replace the free-text notes with the Lifecycle Stage" (two columns: "replace Webform with Web" is a value's).
            (#"replace (?:the )?['"]?(.+?)['"]?(?: column| field)? with (?:the )?['"]?(.+?)['"]?(?: column| field)?"#, 1, 0),
            // "keep Company Domain for the company_domain": the mapping said to stay, which is checked.
            (#"keep(?: using| taking)? (?:the )?['"]?(.+?)['"]?(?: column| field)? (?:for|as|in|into) (?:the )?['"]?(.+?)['"]?(?: column| field)?"#, 0, 1),
        ]
        var failure: Failure?
        for (index, (pattern, sourceGroup, targetGroup)) in patterns.enumerated() {
            guard let groups = Text.match(text, pattern) else { continue }
            // (The last forms name no mapping verb: they are read only when both names are columns.)
            let loose = index >= patterns.count - 5
            var sourcePhrase = groups[sourceGroup], targetPhrase = groups[targetGroup]
            // Said the wrong way round ("map email to E-mail Address"), unless the target is written
            // as a template column's own name ("map Name to first_name": Name is no source column),
            // or the first name is a value of the data ("map Website to lead source": a picklist entry).
            if scope.source(sourcePhrase) == nil, scope.source(targetPhrase) != nil, scope.target(sourcePhrase) != nil,
                scope.columns(holding: Text.unquote(sourcePhrase)).isEmpty,
                !template.columnNames.contains(where: { $0 == Text.unquote(targetPhrase) })
            {
                swap(&sourcePhrase, &targetPhrase)
            }
            guard let source = scope.source(sourcePhrase) else {
                if loose { continue }
                failure = failure ?? Failure(reason: "there is no source column \"\(ColumnMatcher.clean(sourcePhrase))\" (source columns: \(scope.header.joined(separator: ", ")))")
                continue
            }
            guard let target = scope.target(targetPhrase) else {
                if loose { continue }
                failure = failure ?? Failure(reason: "\"\(ColumnMatcher.clean(targetPhrase))\" is not a \(template.name) column (columns: \(template.columnNames.joined(separator: ", ")))")
                continue
            }
            return [.map(target: target, source: .column(source))]
        }
        if let failure { throw failure }
        return nil
    }
}

/// Parse results by part of a message, for one message at a time (cleared by each `parse`).
final class ParseMemo: Sendable {
    private let clauses = Mutex<[String: Result<[Edit], InstructionParser.Failure>]>([:])
    private let sequences = Mutex<[String: Result<[Edit], InstructionParser.Failure>]>([:])

    func clear() {
        clauses.withLock { $0.removeAll() }
        sequences.withLock { $0.removeAll() }
    }

    func clause(_ text: String, _ parse: () -> Result<[Edit], InstructionParser.Failure>) -> Result<[Edit], InstructionParser.Failure> {
        if let hit = clauses.withLock({ $0[text] }) { return hit }
        let result = parse()
        clauses.withLock { $0[text] = result }
        return result
    }

    func sequence(_ text: String, _ depth: Int, _ parse: () -> Result<[Edit], InstructionParser.Failure>) -> Result<[Edit], InstructionParser.Failure> {
        let key = "\(depth)\u{0}\(text)"
        if let hit = sequences.withLock({ $0[key] }) { return hit }
        let result = parse()
        sequences.withLock { $0[key] = result }
        return result
    }
}
