import Foundation

/// The first stage of reading a question: contractions written without an apostrophe restored,
/// mistyped question words corrected ("wich", "waht", "mnay"), and openings and tails that ask
/// nothing removed ("Quick question:", "Remind me,", "Can you tell me", "on the way in").
enum QuestionText {
    /// Words a question is built from, restored by edit distance when mistyped.
    static let lexicon = [
        "what", "which", "where", "when", "how", "many", "much", "does", "column", "columns", "rows", "records", "happens",
        "imported", "mapped", "change", "changed", "converted", "formatted", "common", "failure", "reason",
    ]

    /// Words close to a lexicon word that are words of their own, never corrected.
    static let ownWords: Set<String> = [
        "were", "here", "whom", "whose", "who", "wheat", "whet", "dose", "doe", "dogs", "rose", "rods", "robs", "row", "mane",
        "happen", "happened", "record", "changes", "charge", "chance", "chang", "imports", "importer", "mapper", "manly", "hoe", "hwy", "hue",
        "whey", "mach", "mush", "mash", "muck", "charged", "converter", "formatter", "dots",
    ]

    /// Contractions written without the apostrophe, and shorthand.
    static let contractions = [
        "hw": "how", "mny": "many", "wat": "what", "wht": "what", "wher": "where", "cols": "columns", "col": "column",
        "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "arent": "aren't", "wont": "won't",
        "wasnt": "wasn't", "werent": "weren't", "cant": "can't", "havent": "haven't", "hasnt": "hasn't", "wouldnt": "wouldn't",
        "whats": "what's", "wheres": "where's", "hows": "how's", "what'd": "what did", "ya": "you",
        "beeing": "being", "droped": "dropped", "exmaples": "examples", "exmaple": "example", "src": "source", "recs": "records",
        "rec": "record", "co": "company", "fname": "first name", "ln": "last name", "hve": "have", "hav": "have", "gimme": "give me",
        // Colloquial verbs for a dropped row: "which rows got binned?", "who'd we nuke?".
        "binned": "dropped", "nuked": "dropped", "ditched": "dropped", "turfed": "dropped", "axed": "dropped", "culled": "dropped",
    ]

    /// Openings that ask nothing themselves.
    static let openings = [
        #"(?:(?:a|one|another|quick|small|silly|simple|random) )*question\s*(?:for you)?\s*[:,\-–—]\s*"#,
        #"open (?:question|point|item|issue)s?\s*[:,\-–—]\s*"#,
        #"(?:a )?quick (?:one|question|check|q)\b\s*[:,\-–—]?\s*"#,
        #"remind me\s*[,:\-–—]?\s*"#,
        #"regression\s*[?:]\s*"#,
        #"(?:a )?(?:quick )?(?:sanity check|question|check)\s*[,:\-–—]+\s*"#,
        // A newcomer's hedges: "sorry if this is obvious, but …", "I'm not sure which …".
        #"(?:sorry|apologies)(?: if| in case)? (?:this is|this's|it's|that's|this question is) (?:obvious|a (?:silly|dumb|stupid|basic|newbie) question|a bit (?:obvious|silly|basic))(?:,\s*but|\s+but|,)?\s*"#,
        #"(?:i'?m|i am) not (?:sure|clear)(?: about)?\s*(?=(?:which|what|how|why|where|who|whether|if)\b)"#,
        #"(?:i )?(?:don't|do not|dont) (?:know|understand|get|see)\s*(?=(?:which|what|how|why|where|who)\b)"#,
        #"(?:can|could|would|will) you (?:please |possibly |perhaps )*(?:tell|remind) me\s*[,:]?\s*"#,
        #"(?:please )?tell me\s*[,:]?\s*"#,
        // Office phrasing: "kindly tell …", "please revert with …" (reply), "let me know …", "kindly share …".
        #"(?:(?:please|kindly|pls|can you|could you)\s+)*(?:tell|share|send|provide|let (?:me|us) know|inform (?:me|us)(?: of| about)?|revert(?: back)?(?: to (?:me|us))? with|get back(?: to (?:me|us))? with|come back(?: to (?:me|us))? with|reply with)(?: (?:me|us))?\s*[,:]?\s*"#,
        #"(?:i was|i'm|i am|we were|we're|just|(?:she|he|(?-i:[A-Z][a-z]+)(?-i: [A-Z][a-z]+)?|the (?:director|boss|client)) (?:was|is|'s)) (?:wondering|curious)(?: about)?\s*[,:]?\s*(?:if |whether )?"#,
        #"(?:i|we) (?:don't|do not) suppose (?:you could|you'd be able to|you might) (?:possibly )?(?:tell|show|let) (?:me|us)(?: know)?\s*[,:]?\s*"#,
        #"i wonder(?: if| whether)?\s*"#,
        #"do you (?:know|remember|happen to know)(?: if| whether)?\s*"#,
        #"(?:any idea|out of curiosity|(?:just )?out of interest|for (?:my own )?interest|just (?:checking|to check|to confirm)|by the way|btw|fyi)\s*[,:\-–—]?\s*"#,
        // "Now that last names must be unique, which rows …": what holds now, before the question.
        #"(?:now that|given that|since|as|seeing that) [^,?]{3,80},\s*(?=(?:what|what's|which|how|why|where|when|who|is|are|does|do|did|can|could)\b)"#,
        #"(?:i'?d|i would|we'?d|we would) like to know\s*"#, #"(?:i|we) (?:want|need) to know\s*"#,
        #"help me understand\s*"#,
        // A question passed on: "Jane wants to know how many have no email", "the client asks which …".
        #"(?:the |my |our )?\w+(?: from \w+)? (?:wants|would like|needs|asked|asks|is asking|was asking|wanted|'d like) to know\s*[:,]?\s*(?:if |whether )?"#,
        #"(?:the |my |our )?\w+(?: from \w+)? (?:asks|asked|is asking|was asking|wonders|wondered)\s*[:,]?\s*(?=(?:what|which|how|why|where|when|who|whether|if|is|are|does|do|did)\b)"#, #"just so (?:i|we) (?:understand|know|'m clear|am clear|are clear)\s*[,:\-–—]?\s*"#, #"wait\s*[,:\-–—]?\s*"#,
        // "Also which have no phone?": a second question leaning on the first.
        #"(?:and )?(?:also|plus|oh and|and)\s*[,:]?\s*(?=(?:what|what's|which|how|why|where|when|who|is|are|does|do|did)\b)"#,
        // "Before I approve anything, I'd like to know …": a clause before the opening of a question.
        #"(?:before|until|while|since|as|because|now that|once) [^,?]{3,80}?,?\s*(?=(?:i'?d|i would|we'?d|we would) (?:like|love) to know\b|(?:i|we) (?:want|need) to know\b|(?:can|could|would) you (?:please )?tell me\b|(?:please )?tell me\b|i (?:was )?wonder)"#,
        // "Before I sign off on the load: which …", "Quick check for the team: what's …": a lead-in before a colon.
        #"(?:before|quick|just|one|another|ok|okay|hi|hello|hey|question|check|sanity|team|fyi|for (?:the |our |my )?(?:team|you|everyone|me|us|audit|sign-?off|minutes|record))\b(?![^:?]*\b(?:column|field|row|record)s?\b)[^:?\d]{0,80}:\s*(?=(?:what|what's|which|how|why|where|when|who|is|are|does|do|did|can|could|will|would)\b)"#,
        #"after (?:this|that|the last change|the change|my change)\s*,\s*"#,
        // "Among the rows we keep, …", "Of the remaining contacts, …", "With Phone skipped, …": the rows or state asked about.
        #"(?:among|of|out of|from|for) (?:the |all (?:the )?)?(?:remaining |kept |imported |loaded )?(?:rows|records|contacts|ones|people|leads)(?: (?:that )?(?:we|you) (?:keep|load|import|are keeping|are loading|are importing)| (?:that )?(?:remain|are left|remaining|left|kept))?\s*,\s*"#,
        #"with [^,?]{3,60},\s*(?=(?:what|what's|which|how|why|where|when|who|is|are|does|do|did)\b)"#,
        #"(?:please )?(?:explain|describe|walk me through|take me through)(?: to me| for me)?\s+(?=(?:what|how|why|where|which|who)\b)"#,
        // "I need to chase the reps, so how many …": the reason before the question.
        #"[^,?]{3,100},? so (?=(?:how|what|which|who|why|where|when|is|are|do|does|did)\b)"#,
    ]

    /// Other ways of asking, rewritten into the plain questions.
    static let forms: [(String, String)] = [
        // A checklist writer's questions, the column first: "external_id: fed from which column?", "Lead source: what column feeds it",
        // "Rows with no email: how many, and which ones?".
        (#"^\s*(?:the )?([\w -]+?)\s*:\s*(?:fed|filled|taken|coming|comes?|populated|sourced) from (?:which|what) (?:source )?(?:column|field)\s*[?.!]*\s*$"#, "which column did you map $1 from?"),
        (#"^\s*(?:the )?([\w -]+?)\s*:\s*(?:which|what) (?:source )?(?:column|field) (?:feeds|fills|populates|is (?:it )?(?:fed|filled|taken) from)(?: it)?\s*[?.!]*\s*$"#, "which column did you map $1 from?"),
        (#"^\s*(?:which|what) (?:source )?(?:column|field) (?:is )?(?:the )?([\w -]+?) (?:is )?(?:being )?(?:taken|fed|filled|populated|sourced) from\s*[?.!]*\s*$"#, "which column did you map $1 from?"),
        (#"^\s*(?:the )?(?:rows|records|contacts|leads) (?:with no|without|missing|lacking) (?:an? |any )?([\w -]+?)\s*:\s*how many(?:,? and which(?: ones)?)?\s*[?.!]*\s*$"#, "how many rows have no $1?"),
        // "are duplicate emails flagged?", "are dupes in company domain allowed": whether the column must be unique.
        (#"^\s*(?:are|is|do|does|will|would) (?:the )?(?:duplicate|duplicated|repeated|dupe|double)s? (?:(?:in|of|on) (?:the )?)?([\w -]+?) (?:get |be )?(?:flagged|allowed|rejected|blocked|checked|caught|ok|okay|fine|accepted)\s*[?.!]*\s*$"#, "is $1 unique?"),
        // "list rows where email is null", "show the records where company is empty".
        (#"^\s*(?:list|show|give me|find)(?: me)? (?:all )?(?:the )?(?:rows|records|contacts|leads|ids|record ids) (?:where|whose|with) (?:the )?([\w -]+?) (?:is|are) (?:null|empty|blank|missing)\s*[?.!]*\s*$"#, "which rows have no $1?"),
        // A question said around its subject: "which record is it that has no company", "what is it that trips up …".
        (#"^\s*(which|what|who)( \w+)? is it that\b"#, "$1$2"),
        // "which of my (old) columns is feeding the external id", "which of my columns does the company domain come from".
        (#"^\s*which of (?:my|our|the|your) (?:old |source |original |own )?(?:columns|fields) (?:is |are )?(?:feeding|feeds|fills|populates|goes into|maps (?:in)?to|is mapped (?:in)?to) (?:the )?([\w -]+?)(?: one| column| field)?(?: (?:in|of) the (?:new )?(?:system|crm|template|target))?\s*[?.!]*\s*$"#, "which column did you map $1 from?"),
        (#"^\s*which of (?:my|our|the|your) (?:old |source |original |own )?(?:columns|fields) (?:does|do|did|will) (?:the )?([\w -]+?)(?: one| column| field)? (?:come|get filled|get its values|take its values) from\s*[?.!]*\s*$"#, "which column did you map $1 from?"),
        // "should we drop the Dev Ops rows?": a decision left to the analyst, answered with the figures it needs.
        (#"^\s*(?:should|shall|must|do|need) (?:we|i)(?: (?:really|still|also|even))? (?:need to |have to )?(?:drop|remove|delete|exclude|skip|bin|ditch|lose|get rid of|keep|import|migrate) (?:the |all (?:the )?|those |these |any )?(.+?) (rows|records|contacts|ones|leads|entries)(?: at all| too| as well)?\s*\??\s*$"#, "how many $1 $2 are there?"),
        // "what trips up most of the rows", "what breaks the most records": the most common failure.
        (#"^\s*what(?:'s| is)? (?:trips up|tripping up|breaks|breaking|fails|failing|catches|catching|hits|affects|knocks out|knocking out)(?: the)? most(?: of the)? (?:rows|records|contacts)(?:,? would you say)?\s*[?.!]*(?:\s+which rule\b[^?]*\??)*\s*$"#, "what is the most common failure reason?"),
        // "how many leads total", "how many contacts are there altogether, before anything is thrown out".
        (#"^\s*how many (?:leads|rows|records|contacts|people|entries)(?: do we have| have we got| are there| we(?:'ve)? got| we have| have we)?(?: (?:in )?total| altogether| all together| all up| overall| in all| in the (?:file|list|export))(?:,? (?:before|ignoring|not counting|without counting) [^?]*)?\s*[?.!]*\s*$"#, "how many rows are there?"),
        // "row 36 - what's wrong with it", "what's wrong with record 1000907".
        (#"^\s*(row|record) (\d+)\s*(?:[-–—:,]\s*)?(?:what'?s|whats|what is) (?:wrong|the matter|the problem) with (?:it|that one|this one)\s*[?.!]*\s*$"#, "why is $1 $2 invalid?"),
        // "is the email address compulsory (in the new system)".
        (#"^\s*(is|are) (?:the )?([\w -]+?) (?:compulsory|mandatory|obligatory|a required field|a must)(?: (?:in|for) the (?:new )?(?:system|crm|template|target|load|import))?\s*[?.!]*\s*$"#, "$1 $2 required?"),
        // "which of them have nothing under Lead Source", "which records were flagged for having no email".
        (#"\b(?:have|has|having) nothing (?:under|in|for) (?:the )?"#, "have no "),
        (#"^\s*(which|how many) (?:of them|records?|rows?|contacts?|people|ones)(?: were| are| got| get| will be)? (?:flagged|marked|rejected|caught|failed|failing)(?: for| because of| as| over)? (?:having |with )?(?:no|an? (?:empty|missing|blank)) ([\w -]+?)\s*[?.!]*\s*$"#, "$1 rows have no $2?"),
        // "how many share an email address with somebody earlier in the list": the duplicates.
        (#"^\s*how many (?:rows |records |contacts |people )?(?:share|repeat|reuse|have the same) (?:an? |the )?([\w -]+?) (?:with|as) (?:somebody|someone|another (?:contact|row|record|person)|an earlier (?:row|contact|record|one)|a previous (?:row|contact|record|one))(?: (?:earlier|before|higher up|above) in the (?:list|file))?\s*[?.!]*(?:\s+(?:there|it)\b[^?]*)?$"#, "how many rows have a duplicate $1?"),
        // A data engineer's checks: "what's the null count on phone", "a blank company cell", "is email enforced
        // unique?", "are we deduping on email", "how many rows will go in?".
        (#"^\s*(?:what'?s|what is|give me|tell me|show me)? ?(?:the )?(?:null|empty|blank|missing) (?:count|number|total) (?:on|for|in|of) (?:the )?([\w -]+?)(?: column| field)?\s*[?.!]*\s*$"#, "how many rows have no $1?"),
        (#"(?<=\b(?:have|has|having|with) )(?:an? |any )?(?:blank|empty|null|missing) ([\w-]+(?: [\w-]+)?) (?:cells?|values?|fields?)\b"#, "no $1"),
        (#"^\s*is (?:the )?([\w -]+?) (?:enforced|checked|validated|kept|required to be|forced to be|set to be) (?:as )?unique\b"#, "is $1 unique"),
        (#"^\s*(?:are|do|will) (?:we|you) (?:de-?dup(?:e|ing|licating)|de-?duplicat(?:e|ing)) (?:on|by) (?:the )?([\w -]+?)\s*[?.!]*\s*$"#, "is $1 unique?"),
        (#"^\s*how many (?:rows|records|contacts|leads) (?:will |would |are going to )?(?:go|get|make it|end up) (?:in|into|through|across)(?: the (?:crm|system|import|load|target))?\s*[?.!]*\s*$"#, "how many rows will be imported?"),
        // Topic first, then the question about it: "the company_domain values, which source column are they from?".
        (#"^\s*(?:the |our )?([\w -]+?),\s*((?:which|what|where|how|who)\b[^,]*?)\b(?:they|it|those|these)\b([^,]*)$"#, "$2the $1$3"),
        (#"^\s*(?:which|what) (?:source )?(?:field|column) (?:are|is) (?:the )?([\w -]+?)(?: values?| data)? (?:from|taken from|coming from|filled from|read from|pulled from)\s*[?.!]*\s*$"#, "which column feeds $1"),
        // "what happens to the company domains with the http stuff in front?": the rule of that column.
        // (Never rows said by what they lack: "what will happen to contacts with no email?".)
        (#"^\s*what (?:happens|is done|do you do|will happen) (?:to|with) (?:the )?(?!(?:contacts?|rows?|records?|leads?|people|entries|ones)\b)([\w -]+?) (?:with|that have|having|which have|when they have) (?!(?:no|an? (?:empty|blank|missing|invalid|bad)|empty|blank|missing|invalid|bad)\b).+$"#, "what happens to $1"),
        // "list the invalid rows in the preview": where the rows are seen is no column to ask about.
        // (Of rows only: "why isn't Contact Owner in the output" asks whether a column is imported.)
        (#"(?<=\b(?:rows|records|contacts|leads|ones|entries)) (?:in|on|from) (?:the )?(?:preview|output|export|results?|current preview)(?=\s*[?.!]*\s*$)"#, ""),
        // "which contacts have no email, give me the ids": the answer names them already.
        (#"\s*[,;]\s*(?:(?:please |pls |and )?(?:give|show|list|tell) (?:me|us) (?:the |their )?(?:record )?(?:ids|row numbers|rows|records|numbers)|(?:ids|row numbers) (?:please|pls))\s*[?.!]*\s*$"#, ""),
        // Office and second-language English: "Could you confirm which source field populates the phone?", "Please
        // confirm the source of created_date.", "from where is coming the email column", "X is filled from which column?".
        (#"^\s*(?:(?:could|can|would) you |please |kindly |pls )*(?:confirm|verify|let (?:me|us) know)(?: (?:to )?(?:me|us))?(?: please)?\s*[,:]?\s*(?=(?:which|what|how|why|where|when|who|whether|if|is|are|does|do|the)\b)"#, ""),
        (#"^\s*(?:(?:could|can|would) you |please |kindly |pls )*(?:check|explain|clarify)(?: (?:to )?(?:me|us))?(?: please)?\s*[,:]?\s*(?=(?:which|what|how|why|where|when|who|whether|if)\b)"#, ""),
        (#"^\s*(?:the )?(?:source|origin) (?:of|for) (?:the )?([\w -]+?)(?: column| field)?\s*[?.!]*\s*$"#, "which column feeds $1"),
        (#"^\s*(?:which|what) (?:source )?(?:field|column) (?:populates|fills|feeds|is feeding|is populating|is filling|goes (?:in)?to|maps to) (?:the )?([\w -]+?)(?: column| field)?(?: in the target)?\s*[?.!]*\s*$"#, "which column feeds $1"),
        (#"^\s*(?:the )?([\w -]+?)(?: column| field)? (?:is|gets|will be|are) (?:filled|populated|fed|taken|sourced|mapped) from (?:which|what) (?:source )?(?:column|field)\s*[?.!]*\s*$"#, "which column feeds $1"),
        (#"^\s*from where (?:is|are|does|do) (?:coming )?(?:the )?([\w -]+?)(?: column| field)?(?: coming)?(?: from)?\s*[?.!]*\s*$"#, "where does $1 come from"),
        (#"^\s*(?:the )?([\w -]+?)\s*,\s*(?:is|are) (?:it|they) (imported|mapped|migrated|loaded|used)\s*[?.!]*\s*$"#, "is $1 $2"),
        (#"^\s*(?:the )?([\w -]+?) (?:is|are) (?:becoming|turning into|mapped to|going to) (?:which|what)(?: lead source| value| target value| option)?\s*[?.!]*\s*$"#, "what does $1 become"),
        (#"^\s*(?:which|what) columns (?:of|in|from) (?:the )?(?:file|source|csv|data) (?:we are|we're|are we|are) not (?:taking|importing|using|bringing|migrating)\b.*$"#, "which source columns are not imported"),
        (#"^\s*after [^,?]{3,60},\s*(?=(?:what|which|how|is|are|does)\b)"#, ""),
        (#"^\s*what (?!(?:does|do|did|is|are|will|would|exactly)\b)(?:the )?([\w -]+?) (rule|rules|check|checks|validation) (?:does|do|is doing|means|is for)(?: exactly)?\s*[?.!]*\s*$"#, "what does the $1 $2 do"),
        (#"^\s*(?:is|are) (?:the )?([\w -]+?) (?:uniqueness|unique check|duplicate check|dedupe|de-duplication) (?:enforced|checked|on|enabled|applied|active|switched on|turned on)\s*[?.!]*\s*$"#, "is $1 unique"),
        (#"^\s*who (?:owns|handles|looks after|manages) (?:the )?((?:record|row|contact|lead|id) #?\d+)\s*[?.!]*\s*$"#, "who is the owner of $1"),
        (#"\bwhat all\b"#, "which"),
        (#"\s+(?:from|in|of) (?:the )?(?:old|previous|legacy|current|source) (?:crm|system|tool|export|database)\b"#, ""),
        (#"\b(?:came in|come in|arrived|arrive|are|were) without (?:an? |any )?(?=\w)"#, "have no "),
        (#"\ball together\b"#, "altogether"),
        (#"^\s*(?:the )?(?:invalid|failing|bad|broken) (?:rows|records|contacts)\s*\??(?:\s*(?:and )?(?:the )?(?:ids?|record ids?|row numbers|which ones|list(?: them)?)(?: please)?)?\s*[?.!]*\s*$"#, "which rows are invalid"),
        (#"^\s*(?:which|what) columns? (?:has|have|carr(?:y|ies)) (?:a |the )?(?:uniqueness|unique|no-duplicates?) (?:rule|check|constraint)s?\s*[?.!]*\s*$"#, "which columns are unique"),
        (#"^\s*(?:which|what) columns? (?:has|have|carr(?:y|ies)) (?:a |the )?(?:required|mandatory|must-have) (?:rule|check|constraint|flag)s?\s*[?.!]*\s*$"#, "which columns are required"),
        (#"^\s*what (?:rule|rules|check|checks|validation) (?:does|do) (?:the )?([\w -]+?) have\s*[?.!]*\s*$"#, "what does the $1 rule do"),
        (#"^(\s*what does .+?\bdo)\s+(?:with|to) (?:the )?(?:values?|ones|entries) (?:outside|not (?:on|in)|off|missing from) (?:the )?(?:list|picklist|allowed (?:list|values))\s*[?.!]*\s*$"#, "$1"),
        // "what happens to lead sources not on the list": what the column's rule does with them.
        (#"^(\s*what (?:happens|will happen|happened) (?:to|with) (?:the )?.+?)\s+(?:that are |which are |that aren't |which aren't )?(?:not (?:on|in)|outside|off|missing from) (?:the )?(?:list|picklist|allowed (?:list|values))\s*[?.!]*\s*$"#, "$1"),
        (#",?\s*(?:(?:could|can|would) you |please )?explain (?:it|that|this)(?: (?:to me|please))?\s*[?.!]*\s*$"#, ""),
        (#"^\s*(?:the )?(?:rows|records|contacts|leads) (?:with|where|whose) (.+?)\s*\?\s*$"#, "how many rows have $1"),
        (#"^\s*((?:record|row|contact) #?\d+)\s*[,:\-–—]?\s*why(?: is it| it's)? (invalid|failing|rejected|flagged|failed)\s*[?.!]*\s*$"#, "why is $1 $2"),
        (#"^\s*do (?:any|some) (?:of (?:our|the|these) )?(?:contacts|rows|records|leads|people) share (?:an? |the same |their )?([\w -]+?)\s*[?.!]*\s*$"#, "which rows have a duplicate $1"), (#"\b(?:is|are) having\b"#, "have"), (#"\bis not having\b"#, "has no"), (#"\bare not having\b"#, "have no"),
        (#"\s+in the (?:target|new system|crm|target system)(?=\s*[?.!]*\s*$)"#, ""),
        // Terse and informal: "how many no email", "count of blank first names", "anything dropped?",
        // "who did we drop and why", "are we losing anybody?", "which rows won't go through",
        // "how many will make it in cleanly", "what fails most often", "src for X", "X rule".
        (#"^\s*how many (?:rows |records |contacts )?(?:no|without|w/o) (.+?)\s*\??\s*$"#, "how many rows have no $1"),
        // "how many contacts are there without any notes", "how many leads do we have with no phone".
        (#"^\s*how many (?:rows|records|contacts|leads|people|entries|ones)(?: are there| do we have| have we got| are| do you see)? (?:without|with no|missing|lacking|that lack|that have no) (?:an? |any |the )?([\w -]+?)(?: at all)?\s*[?.!]*\s*$"#, "how many rows have no $1"),
        (#"^\s*(?:count|number) of (?:blank|empty|missing) (.+?)\s*\??\s*$"#, "how many rows have no $1"),
        // "how many blank first names are there", "how many blanks in E-mail Address", "how many empty cells in Notes".
        (#"^\s*how many (?:blanks?|empty (?:cells|values|ones)|blank (?:cells|values|ones)|nulls|gaps) (?:in|on|for|under) (?:the )?(?:column )?([\w -]+?)(?: column| field)?\s*[?.!]*\s*$"#, "how many rows have no $1"),
        (#"^\s*how many (?:blank|empty|missing) ([\w -]+?)(?: are there| do we have| have we got)?\s*[?.!]*\s*$"#, "how many rows have no $1"),
        (#"^\s*(?:anything|anyone|anybody|any rows?) (?:dropped|removed|excluded|filtered out)\s*\??\s*$"#, "which rows were dropped"),
        (#"^\s*who (?:did|do|will|would) (?:we|you) (?:drop|lose|remove|exclude)\b.*$"#, "which rows were dropped"),
        (#"^\s*(?:are|will) we (?:losing|going to lose|dropping) (?:anybody|anyone|any rows|anything|any contacts|people|rows)\b.*$"#, "how many rows are invalid"),
        (#"^\s*(?:which|what) (?:rows|records|contacts|ones|people|leads)(?: will| would)? (?:won't|will not|wouldn't|would not|don't|do not|can't|cannot|fail to) (?:go through|make it|get in|load|import|pass)\b.*$"#, "which rows are invalid"),
        (#"^\s*(?:which|what) (?:rows|records|contacts|ones|people|leads) (?:will |would )?(?:fail|are failing|are failed)\b.*$"#, "which rows are invalid"),
        (#"^\s*how many (?:of (?:the |these |them )?)?(?:rows |records |contacts |people |leads )?(?:will |would )?(?:actually )?(?:make it in|get in|go through|load|pass|are (?:clean|valid|fine|ok))(?: cleanly| ok| fine| without errors)?\b.*$"#, "how many rows are valid"),
        (#"^\s*how many (?:rows |records |contacts )?(?:would|will) fail\b.*$"#, "how many rows are invalid"),
        (#"^\s*how many (?:of (?:the |our )?)?(?:rows|records|contacts|leads|people)? ?(?:aren't|are not|don't|do not|fail to|won't|will not|can't|cannot) (?:passing|pass|get through|getting through|meeting|meet) (?:the |our |your )?(?:checks?|validation|rules|template)\b.*$"#, "how many rows are invalid"),
        (#"^\s*what (?:fails|breaks|goes wrong) (?:most|the most)(?: often)?\s*\??\s*$"#, "what is the most common failure reason"),
        (#"^\s*what(?:'s| is| are)? (?:failing|breaking|going wrong)(?: validation)? (?:the )?most(?: often)?\b.*$"#, "what is the most common failure reason"),
        (#"^\s*(?:which|what) (?:rows|records|contacts|ones|people|leads) (?:got|were|are|have been|are being|get|will be|would be) (?:taken out|left out|removed|dropped|excluded|filtered out|thrown out|cut)\b.*$"#, "which rows were dropped"),
        (#"\b(?:are|is) failing\b"#, "are invalid"),
        (#"\b(?:the )?(?:#1|number one|no\.? ?1|top|main|biggest|primary) (?:reason|cause|failure|problem|issue)\b"#, "the most common failure reason"),
        (#"^\s*is (?:the )?([\w ]+?) (?:being |getting )?(?:going|mapped|imported|used|ending up|landing|loaded|migrated) (?:anywhere|at all|somewhere)\s*[?.!]*\s*$"#, "what happens to $1"),
        (#"^\s*(?:who|which (?:rows|contacts|records|people|leads)) (?:has|have) no ([\w ]+?)\s*[?.!]*\s*$"#, "which rows have no $1"),
        (#"^\s*how many (?:rows |records |contacts |leads )?(?:will|would) (?:actually )?(?:be )?(?:imported|loaded|migrated|make it)(?: after (?:the )?(?:drops|row rules|filters))?\s*[?.!]*\s*$"#, "how many rows are there in the file"),
        (#"^\s*how many (?:of the )?(?:lead sources?|rows|records|contacts|leads|values) (?:end up as|become|became|turn into|are mapped to|get mapped to|go to|end up in) ['"]?([\w ]+?)['"]?(?: (?:in|for) (?:the )?(?:lead ?source|lead_source)(?: column| field)?)?(?: now| currently| at the moment| so far)?\s*[?.!]*\s*$"#, "which lead source values became $1"),
        // "I don't see the contact owner anywhere in the preview, what happened to it?".
        (#"^\s*i (?:don't|do not|can't|cannot|didn't) see (?:the |any )?(.+?)(?: anywhere| at all)?(?: in the (?:preview|output|export|file|crm))?\s*[,.;-]+\s*(?:so )?(?:what|where)(?:'s| has| did| is)? (?:happened|happen|gone|go|going)(?: to)?(?: it| them)?\s*\??\s*$"#, "what happens to $1"), (#"\b(?:that|which) (?:fail|fails)\b"#, "that are invalid"),
        (#"^\s*(?:source|src) (?:for|of) (?:the )?(.+?)\s*\??\s*$"#, "which column feeds $1"),
        // Said by what is counted or named: "the count of records without email", "the source column
        // used for external_id", "how much contacts", "which columns of the file do we not take over",
        // "what columns stay out of the import".
        (#"^\s*(?:the )?(?:count|number|total|no\.?) of (?:the )?(?:rows|records|contacts|leads|entries|people) (?:without|with no|missing|lacking|w/o|that have no|which have no) (?:an? |the )?(.+?)\s*[?.!]*\s*$"#, "how many rows have no $1"),
        (#"^\s*(?:the )?(?:source )?(?:column|field|header) (?:used |taken |mapped |read )?(?:for|of|into|behind) (?:the )?([\w ]+?)\s*[?.!]*\s*$"#, "which column feeds $1"),
        (#"\bhow much (?=(?:contacts|rows|records|leads|entries|people|emails|phones|companies|values|cells|columns|names|dates|duplicates|of)\b)"#, "how many "),
        (#"\b(?:take over|carry over|bring over|take across|transfer)\b"#, "import"),
        (#"\b(is|are|isn't|aren't|is not|are not)\b(.*?) (?:coming|getting|going) (?:across|through|over|in)\b"#, "$1$2 imported"),
        // "why does row 12 fail?", "how many rows are left after the drop?", "what happens to a contact whose email is empty?".
        (#"^\s*why (?:does|did|do|will|would) ((?:row|record|contact) #?\d+) (?:fail|break|error|get rejected|get flagged)\b.*$"#, "why is $1 invalid"),
        (#",\s*(?:do|will|would|does) (?:you|we|it|vern) (?:change|touch|modify|alter|fix|clean|rewrite) (?:them|it|those)\s*\??\s*$"#, ""),
        (#"^\s*(?:are|is) (?:the )?([\w ]+?) (?:checked|validated|tested) (?:for|against) (?:duplicates|dupes|uniqueness|repeats)\s*\??\s*$"#, "what does the $1 rule do"),
        (#"^\s*how many (?:people|contacts|rows|records|leads) (?:are we|do we have|have we got) (?:missing|without|lacking) (?:an? |the )?([\w ]+?)(?: for)?\s*\??\s*$"#, "how many rows have no $1"),
        (#"^\s*(?:remind me )?what (?:did )?my (?:last|latest|previous) (?:instruction|message|change|request|update) (?:did|do|change|changed)\s*\??\s*$"#, "what changed in the last update"),
        (#"^\s*(?:show|list|give)(?: me)? (?:the |all )?(?:invalid|bad|failing|broken) (?:rows|records|contacts)\s*\??\s*$"#, "which rows are invalid"),
        (#"^\s*why (?:do|does|did|are|is) (?:most|so many|the most|nearly all|almost all) (?:of the )?(?:rows|records|contacts|leads)? ?(?:fail|failing|invalid|rejected|get rejected)\b.*$"#, "what is the most common failure reason"),
        (#"\b(isn't|is not|aren't|are not)\b(.*?) (?:in|into) the (?:output|export|preview|import|crm|target|file)\b"#, "$1$2 imported"),
        (#"^\s*what does the (.+?) (?:rule|check|validation) (?:check|validate|test|look for|require|enforce)\b.*$"#, "what does the $1 rule do"),
        (#"^\s*how many (?:rows |records |contacts |leads )?(?:are |will be |would be )?(?:left|remaining|remain|kept|still there|still in)(?: (?:after|once|when) .+)?\s*\??\s*$"#, "how many rows are there in the file"),
        (#"^\s*what (?:will|would) happen (?:to|with)\b"#, "what happens to"),
        (#"^\s*what happens (?:to|with) (?:a |the |any )?(?:contacts?|rows?|records?|leads?) (?:whose|where the|with an? (?:empty|blank|missing)|with no|without an?|without) ([\w ]+?)(?: (?:is|are) (?:empty|blank|missing))?\s*\??\s*$"#, "what does the $1 rule do"),
        (#"^\s*what happens (?:to|with) (?:the )?([\w ]+?) (?:values? )?(?:that|which) (?:aren't|are not|isn't|is not) (?:on|in) the (?:allowed |permitted |valid )?(?:list|picklist)\b.*$"#, "what happens to $1"),
        (#"\b(?:stay|stays|remain|remains|are left|is left|fall|falls|are kept|is kept) out(?:side)? (?:of )?(?:the )?(?:import|migration|load|mapping|recipe)\b"#, "are not imported"),
        (#"\bcolumns? (?:of|in|from) (?:the |our |my )?(?:file|csv|sheet|spreadsheet|export|data)\b"#, "source columns"),
        // In a spreadsheet's words: "what's the lookup for X, which source header?", "how many blanks
        // in the phone column", "what does the recipe do with X".
        (#"^\s*(?:what(?:'s| is)|where(?:'s| is)) the (?:lookup|source|source header|source column|mapping) (?:for|of|behind) (?:the )?([\w ]+?)(?:\s*,.*)?\s*\??\s*$"#, "which column feeds $1"),
        (#"^\s*how many (?:blanks|blank cells|empty cells|empties|gaps|missing values|empty values|nulls) (?:are there )?(?:in|for|under|on) (?:the )?([\w ]+?)(?: column| field)?\s*\??\s*$"#, "how many rows have no $1"),
        (#"^\s*what (?:does|will|would) (?:the recipe|the mapping|it|vern|the import|the migration) do (?:with|to) (?:the )?([\w ]+?)(?: column| field)?\s*\??\s*$"#, "what does the $1 rule do"),
        (#"^\s*(?:the )?(.+?) (?:comes? )?from where\s*\??\s*$"#, "which column feeds $1"),
        (#"^\s*what(?:'s| is| are) (?:the )?(.+?) (?:built|made|taken|derived) from\s*\??\s*$"#, "which column feeds $1"),
        (#"^\s*(?!(?:explain|describe|show|what|which|how|tell|give|list)\b)(?:the )?([\w ]+?) rule\s*\??\s*$"#, "what does the $1 rule do"),
        (#"^\s*([\w ]+?)\s*(?:<-|←|=)\s*\?+\s*$"#, "which column feeds $1"),
        (#"^\s*count\(\s*([\w ]+?)\s*=+\s*(?:empty|blank|null|none|'')\s*\)\s*\??\s*$"#, "how many rows have no $1"),
        (#"^\s*from which (?:source )?column (?:comes|does) (?:the )?([\w ]+?)(?: come)?\s*\??\s*$"#, "which column feeds $1"),
        (#"^\s*([\w ]+?) (?:date )?order\s*\?+\s*$"#, "what is the date order of $1"),
        (#"\bthe rule (?:for|on) (?:the )?([\w]+(?: [\w]+)?) do\b"#, "the $1 rule do"),
        // "it lacks the phone in many rows, how many": the rows without it, counted.
        (#"^\s*(?:it |they |the file |the data )?(?:lacks?|is missing|are missing|misses|miss) (?:the |an? )?([\w -]+?) in (?:many |some |a lot of |lots of |several |a few )?(?:rows|records|contacts|places)?,? how many(?: (?:rows|records|contacts))?\s*\??\s*$"#, "how many rows have no $1?"),
        // The question word last: "rows without company how many", "email come from which column".
        (#"^\s*(.+?),? how many\s*\??\s*$"#, "how many $1"),
        (#"^\s*(?:the )?([\w ]+?) (?:comes?|is coming|is taken|is filled|is fed) from which (?:source )?column(?: now| currently| at the moment| today)?\s*\??\s*$"#, "which column feeds $1"),
        // "which column is going in company_domain?", "from where comes the email".
        (#"^\s*(?:which|what) (?:source )?(?:column|field) (?:is|are) (?:going|put|mapped|coming|moved|sent) (?:in|into|to|inside) (?:the )?([\w -]+?)(?: column| field)?(?: now| currently)?\s*[?.!]*\s*$"#, "which column feeds $1"),
        (#"^\s*from where (?:comes?|come) (?:the )?([\w -]+?)(?: column| field)?(?: now| currently)?\s*[?.!]*\s*$"#, "which column feeds $1"),
        // "the phone is unique or not", "is email required or not": a rule asked either way.
        (#"^\s*(?:is )?(?:the )?([\w -]+?) (?:is )?(unique|required|mandatory|optional|obligatory)(?:,)? or not\s*\??\s*$"#, "is $1 $2?"),
        // "after the drop, how many rows stay": the rows there are now.
        (#"^\s*(?:after (?:the|that|this|my) (?:drop|change|update|step|last change),?\s*)?how many (?:rows|records|contacts|leads) (?:stay|remain|are left|are kept|survive|are still there|are there now)\s*\??\s*$"#, "how many rows are there?"),
        // "… - row numbers and record ids please": how to list the rows, which every answer does anyway.
        (#"^(.+?)\s*(?:[-–—,:(]|\bwith)\s*(?:the )?(?:row numbers?|rows?|record ids?|ids|external ids?)(?:\s*(?:and|&|\+|,)\s*(?:the )?(?:row numbers?|record ids?|ids|external ids?))*(?: please| pls)?\)?\s*[?.!]*\s*$"#, "$1"),
        // A version control's words for the last change ("diff of the last revision"), and a question
        // said as its object alone ("any bad company_domain values").
        (#"^\s*(?:(?:show|give)(?: me)? )?(?:the )?(?:diff|delta|changelog|change log|changes?)(?: of| for| in| from)? (?:the )?(?:last|latest|previous|most recent) (?:recipe )?(?:revision|version|update|change|commit|edit|run|step)\s*\??\s*$"#, "what changed in the last update"),
        // "list the source columns we drop on import and why": the columns not imported.
        (#"^\s*(?:list|show|give|name)(?: me)? (?:the |all |any )?(?:source )?columns (?:(?:that )?(?:we|you) |that are |which are )?(?:drop|skip|leave out|ignore|don't import|do not import|not imported|are not imported|aren't imported|are dropped|are skipped|are left out)\b.*$"#, "which source columns are not imported"),
        // "no phone country set, is that right": what the rule does.
        (#"^\s*(?:so )?no ([\w ]+?)(?: (?:region|country|format|setting|default|code))? (?:is )?(?:set|given|configured|specified|defined|chosen),? (?:is that|is this|that's|thats) (?:right|correct|intended|expected|ok|okay|on purpose|by design)\s*\??\s*$"#, "what does the $1 rule do"),
        (#"^\s*(?:any|got any|see any) (?:bad|invalid|broken|wrong|failing|dodgy) (.+?)(?: values?| entries| cells)?\s*\??\s*$"#, "show examples of bad $1 values"),
        // "…, and which ones?": the rows are listed with the count anyway.
        (#",? and which (?:ones|rows|records|contacts)\s*\??\s*$"#, ""),
        (#"^(\s*(?:which|what)\b.+?),? and why\s*\??\s*$"#, "$1"),
        (#"^\s*what happens to (?:the )?(.+?) values? (?:that|which) (?:don't|do not|doesn't|does not) (?:match|fit)\b.*$"#, "what happens to $1"),
        // "how many members haven't got a signup date", "… don't have a channel recorded": what is lacking.
        (#"\b(?:haven't|have not) got\b"#, "have no"), (#"\b(?:hasn't|has not) got\b"#, "has no"),
        (#"(\b(?:no|without|lack|lacks|lacking|missing|don't have|do not have|doesn't have|does not have|have no|has no)\b.+?) (?:recorded|on file|filled in|provided|listed|entered|given|set|stored)\s*(\??)\s*$"#, "$1$2"),
        // Failing said many ways: "how many rows fail", "would be rejected", "the leading cause of rejected rows".
        (#"\b(rows?|records?|contacts?|ones|people|leads)(?: would| will| do| does| that| which)? (?:fail|be rejected|get rejected|are rejected|are getting rejected)\b"#, "$1 are invalid"),
        (#"\b(?:rejected|failing|failed) (rows|records|contacts|leads)\b"#, "invalid $1"),
        (#"\b(?:are|is) (?:being |getting )?rejected\b"#, "are invalid"),
        (#"^\s*(?:which|what) (?:rule|check|validation|column|field) (?:fails|breaks|is failing) (?:the )?most(?: often)?\b.*$"#, "what is the most common failure reason"),
        (#"\b(?:the )?(?:leading|most frequent|commonest) (?:reason|cause|failure|problem|issue)\b"#, "the most common failure reason"),
        // What feeds a column: "which source fields make up X", "is X taken from A or from B".
        (#"\b(fields?|columns?|headers?) (?:make|makes) up\b"#, "$1 feed"),
        (#"^\s*is (?:the )?([\w ]+?) (?:taken|coming|fed|filled|mapped|populated|read|built) from .+? or (?:from )?.+$"#, "which column feeds $1"),
        (#"^\s*where (?:each|every|all(?: the)?) (?:template )?columns? (?:gets?|comes?|takes?) (?:its|their) (?:data|values?)(?: from)?\b.*$"#, "show the recipe"),
        // The rules of every column: "which template columns are required", "which columns have to be unique".
        (#"^\s*(?:which|what) (?:template |target |of the )?(?:columns|fields) (?:are|is|must be|have to be|has to be|need to be|should be)(?: now)? (required|mandatory|obligatory|compulsory|unique)\b.*$"#, "which columns are $1"),
        // The phone region: "what phone region are you using", "which phone region is set".
        (#"^\s*(?=.*\b(?:phone|region|calling|dial)\w*\b)(?:what|which)(?:'s| is)? (?:the )?(?:phone |default )?(?:region|country)(?: code)?\b(?!.*\b(?:row|record|rows|records)\b).*$"#, "what does the phone rule do"),
        // Whether a column goes anywhere: "does the load keep the Lifecycle Stage anywhere".
        (#"^\s*does (?:the )?(?:load|import|migration|recipe|crm|target|mapping|output) (?:keep|include|use|import|carry|have|bring over|take) (?:the )?([\w ]+?)(?: column| field)?(?: anywhere| at all)?\s*[?.!]*\s*$"#, "what happens to $1"),
        (#"^\s*is (?:the )?([\w ]+?)(?: column| field) (?:being |getting )?(?:going|mapped|imported|used|ending up|landing|loaded|migrated) (?:anywhere|at all|somewhere)(?: in the (?:target|crm|import|load|output|new system))?\s*[?.!]*\s*$"#, "what happens to $1"),
        // Rows lacking a value: "which of my rows lack X", "records that come without X", "is there anyone without X".
        (#"\bwhich of (?:my|our|the|these|those) (rows|records|contacts)\b"#, "which $1"),
        (#"\bhow many of (?:my|our|these|those) (rows|records|contacts)\b"#, "how many $1"),
        (#"\b(?:come|came|arrive|arrived|will end up|would end up|end up) (?:without|with no)\b"#, "have no"),
        (#"^\s*(?:is there|are there) (?:anyone|anybody|any ?one|any (?:rows?|records?|contacts?|people))(?: at all)? (?:without|with no|missing|lacking) (?:an? |the )?(.+?)\s*\??\s*$"#, "which rows have no $1"),
        // A reviewer's words: "is Contact Owner going to be loaded", "which personal data fields are we migrating",
        // "how many records are going to fail validation", "for how many records is the Lead Source blank".
        (#"^\s*(?:is|are) (?:the )?([\w ]+?)(?: column| field)? (?:going to be|to be|gonna be) (?:imported|mapped|migrated|loaded|moved|transferred|carried over)(?: at all| over| across)?\s*[?.!]*\s*$"#, "is $1 imported"),
        (#"^\s*(?:which|what) (?:personal |personal data |pii |customer |contact )?(?:fields|columns|data|details|information)(?: fields)? (?:are we|will we be|are you|will you be|do we|will we) (?:migrating|moving|loading|importing|transferring|carrying over|bringing over|migrate|move|load|import|transfer)(?: over| across)?(?: (?:to|into) (?:the )?(?:new )?(?:crm|system|salesforce|hubspot))?\s*[?.!]*\s*$"#, "show the recipe"),
        (#"\b(?:are|is) going to (?:fail|not pass) (?:the )?(?:validation|checks|rules)\b(?!\s+(?:if|when|once|after)\b)"#, "are invalid"),
        (#"\b(rows?|records?|contacts?|ones|people|leads) (?:fail|fails|don't pass|do not pass) (?:the )?(?:validation|checks|rules)\b(?!\s+(?:if|when|once|after)\b)"#, "$1 are invalid"),
        (#"^\s*for how many (rows|records|contacts|leads|people) (?:is|are) (?:the )?([\w ]+?) (?:blank|empty|missing|not (?:set|given|filled in))(?:\s*,\s*(?:so|because|since|as)\b.*)?\s*[?.!]*\s*$"#, "how many $1 have no $2"),
        // "what you just changed": the last change.
        (#"^\s*what (?:you|we|i) (?:just |last |recently )?(?:changed|did|made|edited)\b.*$"#, "what changed in the last update"),
        // Rows sharing a value: "which contacts share an email address".
        (#"^\s*(?:which|what|any|are there(?: any)?) (?:rows?|records?|contacts?|people|ones) (?:share|shares|have the same|has the same|use the same|uses the same) (?:an? |the )?([\w -]+?)(?: (?:with|as) .+?)?\s*\??\s*$"#, "which $1 values are duplicates"),
        (#"^\s*how many (?:rows|records|contacts) (?:go|get|make it|end up|are going) (?:into|in|to) (?:the )?(?:crm|target|system|new system|load|import)\b.*$"#, "how many rows are there in the file"),
        // Where a source column goes: "which template column does Contact Owner end up in".
        (#"^\s*(?:which|what) (?:template |target |crm )?(?:column|field) (?:does|will|did) (?:the )?([\w ]+?) (?:end up in|go (?:in|into|to)|land in|feed|map to|get mapped to|become)\s*[?.!]*\s*$"#, "what happens to $1"),
        (#"^\s*how many (?:rows|records|contacts) (?:does|will|would) (?:the )?([\w ]+?) (?:requirement|required rule|rule|check) (?:hit|affect|flag|catch|fail)\b.*$"#, "how many rows have no $1"),
        (#"\b(?:had|has) no\b"#, "have no"),
        (#"^\s*(?:which|what) (?:record ids|ids|record numbers|external ids)\b"#, "which rows"),
        (#"^\s*what (?:fails|breaks|goes wrong) (?:most|the most)(?: often)? in (?:this|the) (?:file|data|import|sheet)\s*\??\s*$"#, "what is the most common failure reason"),
        (#"^\s*how many (?:rows |records |contacts )?(?:will |would )?import (?:cleanly|ok|fine|without errors)\b.*$"#, "how many rows are valid"),
        (#"^\s*who (?:has|have) (?:a |any )?(?:duplicate|duplicated|repeated) ([\w ]+?)s?\s*\??\s*$"#, "which $1 values are duplicates"),
        (#"^\s*what (?:format|shape|form) (?:do|will|are|does) (?:the )?(?:created )?dates?\b.*$"#, "what is the date order"),
        (#"^\s*what (?:would|will|does|do) ([\w ]+?) (?:turn into|become|map to|end up as)\s*\??\s*$"#, "what happens to $1"),
        (#"\bhow many of (?:these|those|them)\b(?= (?:have|has|are|is|lack|lacks|miss|don't|do not|doesn't|got|come|will|would|end up))"#, "how many rows"),
        (#"^\s*(?:are|is) (?:we|you) leaving (?:any |some )?(?:source )?(?:columns?|fields?|data) behind\b.*$"#, "which source columns are not imported"),
        (#"^\s*from which (?:source )?(?:column|field) (?:is |does )?(?:the )?([\w ]+?) (?:is )?(?:coming|comes?|taken|filled)(?: from)?\s*\??\s*$"#, "which column feeds $1"),
        (#"^\s*how many (?:valid|good|clean|ok|okay|correct) (?:rows|records|contacts|leads)\b.*$"#, "how many rows are valid"),
        (#"^\s*(?:are there|is there|any|do we have|have we got|got)(?: any)? (?:duplicate|duplicated|repeated|double) ([\w ]+?)s?\s*\??\s*$"#, "which $1 values are duplicates"),
        (#"^\s*(?:the )?([\w ]+?)(?: column| field)?\s*[,:\-–—]\s*what(?:'s| is)? (?:happening|happens|going on|being done|will happen) (?:with|to) (?:it|them)\s*\??\s*$"#, "what happens to $1"),
        (#"^\s*what (?:happens|will happen|would happen) (?:to|with) (?:record |contact |id |the record |the contact )?(\d{5,})\b.*$"#, "record $1"),
        (#"^\s*what does the (.+?) rule do (?:when|if|for) .+$"#, "what does the $1 rule do"),
        // "who's missing a first name", "who doesn't have a phone": the rows lacking it.
        (#"^\s*who(?:'s| is| are)? (?:missing|lacking|without|has no|have no|doesn't have|does not have|don't have)(?: an?| the| any)? (.+?)\s*\??\s*$"#, "which rows have no $1"),
        // "which rows have Webinar as their lead source": the rows of that value.
        (#"^\s*(?:how many|which) (rows|records|contacts|leads) (?:have|has|got) ['"]?([^'"]+?)['"]? as (?:their|its|the) ([\w ]+?)(?: now| today)?\s*\??\s*$"#, "how many $1 have $2 as $3"),
        // "what will lead source be for the Newsletter row": what that value becomes.
        (#"^\s*what (?:will|would|does|do) (?:the )?([\w ]+?) (?:be|become|end up as|turn into) for (?:the )?['"]?([^'"]+?)['"]? (?:rows?|ones?|contacts?|leads?|records?)\s*\??\s*$"#, "what happens to $2"),
        // "where's lead_source coming from", "is notes still fed by the Notes column".
        (#"^\s*(?:hey,? )?where(?:'s|s| is| does) (?:the )?([\w ]+?) (?:coming|come|comes|taken|filled|fed) from\s*\??\s*$"#, "which column feeds $1"),
        (#"^\s*(?:is|are) (?:the )?([\w ]+?) (?:still )?(?:fed|filled|taken|populated|coming) (?:by|from|with) .+$"#, "which column feeds $1"),
        (#"^\s*(?:which|what) (?:source )?(?:columns|fields|data) (?:do|will|would|are) (?:we|you) (?:lose|losing|drop|dropping|leave out|leaving out|leave behind|leaving behind)\b.*$"#, "which source columns are not imported"),
        (#"^\s*what (?:did|have) (?:u|you|we) (?:just |last |recently )?(?:change|changed|do|done)\b.*$"#, "what changed in the last update"),
        (#"^\s*how many (?:rows|records|contacts) (?:would|will) (?:be )?(?:valid|pass|load|import cleanly)\b.*$"#, "how many rows are valid"),
        // "what exactly are you doing to X before import": the question without its hedges.
        (#"\b(what|how|which|where) exactly\b"#, "$1"), (#"\s+(?:before|on|during|at|after) (?:the )?(?:import|migration|load|upload)\s*(\??)\s*$"#, "$1"),
    ]

    /// Tails that ask nothing: where in the migration the question is about.
    static let tails = #"\s*,?\s*\b(?:on the way (?:in|through|over)|during (?:the )?(?:import|migration|load)|when (?:you|we) import (?:it|them|the file)|now that [^?]+|after (?:making|setting|turning|changing|dropping|skipping|adding|removing) [^?]+|after (?:that|this|the|my) (?:last )?(?:change|update|edit)|if (?:we|you|i) (?:loaded|load|imported|import|ran|run)(?: it| this)?(?: today| now| right now)?|at this point)$"#

    /// Hedges after a question that ask nothing: ", roughly", "now", "at the moment", "for me".
    static let hedges = #"\s*,?\s*\b(?:roughly(?: speaking)?|approximately|approx|more or less|give or take|ballpark|or so|ish|(?:just |right )?now|currently|at the moment|at present|these days|today|so far|for me|for us|please|pls|plz|then|again|exactly|by any chance|if you know|if you can|just curious|out of curiosity|for example|for instance|e\.g\.?|lol|haha|thx|thanks|cheers|ta)\s*[?.!]*$"#

    /// Openings of a sentence that comments rather than asks: "I want to chase those accounts.",
    /// "Just want to know before I decide on a default.", "Thanks!".
    static let comment = #"^(?:(?:i|we)(?:'m|'d|'ve|'ll| am| are| will| would| have| had)?|just|thanks|thank you|cheers|ok|okay|no rush|no hurry|because|since|it's for|this is for|for context|asking for|asking because)\b"#

    /// What makes such an opening a question after all: "I'd like to know where X comes from".
    static let askedAfterAll = #"\b(?:know|wonder\w*|curious|tell me|understand|check|see)\s+(?:about\s+)?(?:where|what|which|how|if|whether|why|who|when|whose)\b"#

    /// The sentences of a message that ask something: a sentence that only comments ("I want to
    /// chase those accounts.") is left out; a message of comments only is kept whole.
    static func askingSentences(_ message: String) -> [String] {
        let cut = message.replacingOccurrences(of: "’", with: "'")
            .replacingRegex(#"(?-i)(?<=\?)\s+|(?<=[a-z0-9)"'][.!])\s+(?=[A-Za-z"'])"#, with: "\u{0}")
        let sentences = cut.split(separator: "\u{0}").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // "e.g." or "no." is no sentence end: a sentence of fewer than three words leans on its neighbour.
        guard sentences.count > 1, sentences.allSatisfy({ $0.split(separator: " ").count >= 3 || Text.contains($0, comment) }) else { return [message] }
        // "I'm not sure I understand the unique rule on email. What does it do exactly?": "it" is what the
        // statement before names.
        let resolved = sentences.indices.map { index -> String in
            guard index > 0, let named = Text.firstMatch(sentences[index - 1], #"\b(?:understand|get|follow|see|know about|sure about|confused (?:about|by)|wondering about|curious about) (the [^,.;!?]{3,60}?)[.!]?$"#),
                let pronoun = sentences[index].range(of: #"\b(?:it|that|this)\b(?! (?:is|was) (?:the )?(?:case|right|correct|so)\b)"#, options: [.regularExpression, .caseInsensitive])
            else { return sentences[index] }
            return sentences[index].replacingCharacters(in: pronoun, with: named)
        }
        let asking = resolved.filter { $0.hasSuffix("?") || !Text.contains($0, comment) || Text.contains($0, askedAfterAll) }
        return asking.isEmpty ? [message] : asking
    }

    /// "how many rows have no phone and make phone optional", "A question and a request: how many
    /// contacts have no created date? And could we fill those with 2020-01-01?": a question, then a
    /// request, each on its own; "those" in the request is what the question counted ("the empty
    /// created date"). Nil unless the message opens with a question and goes on with a request.
    static func questionThenRequest(_ message: String) -> (question: String, request: String)? {
        let text = message.replacingOccurrences(of: "’", with: "'")
            .replacingRegex(#"^\s*(?:(?:so|um|uh|ok|okay|hi|hey|sorry|also)[,!.]?\s+)*(?:(?:i have |here'?s |got )?(?:a|one) question and (?:a|one) request|(?:a )?quick question(?: and (?:a )?request)?|two things)\s*[:,.-]?\s*"#, with: "")
            .replacingRegex(#"^\s*(?:(?:so|um|uh|ok|okay)[,]?\s+)+"#, with: "")
        let asking = #"(?:how many|which|what|who|where|why|whose|is there|are there|do we|does any|did any)\b"#
        let asks = #"(?:(?:uh|um|also|then|and|please|so)[,]?\s+)*(?:(?:could|can|would|will) (?:you|we)\b|please\b|(?:make|drop|map|set|use|trim|fill|put|skip|remove|add|change|turn|keep|exclude|import|don't|do not|lower-case|upper-case|title-case)\b)"#
        guard let g = Text.match(text, #"\s*("# + asking + #"[^?]{3,200}?)(?:\s*\?+\s*|\s+and\s+(?=(?:uh |um )?"# + asks + #"))((?=(?:and\s+)?"# + asks + #").+?)\s*[?.!]*\s*"#) else { return nil }
        var request = g[1].replacingRegex(#"^(?:and|also|then|so)[,]?\s+"#, with: "")
        // ("… have no created date? And could we fill those with …": the rows the question counted.)
        if let counted = Text.firstMatch(g[0], #"\b(?:no|without|missing|empty|blank|lack(?:ing)?) (?:an? |the |any )?([\w -]{2,30}?)\s*$"#) {
            request = request.replacingRegex(#"\b(?:fill|populate|set) (?:those|them|these)\b"#, with: "fill the empty \(counted)")
                .replacingRegex(#"^((?:please )?(?:drop|remove|delete|skip|exclude)) (?:those|them|these)(?: rows| records| contacts| ones)?\b"#, with: "$1 the rows without \(counted)")
        }
        return (g[0] + "?", request)
    }

    /// The question as the clarifier reads it. Words of `keeping` (column names and values of the
    /// data, lower case) are never corrected.
    static func normalise(_ question: String, keeping: Set<String> = []) -> String {
        var text = correct(ChatShorthand.expand(question.replacingOccurrences(of: "’", with: "'")).replacingRegex(#"(?<![\w'])'em\b"#, with: "them"), keeping: keeping)
            // "…, do you know?", "…, I wonder?": a tag that asks nothing more.
            .replacingRegex(#"\s*,\s*(?:do you (?:happen to )?know|d'you know|any idea|i wonder|if you know|by any chance|would you say|do you think|at a guess|roughly)\s*(?=[?.!]*\s*$)"#, with: "")
            // "… – could you show me?", "… at the moment": asks nothing more.
            .replacingRegex(#"\s*(?:[,;]|\s[-–—])\s*(?:could|can|would) you (?:show|tell|list|give) (?:me|us)(?: them| which| please)?\s*(?=[?.!]*\s*$)|\s+(?:at the moment|currently|right now|at present)\s*(?=[?.!]*\s*$)"#, with: "")
        // Questions written as notation or in another word order: "lead_source <- ?", "count(X = empty)?",
        // "from which column comes X", "created_date order?", "the rule for X".
        for (pattern, template) in forms {
            text = text.replacingRegex(pattern, with: template)
        }
        text = stripOpenings(text)
        // (A form after an opening: "Just so I understand, what's X built from?".)
        for (pattern, template) in forms {
            text = text.replacingRegex(pattern, with: template)
        }
        text = InstructionParser.normalise(text)
        text = stripOpenings(text)
        var previous = ""
        while previous != text {
            previous = text
            text = text.replacingRegex(tails, with: "")
                .replacingRegex(hedges, with: "")
        }
        return text
    }

    /// The openings, each compiled once as the start of a whole question.
    private static let openingPatterns = openings.compactMap { Pattern("^(?:" + $0 + "(.+))$") }

    /// The question without openings that ask nothing ("Quick question:", "Remind me,").
    static func stripOpenings(_ text: String) -> String {
        var value = text.trimmingCharacters(in: .whitespaces)
        var previous = ""
        while previous != value {
            previous = value
            for opening in openingPatterns {
                if let rest = Text.groups(of: opening, in: value) { value = rest[0].trimmingCharacters(in: .whitespaces) }
            }
        }
        return value
    }

    /// Restores contractions and mistyped lexicon words; names and values are left alone.
    static func correct(_ text: String, keeping: Set<String> = []) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { index, piece in
            let word = String(piece)
            let core = word.trimmingCharacters(in: .punctuationCharacters)
            let lower = core.lowercased()
            if !keeping.contains(lower), let whole = contractions[lower] { return word.replacingOccurrences(of: core, with: whole) }
            // Capitalised words past the first are names or values ("Webinar"), never corrected.
            guard core.count >= 3, lower.allSatisfy(\.isLetter), core == lower || index == 0, !lexicon.contains(lower),
                !ownWords.contains(lower), !keeping.contains(lower), let hit = closest(lower)
            else { return word }
            return word.replacingOccurrences(of: core, with: core == lower ? hit : hit.capitalized)
        }.joined(separator: " ")
    }

    /// The lexicon word `word` is a typo of: two neighbouring letters swapped, or (from four letters)
    /// one letter added, dropped or changed, or (in words of eight letters or more) two; the first
    /// letter always kept, and a longer word starting with a lexicon word ("whatever") left alone.
    private static func closest(_ word: String) -> String? {
        let hits = lexicon.filter { candidate in
            guard candidate.first == word.first, !word.hasPrefix(candidate), word.count >= 5 || !candidate.hasPrefix(word) else { return false }
            let distance = Text.editDistance(candidate, word)
            if candidate.count == word.count, distance == 1, Clauses.isSwap(candidate, word) { return true }
            guard word.count >= 4 else { return false }
            return distance <= (candidate.count >= 8 ? 2 : 1) && abs(candidate.count - word.count) <= 1
        }
        return hits.count == 1 ? hits[0] : nil
    }
}
