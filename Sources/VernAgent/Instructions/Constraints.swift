import Foundation
import VernAPI
import VernRecipe

/// Required / optional and unique / not unique, for any column, said either way round.
extension InstructionParser {
    private static let empty = #"(?:empty|blank|missing|null|left empty|left blank|unset|not set)"#
    private static let must = #"(?:must|should|has to|needs to|need to|have to|is to|shall|will)"#
    private static let mustNot = #"(?:must not|mustn't|should not|shouldn't|can ?not|can't|may not|cannot|is not allowed to|isn't allowed to)"#
    private static let needNot = #"(?:does not|doesn't|do not|don't|need not|needn't|no longer|shouldn't|should not|won't|will not) (?:need to |have to )?"#

    /// "phone stays required", "email must remain unique": a rule said to hold. Nothing changes when it
    /// holds; when it does not, the writer believes the recipe is other than it is, and the run asks.
    func staysSo(_ text: String) throws(Failure) -> [Edit]? {
        guard let g = Text.match(text, #"(.+?) stays (required|mandatory|optional|not required|unique)"#), let targets = try constrained(g[0]) else { return nil }
        let state = g[1].lowercased() == "not required" ? "optional" : g[1].lowercased()
        let wrong = targets.filter { !self.state(state, holdsFor: $0, in: sheet) }
        guard wrong.isEmpty else {
            throw Failure(reason: "\(Text.join(wrong)) \(wrong.count == 1 ? "is" : "are") not \(state) now, so it cannot stay so; say whether to change it",
                          readings: ["make \(Text.join(wrong)) \(state)"], offersNearby: false)
        }
        return targets.map { state == "unique" ? .unique(target: $0, true) : .required(target: $0, state != "optional") }
    }

    func requirement(_ text: String) throws(Failure) -> [Edit]? {
        let required: [String] = [
            #"(.+?) (?:is|are) (?:now |also |always )?(?:required|mandatory|compulsory|obligatory|a required field|a must)"#,
            #"(.+?) "# + Self.must + #" (?:be always |be |always be )?(?:required|mandatory|compulsory|obligatory|present|filled(?: in)?|populated|provided|set|non-?empty|there)(?: for every (?:contact|row|record|lead|one)| on every (?:row|record)| always)?"#,
            #"(.+?) "# + Self.mustNot + #" be "# + Self.empty,
            #"(?:make|mark|set|flag)(?: the)? (.+?) (?:as |to )?(?:an? )?(?:required|mandatory|compulsory|obligatory)(?: field| column| value)?"#,
            #"(?:require|enforce|insist on|demand)(?: an?| the)? (.+?)"#,
            #"(?:every|each|all) (?:rows?|records?|contacts?|leads?|people|entries) (?:needs?|must have|should have|has to have|have to have|requires?) (?:an? |the )?(.+?)"#,
            #"(?:no|don't allow|do not allow|disallow) (?:empty|blank|missing) (.+?)"#,
            // "flag anyone without a signup date": a row without a value is invalid.
            #"(?:flag|mark|catch|report|reject) (?:anyone|everyone|anybody|every (?:contact|row|record|lead|one)|any (?:contact|row|record|lead|one)|(?:the )?(?:rows?|records?|contacts?|leads?|people|ones)) (?:without|with no|missing|lacking|that (?:has|have) no|who (?:has|have) no) (?:an? |the |any )?(.+?)(?: as invalid)?"#,
            #"(?:require|make|mark|set)(?: an?| the)? (.+?) (?:on|in|for) every (?:row|record|contact)"#,
            // ("don't import rows without a phone" leaves them out: a drop, not a rule.)
            #"(?:we |i )?(?:(?:can't|cannot|can not|won't|will not) (?:accept|allow|take|import|load|want)|(?:don't|do not) (?:accept|allow|take|want)) (?:any )?(?:contacts|rows|records|leads|people|entries) (?:without|with no|missing|lacking) (?:an? |the |any )?(.+?)"#,
            #"(?:we |i )?need (?:an? |the )?(.+?) (?:on|for|in) (?:every|each|all) (?:contacts?|rows?|records?|leads?)"#,
            #"(.+?):? (?:required|mandatory|compulsory|obligatory)"#,
        ]
        let optional: [String] = [
            #"(.+?) (?:is|are) (?:now |also )?(?:optional|not required|not mandatory|not compulsory|not obligatory|not needed|not a required field|no longer required)"#,
            #"(.+?) (?:isn't|aren't) (?:required|mandatory|compulsory|obligatory)"#,
            #"(.+?) (?:must not|mustn't|should not|shouldn't|need not|needn't|cannot|can't|is not to|isn't to|are not to|aren't to) be (?:required|mandatory|compulsory|obligatory|enforced)"#,
            #"(.+?) (?:should|must|can|will|needs to|has to) be (?:optional|not required|not mandatory)"#,
            #"(.+?) "# + Self.needNot + #"(?:be )?(?:required|mandatory|compulsory|obligatory|filled(?: in)?|populated|present)"#,
            #"(.+?) (?:can|may|is allowed to|are allowed to|could) (?:be |stay |remain |be left )?(?:empty|blank|missing|left empty|left blank)"#,
            #"(?:make|mark|set|put)(?: the)? (.+?) (?:as |to )?(?:an? )?(?:optional|not required|not mandatory|not obligatory|not compulsory|non-?mandatory|non-?obligatory|non-?required)(?: field| column| value)?"#,
            #"(?:don't|do not|dont|no need to|stop) (?:require|requiring|mark|marking|flag|flagging|make|making|set|setting)(?: the)? (.+?)(?: as)?(?: required| mandatory| obligatory| missing| empty)?"#,
            #"(?:is|are) not (?:required|mandatory|compulsory|obligatory|needed) (?:the )?(.+?)"#,
            #"(?:let|leave) (?:the )?(.+?) (?:empty|blank) (?:if|when) (?:it'?s |it is |they'?re |they are )?(?:missing|empty|blank|not there|unknown)"#,
            #"no need for (?:the |an? )?(.+?) to be (?:required|mandatory|filled(?: in)?|present)"#,
            #"(?:allow|accept|permit) (?:empty|blank|missing) (.+?)"#,
            #"(?:an? |any )?(?:empty|blank|missing) (.+?) (?:is|are) (?:fine|ok|okay|alright|allowed|acceptable|no problem|not a problem)(?: (?:by|for|with) (?:us|me|them|the client|the business|the team|sales))?"#,
            #"(?:it's|it is|that's|that is) (?:fine|ok|okay|alright|allowed|acceptable) (?:if|when|for) (?:the |an? )?(.+?) (?:is|are) (?:empty|blank|missing)"#,
            #"(.+?):? (?:optional|not required|not mandatory|not obligatory)"#,
            #"(?:don't|do not|dont) (?:mark|flag|treat) (?:rows (?:without|with no|missing) (?:an? |the )?(.+?)|(?:empty|blank|missing) (.+?)) (?:as )?(?:invalid|bad|errors?|wrong)"#,
            #"(?:i|we) (?:don't|do not) want (?:empty|blank|missing) (.+?) to (?:fail|be flagged|be invalid|fail validation)"#,
            #"(?:it's|it is|that's|that is) (?:fine|ok|okay|alright|allowed|acceptable|no problem) (?:if|when) (?:a |an |the |some )?(?:contacts?|rows?|records?|leads?|persons?|people|entries|entry)? ?(?:has|have|don't have|doesn't have) (?:no |an? |any |the )?(.+?)"#,
            #"(?:don't|do not|dont|no need to|stop|never) (?:enforce|insist on|check for|check|force|demand)(?: an?| the)? (.+?)(?: as required| being filled)?"#,
        ]
        for (patterns, value) in [(optional, false), (required, true)] {
            for pattern in patterns {
                guard let groups = Text.match(text, pattern), let targets = try constrained(groups.first { !$0.isEmpty } ?? "") else { continue }
                return targets.map { .required(target: $0, value) }
            }
        }
        return nil
    }

    func uniqueness(_ text: String) throws(Failure) -> [Edit]? {
        let unique: [String] = [
            #"(.+?) (?:is|are|"# + Self.must + #" be|must all be|should all be) (?:now |also |always )?(?:unique|distinct|one per (?:row|record|contact))"#,
            #"(?:make|mark|set|keep)(?: the)? (.+?) (?:as )?(?:unique|distinct)"#,
            #"(?:no|don't allow|do not allow|disallow|flag|forbid) (?:duplicate|repeated|duplicated) (.+?)"#,
            #"(.+?) "# + Self.mustNot + #" (?:repeat|be repeated|be duplicated|have duplicates|appear twice|contain duplicates)"#,
            #"(?:enforce|require) (?:unique|distinct) (.+?)"#,
            #"(?:(?:check|make sure|ensure|verify) (?:that )?)?(?:no two|no 2) (?:rows|records|contacts|leads|people) (?:should |may |can |must )?(?:share|have|has) (?:an? |the same |same )?(.+?)"#,
            #"unique ?[=:] ?(.+?)"#,
            #"(?:no|don't allow|do not allow) (?:dupes?|duplicates?)(?: allowed)? (?:in|for|on) (?:the )?(.+?)"#,
            #"(?:there (?:shouldn't|should not|mustn't|must not|can't|cannot|may not) be|(?:don't|do not) allow|no) (?:two|2|multiple|several|any) (?:rows|records|contacts|leads|people|entries) (?:with|sharing|having|that share|that have|who share|who have) (?:the same|an identical|one|a shared) (.+?)"#,
            #"(?:each|every|any)? ?(.+?) (?:should|must|may|can|is to) (?:only )?(?:appear|occur|be used|exist|show up|turn up|crop up|come up|be there|be listed) (?:only )?once(?: in (?:this|the) (?:list|file|table|data|export|sheet))?"#,
            #"(.+?):? unique"#,
        ]
        let notUnique: [String] = [
            #"(.+?) (?:is|are) (?:not|no longer) (?:unique|required to be unique)"#,
            #"(.+?) (?:isn't|aren't) (?:unique|required to be unique)"#,
            #"(.+?) "# + Self.needNot + #"(?:be )?(?:unique|distinct)"#,
            #"(.+?) (?:can|may|is allowed to|are allowed to|could) (?:repeat|be repeated|be duplicated|have duplicates|be the same|appear twice|appear more than once)"#,
            #"(?:allow|accept|permit|keep) (?:duplicate|duplicated|repeated) (.+?)"#,
            #"(.+?) (?:mustn't|must not|shouldn't|should not|doesn't|does not|don't|do not|needn't|need not) have to be (?:unique|distinct)"#,
            #"(?:let|allow|permit|it's fine for|it is fine for) (?:several|multiple|two|many|some|different) (?:people|contacts|rows|records|leads|persons) (?:to )?share (?:an? |the same |one |the one )?(.+?)"#,
            #"(?:it's|it is|that's|that is) (?:fine|ok|okay|alright|allowed|acceptable) (?:if|when|for) (?:two|2|multiple|several|some|many) (?:rows|records|contacts|leads|people|entries) (?:share|have|use) (?:an? |the same )?(.+?)"#,
            #"(?:duplicate|duplicated|repeated) (.+?) (?:is|are) (?:fine|ok|okay|allowed|acceptable)"#,
            #"(?:don't|do not|dont|stop|no need to) (?:flag|flagging|check|checking|mark|marking) (?:duplicate|duplicated|repeated) (.+?)"#,
            #"(?:turn off|remove|drop|disable|switch off) (?:the )?(?:uniqueness|unique(?: check| rule| constraint)?)(?: (?:on|for|of) (?:the )?(.+?))?"#,
            #"(?:make|mark|set)(?: the)? (.+?) (?:as )?(?:not unique|non-?unique)"#,
            #"(?:turn off|remove|drop|disable|switch off|scrap|kill|get rid of|lose) (?:the )?(?:uniqueness|unique)(?: check| rule| constraint| requirement)? (?:on|for|of) (?:the )?(.+?)"#,
            #"(?:don't|do not|dont|stop|no need to|no longer) (?:mark|marking|flag|flagging|treat|treating|set|setting|make|making|check|checking)(?: the)? (.+?) (?:as |for )?(?:unique|distinct|uniqueness)"#,
            #"(.+?):? (?:not unique|non-?unique|unique ?[:=]? ?(?:off|no|false))"#,
            #"(?:no|without) (?:unique|uniqueness) (?:check|rule|constraint)? ?(?:on|for) (?:the )?(.+?)"#,
            #"(?:duplicates?|dupes?) (?:in|on|for) (?:the )?(.+?) (?:are|is) (?:fine|ok|okay|allowed|acceptable)"#,
            #"no need for (?:the |an? )?(.+?) to be (?:unique|distinct)"#,
            #"(.+?):? (?:no uniqueness|no unique(?: check| rule| constraint)?|uniqueness off)"#,
            #"(.+?) (?:must not|mustn't|should not|shouldn't|need not|needn't) be (?:unique|distinct)"#,
            #"(?:duplicates?|dupes?|repeats?|repeated values?) (?:are )?(?:allowed|ok|okay|fine|permitted|accepted) (?:in|for|on) (?:the )?(.+?)"#,
            #"(?:don't|do not|dont|no need to|stop|never|no longer) (?:enforce|enforcing|require|requiring|insist on|insisting on|check|checking|want)(?: the)? (?:unique|distinct|uniqueness (?:of|on|for)(?: the)?) (.+?)"#,
            #"(?:don't|do not|dont|no need to|stop|never|no longer) (?:enforce|enforcing|require|requiring|insist on|insisting on|check|checking|want)(?: the)? (.+?) (?:to be |being )?(?:unique|distinct)"#,
        ]
        for (patterns, value) in [(notUnique, false), (unique, true)] {
            for pattern in patterns {
                guard let groups = Text.match(text, pattern) else { continue }
                if groups[0].isEmpty {
                    let current = template.columnNames.filter { sheet.isUnique($0, in: template) }
                    guard current.count == 1 else { throw Failure(reason: "say which column should stop being unique") }
                    return [.unique(target: current[0], false)]
                }
                // ("no duplicate leads": the rows themselves, not the Lead Source column.)
                if Text.contains(groups[0], #"^(?:the |any |all )?(?:leads?|contacts?|records?|rows?|entries|entry|people|persons?|customers?)$"#) {
                    throw Failure(reason: "say which column makes two rows the same, e.g. \"email must be unique, keep the first\"", readings: ["email must be unique, keep the first", "Email must be unique"])
                }
                guard let targets = try constrained(groups[0]) else { continue }
                return targets.map { .unique(target: $0, value) }
            }
        }
        return nil
    }

    /// The column a constraint names; nil when the phrase is not a column name at all (so other
    /// readings get their turn), a failure when it names several.
    private func constrained(_ phrase: String) throws(Failure) -> [String]? {
        let cleaned = phrase.replacingRegex(
            #"^(?:the|an?|every|each|all|any)\s+|\s+(?:column|field|values?|cells?)$"#, with: "")
        if let target = scope.target(cleaned) { return [target] }
        if let targets = scope.targets(cleaned) { return targets }
        // "a first name for the greeting in our emails": the column, then what it is for.
        if let g = Text.match(cleaned, #"(.+?) (?:for|because|since|so that|in order to) .+"#), let target = scope.target(g[0]) { return [target] }
        return nil
    }
}
