import Foundation
import Synchronization

/// The first stage of understanding a message: politeness, filler and reasons removed, then the
/// message cut into clauses (sentences, `;`, numbered or bulleted lists, "also"), and the places
/// where a clause may be cut further when it does not parse whole (`and`, `,`, `then`, `plus`).
enum Clauses {
    /// Words that carry no instruction, anywhere in a clause.
    static let filler = #"\b(?:you know|i'd say|i would say|if i'm honest|if i am honest|to be honest|heaven knows|god knows|when you think about it|i'd have thought|i would have thought|i'm afraid|i am afraid|sadly|naturally|obviously|mind you|(?<=,\s?)mind(?=\s*[.,;!]|$)|as it happens|as i recall|if memory serves)\b|\b(?:please|literally|if you don't mind|if you do not mind|maybe|perhaps|ofc|of course|pls|plz|asap|rn|let'?s see|lemme see|while you're at it|while you are at it|probably|kindly|thanks (?:a lot|so much|a bunch|a million|heaps)|thank you (?:so much|very much)|many thanks|much appreciated|(?:i )?appreciate it|thanks|thank you|thx|cheers|just|actually|simply|basically|really|honestly|again|after all|anymore|any more|at all|this time(?: around| round)?|for us|lol|lmao|uh|um|ugh|sorry|i guess|as far as i know|afaik|very|though|obv|obviously|fyi|btw|tbh|imo|either|still|for now|from now on|entirely|completely|altogether|throughout|whatsoever|in the (?:new )?(?:crm|system|target system)|(?<=(?:required|obligatory|mandatory|optional|compulsory|unique) )from now|mate|yeah|yep|righto|oi|no worries|too easy|she'll be right)\b"#

    /// Words analysts often mistype, restored by edit distance before parsing ("dorp" → "drop").
    static let lexicon = [
        "uppercase", "lowercase", "titlecase", "capitalise", "capitalize", "combine", "concatenate", "separated", "separator",
        "import", "trim", "drop", "remove", "delete", "unique", "required", "optional", "mandatory", "split", "undo", "revert",
        "format", "default", "first", "last", "invalid", "instead", "empty", "blank", "missing", "duplicates", "rows", "records",
        "column", "every", "should", "between", "skip", "ignore", "exclude", "normalise", "normalize", "region", "dates", "month",
        "where", "without", "numbers", "append", "everything", "anything", "trimmed", "record", "whitespace",
    ]

    /// Words corrected only when typed with two letters swapped ("mkae", "agian", "phnoe"): one letter
    /// off, each is another word ("made", "phones").
    static let swapped = ["make", "again", "phone", "email", "notes", "fill", "dates", "date", "split", "company", "source", "lead", "first"]

    /// Words of their own close to a lexicon word ("were" is not "where"), never corrected.
    static let ownWords: Set<String> = [
        "number", "require", "duplicate", "separate", "were", "list", "lost", "ever", "ship", "skin", "trip", "black",
        "remote", "formal", "dated", "mouth", "drip", "fist", "optimal", "deleted", "worse", "formed", "forms", "back",
        "reports", "regards", "rewards", "requires", "options", "least", "removal", "slip",
    ]

    /// Short words typed wrong, or contractions typed without their apostrophe, that are never
    /// words of their own in an instruction.
    static let slips = [
        "mak": "make", "mpa": "map", "day-frist": "day-first", "month-frist": "month-first", "teh": "the", "thx": "thanks", "pls": "please", "adn": "and", "nad": "and", "taht": "that", "wiht": "with", "frmo": "from", "shoud": "should",
        "shoudl": "should", "dont": "don't", "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't", "shouldnt": "shouldn't",
        "wont": "won't", "befor": "before", "frist": "first", "phnoes": "phones", "uniqe": "unique", "em": "them", "plese": "please", "emtpy": "empty", "cant": "can't", "didnt": "didn't", "thats": "that's", "theyre": "they're", "dya": "day", "fil": "fill", "splt": "split", "rwo": "row", "rwos": "rows", "waht": "what", "wich": "which", "whcih": "which", "mnay": "many", "hwo": "how",
        // Shorthand of a hurried analyst: "fname", "ln", "recs", "src", "co domain", "b/c", "w/o", "nvm".
        "fname": "first name", "lname": "last name", "ln": "last name", "rec": "record", "recs": "records", "src": "source",
        "col": "column", "cols": "columns", "kill": "drop", "nuke": "drop", "b/c": "because", "w/o": "without", "thru": "through",
        "shd": "should", "shld": "should", "theres": "there's", "wouldnt": "wouldn't", "couldnt": "couldn't", "hasnt": "hasn't", "havent": "haven't", "wasnt": "wasn't", "werent": "weren't", "youre": "you're", "whats": "what's",
        "transfered": "transferred", "transfering": "transferring", "nvm": "never mind", "x2": "twice", "x3": "three times", "acct": "account", "whitespce": "whitespace", "wehn": "when", "wen": "when", "whch": "which", "feds": "feeds", "whne": "when", "duplicat": "duplicate", "duplciate": "duplicate",
        "ya": "you", "nope": "no", "ppl": "people", "dosent": "doesn't", "evrything": "everything", "evry": "every", "anythin": "anything", "defualt": "default",
    ]

    /// Restores mistyped lexicon words; other words (names, values) are left alone.
    static func correct(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        return words.enumerated().map { index, word in
            let core = word.trimmingCharacters(in: .punctuationCharacters)
            let lower = core.lowercased()
            if core == lower, let whole = slips[lower] { return word.replacingOccurrences(of: core, with: whole) }
            // ("dya-first": each part of a hyphenated word on its own.)
            if core == lower, lower.contains("-"), case let parts = lower.split(separator: "-").map({ slips[String($0)] ?? String($0) }), parts.joined(separator: "-") != lower {
                return word.replacingOccurrences(of: core, with: parts.joined(separator: "-"))
            }
            if core == lower, core.count >= 4, !lexicon.contains(lower), let hit = swapped.first(where: { $0 != lower && isSwap($0, lower) }) {
                return word.replacingOccurrences(of: core, with: hit)
            }
            // Capitalised words inside a sentence are names or values ("Lars"), never corrected.
            guard core.count >= 4, lower.allSatisfy(\.isLetter), !lexicon.contains(lower), !ownWords.contains(lower), index == 0 || core == lower else { return word }
            let budget = lower.count >= 7 ? 2 : 1
            // Inflections ("imported", "columns") are words of their own, not typos.
            // A doubled last letter is a typo ("trimm"), not an inflection.
            if let last = lower.last, lower.dropLast().last == last, lexicon.contains(String(lower.dropLast())) {
                return word.replacingOccurrences(of: core, with: String(lower.dropLast()))
            }
            // A word one letter short of a lexicon word is that word cut short ("delet").
            if lower.count >= 5, let whole = lexicon.first(where: { $0.count == lower.count + 1 && $0.hasPrefix(lower) }) {
                return word.replacingOccurrences(of: core, with: whole)
            }
            guard !lexicon.contains(where: { lower.hasPrefix($0) || $0.hasPrefix(lower) }),
                let hit = lexicon.first(where: {
                    abs($0.count - lower.count) <= 1 && $0.first == lower.first && (Text.editDistance($0, lower) <= budget || isSwap($0, lower))
                })
            else { return word }
            return word.replacingOccurrences(of: core, with: hit)
        }.joined(separator: " ")
    }

    /// Whether `typo` has `word`'s letters with its first letter in place but others out of order
    /// ("timr" for "trim").
    static func isSwap(_ word: String, _ typo: String) -> Bool {
        word.count == typo.count && word.first == typo.first && word.sorted() == typo.sorted()
    }

    /// Words before a colon that say what to do or which column, never who asked ("Required: phone").
    static let colonWords: Set<String> = [
        "required", "optional", "unique", "mandatory", "trim", "drop", "remove", "delete", "skip", "exclude", "map", "set", "make",
        "split", "combine", "add", "keep", "expected", "expect", "note", "notes", "default", "undo", "question", "update", "change",
        "changes", "todo", "fix", "also", "then", "and", "next", "first", "second", "third", "finally", "lastly", "last", "step",
        "rows", "row", "records", "record", "contacts", "leads", "dates", "date", "phones", "names", "name", "company", "emails",
    ]

    /// Gerunds a polite request is put in ("would you mind skipping row 36"), with the verb.
    static let gerunds = [
        "putting": "put", "skipping": "skip", "making": "make", "dropping": "drop", "removing": "remove", "leaving": "leave",
        "using": "use", "mapping": "map", "trimming": "trim", "converting": "convert", "changing": "change", "setting": "set",
        "taking": "take", "adding": "add", "splitting": "split", "combining": "combine", "treating": "treat", "filling": "fill",
        "marking": "mark", "keeping": "keep", "excluding": "exclude", "deleting": "delete", "stripping": "strip",
        "capitalising": "capitalise", "capitalizing": "capitalize", "formatting": "format", "undoing": "undo", "reverting": "revert",
        "ignoring": "ignore", "importing": "import", "copying": "copy", "joining": "join", "merging": "merge", "counting": "count",
        "upper-casing": "upper-case", "lower-casing": "lower-case", "title-casing": "title-case", "uppercasing": "upper-case", "lowercasing": "lower-case",
    ]

    /// A clause that is only a greeting or an acknowledgement ("hi!", "thanks.", "ok.").
    static let greeting = #"ok|okay|hi|hello|hey|thanks|thank you|thx|cheers|great|cool|right|alright|so|well|oops|hmm|sorry|good|perfect|nice|hello team|hi team|dear team|hi all|hello all|hola|bonjour|salut|hallo|guten tag|moin|ciao|ol[aá]|namaste|gracias|merci|merci beaucoup|danke|danke schön|obrigad[oa]|grazie|dank je|bedankt|regards|best regards|kind regards|br|please do the needful|kindly do the needful|do the needful|the needful|change|please change|kindly change"#

    /// Who a change is wanted by: "we", "the sales team", "marketing".
    static let wisher = #"(?:so |and |but )?(?:we|i|they|you|sales|marketing|finance|billing|support|management|legal|ops|(?:the |our |this |my )?(?:client|customer)s?|the business|(?:the |our )?(?:[\w-]+ ){0,2}(?:team|people|folks|department|dept|guys|side|manager|boss|lead|reps|users))"#

    /// Verbs that ask for a change ("drop", "title-case"), as wished for: "we decided to drop …".
    static let changeVerb = #"(?:drop|remove|delete|exclude|skip|trim|map|make|set|keep|split|combine|fill|use|mark|import|change|convert|format|add|strip|treat|count|lower-case|upper-case|title-case|lowercase|uppercase|titlecase|capitali[sz]e|take|put|move|copy|leave|default|fall back|get rid|lose|ditch|normali[sz]e|clear|merge|join|append|bring|ignore|de-?dupe|only keep|undo|revert|lowercase|read the|treat)"#

    /// A clause that only asks for what the message says already ("can you do that?", "fix that").
    static let restatedRequest = #"^(?:please |kindly )?(?:change|correct|fix|update|adjust|amend|rectify)(?: (?:it|that|this|them|accordingly|the same))?$|^(?:(?:please )?make sure(?: of (?:it|that))?|(?:please )?(?:double[- ])?check(?: (?:it|that))?|(?:please )?(?:enforce|apply|do) (?:that|this|it)(?: rule)?|(?:please )?(?:set|sort) (?:that|this|it) (?:up|out)|(?:please )?(?:make|get) (?:that|this|it) (?:happen|done))$|^(?:keep (?:it|them|that) (?:that way|as (?:it is|they are))|leave (?:it|them) (?:like that|that way|as (?:it is|they are)))$|^(?:and )?(?:keep|keeping) (?:what'?s|what is|whatever'?s) (?:there|in (?:it|there)|already (?:there|in (?:it|there)))$|^(?:do|fix|change|sort(?: out)?|handle|apply|action|make) (?:that|this|it|those|these|so)(?: (?:mapping|rule|one|bit|part))?(?: for (?:me|us)| change| please| now)?$|^(?:that'?s (?:it|all|everything)(?: for (?:now|today))?|nothing else(?: for now)?|no other changes|(?:please )?do the needful|(?:please )?change (?:it |that )?(?:accordingly|as (?:such|discussed))|as discussed|simple|(?:please )?use (?:this|that) (?:country|region)(?: for (?:them|it|all))?)$"#
        // "if not, please make it so", "leave the existing notes alone": said with a change, adds nothing to it.
        + #"|^(?:if not|otherwise|if it isn't|if it's not|if they aren't),? (?:please )?(?:make it so|do (?:it|that|so)|fix (?:it|that)|change (?:it|that)|set (?:it|that) up)$"#
        + #"|^(?:please )?leave (?:the |all )?(?:existing|other|current|remaining|rest of the) [\w ]{1,30} (?:alone|as (?:is|they are|it is))$|^(?:please )?leave (?:everything|the rest|all the rest)(?: else)? (?:alone|as (?:is|it is))$"#

    /// What a tail after "so" must not hold to be a mere reason: a request ("…, so could we drop the
    /// rows that have no Phone", "…, so I'd rather we didn't import Lead Source", "…, so I think we
    /// probably want to make Phone required", "…, so I'd count LinkedIn as Advertising").
    static let notARequest = #"(?![^,]*\b(?:could|can|would|will) (?:you|we)\b)(?!(?:i|we)(?:'d| would)? (?:rather|prefer|suggest|propose|count|say|like|want|need)\b)(?![^,]*\b(?:i|we) (?:think|believe|guess|reckon|suppose)\b[^,]*\b(?:should|must|want|need|make|map|drop|set|use|read|treat|count)\b)(?![^,]*\b(?:please|let's|let us)\b)(?![^,]*\b(?:should|must|need to|needs to|has to|have to|ought to) (?:get|have|start|read|show|use|take|map|count|go under|default|fall back)\b)"#

    /// Openings that carry no instruction.
    static let openings = [
        // "from now created date is compulsory", "going forward, …": when the change holds says nothing more.
        #"(?:from now(?: on(?:wards)?)?|from here on|going forward|henceforth|hereafter|from this (?:load|run|version|point) on(?:wards)?),?\s+(?=\S)"#,
        // A newcomer's hedges: "sorry if this is obvious but", "would it be possible to", "maybe we could".
        #"(?:sorry|apologies)(?: if| in case)? (?:this is|this's|it's|that's|this question is) (?:obvious|a (?:silly|dumb|stupid|basic|newbie) question|a bit (?:obvious|silly|basic))(?:,\s*but|\s+but|,)?\s*"#,
        #"(?:i'?m |i am )?not sure if this is (?:right|correct|the right way)(?:,\s*but|\s+but|,)?\s*"#,
        #"(?:would|will) it be (?:possible|ok|okay|alright|fine|a problem|an issue|too much trouble) (?:to|if (?:we|you|i)(?: could)?)\s+"#, #"is it (?:possible|ok|okay|alright|a problem|an issue) (?:to|if (?:we|you|i)(?: could)?)\s+"#,
        #"(?:maybe|perhaps) (?:we|you) (?:could|can|should)\s+"#,
        // "for the mail merge, …", "for the nurture emails we need …": what the data is for, before the request.
        #"for (?:the |our |a |this |next )?(?:[\w-]+ ){0,2}(?:export|mail[- ]?merge|mailshot|reports?|reporting|letters|labels|dashboards?|deck|qbr|personali[sz]ation(?: tokens)?|printers?|directory),?\s+(?=(?:we|i|please|can|could|would|the|all|every|make|put|map|use|drop|skip|trim|\w+ names?)\b)"#,
        // An assistant's hedges: "I wonder whether it might be possible to", "I don't suppose you could",
        // "Not sure if this is doable, but", "If it's no bother,", "Margaret has asked me to pass on that".
        #"(?:i|we|she|he|(?-i:[A-Z][a-z]+)(?-i: [A-Z][a-z]+)?|the (?:director|boss|client|ceo)) (?:wonder|wonders|wondered|(?:was|were|am|is|'m) wondering|(?:was|were|am|is|'m) hoping|hoped)(?: whether| if)?\s+(?:it (?:might|would|could) be possible to\s+|it'?s possible to\s+|(?:you|we) (?:could|might|would)(?: possibly)?\s+)?(?=\S)"#,
        #"(?:i|we) (?:don't|do not) suppose (?:(?:you|we) (?:could|might|would)(?: possibly)?\s+)?(?=\S)"#,
        #"(?:(?:i'?m )?not sure if (?:this|that|it)(?:'s| is) (?:doable|possible|feasible|allowed)|(?:this|it) may not be (?:doable|possible)),?\s*(?:but\s+)?"#,
        #"(?:if it'?s|if it is) no (?:bother|trouble)(?: at all)?\s*[,:]?\s*"#, #"unless it'?s (?:too much|any) (?:trouble|bother)\s*,?\s*"#,
        #"(?:(?:i'?m )?(?:so |very |terribly |awfully )?sorry|apologies)(?: to (?:be a nuisance|trouble you|bother you|pile these on|ask again|be a pain)(?: again)?| for the (?:fuss|bother|trouble))?\s*[,:\-–—]\s*(?:but\s+)?|(?:(?:i'?m )?(?:so |very |terribly |awfully )?sorry|apologies) to (?:be a nuisance|trouble you|bother you|pile these on|ask again|be a pain)(?: again)?,?\s*(?:but\s+)?"#,
        #"(?:would|could|will) it be (?:at all )?possible(?: at all)? (?:to|if (?:we|you) could)\s+"#,
        #"(?:(?-i:[A-Z][a-z]+)|she|he|the (?:director|boss|client|ceo)|(?:the |our )?\w+) (?:has|have) asked (?:me|us) to (?:pass on|let you know|tell you|say|mention|relay)(?: that)?\s*[:,]?\s*"#,
        #"(?:just )?to be (?:sure|safe|certain)\s*[,:\-–—]\s*"#,
        // An older writer's courtesy: "would you be so kind as to", "be a dear and".
        #"(?:(?:would|could|will) you )?(?:be so kind as to|be kind enough to|be good enough to|be a (?:dear|love|star) and)\s+"#,
        // "Having reviewed the contract-history requirement, …": what was done before the request.
        #"having (?:reviewed|checked|looked at|discussed|considered|spoken (?:to|with)|talked (?:to|with)|heard (?:from|back from)) (?![^,]*\bthat\b)[^,]{3,80},\s*(?![^?]*\?\s*$)"#,
        // "For the audit trail, …", "To match our record of processing activities, …": what the request is for.
        #"for (?:the |our )?(?:audit(?: trail| trails|ing)?|accuracy|accountability|compliance|traceability|transparency|legal reasons|privacy reasons|data protection reasons|gdpr(?: reasons)?),\s*(?![^?]*\?\s*$)"#,
        #"to (?:match|comply with|align with|satisfy|meet|be consistent with|stay consistent with|follow) [^,]{3,60},\s*(?![^?]*\?\s*$)"#,
        // "Data minimisation: …", "Compliance: …": the heading a reviewer puts before the request.
        #"(?:data minimi[sz]ation|data protection|gdpr|privacy|compliance|retention|audit|legal|security|accountability|purpose limitation|change request|requirement)\s*:\s*"#,
        // "Three things. …", "Two changes: …": the count of what follows.
        #"(?:a few|a couple of|some|several|two|three|four|five|\d) (?:things|changes|requests|points|items|updates)(?: (?:please|for you|from me|to change))?\s*[:.;,!-]\s*"#,
        // Where the request applies, when it is this whole migration: "for this import, …".
        #"(?:for|in) (?:this|the|our) (?:import|migration|load|file|upload|run),?\s+"#,
        // A slip owned before the request: "I made a mistake, can we go back …".
        // "For consistency with the rest of their data, …": what the request is for, before it.
        #"for (?:consistency|simplicity|clarity|safety|completeness|tidiness|neatness)(?: with [^,]{1,60}| across [^,]{1,60}| sake| reasons)?,\s*"#,
        // "For what it's worth, …", "If it's not too much trouble, …": the courtesy before the request or its reason.
        #"(?:for what it'?s worth|fwiw|for the record|if it'?s not too much trouble|if it isn't too much trouble|if you (?:get|have) a (?:moment|minute|chance|sec(?:ond)?))\b,?\s*"#,
        // "Sorry to go back and forth, but …": the apology for changing course, before the request.
        #"(?:sorry|apologies) (?:to|for) (?:go(?:ing)? back and forth|the back and forth|chang(?:e|ing) (?:my|our) minds?(?: again)?|the confusion|being a pain|the hassle|all the changes|flip-?flopping)(?:,\s*but|\s+but|\s*[,.!;:])?\s*"#,
        #"(?:(?:i|we) (?:made|did) (?:a |an )?(?:mistake|error|typo|blunder)|my (?:bad|mistake))(?: there| earlier| before)?\s*[,.;:!\-–—]\s*"#,
        #"(?:hola|bonjour|salut|hallo|moin|ciao|ol[aá]|namaste|dear team|hello team|hi team|hi all|hello all)\b[,!]?\s*"#,
        // "By us the day comes first": where the team is (German "bei uns"), before the request.
        #"(?:by|with|at|for) us,?\s+(?=the\b)"#,
        #"(?:ok|okay|right|alright|hey|hi|hello|so|now|also|and|then|next|finally|oh|oops|hmm|well|great|good|nah|never ?mind(?! (?:that |this |the |my )?(?:last|previous)\b)(?: that| it)?|sorry|wait)\b[,!.]?\s*"#,
        #"(?:no|nope|nah|no wait|hmm no|oh no)(?:,|:|\s+[-–—])\s*"#, #"(?:i|we) (?:was|were|got (?:it|that)|had (?:it|that)) wrong(?: earlier| before)?\s*[-–—,:;]?\s*"#,
        #"(?:i'?m|i am|we'?re|we are) (?:so |very |really )?sorry[,!.]?\s*"#,
        #"(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth|lastly|and finally)[,:]\s*"#, #":\s*"#,
        #"(?:first|second|third|fourth|fifth)\s+(?=the\s)"#, #"to\s+(?=(?:take|use|map|put|make|set|drop|remove|trim|change|treat|count)\b)"#,
        #"(?:do|please do) (?:these|the following|two|three|four|a few|some) things?(?: for (?:me|us))?\s*:?\s*"#,
        #"\[[ xX]?\]\s*"#, #"\d{1,2}[.)]\s+"#, #"i'?d like to know\s+"#,
        #"(?:plus|oh and|and also|thereafter|afterwards|after that|in addition|additionally|furthermore|moreover|besides|on reflection|on second thoughts?|having reviewed the preview)\b,?\s*"#,
        #"(?:oh and |and )?one more(?: thing)?\s*:?\s*"#, #"if not,?\s+"#, #"make sure (?:that )?"#,
        #"(?:ah|oh|i forgot to say|i should have said|forgot to mention)\b[,:!]?\s*"#,
        // "Having checked with the client, …": what was done before the request.
        #"having (?:checked|spoken|talked|confirmed|double-checked)(?: (?:it|this|that))?(?: (?:with|to) (?:the |our )?[\w ]{1,30}?)?,\s*"#,
        // "I think we want to make Phone required": a belief before the request.
        #"(?:so |and |but )?(?:i|we) (?:think|believe|suppose|reckon|feel)(?: that)?,?\s+(?=(?:we|you|it|they|the|our|this|that|there)\b)"#, #"before i (?:approve|change|do|touch|run) anything,?\s*[-–—]?\s*"#,
        #"(?:for|with) (?:this|the|our|that) (?:client|customer),?\s+"#,
        // "the client would rather lose a few rows than load broken ones, …": a preference, then the request.
        Clauses.wisher + #" (?:would|'d) rather [^,]{3,80} than [^,]{3,80},\s*(?=\S)"#,
        // "let's keep it simple:", "the client says": a lead-in before the request or the statement it rests on.
        #"(?:let'?s|let us) keep it simple\s*[:,;.\-–—]\s*"#, #"(?:to keep it simple|to be safe|just to be safe)\s*[:,]\s*"#,
        #"(?:the )?(?:client|customer)s? (?:says|said|told us|mentioned|confirmed)(?: that)?\s+"#,
        // A reason before the request: "since the phone data is handled elsewhere, leave …".
        #"(?:since|because|becuase|given that|seeing that) [^,]{3,160},\s*(?:so\s+)?(?=\S)"#,
        #"(?:rather than|instead of) [^,]{3,80},\s*(?=\S)"#,
        #"(?:can|could|would|will) you(?: please)?\s+"#, #"(?:can|could) (?:we|i)(?: please)?(?: (?:get|have))?\s+"#,
        #"do\s+(?!not\b)(?=\w+ )"#, #"(?:could|can|should)\s+(?=(?:empty|blank|missing)\b)"#,
        #"(?:i'?d|i would|we'?d|we would) like(?: you)? to\s+"#, #"(?:i|we) (?:want|need)(?: you)? to\s+"#,
        // "the sales team would like us to …", "we decided to …": who wants the change, then the change.
        Clauses.wisher + #"(?: (?:have|has|had|all|also))? (?:decided|agreed|want|wants|need|needs|would like|'d like|would prefer|prefer|prefers|asked|have asked|has asked|are asking|is asking|told us|would rather)(?: us| you| me)? to\s+(?="# + Clauses.changeVerb + #"\b)"#,
        // "the client wants phone required, email optional": who wants the states said after it.
        Clauses.wisher + #"(?: (?:also|really|just))? (?:wants|want|needs|need|would like|'d like|asked for|asks for|prefers|would prefer) (?=(?:the )?[\w -]{2,40}? (?:to be )?(?:required|mandatory|optional|unique|non-unique)\b)"#,
        // "I changed my mind about that, can we go back …": the regret before the request.
        #"(?:i(?:'ve| have)? changed my mind|on second thoughts?)(?: (?:about|on) (?:that|this|it|the last (?:one|change)))?\s*[,.;:\-–—]?\s*(?:so\s+)?"#,
        // "A couple more things:", "a few things from the review meeting:": a list announced.
        #"(?:(?:a|two|three|four|some) )?(?:(?:couple|few|number|list|handful)(?: of)? )?(?:(?:more|other|small|quick|last) )?(?:things|changes|points|items|requests|tweaks|fixes)(?: (?:from|after|for) [^:]{2,60})?\s*:\s*"#,
        // "Could webinars count as Events?": a request asked as a question.
        #"(?:could|can|would|should|shall|may) (?!(?:we|i|you|they)\b)(?=(?:the |all |our |any |every |each )?[\w' -]+? (?:count|go|become|map|also|all|both|please|fall|default)\b)"#,
        // "I'd count LinkedIn as Advertising", "I'd say Chat leads are Web": the request said as an opinion.
        #"(?:i'?d|i would|we'?d|we would) (?=(?:count|treat|call|file|class|classify)\b)"#, #"(?:i'?d|i would|we'?d|we would) (?:say|argue)(?: that)?,?\s+"#,
        // "I would ask that Webinar be mapped …", "… and that the phone be made mandatory".
        #"(?:(?:i|we) (?:would |'d )?(?:ask|request|suggest|propose|recommend)|(?:please )?(?:make sure|ensure)) that\s+"#, #"that\s+(?=(?:the |all )?[\w' -]+? be\b)"#,
        #"(?:i'?d|i would|we'?d|we would) like\s+(?=.+\b(?:to|into)\s)"#,
        #"(?:first of all|to start with|to begin with|for starters|to confirm|just to confirm|just so you know|if so|quick one)\b,?\s*"#,
        // "seriously, lead source is NOT mandatory": exasperation before the request.
        #"(?:seriously|honestly|look|listen|come on|for goodness sake|for heaven's sake)[,!.]+\s*"#,
        // "Of all the mapped columns, leave out …": the columns the request picks from.
        #"of (?:all )?(?:the )?(?:mapped |imported |current |source )?(?:columns|fields|mappings)\s*,\s*"#,
        // Requests relayed from someone else: "per Jane:", "quick one from Bob:", "the client says …",
        // "legal confirmed that …", "Bob from sales asked if …"; notes from a call: "call w/ manager -".
        #"(?:(?:a |another )?(?:quick )?(?:one|note|message|request|update|point) )?from (?:the |my |our )?\w+(?: from \w+)?\s*[:\-–—]\s*"#,
        #"(?:as )?per (?:the |my |our )?(?!(?:row|record|contact|lead|entry|email|phone|company|line|file)\b)\w+(?: from \w+)?\s*[:,\-–—]?\s+"#,
        // ("the reports filter on it", "Finance reports by create date": "reports" and "noted" there are no telling.)
        #"(?:the |my |our )?(?!(?:the|a|an|my|our|their|its|this|that|these|those|who|what|why|how)\b)\w+(?: from \w+)? (?:says|said|confirmed|has confirmed|mentioned|tells me|told me|told us|reckons|thinks|insists|clarified|points out|pointed out|agreed|decided|came back and said|came back saying|just told me|(?:noted|reports|reported|wrote|writes)(?= that\b|\s*[:,]))(?: that)?\s*[:,]?\s*(?:they |we )?(?:(?:can|could|should) )?(?=\S)"#,
        #"(?:the |my |our )?\w+(?: from \w+)? (?:asked|asks|is asking|was asking|wondered|wonders) (?:me |us )?(?:if|whether|that)\s+(?:we |you )?(?:(?:can|could) )?"#,
        // "Bob asked to take out id 1000955", "the client only wants the first word of First Name".
        #"\w+(?: from \w+)? (?:asked|wants|would like|needs|has asked|asked us|asked me) (?:us |me |you )?to\s+(?="# + Clauses.changeVerb + #"\b)"#,
        Clauses.wisher + #"(?: (?:only|just|also|really))? (?:wants|want|needs|need|would like|'d like|asked for|asks for|prefers|would prefer) (?=(?:only |just )?the (?:first|last) (?:word|part)\b)"#,
        #"(?:call|meeting|chat|sync|catch-up)(?: notes?)?(?: (?:w/|with) [\w ]{1,20}?)?\s*[:\-–—]\s*"#,
        #"(?:(?:so )?the thing is|i think|i believe|i reckon|reckon|i suppose|i feel like|in my opinion|imo)\b,?\s*(?!we should\b)"#,
        #"(?:let'?s|go ahead and|make sure to|be sure to|remember to|you should|you can|you need to|we should|i think we should)\s+"#,
        // "few things mate - …", "a couple of changes:": the list announced.
        #"(?:a )?(?:few|couple(?: of)?|several|some|two|three|2|3) (?:quick )?(?:things|changes|bits|items|fixes|tweaks)(?: (?:for you|please|to do|to change|to make))?\s*[:\-–—,]\s*"#,
        // "Mary Ann's going to break the CRM, keep …": what would go wrong, before the request.
        #"[^,;]{1,40}? (?:is |'s |are |'re )?(?:going to|gonna|will|would|might|could) (?:break|mess up|screw up|wreck|confuse|trip up|choke) (?:the )?(?:crm|import|system|load|migration|sales|everything|things|reports?)\b[^,;]{0,30},\s*"#,
        // "keep external id as is but put Record ID in notes": what stays, then the change.
        #"(?:keep|leave) (?:the )?[\w -]{2,30}? (?:as (?:it is|they are|is)|alone|untouched|unchanged|the same),? but\s+"#,
    ]

    /// "…; ISO dates stay as written": a date order never re-reads a date written year first.
    static let isoDatesStay = #"\s*[.,;]\s*(?:and )?(?:the )?(?:iso|yyyy-mm-dd|year-first)(?:[- ]format(?:ted)?)? (?:dates|ones) (?:stay|remain|are kept|are left|keep)(?: as (?:written|they are|is)| unchanged| untouched| alone)?"#

    /// Tails that carry no instruction: reasons, "instead", "too", "as well".
    static let tails = [
        // "… going forward", "… for phase 1", "… from this wave": when or where the change holds says nothing more.
        #"\s+(?:going forward|from now on|for (?:the |this |our )?(?:crm|wave|phase|release|cut-?over|go-live)(?: \d+)?|(?:in|from|for) this (?:wave|phase|release)|(?:for|in) phase \d+)"#,
        // "a lawful basis for the telephone numbers" (after "Legal has confirmed"): the remark alone.
        #"^\s*(?:there is |we have |with )?(?:a |the )?(?:lawful|legal) basis\b(?![^,;]*\b(?:lapsed|expired|no longer|withdrawn|revoked|ended|not|gone|missing)\b)[^,;]*$"#,
        // "…; please correct the interpretation": the change itself, said once more.
        #"^\s*(?:please )?(?:correct|fix|adjust|update) the (?:interpretation|reading|parsing)(?: accordingly)?\s*[.!]?$"#,
        // "delete row 42 — blank company, can't be fixed": what the row is, said after a dash (never a further change).
        #"(?<=\b(?:row|record|id) #?\d{1,7})\s+[-–—]\s+(?![^;]*\b(?:and|also|plus|then|"# + Clauses.changeVerb + #")\b)[^\d;]{1,60}"#,
        // "notes = Contact Owner (sales wants to see who owned the lead)": why, in brackets.
        #"\s*\((?:because |since |as |so that |so )?(?:the )?(?:\w+ ){0,2}(?:wants?|needs?|would like|asked for|asked|uses?|prefers?|likes?|reads?|looks? at)\b(?![^)]*\b(?:not|don't|no|never)\b)[^)]*\)"#,
        // "… NOW.", "…, period.", "ALL of them", "just do it": emphasis, no request.
        #"(?:\s*[.,;!]+\s*(?:(?:and )?(?:right )?now|asap|(?:just )?do it(?: already| now)?)|\s+(?:right now|asap|(?:just )?do it(?: already| now)?)|\s*[.,;!]+\s*(?:period|full stop|already|thanks so much|thank you so much|all of (?:them|it|those)|(?:every|each) (?:one|last one)(?: of them)?|(?:with )?no exceptions|whatever|fine|ok|okay|got it|seriously|all))(?:\s*[.,;!]+\s*(?:(?:right )?now|all|period|please|thanks))*"#,
        // "…, and change nothing else", "…; leave every other mapping as it is", "…, for every row":
        // the change is all a request makes.
        #"(?:\s*[.,;]?\s*(?:and |but )?(?:change|touch|alter) nothing else|\s*[.,;]?\s*(?:and |but )?(?:leave|keep) (?:every|all the|all|everything|any) ?(?:other|else)\b[^,.;]*|\s*[.,;]?\s*(?:and )?nothing else|(?<=\S)(?<!filled in)(?<!filled)(?<!populated)(?<!present)(?<!set)(?:\s*[.,;]\s*for|\s*[.,;]?\s*\b(?:on|in)) (?:every|all|each)(?: the)? (?:rows?|records?)(?:,? (?:with )?no exceptions)?|(?<=\b(?:required|optional|mandatory|unique|obligatory|compulsory))\s+for (?:all|every|each)(?: of)?(?: the)? (?:rows?|records?|contacts?)|\s*[.,;]?\s*(?:and )?only (?:those|these) (?:two|three|four|\d+))"#,
        // "…; if it is already, change nothing": the state it holds.
        #"\s*[.,;]?\s*if (?:it is|that is|it's|that's|they are|they're)(?: already)?(?: the case| the mapping| so| set)?,? (?:change|do) nothing"#,
        #"\s*\((?:it|they|that) (?:should|must|ought to) already be(?: so| set| the case)?\)"#,
        // "…, no emails on them" after the records named: what they lack.
        #"\s*,\s*(?:they (?:have|'ve got|got) )?no [\w -]{1,20}? (?:on|in|for) (?:them|those|these|em)"#,
        #"\s+as well\s+(?:yeah|yep|mate|eh|ok|okay)"#,
        // "…, put them in notes like before": as it was.
        // (Never after "back": "put company back like it was" asks for what it was.)
        #"(?<!\bback)\s+(?:just )?like (?:before|it was|they were|we had it|we had them)(?: before)?"#,
        Clauses.isoDatesStay,
        // "… (external_id stays as is)": another column left as it is.
        #"\s*\((?:the )?[\w -]{2,30}? (?:stays|stay|remains|remain|is kept|is unchanged|unchanged|as is)(?: as (?:it is|is)| unchanged| the same| untouched| alone)?\)"#,
        // "first name is a required field in our org": where the rule holds.
        #"\s+(?:in|across) (?:our|this) (?:org|crm|instance|salesforce org|hubspot portal)(?=\s*[,.;!?]|$)"#,
        // "…, set up a duplicate rule on it", "…, validation rule on the contact object": the CRM's name for the rule asked for.
        #"\s*,\s*(?:(?:it's|it is) )?(?:a |the )?validation rule (?:on|for) (?:the |our )?[\w ]+? object$"#,
        // "use 2020-01-01, the date our current privacy notice took effect": what the value is.
        #"(?<=\d)\s*,\s*(?:which is |being )?the (?:date|day) (?:our|we|when|that|the|of|on which)\b[^,]*$"#,
        // "…, nobody reads them in Salesforce anyway": a remark on who uses the column.
        #"\s*,\s*(?:nobody|no one|no-one|noone|hardly anyone)(?: ever| really)? (?:reads?|uses?|looks? at|needs?|wants?|cares? about|checks?|opens?|fills? in)\b[^,]*$"#,
        // "… for this purpose", "… on this load": which migration, said of the request.
        #"\s+(?:for (?:this|that|our|the) (?:purpose|project|load|migration)s?|for our purposes|(?:on|for|during|with) (?:this|the|our) (?:load|data load|import|migration|upload))(?=\s*[,.;!?]|$)"#,
        // (A reason ends at the next comma: what follows it is the request.)
        #"\s*,?\s*\b(?:since|because|cause|so that(?! (?:field|column|one|row|record|value|entry)s?\b)|given that)\b\s[^,]*"#,
        #"\s*,?\s*\brather than\s.*"#,
        // "…, which I believe it already does": the check that it holds, said beside what should hold.
        #"\s*,?\s*which (?:i (?:believe|think|assume|expect)(?: that)? )?(?:it|they|that|this) (?:already |currently )?(?:does|do|is|are|holds?|has)(?: already| now| currently)?$"#,
        // "…its a dupe", "…theyre junk" without a comma: a remark on the rows or column named.
        #"\s+(?:it'?s|its|it is|they'?re|theyre|they are|it looks like|they look like|it seems to be|looks like) (?:a |an |all |just |mostly )?(?:dupes?|duplicates?|tests?|junk|spam|fake|bogus|garbage|old|rubbish|noise|unreliable|wrong|useless)\b.*"#,
        #"\s*,?\s*(?:it'?s|its|that'?s|thats) (?:fine|ok|okay|alright)$"#,
        // "skip row 1 its our own test record", "…, it's our Monterrey office": what the rows or values are, said as the reason.
        #"\s*,?\s+(?:it'?s|its|it is|they'?re|theyre|they are|that'?s|thats|that is) (?:our|their|my|his|her|the client's) (?:[\w'-]+ ){0,3}?(?:test|dummy|fake|internal|demo|sample|own|office|branch|team|site|subsidiary|partner|client|customer)\b[\w' -]*$"#,
        // "drop the Company Domain column, not needed": why, after the request.
        #"(?<=\b(?:drop|skip|remove|exclude|import|leave|ignore|lose)\b.{1,60}?)\s*,\s*(?:it's |its |it is |they're |they are )?(?:not needed|not required|unnecessary|useless|not used|unused|redundant|pointless)$"#,
        // "use Contact Owner for the notes column, we dont need the actual notes": what the new source replaces.
        #"\s*,\s*(?:we|i|they|nobody|no one) (?:don't|do not|doesn't|does not) (?:need|want|care about|use|read) (?:the |their |its )?(?:actual|old|existing|original|current|real|present) [\w ]+$"#,
        // "…, not the Notes column", "…, not from Notes": the source it replaces, said to be sure.
        #"\s*,\s*(?:and )?not (?:from (?:the )?['"]?[\w ]+?['"]?(?: column| field)?|the ['"]?[\w ]+?['"]? (?:column|field))$"#,
        #"\s*,\s*(?:both|all of them|the two of them)$"#, #"(?<=\d) both$"#,
        #"\s*,\s*right\s*\?*$|\s+right\s*\?+$"#,
        #"\s*[,;]?\s+(?:it'?s|this is|that'?s|they'?re) (?:breaking|causing|messing up|killing|ruining|hurting|confusing)\b.*$"#,
        #"\s*,?\s*(?:is that (?:ok|okay|alright|right|fine|possible)|if (?:that's|that is|it's|it is) (?:ok|okay|possible|fine|alright))\??$"#,
        #"(?<=[\w.!?])(?<!^please)(?<!^kindly)\s*,?\s*(?:no need to|don't|do not) (?:touch|change|worry about|bother with) (?:the )?(?!(?:case|casing|letter case|capitali[sz]ation|capitals)\b)[\w ]+$"#,

        // (", so they're Web" names a value: an instruction, not a reason.)
        #"\s*,\s*(?:as|so|otherwise)\s+"# + Clauses.notARequest + #"(?!(?:that|this|they|it|these|those|both(?: of (?:them|those|these))?)(?:'re|'s| are| is| all are)? (?:all |really |actually |just |basically |simply )?(?-i:['"]?[A-Z][\w-]*['"]?)(?: really| then| too| as well| obviously)?[.!]?$)(?![^,]*\b(?:unique|distinct|required|optional|mandatory|compulsory|obligatory|day[- ]first|month[- ]first|(?:day|month) comes first|come (?:across|over|through)|go (?:across|over)|be (?:carried|brought|moved) (?:across|over)|stay behind|left (?:behind|out))\b)(?![^,]*\b(?:belong|belongs|count|counts|counted|classed|classified|filed|bucketed|treated|really|actually)\b)(?!(?:nobody|no one|noone) (?:without|with no|missing|lacking)\b)(?!(?:the|our|its|their) [\w -]{1,40}? (?:must|should|need to|needs to|has to|have to|ought to) (?:be|become|come|go)\b)(?!(?:they|it|these|those)(?:'re| are|'s| is|'ll be| will be) ['"]?\w+['"]?(?: only)?$|(?:the|our) [\w -]{1,40} (?:is|are) (?:all |probably |mostly )?[\w/-]+(?: [\w/-]+)?[.!]?$|it'?s (?:fine|ok|okay|alright|acceptable) (?:if|when|for)\b)(?:our|the|we|they|it|its|it's|that|this|i|there|nobody|no one|people)\b.*"#,
        #"(?:^|\s*[,.!]?\s+)(?:many|much|huge|big|with) (?:thanks|thank you)$|(?:^|\s*[,.!]?\s+)(?:thanks|thank you) (?:so|very|ever so|awfully) much$"#,
        #"\s*,?\s*\b(?:instead|too|as well|for now|for me|if possible|if you can|when you can|thanks|thank you|please)$"#,
        #"\s*,?\s*if (?:that'?s|that is|it'?s|it is) (?:at all |even )?(?:possible|doable|ok|okay|alright|all right)$"#,
        #"(?:^|\s*[,.;]?\s+)(?:would|will|is|could) (?:that|this|it) (?:be )?(?:all right|alright|ok|okay|possible|fine|doable)$"#,
        // "kindly ignore First Name while importing": when the change applies says nothing more.
        #"\s+(?:while|when|during|on) (?:the )?(?:importing|import|migrating|migration|loading|load|upload|uploading)(?: (?:it|them|the (?:file|data)))?$"#,
        // "… in upper case in the target": where the value ends up says nothing more.
        #"\s+(?:in|on) (?:the )?(?:target|target system|new system|new crm)$"#,
        #"\s*,?\s*\b(?:instead of|in place of)\s.*"#, #"\s+then$"#,
        #"\s*,?\s+but keep (?:the (?:one|change|edit)s?|what (?:i|we) did) before(?: (?:it|that|this))?$"#,
        #"\s+(?:for|in|of|from) (?:this|the|our|their)(?: [\w-]+'s?)? (?:migration|import|batch|load|upload|run|export)$"#,
        #"(?<=\d)\s+(?:of|in|from) (?:the|this|my|our) (?:file|csv|spreadsheet|sheet|export|source file|data)$"#,
        // "… for the ledger", "… for the mailing labels": what the change is for.
        // "…, the target only shows one name field", "…, marketing reports webinars as events": a remark on the target or the business.
        #"\s*,\s*(?:the|our) (?:target|crm|system|new system|template|new crm) (?:only )?(?:has|shows|holds|takes|accepts|allows|supports|needs|wants|expects|keeps)\b[^,]*"#,
        #"\s*,\s*(?:marketing|sales|finance|billing|support|management|legal|ops|the (?:\w+ )?team|our \w+) (?:reports?|calls?|treats?|counts?|considers?|sees?|tracks?|lists?|files?|classes|classifies|groups?|labels?|records?|books?|has always|have always|always)\b[^,]*"#,
        #"\s+for (?:the|our|a|their) (?:[\w-]+ )?(?:ledger|labels|mailing|mailings|letters|invoices?|reports?|dashboards?|printouts?|badges|envelopes|warehouse|audit|auditors|accounts team|finance team)$"#,
        // "…, the client can't import a contact without one", "… for this client": a remark on the client.
        // (Not "…, the client says …": what they say may be a request of its own; a remark is set aside by `isAside`.)
        #"\s*,\s*(?:the |our |this )?(?:client|customer)s? (?:can't|cannot|doesn't|does not|don't|do not|adds|add|uses|use|has|have|will|would|always|never|keeps?|prefers?|addresses|loads)\b(?![^,]*\b(?:wants?|needs?|should|must|please|trim\w*|drop|remove|map|upper|lower|title|import|skip|split|combine|required|optional|unique|instead|too|also)\b)[^,]*$"#,
        #"\s*,\s*(?:just )?(?:the )?(?:same as|like|as) (?:in |on |with |before in )?(?:their|our|the) (?:old|previous|current|legacy|existing) (?:system|crm|tool|setup|export|database)$"#,
        #"\s+for (?:this|the|our|that) (?:client|customer)$|(?<=\b(?:filled in|filled|required|mandatory|given|set|there|unique)) for them$"#,
        // "revert that, I changed my mind": the regret after the request.
        #"\s*,?\s*(?:(?:i|we|they|he|she|the \w+|\w+)(?:'ve| have| has)? changed (?:my|our|their|his|her) minds?|on second thoughts?|my bad|my mistake)$"#,
        // "… when you move everything over": when, which is the migration itself.
        #"\s+when (?:you|we|they) (?:move|migrate|load|import|bring|carry|copy|transfer) (?:everything|it all|all of it|the (?:rest|data|file|lot)|them|it)(?: over| across| in)?$"#,
        // "…, can you do that", "… - could you manage that": the request asked for again.
        #"\s*(?:[,;]|\s[-–—])\s*(?:(?:can|could|would|will) you (?:do|manage|sort) (?:that|this|it)(?: for me)?|(?:is that|would that be) (?:doable|possible|ok|okay))$"#,
        // "…for the direct-mail export", "… for the mail merge": what the data is for, after the request.
        #"\s+for (?:the |our |a |this |next )?(?:[\w-]+ ){0,2}(?:export|mail[- ]?merge|mailshot|reports?|reporting|letters|labels|dashboards?|deck|qbr|personali[sz]ation(?: tokens)?|printers?|directory)$"#,
        // "…, every single one", "…, the whole lot": all of them, as the request says already.
        #"(?<!\b(?:duplicat\w{0,6}|dupes?|copies|repeats?|repeated)\b[^,]{0,60})\s*,\s*(?:every (?:single )?one(?: of them)?|each and every one(?: of them)?|the (?:whole )?lot(?: of them)?|all of them|without exception)$"#,
        #"(?:^|\s*,\s*|\s+)(?:it )?turns out\b.*$"#, #"\s+(?:from )?here$"#, #"\s*,\s*not from\s.*"#, #"\s+on the way (?:in|through)$"#,
        // "…, no US ones in this file": a remark on what is not there is no instruction.
        #"\s*,\s*(?:no|not|none|never)\b[^,]*\b(?:ones|numbers|phones|rows|values)\b[^,]*\b(?:in|here|this)\b[^,]*$"#,
        #"\s*,\s*(?:right\s*,\s*)?(?:keep|leave) (?:it|that|them|this) (?:that way|this way|as it is|as is|like that|alone)$"#,
        // "…, otherwise keep the notes as they are": the rows the change does not touch stay as they are.
        #"\s*,?\s+otherwise (?:keep|leave) (?:the )?[\w ]{1,40}? (?:as (?:they are|it is|is)|alone|unchanged|untouched)$"#, #"\s*,?\s*right$"#,
        #"\s+[-–—]\s+(?:we|they|that|this|our|since|because|some|most|many|a few|several)\b(?![^-–—]*\b(?:format|day|month|dates?|region|british|uk|american|european|required|unique|optional|should|must|map|drop|trim|numbers?|phones?)\b).*"#,
        #"\s*,\s*so\s+['"].*"#,
        // "… for the print shop", "… for the dedupe tool": who the change is for.
        #"\s+for (?:the|our|a|their) [\w -]{2,30}? (?:tool|team|system|crm|app|platform|software|process|report|merge|shop|house|vendor|printer|agency|department|people|folks)$"#,
        // "… — internal test data": what the rows are, said after a dash.
        #"\s+[-–—]\s+(?:all |just |only |mostly |probably )?(?:internal|test|testing|junk|spam|fake|demo|dummy|sample|old|stale|duplicate|dupe)\b[\w ]{0,30}$"#,
        // (Not "…, so the phone numbers should be read as UK ones": a request said as what follows.)
        // (Not "…, so the phone numbers are Japanese": a state said as the request, a column and what it is.)
        #"\s*,?\s+so "# + Clauses.notARequest + #"(?!(?:that|this|they|it|these|those|both(?: of (?:them|those|these))?)(?:'re|'s| are| is| all are)? (?:all |really |actually |just |basically |simply )?(?-i:['"]?[A-Z][\w-]*['"]?)(?: really| then| too| as well| obviously)?[.!]?$)(?![^,]*\b(?:unique|distinct|required|optional|mandatory|compulsory|obligatory|day[- ]first|month[- ]first|(?:day|month) comes first|come (?:across|over|through)|go (?:across|over)|be (?:carried|brought|moved) (?:across|over)|stay behind|left (?:behind|out))\b)(?![^,]*\b(?:belong|belongs|count|counts|counted|classed|classified|filed|bucketed|treated|really|actually)\b)(?!.*\b(?:should|must|need to|needs to|has to|have to) be (?:read|treated|parsed|formatted|mapped|counted|set|made|dropped|removed|trimmed)\b)(?!(?:the|our) [\w -]{1,40} (?:is|are) (?:all |probably |mostly )?[\w/-]+(?: [\w/-]+)?[.!]?$)(?:that )?(?:the|our|we|nobody|no one|people|there|everyone|sales|marketing|finance|billing|support|reps|ops)\s.*\b(?:is|isn't|are|aren't|can|can't|will|won't|doesn't|don't|has|have|gets?|works?|sorts?|matches|loads?|fits?|goes|knows?|sees?|understands?|accepts?|passes|imports?|validates?|likes?|reads?|shows?|displays?)\b.*"#,
    ]

    /// Cleaned texts by their original: a message's parts are cleaned again at every cut.
    private static let cleaned = Mutex<[String: String]>([:])

    /// Forgets the cleaned texts (a benchmark measures each message from scratch).
    static func forgetCleaned() { cleaned.withLock { $0.removeAll() } }

    /// Normalises quotes, arrows and spaces, then strips filler, openings and tails.
    static func clean(_ text: String) -> String {
        if let hit = cleaned.withLock({ $0[text] }) { return hit }
        let value = cleanOnce(text)
        cleaned.withLock { cache in
            if cache.count >= 20_000 { cache.removeAll(keepingCapacity: true) }
            cache[text] = value
        }
        return value
    }

    /// The openings, each compiled once as the start of a whole clause.
    private static let openingPatterns = openings.compactMap { Pattern("^(?:" + $0 + "(.+))$") }
    /// The tails (ours and the paraphrases'), each compiled once at the end of a clause.
    private static let tailPatterns = (tails + Paraphrases.tails).compactMap { Pattern($0 + "$") }
    private static let fillerPattern = Pattern(filler)

    private static func cleanOnce(_ text: String) -> String {
        var value = text.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
            .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
            .replacingOccurrences(of: "→", with: " to ").replacingOccurrences(of: "->", with: " to ")
            .replacingOccurrences(of: "=>", with: " to ").replacingOccurrences(of: " <- ", with: " = ")
            .replacingRegex(#"(?<![\w'])'em\b"#, with: "them")
        value = value.components(separatedBy: .whitespacesAndNewlines).filter { !$0.isEmpty }.joined(separator: " ")
            // "so out she goes", "it can go", "they can go": the rows dropped.
            // ("exclude", never "drop it": a bare "drop it" is also a step back.)
            .replacingRegex(#"\bout (?:she|he) goes\b|\b(?:she|he) (?:can|could|may|should|must|will) (?:go|be dropped|be left out)$"#, with: "exclude that record")
            .replacingRegex(#"\bout (?:it|they) (?:goes|go)\b|\b(?:it|they) (?:can|could|may|should|must|will) (?:go|be dropped|be left out)$"#, with: "exclude it")
            // "dedupe on email, keep the first one": the first of the duplicates, never the first name or row 1.
            .replacingRegex(#"(?<=\b(?:dedupe|de-dupe|dedup|deduplicate|unique|duplicates?|dupes?)\b.{0,60})\bkeep(?:ing)? (?:only )?the first (?:one|occurrence|record|row|entry|instance|copy)s?\b"#, with: "keep the first")
            // "where the same last name appears more than once, keep only the first row", "keep the first row for each company domain".
            .replacingRegex(#"^(?:where|when|if|whenever) (?:the )?same ([\w -]{2,30}?) (?:appears|shows up|occurs|turns up|comes up|is there) (?:more than (?:once|one time|1 times?)|twice|2 times|several times|again),? (?:then )?(?:only )?keep (?:only |just )?the (?:first|1st)(?: one| row| record| contact)?[.!]?$"#, with: "$1 must be unique, keep the first")
            .replacingRegex(#"^(?:only )?keep (?:only |just )?the (?:first|1st) (?:row|record|one|contact|entry) (?:(?:for|per) (?:each|every|any)|per) ([\w -]{2,30}?)[.!]?$"#, with: "$1 must be unique, keep the first")
            .replacingRegex(#"^(?:per|for each|for every) ([\w -]{2,30}?)\s*[:,-]\s*(?:only )?keep (?:only |just )?the (?:first|1st)(?: one| row| record| contact)?[.!]?$"#, with: "$1 must be unique, keep the first")
            .replacingRegex(#"^(?:duplicate|duplicated|repeated|double) ([\w -]{2,30}?)\s*[:,-]\s*(?:only )?keep (?:only |just )?the (?:first|1st)(?: one| row| record| contact)?[.!]?$"#, with: "$1 must be unique, keep the first")
            // "keep the first row, drop the rest": the first of the duplicates kept, said twice.
            .replacingRegex(#"\b(keep(?:ing)? (?:only )?the) (?:first|1st)(?: (?:one|row|record|entry|occurrence|copy))?,? (?:and )?(?:drop|remove|delete|discard|lose|bin) the (?:rest|others|other ones|later ones|duplicates|repeats)\b"#, with: "$1 first")
            // "the very first row in the file": row 1.
            .replacingRegex(#"(?<!\bkeep )(?<!\bkeeping )(?<!\bkeep the )(?<!\bkeeping the )(?<!\bkeep only the )\b(?:the )?(?:very )?(?:1st|first) (?:data )?(?:row|line|record|entry)(?: (?:in|of) the (?:file|sheet|list|export|spreadsheet|data))?\b"#, with: "row 1")
            // "use the Company for notes instead of the Notes column, but trimmed": the column filled, trimmed.
            .replacingRegex(#"\b((?:use|put|map|take|copy|move|send|fill|bring) [^,;?]+? (?:for|into|in|to|as) (?:the )?([\w -]{2,30}?))(?: column| field)?(?:,? (?:instead of|in place of|rather than) [^,?]+?)?,? (?:but |and |only )?(?:also )?(?:trimmed|trim (?:it|them)|without (?:the )?(?:extra |surrounding )?spaces)(?=\?|$)"#, with: "$1 and trim $2")
            .replacingRegex(#"\b((?:use|put|map|take|copy|move|send|fill|bring) [^,;?]+? (?:for|into|in|to|as) (?:the )?([\w -]{2,30}?))(?: column| field)?(?:,? (?:instead of|in place of|rather than) [^,?]+?)?,? (?:but |and |only )?(?:also )?(?:in )?(lower|upper|title)(?:-| )?(?:cased?|caps)(?=\?|$)"#, with: "$1 and $3-case $2")
            // "ought to" is "should"; "his record", "her row": the record the sentence is about.
            .replacingRegex(#"\bought to\b"#, with: "should")
            // "Where there's no company name, I wonder whether you might use …": the hedge inside the request.
            .replacingRegex(#"(?<=,)\s*(?:i (?:wonder|was wondering) (?:whether|if) )?(?:you|we) (?:might|could|would)(?: possibly| perhaps)?\s+(?=(?:use|put|take|fill|set|map|drop|leave|keep|make|skip|show|add|write)\b)"#, with: " ")
            .replacingRegex(#"\b(?:his|her) (?:record|row|contact|entry|details|line)\b"#, with: "that record")
            .replacingRegex(#"\btheir (?:records|rows|contacts|entries|details|lines)\b"#, with: "those records")
            // "…, won't you", "…, would you": a tag asking again.
            .replacingRegex(#"\s*,\s*(?:won't|will|would|could|can|wouldn't|couldn't|shall) (?:you|we)(?=\s*(?:[-–—,.;!?]|$))"#, with: "")
            // "separated by a comma and a space, like ', '", "after a semicolon and a space ('; ')": the example is the separator.
            .replacingRegex(#"\b(?:separated|joined|divided) by [^'"(]{1,40}?,? (?:like|e\.g\.|i\.e\.|so) (['"][^'"]+['"])"#, with: "separated by $1")
            .replacingRegex(#"\b(?:after|with|using) (?:an? )?[^'"(]{1,40}?\((['"][^'"]+['"])\)"#, with: "with $1")
            // "ppc=Advertising": the sign said between two words (never inside a quoted value).
            .replacingRegex(#"^([^'"]*?\w)=(?=\w[^'"]*$)"#, with: "$1 = ")
            // "drop anything failing the phone check": the rows whose phone is invalid.
            .replacingRegex(#"\b(?:(?:that|which) (?:fails?|doesn't pass|does not pass|don't pass|do not pass)|failing|not passing) (?:the |our |your )?([\w -]+?) (?:check|checks|validation|rule|test)\b"#, with: "with an invalid $1")
        value = correct(ChatShorthand.expand(value))
            // "contacts with no source", "leads whose source is invalid": rows' source is where they came from.
            .replacingRegex(#"\b(no|whose|without(?: a| an| any)?|missing(?: a| an)?|with (?:an? )?(?:empty|blank|missing|invalid|bad|unknown)) source\b(?!\s+(?:columns?|files?|fields?|data|headers?|system|sheets?|csv|values?|names?))"#, with: "$1 lead source")
            // "no revert that", "wait no undo": a "no" said before a step back, without its comma.
            .replacingRegex(#"^(?:(?:no|wait|oops|ugh|hmm|argh)\s+)+(?=(?:undo|revert|roll ?back|go back|put (?:it|that|them|those) back|take (?:it|that) back)\b)"#, with: "")
        // "Record 1001462 must not be migrated: we received an erasure request", "… be migrated: they may contain
        // special category data": the reason after a colon, a statement with no change in it and nothing that
        // limits or adds to the request ("…: the ones he owned before March", "…, and the same goes for Phone").
        if let g = Text.match(value, #"(.*?\b(?:must|should|shall|has to|have to|needs? to|can|may|please|exclude|drop|remove|skip|replace|map|import|migrate|load|keep|trim|undo|revert|withdraw|retract|cancel)\b.+?)\s*:\s*((?:that|this|the|these|those|they|he|she|we|it|its|their|our|legal|nobody|no one)(?: [\w'-]+){0,5}? (?:has|have|had|is|are|was|were|may|might|did|does|asked|received|objected|contain|contains|hold|holds|need|needs|want|wants|told|said|\w{3,}ed)\b.*)"#),
            !Text.contains(g[1], #"\d|\b(?:map|drop|exclude|remove|skip|trim|import|migrate[ds]?|load|required|unique|optional|split|combine|append|undo|revert|instead|into|lower|upper|title|case|region|first|default|please|also|too|either|as well|same|only|except|but|though|however|rather|so did|so does|so do|should|must|becomes?|ones?|before|after|since|until|unless|if|when|where|whose|which|who|with|without|from|by)\b"#)
        {
            value = g[0]
        }
        // "phone numbers: must not be migrated": the column, then what must be done with it.
        value = value.replacingRegex(#"^([\w '-]{2,40}?)\s*:\s*(?=(?:must|should|shall|needs? to|has to|have to|cannot|can't|mustn't|shouldn't|may not)\b)"#, with: "$1 ")
        // "split on the last space and keep the first part, we don't want the legal suffix in the account name": why a part is cut.
        if Text.contains(value, #"\bsplit\b|\b(?:first|last) (?:part|word)\b"#) {
            value = value.replacingRegex(#"\s*,\s*(?:as |since |because )?we (?:don't|do not) (?:want|need) the (?:legal |company )?suffix(?:es)?\b[^,]*$"#, with: "")
        }
        // "Records that fail validation must not be migrated in part": migrated at all.
        value = value.replacingRegex(#"(?<=\b(?:records|rows|contacts|entries|people)\b[^;.]{0,60})\b(migrated|imported|loaded|transferred|carried over) (?:in part|partially)\b"#, with: "$1")
        // "lead source should come from the lifecycle stage column not from lead source": what it is not, said too.
        if Text.contains(value, #"\bfrom\b"#) {
            value = value.replacingRegex(#"(?<=\w)\s*,?\s+(?:and )?(?:not|rather than|instead of) (?:from|of) (?:the )?[\w -]{1,40}?(?: column| field)?\s*[.!]?$"#, with: "")
        }
        // "lifecycle stage into the notes please replacing whats there now", "…, replace whatever's in there":
        // the old value goes, as a move does.
        value = value.replacingRegex(#"\s*,?\s*(?:and )?(?:please )?(?:replacing|replace|overwrite|instead of|over(?:writing)?) (?:what'?s|whats|what is|whatever'?s|whatever is|the (?:values?|contents?|text)(?: that'?s| that is)?) (?:there|in (?:it|there))(?: now| already| currently| at the moment)?\s*[.!]?$"#, with: "")
        // "source field Lifecycle Stage -> target field notes, replacing Notes": the source it takes the place of.
            .replacingRegex(#"(?<=[\w'"])\s*,\s*replacing (?:the )?(?:old |existing |current )?(?:free[- ]text(?: notes)?|['"][^'"]+['"]|(?-i:[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})|[\w -]+? (?:column|field))\s*[.!]?$"#, with: "")
        // "put the first name into the notes with the spaces trimmed off", "… with the blanks before and after removed",
        // "…, leading and trailing whitespace stripped": the trim of what is put there.
        // (Without "with", only spaces said to be at the ends: "Put Phone into notes, spaces removed" may mean every space.)
        let ends = #"(?:before and after|at (?:the )?(?:start|beginning) and (?:the )?end|on (?:both|either) (?:ends|sides)|around (?:it|them))"#
        value = value.replacingRegex(#"\s*,?\s+(?:with (?:the |any )?(?:extra |stray |surrounding |leading and trailing )?(?:spaces|whitespace|blanks)(?: "# + ends + #")?|(?:the |any )?(?:(?:extra|stray|surrounding|leading and trailing) (?:spaces|whitespace|blanks)(?: "# + ends + #")?|(?:spaces|whitespace|blanks) "# + ends + #")) (?:trimmed|trim|stripped|removed|cleaned|taken off)(?: off| out| away| up)?\s*[.!]*$"#, with: " and trim it")
        // "…, the way I'd paste a column over in Excel", "…, like I would in Excel": how it is done elsewhere.
            .replacingRegex(#"\s*,?\s*(?:the way|just like|like|as|same as) (?:i|we|you)(?:'d| would| do| did| can)?(?: [\w ]+?)? in (?:excel|a spreadsheet|google sheets|sheets|the spreadsheet)\s*[.!]?$"#, with: "")
        // "…, you can tell from 08/26/2018": how the analyst knows, beside the change.
            .replacingRegex(#"\s*,\s*(?:as )?you can (?:tell|see) (?:from|by|in|with) [^.;!?,]+[.!]?$"#, with: "")
        // "write n/a in the cell instead of leaving it blank": the cell is where the value goes anyway.
        // ("trim whitespace in every field" names every column: it stays.)
            .replacingRegex(#"\s+in (?:the|that|this|those|its) (?:cells?|fields?)(?=\s+(?:instead|rather)\b|\s*[.!]?$)"#, with: "")
        // "take the first number as the day": the order of the date's parts.
            .replacingRegex(#"\b(?:take|treat|read|use) the first (?:number|part|bit|figure|digits?) as the (day|month)\b"#, with: "the $1 comes first")
            .replacingRegex(#"\bthe first (?:number|part|bit|figure) (?:is|being) the (day|month)\b"#, with: "the $1 comes first")
        if Text.contains(value, #"\b(?:joined|separated|combined|between|together)\b"#) {
            // "…, joined with a comma and a space, e.g. Eve Manager, opportunity": the example of the joined value.
            value = value.replacingRegex(#"\s*,?\s*(?:e\.?g\.?|for example|for instance),?\s+[^'"]+$"#, with: "")
        }
        // "so Black Mesa Dynamics Ltd becomes Black Mesa Dynamics": an example whose result is the start or end of it.
        // ("first name should just be the first word so Mary Ann becomes Mary", "… so de la Cruz is just Cruz",
        // "in first name keep only the first word, Mary Ann should be only Mary".)
        if let g = Text.match(value, #"(.+?)\s*(?:,?\s+so (?:that )?|[,;]\s*(?:e\.?g\.?,?\s*|for example,?\s*)?)['"]?([\w' -]+?)['"]? (?:becomes|turns into|is then|will be|would be|ends up as|comes out as|is|should be|must be) (?:just |only )?['"]?([\w' -]+?)['"]?\s*[.!]?"#) {
            let whole = g[1].split(separator: " "), part = g[2].split(separator: " ")
            // (The example must be what the request keeps: its start for "the first …", its end for "the last …" or "the rest".)
            let first = Text.contains(g[0], #"\b(?:first|left)\s+(?:word|part|bit|name)\b|\beverything before\b"#)
            let last = Text.contains(g[0], #"\b(?:last|right)\s+(?:word|part|bit|name)\b|\b(?:the rest|everything after)\b"#)
            // (Where the cut is said, the example must be exactly what it keeps: one word at the first space's
            // left or the last space's right, every other word on the other side.)
            let cutFirst = Text.contains(g[0], #"\bfirst (?:space|blank)\b"#), cutLast = Text.contains(g[0], #"\blast (?:space|blank)\b"#)
            let kept: [Substring]? = cutFirst ? (first ? [whole[0]] : Array(whole.dropFirst())) : cutLast ? (first ? Array(whole.dropLast()) : [whole[whole.count - 1]])
                : Text.contains(g[0], #"\bfirst word\b"#) ? [whole[0]] : Text.contains(g[0], #"\blast word\b"#) ? [whole[whole.count - 1]] : nil
            if part.count < whole.count, first != last, kept.map({ $0 == part }) ?? (first ? whole.starts(with: part) : whole.reversed().starts(with: part.reversed())) { value = g[0] }
        }
        // "capitalize the first names properly again like Sarah": an example written in the case asked for.
        if let example = Text.firstMatch(value, #"\s*,?\s+(?:like|e\.?g\.?|as in|such as) ['"]?([A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*)?)['"]?\s*[.!]?$"#) {
            let words = example.split(separator: " ")
            let title = words.allSatisfy { $0.first?.isUppercase == true && $0.dropFirst() == $0.dropFirst().lowercased() }
            if Text.contains(value, #"\b(?:capitali[sz]\w*|title[- ]?case\w*|proper[- ]?case\w*)\b"#) && title
                || Text.contains(value, #"\b(?:upper[- ]?case\w*|all caps|capitals|caps)\b"#) && example == example.uppercased() && example.count > 1
                || Text.contains(value, #"\blower[- ]?case\w*\b"#) && example == example.lowercased()
            {
                value = value.replacingRegex(#"\s*,?\s+(?:like|e\.?g\.?|as in|such as) ['"]?[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*)?['"]?\s*[.!]?$"#, with: "")
            }
        }
        // "company into the notes but trim it first theres junk spaces": what the spaces are, said as the reason.
        value = value.replacingRegex(#"\s+(?:there'?s|theres|there are|it has|they have) (?:some |a lot of |lots of )?(?:junk |extra |stray |trailing |leading )?(?:spaces|whitespace|blanks)(?: in (?:it|them|there))?\s*[.!]?$"#, with: "")
        // "trim the first names no lower case": the case left alone, said as dictation runs it on.
        value = value.replacingRegex(#"(?<=\w)\s+no (?=(?:lower|upper|title|proper)[- ]?case$|(?:all )?caps$|capitals$)"#, with: ", no ")
        // "Where a contact has no company, I think it would be sensible to use …": the request after its condition, hedged.
        value = value.replacingRegex(#",\s*(?:i think |i believe |i feel )?it (?:would|might|could|'d) (?:be|make) (?:sensible|best|better|wise|a good idea|safer|more sensible|sense) to\s+"#, with: ", ")
        // "Would it be possible, where Notes is empty, to fall back to …": the condition inside the hedge.
            .replacingRegex(#"^(?:would|will|could) it be (?:possible|ok|okay|alright|fine),\s*((?:where|when|if|whenever|for) [^,]+),\s*to\s+"#, with: "$1, ")
        // "trimming the last names as well as upper-casing them": two requests joined.
        if let g = Text.match(value, #"(.+?\w) as well as ([\w-]+ing)\b(.*)"#), let verb = gerunds[g[1].lowercased()] { value = g[0] + " and " + verb + g[2] }
        // "…, the client wants the Lifecycle Stage in notes": what is wanted where, said as the change.
        value = value.replacingRegex(#",\s*"# + Clauses.wisher + #"(?: (?:also|really|just))? (?:wants|want|needs|need|would like|'d like) (?:the |their )?([^,]+?) (?:in|into) (?:the )?([\w ]+?)[.!]?$"#, with: ", put $1 in $2")
        // "Jane: every contact needs a first name": a name before a colon says who asked.
        if let g = Text.match(value, #"(?-i)([A-Z][a-z]{2,12}):\s+(.+)"#), !Self.colonWords.contains(g[0].lowercased()),
            !ColumnMatcher.synonyms.values.joined().contains(where: { Text.editDistance($0, Text.key(g[0])) <= max(Text.typoBudget($0), 1) })
        {
            value = g[1]
        }
        // "co domain", "co empty -> …": "co" for company where it names the column.
        value = value.replacingRegex(#"\bco (domains?)\b"#, with: "company $1")
            .replacingRegex(#"^co\b(?= ?(?:[=:]|->|(?:empty|blank|missing|is|are|must|should|needs|to|upper|lower|title|all|name|names)\b))"#, with: "company")
        // "notes is empty -> please use …": the arrow after a condition is "then".
        value = value.replacingRegex(#"\b((?:is|are) (?:empty|blank|missing)) to (?=(?:please )?(?:use|take|copy|fill|put|fall|write|set|grab)\b)"#, with: "$1, then ")
            .replacingRegex(#"^(?:the )?([\w ]+?) (empty|blank|missing) to (?=(?:please )?(?:use|take|copy|fill|put|fall|write|set|grab)\b)"#, with: "when $1 is $2, then ")
        // A checker's expectation after the request ("-> row must be absent", "Expected: …"), a remark
        // in brackets ("(out of scope for this load)", "(currently Notes)"), "remove: rows …".
        value = value.replacingRegex(#"\s*\bto\s+(?:(?:the )?(?:row|rows|record|it|they) (?:must|should|will|is|are)\b|(?:please )?fix\b|result\b).*$|^\s*expect(?:ed|ation)?(?:\s*:|\s+(?:rows?|results?|output|values?|that|\d|['"])|\s+[\w ]+? (?:to (?:fail|pass|be dropped|be kept|stay|become)|becomes?|->)).*$"#, with: "")
            .replacingRegex(#"\s*\((?:out of scope|not needed|for now|later|if possible|currently|only check|tabs too|as before|see |e\.?g\.?|i\.?e\.?|uniqueness off|i think|optional)[^()]*\)"#, with: "")
            // "… into the notes instead of the old notes, and make sure …": what it replaces, before a further request.
            .replacingRegex(#"\s+(?:instead of|in place of) (?:the )?[\w' -]{1,40}?(?=,\s*(?:and|also|plus|then)\s)"#, with: "")
            // "(8 rows)", "(rows 19, 53)", "(1001013)", "(the duplicate of 1000660)", "(the last one, Mateo Moore)": which rows, said again.
            .replacingRegex(#"\s*\((?:(?:rows?|records?|ids?|lines?) )?#?\d+(?:\s*(?:,|and|&|-)\s*#?\d+)*(?: (?:rows?|records?|contacts?|of them))?\)|\s*\(the (?:duplicate|second|first|last|one|same|only|other|earlier|later)\b[^()]*\)"#, with: "")
            .replacingRegex(#"^(remove|drop|delete|skip|exclude|trim|map|set|make|split|combine|add|keep):\s*"#, with: "$1 ")
            .replacingRegex(#"\bfiled in\b"#, with: "filled in")
            .replacingRegex(#"\bw/\s*"#, with: "with ")
            // "why is row 12 even in here, get rid of it": the rows asked about, then the request about them.
            .replacingRegex(#"^why (?:is|are) (?:this |that )?(.+?) (?:even |still )?(?:in here|in there|here|there|included|in the (?:import|list|data|file|load)|imported|being imported|coming over)\s*\??\s*[,;]\s*"#, with: "$1, ")
            // "…, please make sure of that": the request again, nothing more.
            .replacingRegex(#"\s*,\s*(?:please )?(?:make sure(?: of (?:it|that))?|double[- ]check(?: (?:it|that))?)\s*[.!]*$"#, with: "")
            .replacingRegex(#"\b1st (word|part|bit)\b"#, with: "first $1")

            // "the Contact Owner's name": the column's value; "the email it must be …": the resumed subject.
            .replacingRegex(#"(?<=\w)'s (?:name|value|text|contents?)\b"#, with: "")
            .replacingRegex(#"^(?!(?:where|when|whenever|if|unless|in case|otherwise|and|but|so|as|since|because)\b)((?:the )?[\w ]+?) (?:it|they) (must|should|is|are|has to|needs to|can)\b"#, with: "$1 $2")
            .replacingRegex(#"^(?:for (?:the )?(.+?),?|(?:the )?((?:(?!\b(?:is|are|was|were|be|must|should|shall|has|have|needs?|can|will|may)\b)[\w ]){1,40}?),) (?:when|if) (?:it'?s |it is |is |they'?re |they are )?(empty|blank|missing),?"#, with: "when $1$2 is $3,")
            .replacingRegex(#"\b(make|set|mark) (?:both|all)\b"#, with: "$1")
            .replacingRegex(#"\s*\((?:don't ask|do not ask|long story|trust me|yes|yeah|i know|lol|weird|sorry|typo|no |source |when empty|if empty|when blank|when missing|if missing)[^()]*\)"#, with: "")
            // "(we re-collect numbers later)": what happens later, outside this migration.
            .replacingRegex(#"\s*\((?:we|they|i|sales|support|ops)\b[^()]{0,60}\blater\)"#, with: "")
            // "…, and map newsletter to Email while you're at it?": the aside at the end.
            .replacingRegex(#"\s*,?\s*(?:while|whilst) (?:you're|you are|we're|we are) at it\s*[?.!]*$"#, with: "")
            // "they're test contacts: get rid of 1000304": what they are, then the request.
            .replacingRegex(#"^(?:they're|they are|these are|those are|both are|all are)\s+[^:]{1,40}:\s*(?=\S)"#, with: "")
            // "(the caps change was a mistake)": why a step back, said beside it.
            .replacingRegex(#"\s*\((?:the |that |my |our )?[^()]{0,40}\b(?:was|were) (?:a mistake|wrong|an error|a typo|not wanted|unwanted|by mistake)\)"#, with: "")
            // Code-like forms a data steward writes: "lead_source.required = true", "last_name: upper()",
            // "trim("First Name") -> first_name", "undo (last 1)".
            .replacingRegex(#"^([\w ]+?)\s*[.:]?\s*required\s*[=:]\s*(?:true|yes|on|1)$"#, with: "$1 is required")
            .replacingRegex(#"^([\w ]+?)\s*[.:]?\s*required\s*[=:]\s*(?:false|no|off|0)$"#, with: "$1 is optional")
            .replacingRegex(#"^([\w ]+?)\s*[.:]?\s*uniq(?:u)?e\s*[=:]\s*(?:true|yes|on|1)$"#, with: "$1 must be unique")
            .replacingRegex(#"^([\w ]+?)\s*[.:]?\s*uniq(?:u)?e\s*[=:]\s*(?:false|no|off|0)$"#, with: "$1 does not need to be unique")
            .replacingRegex(#"^([\w ]+?)\s*[.:]\s*(upper|lower|title)\(\)$"#, with: "$2-case $1")
            .replacingRegex(#"^trim\(\s*['"]?([^'")]+)['"]?\s*\)(?:\s*(?:->|to)\s*.+)?$"#, with: "trim $1")
            .replacingRegex(#"^(.+?)\s*=\s*concat\(\s*['"]?([^'",]+?)['"]?\s*,\s*(['"][^'"]*['"])\s*,\s*['"]?([^'",]+?)['"]?\s*\)$"#, with: "$1 = $2 + $3 + $4")
            .replacingRegex(#"^(.+?)\s*=\s*(.+?)\s*(?:\?\?|\x{05})\s*['"]?([^'"]+?)['"]?$"#, with: "when $1 is empty use $3")
            .replacingRegex(#"^(undo|revert)\s*\((last \d+|\d+)\)$"#, with: "$1 $2")
            .replacingRegex(#"^(drop|remove|delete|exclude|skip|filter out) where\b"#, with: "$1 rows where")
            // "…, would it be possible to make them lower case", "…, maybe we could use …": the request after a remark.
            .replacingRegex(#",\s*(?:(?:would|will) it be (?:possible|ok|okay|alright) (?:to|if (?:we|you)(?: could)?)|is it (?:possible|ok|okay) (?:to|if (?:we|you)(?: could)?)|(?:maybe |perhaps )?(?:we|you) (?:could|can|might)(?= (?:use|put|take|set|make|fill|drop|remove|map|trim|leave|keep|count|treat|mark|default|copy|combine|split|exclude|skip)\b))\s+"#, with: ", ")
            // "we dont need the notes at all just leave them out": a restated request run on without a comma.
            .replacingRegex(#"(?<!\b(?:you|we|i|can|could|would|will|please|to|just|and|so))(?<=\w)\s+(?=(?:just |so |and )?(?:leave|take|keep) (?:them|it|those|these) out\b)"#, with: ", ")
            // "Lifecycle Stage = lead -> drop": rows by a value, in notation.
            .replacingRegex(#"^(.+?)\s*(?:=|==|is)\s*['"]?([^'"]+?)['"]?\s+(?:to|->)\s+(?:drop|remove|delete|exclude|skip|out)$"#, with: "drop rows where $1 is $2")
            // Inverted conditions: "when is empty the company, …", "should First Name be empty, …", "is the email not required".
            .replacingRegex(#"^(when|if|where) is (empty|blank|missing) (?:the )?(.+?),"#, with: "$1 $3 is $2,")
            .replacingRegex(#"^should (?:the )?(.+?) be (empty|blank|missing),"#, with: "if $1 is $2,")
            .replacingRegex(#"^is (?:the )?(.+?) not (required|mandatory|compulsory|obligatory|unique)\b"#, with: "$1 is not $2")
        // "the company suffix, so the last word of Company, should go into notes": what it is, said again more exactly.
        if [", so ", ", i.e", ", ie ", ", meaning ", ", that is ", ", aka "].contains(where: value.lowercased().contains) {
            value = value.replacingRegex(#"^(?:the )?[\w' ]+?, (?:so|i\.e\.?|ie|meaning|that is|aka) (.+?), (should|must|goes|go|can|needs|to|has to|is to)\b"#, with: "$1 $2")
        }
        // "drop rows were the email is invalid": "were" after rows and before a clause is "where".
        // "I want the company names in upper case letters": what is wanted, said as a change.
        value = value.replacingRegex(#"^(?:i|we) (?:want|need|would like|'d like) (?:that )?(?:the |all )?(.+?) (?:in|as|to be in|to be) (?=(?:upper|lower|title|proper) ?case|capitals|caps|small letters)"#, with: "$1 in ")
            .replacingRegex(#"^"# + Clauses.wisher + #" (?:wants?|needs?|would like|'d like|asked for|asks for) (?:that )?(?:the |all )?(.+?) (?:in |as |to be in |to be )?(?:all )?(?=(?:upper|lower|title|proper)[ -]?case|capitals|caps|small letters)"#, with: "$1 in ")
        value = value.replacingRegex(#"\b(rows|records|contacts|leads|entries|ones) were (?=the |its |their )"#, with: "$1 where ")
        // "the contact with record id 1000394 and the one with 1000634": records by their ids.
        value = value.replacingRegex(#"\b(?:the )?(?:contact|record|lead|person|entry|row|customer|one)s? with (?:the )?(?:record )?(?:id|number|#) ?(?:of )?(\d{3,})"#, with: "record $1")
            .replacingRegex(#"\bthe ones? with (?:the )?(?:record )?(?:id |number |# ?)?(\d{3,})"#, with: "record $1")
        // "X and Y both go under Z", "should all be": a quantifier beside the verb adds nothing.
        value = value.replacingRegex(#"\b(should|must|can|will|to) (?:all|both|each) (be|go|become|map|count)\b"#, with: "$1 $2")
            .replacingRegex(#"(?<=[\w'"]) (?:both|all|each) (go|goes|should|become|becomes|are|map|count|belong|need|must|mean|means)\b"#, with: " $1")
            .replacingRegex(#"\b(are|go|become|map to|count as|belong to) (?:both|all)\b"#, with: "$1")
        // "comes straight from Company": how directly says nothing; "A + B": a list.
        value = value.replacingRegex(#"\b(comes?|come|taken|copied|pulled|mapped|read) (?:straight|directly) "#, with: "$1 ")
            .replacingRegex(#"(?-i)(?<=\w) \+ (?=\w)"#, with: " and ")
            // "(separator " ; ")": the separator said in brackets.
            .replacingRegex(#"\s*\((?:separator|separated by|sep|joined by|join(?:ed)? with|delimiter|delimited by)[:=]?\s*(.+?)\)"#, with: " separated by $1")
            // "with separator '; '", ", sep ', '": the separator named by its mark.
            .replacingRegex(#"\s*,?\s*\b(?:with (?:the |a )?)?(?:separator|sep|delimiter|delim)\s*[:=]?\s*(['"][^'"]*['"])"#, with: " separated by $1")
        value = separatorShown(value)
            // "comma separated", "to end up in the notes", "the last row (60)", "after its first word".
            .replacingRegex(#"\b(comma|semicolon|space|pipe|dash|hyphen|slash|colon|tab)[- ]separated\b"#, with: "separated by a $1")
            .replacingRegex(#"\bto (?:end up|go|land|be put) (in|into)\b"#, with: "into")
            .replacingRegex(#"\b(?:the )?(?:last|final|first) row \((\d+)\)"#, with: "row $1")
            .replacingRegex(#"\b(after|before) its (first|last) (word|space)\b"#, with: "$1 the $2 $3")
            .replacingRegex(#"\bthe (\d+)(?:st|nd|rd|th) (row|record|line)\b"#, with: "$2 $1")
            .replacingRegex(#"\bought to\b"#, with: "should")
            .replacingRegex(#"\b(?:whoever|who) owns (?:the |each |that |a )?(?:contact|record|lead|row|account)\b"#, with: "the contact owner")
        // "(title case)" after a case change restates it; "could we just put …" mid-sentence asks nothing more.
        value = value.replacingRegex(#"\s*\((?:title|upper|lower|proper|sentence) ?case\)"#, with: "")
            .replacingRegex(#"\b(?:could|can|would) (?:we|you|i)(?: please)?(?: just)? (?=(?:put|use|take|set|make|fill|write|drop|remove|map|trim|leave|keep|count|treat|change|mark|default|fall|copy|combine|split|exclude|skip|show|display)\b)"#, with: "")
        value = value.replacingRegex(#"(,\s*(?:and|but)?\s*)(?:since|because|becuase|given that|seeing that) [^,]{3,160},\s*"#, with: "$1")
        // Participles name the same change as the verb: "…, trimmed" / "…, title-cased".
        // ("emails should be trimmed": the change wanted, said of the column.)
        value = value.replacingRegex(#"^(?:the )?((?:(?!\b(?:not|never|no)\b|n't\b).)+?) (?:should|must|need to|needs to|has to|have to) be trimmed(?:\s*,?\s*(?:please|thanks|thank you))?[.!?]?$"#, with: "trim $1")
            .replacingRegex(#"\btrimmed\b"#, with: "trim")
            .replacingRegex(#"\b(title|upper|lower)[- ]?cased\b"#, with: "$1-case")
        var previous = ""
        while previous != value {
            previous = value
            while let last = value.last, ".!?,;:-–—".contains(last) { value.removeLast() }
            value = value.trimmingCharacters(in: .whitespaces)
            value = Self.wishedState(value)
            var opened = Pattern.Subject(value)
            for opening in openingPatterns {
                if let words = Text.groups(of: opening, in: opened) { opened = Pattern.Subject(words[0]) }
            }
            value = opened.text
            value = Self.wishedState(value)
            value = Self.conditionFirst(value)
            // "(+1 to) dropping Notes from the mapping": a gerund opening a request is the request.
            if let g = Text.match(value, #"(\w+ing)\b(.*)"#), let verb = gerunds[g[0].lowercased()] { value = verb + g[1] }
            // "Would you mind putting …": the request in its plain form.
            if let g = Text.match(value, #"(?:(?:would|do|could) you |if you could )?mind (\w+ing)\b(.*)"#), let verb = gerunds[g[0].lowercased()] { value = verb + g[1] }
            // ("When First Name is empty, would you mind using the Last Name there": the same, after a condition.)
            else if let g = Text.match(value, #"(.+?,)\s*(?:(?:would|do|could) you |if you could )mind (\w+ing)\b(.*)"#), let verb = gerunds[g[1].lowercased()] { value = g[0] + " " + verb + g[2] }
            var tailed = Pattern.Subject(value)
            for tail in tailPatterns {
                if let cut = tail.replacing(in: tailed, with: "") { tailed = Pattern.Subject(cut) }
            }
            value = tailed.text
            value = fillerPattern?.replacing(in: value, with: " ") ?? value
            // A conjunction left at the end by the cut after it ("drop the chat leads and").
            value = value.replacingRegex(#"\s+(?:and|or|but|plus|also|so)$"#, with: "")
            // A comma or a full stop left alone by the words removed around it ("please, map", "at all, just", "UGH. undo").
            value = value.replacingRegex(#"(?-i)^\s*[,.;:!]+\s*|\s+(?=,)|,(?=\s*,)"#, with: "")
            value = value.split(separator: " ").joined(separator: " ")
        }
        return Paraphrases.rewrite(value)
    }

    /// A request said as what could be, or as what someone would rather: "could the notes be left
    /// out", "the created date could be made compulsory", "would it be possible for the lead source to
    /// be required", "Margaret would rather the notes didn't go across", "she'd rather not import …".
    static func wishedState(_ text: String) -> String {
        wishes.reduce(text) { value, wish in wish.pattern.replacing(in: value, with: wish.template) }
    }

    /// The rewrites of `wishedState`, in order, each compiled once.
    private static let wishes: [(pattern: Pattern, template: String)] = {
        let subject = #"((?!(?:we|i|you|they|it|that|this|there|he|she|which|what|how|why)\b)(?:the |all (?:the )?|our |any |every |each )?(?:(?!\b(?:it|feels?|thinks?|says?|said|believes?|knows?|is|are|was|were|has|have|had)\b)[\w' -])+?)"#
        let notAState = #"(?!(?:possible|ok|okay|alright|fine|worse|better|nice|good|great|helpful|useful|wrong|a problem|an issue|why)\b)"#
        let rules: [(String, String)] = [
            (#"^(?:please )?(?:could|can|would|might) "# + subject + #" (?:please |possibly |perhaps )?(be|get|go|come|stay|end) "# + notAState, "$1 should $2 "),
            (#"^"# + subject + #" (?:could|might|would) (?:please |possibly |perhaps )?(be|go|come|stay|end) "# + notAState, "$1 should $2 "),
            // ("could the company be trimmed": the participle was read as the verb before the request was.)
            (#"^(?:the )?((?:(?!\b(?:not|never|no)\b|n't\b).)+?) should be trim(?:med)?$"#, "trim $1"),
            (#"^(?:(?:would|could|will) it be|is it|it (?:might|would|could) be) (?:at all )?possible(?: at all)? for "# + subject + #" not (?:to|must|should) "#, "$1 should not "),
            (#"^(?:(?:would|could|will) it be|is it|it (?:might|would|could) be) (?:at all )?possible(?: at all)? for "# + subject + #" (?:to|must|should) "#, "$1 should "),
            // "the Created Date could come back in", "stop the Record ID going across": the column imported again, or not.
            (#"^"# + subject + #" (?:should|could|can|must|might) come back(?: in| again| into the (?:import|migration|load))*(?: after all)?$"#, "bring back $1"),
            (#"^(?:please )?stop (?:the )?([\w' -]+?) (?:going|coming|being (?:imported|migrated|carried|brought|loaded)) ?(?:across|over|through|in)?$"#, "don't import $1"),
            (#"\bout of this (?:one|load|import|migration|batch|run)\b"#, "out"),
            (#"^(?:(?!\b(?:and|but|or|so|then|also)\b)[\w.' ]){0,30}?(?:\bwould|'d) (?:rather|prefer)(?: that)? (?:we |you )?not (?=(?:import|migrate|bring|carry|load|include|move|send|keep|map|have|take)\b)"#, "don't "),
            // "Margaret would like the webinar leads filed under Event": the state she would like.
            (#"^(?:(?!\b(?:and|but|or|so|then|also)\b)[\w.' ]){0,30}?(?:\bwould|'d) (?:like|love|prefer) "# + subject + #" (filed|classed|counted|treated|marked|mapped|put|set|recorded|grouped|listed|moved|kept|left out|dropped|removed|excluded) "#, "$1 should be $2 "),
            (#"^(?:(?!\b(?:and|but|or|so|then|also)\b)[\w.' ]){0,30}?(?:\bwould|'d) (?:rather|prefer)(?: that)? "# + subject + #" (?:didn't|did not) "#, "$1 should not "),
            (#"^(?:(?!\b(?:and|but|or|so|then|also)\b)[\w.' ]){0,30}?(?:\bwould|'d) (?:rather|prefer)(?: that)? "# + subject + #" (?:wasn't|weren't|was not|were not) "#, "$1 should not be "),
            (#"^(?:(?!\b(?:and|but|or|so|then|also)\b)[\w.' ]){0,30}?(?:\bwould|'d) (?:rather|prefer)(?: that)? "# + subject + #" (?:went|go|goes) "#, "$1 should go "),
            (#"^(?:(?!\b(?:and|but|or|so|then|also)\b)[\w.' ]){0,30}?(?:\bwould|'d) (?:rather|prefer)(?: that)? "# + subject + #" (?:was|were) "#, "$1 should be "),
        ]
        return rules.compactMap { pattern, template in Pattern(pattern).map { ($0, template) } }
    }()

    /// A rule said with its condition first, as a data-quality checklist writes it: "If the first name
    /// is missing, the row is invalid", "Unless there's an email, the row shouldn't go in", "Anything
    /// owned by Dev Ops: exclude", "Blank company: write 'Unknown'", as the plain request.
    static func conditionFirst(_ text: String) -> String {
        for (pattern, template) in conditionRules {
            guard let groups = Text.groups(of: pattern, in: text) else { continue }
            var result = template
            for (index, group) in groups.enumerated().reversed() { result = result.replacingOccurrences(of: "$\(index + 1)", with: group) }
            return result
        }
        return text
    }

    /// The rules of `conditionFirst`, each compiled once as a whole-clause match.
    private static let conditionRules: [(Pattern, String)] = {
        let rows = #"(?:the )?(?:row|record|contact|entry|lead|it|they)"#
        let out = #"(?:shouldn't|should not|mustn't|must not|won't|can't|cannot|doesn't|does not|may not) (?:go in|be imported|come across|go across|be loaded|be migrated|go through|make it in|come over|go over)"#
        let whose = #"(?:the |a |an |a row's |the row's |the contact's |a contact's |its |their )?([\w -]+?)"#
        let empty = #"(?:is|are) (?:missing|empty|blank|not (?:there|filled in|given|set))"#
        let rules: [(String, String)] = [
            (#"^(?:if|when|whenever|where) "# + whose + " " + empty + #",? (?:then )?"# + rows + #"(?:'s| is)? ?(?:invalid|not valid|fails|should fail|must fail|is flagged|should be flagged|gets flagged|counts as invalid)$"#, "$1 is required"),
            (#"^unless there'?s (?:an? |any |the )?([\w -]+?),? "# + rows + #" (?:shouldn't|should not|doesn't|does not|can't|cannot|won't|mustn't) (?:count as valid|be valid|pass|be counted as valid|be treated as valid)$"#, "$1 is required"),
            (#"^for (?:any |every |each |all )?(?:contacts?|rows?|records?|leads?) (?:with no|without|missing|lacking) (?:an? |the |any )?([\w -]+?)\s*[:,-]\s*(?:invalid|flag (?:it|them)|fail|it fails|they fail|flagged)$"#, "$1 is required"),
            (#"^(?:if|when|whenever|where) "# + rows + #" (?:has|have) no ([\w -]+?),? "# + rows + " " + out + "$", "drop rows without $1"),
            (#"^unless there'?s (?:an? |any |the )?([\w -]+?),? "# + rows + " " + out + "$", "drop rows without $1"),
            (#"^(?:if|when|whenever|where) "# + whose + " " + empty + #",? (?:then )?"# + rows + #" (?:goes|is dropped|is out|should go|gets dropped|can go|should be dropped|is excluded)$"#, "drop rows without $1"),
            (#"^(?:if|when|whenever|where) "# + whose + #" (?:is|are) invalid,? (?:then )?"# + rows + #" (?:goes|is dropped|is out|should go|gets dropped|can go|should be dropped|is excluded)$"#, "drop rows where the $1 is invalid"),
            (#"^(?:whenever|when|if|where) (.+?),? (?:skip|drop|exclude|remove|leave out) (?:the|that|this) (?:row|record|contact|lead)$"#, "drop rows where $1"),
            (#"^for (?:any|every|each|all) (?:contacts?|rows?|records?|leads?) ((?:where|whose|with|without|owned by) .+?),\s*(?:leave (?:them|it) out|drop (?:them|it)|exclude (?:them|it)|skip (?:them|it)|remove (?:them|it))$"#, "drop rows $1"),
            (#"^(?:the )?([\w ]+?) ('[^']+'|"[^"]+")\s*:\s*(?:drop|exclude|skip|remove|out)(?: (?:it|them))?$"#, "drop rows where $1 is $2"),
            (#"^(.+?)\s*:\s*(?:drop|exclude|skip|remove|leave (?:it|them) out)(?: (?:it|them))?$"#, "drop $1"),
            (#"^(?:blank|empty|missing|no) ([\w -]+?)\s*[:?,-]\s*(?:then )?(?:just )?(?:write|put|use|set(?: it to)?|fill(?: it)?(?: in)? with|say|enter|make (?:it|them)|set (?:it|them) to|fill (?:it|them) (?:in )?(?:with|from)|take (?:it|them) from|put in) (.+?)(?: in (?:there|them|it))?$"#, "when $1 is empty use $2"),
            // "contacts without a signup date: use 2024-01-01": the rows lacking a value, then the value.
            (#"^(?:the )?(?:contacts|rows|records|leads|people|anyone|everyone|ones) (?:without|with no|missing|lacking|that have no|who have no) (?:an? |any |the )?([\w -]+?)\s*[:,-]\s*(?:then )?(?:just )?(?:write|put|use|set(?: it to)?|fill(?: it)?(?: in)? with|say|enter|give them|set (?:it|them) to) (['"][^'"]+['"]|\S+)$"#, "when $1 is empty use $2"),
            (#"^for (?:any |all |the )?(?:rows?|records?|contacts?|leads?) (?:with no|without) (?:an? )?([\w -]+?),\s*\1\s*(?:=|:|should be|is|becomes) (.+)$"#, "when $1 is empty use $2"),
            (#"^(?:the )?same ([\w -]+?) (?:on|in|for) (?:two|2|several|multiple|more than one) (?:rows|records|contacts)\s*[:,-]\s*(?:the )?(?:second|later|other|repeated) (?:one|row|record)s? (?:is|are) (?:invalid|flagged)$"#, "$1 must be unique"),
            (#"^(?:any|every|each) (?:lead source|value|source)s? (?:not in|outside|that isn't in|that is not in) (?:the )?(?:picklist|list|allowed values)\s*[:=]\s*['"]?(\w+)['"]?$"#, "anything else in lead source becomes $1"),
        ]
        return rules.compactMap { pattern, template in Pattern("^(?:" + pattern + ")$").map { ($0, template) } }
    }()

    /// "… hold the owner and the stage together, like 'Eve Manager / opportunity'": the one mark between
    /// two values of an example joining two columns is the separator.
    static func separatorShown(_ text: String) -> String {
        guard Text.contains(text, #"\band\b"#),
            let g = Text.match(text, #"(.+?\band\b.+?)(?: together)?,? (?:like|e\.?g\.?|eg|for example|for instance|so it reads|so it looks like|as in|such as) ['"]([^'"]+)['"][?.!]*"#),
            let pattern = Text.compiled(#"\s*[^\w\s'"]+\s*"#)
        else { return text }
        let marks = pattern.matches(in: g[1]).compactMap { Range($0.range, in: g[1]).map { String(g[1][$0]) } }
        guard marks.count == 1 else { return text }
        return g[0] + " separated by '" + marks[0] + "'"
    }

    /// What a short part adds to the part before: "tradeshow too", "the last names as well" (no verb of its own).
    private static let addedAgain = #"(?!(?:and|also|plus|but|so|or|is|are|it|that|this|them|they|me|us|you|"# + changeVerb + #")\b)(?![^,;]*\b(?:be|is|are|was|were|could|can|should|would|must|will|do|does|did|have|has|had|need|needs|want|wants|please|stays?|remains?|goes|go|comes?|it|them|they|actually|sorry|no|not|"# + changeVerb + #")\b)(?:the )?['"]?[\w'-]+(?: [\w'-]+){0,2}['"]?(?: ones?| rows?| leads?| column| field)? (?:too|as well|also)"#

    /// The message's clauses: lines, `;`, sentence ends, numbered or bulleted items, "also", "then".
    static func split(_ message: String) -> [String] {
        // ("a ?? b", "use a, else b", is no question mark: shielded from the cut at "? ".)
        var text = message.replacingOccurrences(of: "\r", with: "\n")
            // "anything that isn't mapped → Other", "anything that doesn't map to a picklist value, bucket as Outbound":
            // the value for every value no entry names (said before an arrow reads as "to").
            .replacingRegex(#"\b(?:anything|everything|whatever|all (?:the )?(?:other )?values?|any (?:other )?values?|values) (?:that|which) (?:isn't|is not|aren't|are not|doesn't|does not|don't|do not|won't|will not|can't|cannot) (?:get |be )?(?:mapped|map|matched|match|classified|recogni[sz]ed)(?: (?:to|onto|into) (?:an? |the |one of the )?(?:picklist |allowed |known |listed )?(?:values?|options?|entr(?:y|ies)|buckets?|categor(?:y|ies)))?\s*(?:,\s*|\s+)?(?:→|->|=>|=|:|becomes?|goes to|go to|should (?:be|become|go to)|is|are|as|(?:bucket|count|class|file|treat) (?:it |them )?as|gets?)\s+"#, with: "anything else becomes ")
            // "(all caps)", "(in capitals)": the case said in brackets is the case wanted.
            .replacingRegex(#"\s*\((?:in |all |block )*(?:caps|capitals|capital letters|upper ?case)\)"#, with: " in upper case")
            // "(so 'de la Cruz' becomes 'Cruz')", "(drop the Ltd/Inc bit)": an example or a restatement in brackets.
            .replacingRegex(#"\s*\((?:so |e\.?g\.? |i\.?e\.? |like |for example |for instance )?[^()]*\b(?:becomes|become|turns into|would be|should be|gives|ends up as)\b[^()]*\)|\s*\((?:drops?|removes?|loses?|strips?|cuts?|without|dropping|removing|losing) (?:the )?[^()]*\b(?:bit|part|suffix|word|ending|bits|parts)\)"#, with: "")
            // "(Mary Ann -> Mary)", "(Ltd, Inc. ...)", "(shared inboxes)": an example or an aside in brackets.
            // "the middle names — everything after the first word of First Name — into notes": a pair of
            // dashes is a bracket; "the middle names (everything after …)": the part said names the column.
            .replacingRegex(#"\s[—–]\s([^—–\n]+?)\s[—–]\s"#, with: " ($1) ")
            .replacingRegex(#"\b(?:the|an?|his|her|their|its) (?:[\w-]+ ){0,2}?[\w-]+ \(((?:everything|all|whatever|the (?:rest|part|bit|words?))\b[^()]*\b(?:of|in) [^()]+)\)"#, with: "$1")
            // "the last word of Company (the legal form, e.g. Ltd)": what the part is, with an example.
            .replacingRegex(#"\s*\((?:the |a |an )?[\w -]{1,30},?\s+(?:e\.?g\.?|i\.?e\.?|like|such as|for example)\s[^()]*\)"#, with: "")
            // "(not website, not webform)": the values meant exactly, which is how values are read.
            .replacingRegex(#"\s*\(not [^()]*\)"#, with: "")
            .replacingRegex(#"(?-i)\s*\([^()]*(?:->|→|=>|\.\.\.|…)[^()]*\)|\s*\((?:[a-z]+ ?){1,3}\)(?=[\s,.;!?]|$)"#, with: "").replacingRegex(#"(?-i)(?<=\w)\s+\?\?\s+(?=['"]?\w)"#, with: " \u{5} ")
            .replacingRegex(#"\b(e)\.(g)\.|\b(i)\.(e)\."#, with: "$1$2$3$4")
            // "capitalize the last name completely, every letter": upper case, said before "completely" goes as filler.
            .replacingRegex(#"\bcapitali[sz]e (?:the )?([\w ]+?),? (?:completely|fully|entirely|in full|all the way|every letter|each letter|all letters)(?:,? (?:every|each|all) letters?)?\b"#, with: "upper-case the $1")
            .replacingRegex(#"\bcapitali[sz]e (?:every|each|all the) letters? (?:of|in) "#, with: "upper-case ")
            // "with ; between": a bare separator mark is quoted, so it is not a cut.
            .replacingRegex(#"(?<=\b(?:with|by|using|separator|delimiter) )([;,|/])(?= (?:between|in between|as (?:the )?separator)\b| *$)"#, with: "'$1'")
        text = text.replacingRegex(isoDatesStay + #"\s*[.!]?(?=\s*$|\s*[;\n])"#, with: "")
        // Numbered items "1. … 2) …" (only a run that starts at 1) and bullets at line starts.
        text = text.replacingRegex(#"(?-i)(?m)^\s*[-*•]\s+"#, with: "\n")
        if Text.contains(text, #"(?:^|[\s:;,])\(?1[.)]\s"#), Text.contains(text, #"(?:^|[\s:;,])\(?2[.)]\s"#) {
            text = text.replacingRegex(#"(?-i)(?:^|(?<=[\s:;,]))\(?\d{1,2}[.)]\s+"#, with: "\n")
        }
        // "row no. 36": the abbreviation's full stop is no sentence end.
        text = text.replacingRegex(#"\b(no|nr|num)\.\s*(?=\d)"#, with: "$1 ")
        // "First the Webinar is Event, second …, third …": ordinal words that number the items.
        if Text.contains(text, #"\bfirst(?:ly)?\b"#), Text.contains(text, #"(?:^|[,;.]\s*)second(?:ly)?\b"#) {
            text = text.replacingRegex(#"(?:^|[,;]\s*|(?<=\.)\s*)(?:first|second|third|fourth|fifth)(?:ly)?\b[,:]?\s*"#, with: "\n")
        }
        // "Same company domain twice? Keep only the first.": the duplicates, and which one stays.
        text = text.replacingRegex(#"\b(?:the )?same ([\w -]{1,30}) (?:twice|more than once|on two rows|on several rows)\? (?:then )?keep (?:only |just )?the first(?: one)?\b"#, with: "$1 must be unique, keep the first")
        // "Empty company? Then "Unknown".": the value for an empty column.
        text = text.replacingRegex(#"\b(?:empty|blank|missing|no) ([\w ]{1,30})\? (?:then )?(?=['"])"#, with: "when $1 is empty use ")
        // Quoted text (a separator such as ' ; ') is never cut: its marks are shielded first.
        let shield: [(String, String)] = [(";", "\u{1}"), (".", "\u{2}"), ("!", "\u{3}"), ("?", "\u{4}")]
        if let pattern = Text.compiled(#"(?<=^|[\s(:=])(?:'[^'\n]*'|"[^"\n]*")(?=$|[\s,.;:)!?])"#) {
            for match in pattern.matches(in: text).reversed() {
                guard let range = Range(match.range, in: text) else { continue }
                var quoted = String(text[range])
                for (mark, stand) in shield { quoted = quoted.replacingOccurrences(of: mark, with: stand) }
                text.replaceSubrange(range, with: quoted)
            }
        }
        // "please do three things: …": the request to do what follows says nothing itself.
        text = text.replacingRegex(#"^\s*(?:please |kindly |could you |can you )?(?:do|make|apply|change) (?:the following|these|(?:two|three|four|five|\d) (?:things|changes))(?: for me| please)?\s*:\s*"#, with: "")
        // A heading line ("Changes:", "Three things:") introduces the list and says nothing itself.
        text = text.replacingRegex(#"(?-i)(?m)^\s*[\w ,']{1,60}:\s*$"#, with: "")
        // "day, month, year": the order of the parts, one date order.
        text = text.replacingRegex(#"\b(day|month)s?\s*[,/]?\s*(?!\1)(?:day|month)s?\s*[,/]?\s*(?:and |then )?years?\b"#, with: "$1 first")
        // "month then day" is one date order, not two clauses.
        text = text.replacingRegex(#"\b(day|month|year)s?,?(?: and)? then (?:the )?(day|month|year)s?(?:,?(?: and)? then (?:the )?(?:day|month|year)s?)?\b"#, with: "$1-then-$2")
        // "Lead Source followed by ': ' and then Lifecycle Stage": a quoted mark, then what follows it, is one join.
        text = text.replacingRegex(#"(['"][^\w'"\n]{1,5}['"]),? (?:and )?then (?=\S)"#, with: "$1 + ")
        // "no lead source? then it's Referral": one instruction, not a question and an answer.
        text = text.replacingRegex(#"\b([\w ]{1,30}) (?:empty|blank|missing)\? (?:then )?(?:use|put|make it|set it to|it'?s|copy|take|grab|pull|bring) "#, with: "when $1 is empty use ")
        text = text.replacingRegex(#"\bno ([\w ]{1,30})\? (?:then )?(?:just )?(?:it'?s|it is|use|make it|put|take it from|fill it from|copy it from|fall back to|grab|take|fill (?:it|them) (?:in )?(?:with|from)) "#, with: "when $1 is empty use ")
        // "first skip the Phone column, then …": the order said, not a word of the request.
        text = text.replacingRegex(#"^\s*first,?\s+(?=.*\bthen\b)"#, with: "")
        // "drop row 17 plus record 1000907": a row and a record, each dropped.
        if let verb = Text.firstMatch(text, #"^\s*(?:please )?(drop|remove|delete|skip|exclude)\s+(?:the )?(?:row|record)s?\s+\d+"#) {
            text = text.replacingRegex(#"\s*(?:,|\band\b|\bplus\b|&)\s*(?:the )?(?=(?:row|record) \d)"#, with: "; \(verb) ")
        }
        // "…upper case, and so should the last names": the same again, a part of its own.
        text = text.replacingRegex(#"\s*,?\s+and so (?=(?:should|must|do|does|is|are|can|will|has to|have to|needs to|need to)\s)"#, with: "; so ")
        // "rows 1 and 3 should then read …", "rows 2 and 3 then fail": what the rows then do is no cut.
        text = text.replacingRegex(#"\b(should|must|will|would|can|could) then\b|(?<=\d) then (?=(?:fail|fails|pass|passes|read|reads|show|shows|become|becomes|give|gives|disappear|go|stay|get|come)\b)"#, with: "$1 ")
        // "if the notes are blank then fill them with …": the condition's "then" is no cut.
        text = text.replacingRegex(#"(?m)(^|[.;!?]\s+)((?:if|when|whenever|where|in case)\b[^,.;!?\n]{1,60}?),? then "#, with: "$1$2, ")
        // "… come across after all – would it be at all possible to map …": a request asked after a dash is a part of its own.
        text = text.replacingRegex(#"\s+[-–—]\s+(?=(?:(?:would|could|can|will) (?:it|you|we)|please|i wonder|if it'?s no (?:bother|trouble)|might (?:we|you))\b)"#, with: "; ")
        // "map webinar to Event, tradeshow too": the value or column added at the end is a part of its own.
        text = text.replacingRegex(#"\s*,\s*(?=(?:and |also |plus )?"# + Self.addedAgain + #"[.!]?\s*$)"#, with: "; ")
        var parts = [text]
        for separator in ["\n", ";", ". ", "! ", "? ", " then ", ", then ", ", also ", " and also ", " plus, ", " oh and ", ", oh and ", " and while you're at it ", ", while you're at it ", " while you're at it "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map { part in
            var restored = part
            for (mark, stand) in shield { restored = restored.replacingOccurrences(of: stand, with: mark) }
            // ("tradeshow too" is said as "same for tradeshow", before cleaning takes off its "too".)
            if parts.count > 1, let added = Text.firstMatch(restored.trimmingCharacters(in: .whitespaces), #"^(?:and |also |plus )?("# + Self.addedAgain + #")[.!]?$"#) {
                restored = "same for " + added.replacingRegex(#"\s+(?:too|as well|also)$"#, with: "")
            }
            return clean(restored)
        }.filter { !$0.isEmpty && !Text.contains($0, "^(?:" + greeting + ")$") && !Text.contains($0, restatedRequest) }
    }

    /// The statement and the request of "<statement>, so <request>", cut at the first "so", then at the last.
    static func reasonCuts(_ clause: String) -> [(String, String)] {
        // (The first "so" before the last: "A, so X should be required, and B, so Y …" gives the reason for X.)
        [#"(.+?),? so (.+)"#, #"(.+),? so (.+)"#].compactMap { pattern in
            guard let g = Text.match(clause, pattern) else { return nil }
            let left = clean(g[0]), right = clean(g[1])
            return left.isEmpty || right.isEmpty ? nil : (left, right)
        }
    }

    /// The places a clause may be cut when it does not parse whole: before `and`, `,`, `&`, `plus`,
    /// `but`; each cut gives the text before and after the conjunction.
    static func cuts(_ clause: String) -> [(String, String)] {
        guard let pattern = Text.compiled(#"\s*(?:,\s*and|,\s*but|,\s*so\b|,|\band\b|&|\bplus\b|\bbut\b|\balso\b|\bso\b|\s[-–—](?=\s))\s*"#) else { return [] }
        return pattern.matches(in: clause).prefix(10).compactMap { match in
            guard let cut = Range(match.range, in: clause) else { return nil }
            let left = clean(String(clause[..<cut.lowerBound])), right = clean(String(clause[cut.upperBound...]))
            return left.isEmpty || right.isEmpty ? nil : (left, right)
        }
    }
}
