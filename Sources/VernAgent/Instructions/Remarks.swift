import Foundation
import VernRecipe

/// Statements mixed into instructions: a remark about the data that names no change ("Dev Ops
/// isn't a real owner", "chat leads came in through the website widget"), whose subject a
/// following instruction may refer to ("…, so call them Web"), and a restatement of the change
/// just made ("…, just leave those rows out").
extension InstructionParser {
    /// Words that carry an instruction: a part holding one is never set aside as a remark.
    static let instructionWords = #"\b(?:trim\w*|strip\w*|drop\w*|remov\w*|delet\w*|skip\w*|ignor\w*|exclud\w*|import(?!an)\w*|map|maps|mapped|mapping|use|used|using|format\w*|convert\w*|split\w*|combin\w*|join\w*|append\w*|concat\w*|merg\w*|unique|distinct|requir\w*|mandatory|optional|upper\w*|lower\w*|title\w*|case|cased|caps|capital\w*|regions?|country|countries|dates?|dated|day|days|month|months|default\w*|fill\w*|must|should|need|needs|needed|duplicat\w*|dedup\w*|repeat\w*|invalid|valid|e\.?164|iso|normali\w*|keep|kept|undo|revert\w*|instead|rather|mean|means|meant|become|becomes|into|goes|go|put|set(?! up\b)|make|key|primary|identifier|empty|blank|missing|allowed?|format|wants?|wanted|replac\w*|renam\w*|swap\w*|fix\w*|chang\w*|clean\w*|correct\w*|standardi[sz]\w*)\b"#

    /// The opening of a condition on rows: "where …", "if …", "for rows with …".
    static let condition = #"^(?:where|when|whenever|if|unless|in case|for (?:the |any |all )?(?:rows?|records?|contacts?|leads?|people|entries|ones|those))\b"#

    /// Whether a part is a statement about the data that asks for no change: a declarative
    /// sentence with no instruction word, no region, no quoted literal and no allowed value.
    func isRemark(_ text: String) -> Bool {
        // ("could the notes be left out", "would you …": a request asked as a question, never a remark.)
        if Text.contains(text, #"^(?:please |kindly )?(?:could|can|would|will|might|may|shall) (?:you|we|i|the|all|any|every|each|our|their|those|these)\b"#) { return false }
        // ("(the ones Tom typed)", "those from the fair": which rows, a limit on the request, never a remark.)
        if Text.contains(text, #"^(?:the |only |just |but |except |not )*ones?\b(?!\s+(?:are|were|is|was|'re)\b)|^(?:the |only |just |but |except |not )*(?:those|these) (?:who|which|that|from|with|without|owned|where|whose|of|in|on|at|by|under|before|after|since|until)\b"#) { return false }
        // ("company isn't", "email too": the change before it said again of another column, never a remark.)
        if Text.contains(text, #"\b(?:isn't|is not|aren't|are not|doesn't|does not|don't|do not|too|as well|either|neither)$"#), !mentioned(text).isEmpty { return false }
        guard !Text.contains(text, Self.condition), Text.contains(text, #"^(?:there (?:is|are|was|were)\b|there's\b|(?:those|these|they|they're|it|it's|that|that's|this|some|most|many|a few|several|lots of|plenty of|loads of|half of|none of|someone|somebody|nobody|no one|everyone|everybody)\b|(?:is|are|was|were|came|comes) (?:from|for|in|via|through|only|just|an? )|[^,]{1,60}? (?:is|are|isn't|aren't|was|were|wasn't|weren't|came|come|comes|has|have|had|won't|doesn't|didn't|looks?|seems?|belongs?|got|share|shares|shared|work|works|worked|live|lives|sits?|reads?|matters?|happens?|happened|pasted|entered|typed|wrote|sent|moved|left|joined|signed up|gave|told|can't|cannot|couldn't|won't|wouldn't|shouldn't|never \w+|always \w+|bought|buys?|purchased|ordered|paid|opened|clicked|replied|converted|churned|shows? up|turns? up|looks? at)\b|(?:i|we) (?:see|saw|notice|noticed|spotted|can see)\b(?![^,]*\b(?:rows?|records?|lines?|ids?)\s+#?\d))"#),
            !Text.contains(text, Self.instructionWords), !Text.contains(text, #"(?:^|\s)['"`][^'"`]+['"`](?:\s|$)"#),
            Region.mentions(in: text).filter({ !Self.shortWords.contains(String(text[$0.range]).lowercased()) }).isEmpty
        else { return false }
        let picklists = template.columnNames.filter { template.allowed($0) != nil }
        let words = text.split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) }
        return !words.contains { word in word.first?.isUppercase == true && picklists.contains { allowedMatch(word, in: $0) != nil } }
    }

    /// Whether a part only comments on the request it goes with, asking for no change of its own: a
    /// reason, a remark about the data, an aside, a confirmation ("just confirming, that's how it
    /// should be"), or where the rows go instead ("they go to the newsletter tool instead").
    /// A statement beside a change that asks for nothing: it has a subject and a verb, names no
    /// column, value of the data, row, region, quote or number, and has no word that asks for or
    /// corrects a change ("We match accounts on it", "it was done by mistake").
    func asksNothing(_ text: String) -> Bool {
        guard Text.contains(text, #"^(?:i|we|you|they|he|she|it|this|that|these|those|the|our|my|their|some|many|most|is|are)\b"#), Self.hasVerb(text),
            !Text.contains(text, #"\d|['"`]|\?"#), !Text.contains(text, Self.imperative), !Text.contains(text, Self.instructionWords),
            !Text.contains(text, #"\b(?:rows?|records?|lines?|entries|first|last|empty|blank|missing|invalid|case|capitals?|spaces?|dates?|day|month|region|country|meant|mean|sorry|actually|instead|rather|not|separat\w*|between|dash|hyphen|comma|slash|semicolon|colon|pipe)\b"#),
            mentioned(text).isEmpty, Region.mentions(in: text).isEmpty,
            !scope.header.contains(where: { text.localizedCaseInsensitiveContains($0) })
        else { return false }
        return !namesValue(text)
    }

    /// Whether a sentence beside a request only speaks of the writer: a doubt, an apology, a worry, who
    /// asked for it, or asking leave ("Not sure if that's a good idea but the CRM team asked for it",
    /// "Sorry for the back and forth", "I don't want to lose anyone", "My manager finds the capitalised
    /// words distracting", "Would that be okay?"). Never one with a verb that asks for a change, a
    /// number, a quote, a region, a value of the data, or a column `edits` do not change.
    func isHedge(_ said: String, _ edits: [Edit]) -> Bool {
        let text = said.trimmingCharacters(in: .whitespaces).replacingRegex(#"^[\s,;:.!–—-]+|[\s,;:.!–—-]+$"#, with: "")
        // ("Would that be okay?", "if that's possible": leave asked, nothing more.)
        if !edits.isEmpty, Text.contains(text, #"^(?:(?:and|but|so)\s+)?(?:(?:would|will|is|does) (?:that|this|it) (?:be )?(?:ok|okay|alright|all right|possible|fine|a problem|work|doable)|(?:if|when) (?:that's|that is|it's|it is) (?:ok|okay|possible|alright|all right|fine|doable)|(?:is )?that (?:ok|okay|alright|all right|fine)|(?:no|not a) (?:rush|problem|worries)|(?:hope|i hope) (?:that's|that is|it's|it is) (?:ok|okay|fine|alright|not too much|clear))\??$"#) {
            return true
        }
        let opening = #"^(?:(?:oh|ah|um|uh|so|and|but|also|honestly|again|anyway|also)[,]?\s+)*(?:(?:i'?m |i am )?(?:so |very |really )?sorry\b|(?:i'?m |i am )?not (?:sure|certain)\b|i (?:hope|know|guess|suppose|realise|realize|understand|think|feel|believe|was told|got told|'m only|am only|'m just|am just|don't want to lose|do not want to lose|don't want anyone|don't want anything|can't tell|cannot tell)\b|(?:my|our) (?:manager|boss|lead|team ?lead|supervisor|colleague|team|director|client|customer|crm|system)\b|the (?:crm|sales|marketing|ops|finance|billing|support|data) (?:team|people|folks)\b|(?:it|this|that)(?:'s| is| seems| sounds| might| may| could| looks)\b|then at least\b|(?:thanks|thank you|cheers)\b|(?:for|about) (?:the|that|this|all the|my) (?:back and forth|confusion|trouble|bother|hassle|mix-?up|inconvenience|change of mind|mess|noise)\b|if (?:that|this|it)(?:'s| is) (?:strange|weird|odd|silly|dumb|a (?:weird|strange|silly|dumb|odd|big) (?:request|question|ask))\b|there(?:'s| is| are| was| were)\b|just (?:to be safe|in case|checking|asking|wondering)\b|(?:we|they) (?:stopped|started|only|never|always|just|already|no longer|used to)\b)"#
        guard !edits.isEmpty, Text.contains(text, opening), !Text.contains(text, #"\d|\?|(?:^|\s)['"`‘“]|['"`’”](?:\s|$)"#),
            !Text.contains(text, #"\b(?:drop|remove|delete|skip|exclude|import|map|use|trim|strip|split|combine|join|append|fill|set|make|put|convert|format|keep|undo|revert|required|optional|unique|upper|lower|title|default|replace|rename|swap|normali[sz]e|treat|count as|mark|flag|add|take out|leave out|go into|goes into|should be|must be|needs to be|has to be|instead|rather|meant|mean|except|but not|too|also|as well|same)\b"#),
            Region.mentions(in: text).filter({ !Self.shortWords.contains(String(text[$0.range]).lowercased()) }).isEmpty
        else { return false }
        let touched = Set(edits.compactMap(\.target))
        // ("our email tool", "the CRM team": a system or a team, no column.)
        let rowsUnsaid = text.replacingRegex(#"\b(?:contacts?|accounts?|records?|leads?|people|persons?|rows?|entries|entry|anyone|anybody|everyone)\b"#, with: " ")
            .replacingRegex(#"\b(?:e-?mail|mail|mailing|crm|phone|dialer|marketing|sales|calling) (?:tool|system|platform|app|software|program|client|team|people|folks|provider)s?\b"#, with: " ")
        guard Set(mentioned(rowsUnsaid)).isSubset(of: touched),
            !scope.header.contains(where: { header in rowsUnsaid.localizedCaseInsensitiveContains(header) && !touched.contains { scope.mappedFrom[$0] == header } })
        else { return false }
        return !namesValue(rowsUnsaid, besides: touched)
    }

    /// Whether a part after a change only says why it is wanted ("We match accounts on it", "Not
    /// negotiable, the mailing tool wants that", "a contact without date is not good", "Duplicates are
    /// suspicious"): no verb that asks for a change, no word that carries one over ("too", "same",
    /// "instead"), no number, quote, region or value of the data, and no column but those `edits` touch.
    func justifies(_ text: String, _ edits: [Edit]) -> Bool {
        // ("Sales wants to see the record owner after the load": when and the CRM's name for the owner say nothing more.)
        let text = text.replacingRegex(#"\s+(?:after|before|during|from|on) (?:the |this |our )?(?:load|migration|go-?live|import|cut-?over)\b"#, with: "")
            .replacingRegex(#"\brecord owner\b"#, with: "owner")
        // (An example of a value's fate, "Black Mesa Ltd becomes Black Mesa", is checked as one, never taken as a reason.)
        guard !edits.isEmpty, !Text.contains(text, #"\d|['"`]|\?|\b(?:becomes?|turns? into|ends? up as|comes? out as|looks? like|should (?:read|be|look))\b"#),
            !Text.contains(text, #"\b(?:trim\w*|strip\w*|drop\w*|remov\w*|delet\w*|skip\w*|ignor\w*|exclud\w*|import(?!an)\w*|map(?:s|ped|ping)?|(?<!\bno )use|using|format\w*|convert\w*|split\w*|combin\w*|join\w*|append\w*|concat\w*|merg\w*|upper\w*|lower\w*|title\w*|capitali\w*|default\w*|fill\w*|undo|revert\w*|keep(?! (?:asking|telling|saying|complaining|wondering|getting|calling|emailing|checking))|put|set|make|replac\w*|renam\w*|swap\w*|fix\w*|chang\w*|clean\w*|correct\w*|standardi[sz]\w*|normali[sz]\w*|treat\w*|count(?:s|ed|ing)?|mark(?:s|ed|ing)?|flag\w*|add(?:s|ed|ing)?|take|too|also|as well|same as|likewise|ditto|idem|other|others|again|instead|rather|except|but|plus|first|last|then|after|before|rows?|records?|lines?|entries|regions?|countr(?:y|ies)|days?|months?|case|caps|capitals|small|big|separat\w*|dash|hyphen|comma|slash|semicolon|colon|pipe|space)\b"#),
            Self.hasVerb(text) || Text.contains(text, #"^(?:the |our )?(?:finance|sales|marketing|billing|support|legal|ops|management|team|client|customer|accounting|reporting)\b"#)
                // "the reports filter on it": a subject, its verb, and what the verb is about.
                || Text.contains(text, #"^(?:the|our|their|my|all|most) \w+(?: \w+)? (?!(?:out|with|on|by|in|for|from|to|of|and|or|the|a|an|it|them)\b)\w+ (?:on|by|in|with|for|from|to|it|them|that|this|the|our|their|everything|anything)\b"#)
                // "Enrichment runs on the domain", "the client accepts contacts without one": a subject and its verb.
                || Text.contains(text, #"^(?:the |our |their |my )?\w+(?: \w+)? (?!(?:is|was|has|does|needs|wants)\b)\w{3,}s (?:\w+ )?(?:on|by|in|with|without|for|from|to|off|about|through|it|them|that|this|the|our|their|everything|anything|one|any)\b"#)
                || Text.contains(text, #"^(?:(?:it's |it is |that's |that is )?(?:not negotiable|non-negotiable|useless|pointless|important|critical|essential|necessary|urgent|obvious|junk|garbage|rubbish|suspicious|wrong)\b)"#),
            Region.mentions(in: text).isEmpty
        else { return false }
        // (Any column it names, "the mobile" too, but "a contact" or "accounts" name the rows here, not a column;
        // a column whose source a change puts elsewhere counts as touched: "…notes? The reps like to see the website".)
        let moved = Set(edits.flatMap { edit -> [String] in if case .map(_, let source) = edit { source.sourceColumns } else { [] } })
        let touched = Set(edits.compactMap(\.target)).union(scope.mappedFrom.filter { moved.contains($0.value) }.keys)
        let rowsUnsaid = text.replacingRegex(#"\b(?:contacts?|accounts?|records?|leads?|people|persons?|rows?|entries|entry)\b"#, with: " ")
        guard Set(mentioned(rowsUnsaid)).isSubset(of: touched), !Text.contains(text, #"\b(?:don't|do not|doesn't|does not|dont|no longer|never) (?:need|want|use|import|keep|care)\b"#),
            !scope.header.contains(where: { header in text.localizedCaseInsensitiveContains(header) && !moved.contains(header) && !touched.contains { scope.mappedFrom[$0] == header } })
        else { return false }
        return !namesValue(text, besides: touched)
    }

    /// Whether a sentence beside a change only says something of the people or systems it is for
    /// ("their system keys on it", "the client can't import a contact without one"): a pronoun or
    /// the client as its subject, a verb, nothing wished or asked, and no column but those changed.
    /// A tester's expected effect said beside the request: "rows 1 and 3 should then read
    /// opportunity", "that fixes row 42", "1000907 must go", "4 rows", "check row 36",
    /// "08/26/2018 should give 2018-08-26". It asks for nothing; the reply's counts show the effect.
    static func isExpectation(_ text: String) -> Bool {
        let rows = #"(?:(?:the )?(?:source )?(?:rows?|records?|lines?|ids?) )?#?\d+(?:(?:\s*,\s*|\s*,?\s*(?:and|&)\s*)#?\d+)*(?: \([^()]*\))?"#
        // (Never a request about the rows: "record 1000907 is a duplicate, so just drop it".)
        guard !Text.contains(text, #"\b(?:drop|remove|delete|exclude|skip|trim|map|keep|leave out|take out|get rid of|import|migrate)\b"#) else { return false }
        return Text.contains(text, #"^(?:then |so |and |e\.?g\.?,? |i\.?e\.?,? |for example,? )?(?:(?:the )?(?:source )?(?:rows?|records?|lines?) \d+|\d{5,})(?:(?:\s*,\s*|\s*,?\s*(?:and|&)\s*)#?\d+)*(?: \([^()]*\))?(?:'s [\w ]+)?(?: [\w_]+)? (?:should|must|will|would|then|now|becomes?|gives?|reads?|shows?|fails?|pass(?:es)?|goes|go|comes? out|stays?|gets?|ends? up|disappears?|->|(?:is|are) [\w' -]+ again$)\b.*$"#)
            || Text.contains(text, #"^(?:that|this|which|it) (?:fixes|fix|should fix|will fix|solves|covers|affects|catches|drops|removes|flags|hits|touches) "# + rows + #"$"#)
            || Text.contains(text, #"^(?:only )?"# + rows + #"(?: (?:should|must|will) (?:go|be gone|disappear|be dropped|be removed|pass|fail|stay|be flagged|be kept))?$"#)
            || Text.contains(text, #"^(?:check|see|verify|cf\.?|look at) "# + rows + #"$"#)
            || Text.contains(text, #"^\(?(?:only |just |about |roughly )?\d+ (?:rows?|records?|contacts?|leads?|of them|cells?)(?: (?:affected|dropped|gone|flagged|fail|change|changed))?\)?$"#)
            || Text.contains(text, #"^(?:e\.?g\.?,? )?['"]?\d[\d/.-]+['"]? (?:should give|gives|becomes|should become|->|means|is read as|should be read as) .*$"#)
            || Text.contains(text, #"^[\w' -]{1,30}? (?:in|on|at) (?:rows?|records?) \d+ (?:should|must|will) (?:be|get|become) (?:flagged|dropped|kept|invalid|valid|rejected)$"#)
    }

    /// The parts of a message that is a change set aside as a tester's expected effect ("…; rows 1
    /// and 3 should then read opportunity", "drop row 17, that fixes row 42"), so the reply can
    /// say they were read as what to expect and not applied. A part that is a change of its own is
    /// never one of them.
    func expectationsSetAside(in message: String) -> [String] {
        let parts = Clauses.split(message)
        // (Quoted as typed: the shortest stretch of the message between two marks that holds the
        // part's words in order; reading may have dropped a word, as "then" in "should then read".)
        let marks = Text.compiled(#"[,;.!?]\s*|\n"#)?.matches(in: message).compactMap { Range($0.range, in: message) } ?? []
        let starts = [message.startIndex] + marks.map(\.upperBound), ends = marks.map(\.lowerBound) + [message.endIndex]
        let stretches = starts.flatMap { start in ends.filter { $0 > start }.map { String(message[start..<$0]).trimmingCharacters(in: .whitespaces) } }
            .sorted { $0.count < $1.count }
        func words(_ text: String) -> [String] { text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
        func typed(_ said: String) -> String {
            let wanted = words(said)
            return stretches.first { stretch in
                var rest = wanted[...]
                for word in words(stretch) where word == rest.first { rest = rest.dropFirst() }
                return rest.isEmpty
            } ?? said
        }
        var found: [String] = []
        let whole = try? parse(message).get()
        for part in parts {
            let cleaned = Clauses.clean(part)
            if parts.count > 1, Self.isExpectation(cleaned) {
                // (Only a part the change does without: "drop row 3 and also record 1000907" drops both.)
                if case .failure = parse(part), (try? parse(parts.filter { $0 != part }.joined(separator: "; ")).get()) == whole { found.append(typed(cleaned)) }
                continue
            }
            // (Only when the part before the cut alone makes the whole change: in "rows 3 and 5 shouldn't
            // be imported" the "5" is a row of the change.)
            if let (left, right) = Clauses.cuts(part).first(where: { Self.isExpectation($0.1) }), case .failure = parse(right),
                case .success(let whole) = parse(part), case .success(let before) = parse(left), whole == before
            {
                found.append(typed(right))
            }
        }
        return found
    }

    /// "Sarah should read SARAH", "Mary Ann should just be Mary": an example of what a change does to
    /// one value of its column, beside that change: the same letters in the case it makes, or the words
    /// it keeps. The value must be one the column's source holds.
    func isExample(_ text: String, of edits: [Edit]) -> Bool {
        guard let g = Text.match(text.trimmingCharacters(in: .whitespaces), #"(?:so |e\.?g\.?,? |for example,? |i\.?e\.?,? )?['"]?([\w' -]+?)['"]? (?:should |will |would |must |then )?(?:just |only )?(?:read|be|become|becomes|show|shows|come out as|comes out as|turn into|turns into|end up as|ends up as|look like|looks like) (?:just |only )?['"]?([\w' -]+?)['"]?[.!]?"#) else { return false }
        let (before, after) = (g[0], g[1])
        func holds(_ header: String?) -> Bool { header.flatMap { scope.values[$0]?[before.lowercased()] } != nil }
        guard before != after else { return false }
        if before.lowercased() == after.lowercased() {
            return edits.contains { edit in
                guard case .letterCase(let targets, let transform?) = edit, targets.contains(where: { holds(scope.mappedFrom[$0]) }) else { return false }
                switch transform {
                case .upper: return after == after.uppercased()
                case .lower: return after == after.lowercased()
                default: return after.split(separator: " ").allSatisfy { $0.first?.isUppercase == true && $0.dropFirst() == $0.dropFirst().lowercased() }
                }
            }
        }
        // (The words the split keeps, exactly: "Black Mesa Ltd" keeps "Black" at the first space, "Black Mesa" before the last.)
        let words = before.split(separator: " ").map(String.init)
        return edits.contains { edit in
            guard case .map(_, let source) = edit else { return false }
            switch source {
            case .split(let column, let separator, let part):
                let pieces = before.components(separatedBy: separator)
                let index = part < 0 ? pieces.count + part : part
                return holds(column) && pieces.indices.contains(index) && pieces[index] == after
            case .splitName(let column, let part):
                let kept = switch part {
                case .first: words.dropLast().joined(separator: " ")
                case .last: words.last ?? ""
                case .rest: words.dropFirst().joined(separator: " ")
                }
                return holds(column) && words.count > 1 && kept == after
            default: return false
            }
        }
    }

    /// "In the preview, row 1 shows Other for lead source, but the file says WEBSITE": what the analyst
    /// sees in a row, beside the request that changes it. It asks for nothing and names no column or
    /// value of the data but those of the columns the request changes.
    func isObservation(_ text: String, _ edits: [Edit]) -> Bool {
        guard !edits.isEmpty,
            Text.contains(text, #"^(?:in the (?:preview|output|export),? )?(?:rows? \d+(?:(?:,| and) \d+)*|records? \d+|it|that row|this row) (?:shows?|says|has|reads|is|gets|comes out as|displays?|ends up as|ended up as)\b"#),
            !Text.contains(text, #"\b(?:should|must|please|could|would|can|want|wants|need|needs|instead|make|map|drop|trim|remove|delete|skip|import|ought|supposed)\b|\b(?:has|have|got) to\b|\bto be\b"#)
        else { return false }
        let touched = Set(edits.compactMap(\.target))
        let sources = Set(touched.compactMap { scope.mappedFrom[$0] })
        // (The words of a column's name are no value: "lead" of "lead source".)
        let names = (scope.header + template.columnNames.map { $0.replacingOccurrences(of: "_", with: " ") }).map { NSRegularExpression.escapedPattern(for: $0) }
        let said = text.replacingRegex(#"\b(?:rows?|records?) \d+(?:(?:,| and) \d+)*"#, with: " ").replacingRegex(#"\b(?:"# + names.joined(separator: "|") + #")\b"#, with: " ")
        let words = said.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let phrases = Set(words + zip(words, words.dropFirst()).map { $0 + " " + $1 })
        // (Every value it names is one of a column the request changes: what it shows, and what the file says.)
        func ours(_ phrase: String) -> Bool {
            sources.contains { scope.values[$0]?[phrase] != nil } || touched.contains { allowedMatch(phrase, in: $0) != nil }
        }
        func theirs(_ phrase: String) -> Bool {
            scope.header.contains { scope.values[$0]?[phrase] != nil } || template.columnNames.contains { allowedMatch(phrase, in: $0) != nil }
        }
        // (A value of ours may sound like a column, "WEBSITE" like company_domain: it names no column here.)
        let unvalued = words.filter { !ours($0) }.joined(separator: " ")
        return !phrases.contains { theirs($0) && !ours($0) } && Set(mentioned(unvalued)).isSubset(of: touched)
    }

    /// "Event should stay Event, of course" (read as "Event = Event"): an allowed value said to stay
    /// itself, beside a change of what other values become.
    func saysValueStays(_ text: String) -> Bool {
        guard let g = Text.match(text.trimmingCharacters(in: .whitespaces), #"['"]?([\w -]{2,30}?)['"]? (?:(?:should |can |will |must |is to )?(?:stays?|remains?|be kept as|is kept as|keeps being)|=) ['"]?([\w -]{2,30}?)['"]?(?:,? (?:of course|obviously|naturally|as before|as it is))?[.!]?"#)
        else { return false }
        return g[0].lowercased() == g[1].lowercased() && template.columnNames.contains { allowedMatch(g[0], in: $0) != nil }
    }

    /// "all caps looks wrong", "caps look shouty": how letters look, said beside a change of case.
    static func saysLettersLook(_ text: String) -> Bool {
        Text.contains(text, #"^(?:all[- ]caps|caps|capitals|upper[- ]?case|lower[- ]?case|small letters)(?: \w+)? (?:looks?|seems?|reads?|is|are) (?:wrong|odd|weird|bad|ugly|off|strange|shouty|like shouting|unprofessional)\b"#)
    }

    func isAside(_ text: String, _ edits: [Edit]) -> Bool {
        // ("all caps looks wrong in their letters": how the letters the change undoes look.)
        let looks = Self.saysLettersLook(text) && edits.contains { if case .letterCase = $0 { true } else { false } }
        guard !edits.isEmpty, looks || Text.contains(text, #"^(?:their|our|his|her|they|he|she|it|(?:the |our )?(?:client|customer)s?(?:'s?)?)\b"#) && Self.hasVerb(text),
            !Text.contains(text, #"\b(?:should|must|need|needs|has to|have to|wants?|please|instead|too|also|as well|rather|don't|do not|doesn't|does not|not|no|never)\b"#),
            !Text.contains(text, #"\d|(?:^|\s)['"`]|['"`](?:\s|$)|\?"#), Region.mentions(in: text).isEmpty, !namesValue(text)
        else { return false }
        if looks { return true }
        // (A column it names is one the change is about, or the sentence has no word of a change at all.)
        let rowsUnsaid = text.replacingRegex(#"\b(?:contacts?|accounts?|records?|leads?|people|persons?|rows?|entries|entry|clients?|customers?)\b"#, with: " ")
        return Set(mentioned(rowsUnsaid)).isSubset(of: Set(edits.compactMap(\.target))) || !Text.contains(text, Self.instructionWords)
    }

    /// Whether a sentence beside a change only says who wants it and why ("Sales wants to see who
    /// looked after each person"): a reason's opening and a verb, and no column, value of the data,
    /// region, number or word of a change but the wanting itself.
    func isPlainReason(_ text: String) -> Bool {
        Self.isReason(text) && Self.hasVerb(text) && !Self.isWish(text) && !Text.contains(text, Self.imperative)
            && !Text.contains(text.replacingRegex(#"\b(?:wants?|wanted|needs?|needed)\b"#, with: " "), Self.instructionWords)
            && !Text.contains(text, #"\d|['"`]|\?|\b(?:too|also|as well|instead|either)\b"#) && mentioned(text).isEmpty && Region.mentions(in: text).isEmpty && !namesValue(text)
            // ("Sales wants to see the owner too": a source column named is a request, never a reason.)
            && !text.split(whereSeparator: { !$0.isLetter }).contains { scope.source(String($0)) != nil }
    }

    /// Whether a sentence only tells the data's history or who someone is ("The reps wrote some useful
    /// things in there", "Nobody has looked at it since about 2016", "one's a copy of Mei Wilson and
    /// the other was my test"): a statement with a verb, no word of a change, no column, no region, no
    /// number but a year, no quote and no value of a column that sorts the rows (`sortsRows`: a lead
    /// source, a stage, an owner). A person of the data (first and last name) or a company may be what
    /// the request is about ("Drop the Dev Ops rows. Ivan Martinez passed away in March."): only an
    /// `aside` between dashes or brackets may name one in passing.
    func isBackstory(_ said: String, aside: Bool = false) -> Bool {
        // ("In those days everybody came to us by word of mouth": when, which limits no row.)
        let text = said.trimmingCharacters(in: .whitespaces).replacingRegex(#"^[\s,;:.!–—-]+|[\s,;:.!–—-]+$"#, with: "")
            .replacingRegex(#"\b(?:in|during) (?:those|these|the old|the early|the) (?:days|years|times|era)\b|\bback then\b|\bat the time\b"#, with: " ")
        guard !text.isEmpty, !Text.contains(text, Self.condition), !Text.contains(text, Self.imperative),
            !Text.contains(text, #"\?|(?:^|\s)['"`]|['"`](?:\s|$)|^(?:can|could|would|will|may|shall|do|does|did|is|are)\b|\b(?:please|pls|let|let's|make|want|wants|wanted|like|rather|prefer|hope|ought|supposed|have to|has to|got to|going to|gonna|won't|don't|do not|dont|no longer|not|never|nothing|no|none|only|instead|back|again|too|also|either|same (?:for|goes|as|again|with|applies)|separat\w*|between|comma|slash|dash|hyphen|semicolon|colon|pipe|space|ones|the one|those|these|which|who|whose|whom|except|excluding|including|especially|mainly|mostly|unless|until|before|after|since|from|owned|owns|own|thing|things|talked|discussed|agreed|decided|mentioned|said|says|asked|requested|promised|told|count\w*|class\w*|treat\w*|tagg\w*|label\w*|logg\w*|mark\w*|filed|bucket\w*|categori\w*)\b"#),
            !Text.contains(text, Self.instructionWords), !Text.contains(text.replacingRegex(#"\b(?:19|20)\d\d(?:s)?\b"#, with: " "), #"\d"#),
            mentioned(text).isEmpty, Region.mentions(in: text).filter({ !Self.shortWords.contains(String(text[$0.range]).lowercased()) }).isEmpty,
            !scope.header.contains(where: { text.localizedCaseInsensitiveContains($0) }),
            Self.hasVerb(text) || Self.isStatement(text) || Text.contains(text, #"\b(?:look|looks|search|searches|call|calls|ring|rings|work|works|live|lives|sit|sits|run|runs|\w{3,}ed|wrote|went|came|had|made|gave|took|knew|put|ran|sold|left|got|bought|began|kept|told|sent|met|thought|brought|found|rang|felt|lost|paid|spent|became|grew|fell|built|sat|stood|meant)\b"#)
        else { return false }
        // (A value of a column that sorts the rows, few values shared by many, carries the request: "the Partner ones were resellers".)
        // ("the other was my test": "the other" is no value Other.)
        let words = text.lowercased().replacingRegex(#"\b(?:the|each|any|every|some) others?\b"#, with: " ")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let pairs = zip(words, words.dropFirst()).map { $0 + " " + $1 }
        // (Plurals too: "the webinars were events".)
        let phrases = Set(words + pairs + (words + pairs).filter { $0.hasSuffix("s") }.map { String($0.dropLast()) })
        let sorting = scope.header.filter(scope.sortsRows)
        if !aside {
            let first = scope.mappedFrom["first_name"].flatMap { scope.values[$0] }, last = scope.mappedFrom["last_name"].flatMap { scope.values[$0] }
            let companies = scope.mappedFrom["company"].flatMap { scope.values[$0] } ?? [:]
            if zip(words, words.dropFirst()).contains(where: { first?[$0.0] != nil && last?[$0.1] != nil }) || (words + pairs).contains(where: { companies[$0] != nil }) {
                return false
            }
        }
        return !sorting.contains { header in phrases.contains { scope.values[header]?[$0] != nil } }
            && !template.columnNames.contains { column in template.allowed(column)?.contains { phrases.contains($0.lowercased()) } == true }
    }

    /// Whether an aside between dashes only says who a record is ("1000050 - Ivan Martinez - passed
    /// away", "Record 1000985 - the Japanese gentleman, Mr Suzuki - was a test"): a name or a short
    /// description without a verb, a number, a quote or a word of a change, said as a name is (never
    /// an exception: "- apart from Mei Wilson -", "- other than Ivan -", "- bar Tom -").
    func isApposition(_ said: String) -> Bool {
        let text = said.trimmingCharacters(in: .whitespaces)
        guard text.split(separator: " ").count <= 8, !Self.hasVerb(text), !Text.contains(text, Self.instructionWords),
            Text.contains(text, #"^(?:the|our|my|a|an|mr|mrs|ms|miss|dr)\b|^(?-i:[A-Z])"#),
            !Text.contains(text, #"\d|['"`?]|\b(?:ones?|those|these|which|who|whose|except|excluding|apart|bar|save|besides|other than|but|without|unless|minus|keep|keeping|leave|leaving|only|not|no|all|every|any|rows?|records?|leads?|contacts?)\b"#),
            mentioned(text).isEmpty, !scope.header.contains(where: { text.localizedCaseInsensitiveContains($0) })
        else { return false }
        // (A person's name as the data writes it, or a description of one: "the Japanese gentleman, Mr Suzuki".)
        let named = scope.header.contains { header in
            guard !scope.sortsRows(header), let values = scope.values[header] else { return false }
            return values[text.lowercased()] != nil || text.split(separator: " ").contains { word in values.keys.contains { $0.split(separator: " ").contains(Substring(word.lowercased())) } && word.first?.isUppercase == true }
        }
        return named || Text.contains(text, #"^(?:the |our |my |a |an )[\w' -]*\b(?:gentleman|lady|man|woman|chap|fellow|person|customer|client|guy|girl|boy|one|family)\b"#)
    }

    /// Whether a part names a value of the data (one word or two, any case).
    /// (A word that is the name or a synonym of one of `columns` is that column here: "the reps like to
    /// see the website" beside a change of company_domain, though "website" is a Lead Source value too.)
    func namesValue(_ text: String, besides columns: Set<String> = []) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let names = Set(columns.flatMap { column in [Text.key(column)] + (ColumnMatcher.synonyms[Text.key(column)] ?? []) })
        let phrases = Set(words + zip(words, words.dropFirst()).map { $0 + " " + $1 }).filter { !names.contains(Text.key($0)) }
        return scope.header.contains { header in phrases.contains { scope.values[header]?[$0] != nil } }
            || template.columnNames.contains { column in phrases.contains { allowedMatch($0, in: column) != nil } }
    }

    /// Whether a part names a value of the data with a capital, as values are written ("Newsletter",
    /// "Email"): such a part is about the data's values, never set aside unread.
    func namesCapitalisedValue(_ text: String) -> Bool {
        let words = text.split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) }.dropFirst()
        return words.contains { word in
            word.first?.isUppercase == true && word.count > 2
                && (scope.header.contains { scope.values[$0]?[word.lowercased()] != nil }
                    || template.columnNames.contains { allowedMatch(word, in: $0) != nil })
        }
    }

    func isComment(_ text: String) -> Bool {
        // A condition ("where there are no notes") is half of a request, never a comment.
        if Text.contains(text, Self.condition) { return false }
        if Self.isStrongReason(text) || isRemark(text) || isAside(text) { return true }
        // "The mailing house wants it like that", "mail merges look awful without it": why, not what.
        if Text.contains(text, #"^[\w' -]{1,40} (?:wants?|needs?|likes?|prefers?|expects?|asked for) (?:it|them|that|this)(?: (?:like that|that way|this way|so|too|as well))?$|^[\w' -]{1,40} (?:looks?|reads?|seems?|is|are) (?:awful|bad|odd|wrong|weird|broken|ugly|terrible|strange|silly|empty) without (?:it|them|one)$"#) { return true }
        // "Mr Okafor says he needs it for his reports": who needs it, as someone says.
        if Text.contains(text, #"^[\w' .-]{1,40} (?:says|said|tells me|told me|thinks|feels|mentioned|points out)(?: that)? (?:he|she|they|we|it) (?:really )?(?:needs?|wants?|uses?|likes?|prefers?|relies on|reads?|looks? at) (?:it|them|that|this|those)\b[\w ,'.-]*$"#) { return true }
        // "Better that than a hole.": why, said as a comparison.
        if Text.contains(text, #"^(?:(?:it's|that's|it is|that is) )?(?:better|safer|nicer|easier|preferable) (?:that|this|it)? ?than (?:a |an |the )?[\w ]{1,30}$"#) { return true }
        // "looks better on the labels", "we make new emails later": how it looks, or what others do after.
        if Text.contains(text, #"^(?:it |that |this |they |which )?(?:looks?|reads?) (?:much |a lot )?(?:better|nicer|cleaner|good|great|fine|neater|tidier)\b[\w ]*$"#) { return true }
        if Text.contains(text, #"^(?:we|they|i|sales|marketing|the team|the crm|the new system)(?: will|'ll)? (?:make|create|generate|build|set up|fill in|add) (?:new |our own |their own |fresh )?[\w ]+? (?:later|ourselves|themselves|afterwards|anyway)$"#) { return true }
        // "the CRM rejects capitals", "the load chokes on blanks": what the target system does with the data.
        if Text.contains(text, #"^(?:the |our )?(?:new |old |target )?(?:crm|system|tool|target|load|import|mail merge|warehouse|database|platform|dialer)\b[\w ]* (?:rejects?|refuses?|requires?|expects?|chokes on|can't handle|cannot handle|doesn't accept|does not accept|won't accept|only accepts?|breaks on)\b[\w ,'-]*$"#) { return true }
        // "…, is not a problem", "…, is correct like this", "…, I was wrong before", "…, many contacts don't
        // have": a judgement of the request, or of the data, with its subject left out as it often is.
        if Text.contains(text, #"^(?:it |this |that |which )?(?:is|'s|it's) (?:not a problem|no problem|not an issue|fine|ok|okay|correct|right|better|good|normal|expected)(?: (?:like this|like that|so|this way|that way|for us|for me|now|here))?$|^(?:i|we) (?:was|were) wrong(?: before| earlier| last time| the last time)?$|^(?:(?:my|our) (?:mistake|error|bad))(?: (?:before|earlier))?$|^(?:do )?the needful$|^(?:(?:i|we) (?:have )?changed (?:my|our) minds?|(?:i|we) (?:have )?changed (?:my|our) minds? about (?:it|that|this)|(?:(?:i|we) (?:have )?changed (?:my|our) minds? )?about (?:dropping|removing|deleting|excluding|importing|mapping|making|changing) (?:them|it|those|these|that))$|^(?:before|earlier|last time|the last time)$|^(?:many|most|some|a lot of|lots of|several) (?:contacts|people|rows|records|leads|customers) (?:do not|don't|doesn't|does not) (?:have|has)(?: (?:one|it|any|them))?$"#) { return true }
        // "Wrong row.", "that was the wrong one, sorry": the take-back said before the request that mends it.
        if Text.contains(text, #"^(?:oops|sorry|ah|oh|no)?[,!. ]*(?:(?:that|this|it)(?:'s| is| was) )?(?:the )?wrong (?:row|record|rows|records|one|ones|contact|line|id)(?: (?:again|sorry|my bad|oops))?[.!]?$"#) { return true }
        // "(legal hasn't signed off yet)": an approval still to come.
        if Text.contains(text, #"^(?:the |our )?[\w' ]{1,30}? (?:hasn't|has not|haven't|have not|didn't|did not) (?:signed off|approved|agreed|confirmed|cleared)(?: (?:on )?(?:it|that|this|them))?(?: yet)?$"#) { return true }
        // "I realise the template prefers lower case, but the client insists": a concession, then who wants it.
        if Text.contains(text, #"^(?:i|we) (?:realise|realize|know|understand|appreciate|am aware|'m aware|see)(?: that)? [^,]+,? but (?:the |our )?(?:client|customer|they|he|she|team|boss|manager|business)s? (?:insists?|wants? it|asked for it|prefers? it|needs? it|requires? it|is adamant|was clear)(?: (?:on it|that way|anyway|on that))?$"#) {
            return true
        }
        // "— it was agreed in error": why a step is taken back.
        if Text.contains(text, #"^(?:it|that|this|which) (?:was|were) (?:agreed|done|made|added|decided|applied|asked for|requested) (?:in error|by mistake|by accident|wrongly|too early|too soon)$"#) { return true }
        // "(contact asked to be forgotten)": an erasure request, the reason for a drop.
        if Text.contains(text, #"^(?:the )?(?:contact|customer|person|client|they|he|she|data subject)s? (?:has |have )?(?:asked|requested|wants?|wanted) (?:us )?(?:to be |for |to )?(?:forgotten|erased|deleted|removed|erasure|deletion|be removed)\b"#) { return true }
        // "GDPR", "PII": a reason said as its acronym.
        if Text.contains(text, #"(?-i)^[A-Z]{2,6}s?[.!]?$"#) { return true }
        // "they hold customer comments we are not allowed to move": what the column holds.
        if Text.contains(text, #"^(?:they|it|these|those|that|this) (?:hold|holds|contain|contains|include|includes|carry|carries) [\w ]+$"#) { return true }
        // "we use it for enrichment", "the reps need it for their calls": what it is for.
        if Text.contains(text, #"^(?:we|they|i|sales|marketing|finance|billing|support|ops|the (?:team|reps|sales team|business|client))(?: also| really)? (?:use|uses|need|needs|want|wants|rely on) (?:it|them|that|this|those)(?: (?:for|in|to|when|during) [\w ]+)?$"#) { return true }
        if Text.contains(text, #"^(?:confirming|checking|double[- ]checking|to be (?:sure|safe)|as (?:agreed|discussed|requested|promised|before)|that's how it (?:should|has to|must) be|as it should be|(?:it )?(?:doesn't|does not|won't|wouldn't) matter that\b.*)$"#) { return true }
        // A tester's confirmation beside a state that holds: "- confirm, nothing to change", "- correct, keep it".
        let confirmation = #"(?:(?:please )?confirm(?:ed)?|correct|right|good|fine|ok|okay|as expected|works|passes|pass|no action(?: needed| required)?|nothing to (?:change|do|fix)|keep (?:it|that|as is)(?: that way| like that)?|(?:please )?keep (?:that|this|the) rule(?: as is| in place)?|(?:that's|thats|that is) (?:fine|ok|okay|right|correct|expected))"#
        if Text.contains(text, "^" + confirmation + #"(?:\s*,\s*"# + confirmation + ")*$") { return true }
        // (Where rows go names a place outside this migration: no column, no value of one.)
        guard let g = Text.match(text, #"(?:they|these|those|it|that)(?: all)? (?:go|goes|belong|belongs|live|lives|are handled|get handled|are kept|are sent|get sent) (?:in|to|into|by|under|with)(?: the| our| a)? ([\w -]+?)(?: instead| already| anyway)?"#) else { return false }
        return mentioned(g[0]).isEmpty && !scope.header.contains { scope.values[$0]?[g[0].lowercased()] != nil }
            && !template.columnNames.contains { column in g[0].split(separator: " ").contains { allowedMatch(String($0), in: column) != nil } }
    }

    /// The message without the brackets that only comment on it ("(just confirming, that's how it
    /// should be)", "(someone pasted Mei's email)"); brackets that say something are kept.
    func withoutCommentBrackets(_ message: String) -> String {
        // ("remove 1000907 and 1000985 - one's a copy of Mei Wilson and the other was my test - and …": an aside between dashes.)
        guard let pattern = Text.compiled(#"\s*\(([^()]{2,160})\)|(?<=\S)\s+[-–—]\s+([^()\-–—]{2,160}?)\s+[-–—](?=\s)"#) else { return message }
        var text = message
        for match in pattern.matches(in: message).reversed() {
            let dashed = match.range(at: 2).location != NSNotFound
            guard let range = Range(match.range, in: text), let inner = Range(match.range(at: dashed ? 2 : 1), in: text) else { continue }
            let parts = text[inner].split(separator: ",").map { Clauses.clean(String($0)) }.filter { !$0.isEmpty }
            // ("- there's one, record 1001083 I think -": how many rows the request meets, said in passing.)
            let counted = Text.contains(String(text[inner]), #"^there(?:'s| is| are) (?:only |just )?(?:one|two|three|a few|some|several|a handful|a couple)(?:,? (?:records?|rows?) \d+(?:(?:,| and) \d+)*)?(?: i think| i believe| if i remember)?$"#)
            if !parts.isEmpty, (dashed ? isBackstory(String(text[inner]), aside: true) || isApposition(String(text[inner])) || counted : parts.allSatisfy { isComment($0) || isBackstory($0, aside: true) })
                || !dashed && restatesValue(String(text[inner]), outside: text.replacingCharacters(in: range, with: " "))
            {
                // (After a condition, "Where we never got a first name - … - use …", the comma the condition ends with.)
                let condition = dashed && Text.contains(String(text[..<range.lowerBound]), Self.condition)
                text.replaceSubrange(range, with: condition ? ", " : dashed ? " " : "")
            }
        }
        return text
    }

    /// "Subscribers are not to be migrated (Lifecycle Stage subscriber)": a bracket naming a source
    /// column and a value of it that the message says outside the bracket too.
    private func restatesValue(_ inner: String, outside: String) -> Bool {
        let words = inner.replacingRegex(#"['"=:]"#, with: " ").split(separator: " ").map(String.init)
        guard words.count >= 2, words.count <= 6 else { return false }
        for cut in 1..<words.count {
            let column = words[..<cut].joined(separator: " "), value = words[cut...].joined(separator: " ").lowercased()
            guard let source = scope.source(column), scope.values[source]?[value] != nil else { continue }
            return outside.lowercased().contains(value)
        }
        return false
    }

    /// What a remark is about, for the pronouns of the instruction after it: its subject ("chat
    /// leads came in…" → "chat leads"), or else the one column it names ("there are stray
    /// spaces around some first names" → first_name).
    func subject(ofRemark text: String) -> String? {
        // "Rows whose Lifecycle Stage is lead haven't been qualified yet": rows described, then what is said of them.
        if let rows = Text.firstMatch(text, #"^((?:the |all |any )?(?:rows?|records?|contacts?|leads?|entries|ones) (?:whose|where|with|without|that|which|who) .+?) (?:haven't|have not|hasn't|has not|aren't|are not|weren't|were not|don't|do not|doesn't|does not|can't|cannot|won't|shouldn't|should not|have been|has been|are all|were all|are just|are only|belong|came|come)\b.*$"#) {
            return rows
        }
        if let g = Text.match(text, #"(?:the |all |our )?(.+?) (?:is|are|isn't|aren't|was|were|wasn't|weren't|came|come|comes|has|have|had|won't|doesn't|didn't|looks?|seems?|belongs?|got|asked|wants|left|moved|opted|requested|unsubscribed|signed up|signed|bought|registered|subscribed|joined|clicked|replied)\b.*"#),
            !Text.contains(g[0], #"^(?:there|those|these|they|it|that|this|some|most|many|a few|several)\b"#)
        {
            // "1004 is a demo contact": a bare number is a record.
            return g[0].allSatisfy(\.isNumber) ? "record " + g[0] : g[0]
        }
        let columns = mentioned(text)
        return columns.count == 1 ? columns[0] : nil
    }

    /// A fragment that asks for nothing: a few words with no instruction word, no column and no
    /// quoted value ("ugly spaces everywhere", "whatever", "no exceptions", "chill").
    func isAside(_ text: String) -> Bool {
        text.split(separator: " ").count <= 5 && !Text.contains(text, Self.instructionWords) && mentioned(text).isEmpty
            && !Text.contains(text, #"['"`\d]"#) && Region.mentions(in: text).isEmpty
            && Text.contains(text, #"^(?:no|nobody|nothing|none|whatever|chill|ugly|weird|messy|gross|lol|haha|obviously|fyi|sure|fine|ok|okay|yes|yeah|yep|good|great|cool|nice|thanks|sorry|cheers|ta|ty|np|nvm|super|pretty|kinda|so|such|too)\b"#)
    }

    /// What a statement before an instruction is about, for the instruction's pronouns: rows it
    /// describes ("rows which have an error in email") or the subject of a statement ("the row number
    /// 36 is a duplicate"); nil for an imperative ("use Date Added for …") or a bare noun phrase.
    func about(_ said: String) -> String? {
        // ("The client tells me records 1001013 and 1000347 are test entries", "I'm told record …": what is reported.)
        let text = said.replacingRegex(#"^(?:(?:i'?m|i am|we'?re|we are|i was|we were|i've been|we've been) told|(?:the |our )?(?:client|customer|team|manager|boss|they|someone|somebody|\w+) (?:tells|told|says|said|confirmed|confirms|mentioned|mentions|reports|reported)(?: me| us)?)(?: that)?,?\s+"#, with: "")
        if let column = wishedColumn(text) { return column }
        if Text.match(text, #"(?:the |all |any )?(?:rows?|records?|contacts?|leads?|entries|ones) (?:which|that|with|where|whose|without) .+"#) != nil {
            // ("The contact whose company is Acme is a test entry": the rows, without what is said of them.)
            return Text.firstMatch(text, #"^(.+?\b(?:which|that|with|where|whose|without) .+?) (?:(?:is|are|was|were) (?:a|an|the|just|only|our|some|all|clearly|obviously|probably|likely)|(?:have|has|had) (?:no|nothing|never))\b.*$"#) ?? text
        }
        if let g = Text.match(text, #"(?:the |all |our )?(.+?) (?:is|are|isn't|aren't|was|were|wasn't|weren't|came|come|comes|has|have|had|looks?|seems?|belongs?|got|asked|wants|left|moved|opted|requested|unsubscribed|passed away|passed on|died|closed|wrote|emailed|called|rang|went|married|retired|quit|resigned|objected|complained|withdrew|shouldn't|should not|mustn't|must not|can't|cannot|won't|doesn't|does not)\b.*"#),
            !Text.contains(g[0], #"^(?:there|those|these|they|it|that|this|some|most|many|a few|several|i|we|you)\b"#),
            !Text.contains(g[0], #"^(?:use|map|take|put|make|set|drop|remove|trim|change|treat|count|keep|leave|fill|import|split|combine)\b"#),
            // ("Email should be optional: rows without an email …": a statement of its own before the colon.)
            !g[0].contains(":")
        {
            return g[0].allSatisfy(\.isNumber) ? "record " + g[0] : g[0]
        }
        // "the client spotted junk in rows 40 and 47": the rows a remark names by number.
        // (Said inside a statement, after a verb and a preposition; a bare "Rows 12" may be half of a list.)
        if let rows = Text.firstMatch(text, #"^\S.*\s(?:in|at|on|from|of|with|about)\s+((?:rows?|records?) \d+(?:(?:\s*,\s*|\s*,?\s*(?:and|&)\s*)\d+)*)\s*$"#) { return rows }
        // (A bare noun phrase is no statement: at a cut it may be half of a longer one, "Rows 12 | and 14 are …".)
        return nil
    }

    /// "we want Contact Owner", "the first name we need it", "Contact Owner also we want": the one
    /// column a wish names, before the request that says what to do with it.
    func wishedColumn(_ text: String) -> String? {
        let column = #"(?:the |our )?([\w -]+?)(?: column| field)?"#
        guard let g = Text.match(text, #"(?:sorry,? )?(?:so |but |and )?(?:we|i|they|the client|the customer)(?: (?:do|also|still|really|always))? (?:want|need|use|wants|needs|uses|insisted on|insist on|relied on|rely on|asked for)(?: to (?:keep|have|see))? "# + column + #"(?: (?:also|too|back|again|after all|for everyone|for everybody|for every contact|for all contacts))*"#)
            ?? Text.match(text, #"(?:sorry,? )?"# + column + #"(?: also| too)? (?:we|i|they) (?:also |do |really )?(?:want|need)(?: it| them)?(?: also| too| back)?"#)
            // ("I'd like to see who owns each contact": the wish said by what it is for, its "I'd like to" already read.)
            ?? Text.match(text, #"(?:(?:i|we)(?:'d| would) like to |(?:i|we) want to )?(?:see|know|show|have) "# + column + #"(?: (?:for|of|on|in) (?:each|every|all|the) (?:contacts?|rows?|records?|leads?))?"#),
            scope.source(g[0]) != nil || scope.target(g[0]) != nil
        else { return nil }
        return g[0]
    }

    /// The instruction after a remark, its pronouns standing for the remark's subject ("so call
    /// them Web" → "call chat leads Web"), or for the one column it names ("the CRM stamps its own
    /// creation date, so don't import ours"); nil when it does not parse any way.
    func afterRemark(_ remark: String, _ rest: String, depth: Int) -> [Edit]? {
        if Text.contains(rest, #"\b(?:it|them|they|those|these|their|her|him|ours|that column|this column)\b|\bmake that\b"#) {
            // "so they're Web": the pronoun and its verb apart first.
            let spelled = rest.replacingRegex(#"\b(they|those|these)'re\b"#, with: "$1 are")
                .replacingRegex(#"\bit's\b"#, with: "it is")
            for subject in subjects(ofRemark: remark) {
                let resolved = Self.replacingPronouns(in: spelled.replacingRegex(#"\btheir\b"#, with: subject), with: subject)
                    .replacingRegex(#"\bours\b"#, with: subject)
                // ("…, so they shouldn't come across": the part said plainly once its pronoun is placed.)
                let cleaned = Clauses.clean(resolved)
                for said in cleaned == resolved ? [resolved] : [resolved, cleaned] {
                    if case .success(let edits) = sequence(said, depth: depth + 1) { return edits }
                }
            }
        }
        // "…, please take out": a bare verb takes what the remark is about; "…, so Advertising": a bare value is what it becomes.
        let bareVerb = Text.contains(rest, #"^(?:please )?(?:drop|remove|delete|exclude|skip|leave out|get rid of)(?: please)?$"#)
        let bareValue = template.columnNames.contains { allowedMatch(rest, in: $0) != nil }
        if bareVerb || bareValue {
            for subject in subjects(ofRemark: remark) {
                if case .success(let edits) = sequence(bareVerb ? rest + " " + subject : "map " + subject + " to " + rest, depth: depth + 1) { return edits }
            }
        }
        if case .success(let edits) = sequence(rest, depth: depth + 1) {
            // ("phones are in, dates are day first": whether a column is in or out is a request of its own, never a remark.)
            let stated = mentioned(remark)
            if !stated.isEmpty, Text.contains(remark, #"^(?:the |our |all )?[\w -]{2,30}? (?:is|are|stays?|goes|go) (?:in|out)$"#),
                !stated.contains(where: Set(edits.compactMap(\.target)).contains)
            {
                return nil
            }
            return edits
        }
        // "Mary Ann Khan shows up as first name Mary Ann, just keep the first word": the word of the one column the remark names;
        // "the notes are mostly junk, can we show the lifecycle stage there instead": "there" is that column.
        let keepsWord = Text.contains(rest, #"^(?:only |just )?(?:keep|take|use) (?:only |just )?the (?:first|last) (?:word|part|name)$"#)
        if keepsWord || Text.contains(rest, #"\bthere(?: instead)?$"#), case let named = mentioned(remark), named.count == 1 {
            let placed = keepsWord ? rest.replacingRegex(#"^(?:only|just) "#, with: "") + " of " + named[0] : rest.replacingRegex(#"\bthere\b(?= instead\b|$)"#, with: "in " + named[0])
            if case .success(let edits) = sequence(Clauses.clean(placed), depth: depth + 1) { return edits }
        }
        return nil
    }

    /// What a pronoun after a remark may stand for, the likeliest first: the remark's subject (or
    /// the one column it names), then that subject without its hedges or the rows it counts
    /// ("LinkedIn contacts mostly" → "LinkedIn").
    private func subjects(ofRemark remark: String) -> [String] {
        guard let subject = subject(ofRemark: remark) else { return [] }
        // ("the last row": a row by its place, said with its article.)
        let plain = subject.replacingRegex(#"\s+(?:mostly|mainly|usually|generally|typically|often|always|all|probably|basically)$"#, with: "")
        let found = [Text.contains(plain, #"^(?:first|last|final|top|bottom)\b"#) ? "the " + plain : "", subject, plain,
                     plain.replacingRegex(#"\s+(?:contacts?|leads?|rows?|records?|people|ones|entries|customers?|values?)$"#, with: "")]
        return found.reduce(into: []) { if !$1.isEmpty, !$0.contains($1) { $0.append($1) } }
    }

    /// "first and last names are SWAPPED in the CRM!!", "the company names are a mess": what is
    /// wrong with columns, beside a change of each of them.
    func saysBroken(_ part: String, mendedBy made: [Edit]) -> Bool {
        guard let g = Text.match(Clauses.clean(part), #"(?:the )?(.+?) (?:is|are|look|looks|came out|come out) (?:all |totally |completely |still )?(?:swapped|switched|reversed|backwards|the wrong way (?:round|around)|mixed up|wrong|broken|messed up|a mess|garbage|rubbish)"#),
            let columns = scope.targets(g[0])
        else { return false }
        let targets = Set(made.compactMap(\.target))
        return columns.allSatisfy(targets.contains)
    }

    /// Whether a part only says again what `edits` already do: "leave those rows out" after a
    /// drop rule, "flag the repeats" after a uniqueness rule.
    static func restates(_ edits: [Edit], _ text: String) -> Bool {
        guard let last = edits.last else { return false }
        switch last {
        case .dropRows, .dropRowNumber, .dropPerson:
            // "I'd rather not import anything the template would reject", beside a drop of the invalid rows.
            if case .dropRows(let condition) = last, condition.when == .invalid,
                Text.match(text, #"(?:(?:i'?d|we'?d|i would|we would) rather )?(?:don't|do not|not) (?:import|load|migrate|bring over|bring in|keep) (?:anything|whatever)(?: that)? (?:the )?(?:template|crm|system|target|new system) (?:would|will|might|does) (?:reject|refuse|flag)"#) != nil
            {
                return true
            }
            return Text.match(text, #"(?:we|i) (?:not want|don't want|do not want|don't need|do not need) (?:them|those|these|it)|(?:leave|take|keep) (?:those|these|them|such)?(?: rows| records| ones| contacts| entries)? out|(?:drop|remove|delete|skip|exclude|discard|get rid of|filter out|lose|ditch|bin)(?: (?:those|these|them|it|all of them|them all|such))?(?: rows| records| ones| contacts| entries)?"#) != nil
        case .picklistMap(_, let values, let value):
            // "…, also when it is written Website": a spelling the values already match (case aside).
            if let g = Text.match(text, #"(?:also |even )?(?:when|if|where) (?:it(?:'s| is)|they(?:'re| are)|is|are) (?:written|spelled|spelt|typed|entered)(?: as)? ['"]?(.+?)['"]?"#) {
                return values.contains(g[0].lowercased())
            }
            // ("…; could you map them to Referral?": the value it maps to, said again.)
            guard let g = Text.match(text, #"(?:map|move|put|change|set|count|treat|file|send|categori[sz]e|classify|label|tag|mark) (?:those|these|them|it|all of them|them all|both)(?: (?:there|accordingly|the same way|like that)| (?:as|to|under|into) ['"]?(\w+)['"]?)?|change(?: it| that)?"#) else { return false }
            return g.first.map { $0.isEmpty || $0.lowercased() == value.lowercased() } ?? true
        case .date:
            // "…so the dates must be month-first after all. Would you switch that back?": the order said again.
            if Text.match(text, #"(?:switch|change|set|turn|put) (?:that|this|it|them) back(?: round| around)?"#) != nil { return true }
            // "The day comes first in the date, | then the month": the order said to its end.
            if Text.match(text, #"(?:and )?(?:then|after(?: that)?|afterwards|followed by)? ?(?:the )?(?:month|months)(?:,? (?:and )?(?:then )?(?:the )?year)?"#) != nil { return true }
            return Text.match(text, #"(?:read|parse|treat|interpret|handle) (?:them|those|these|it|the dates) (?:that way|like that|accordingly|as such)"#) != nil
        case .unique(_, true):
            if Text.match(text, #"(?:enforce|check|require) (?:the )?(?:uniqueness|that|it)(?: on (?:it|that|them|this))?"#) != nil { return true }
            // "…after all. Could you turn that back on?": the rule switched on again, said again.
            if Text.match(text, #"(?:turn|switch|set|put) (?:that|this|it) back on"#) != nil { return true }
            // "…, each one only once": the uniqueness said again.
            if Text.match(text, #"(?:(?:each|every)(?: one| value| of them)? )?(?:only |just )?once(?: only)?|no (?:doubles|duplicates|dupes|repeats)"#) != nil { return true }
            // "…, no two contacts on one domain": the rule said of the rows.
            if Text.match(text, #"no (?:two|2) (?:contacts|rows|records|leads|people|entries|accounts)(?: should| may| can)?(?: share| sharing| have| with| on| in| per| at)(?: the same| one| a| an)? [\w ]{1,30}"#) != nil { return true }
            // "…; second occurrence flagged": what the rule does, said as the tester expects it.
            if Text.match(text, #"(?:the )?(?:second|later|subsequent|2nd|next|other|repeated) (?:occurrences?|ones?|copies|duplicates?|rows?|records?|values?)(?: is| are| gets?| get| will be| should be)? (?:flagged|marked|invalid|rejected)(?: as (?:a )?duplicates?)?"#) != nil { return true }
            return Text.match(text, #"(?:flag|mark|highlight|catch|report|show) (?:the |any |those |these |all |every |each )?(?:repeats?|duplicates?|dupes?|doubles|repeated ones|them|second ones|later ones)"#) != nil
        case .phone, .phoneRegionColumn:
            // "Phone country is Mexico. Not US.": the region it is not, said after the one it is.
            if case .phone(_, let region) = last, Text.match(text, #"(?:and |but )?not (?:an? |the |from (?:the )?)?[\w .+]{1,20}?(?: numbers?| phones?| ones)?[.!]?"#) != nil {
                let denied = Region.mentions(in: text).map(\.region.code)
                if !denied.isEmpty, !denied.contains(region) { return true }
            }
            return Text.match(text, #"(?:interpret|read|treat|format|handle|parse) (?:them|those|these|it|the numbers) (?:accordingly|that way|like that|as such)|(?:normali[sz]e|format|convert|write|put)(?: them| it| those| these| the numbers| the phones)?(?: to| as| in| into)? (?:e\.?164|international format|the international format)(?: format)?(?: accordingly| then)?|(?:keep|make) (?:that|this) (?:assumption|the default)|(?:please )?(?:fix|change|correct|update|set|adjust|sort out) (?:the )?(?:phone )?(?:region|country)(?: (?:accordingly|then|now))?"#) != nil
        case .required(_, false):
            // "…, please don't flag those": the empty ones are no longer invalid; "…, remove the obligation".
            if Text.match(text, #"(?:remove|drop|lift|take away|take off|cancel|delete) (?:the |that |this )?(?:obligation|requirement|mandatory (?:flag|rule|setting)|required (?:flag|rule|setting)|obligatory (?:flag|rule))|(?:don't|do not|stop) (?:block|reject|refuse)(?:ing)? (?:those|these|them|it|the)(?: contacts| rows| records| leads| ones)?"#) != nil { return true }
            return Text.match(text, #"(?:please )?(?:don't|do not|no need to|never) make (?:it|them|that|this) (?:compulsory|mandatory|required|obligatory)|(?:please )?(?:don't|do not|no need to|stop|never) (?:flag|mark|reject)(?:ging)? (?:those|them|these|it|the (?:empty|blank) ones)(?: as (?:invalid|errors?|problems?))?"#) != nil
        case .required(let target, true):
            // "…, I don't want any blank notes cells going in": no empty ones.
            if let g = Text.match(text, #"(?:i|we) (?:don't|do not) want (?:any )?(?:blank|empty|missing) ([\w ]{1,30}?)(?: cells| values| ones| fields)?(?: going in| coming (?:in|through|over)| in (?:the )?(?:import|crm|system|load))?"#) {
                return Text.key(g[0]).hasPrefix(Text.key(target)) || Text.key(target).hasPrefix(Text.key(g[0]))
            }
            return Text.match(text, #"(?:every|each|all) (?:contacts?|rows?|records?|leads?|ones?) (?:needs?|must have|should have|has to have|requires?) (?:one|it|that|them|a value)|(?:is|it's|it is) (?:an? )?(?:obligatory|mandatory|required|compulsory)(?: field)?"#) != nil
        case .picklistDefault(_, ""):
            // ("…; flag them for review instead": the values left flagged.)
            return Text.match(text, #"(?:leave|keep) (?:them|those|these|it) (?:flagged|as (?:they are|it is|is)|invalid)(?: (?:so|because|for|until) .+)?|(?:flag|mark) (?:them|those|these|it)(?: as invalid)?(?: for (?:review|checking|a check|someone to check|follow-?up|manual review))?"#) != nil
        case .keepRows, .keepRowNumber, .keepPerson:
            return Text.match(text, #"(?:keep|leave) (?:them|those|these|it)(?: in| all)?|put (?:them|those|these|it) back"#) != nil
        case .map(let target, _):
            // "Could you map it again?": the request said once more.
            if Text.match(text, #"(?:map|import|use) (?:it|that|them|this)(?: again)?|bring (?:it|that|them|this) (?:in|over)(?: again)?"#) != nil { return true }
            // "We don't need the old notes any more": the source the new one replaces.
            if let g = Text.match(text, #"(?:we|i|they|nobody|no one)(?: really)? (?:don't|do not|doesn't|does not) (?:need|want|care about|use|read) (?:the |their |its )?(?:actual|old|existing|original|current|real|present|previous) ([\w ]+?)(?: any ?more| now)?"#) {
                return Text.key(g[0]).hasPrefix(Text.key(target)) || Text.key(target).hasPrefix(Text.key(g[0]))
            }
            // "That strips the Ltd/Inc/LLC bit": what the new source does, said again; "first_name itself stays as it is".
            if Text.match(text, #"(?:the )?[\w ]+? itself (?:stays|remains|is kept|is unchanged)(?: as (?:it is|is|before)| unchanged| the same)?"#) != nil { return true }
            return Text.match(text, #"(?:that|this|it|which) (?:strips|removes|drops|cuts|gets rid of|loses|leaves out) (?:the |any )?.{1,40}"#) != nil
        case .unmap, .note:
            return Text.match(text, #"(?:remove|drop|take|leave|delete) (?:it |them |that |this )?(?:out )?(?:from|of) (?:the )?(?:import|migration|file|load|output)|(?:get rid of|drop|remove|lose|ditch|bin|delete|skip) (?:that|this|the)(?: whole| entire)? (?:column|field)|(?:let|leave|keep) (?:it|them|that|those|these) out\b.*|(?:do not|don't) import(?: it| them| that)?|(?:(?:the |our )?[\w']+(?: [\w']+)? )?(?:doesn't|does not|don't|do not) (?:want|need|use)(?: to (?:see|have|keep|import|use|get))? (?:it|them|that|those|these)\b.*"#) != nil
        case .unique(_, false):
            return Text.match(text, #"(?:remove|drop|lose|scrap|lift|kill|forget) (?:that|the|this) (?:rule|check|constraint)|(?:turn off|switch off|disable|drop|remove) (?:the )?(?:unique(?:ness)?)(?: check| rule)?(?: again)?|(?:turn|switch) (?:the )?(?:unique(?:ness)?)(?: check| rule)? off(?: again)?"#) != nil
                // "Duplicate emails are fine; don't flag them": the repeats no longer flagged, said again.
                || Text.match(text, #"(?:please )?(?:don't|do not|no need to|stop|never) (?:flag|mark|reject|report|treat)(?:ging)? (?:those|them|these|it|the (?:duplicates?|repeats?|doubles|dupes))(?: as (?:invalid|errors?|duplicates?|problems?|bad))?"#) != nil
        default:
            return false
        }
    }
}
