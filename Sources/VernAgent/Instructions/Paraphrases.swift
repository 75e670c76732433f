import Foundation

/// Everyday ways of saying an instruction, rewritten into the plain form the intents read
/// ("X has stray spaces at the ends" → "trim X"). Each rewrite keeps every name and value the
/// analyst wrote; it only replaces the words that say what to do, so a name that cannot be
/// placed still fails later with its own question.
enum Paraphrases {
    private static let spaces = #"(?:white ?space|spaces|blanks|padding)"#
    private static let empty = #"(?:empty|blank|missing|not filled(?: in)?|not set)"#
    /// Words that name rows, not a column: a phrase starting with one is a row rule, never rewritten as a column's.
    private static let notRows = #"(?!(?:rows?|records?|contacts?|leads?|entries|entry|anything|everything|anyone|people)\b)"#

    /// A thing named before the subject and verb about it: a few words, none a pronoun, verb or negation.
    /// The rest of a sentence after the column a rule requires, when it asks for nothing else: "every
    /// contact must have a company, the CRM needs it", never "…, otherwise use the Company Domain".
    private static let whatElse = #"(?:,(?!\s*(?:otherwise|or else|else|if not|failing that|and|but|or)\b).*)?"#
    private static let fronted = #"((?:(?!\b(?:we|i|you|they|it|is|are|was|were|be|not|please|must|should|can|will|do|does|don't|to|if|when|where)\b)[\w' -]){2,40}?)"#

    /// Synonyms of column words, read as the words the template uses.
    private static let synonyms: [(String, String)] = [
        // Colloquial verbs and words (Australian and British ops talk): "chuck out", "nuke row 17", "bin the
        // rows where …", "whack X in notes", "the email's dodgy", "gotta", "how many got no phone", "ctrl-z that".
        (#"\b(?:chuck|throw|toss|kick|turf) (?:out|away)\b"#, "drop"),
        (#"\b(?:nuke|turf|axe|bin)\b(?=\s+(?:(?:the|those|these|all|any|every|that|this)\b|anything|everything|anyone|rows?\b|records?\b|\d))"#, "drop"),
        (#"\b(?:chuck|whack|shove|bung|stick|pop)\b(?=\s+(?!(?:out|away|off|to|with|around|up|at|by)\b))"#, "put"),
        (#"\b(?:ctrl|cmd|control|command)\s*[-+]?\s*z\b(?: (?:that|it|this))?"#, "undo the last change"), (#"\bgo back (?:(?:one|a|1) (?:step|version|revision|change)|one(?=\s*(?:[,.;!?]|$)))"#, "undo the last change"),
        (#"(?:'s|'ve)? gotta\b"#, " must"),
        (#"\b(?:nuke|turf|bin|axe|ditch) (it|them|em)\b"#, "leave $1 out"), (#"\bgonna\b"#, "going to"), (#"\bwanna\b"#, "want to"),
        (#"\b(?:an? )?(?:busted|dodgy|wonky|dud|borked|stuffed)\b"#, "invalid"),
        (#"(?-i)\b(?!(?:it|that|there|what|who|he|she|let|here|where|how)'s)([a-z][\w-]*)'s (?=(?:not|an?|the|invalid|empty|blank|missing|coming|going|already|always|never|fine|ok|okay|spot on)\b|(?:an? )?['"]?[A-Z][\w-]*['"]?(?:\s*[,.;!]|\s*$|\s+(?:and|too|obviously|really|surely)\b))"#, "$1 is "),
        (#"\bis an? (?:must-?have|must)(?: field| column| value)?\b"#, "is required"),
        // "with '-' in the middle", "', ' between em": the separator said by where it goes.
        (#"\s*,?\s*(?:(?:with|use|using|put|and) (?:an? )?)?(['"])([^'"]+)\1 (?:in the middle|in between|between(?: (?:them|each|the two))?)$"#, " separated by '$2'"),
        (#"\bwith (?:an? )?(['"])([^'"]+)\1 (?:in the middle|in between|between (?:them|each|the two))\b"#, "separated by '$2'"),
        // "don't bother importing the created date": not imported.
        (#"\b(?:don't|do not|dont|no need to) bother (?:with )?(?:importing|migrating|loading|bringing over|bringing across|carrying over|mapping)\b"#, "don't import"),
        // "unknown lead sources stay Other", "unmapped lead sources default to Other": the fallback.
        (#"^(?:all |any |the )?(?:unknown|unmapped|unmatched|unrecogni[sz]ed|leftover|remaining) (lead sources?|sources?|channels?) (?:stay|stays|remain|go to|goes to|default to|fall back to|become|go in|go into|end up in|land in|are) "#, "anything else in lead source becomes "),
        // "the 'Website' lead source is Web": a value quoted, then the column it is a value of.
        (#"^(?:the )?(['"][^'"]+['"]) ([\w ]{2,30}?)(?: value)? (?:is|are|=|means|should be|becomes|maps to) (.+)$"#, "in $2, map $1 to $3"),
        // "notes should be fed by Lifecycle Stage, not Contact Owner", "blank lead sources should be Email, not Web": the one not meant.
        // (Never a second rule said with "not": "email is not unique, not required" says both.)
        (#"^((?:(?!\b(?:not|never|no)\b|n't\b).)+?\b(?:by|from|to|into|be|is|are|as)\s+(?:the )?['"]?[\w' -]+?['"]?),\s*(?:and )?not (?!(?:required|optional|unique|mandatory|compulsory|imported|migrated|trimmed|empty|blank|needed|allowed|valid|invalid|day|month)\b)(?:the )?['"]?[\w' -]{2,30}?['"]?(?: one| column| col)?$"#, "$1"),
        // ("…optional, not compulsory", "…required, not optional": the same rule, said both ways.)
        (#"^((?:(?!\b(?:not|never|no)\b|n't\b).)+?\boptional),\s*(?:and |but )?not (?:required|mandatory|compulsory|obligatory)$"#, "$1"),
        (#"^((?:(?!\b(?:not|never|no)\b|n't\b).)+?\b(?:required|mandatory|compulsory|obligatory)),\s*(?:and |but )?not optional$"#, "$1"),
        // "…, and that's spot on, leave it be": the state approved, no more to do.
        (#"\s*,?\s*(?:and )?(?:that's|thats|it's|which is) (?:spot on|fine|good|right|correct|perfect|all good)(?:,? (?:so )?(?:leave|keep) (?:it|that|them) (?:be|alone|like that|as is))?$"#, ""),
        (#"\s*,\s*(?:so )?(?:leave|keep) (?:(?:it|that|them) (?:be|alone|like that)|that(?: one)?)$"#, ""),
        // "web is already going to Web": the value map said as what holds.
        (#"^(['"]?[\w -]{2,30}?['"]?) (?:is|are) already (?:going|mapped|sent|set|being mapped|being sent) (?:to|as|into) (['"]?(?-i:[A-Z])[\w -]{1,30}?['"]?)$"#, "map $1 to $2"),
        // "phone goes back to optional", "reverse the last decision": as it was, said of a rule or of a step.
        (#"\b(?:goes|go|is going|are going|gets|get|can go) back to (?:being )?(required|optional|mandatory|compulsory|unique)\b"#, "is $1"),
        (#"\b(?:reverse|undo|revert|roll back|rollback|back out) (?:the|our|my|that) (?:last|previous|latest|most recent) (?:decision|action|item|step|one|instruction)\b"#, "undo the last change"),
        (#"^(?:the )?([\w -]{2,30}?) (?:stays|remains|keeps being|is still|is) (?:mapped|fed|filled|coming) (?:from|off) (?:the )?([\w -]{2,30}?)(?: column| col| field)?$"#, "map $2 to $1"),
        (#"^stop (it|them|(?:the )?[\w -]{2,30}?) (?:from )?being (unique|required|mandatory|compulsory)$"#, "$1 doesn't need to be $2"),
        // "we do NOT want phone marked as required": the rule said as what is wanted of the column.
        (#"^(?:we|i) (?:do not|don't|dont) want (?:the |any )?([\w -]{2,30}?) (?:to be )?(?:marked|flagged|set|made|treated|counted) (?:as )?(required|mandatory|compulsory|unique)$"#, "$1 is not $2"),
        (#"^(?:(?:we|i) (?:do |really )?(?:want|need) )?(?:the |every |each )?([\w -]{2,30}?) (?:to be )?(?:marked|flagged|set) as (required|mandatory|compulsory|unique|optional)$"#, "$1 is $2"),
        // "notes to hold the rest of First Name after the first word": what goes into the column.
        (#"^(?:the )?([\w -]{2,30}?) (?:to|is to) (?:hold|contain|receive) ([^:]+)$"#, "put $2 in $1"),
        // "forget the caps on company": its letters no longer upper-cased.
        (#"\b(?:forget|drop|lose|scrap|ditch|no more) (?:the )?(?:caps|capitals|all caps|upper ?case|upper-casing|uppercasing|shouting) (?:on|for|of|in) (?:the )?"#, "don't upper-case "),
        // "the lifecycle stage 'lead' rows can go": rows said by a column and a quoted value.
        (#"\b(?:the )?(?!(?:the|a|an|those|these|all|any|some|every|our|their|my)\b)([a-z][\w ]{2,30}?) (['"][^'"]+['"]) (?:rows|ones|leads|records|contacts|entries)\b"#, "rows where $1 is $2"),
        // "get the Chat leads out of this import": dropped.
        (#"^get (?:the |all (?:the )?)?(.+?) (?:out|off)(?: of (?:this|the|our) (?:import|migration|load|file|crm|list))?$"#, "drop $1"),
        // "leave out only notes and phone": the columns left out are all the change names.
        (#"^(leave out|skip|exclude|don't import|do not import|stop importing) only (?=\w)"#, "$1 "),
        // "how hard is it to just drop the Dev Ops rows": the request, asked as a complaint.
        (#"^how (?:hard|difficult) (?:is it|can it be) to (?:just )?"#, ""),
        // "don't shout the first names": upper case said as shouting.
        (#"\bshout(?:ing)?\b(?=\s+(?:the|all|any|every|those|these)\b)"#, "upper-case"),
        // "the LinkedIn ones - count them as Advertising": the rows of a value, then what they become.
        (#"^(?:the |all (?:the |of the )?|any )?(['"]?[\w -]{2,30}?['"]?) (?:ones|leads|contacts|rows|records|entries)\s*(?:[-–—:,])\s*(?:just |please )?(?:count|map|put|send|make|treat|call|label|class|mark|file) (?:them|those|these) (?:as|to|in|into|under) (['"]?[\w -]{2,30}?['"]?)$"#, "map $1 to $2"),
        // "ads, ppc and paid search all go in Advertising": the value they go to.
        (#"\b(go|goes) (?:in|into) (?=['"]?(?-i:[A-Z]))"#, "$1 to "),
        // "map Phone back in to phone": back into.
        (#"\bback in to\b"#, "back into"),
        // "notes should come off the Contact Owner column": fed from it.
        (#"\b(come|comes|coming|taken|take it|take them) off (?:of )?(?=(?:the )?['"]?(?-i:[A-Z])|the\b)"#, "$1 from "),
        // "get rid of 1000304 and 1000347": long numbers after a drop are record ids.
        (#"^(drop|remove|delete|exclude|get rid of|lose|ditch|skip|leave out|take out) (?:ids? |#)?(\d{5,}(?:(?:\s*,\s*|\s*,?\s*(?:and|&)\s*)#?\d{5,})*)(?=\s*(?:[,.;:!\-–—]|$))"#, "$1 records $2"),
        // "chat is not referral, make it Outbound": the value said wrong, then the one meant.
        (#"^(?!(?:when|if|where|whenever|once)\b)(['"]?[\w -]{2,30}?['"]?) (?:is not|isn't|is no|are not|aren't) (?:an? )?(?!(?:required|optional|unique|mandatory|compulsory|needed|necessary|empty|blank|missing|valid|invalid|trimmed|imported|mapped|skipped|dropped|lower|upper|title|day|month|in|out|fine|ok|okay|right|wrong|there|here|set|filled|given|present|known|available|provided)\b)['"]?[\w -]{2,30}?['"]?(?:,\s*|\s+(?=it'?s\b|they'?re\b))(?:make (?:it|them)|it'?s|it is|they'?re|they are|use|map (?:it|them) to|should be|call (?:it|them)|count (?:it|them) as) (?!(?:required|optional|unique|mandatory|compulsory|needed|necessary|empty|blank|missing|valid|invalid|trimmed|imported|mapped|skipped|dropped|lower|upper|title|day|month|in|out|fine|ok|okay|right|wrong|there|here|set|filled|given|present|known|available|provided)\b)(['"]?[\w -]{2,30}?['"]?)$"#, "map $1 to $2"),
        // "stop loading Record ID into external_id": that column no longer imported there.
        (#"\bstop (?:loading|importing|mapping|migrating|bringing over|sending|putting|pushing)\b"#, "don't import"),
        // "Record ID also goes into notes", "Record ID also into notes": a second place for the column.
        (#"^(?:the )?(?!(?:put|map|copy|send|add|move|use|take|stick|place|bring)\b)([\w -]{2,30}?) (?:also|too|as well) (?:goes |go |gets put |is put |should go |needs to go )?(?:in|into) (?:the )?([\w -]{2,30}?)$"#, "put $1 in $2"),
        // "empty notes - put 'n/a' in there", "blank company: use 'Unknown'": the value for the empty ones.
        (#"^(?:the )?(?:empty|blank|missing) ([\w -]{2,30}?)\s*(?:-|—|–|:|,)\s*(?:just )?(?:put|use|fill(?: in| with)?|write|set) (['"][^'"]+['"]|\w+)(?: in there| there| in them| in| for them)?$"#, "when $1 is empty use $2"),
        // "default lead source = Outbound when it's empty": the default named first.
        (#"^(?:the )?default (?:for |of )?(?:the )?([\w -]{2,30}?)\s*(?:=|:|is|should be|to) (['"]?[^'"]+?['"]?) (?:when|if|where)(?: it'?s| its| it is| they'?re| they are| there'?s none)? ?(?:empty|blank|missing)?$"#, "when $1 is empty use $2"),
        // "drop the unique thing on last names", "take the required off": the rule taken off its column
        // (or, said alone, off the column the message is about).
        (#"^(?:just )?(?:drop|remove|lose|scrap|kill|ditch|get rid of|take off|turn off|switch off) (?:the )?(unique|required|mandatory|compulsory)(?: thing| flag| rule| bit| check| setting| constraint| tick| part)? (?:on|for|from|off) (?:the )?([\w -]{2,30}?)$"#, "$2 doesn't need to be $1"),
        (#"^(?:just )?(?:(?:drop|remove|lose|scrap|kill|ditch|get rid of|take off|turn off|switch off) (?:the )?(unique|required|mandatory|compulsory)(?: thing| flag| bit| tick| part)|(?:take|turn|switch) (?:the )?(unique|required|mandatory|compulsory)(?: thing| flag| rule| bit| check| setting| constraint| tick| part)? off)$"#, "it doesn't need to be $1$2"),
        // "last names can double up": duplicates allowed.
        (#"^(?:the )?([\w -]{2,30}?) (?:can|may|are allowed to|is allowed to|are free to) (?:double up|repeat|be repeated|be duplicated|have duplicates|clash|share values)$"#, "$1 doesn't need to be unique"),
        // "tidy up the company names, heaps of them have spaces at the front": the spaces taken off.
        (#"^tidy up (?:the )?(?!(?:white ?space|spaces|blanks)\b)([\w -]{2,30}?)(?: names| values)?(?:,| -| —) (?:[^,;.]*\b)?(?:spaces|whitespace|blanks)\b[^,;.]*$"#, "trim $1"),
        (#"\b(?:have |'ve )?got no\b"#, "have no"), (#"\ball up\b"#, "in total"), (#"(?<=\w)(?<!\ba) (?:mob|lot)\b(?!\s+of\b)"#, " rows"),
        (#"\s*,?\s*(?:and )?sort (?:(?:that|it|them|those|these|em) )?out(?: (?:would|will|can|could) (?:ya|you))?\s*$"#, ""),
        // "Please ensure the email addresses are stored in lower case": that they should be.
        (#"^(?:please )?(?:ensure|make sure|see to it)(?: that)? (.+?) (?:are|is) (stored|held|kept|saved|written|loaded|in)\b"#, "$1 should be $2"),
        // "it's the created date I want compulsory", "it's company that should be unique": the column said first, as a cleft.
        (#"^(?:it'?s|it is) (?:the )?([\w -]{2,30}?) (?:that |which )?(?:i|we) (?:want|need|meant|mean|wanted|needed)(?: to be| as| made)? (required|compulsory|mandatory|optional|unique|trimmed|(?:lower|upper|title)[- ]?cased?)$"#, "make $1 $2"),
        (#"^(?:it'?s|it is) (?:the )?([\w -]{2,30}?) (?:that|which) (?:should|must|needs to|has to) be (required|compulsory|mandatory|optional|unique|trimmed|(?:lower|upper|title)[- ]?cased?)$"#, "make $1 $2"),
        // "chat is NOT web, leave it as Other": the value it keeps, said as the one it maps to.
        (#"^(?:just )?(?:leave|keep) (it|them|those|these|(?:the )?['"]?[\w -]{2,30}?['"]? (?:ones|leads|contacts|rows))(?: as| under| in) (?-i:(['"]?[A-Z][\w-]*['"]?))$"#, "map $1 to $2"),
        // "the day of the month comes first": the day (never the month it is of).
        (#"\bday of the month\b"#, "day"), (#"\bmonth of the year\b"#, "month"),
        // A data-protection officer's word for the people in the file.
        (#"(?<!['"])\bdata subjects\b"#, "contacts"), (#"(?<!['"])\bdata subject\b"#, "contact"),
        // "For records without a company, set the company to 'Private individual'": a value for the empty ones.
        (#"^for (?:all |any |the )?(?:records|rows|contacts|entries|leads|people) (?:without|with no|lacking|missing) (?:an? |the |any )?([\w -]+?),? (?:set|change|make|fill) (?:the |that |this )?\1(?: field| column)? (?:to|with|as) (.+)$"#, "when $1 is empty use $2"),
        // "Leads that came through LinkedIn", "contacts who signed up via the webinar": the rows of that source value.
        (#"\b(?:leads|contacts|records|ones|people|sign-?ups) (?:that|who|which) (?:came|come|arrived|arrive|were sourced|signed up|were acquired) (?:in )?(?:from|through|via) (?:the |a |an )?([\w -]+?) (?=(?:should|must|are|is|were|will|need to|needs to)(?: be)? (?:classified|categori[sz]ed|counted|treated|mapped|filed|labell?ed|tagged|recorded|grouped)\b)"#, "$1 leads "),
        // "company names should be stored without stray spaces before or after them": trimmed.
        (#"^(?:the )?(.+?) (?:should|must|need to|needs to|have to|has to) be (?:stored |kept |held |loaded |saved |imported )?without (?:any )?(?:(?:stray |extra |surrounding |leading (?:or|and) trailing )(?:spaces|whitespace|blanks)(?: (?:before (?:or|and) after|around|at (?:either|both) ends? of) (?:them|it))?|(?:spaces|whitespace|blanks) (?:before (?:or|and) after|around|at (?:either|both) ends? of) (?:them|it))$"#, "trim $1"),
        (#"\bcategori[sz]ed\b"#, "classified"), (#"^(?:please )?(?:classify|class) (them|it|those|these|.+?) (?:as|under) "#, "count $1 as "),
        // An administrator's words for a mapping and a picklist entry: "the phone field mapping should be Phone → phone",
        // "the Notes column may be carried over into notes", "picklist value for Chat should be Web".
        (#"^(?:the )?[\w -]+? (?:field )?mapping (?:should be|must be|is|=|:) (.+? to .+?)(?: again)?$"#, "map $1"),
        (#"^(?:the )?(.+?) (?:may|can|could|should|must) be (?:carried|brought|moved|copied|migrated|loaded|mapped|transferred)(?: over| across)? (?:into|to) (?:the )?(.+)$"#, "map $1 to $2"),
        (#"^(?:the )?(?:picklist|pick-list|drop-?down) value (?:for|of) (.+?) (?:should be|must be|is|=|becomes) (.+)$"#, "map $1 to $2"),
        // "website is Web - I mean the lead source value, not the company domain": the value of that column.
        (#"^(.+?) (?:is|=|means|should be) (.+?)\s*[-–—,;]\s*i mean the ([\w ]+?) value\b.*$"#, "in $3, map $1 to $2"),
        // "Newsletter sign-ups are email, please map them that way": the value said with its rows.
        (#"^(.+?) (?:sign-?ups|leads|contacts|ones) (?:are|is) (\w+),? (?:please )?(?:map|classify|count|treat) (?:them|it|those) (?:that way|accordingly|like that|as such)$"#, "map $1 to $2"),
        // "Where the lead source cannot be classified, record it as Other": the fallback.
        (#"^(?:where|when|if) (?:the )?([\w ]+?) (?:cannot|can't|could not|couldn't) be (?:classified|mapped|matched|recogni[sz]ed|categori[sz]ed),? (?:record|map|set|put|classify|treat|count) (?:it|them) as ([A-Za-z][A-Za-z ]*?)(?: instead of leaving\b.*)?$"#, "anything else in $1 becomes $2"),
        // "set up a duplicate rule on it": unique.
        (#"\b(?:set up|add|create|configure|put) (?:a |an |the )?(?:duplicate|dedupe|matching|unique|uniqueness) (?:rule|check|constraint) (?:on|for) (?:the )?([\w -]+?)(?: field| column)?(?=\s*[,.;!]|$)"#, "$1 must be unique"),
        // "stop treating duplicate emails as errors": duplicates allowed.
        (#"\b(?:stop|don't|do not|no longer|never) treat(?:ing)? (?:the |any )?(?:duplicate|duplicated|repeated) ([\w -]+?) as (?:errors?|invalid|problems?|failures?|mistakes?)\b"#, "$1 doesn't need to be unique"),
        // "Withdraw my last instruction": undo it.
        (#"\b(?:withdraw|retract|cancel|take back) (?:my|the|our) (?:last|previous|latest|most recent) (?:instruction|change|request|edit|update)\b"#, "undo the last change"),
        // "return the first names to title case": back to it.
        (#"^(?:please )?(?:return|restore|revert|bring back) (?:the )?(.+?) (?:to|into) ((?:title|upper|lower|proper|sentence)[- ]case)\b"#, "$2 the $1"),
        // "put the last name like unique", "put it required", "put email not obligatory": made so.
        (#"\bput (?!(?:in|into|on|onto|to|back)\b)((?:the |it|them|that|this|[\w-]+)[\w -]{0,30}?)(?: like| as)? (unique|required|mandatory|obligatory|optional|not unique|not required|not mandatory|not obligatory)$"#, "make $1 $2"),
        // "the first name when is missing": the subject of the condition left out.
        (#"\b(when|if|where|whenever) (is|are) (missing|empty|blank|not there|not filled)\b"#, "$1 it $2 $3"),
        // "the column of the company", "the field of the phone": the column itself.
        (#"\bthe (?:column|field) of (?:the )?"#, "the "),
        // "must be without spaces at begin and end": trimmed.
        (#"\b(?:must|should|has to|needs to) (?:be|come) without (?:any )?(?:leading (?:and|or) trailing |surrounding |extra )?(?:spaces|whitespace|blanks)(?: (?:at|in) (?:the )?(?:begin(?:ning)?|start) (?:and|or) (?:at )?(?:the )?end)?\b"#, "must be trimmed"),
        // "Contact Owner must stay not imported": as it is, not imported.
        (#"\b(?:must|should|can|will) (?:stay|remain) (?:not imported|unimported|not mapped)\b"#, "should remain unmapped"),
        // "company not need to be unique": the verb's "does" left out.
        (#"(?<=\w)(?<!\bdoes)(?<!\bdo)(?<!\bdid)(?<!\bwill)(?<!\bwould)(?<!\bshould)(?<!\bcan)(?<!\bcould)(?<!\bmust)(?<!\bmay)(?<!\bmight)(?<!\bshall) not needs? to\b"#, " doesn't need to"),
        // "The phone number must remain optional", "The company must remain a required field": as it is,
        // which is checked.
        (#"\b(?:must|should|shall|has to|needs to|will) (?:remain|stay|continue to be) (?:an? )?(required|optional|mandatory|unique|not required)(?: field| column)?\b"#, "stays $1"),
        // "the day written before the month", "with the day first": the date order said of how dates were entered.
        (#"^(?:the )?([\w -]*?dates?) (?:were|was|are|is|have been) (?:entered|typed|written|keyed in|captured|recorded) (?:by|in|at) [^,]+,? (?:with |and )?(?:the )?(day|month) (?:written |put |coming |comes |is )?(?:before|first|ahead of)(?: the (?:month|day))?$"#, "$1 are $2-first"),
        // "i dont want the record ids coming over", "we don't want created date coming across": not imported.
        (#"^(?:i|we|they|the client|the business) (?:don't|do not|doesn't|does not) (?:want|need) (?:the |any |their )?(.+?) (?:imported|migrated|coming (?:over|across|through)|to come (?:over|across|through)|brought (?:over|across)|carried (?:over|across)|in the (?:import|migration|load))$"#, "don't import $1"),
        // "the client asked for the notes to be lower case": the state they asked for, made.
        (#"^(?:the |our )?(?:client|customer|team|boss|manager|marketing|sales|finance|they)s? (?:asked|asks|has asked|have asked|requested|wants|would like|'d like) (?:for |us |me )?(?:the |all |all the )?((?:(?!\b(?:to|be)\b).)+?) to be ((?:all )?(?:lower|upper|title|proper)[- ]?case(?:d)?|in (?:lower|upper|title|proper)[- ]?case|(?:in )?(?:all )?caps|(?:in )?capitals|required|mandatory|optional|unique|trimmed)$"#, "make $1 $2"),
        // "we want the Lifecycle Stage column feeding notes": the source a column is filled from.
        (#"^(?:i|we) (?:want|need|would like|'d like) (?:the )?(.+?)(?: column| field)? (?:feeding|to feed|going into|to go into|populating|to populate) (?:the )?(.+?)(?: column| field)?$"#, "map $2 from $1"),
        // A data engineer's words: "can be null", "if null", "coalesce X with Y", "backfill".
        // ("nullable" and "not null" beside a column are read with the rest of the notation, in `CodeNotation`.)
        (#"\b(?:can|may|could|is allowed to|are allowed to) be (?:null|nulls)\b"#, "is optional"), (#"\b(?:must|should|has to|have to) (?:not|never) be null\b"#, "is required"),
        (#"(?-i)(?<!['"])\bnulls?\b(?!['"])"#, "empty"),
        (#"\bcoalesce (?:the )?(.+?) (?:with|from|using) (?:the )?((?:(?!\b(?:into|in|to)\b)[^,])+)$"#, "when $1 is empty use $2"), (#"\bback-?fill(?:ing)?\b"#, "fill"),
        // "source field Lifecycle Stage -> target field notes": the sides named by their roles.
        (#"^(?:the )?(?:source|target) (?:field|column) (?=\S)|(?<=\bto |\binto |\bfrom )(?:the )?(?:source|target) (?:field|column) (?=\S)"#, ""),
        // "use Company Domain as the source for company": the column it is read from.
        (#"^(?:use|take) (?:the )?(.+?)(?: column| field)? as (?:the )?(?:source|input) (?:for|of) (?:the )?(.+)$"#, "map $2 from $1"),
        // "normalise company to lower case": the letter case said as the normal form.
        (#"^(?:normali[sz]e|convert|change|set|switch|turn) (?:the )?(.+?) (?:to|into|in) ((?:lower|upper|title|proper))[- ]?case$"#, "$2-case $1"),
        // "LinkedIn is a Referral source for us": a value of the source column said as a kind of source.
        (#"^(?!(?:how|what|which|why|who|where|when|whose|is|are|does|do|did)\b)(?:the )?['"]?([\w -]+?)['"]? (?:is|are) (?:an? )?['"]?(?-i:([A-Z]\w+))['"]? (?:lead )?(?:source|channel)(?: for us| in our books| as far as we're concerned)?$"#, "map $1 to $2"),
        // "Anything that says website or web form in the lead source is really Web".
        (#"^(?:anything|everything|any (?:rows?|values?|leads?|contacts?)|whatever|rows|leads|contacts) (?:that|which|where (?:it|the [\w ]+?)) (?:says|reads|shows|is|has) ['"]?(.+?)['"]? (?:in|as|for) (?:the )?(?:lead ?source|source|channel)(?: column| field)? (?:is|are|should be|becomes?|counts? as|goes? under)(?: really| actually)? ['"]?([\w -]+?)['"]?$"#, "map $1 to $2"),
        // "find and replace Webform with Web": the value replaced, as a spreadsheet does it.
        (#"^(?:(?:in|for|on) (?:the )?[\w ]+? column,?\s*)?(?:do a )?find[- ]and[- ]replace(?: on| in)?(?: the)?(?: [\w ]+? column,?)? ['"]?(.+?)['"]? (?:with|by|for|to) ['"]?(.+?)['"]?$"#, "map $1 to $2"),
        // "Do a text to columns on Company on the last space": a spreadsheet's split.
        (#"^(?:do|run|use) (?:a )?text[- ]to[- ]columns? (?:on|for|with) (?:the )?"#, "split "),
        // "I'd like that column copied into notes": the column put there.
        (#"^(?:(?:i|we) (?:want|need|would like|'d like) )?(?:the )?((?:(?!\b(?:where|when|if|is|are|was|were|be|should|must|blank|empty|missing)\b)[\w -])+?) (?:copied|pasted|moved) (?:over )?(?:into|in|to|across to) (?:the )?(.+)$"#, "copy $1 into $2"),
        // "I'd like Partner to count as Referral", "I'd like the notes to be …": what it should be.
        // (Never a verb's "to be": "email doesn't need to be unique", "company has to be filled", "that contact asked to be forgotten".)
        (#"^(?!(?:please )?"# + Clauses.changeVerb + #"\b)(?!(?:it|that|this|they|we|i|you)\b)(?:the )?((?:(?!\b(?:need|needs|needed|have|has|had|ought|want|wants|going|used|able|got|seems?|appears?|happens?|supposed|meant|expected|required|allowed|likely|tends?|is|are|was|were|do|does|did|don't|doesn't|didn't|can|could|should|must|will|would|not|never|asks|told|said|\w+ed)\b).)+?) to (be|count as|be counted as|be treated as|map to|go to|go under|become) (.+)$"#, "$1 should $2 $3"),
        // "Delete every row that has an invalid cell anywhere": the invalid rows.
        (#"\b(?:every|any|all|each)(?: the)? rows? (?:that has|that have|with|having) (?:an? |any )?(?:invalid|bad|failing) (?:cells?|values?|fields?)(?: (?:anywhere|in (?:it|them)|at all))?\b"#, "the invalid rows"),
        // "delete the row for Mary Ann Khan, that's record 1000616": the record by its id, its name said too.
        (#"\bthe (?:row|record|contact|entry|line) (?:for|of) (?-i:[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}),? (?:that's|that is|which is|i\.e\.?|aka|id) (record|row) (\d+)\b"#, "$1 $2"),
        // "the phone numbers should get the +44 in front": the calling code of their region.
        (#"^(?:the |all |our )?(?:phones?|phone numbers?|numbers?|mobiles?)(?: should| must| need to| needs to)? (?:get|have|carry|start with|be prefixed with) (?:the |a )?(\+\d{1,3})(?: (?:in front|at the (?:start|front|beginning)|prefix|country code|dialling code|dialing code))?(?: (?:like|as) (?:in|on) [\w ]+)?$"#, "phone region $1"),
        // "Everything that isn't one of the seven allowed options": values outside the picklist.
        (#"\b(?:anything|everything|any values?|all values|whatever|the rest|any (?:lead ?sources?|sources?)(?: values?)?)(?: else)?(?: that| which)? (?:isn't|is not|aren't|are not|doesn't match|does not match|matches none of) (?:one of )?(?:the )?(?:\w+ )?(?:allowed|valid|known|listed|accepted|permitted) (?:options|values|choices|entries|ones)\b"#, "anything else in lead source"),
        (#"\b(?:anything|everything|any values?|whatever)(?: else)? in (?:the )?(?:lead ?source|source)(?: column| field)? (?:that|which) (?:isn't|is not|aren't|are not) (?:recogni[sz]ed|known|mapped|matched|allowed|valid|on the list|in the list)\b"#, "anything else in lead source"),
        (#"\b(?:any|all|every|each) (?:leftover|remaining|unmapped|unknown|unrecogni[sz]ed|unmatched|stray) (?:lead ?sources?|sources?)(?: values?)?\b|\b(?:any |every |each |all )?(?:lead ?sources?|sources?)(?: values?)? (?:that|which) (?:aren't|are not|isn't|is not) (?:recogni[sz]ed|known|mapped|matched|allowed|valid|on the list|in the list|(?:one of )?(?:the )?(?:\w+ )?(?:allowed|valid|listed|accepted|known|permitted) (?:options|values|ones|entries|choices))\b"#, "anything else in lead source"),
        // "It's fine if the email cells are blank for some people": that column optional.
        (#"^it'?s (?:fine|ok|okay|alright|acceptable) (?:if|when|for) (?:the )?(.+?) (?:cells? |values? |fields? )?(?:are|is|to be|stays?) (?:blank|empty|missing)(?: for (?:some|a few) (?:people|contacts|rows|of them))?$"#, "$1 is optional"),
        // "The company names shouldn't be in capitals after all": no such case for them.
        (#"^(?:the )?(.+?) (?:shouldn't|should not|mustn't|must not|needn't|need not|don't need to|do not need to) be in (capitals|caps|upper ?case|lower ?case|title ?case)$"#, "no $2 for $1"),
        // "Can the company names go back to how they're written in the file?": the letters as written.
        (#"^(?:can|could|should|would)? ?(?:the )?(.+?) go back to (?:how|the way) (?:they're|they are|it's|it is|they were|it was) (?:written|typed|spelled|spelt|entered)(?: in the (?:file|sheet|source|spreadsheet|export))?$"#, "keep $1 as they were written"),
        // "filter out the evangelist stage": the rows with that value of the column named after it.
        // (A value of a few words, never a column's own words nor rows said by what they lack: "skip lead source", "drop rows with no Lead Source".)
        (#"^(drop|remove|delete|exclude|filter out|leave out|get rid of) (?:the |all (?:the )?|any )(?!(?:lead|lifecycle|contact|rows?|records?|contacts?|leads?|entries|ones|anything|everything|no|empty|blank|missing|invalid)\b)['"]?((?:(?!\b(?:with|without|no|where|whose|that|which|from|in|of|and|or|plus|rows?|records?|empty|blank|missing)\b)[\w'-]+ ?){1,3}?)['"]? (lifecycle stage|stage|contact owner|owner)(?: rows| ones| contacts| leads| records| entries)?$"#, "$1 rows where $3 is $2"),
        // "the external id really does need to come from Record ID": where it should come from.
        (#"\b(?:does|do) (?:need|needs|have|has) to (come|be taken|be read|be filled) from\b"#, "should $1 from"),
        // "Could notes be the Company and the Contact Owner joined with ' / '?": what it should be.
        // ("Should company be mandatory?" asks; it is no request.)
        // ("Could phone be empty?", "Would the notes show the owner?" ask: only "could X be the …" is read.)
        (#"^(?:could|can) (?:the )?([\w ]{1,40}?) (be|become) (?=(?:the|a|an)\b)"#, "$1 should $2 "),
        // "take off the spaces at the start and end of company": trimmed.
        // (Only spaces said to be at the ends: "remove the blanks from Lead Source" may mean the empty cells.)
        (#"^(?:take off|remove|strip|cut|get rid of|lose|drop) (?:the |any )?(?:(?:extra|stray|surrounding|leading and trailing) (?:spaces|whitespace|blanks)(?: (?:at|from) (?:the )?(?:start|beginning|front) and (?:the )?end| (?:at|on) (?:both|either) (?:ends|sides)| before and after)?|(?:spaces|whitespace|blanks) (?:(?:at|from) (?:the )?(?:start|beginning|front) and (?:the )?end|(?:at|on) (?:both|either) (?:ends|sides)|before and after)) (?:of|from|in|on|around) (?:the )?(.+)$"#, "trim $1"),
        // "leave the Notes out of it": out of the import.
        (#"\b(leave|keep) (.+?) out of (?:it|this|the import|the migration|the load|there)\b"#, "$1 $2 out"),
        // "notes - nah skip": the answer to the topic, said as a shrug.
        (#"(?<=\w)\s*[-–—:]\s*(?:nah|nope|no)[,.!]*\s+(skip|drop|leave out|exclude|ignore)\b"#, " - $1"),
        // "bring first name back in, from First Name": the column imported again, from the column named.
        (#"^(?:bring|put|add|get) (?:the )?(.+?) back(?: in| into (?:the )?(?:import|migration|load))?,? from (?:the )?(.+)$"#, "map $2 to $1"),
        // "the Record ID can be left behind", "the notes can stay behind": not carried over.
        (#"\b(?:be left|stay|remain|be kept) behind\b"#, "be left out"), (#"\bleave (.{1,40}?) behind\b"#, "leave $1 out"),
        // "Could the stage go on the end of the notes", "add the stage to the end of the notes": appended.
        // "add the Contact Owner to notes, after the existing notes, separated by ' | '": added at the end.
        (#"(?:add|put|tack|stick|append) (?:the )?([^,.;?!]+?) (?:to|onto|on to|on|in|into) (?:the )?([\w -]+?),? (?:after|at the end of|behind|following) (?:the )?(?:existing|current|old|present) [\w -]+?,? ((?:separated|joined|divided) (?:by|with) [^.;?!]+)"#, "append $1 to $2 $3"),
        (#"^(?:could |can |should |would )?(?:the )?([\w -]+?) (?:go|goes|be put|be added|be tacked on|be stuck) (?:on|at|onto|to) the end of (?:the )?([\w -]+?)(?: field| column)?(,.*)?$"#, "append $1 to $2$3"),
        (#"^(?:please )?(?:add|put|tack|stick|attach) (?:the )?([\w -]+?) (?:on|at|onto|to) the end of (?:the )?([\w -]+?)(?: field| column)?(,.*)?$"#, "append $1 to $2$3"),
        // "Cut each company name at the last space and keep the front part": a split.
        (#"^(?:please )?cut (?:each |every |all (?:the )?|the )?([\w -]+?) (?:at|on) (?:the|its) (last|first) space"#, "split $1 on the $2 space"),
        (#"\b(?:front|start|beginning|leading) (part|bit|word|half)\b"#, "first $1"), (#"\b(?:back|tail|trailing) (part|bit|word|half)\b"#, "last $1"),
        // "keep the first bit of the first name in first_name": the first word, in that column.
        (#"^(?:just |only )?keep (?:only |just )?the first (?:bit|word|part|name) of (?:the )?([\w -]+?) in (?:the )?([\w -]+?)$"#, "$2 = the first word of $1"),
        // "The E-mail Address column is where the email comes from": the column that feeds another.
        (#"^(?:the )?([\w -]+?)(?: column| field)? is where (?:the )?([\w -]+?) (?:comes?|should come|is taken|gets taken) from$"#, "map $1 to $2"),
        // "Anything your checker flags on the email address - leave it behind": the rows whose value is invalid.
        (#"^(?:anything|everything|any rows?|whatever|rows) (?:that )?(?:your |the |our )?(?:checker|checks?|validation|validator|rules?) (?:flags?|rejects?|fails?|catches?|marks?) (?:on|in|for) (?:the )?([\w -]+?),? (?:just |please |then )?(?:leave (?:it|them|those) (?:out|behind)|drop (?:it|them|those)|skip (?:it|them|those)|remove (?:it|them|those)|exclude (?:it|them|those))$"#, "drop rows with an invalid $1"),
        // "the ones Carla Closer owns": the rows that owner has.
        (#"\b(?:the )?ones (?-i:([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)) (?:owns?|owned|looked after|looks after|handled|handles)\b"#, "the rows owned by $1"),
        // "let the rest default to Email": the value for every value no entry names.
        (#"^(?:let |have |make )?(?:the rest|everything else|anything else|all (?:the )?others|the remainder|whatever is left)(?: of (?:them|the values))? (?:default|fall back|go|goes|defaults|falls back) (?:to|into|under) (.+)$"#, "anything else becomes $1"),
        // "with nothing in the Lead Source": without one.
        (#"\b(with|have|has|having) nothing (?:at all )?(?:in|under|for) (?:the |their |its )?"#, "$1 no "),
        // "ordinary capitalisation", "a capital first letter and the rest small": title case.
        (#"(?<=\bto )(?:ordinary|normal|regular|standard|usual|sensible) (?:capitali[sz]ation|capitals|case)\b|\b(?:a |the )?capital (?:first )?letter (?:first )?and the rest (?:small|lower ?case|in lower ?case)\b"#, "title case"),
        // "Anyone who came in through a Webinar was really an event lead": the value and what it is.
        (#"^(?:anyone|anybody|everyone|everybody|people|those|the ones|leads|contacts|the people) (?:who|that) came (?:in )?(?:through|from|via|by|off) (?:an? |the |our )?([\w -]+?) (?:was|were|is|are) (?:really |actually |basically |all |always |just )*(?:an? )?([\w-]+) (?:leads?|contacts?|people|ones)$"#, "map $1 to $2"),
        // "roll website, web form and webform up into Web", "webinar rolls up to Event": values mapped.
        (#"^(?:please )?roll (?:the )?(.+?) (?:up )?(?:into|to|under) (?:the )?([\w-]+)(?: bucket| value| channel)?$"#, "map $1 to $2"),
        (#"^(?:the )?(.+?) (?:should |must |can |will )?rolls? up (?:into|to|under) (?:the )?([\w-]+)(?: bucket| value| channel)?$"#, "map $1 to $2"),
        // "The Record ID should become the external id": the column that feeds another.
        (#"^(?:the )?([\w -]+?)(?: column| field)? (?:should|must|will|can|is to) (?:become|be used as|serve as|act as|go in as|be) (?:the |our )?new ([\w -]+?)(?: column| field)?$|^(?:the )?([\w -]+?)(?: column| field)? (?:should|must|will|can|is to) (?:become (?:the|our)|be used as(?: the| our)?|serve as(?: the| our)?|act as(?: the| our)?) ([\w -]+?)(?: column| field)?$"#, "map $1$3 to $2$4"),
        // "we need first names in CAPS": the case wanted for the column.
        (#"^(?:we|i|they|sales|marketing|the (?:team|client|reps|printers?|mailing house)) (?:need|needs|want|wants|would like|'d like) (?:the |all (?:the )?|our )?([\w -]+?) (?:in|as|to be in|written in) (caps|all caps|capitals|block capitals|capital letters|upper ?case|lower ?case|title ?case|proper ?case|small letters)$"#, "$1 in $2"),
        // "only send clean rows to the CRM": the invalid rows dropped.
        (#"^(?:only )?(?:send|load|import|migrate|push|move|bring over|carry over)(?: only)? (?:the )?(?:clean|valid|passing) (?:rows|records|contacts|leads|data)(?: only)?(?: (?:to|into) (?:the )?(?:crm|new system|target|system))?$"#, "drop the invalid rows"),
        // "put First Name back into first_name": mapped there again.
        (#"^(?:put|bring|get|send) (?:the )?(?!(?:it|them|those|these|that|this|all|rows?|records?)\b|\d)([\w -]{2,30}?) back (?:into|in as|in|to|as) (?:the )?(?!(?:proper|title|upper|lower|sentence|name|normal|original|its|their|how|the way)\b)([\w -]{2,30}?)$"#, "map $1 to $2"),
        // "bring the Notes across", "I'd like the notes carried over after all": the column imported.
        (#"^(?:(?:i'd|i would|we'd|we would) like |(?:i|we) want |please )?(?:bring|carry|take|move) (?:the )?([\w -]+?) (?:across|over)(?: (?:to|into) (?:the )?(?:new system|crm|import|migration|load))?$"#, "import $1"),
        (#"^(?:(?:i'd|i would|we'd|we would) like |(?:i|we) want )(?:the )?([\w -]+?) (?:brought|carried|taken|moved) (?:across|over)(?: (?:to|into) (?:the )?(?:new system|crm|import|migration|load))?$"#, "import $1"),
        // "keep importing the phone numbers": as it is.
        (#"^(?:keep|continue|carry on|go on) (?:importing|migrating|bringing over|mapping|loading) (?:the )?(.+)$"#, "import $1"),
        // "show the lifecycle stage in notes": put it there.
        (#"^(?:show|display) (?:the )?(.+?) (?:in|inside|under) (?:the )?([\w ]+?)(?: (?:column|field))?( instead)?$"#, "put $1 in $2$3"),
        // "there are trailing spaces on some company names, clean those up": the column has them.
        (#"^there(?: are| is|'re|'s) (?:some |a few |a bunch of |lots of )?((?:trailing|leading|extra|stray|surrounding) (?:spaces|whitespace|blanks)) (?:on|in|at the end of|around|after) (?:some |a few |many |the |all )?(?:of the )?([\w ]+?)(?:,? (?:like|e\.?g\.?|such as) [^,]+)?,\s*(?:please )?(?:clean|fix|tidy|sort|strip|trim) (?:those|them|that|it|these)(?: up| out)?$"#, "trim $2"),
        // "the phone numbers look mexican to me": how they look, to whom says nothing.
        (#"\b(looks?|seems?|sounds?) ([\w-]+) to (?:me|us)\b"#, "$1 $2"),
        // "cant have contacts w/o a lead source": that column required.
        (#"^(?:we |you |i )?(?:can't|cannot|can not|won't|shouldn't) (?:have|accept|import|allow|take|load) (?:any )?(?:contacts?|rows?|records?|leads?|people|entries) without (?:an? |the |any )?([\w -]+?)$"#, "$1 is required"),
        // "let duplicate emails through": that column need not be unique.
        (#"^(?:just )?(?:let|allow|accept|permit) (?:the )?(?:duplicate|duplicated|repeated) ([\w -]+?)(?: (?:through|in|pass|go through))?$"#, "$1 does not need to be unique"),
        // "whenever company's missing": "company is missing".
        (#"\b(?!(?:it|that|what|there|here|who|he|she|everything|nothing)'s)(\w+)'s (missing|empty|blank)\b"#, "$1 is $2"),
        // "anything from the Newsletter source can go", "the contacts in the other lifecycle stage": rows by a value of the column named after it.
        // (Never the column's own words, "rows with Lead Source = Webinar", nor "no …": the value stands before the column word at the end.)
        (#"\b(?:anything|everything|all|any(?:one)?|the ones|those|(?:the )?(?:rows|records|contacts|leads|entries|people)) (?:from|with|in|at|under) (?:the )?(?!(?:no|any|an?|the|empty|blank|missing|lead|lifecycle|contact)\b)['"]?([\w' -]+?)['"]? (source|lead source|stage|lifecycle stage|lifecycle|owner|contact owner)(?=\s*(?:$|,|\b(?:can|could|should|must|to|go|goes|please|shouldn't|should not|need|needs|are|is)\b))"#, "rows where $2 is $1"),
        // "drop anything invalid": every invalid row.
        (#"\b(drop|remove|delete|exclude|skip|lose|filter out|get rid of|leave out|take out) (?:anything|everything|all|whatever(?:'s| is)?)(?: that(?:'s| is)| which is)? (?:invalid|not valid|failing|broken)\b(?!\s+(?:rows?|records?|contacts?|entries|entry|ones|leads?|lines?|values?|cells?|emails?|phones?|dates?)\b)"#, "$1 the invalid rows"),
        // "those Bob Seller ones shouldn't be there", "rows 3 and 5 shouldnt be in there": not imported.
        (#"\b(?:should not|shouldn't|must not|mustn't) be (?:there|in there|in here|here|in it|in the (?:import|migration|load|list|data)|in(?=\s*$))\b"#, "shouldn't be imported"),
        (#"^(?:those|these) (.+? ones)\b"#, "the $1"),
        // "I see a bunch of Other on rows where the source says Website, those should be Web": that value mapped.
        (#"^(?:.*?\b)?(?:rows?|ones|contacts|leads|records|entries) (?:where|with|whose) (?:the )?[\w ]+? (?:says|is|reads|shows|has|=) ['"]?([\w -]+?)['"]?,? (?:so )?(?:those|these|they|them) (?:should|must|need to|needs to|have to|ought to) (?:be|become|say|read|show|count as|go (?:to|under)) ['"]?([\w -]+?)['"]?$"#, "map $1 to $2"),
        // "Chat leads came in through our site so make those Web": the value named, then what it becomes.
        (#"^(?:the |our )?['"]?([\w -]+?)['"]? (?:leads|ones|contacts|rows|records|people|entries|sign-?ups) (?!(?:should|must|can|will|are|is)\b)[^,]*?,? (?:so |and )(?:just )?(?:make|call|count|mark|treat|set|label|file) (?:those|them|these|it|they) (?:as |down as |to |under )?['"]?([\w -]+?)['"]?$"#, "map $1 to $2"),
        // "I want the notes to be the owner and the lifecycle stage together, with ' / ' between them": combined.
        (#"^(?:i want |we want |i'd like |we'd like |i would like |make |let )?(?:the )?([\w ]+?) to (?:be|show|hold|contain|have|say|read) (?:the )?([\w ]+?) and (?:the )?([\w ]+?)(?: together)?,? (?:(?:with|and) (['"][^'"]+['"]) (?:between|in between|in the middle)(?: them)?|(?:separated|joined|combined) (?:by|with) (['"][^'"]+['"]|(?:(?:an?|the|and|comma|space|dash|hyphen|slash|semicolon|colon|pipe|hash|underscore|full stop|period) ?)+))$"#, "combine $2 and $3 into $1 separated by $4$5"),
        // "for last names like de la Cruz just keep the last word": the example after the rows it is one of.
        (#"(?<=\b(?:names|numbers|companies|phones|emails|values|ones|entries|records|rows|contacts|domains|dates|stages|sources|owners)) like (?:['"][^'"]+['"]|(?-i:(?:[a-z]+ ){0,2}[A-Z][\w'-]*(?: (?:[a-z]+ )?[A-Z][\w'-]*)*))(?=\s+(?:just|only|should|must|need|needs|keep|we|i|please)\b)"#, ""),
        // "contacts of Bob Seller": the rows a person owns.
        (#"\b(contacts|records|rows|leads|accounts|people|entries|customers) (?:of|belonging to|under) (?-i:([A-Z][\w-]+ [A-Z][\w-]+))\b"#, "$1 owned by $2"),
        // A condition said many ways: "where no company is given", "if the company is not known",
        // "first name missing means …", "for empty notes …": when the column is empty.
        (#"\b(?:where|if|when|whenever|in case) (?:there is |there's )?no ((?!(?:is|are)\b)[a-z_-]+(?: (?!(?:is|are)\b)[a-z_-]+){0,2}) (?:is |are )?(?:given|known|provided|present|available|filled(?: in)?|set|entered|supplied|recorded|held|stored|captured|on file)\b"#, "when $1 is empty"),
        // "if there's no note on a record, …", "Where a contact has no first name recorded, …".
        (#"\b(?:where|if|when|whenever) (?:there'?s|there is|there are) no ([a-z_-]+(?: [a-z_-]+){0,2}?) (?:on|in|for) (?:a|the|any|that) (?:record|contact|row|entry|lead|person)s?(?=,| then\b)"#, "when $1 is empty"),
        (#"\b(?:where|if|when|whenever) (?:a|the|any|that) (?:contact|record|row|entry|lead|person)s? (?:has|have) no ((?:(?!(?:recorded|held|given|entered|set|stored|captured|on file|filled in|at all)\b)[a-z_-]+)(?: (?!(?:recorded|held|given|entered|set|stored|captured|on file|filled in|at all)\b)[a-z_-]+){0,2})(?: (?:recorded|held|on file|given|filled in|entered|set|at all|stored|captured))?(?=,| then\b)"#, "when $1 is empty"),
        // "record their Lifecycle Stage in the notes": put there.
        (#"\brecord (?:their|the|its) (.+?) (?:in|into) (?:the )?"#, "put $1 in "),
        // "the record owner (Contact Owner)": the column's name in brackets after what it holds.
        (#"(?-i:\b(?:the|their|its) (?:[a-z]+ ){0,2}[a-z]+ \(([A-Z][\w]*(?: [A-Z][\w]*){0,2})\))"#, "$1"),
        (#"\b(?:where|if|when|whenever|in case) (?:the )?((?!(?:is|are)\b)[a-z_-]+(?: (?!(?:is|are)\b)[a-z_-]+){0,2}) (?:is|are) (?:not |un)(?:known|given|provided|present|available|filled(?: in)?|set|entered|supplied)\b"#, "when $1 is empty"),
        (#"\b(?:if|when|where|whenever) (?:the )?((?!(?:is|are)\b)[a-z_-]+(?: (?!(?:is|are)\b)[a-z_-]+){0,2}) (?:is|are) (blank|empty|missing),? then\b"#, "when $1 is $2,"),
        (#"^(?:the )?((?!(?:is|are)\b)[a-z_-]+(?: (?!(?:is|are)\b)[a-z_-]+){0,2}) (?:is |are )?(?:missing|empty|blank) means\b"#, "when $1 is empty,"),
        (#"^for (?:the |any |all )?(?:empty|blank|missing) ([\w -]+?)(?: values?| ones| fields?| cells?)?,? (?=(?:kindly |please )?(?:write|put|use|set|fill|enter|take|copy|default)\b)"#, "when $1 is empty, "),
        // "Where we don't know where a lead came from, …": a condition on an empty column.
        (#"\b(?:where|when|if|whenever) (?:we|you|they|i) (?:don't|do not|can't|cannot) (?:know|tell|see|have) (?:the )?([a-z_-]+(?: [a-z_-]+){0,2}),"#, "when $1 is empty,"),
        (#"\b(?:where|when|if|whenever) (?:we|you|they|i) (?:never|didn't|did not|couldn't|could not) (?:got|get|had|have|took|take|recorded|record|found|find|asked for|collected|collect) (?:an? |the |their |any )?([a-z_-]+(?: [a-z_-]+){0,2}),"#, "when $1 is empty,"),
        // "drop source row 23": the file's row.
        (#"\bsource (rows?|lines?)\b(?= #?\d)"#, "$1"),
        // "in the source picklist, treat Paid Search as Advertising": where the value is said says nothing more.
        (#"^in the (?:source |lead source |stage |owner )?(?:picklist|dropdown|list|field|column),?\s+"#, ""),
        // "treat bare phone numbers as +44": national numbers read with that calling code.
        (#"\b(?:treat|read|take) (?:the )?(?:bare|national|local|short|plain|domestic) (?:phone )?numbers as (\+\d{1,3})\b"#, "phone numbers are $1"),
        (#",? if (?:that|it) makes sense$"#, ""),
        // "'Last Name' values must not repeat": unique.
        (#"\b(?:values? )?(?:must|should|may|can) not (?:repeat|be repeated|occur twice|appear twice)\b|\b(?:values? )?(?:mustn't|shouldn't|can't|cannot) (?:repeat|be repeated)\b"#, "must be unique"),
        // "We can live without an email for now": that column optional.
        (#"^(?:we|i|they|the client|the business) (?:can|could) (?:live|do|cope|manage) without (?:an? |the |any )?([\w-]+(?: [\w-]+){0,2}?)(?: (?:on|for|in) (?:some|a few|many|most|all|the|a) [\w ]+?)?(?: for now| for the moment| this time)?(?=,|$)"#, "$1 is optional"),
        // "I don't think the company should be compulsory": not required.
        (#"^(?:i|we) (?:don't|do not) (?:think|believe|feel) (?:the )?([\w -]+?) (?:should|needs to|has to|must) be (compulsory|mandatory|required|obligatory|unique)\b"#, "$1 does not need to be $2"),
        // "I'd rather have the company names as they were typed": the letters as written.
        (#"^(?:i'd|i would|we'd|we would) (?:rather|prefer to) (?:have|see|keep) (?:the )?([\w -]+?) (as (?:they|it) (?:were|was) (?:typed|written|entered))"#, "keep $1 $2"),
        // "the webinar leads to show up as Event": a value shown as another.
        (#"^(?:i'd like|i would like|we'd like|we want|i want) (?:the )?([\w -]+?) (?:leads?|ones|contacts|rows|values)? ?to (?:show up|appear|come through|come out|count|be counted|be listed) as (?:an? )?['"]?([\w-]+)['"]?$"#, "map $1 to $2"),
        // "so nobody without an email address": rows without it dropped.
        (#"^(?:so )?(?:nobody|no one|noone|no contacts?|no rows?|no leads?) (?:without|with no|missing|lacking) (?:an? |the )?([\w -]+?)(?: (?:should|can|may|must) (?:come over|come through|be (?:imported|migrated|loaded|kept)|get in|go in))?$"#, "drop rows without $1"),
        // "everything that belongs to Bob Seller": the rows owned by that person.
        (#"\b(?:that|which|who) belongs? to\b"#, "owned by"),
        // "…, trim only", "keep them trimmed": trimmed.
        (#"^turn (?:the )?(?:uniqueness|unique(?:ness)? (?:check|rule)|duplicate check|dedupe) off (?:for|on) (?:the )?(.+)$"#, "$1 does not need to be unique"),
        (#"\btrim only\b"#, "trim"), (#"\bkeep (them|it|the [\w ]+?) trimmed\b"#, "trim $1"), (#"\s+any ?more\b"#, ""),
        // "rest all is Other", "all rest is Other": the values no entry names.
        (#"\b(?:the )?rest all\b|\ball (?:the )?rest\b"#, "the rest"),
        // "A lead source of Newsletter means Email", "Lead source 'Newsletter' corresponds to Email", "Webform and
        // web form are same thing as Web": a value is another.
        // (Never "I didn't mean that", "which means …".)
        (#"(?<!\b(?:i|you|we|they|didn't|don't|doesn't|do|did|does|not|that|which|this|it|what|who) )\b(?:means|mean|corresponds to|correspond to|maps onto|map onto|equals|is equivalent to|are equivalent to|is (?:the )?same(?: thing)? as|are (?:the )?same(?: thing)? as|stands for|stand for|translates to|translate to)\b"#, "is"),
        // (Only a phrase that names the value's kind: never "skip rows where "Contact Owner" is …".)
        (#"^(?![^'"]*\b(?:where|when|if|whose|with|without|rows?|records?|skip|drop|remove|delete|exclude|get|keep|filter|set|map|put|make|use|fill|everyone|anyone)\b)(?:an? |the )(?:[\w-]+ ){0,2}[\w-]+ (?:of|value|values) ['"]?([\w -]+?)['"]? (?=(?:is|are)\b)"#, "$1 "),
        (#"^(?![^'"]*\b(?:where|when|if|whose|with|without|rows?|records?|skip|drop|remove|delete|exclude|get|keep|filter|set|map|put|make|use|fill|everyone|anyone)\b)(?:an? |the )?(?:[\w-]+ ){0,2}[\w-]+ ['"]([^'"]+)['"] (?=(?:is|are)\b)"#, "$1 "),
        // "…, so it is Web only": the value said with "only".
        (#"\b(is|are|as|to|be) (['"]?[A-Z][\w-]*['"]?) only$"#, "$1 $2"),
        // "please to not import the Phone column", "kindly to remove the row 12": the request after "to".
        (#"\b(please|kindly) to not\b"#, "$1 don't"), (#"\b(please|kindly) to (?=[a-z])"#, "$1 "),
        (#"\b(please|kindly) not (?=(?:import|migrate|map|load|include|bring|carry|take|use|keep|drop|remove|trim|change|touch)\b)"#, "$1 don't "),
        (#"\bno need (?:of|about)\b"#, "no need for"),
        // "…, with no leading or trailing spaces", "but without the blanks around it": trimmed.
        (#",? (?:but )?(?:with no|without(?: the| any)?) (?:leading (?:or|and|and/or) trailing |surrounding |extra |stray )?(?:spaces|blanks|white ?space)(?: (?:around|on either side of|at either end of) (?:it|them))?(?= *[,.;!]|$)"#, ", trimmed"),
        // "Created Date follows the US convention": the date order of that place.
        (#"\bfollows? (?:the )?([\w.]+) (?:convention|format|style|order|notation|way)\b"#, "is in $1 format"),
        (#"^to not\b"#, "don't"),
        // "…, only trim them": a case or trim said with "only" is that change (never a filter of rows).
        (#"^(?:only|just) (?=(?:trim|strip|lower-case|upper-case|title-case|lowercase|uppercase|titlecase|capitali[sz]e)\b)"#, ""),
        (#"^to (?=(?:import|migrate|remove|drop|delete|map|trim|make|set|put|keep|use|skip|take|change|convert|split|combine|mark|treat|fill|add|exclude|include)\b)"#, ""),
        // "put the Company also in notes": "also" inside the request says nothing.
        (#"^(put|move|copy|map|bring|send|take|write) (the )?([\w -]+?) (?:also|too|as well) (in|into|to)\b"#, "$1 $2$3 $4"),
        // "the month is coming first", "last name is coming invalid", "rows are having empty lead source".
        (#"\b(?:is|are) coming (?=(?:first|second|last|before|after|from)\b)"#, "comes "),
        (#"\b(is|are) coming (?=(?:invalid|empty|blank|wrong|missing|as|in)\b)"#, "$1 "),
        (#"\b(?:is|are) having\b"#, "have"),
        // Office English: "Notes are not to be migrated", "the first name field is to contain …": "must".
        (#"\b(?:is|are) (not )?to (be|go|hold|contain|carry|come|stay|remain|read|show|get|have|take|keep|appear|end up|land)\b"#, "must $1$2"),
        // "Company names are to be held in upper case", "first names should read in title case": the case they are in.
        (#"\b(?:be )?(?:held|kept|stored|saved|written|shown|displayed|recorded|loaded|imported|read|appear|look|come out) (?:in|as|with) (?=(?:all )?(?:upper|lower|title|proper|capital|small|caps|block)\b)"#, "be in "),
        (#"\bsurnames\b|\bfamily names\b"#, "last names"), (#"\bsurname\b|\bfamily name\b"#, "last name"),
        (#"\bforenames\b|\bgiven names\b"#, "first names"), (#"\bforename\b|\bgiven name\b"#, "first name"),
        // The people the rows describe, in the analyst's trade ("donors", "patients", "members");
        // "accounts" only where it names rows, not the company ("accounts with no website").
        // A business owner's words: "where the leads came from", "the contacts Alice Rep owns",
        // "put them down as Referral".
        (#"\bwhere (?:the |our )?(?:leads?|contacts?|they|people|customers) (?:came|come|come in|came in) from\b"#, "the lead source"),
        (#"\b(?:everybody|everyone|anyone|all (?:the )?contacts|the contacts|contacts|leads|rows|people) (?:that |who |which )?(?-i:([A-Z][\w-]+(?: [A-Z][\w-]+)?)) (?:owns|looks after|handles|manages)\b"#, "rows whose owner is $1"),
        (#"\bput (them|it|those|these) down as\b"#, "map $1 to"),
        (#"\b(?:anything|everything|any value|whatever) (?:that(?:'s| is) )?not (?:on|in) the (?:picklist|list)\b"#, "anything else in lead source"),
        (#"^(?:every|each|all) (?:contacts?|rows?|records?|leads?|people) (?:has to have|have to have|needs to have|must have|should have|has|have|needs?|gets?) (?:an? |the )?(?!to\b)([\w ]+?)(?: filled in| filled out| filled| given| set| present| there)?"# + whatElse + #"$"#, "$1 is required"),
        // "first name = just the 1st word", "cut the last word off company names": a part of the column's own value.
        (#"^(?:the )?([\w ]+?)\s*(?:=|:|to)\s*(?:just |only )?(?:the )?(first|1st|last) word(?: only)?(?: of it)?$"#, "keep only the $2 word of $1"),
        (#"^(?:cut|chop|strip|drop|remove|take|lose) (?:off )?the last word (?:off|of|from) (?:the )?((?:first|last) names?|[\w ]+?)(?: names?)?$"#, "split $1 on the last space and keep the first part"),
        // "rows that fail validation → out": the rows, then that they go.
        (#"^((?:the |all |any )?(?:rows?|records?|contacts?|leads?|entries) .+?)\s+(?:to|->|→)\s+(?:out|gone|the bin|bin|trash|delete|drop)$"#, "drop $1"),
        // "everyone needs a created date", "need a first name on every row", "phone is a must-have": required.
        (#"^(?:everyone|everybody|every one) (?:has to have|needs to have|must have|should have|needs?|gets?) (?:an? |the )?(?!to\b)([\w ]+?)(?: filled in| filled| set| present)?"# + whatElse + #"$"#, "$1 is required"),
        (#"^(?:(?:we|i) )?(?:need|want|must have|require) (?:an? |the )?([\w ]+?) (?:on|for|in) (?:every|each|all(?: the)?) (?:single )?(?:rows?|records?|contacts?|leads?|entries|entry|people)"# + whatElse + #"$"#, "$1 is required"),
        (#"^(?:the )?([\w ]+?) (?:is|are) (?:an? )?(?:must|must[- ]have|required[- ]have|hard requirement|non[- ]negotiable)"# + whatElse + #"$"#, "$1 is required"),
        // "dupe emails r ok", "one row per last name, first wins", "remove dupes by email, keep the first one", "each company domain only once".
        (#"^(?:dupes?|duplicates?|duplicated|repeated|double) (?!(?:in|of|for|on)\b)([\w ]+?) (?:are |is )?(?:ok|okay|fine|allowed|acceptable|expected|no problem)(?:,? (?:so )?(?:don't|do not|no need to) (?:flag|enforce|check) (?:them|it|those|that))?$"#, "$1 does not need to be unique"),
        (#"^(?:only )?(?:one|a single|1) (?:row|record|contact|entry|lead) (?:per|for each|for every|by) ([\w ]+?),? (?:the )?(?:first|1st)(?: one| row)? (?:wins|stays|is kept|kept)$"#, "$1 must be unique, keep the first"),
        (#"^(?:only )?(?:one|a single|1) (?:row|record|contact|entry|lead) (?:per|for each|for every|by) ([\w ]+?)$"#, "$1 must be unique"),
        (#"^(?:remove|drop|delete|get rid of|kill|clear out) (?:the |all |any )?(?:dupes|duplicates|doubles|repeats) (?:by|on|of|in|based on) (?:the )?([\w ]+?)(?:,? (?:and )?keep(?:ing)? (?:only )?the (?:first|1st)(?: one| row| record)?)?$"#, "$1 must be unique, keep the first"),
        (#"^(?:each|every) (\w+(?: (?!(?:should|must|can|may|will|to|be|is|are|appear|appears|show|shows|occur|occurs|only)\b)\w+)?) (?:only )?once(?: only)?(?:,? (?:and )?flag (?:the )?(?:repeats|duplicates|dupes|others|rest))?$"#, "$1 must be unique"),
        // "Every contact must carry a company domain", "each row must come with a lead source".
        (#"^(?:every|each|all|any) (?:single )?(?:contacts?|rows?|records?|leads?|entries|entry|people|persons?)(?: (?:that |which )?(?:we|you) (?:migrate|import|load|bring over|carry over|move|keep|send))? (?:must|should|has to|have to|needs to|need to|shall|is to|are to|will) (?:always )?(?:carry|come with|hold|contain|include|bear|provide|show|be given|get) (?:an? |the |some |their |its )?(?!to\b)([\w ]+?)"# + whatElse + #"$"#, "$1 is required"),
        // "A contact without notes is not acceptable", "rows with no company are not allowed".
        (#"^(?:an? |any )?(?:contacts?|rows?|records?|leads?|entries|entry|people|persons?) (?:without|with no|missing|lacking) (?:an? |the |any )?([\w ]+?) (?:is|are) (?:not acceptable|unacceptable|not allowed|not ok|not okay|not permitted|invalid|an error|wrong)$"#, "$1 is required"),
        (#"\b(?:anyone|anybody|everyone|everybody) (without|with no|lacking|missing)\b"#, "rows $1"),
        (#"^(?:please )?(?:make sure|ensure|check that) (?:every|each|all) (?:contacts?|rows?|records?|leads?|people) (?:has|have|gets?) (?:an? |the )?([\w ]+?)"# + whatElse + #"$"#, "$1 is required"),
        (#"^(?:actually,? )?(?:let|allow) (?:the )?([^,]+?) (?:to )?(?:repeat|be repeated|have duplicates)(?:,.*)?$"#, "$1 does not need to be unique"),
        (#"^(?:the )?([\w ]+?)\s*:\s*(?:when|if) (?:it'?s |it is |they'?re |they are )?(?:empty|blank|missing),? (?:use|take|fill (?:it |them )?(?:with|from)) (?:the )?(.+)$"#, "when $1 is empty use $2"),
        (#"^(?:the )?([\w ]+?) ones(?: in (?:the )?(?:lead ?source|source)(?: column)?)? (?:are|is|should be|become) (?:an? )?(?-i:([A-Z][\w-]+))(?:,? not \w+)?$"#, "map $1 to $2"),
        (#"^(?:anything|everything|any (?:lead )?source|whatever) (?:that )?says ['"]?(.+?)['"]? (?:was|is|means|came from) [^,]+,\s*(?:mark|call|set|make|treat|put|count) (?:it|them|those) (?:as |down as )?['"]?([\w-]+)['"]?$"#, "map $1 to $2"),
        (#"^(?:could you |can you |please )?bring (?:the )?(.+?) (?:across |over |back )?(?:into|in|to) (?:the )?(.+?)(?: field| column)?$"#, "put $1 in $2"),
        (#"^(?:could you |can you |please )?bring back (?:the )?(.+?) (?:into|in|to) (?:the )?(.+?)(?: field| column)?$"#, "put $1 in $2"),
        // "Company Domain goes in notes as well": where a column's values go.
        (#"^(?:the )?(?!(?:they|it|these|those|them|all|everything|anything|rows?|records?|contacts?|which|what|who|where|how|why|whose|does|do|did|is|are)\b)((?:(?!\s[-–—]\s)[^,])+?)(?<!\b(?:does|do|did)) (?:goes|go|should go|can go|could go|might go|may go|needs to go|must go|has to go) (?:in|into) (?:the )?([^,]+?)(?: field| column)?( as well| too| also)?$"#, "put $1 in $2$3"),
        // "we do not need an email for every contact": the column may be empty, not left out.
        (#"^(?:we|i|they) (?:do not|don't|dont|won't|will not) (?:need|require|have) (?:an? |the )?(.+?) (?:for|on|from) (?:every|each|all|everyone|everybody)\b.*$"#, "$1 is optional"),
        // "fill in who owns them": the owner.
        (#"\bwho owns (?:them|it|each (?:contact|lead|row)|the (?:contact|lead|account|row))\b|\btheir owner\b"#, "the owner"),
        // "The lead source is marketing profiling information and must not be transferred": what the column is, then the request.
        (#"^((?:the )?[\w -]+?) (?:is|are) (?:an? |the |some )?(?![^,]*\b(?:required|optional|unique|mandatory|empty|blank|invalid|valid|wrong|fine|ok)\b)[\w '-]{3,60}? and ((?:must|should|shall|can|may) not |mustn't |shouldn't |cannot |can't )"#, "$1 $2"),
        // "don't want the notes field in the load": not imported.
        (#"^(?:i |we )?(?:don't|do not) (?:want|need) (?:the |any )?([\w -]+?) (?:field|column)s?(?: (?:in|into) (?:the|this|our) (?:load|import|migration))?$"#, "don't import $1"),
        // "exclude the contacts at rows 40 and 47": the rows themselves.
        (#"\b(?:the )?(?:contacts?|records?|entries|entry|people|persons?|leads?|ones?) (?:at|in|on) ((?:rows?|lines?) \d+(?:(?:\s*,\s*|\s*,?\s*(?:and|&)\s*)\d+)*)\b"#, "$1"),
        (#"(?<!['"])\b(?:donors|members|patients|shoppers|clients|users|students|guests|persons|folks|supporters|buyers|attendees|volunteers|patrons|residents|applicants|households)\b"#, "contacts"),
        (#"(?<!['"])\b(?:donor|member|patient|shopper|client|user|student|guest|supporter|buyer|attendee|volunteer|patron|resident|applicant|household)\b(?=(?:'s?)? (?!(?:id|number|no|#|wants?|needs?|says|said|asked|asks|would|'d|doesn't|does|don't|do|insists?|prefers?|told|thinks?|changed|confirmed|agreed|decided|can't|cannot|can|could|will|won't|is|isn't|are|aren't|was|were|has|have|had|uses?|adds?|loads?|keeps?|gets?|sees?|knows?|reads?|sends?|addresses|calls?|never|always|only|also|just)\b))"#, "contact"),
        (#"\baccounts\b(?= (?:with|without|who|that|which|have|has|lack|lacking|missing|may|must|can|should|shouldn't|don't|do not|where|whose)\b)|(?<=\b(?:how many|which|any|two|all|no|those|the) )accounts\b(?! (?:names?|column|field)\b)"#, "contacts"),
        // A column said as whose it is: "the organisation's web address", "the org's URL", "the donors'
        // given name", "their family name".
        (#"\b(?:the |their |its |an? )?(?:org|organi[sz]ation|company|account|employer|business|customer|client)'s? (?:web ?address|website|web site|url|domain|homepage|home page|site|web page)\b"#, "the company domain"),
        (#"\b(?:the |their |its )?(?:org|organi[sz]ation|account|employer)'s? name\b"#, "the company"),
        (#"\b(?:the |their |our |these |those )?contacts?(?:'s|') (?=[a-z])"#, "the "), (#"\btheir (?=(?:first|last) names?\b)"#, "the "),
        // "how a shopper found us": where the contact came from.
        (#"\bhow (?:an? |the )?(?:contacts?|they|people|someone|somebody|he|she) (?:found|heard (?:about|of)|came to|got to|reached) us\b"#, "the lead source"),
        // "where company fails the required check", "emails failing validation": a value that fails its rule.
        // ("rows that fail the company check" names the column's own check, read elsewhere; "not to
        // fail validation" is left alone.)
        (#"(?<!\bto )\b(?:fails?|failing) (?:the |its |our |their )?(?:(?:required|requirement|mandatory|strict|format|formatting|regex|pattern|unique|uniqueness|duplicate|basic|template|schema|quality|data) )?(?:check|checks|validation|rule|rules|constraint|test)\b"#, "is invalid"),
        // "where the date can't be read": a value that fails its rule.
        (#"\b(?:can't|cannot|can not|couldn't|won't|doesn't|does not|don't|do not) (?:be read|be parsed|parse|validate)\b|\bis (?:unreadable|unparseable|unparsable|garbled)\b"#, "is invalid"),
        // "company_domain is coming from Company Domain", "just checking last name is mandatory".
        (#"\bis coming (?:in )?from\b"#, "comes from"), (#"\bare coming (?:in )?from\b"#, "come from"),
        (#"^(?:just )?(?:checking|making sure|make sure|confirming|double[- ]checking|to confirm)(?: that)?,? (?=\S.*\b(?:is|are|comes|come)\b)"#, ""),
        // "the duplicate check", "the unique rule": one thing, said so the forms for it read it.
        (#"\b(?:duplicates?|dupes?|uniqueness|unique) (?:check|rule|constraint|flag|setting)\b"#, "unique check"),
        (#"\b(?:take|pull) (?:the )?unique check off\b|\b(?:remove|drop|lift|disable) (?:the )?unique check\b"#, "turn off the unique check"),
        // "join first and last name": each name said in full.
        (#"\b(first|last) and (first|last) names?\b"#, "$1 name and $2 name"),
        // "everything after the first word of First Name": the rest of it.
        (#"\b(?:everything|all|whatever(?: comes)?|the words?) after the first (?:word|name|space) (?:of|in) "#, "the rest of "),
        // "we don't migrate subscribers": a request, said as the team's practice.
        (#"^(?:we|i|they) (don't|do not|won't|will not|never) (migrate|import|load|bring (?:over|in|across)|carry over|move|keep)\b"#, "don't $2"),
        // "join first name and last name with a space and drop that into notes": the column filled, said last.
        (#"(\b(?:join|combine|merge|concatenate|glue)\b.+?) ((?:with|separated by|using) [^,]+?) and (?:then )?(?:drop|put|stick|place|dump|write|pop|move|store) (?:that|it|them|the result) (?:in|into|to) "#, "$1 $2 into "),
        // "rows without any email address are useless to us, drop them": the judgement says nothing more.
        (#"\b((?:rows?|records?) \d[\d ,&and]*|(?:rows|records|contacts|leads|entries|anyone|anybody|everyone|people) (?:without|with no|lacking|missing|with|from|where|whose|that|who) [\w ,&]+?) (?:are|is|look|looks|seem to be|looks? like|seems? like) (?:all |just )?(?:useless|junk|spam|garbage|rubbish|test data|tests?|fake|bogus|no good|worthless|pointless|of no use|no use)\b[^,]*"#, "$1"),
        // A second language's words: "the name of family", "the date of creation", "I want that …",
        // "majuscules", "small written", "a must field", "obligatory", "recategorise", "PFB".
        (#"\bname of (?:the )?family\b"#, "last name"), (#"\bdate of (?:the )?creation\b"#, "created date"),
        (#"\bnumbers? of (?:the )?telephone\b"#, "phone numbers"), (#"^(?:i|we) (?:want|need|would like|wish) that (?:you )?"#, ""),
        (#"\b(?:in )?majuscules?\b|\b(?:in )?big letters\b"#, "upper case"), (#"\b(?:in )?minuscules?\b|\b(?:in )?small letters\b|\bsmall written\b|\bwritten small\b"#, "lower case"), (#"\bbig written\b|\bwritten big\b|\bwritten in big\b"#, "upper case"),
        (#"\bthe (?:column|field) (?:of|for) (?:the )?"#, "the "),
        (#"^((?:the )?(?:(?!\b(?:is|are|was|were|as|be|if|when|whenever|where|unless|otherwise|so|and|but|since|because)\b)[\w ])+?) (?:it|they) (must|should|is|are|has to|needs to|can)\b"#, "$1 $2"), (#"\s+as (?:the|a) value\b"#, ""),
        // The object said first, as German and Dutch put it: "Contact Owner we do not import", "the rows
        // without phone you can delete them".
        (#"^(?:the |all |any )?((?:rows?|records?|contacts?|leads?|entries|people|ones)\b[^,]*?) (?:we|i|you) (?:do not|don't|dont|will not|won't|must not|should not) (?:want|need|import|take|keep|migrate|load)(?: (?:them|it|those|these))?\b"#, "drop the $1"),
        (#"^(?!(?:the |all |any )?(?:rows?|records?|contacts?|leads?|entries|entry|people|ones)\b)(?:the )?"# + fronted + #" (?:we|i|you) (?:do not|don't|dont|will not|won't|shall not|must not|should not|are not going to|aren't going to|am not going to|'re not going to) (import|need|take over|take|transfer|migrate|use|want|keep|include|bring over|carry over|load)(?: (?:them|it|those|these))?\b"#, "we don't $2 the $1"),
        (#"^((?:the |all |any )?"# + fronted + #") (?:we|i|you) (?:(?:can|could|should|may|must|please|just|shall)\s+)+(delete|remove|drop|trim|exclude|skip|ignore)(?: (?:them|it|those|these))?\b"#, "$3 $1"),
        // A hedge before the request: "I don't think we should bring Phone over", "rm", "ditch", "gimme".
        (#"\b(?:i )?(?:don't|do not|dont) think (?:we|you) should\b"#, "don't"), (#"^rm\b"#, "remove"), (#"\b(feed|fill|populate|pull|source)\b(.{1,40}?) off (?:of )?(?:the )?"#, "$1$2 from "),
        (#"\b(?:anything|everything|rows?|records?|whatever)(?: that| which)? (?:won't|will not|doesn't|does not|can't|cannot|wouldn't) (?:load|import|validate|pass|go through)(?: (?:the )?(?:validation|checks?|rules))?\b"#, "invalid rows"), (#"\s+(?:right )?now$"#, ""),
        (#"\b(?:whatever|anything|everything|all that|anyone)(?: that| which)? (?:is|are) (?:invalid|failing|broken)\b"#, "invalid rows"), (#"\bditch\b"#, "drop"),
        (#"\bits (?=(?:fine|ok|okay|alright|allowed|acceptable|not|a|an|the)\b)"#, "it's "), (#"\btheres\b"#, "there's"),
        (#"\bboth (?=(?:the )?\w+(?: \w+)? and\b)"#, ""),
        (#"(['"][^'"]+['"]) (?:in|from|under) (?:the )?[\w ]{2,30}?(?: column| field)? (?=(?:means|is|should be|becomes|maps to|counts as|=|to)\b)"#, "$1 "),
        (#"\b(?:anything|everything|any values?|all values|whatever|the rest)(?: else)?(?: that| which)? (?:isn't|is not|aren't|are not|doesn't|does not)(?: one of)?(?: the)?(?: allowed| valid| known| listed| accepted)? (lead sources?|sources?|channels?)\b(?: in the list)?"#, "anything else in lead source"),
        (#"\bnames? of (?:the )?compan(?:y|ies)\b"#, "company names"), (#"(?-i)\b(are|is) of (?=(?:the )?[A-Z])"#, "$1 from "),
        (#"\b(?:in )?(?:the )?format (?:dd[/.-]mm|day[ /-]?month)(?:[/.-](?:yyyy|yy|year))?\b"#, "day-first"),
        (#"\b(?:in )?(?:the )?format (?:mm[/.-]dd|month[ /-]?day)(?:[/.-](?:yyyy|yy|year))?\b"#, "month-first"),
        (#"\b(?:first (?:is|comes) the day,? (?:and )?(?:then|after|afterwards|after that) (?:the )?month|(?:the )?day (?:comes?|is|goes|stands) first(?: in the dates?)?(?:,? (?:and )?(?:then|after(?: that)?|afterwards|followed by) (?:the )?month)?)\b"#, "dates are day-first"),
        (#"\b(is|are) also\b"#, "$1"), (#"\bin case\b"#, "when"),
        (#"\b(?:leads|contacts|rows|records) (?:without|with no|missing) (?:a |the |any )?source\b"#, "rows without lead source"),
        (#"\b(?:write|put|enter|insert|fill|use) (?![\w ]*\bback (?:inside|in it|in there|there|in)$)(['"]?[\w ]+?['"]?) (?:inside|in it|in there|there|in)$"#, "use $1"),
        (#"\b(?:populate|write|put) (?:the )?([\w ]+?) (?:there|in there|inside)$"#, "use $1"),
        (#",\s*(?:then )?(?:we|you) (put|use|take|write|fill in)\b(?! (?:it|them|that|this|those) (?:for|to|in|when|with)\b)"#, ", $1"),
        (#"\b(?:put|bring|stick) together (?:the )?"#, "combine "),
        (#"\bobligatory\b"#, "mandatory"), (#"\b(?:a )?must(?:-| )field\b"#, "required"), (#"\bwherever\b"#, "where"),
        (#"\b(?:re-?categori[sz]e|re-?classify|re-?label|re-?assign)\b"#, "treat"),
        (#"\b(?:suppress|eliminate)\b"#, "remove"), (#"\b(?:throw|kick|weed) ((?:them|it|those|these) )?(?:out|away)\b"#, "remove $1"),
        (#"^(?:pfb|please find below)(?: the)?(?: changes?)?\s*:?\s*"#, ""), (#"\s+in the (?:upload|import)\b"#, ""), (#"(?<=\b(?:exclude|skip|omit|remove|drop)\b.{1,60}) from (?:the )?(?:import|migration|load|upload)\b"#, ""),
        (#"\b(?:the same|same)(?= as (?:required|mandatory|optional|unique)\b)"#, "it"),
        (#"\bwhen (?:it |the (?:contact|row|record|lead) )?(?:does not|doesn't) have (?:an? |the )?"#, "when there is no "),
        (#"\b(?:is|are|should be|has to be|needs to be) (?:a )?must(?:[- ]?haves?)?(?: field| column| value| item)?\b"#, "is required"),
        // "the domain has to be there", "phone must be present": a column that must have a value.
        (#"(?<!not |n't |never )\b(?:has to|have to|must|needs? to|should) be (?:there|present)\b(?! in\b)"#, "must be filled in"),
        // "re-import Phone into phone", "re-map it": the verb said again.
        (#"\bre-?(import|map|add|include|load)\b"#, "$1"),
        // "remove first name from mapping", "Remove the created_date mapping", "unmap company_domain": the column is not imported.
        (#"^(?:please )?(?:remove|drop|delete|take out|kill) (?:the )?([\w -]+?) (?:from (?:the )?mapping|mapping)$"#, "don't import $1"),
        (#"^(?:please )?un-?map (?:the )?([\w -]+?)$"#, "don't import $1"),
        // "first_name -> UPPER", "company -> lower case": the case written as where the column goes.
        (#"^(?:the )?([\w -]+?)\s*(?:->|→|=>)\s*(?:all )?(?:upper ?case|UPPER|all caps|caps|capitals)$"#, "upper-case $1"),
        (#"^(?:the )?([\w -]+?)\s*(?:->|→|=>)\s*(?:all )?(?:lower ?case|LOWER)$"#, "lower-case $1"),
        (#"^(?:the )?([\w -]+?)\s*(?:->|→|=>)\s*(?:proper ?case|PROPER|title ?case)$"#, "title-case $1"),
        // "Lead source: required field", "mandatory fields: lead_source": the rule as a field's label.
        (#"^(?:the )?([\w -]+?)\s*:\s*(required|mandatory|optional|unique)(?: field| column| value)?$"#, "$1 is $2"),
        (#"^(required|mandatory|optional|unique) (?:fields?|columns?)\s*:\s*(?:the )?([\w -]+?)$"#, "$2 is $1"),
        // "if notes blank -> use Lifecycle Stage": the verb left out of the condition.
        (#"\b(if|when|where) (?:the )?((?:(?!\b(?:is|are|was|were|gets?|goes|stays?)\b)[\w -])+?) (blank|empty|missing)\b(?=\s*(?:->|→|,|:|then\b|use\b|take\b|put\b))"#, "$1 $2 is $3"),
        // "lead_source default = Other (when the source is blank)": the condition in brackets.
        (#"\s*\(\s*((?:when|if|where) [^()]{3,40}?\b(?:blank|empty|missing))\s*\)"#, " $1"),
        // "rows with an invalid company -> drop them": the arrow to what is done with them.
        (#"^(.+?)\s*(?:->|→|=>| to)\s+(drop|remove|delete|skip|exclude|filter out) (?:them|those|it|these)$"#, "$2 $1"),
        // "append Lifecycle Stage, separator '; '": the separator named as a setting.
        (#",?\s*\b(?:separator|sep|delimiter)\s*[:=]?\s*('[^']*'|"[^"]*")"#, " separated by $1"),
        // "notes: append Lifecycle Stage": the column appended to, said first.
        (#"^(?:the )?([\w -]+?)\s*:\s*(append|add|prepend|tack on) (?!to\b)(.+?)((?: separated by .+)?)$"#, "$2 $3 to $1$4"),
        // "delete the row for record 1000907": the record.
        (#"\bthe (?:row|line|entry) (?:for|of) (?=(?:record|contact|id|#)\b)"#, ""),
        // "flag dupes in Last Name", "dedupe on First Name - just flag the repeats, don't delete anything": unique, kept.
        (#"^(?:please )?flag (?:the )?(?:dupes|duplicates|repeats|doubles|double-ups)(?: in| on| of| for) (?:the )?([\w -]+?)$"#, "$1 must be unique"),
        (#"^(?:please )?de-?dupe (?:on|by) (?:the )?([\w -]+?)\s*[-–—,;:]\s*(?:but )?(?:just |only )?flag (?:the )?(?:dupes|duplicates|repeats|doubles|double-ups)(?:,? (?:don't|do not|never) (?:delete|drop|remove)(?: anything| them| any)?)?$"#, "$1 must be unique"),
        // "combine first and last with a space": the two name columns.
        (#"\b(combine|join|concatenate|merge) (?:the )?first and last(?: names?)?\b"#, "$1 first name and last name"),
        (#"\bconcatenate\b"#, "combine"),
        // "don't let phone be empty": a column that must have a value.
        (#"\b(?:don't|do not|never) (?:let|allow) (?:the )?([\w -]+?) (?:to )?be (?:empty|blank|missing)\b"#, "$1 must be filled in"),
        // "Chat -> Other is wrong, make it Email": the value's place said wrong, then the right one.
        (#"^(?:the )?([\w -]+?)\s*(?:->|→|=>| to| as)\s*[\w -]+? is wrong,? (?:make it|it should be|should be|it's|use|map it to) (.+)$"#, "map $1 to $2"),
        // "fill blanks in col I with Web": the value for empty cells (a column named there is read as one).
        (#"^(?:please )?fill (?:in )?(?:the )?(?:blanks|empty (?:cells|ones|values)|blank (?:cells|ones|values)|gaps|empties) (?:in|of|on) (?:the )?([\w -]+?) with (?!the (?:values? )?(?:of|from)\b)(.+)$"#, "set $1 to $2 when it is empty"),
        // "stuff in lead source we don't recognise": anything there.
        (#"^(?:the )?(?:stuff|things|entries|bits) in (?=.*\b(?:don't|do not|doesn't|does not|aren't|isn't|not|un\w+)\b)"#, "anything in "),
        // "hide column L" in a spreadsheet: the column is not imported.
        (#"^(?:please )?hide (?:the )?(?![^,]*\b(?:rows?|records?|contacts?|leads?|ones|entries|lines?)\b)(.+?)(?: column| col)?$"#, "don't import $1"),
        // "Company Domain should feed company_domain", "Contact Owner populates notes": the column named first fills the other.
        (#"^(?!(?:which|what|where|who|whose|how|does|do|did|is|are)\b)(?:the )?(.+?) (?:should |must |needs to |has to |is to |can )?(?:feed|feeds|populate|populates)(?: into)? (?:the )?([\w ]+?)(?: again| instead| too| as well)?$"#, "map $1 to $2"),
        // "Created date must never be empty", "company can't be blank": a column that must have a value.
        (#"\b(?:must|should|can|may|shall) (?:never|not) be (?:empty|blank|null|missing|left (?:empty|blank))\b|\b(?:can't|cannot|mustn't|shouldn't|may not) (?:ever )?be (?:empty|blank|null|missing|left (?:empty|blank))\b"#, "must be filled in"),
        (#"\bbig (?:letters|capitals)\b"#, "capital letters"),
        // The fallback said many ways: "anything outside the picklist", "anything that isn't a valid lead source".
        (#"\b(?:anything|everything|any values?|all values|whatever|the rest)(?: else)?(?: that| which)? (?:isn't|is not|aren't|are not)(?: on| in)(?: the)? (?:list|picklist|allowed (?:list|values))\b|\b(?:anything|everything|any values?|whatever)(?: else)? outside (?:the )?(?:picklist|list|allowed values)\b|\b(?:anything|everything|any values?|whatever)(?: else)?(?: that| which)? (?:isn't|is not) an? (?:valid|allowed|known) (?:lead ?source|source|channel)\b"#, "anything else in lead source"),
        (#"(anything else in lead source) (?:should |must |will |can |could )?(?:end up as|become|go to|turn into|be turned into|be mapped to|map to|fall ?back (?:to|on)|falls back (?:to|on)|defaults? to)\b"#, "$1 becomes"),
        // The case wanted, shown by an example after it: "in title case, like Sarah, not SARAH".
        (#"((?:title|name|proper|upper|lower)[- ]case[ds]?|capitals|caps|capitali[sz]ed(?: normally| properly)?|capital letters|small letters)(?: please)?\s*,?\s*(?:like|e\.g\.?|eg|for example|as in) (?:['"][^'"]+['"]|[A-Za-z][\w'-]*(?: [A-Z][\w'-]*)*)(?:,? (?:or|and|not|rather than) (?:['"][^'"]+['"]|[A-Za-z][\w'-]*(?: [A-Z][\w'-]*)*))*"#, "$1"),
        (#"(?<!\b(?:not|don't|dont|never|no longer) )\btreat (?:the )?(.+?) as (?:an? )?(optional|required|mandatory|unique)(?: field| column| value)?\b"#, "$1 is $2"),
        // "unique must be the last name", "mandatory is the company": the rule said first.
        (#"^(?:unique(?:ness)?|distinct) (?:must|should|has to|is to|shall|needs to) be (?:on |for )?(?:the )?(.+?)$"#, "$1 must be unique"),
        (#"^(required|mandatory|compulsory|obligatory) (?:must|should|has to|is to|shall|needs to) be (?:the )?(.+?)$"#, "$2 is required"),
        // "kindly put the unique check on first_name also".
        (#"^(?:put|add|set|apply|place|enable|switch on|turn on) (?:the |a )?(?:unique(?:ness)?|duplicates?|dedupe|no[- ]duplicates?) ?(?:check|rule|constraint|flag|validation)? (?:on|for|to) (?:the )?([^,;]+?)(?: also| too| as well)?(?=\s*[,;]|$)"#, "$1 must be unique"),
        (#"\bturn (?:the )?(?!off\b)([\w ]+?) uniqueness (?:check |rule )?(?:back )?on\b|\bturn (?:the )?uniqueness (?:check |rule )?(?:back )?on (?:for|on) (?:the )?([^,;]+?)(?=\s*[,;]|$)"#, "$1$2 must be unique"),
        (#"^(?:the )?(?:empty|blank|missing) ([\w ]+?):\s*(?:fill|take|use|copy)(?: them| it)?(?: in)? (?:from|with) (?:the )?(.+)$"#, "when $1 is empty use $2"),
        (#"^(?:if|when|where) (?:a |an |the )?(?:contact|row|record|lead|person)? ?(?:has|have) no ([\w ]+?),? (?:(?:please|then|just) )?(?:write|put|use|set|fill in|enter) (['"][^'"]+['"])(?: in(?:to)? (?:the )?(?:\1|it|that|there)(?: column| field)?| in there| there)?(?:,? so\b.*)?$"#, "set $1 to $2 when it is empty"),
        (#"^(?:please )?use (['"][^'"]+['"]) (?:as|for|in) (?:the )?([\w ]+?) when there (?:are|is) none\b"#, "set $2 to $1 when it is empty"),
        (#"^(?:the )?(.+?) (?:should|must|does|do|need|needs|shall)(?: not|n't)(?: to)? go anywhere\b"#, "don't import $1"),
        // Splits said as cuts and parts: "company: cut it at the last space and keep the first part".
        (#"\bcut (?:it |them )?(?:at|on) the (first|last) (?:space|blank)\b"#, "split on the $1 space"),
        (#"\bkeep (?:only )?the (?:left|front|left-hand|leading) (?:part|bit|half|piece)\b"#, "keep the first part"),
        // "The CRM doesn't want legal suffixes: split Company …": a statement before the request it explains.
        (#"^(?:the|our|their|we|they|i)\b[^:]{3,80}?\b(?:doesn't|does not|don't|do not|wants?|needs?|won't|can't|cannot|hates?|rejects?|refuses)\b[^:]*:\s*(?=(?:split|drop|remove|trim|map|skip|make|set|put|use|keep|combine|append|upper|lower|title|please)\b)"#, ""),
        // "can we have the company names in capitals?": the case wanted.
        (#"^(?:can|could) (?:we|you|i) (?:have|get|see|make) (?:the |all )?(.+?) (in (?:capitals|caps|upper ?case|lower ?case|title case|small letters|capital letters|name case))\b\??"#, "put $1 $2"),
        (#"\btake out\b"#, "remove"),
        (#"\bmake (.+?) count as\b"#, "count $1 as"),
        (#"\s*,\s*always\s*([.!]?)$"#, "$1"),
        (#"\bstop (?:turning|changing) "#, "don't turn "), (#"\bstop mapping "#, "don't map "), (#"\bstop (?:sending|putting) "#, "don't put "),
        (#"\bstop converting "#, "don't convert "), (#"\bstop setting "#, "don't set "),
        (#"\bwhere (?:the )?(.+?) (?:is|are) not unique\b"#, "where $1 is a duplicate"),
        (#"^keep (?:the )?(.+?) (required|mandatory|unique|optional)\b"#, "$1 is $2"),
        // "…, like Sarah, not SARAH": the example wanted, without the one not wanted.
        (#"(,? (?:like|e\.g\.?|eg|for example) ['"]?[A-Za-z][\w'-]*['"]?),? (?:not|rather than|instead of|or|and) ['"]?[A-Za-z][\w'-]*['"]?"#, "$1"),
        (#"\bnormal (?:name )?case\b|\bcapitali[sz]ed normally\b|\bnormally capitali[sz]ed\b|\bnormal capitali[sz]ation\b"#, "name case"),
        (#"\btreat (.+?) like\b"#, "treat $1 as"),
        (#"\b(?:is|are) not there\b|\b(?:isn't|aren't) there\b"#, "is empty"),
        (#"\b(?:i|we) (?:want|would like|'d like|need|prefer) that (?=(?:the |our |all )?\w)"#, ""),
        (#"^(?:for|during) (?:the |this |a |our )?(?:test|trial|dry|first) (?:run|load|import)\s*,\s*"#, ""),
        (#"^(?!.*\b(?:need|needs|want|wants|have|has|had|ought|like)\b)(.*?\w) to be (unique|required|mandatory|optional)\b"#, "$1 must be $2"),
        (#"\bget rid of\b"#, "remove"), (#"\bexternal identifier\b|\brecord identifier\b"#, "external id"),
        (#"\binto the (?:target|new) (?:system|crm)\b|\bin the target\b"#, ""), (#"\b(?:kind|sort) of\b"#, ""),
        // A tester's outcomes: "leading/trailing spaces stripped from company", "no surrounding
        // whitespace in first_name", "company has no leading space": trimmed.
        (#"^(?:the )?(?:(?:leading|trailing|surrounding|outer|extra|stray|excess)(?: ?/ ?| and | or | & | ))*(?:white ?space|spaces|blanks|tabs)(?: is| are| gets?| get)? (?:stripped|removed|trimmed|gone|cut|cleaned) (?:from|off|of|in|on|around) (?:the |all |every )?(.+)$"#, "trim $1"),
        (#"^no (?:(?:leading|trailing|surrounding|outer|extra|stray|excess)(?: ?/ ?| and | or | & | ))*(?:white ?space|spaces|blanks|tabs) (?:in|on|around|at the (?:start|end|ends) of) (?:the |any |every )?(.+)$"#, "trim $1"),
        (#"^(?:the |every |each |all )?(.+?) (?:has|have|shows?|contains?) no (?:(?:leading|trailing|surrounding|outer|extra|stray|excess)(?: ?/ ?| and | or | & | ))*(?:white ?space|spaces?|blanks?|tabs?)$"#, "trim $1"),
        // "first_name keeps the first word only", "only the first word of First Name goes into first_name".
        (#"^(?:the )?((?:(?!\b(?:split|and|then|on|at|keep|take|use|put)\b)[\w -])+?) (?:keeps|has|holds|gets|contains|is) (?:only |just )?the (first|last) (word|part)(?: of it)?(?: only)?$"#, "put the $2 $3 of $1 into $1"),
        (#"^(?:only |just )?the (first|last) (word|part) of (?:the )?(.+?) (?:goes|go|lands|ends up|is put|gets put|is used|is kept) (?:into|in|to|for|as) (?:the )?(.+)$"#, "put the $1 $2 of $3 into $4"),
        // "empty notes fall back to Contact Owner", "empty created date falls back to 2000-01-01".
        (#"^(?:the |any |all )?(?:empty|blank|missing) ((?:(?!\b(?:to|should|must|will|can|shall|could)\b).)+?) (?:(?:should|must|will|can|shall) )?(?:falls?|defaults?) (?:back )?(?:to|on) (.+)$"#, "when $1 is empty use $2"),
        // "notes = Notes followed by ' | ' and the Contact Owner": the join spelled out.
        (#"\b(?:the )?([\w -]+?) followed by (['"][^'"]+['"]) and (?:then )?(?:the )?([\w -]+)$"#, "$1 + $2 + $3"),
        // "the previous recipe version restored": a step back.
        (#"^(?:the )?(?:previous|prior|earlier|old|last) (?:recipe )?(?:version|state|recipe)(?: of the recipe)?(?: is| gets| should be)? (?:restored|back|reinstated)$"#, "undo"),
        // "company_domain unique per contact": unique.
        (#"^(?:the )?(.+?) (?:is |are |should be |must be )?unique (?:per|for each|for every|across|over all) (?:contacts?|rows?|records?|leads?)$"#, "$1 must be unique"),
        // "lead source 'website' maps to Web": the value, named with its column first.
        (#"^(?:the )?(?:(?!(?:if|when|where|whose|drop|skip|remove|delete|exclude|map|set|make|put|use|verify|check|expect|ensure|confirm|test|rows?|records?|contacts?|leads?)\b)[\w-]+ ){1,3}?(['"][^'"]+['"]) (?=(?:maps? to|means|should map to|should be|should become|becomes?|counts? as|goes to)\b)"#, "$1 "),
        // "append Lifecycle Stage to notes with a ' - ' separator": the quoted separator is the one.
        (#"\b(with|using) (?:a |an |the )?(['"][^'"]+['"]) (?:as (?:the |a )?)?(?:separator|delimiter|divider|joiner|in between|between (?:them|the two))\b"#, "$1 $2"),
        // "get rid of everything dev ops owns": rows by who owns them.
        (#"\b(?:everything|anything|all(?: of)? the (?:contacts|leads|rows|records|ones)|the (?:contacts|leads|rows|records|ones)|whatever)(?: that| which)? ((?!(?:i|we|you|they|he|she|it|the|our|their)\b)[a-z][\w'-]*(?: [a-z][\w'-]*){0,2}) (?:owns|handles|manages|looks after|is responsible for)\b"#, "the $1 ones"),
        // "… into first name with a space in between": the mark named by its word.
        (#"\bwith (?:a |an |one )?(space|comma|dash|hyphen|slash|semicolon|pipe|colon) (?:in between|in-between|between (?:them|the two))\b"#, "separated by a $1"),
        // "so basically we need notes skipped": the wished-for state.
        (#"^(?:so |and )?(?:basically |really |just )?(?:we|i|they) (?:really |also |basically |just )?(?:need|want|would like|'d like) (?:the )?([\w ]+?) (skipped|ignored|excluded|dropped|removed|deleted|left out)\b"#, "$1 $2"),
        // "notes gets 'Owner / Stage' i.e. Contact Owner + ' / ' + Lifecycle Stage": the explanation is the request.
        (#"^(?:the )?([\w -]+?) (?:gets|is|=|reads|shows|becomes|should read|should be) ['"][^'"]*['"],? (?:i\.?e\.?|that is|meaning|as in),? (.+)$"#, "$1 = $2"),
        (#"\s+for (?:every|each|all|any) (?:contacts?|rows?|records?|leads?)$"#, ""),
        // Everyday words for a case and a date order: "normal name case", "date order: day month year".
        (#"\b(?:normal|regular|proper|standard|name) (?:name )?case\b"#, "title case"),
        (#"\s*,?\s*not (?:shouting|screaming|yelling)\b.*$"#, ""),
        (#"^(?:the )?date (?:order|format)\s*[:=]?\s*(?:is )?day[ ,/.-]+month(?:[ ,/.-]+year)?$"#, "dates are day-first"),
        (#"^(?:the )?date (?:order|format)\s*[:=]?\s*(?:is )?month[ ,/.-]+day(?:[ ,/.-]+year)?$"#, "dates are month-first"),
        // "any lead source we don't recognise", "unknown lead sources": the values no entry names.
        (#"\b(?:everything|anything|any values?|all values?) (?:that )?(?:we|you) (?:haven't|have not|didn't|did not) (?:mapped|matched|covered|placed)(?: yet)?\b|\bif (?:a|the) (?:lead )?source (?:isn't|is not|doesn't|does not) (?:on|in|match) (?:the )?(?:list|picklist|anything)\b,?(?: just)?"#, "anything else in lead source"),
        (#"\b(?:any|all|the) (lead sources?|sources?|values?)(?: values?)? (?:that )?(?:we|you) (?:don't|do not|can't|cannot) (?:recogni[sz]e|know|map|match|place)\b|\b(?:unknown|unrecogni[sz]ed|unmatched|unmapped) (lead sources?)\b|\b(lead sources?) (?:that|which) (?:aren't|are not|isn't|is not) (?:on|in) the (?:list|picklist)\b"#, "anything else in lead source"),
        // "drop the rows that fail on first name": rows whose value is invalid.
        (#"\b(rows?|records?|contacts?) (?:that|which) (?:fail|fails|failed) (?:on|for|in) (?:the )?"#, "$1 with an invalid "),
        // "the very first data row (row 1)": the row said twice.
        (#"\b(?:the )?(?:very )?(?:first|last) (?:data )?row\s*\((rows? \d+)\)"#, "$1"),
        // "first skip the Phone column, then …": the order said, not a word of the request.
        (#"^first,?\s+(?=.*\bthen\b)"#, ""),
        (#"\bdoes go\b"#, "goes"), (#"\bdoes (belong|come|feed)\b"#, "$1s"),
        // "I'd like every company name in capitals, like BLACK MESA DYNAMICS LTD": the example goes.
        (#"^(?:i|we)(?:'d| would)? (?:like|want|need) (?:every|all|all the|the) (.+?) (?:in|to be in|to be) (capitals|caps|all caps|upper ?case|lower ?case|title case|proper case)(?:,? (?:like|e\.?g\.?|such as|as in) .+)?$"#, "$1 in $2"),
        (#"\s+a (required|mandatory|optional|unique) (?:field|column|value)\b"#, " $1"),
        (#"\s+(?:at all|altogether)\b"#, ""),
        // "the last word of X (split on the last space)": the note restates the part, so it goes.
        (#"(\b(first|last) (?:word|part)\b.*?)\s*\((?:split|splitting|cut|separated) (?:on|at|by) the \2 space\)"#, "$1"),
    ]

    /// What someone wants, before the change said as a state: "they want the Chat leads gone".
    private static let wanted = #"(?:"# + Clauses.wisher + #"(?: (?:also|really|basically|just))? (?:want|wants|need|needs|would like|'d like|would prefer|prefer|prefers|asked for|are asking for)\s+)?"#

    /// What a wished-for state is about: words up to the state, within one part of the message.
    private static let object = #"((?:(?!\b(?:they|we|i|you|he|she|it|should|must|be|is|are|was|were)\b)[^,;:])+?)"#

    /// A column named tersely, before what to do with it: one to three words, none a verb or a link.
    private static let terse = #"((?:(?!(?:make|put|set|turn|convert|change|have|get|could|can|should|would|trim|drop|keep|no|be|must|are|is|in|to|and|all|please)\b)[\w-]+ ){0,2}(?!(?:make|put|set|turn|convert|change|have|get|could|can|should|would|trim|drop|keep|no|be|must|are|is|in|to|and|all|please)\b)[\w-]+)"#

    /// The column whose value a part is taken of: words before the part, no verb or "and" among them.
    private static let part = #"((?!(?:split|keep|take|use|drop|remove|cut|lose|strip|chop|people|rows?|records?|only|just)\b)(?![^:,]*\b(?:shows?|is|are|has|have|looks?|appears?|comes?|says?)\b)(?:(?!\band\b)[^:,])+?)"#

    /// A column named first, before a comma and what to do with it ("the notes, leave them out"):
    /// a few words, none a verb, not rows.
    private static let topic = #"(?!(?:the |all |any )?(?:rows?|records?|contacts?|leads?|entries|entry|anything|everything|anyone|people)\b)(?!"# + Clauses.changeVerb + #"\b)(?!(?:stop|no|not|never|don't|dont|do not|if|when|whenever|unless|in case)\b)(?:the )?((?:(?!\b(?:is|are|was|were|not|isn't|aren't|be|been|has|have|should|must|can|with|without|where|whose|who|that|which)\b)[\w -]){2,30}?)"#

    /// Verbs said in the passive ("Webinar should be mapped to Event"), with the active form.
    private static let passives: [String: String] = [
        "mapped": "map", "made": "make", "set": "set", "marked": "mark", "treated": "treat", "counted": "count", "dropped": "drop",
        "removed": "remove", "deleted": "delete", "excluded": "exclude", "skipped": "skip", "trimmed": "trim", "converted": "convert",
        "formatted": "format", "split": "split", "combined": "combine", "merged": "merge", "joined": "join", "filled": "fill",
        "imported": "import", "taken": "take", "moved": "move", "copied": "copy", "put": "put", "read": "read", "changed": "change",
        "turned": "turn", "sent": "send", "classed": "class", "classified": "classify", "filed": "file", "grouped": "group",
        "lower-cased": "lower-case", "upper-cased": "upper-case", "title-cased": "title-case", "capitalised": "capitalise",
        "capitalized": "capitalize", "normalised": "normalise", "normalized": "normalize", "stripped": "strip", "cleared": "clear",
        "sourced": "source", "fed": "feed", "populated": "populate",
    ]

    /// "Webinar should be mapped to Event", "the phone be made mandatory": the same change said
    /// actively ("map Webinar to Event"); a negated passive is left for the readings of "not".
    static func active(_ clause: String) -> String {
        guard let g = Text.match(clause, #"((?:(?!\bbe\b).)+?) (?:should|must|shall|needs to|need to|has to|have to|is to|are to|to|can|could|will|would) (?:also |all |both |now |then )?be ([\w-]+)\b(.*)"#)
            ?? Text.match(clause, #"((?:(?!\bbe\b).)+?) be ([\w-]+)\b(.*)"#),
            let verb = passives[g[1].lowercased()],
            // ("must be filled in", "has to be set": a column that must have a value.)
            !["filled", "set"].contains(g[1].lowercased()) || Text.contains(g[2], #"^ (?:from|with|using|to)\b"#),
            !Text.contains(g[0], #"\b(?:not|never|no longer|don't|doesn't|won't|shouldn't|mustn't)\b|n't$"#)
        else { return clause }
        return verb + " " + g[0] + g[2]
    }

    /// Verbs of an outcome said as a state ("Created Date is skipped", "invalid rows removed from the
    /// output"), with the active form; the passives above read the rest.
    private static let outcomes: [String: String] = [
        "ignored": "ignore", "left out": "leave out", "filtered out": "drop", "gone": "drop", "not imported": "don't import",
        "not loaded": "don't import", "not migrated": "don't import", "not brought over": "don't import", "not included": "don't import",
    ]

    /// An outcome said as a state, the way a tester's checklist or a wish list writes it: "Created
    /// Date is skipped", "contacts 1000304 and 1000347 not loaded", "the phone column ignored on
    /// import": the same change said actively. Only verbs that remove or skip, with nothing after
    /// them but where ("from the output", "on import"); every other state is left to the intents.
    static func stated(_ clause: String) -> String {
        let place = #"(?: (?:on|from|in|during|at|by) (?:the )?(?:import|imports|output|load|load file|migration|file|target|crm|new system|preview|upload|export))?"#
        guard let g = Text.match(clause, #"(?:the )?"# + object + #"(?: column| field)? (?:is |are |gets |get |being |has been |have been )?(skipped|ignored|excluded|dropped|removed|deleted|left out|filtered out|gone|not (?:imported|loaded|migrated|brought over|included))"# + place + #"(?: (?:at all|entirely|completely|altogether))?[.!]?"#),
            let verb = outcomes[g[1].lowercased()] ?? passives[g[1].lowercased()]
        else { return clause }
        // ("rows with no email are not imported": rows, which are dropped, never a column left out.)
        if Text.contains(g[0], #"^(?:all |any |the )?(?:rows?|records?|contacts?|leads?|entries|entry|people)\b|^\d{3,}"#) { return "drop " + g[0] }
        // ("legal wants the notes gone": who wants it, read by the wishes; "gone" is said of rows here.)
        return g[1].lowercased() == "gone" ? clause : verb + " " + g[0]
    }

    /// Whole-clause rewrites, tried in order; the first that matches the whole clause wins.
    private static let rewrites: [(String, String)] = [
        // "when company is empty, set the company to 'Private individual'": the value for it.
        // ("If a contact has no company, write 'Unknown' in company": the value put there.)
        (#"^(when (.+?) is empty),? (?:(?:set|change|make|fill|use) (?:the |that |this )?\2(?: field| column)? (?:to|with|as) (.+)|(?:use|write|put|enter) (['"][^'"]+['"]) (?:in|into) (?:the |that |this )?\2(?: field| column)?)$"#, "$1 use $3$4"),
        // "The owner field shouldn't come over into the new system": a column not imported.
        (#"(?:the )?(?!(?:it|they|them|this|that|these|those)\b)((?:(?!\b(?:not|never|no)\b)[^,;:])+?) (?:shouldn't|should not|must not|mustn't|won't|will not|doesn't need to|does not need to|needn't|don't need to|do not need to) (?:come|go|be carried|be brought|move) (?:over|across|through)(?: (?:into|to) (?:the )?(?:new system|target|crm|new crm))?"#, "don't migrate $1"),
        // "The notes should go into the notes field just as they are": where a column goes.
        (#"(?:i guess |i think |i suppose |maybe |perhaps )?(?:the )?([\w -]+?) (?:should|must|can|will|could|might|may) (?:go|stay|end up) (?:into|in) (?:the )?([\w -]+?)(?: field| column)?(?:,? (?:just |right )?(?:as (?:they are|it is|is)|where (?:they are|it is)))?"#, "map $1 to $2"),
        // "If a lead source isn't one of ours, just call it Other": the value for anything no entry names.
        (#"(?:if|when|where) (?:an? |the )?([\w -]+?) (?:isn't|is not|aren't|are not) (?:one of (?:ours|the (?:allowed|listed|known) (?:ones|values|options))|on the (?:list|picklist)|(?:an? )?(?:allowed|valid|known|listed) (?:one|value|option)),? (?:just )?(?:call it|make it|use|map it to|set it to|treat it as|count it as|it's|it is) ['"]?([\w -]+?)['"]?"#, "anything else in $1 becomes $2"),
        // "notes gets Contact Owner and Lifecycle Stage joined by ', '", "first_name should hold First Name and Last Name joined with a space".
        (#"(?:the )?([\w -]+?)(?: field| column)? (?:gets|get|should get|should hold|must hold|holds|should contain|contains|should have) (?:the )?([\w -]+?) and (?:the )?([\w -]+?),? (?:joined|separated|combined) (?:by|with) (.+)"#, "combine $2 and $3 into $1 separated by $4"),
        // "The contact without a company, just put Unknown there": the value for an empty column.
        (#"(?:the|any|a|every) (?:contacts?|rows?|records?|leads?|people|ones?|persons?) (?:without|with no|missing|lacking) (?:an? |the |any )?([\w -]+?),? (?:just |simply |please )?(?:put|use|write|set|fill in|enter) (?!(?:their|the|its|his|her)\b)['"]?([\w -]+?)['"]?(?: there| in it| in there| instead)?(?:,? so .*)?"#, "set $1 to '$2' when it is empty"),
        // "flag rows with an empty 'Phone' as invalid": that column required.
        (#"(?:flag|mark|treat|count|report) (?:the |any |all )?(?:rows?|records?|contacts?|leads?|entries|ones) (?:with|that have|having|where) (?:an? |the )?(?:empty|blank|missing|no) ['"]?([\w -]+?)['"]?(?: (?:is|are) (?:empty|blank|missing))? as (?:invalid|an error|errors?|failing|failed|bad)"#, "$1 is required"),
        // "first name and last name together with a space, into notes": two columns joined.
        (#"(?!(?:put|bring|stick|join|merge|combine|glue|place|get|have|keep|take)\b)(?:the )?([\w -]+?) and (?:the )?([\w -]+?) together,? (?:with|separated (?:by|with)|joined (?:by|with|using)|combined with|using) (an? [\w ]+?|['"][^'"]+['"]),? (?:into|in|to|as) (?:the )?([\w -]+?)"#, "combine $1 and $2 into $4 with $3"),
        (#"(?!(?:put|bring|stick|join|merge|combine|glue|place|get|have|keep|take)\b)(?:the )?([\w -]+?) and (?:the )?([\w -]+?) together,? (?:into|in|to|as) (?:the )?([\w -]+?),? (?:with|separated (?:by|with)|joined (?:by|with|using)|combined with|using) (an? [\w ]+?|['"][^'"]+['"])"#, "combine $1 and $2 into $3 with $4"),
        (#"(?!(?:put|bring|stick|join|merge|combine|glue|place|get|have|keep|take)\b)(?:the )?([\w -]+?) and (?:the )?([\w -]+?) together,? (?:into|in|to|as) (?:the )?([\w -]+?)"#, "combine $1 and $2 into $3"),
        // "The first name field must contain the full name: First Name, a space, then Last Name".
        (#"(?:the )?([\w -]+?)(?: field| column)? (?:must|should|will|shall|has to|needs to) (?:contain|hold|carry|show|be|have) (?:the )?[\w -]+?\s*:\s*(?:the )?([\w -]+?),? (?:then )?(an? (?:space|comma|dash|hyphen|slash|semicolon|pipe|comma and a space))(?: between)?,? (?:and )?(?:then |followed by )?(?:the )?([\w -]+?)"#, "combine $2 and $4 into $1 with $3"),
        // ("Contact 1003 is a test record and must be excluded", once "must be excluded" is said first.)
        (#"(?:exclude|remove|drop|delete|skip) ((?:(?:the )?(?:contact|record|row|lead|entry|id) )?\d+) (?:is|are) (?:an? |the |just |only )?[\w -]{1,40}? and"#, "drop $1"),
        // "E-mail Address is going to email": where a source column goes.
        (#"(?:the )?((?:(?!\b(?:not|never|no|rows?|records?|contacts?)\b)[^,;:])+?)(?: column| field)? (?:is|are) going (?:in)?to (?:the )?(?!(?:be|have|get|need|stay|remain|change|become|other|another|a|an)\b)([\w -]+?)(?: column| field)?"#, "map $1 to $2"),
        // "Lead sources that match no option end up as Other": the value for anything no entry names.
        (#"(?:the |any |all )?([\w -]+?)s? (?:that|which) (?:match|matches|fit|fits|are on|is on|are in|is in) no (?:option|allowed value|value|entry|picklist value|list value)s?,? (?:end up as|ends up as|become|becomes|go to|goes to|are|is|turn into|turns into|are mapped to|map to) ['"]?([\w -]+?)['"]?"#, "anything else in $1 becomes $2"),
        // "Contact 1001013 is a test record and must be excluded", "row 12 must be removed": rows dropped.
        (#"(?:the )?(.+?) (?:is|are) (?:an? |the |just |only )?[\w -]{1,40}? and (?:must|should|has to|have to|needs to|need to|can|shall|will) be (?:excluded|removed|dropped|deleted|skipped|left out|taken out|filtered out|omitted|ignored|discarded)(?: from (?:the |this )?(?:import|migration|load|file|target))?"#, "drop $1"),
        (#"(?:the )?((?:rows?|records?|contacts?|leads?|entries|entry) [^,;]+?) (?:must|should|has to|have to|needs to|need to|shall|will) be (?:excluded|removed|dropped|deleted|skipped|left out|taken out|filtered out|omitted|ignored|discarded)(?: from (?:the |this )?(?:import|migration|load|file|target))?"#, "drop $1"),
        // "when company is empty, the company domain stands in for it / is used (instead)": a fill from that column.
        (#"(?:when|where|if|whenever|in case) (?:the )?([\w -]+?) (?:is|are) (?:empty|blank|missing),? (?:then )?(?:the )?(?!\1\b)((?:(?!['"])[\w -])+?)(?:'s (?:name|value))? (?:stands? in|steps? in|is used|are used|gets used|is taken|comes in|fills? in|goes in|is put)(?: for (?:it|them))?(?: instead| in (?:its|their) place| there)?"#, "when $1 is empty use $2"),
        // "when company is empty, the company is 'Private person'": the value for an empty column.
        (#"(?:when|where|if|whenever|in case) (?:the )?([\w -]+?) (?:is|are) (?:empty|blank|missing),? (?:then )?(?:the )?\1 (?:is|are|becomes?|should be|must be|will be|gets?) (['"][^'"]+['"])"#, "set $1 to $2 when it is empty"),
        // "Notes are not to be migrated", "Dev Ops records are not part of this migration", "Records owned
        // by Dev Ops are out of scope": a column or rows that do not go over.
        (#"(?:the )?(?!(?:it|they|them|this|that|these|those)\b)((?:(?!\b(?:not|never|no)\b)[^,;:])+?) (?:must not|mustn't|should not|shouldn't|shall not|will not|won't|cannot|can't|is not|isn't|are not|aren't|may not|need not|needn't|must never|should never|will never) (?:ever )?be (?:migrated|imported|loaded|carried over|carried across|brought over|brought across|transferred|taken over|taken across|moved over|included|brought in|part of (?:this|the) (?:migration|import|load))(?: (?:to|into|in) (?:the )?(?:target|new system|new crm|crm))?(?: (?:this time|for (?:this|the) (?:load|import|migration|run)))?"#, "don't migrate $1"),
        (#"(?:the )?(?!(?:it|they|them|this|that|these|those)\b)((?:(?!\b(?:not|never|no)\b)[^,;:])+?) (?:is|are) (?:out of scope|not in scope|not part(?: of (?:this|the|our) (?:migration|import|load|project|scope))?)(?: (?:for|of) (?:this|the) (?:load|import|migration|run|project))?"#, "don't migrate $1"),
        // "The target's notes field must remain empty for this load": a column not imported.
        (#"(?:the )?(?:target'?s? |crm'?s? )?((?:(?!\b(?:not|never|no|when|if|where|unless)\b)[^,;:])+?)(?: field| column)? (?:must|should|has to|will|shall|needs to) (?:remain|stay|be left|be kept) (?:empty|blank)(?: for (?:this|the) (?:load|import|migration|run))?"#, "don't import $1"),
        // "contacts of Bob Seller we don't want, kindly exclude": the thing said first, then that it is not wanted.
        (#"(?:the )?((?:(?!\b(?:not|never|no|we|i|they)\b)[^,;:])+?) (?:we|i|they|the client|the customer) (?:don't|do not|doesn't|does not) (?:want|need)(?: (?:them|it|those|these))?(?:,? (?:so )?(?:kindly |please )?(?:exclude|remove|drop|skip|delete|leave out)(?: (?:them|it|those|these))?)?"#, "don't migrate $1"),
        // "those should all be Event: webinar, trade show and tradeshow", "Paid Search is Advertising, so are PPC and ads".
        (#"(?:sorry,? )?(?:those|these|they|them) (?:should|must|can) (?:all )?be (?:an? )?([\w-]+)\s*:\s*(.+)"#, "map $2 to $1"),
        (#"([^,]+?) (?:is|are) (?:an? )?([\w-]+),? (?:and )?so (?:are|is) (.+)"#, "map $1 and $3 to $2"),
        // "Referral for any contact without a lead source": a default said value first.
        (#"['"]?([\w -]+?)['"]? for (?:any|every|all|each) (?:contact|row|record|lead|person|people|entr(?:y|ies))s? (?:without|with no|missing|lacking) (?:an? |the )?([^,]+?)"#, "set $2 to '$1' when it is empty"),
        // "the notes column gets the Record ID": a column and where its values come from.
        (#"(?:the )?(?!(?:empty|blank|missing)\b)([\w ]+?)(?: column| field)? (?:gets?|should get|must get|shall get) (?:the )?(?!(?:rest|everything|whatever|part|first|last|bit|value|values|same)\b)((?:(?!\b(?:after|before|up|until|of|from|when|if|where|instead)\b)[\w -])+?),? replac\w* (?:what|whatever)(?:'s| is) (?:there|in it)(?: now)?"#, "map $2 to $1"),
        // "cold call and cold calling are what we call Outbound": a value map said as a naming.
        (#"(.+?) (?:is|are) what (?:we|they|the crm|sales|marketing) (?:call|calls|name|names) ['"]?([\w-]+)['"]?"#, "map $1 to $2"),
        // "forget the uniqueness on last name": no longer unique.
        (#"(?:forget|drop|remove|scrap|lose|lift|ditch|get rid of|turn off|switch off) (?:the )?(?:uniqueness|unique(?:ness)? (?:rule|check|constraint|requirement))(?: requirement| rule| check| constraint)? (?:on|of|for|from) (?:the )?([^,;]+?)"#, "$1 does not need to be unique"),
        // "scrap the first name requirement": optional.
        (#"(?:scrap|drop|remove|lift|relax|lose|ditch|get rid of) (?:the )?(.+?) (?:requirement|required (?:rule|check|flag))"#, "$1 is optional"),
        // "notes: Notes, or Lifecycle Stage when Notes is blank": a fill from another column.
        (#"(?:the )?([\w ]+?)\s*[:=]\s*(?:the )?([\w ]+?),? (?:or|else|otherwise) (?:the )?([\w ]+?) (?:when|if|where) (?:it|\2|\1) (?:is|are) (?:blank|empty|missing)"#, "when $1 is empty use $3"),
        // "I'd like the Lifecycle Stage to replace whatever's in notes".
        (#"(?:(?:i|we)(?:'d| would)? (?:like|want) |please have |have )?(?:the )?(.+?) (?:to )?replace (?:whatever's|what's|whatever is|what is|the (?:values?|contents?|text)) in (?:the )?(.+?)"#, "map $1 to $2"),
        // "the notes column should carry the Company Domain as well": what a column holds.
        (#"(?!(?:the |every |each |all |any )?(?:contacts?|rows?|records?|leads?|people|entries|entry)\b)(?:the )?([\w ]+?)(?: column| field)? (?:should|must|needs to|has to|could|can) (?:also )?(?:carry|hold|contain|show|include) (?:the )?([\w ]+?)(?: column| field)? (?:as well|too)"#, "put $2 in $1 too"),
        (#"(?!(?:the |every |each |all |any )?(?:contacts?|rows?|records?|leads?|people|entries|entry)\b)(?:the )?([\w ]+?)(?: column| field)? (?:should|must|needs to|has to|could|can) (?:carry|hold|contain) (?:the )?([\w ]+?)(?: column| field)?"#, "put $2 in $1"),
        // "can the lifecycle stage go in the notes column": where a column goes.
        (#"(?:(?:can|could|would) (?:the )?|the )((?:(?!\b(?:we|i|you|they|it|should|and|leads?)\b)(?!\s[-–—]\s)[^,'"])+?) (?:go|be put|be copied|live|end up) (?:in|into) (?:the )?(.+?)(?: column| field)?(?: too| as well| please)?"#, "put $1 in $2"),
        // "I want the company domain column to stay empty in the import": a column not imported.
        (#"(?:i|we) (?:want|need|'d like|would like) (?:the )?(.+?)(?: column| field)? to (?:stay|remain|be left|be kept|be) (?:empty|blank|unmapped|out)(?: (?:in|on|from) (?:the )?(?:import|load|migration))?"#, "don't import $1"),
        // "Lead source isn't something we need", "Lifecycle Stage doesn't need to come across".
        (#"(?:the )?(.+?) (?:isn't|is not|aren't|are not) (?:something|anything|a (?:field|column)|stuff) (?:we|i|they) (?:need|want|use|care about)\b.*"#, "don't import $1"),
        (#"(?:the )?(.+?) (?:doesn't|does not|don't|do not) (?:need|have) (?:to (?:come across|come over|come through|be imported|be migrated|be brought over|be loaded|be carried over)|importing|migrating|loading|bringing over)"#, "don't import $1"),
        // "do not treat company as required": optional.
        (#"(?:do not|don't|dont|stop|no longer) (?:treat|mark|flag|consider|count|handle)(?:ing)? (?:the )?(.+?) as (?:required|mandatory|compulsory|a required field)"#, "$1 is optional"),
        // "no two contacts should share a first name", "flag duplicate last names as errors", "last names can repeat".
        (#"no two (?:contacts|rows|records|people|leads|entries) (?:should |may |can |must )?(?:share|have) (?:the same |a |an )?([^,]+)(?:,.*)?"#, "$1 must be unique"),
        (#"(?:please )?(?:flag|mark|highlight|report) (?:the |any |all )?(?:duplicate|duplicated|repeated) ([^,]+?)(?: as (?:errors?|invalid|bad|duplicates?))?"#, "$1 must be unique"),
        (#"(?:the |any )?(?:duplicate|duplicated|repeated) ([^,]+?) (?:should|must|need to|have to) be (?:flagged|marked|reported)(?: as .+)?"#, "$1 must be unique"),
        (#"(?!(?:the )?same\b)(?:the )?([^,]+?) (?:can|may|are allowed to|is allowed to) (?:repeat|be repeated|have duplicates|appear (?:more than once|twice))"#, "$1 does not need to be unique"),
        // "keep Web as Web": a value that stays what it is.
        (#"(?:keep|leave) ['"]?([\w ]+?)['"]? (?:as|at) ['"]?\1['"]?"#, "map $1 to $1"),
        // "first names back to proper case": the case it had.
        (#"(?:put |set |change |turn )?(?:the )?(.+?) back (?:to|into|in) (title|upper|lower|proper) case"#, "$2-case the $1"),
        // "we can live without an email address on some contacts, make it optional".
        (#"(?:we|i) can (?:live|do|cope|manage) without (?:an? |the )?(.+?)(?: (?:on|for|in) [\w ]+)?,\s*(?:so )?(?:please )?(?:make|mark|set) (?:it|that|them) (optional|not required)"#, "make $1 $2"),
        // "When the source says Website it was the form on our site, so that's Web, not Other".
        (#"when (?:the )?(?:source|lead source|it|the value) (?:says|is|reads|shows) ['"]?(.+?)['"]?,? (?:it|that|they) (?:was|is|were|are|means?) .+?,? so (?:that's|that is|it's|it is|they're|those are) (?:an? )?['"]?([\w-]+)['"]?(?:,? not (?:an? )?\w+)?"#, "map $1 to $2"),
        // "tack the Record ID onto the notes after a space", "notes: keep what's there and add the Company Domain after ' - '".
        (#"(?:tack|stick|glue|add|append|put) (?:the )?(.+?) (?:onto|on to|on|to) (?:the end of )?(?:the )?(.+?),? (?:after|with|separated by) (?:a |one )?(space|comma|dash|semicolon|slash|pipe|['"][^'"]+['"])"#, "append $1 to $2 separated by $3"),
        (#"(?:the )?([\w ]+?):\s*keep (?:what's|what is|whatever is) (?:there|in it)(?: already)?,? and (?:add|append|put) (?:the )?(.+?) (?:after|with|separated by) (?:a |one )?(space|comma|dash|semicolon|slash|pipe|['"][^'"]+['"])"#, "append $2 to $1 separated by $3"),
        // "strip the legal form off the company names: split on the last space and keep the first part".
        (#".*?\b(?:off|of|from|in|for) (?:the )?([\w ]+?):\s*split (?:it |them )?(on the (?:last|first) space.*)"#, "split $1 $2"),
        // Where someone wants a column: "the client wants Lifecycle Stage in the notes field instead of …".
        (#"(?:the |our )?[\w-]+(?: from [\w-]+)? (?:wants|would like|needs|asked for|prefers|'d like) (?:the )?([^,]+?) (?:in|into) (?:the )?((?!(?:lower|upper|title|proper|small|capital|caps|block|iso|e\.?164|them|it|there|here|this|that|those|these|place|order|future|system|crm)\b)[\w-]+(?: [\w-]+){0,2}?)(?: field| column)?(?:,? instead(?: of .+)?)?"#, "put $1 in $2"),
        // A default said as a placeholder, or as what the empty cells can be: "give first_name a
        // placeholder of Unknown when it's missing", "empty lead sources can just be Web".
        (#"(?:give|use|put|set) (?:the )?(.+?) (?:an? )?(?:placeholder|default|fallback|dummy)(?: value)? (?:of |as |to |= ?|: ?)?(.+?) (?:when|if|where|whenever) (?:it'?s |it is |they'?re |they are |the value is |that is )?"# + empty,
         "set $1 to $2 when it is empty"),
        (#"(?:the |any |all )?"# + empty + #" "# + notRows + #"(.+?) (?:can|could|should|will|may|might as well) (?:just |simply |all )?(?:be|become) (?!(?:the|a|an|their|its)\b)(.+)"#, "set $1 to $2 when it is empty"),
        (#"(?:the )?"# + notRows + #"(.+?) (?:can|could|should|may) (?:just |simply )?(?:be|become) (?!(?:the|a|an|their|its)\b)(.+?) (?:when|if|where|whenever) (?:it'?s |it is |they'?re |they are )?"# + empty, "set $1 to $2 when it is empty"),
        // Acceptance criteria said as the outcome: "no row with Lead Source 'Webinar' is imported",
        // "rows without a phone number are not imported".
        (#"no (?:rows?|records?|contacts?|leads?) (?:with|where|whose|that has|having) (.+?) (?:is|are|gets?|get|will be) (?:imported|migrated|loaded|kept)"#, "drop rows with $1"),
        (#"((?:rows?|records?|contacts?|leads?) (?:with|without|where|whose|that have no|that has no) .+?) (?:are|is|will be|get|gets) not (?:imported|migrated|loaded|kept)"#, "drop $1"),
        // "fill blank created dates with 2015-01-01": the value for empty cells.
        (#"fill (?:in )?(?:the |any |all )?(?:blank|empty|missing) (.+?) (?:with|using) (.+)"#, "when $1 is empty use $2"),
        // "for the one contact without a first name, fall back to the Last Name".
        (#"for (?:the |any |all |those )?(?:one |few )?(?:contacts?|rows?|records?|people|ones?|leads?) (?:without|with no|missing|lacking) (?:an? |the )?(.+?),? (?:fall ?back (?:to|on)|use|take|put) (?:the )?(.+)"#, "when $1 is empty use $2"),
        // "For first_name take only the first word of First Name", "in company I want everything before
        // the last space", "Company to be taken till the last space", "in the notes I want X and Y together".
        (#"(?:for|in) (?:the )?(.+?),? (?:(?:we|i) )?(?:take|keep|use|want|need|put)(?: only| just)? (?:the )?(first|last) word of (?:the )?(.+?)(?:,? (?:so|e\.?g\.?|like|i\.?e\.?|after the last space|before the first space)\b.*)?"#, "$1 = the $2 word of $3"),
        (#"(?:for|in) (?:the )?(.+?),? (?:(?:we|i) )?(?:want|need|keep|take|use)(?: only| just)? (?:everything|all|the part|what comes|whatever comes) (before|after) the (first|last) space(?:,? (?:so|e\.?g\.?|like|i\.?e\.?)\b.*)?"#, "$1 = everything $2 the $3 space of $1"),
        (#"(?:the )?(.+?) (?:is )?to be taken (?:till|until|up to|upto|before) the last space(?: only)?"#, "$1 = everything before the last space of $1"),
        (#"take (?:the )?(.+?) (?:till|until|up to|upto|before) the last space(?: only)?"#, "$1 = everything before the last space of $1"),
        (#"(?:in|into) (?:the )?(.+?),? (?:(?:we|i) )?(?:want|need|put)(?: to have)? (?:the )?(.+?) and (?:the )?(.+?) together(.*)"#, "combine $2 and $3 into $1$4"),
        (#"split (?:the )?(.+?):\s*(?:the )?first (?:word|part) (?:into|to|in|for|->|→) (?:the )?(.+?)[,;]? (?:and )?(?:the )?rest (?:into|to|in|for|->|→) (?:the )?(.+)"#, "put the first word of $1 into $2; put the rest of $1 into $3"),
        // "fall back to Contact Owner for notes when Notes is empty": a fill from another column, or a value.
        (#"(?:fall ?back to|use|take|fill with|fill in|default to|put) (?:the )?(.+?) (?:for|in|into) (?:the )?(.+?),? (?:when|whenever|where|if) (?:(?:the )?(?:\2|it|they) )?(?:is|are|'s) "# + empty, "when $2 is empty use $1"),
        // "first name must be filled in for everyone", "company domain is filled in on every row": required.
        (#"(?:the )?"# + notRows + #"((?:(?!\b(?:not|never|doesn't|don't|does|do|isn't|aren't|no)\b).)+?) (?:must|should|has to|needs to|have to|need to) (?:always )?be (?:filled(?: in| out)?|populated|present|given|provided|there)(?: (?:for|on|in) (?:everyone|everybody|every (?:row|record|contact|lead|one)|all (?:rows|records|contacts|leads)|each (?:row|record|contact)))?"#, "$1 is required"),
        (#"(?:the )?"# + notRows + #"((?:(?!\b(?:not|never|doesn't|don't|does|do|isn't|aren't|no)\b).)+?) (?:is|are) (?:always )?(?:filled(?: in)?|populated|present|set) (?:for|on|in) (?:everyone|everybody|every (?:row|record|contact|lead|one)|all (?:rows|records|contacts|leads)|each (?:row|record|contact))"#, "$1 is required"),
        // "(would it be possible to) not require an email".
        (#"(?:to )?(?:not|don't|do not|no longer|stop) (?:require|requiring|insist on|insisting on|demand) (?:an? |the )?(?!(?:unique|uniqueness|distinct)\b)([^,]+?)"#, "$1 is optional"),
        // "split the contact owner on the space and put the first part in notes".
        (#"split (?:the )?(.+?) (?:on|at|by) (?:the )?(?:first )?(?:space|blank),? (?:and )?(?:then )?(?:put|take|use|keep|send|write) (?:only )?(?:the )?first (?:part|word|bit|half) (?:in|into|for|as|to) (?:the )?(.+?)"#, "$2 = the first word of $1"),
        // "we have no use for the notes on these contacts, (could you) leave them out".
        (#"(?:"# + Clauses.wisher + #" )?(?:have|has|got|there's|there is) no (?:use|need) for (?:the )?"# + object + #"(?: (?:on|for|of|from|in) (?:these|the|our|those|all|any) [\w ]+?)?(?:,? (?:so )?(?:(?:could|can|would) you )?(?:please )?(?:leave|drop|skip|exclude|take|keep) (?:it|them|those|that)(?: out)?(?: of (?:the )?(?:import|migration|load|file))?)?"#, "don't import $1"),
        // "the notes, leave them out (of the import)": the column named, then what to do with it.
        (#"(?:as for |for )?"# + topic + #",\s*(?:just )?(drop|remove|skip|exclude|leave out|ignore|trim|lower-case|upper-case|title-case|don't import|do not import) (?:it|them|those|that)(?: out)?(?: of (?:the )?(?:import|file|migration|load))?"#, "$2 the $1"),
        // "populate notes from Lifecycle Stage where notes are blank": a fill from another column.
        (#"(?:fill|populate|complete|backfill)(?: in)? (?:the )?(.+?) (?:from|with|using) (?:the )?(?:values? (?:of|from|in) )?(?:the )?['"]?(.+?)['"]?(?: column| field)? (?:when|if|where|whenever|for rows where|in rows where|for the rows where) (?:the )?(?:\1|it|they|those|these) (?:is|are|'s) "# + empty, "when $1 is empty use $2"),
        (#"(?:as for |for )?"# + topic + #",\s*(?:just )?(?:leave|keep) (?:it|them|those|that) out(?: of (?:the )?(?:import|file|migration|load))?"#, "don't import $1"),
        // "we'd rather the created date stayed empty": a column not imported.
        (#"(?:"# + Clauses.wisher + #")?(?:'d| would) (?:rather|prefer)(?: that)? (?:the )?"# + notRows + object + #" (?:stayed|stays|stay|remained|remains|was left|were left|be left|is left|are left|left) (?:empty|blank|unmapped|out|unfilled)"#, "don't import $1"),
        // "the surnames shouldn't start with blanks".
        (#"(?:the )?"# + object + #" (?:shouldn't|should not|must not|mustn't|can't|cannot|may not) (?:start|begin|end|start or end|begin or end) with (?:any |a )?(?:blanks?|spaces?|whitespace)"#, "trim $1"),
        // "duplicated emails are allowed", "double phone numbers are fine".
        (#"(?:duplicates?|duplicated|repeated|double|doubled) (?!(?:rows|records|contacts|entries)\b)([\w ]+?) (?:are|is) (?:ok|okay|fine|allowed|acceptable|no problem|permitted)"#, "$1 does not need to be unique"),
        // "duplicates in email are fine, don't enforce uniqueness".
        (#"(?:duplicates?|repeats|repeated values|dupes) (?:in|of|for) (?:the )?(.+?) (?:is|are) (?:ok|okay|fine|allowed|acceptable|no problem)(?:,? (?:so )?(?:don't|do not|no need to) (?:enforce|check|require) (?:uniqueness|unique|it|that|them))?"#, "$1 does not need to be unique"),
        (#"(?:every|each) ((?:(?!\b(?:should|must|has|needs|may|can|only|just)\b).)+?) (?:(?:should|must|has to|needs to|may|can) )?(?:only |just )?(?:appears?|occurs?|be there|is there|shows? up) (?:only once|once only|just once|at most once|once)"#, "$1 must be unique"),
        // "leads that came in through the Newsletter are really Email leads": a source value said to be another.
        (#"(?:the )?(?:leads|contacts|rows|ones|people|records) (?:that|who|which) (?:came in|come in|came|come|arrived|signed up) (?:through|via|from|by|as) (?:the |a |an )?(.+?) (?:are|is|were|should be|count as|are counted as) (?:really |actually |basically |just |in fact )?(?:an? )?(.+?)(?: leads| ones| contacts)?"#, "map $1 to $2"),
        (#"(?:the )?(.+?) (?:leads|ones|contacts|sign-?ups) (?:are|is) (?:really|actually|basically|in fact) (?:an? )?(.+?)(?: leads| ones| contacts)?"#, "map $1 to $2"),
        (#"(?:the |all |our )?(.+?) (?:leads|ones|contacts|sign-?ups|signups|registrations|entries) (?:are|is|count as|should count as|should be) (?:an? )?(\S+(?: \S+)?) (?:leads|ones|contacts)(?:,? not (?:an? )?\S+)?"#, "map $1 to $2"),
        // "rows 7 and 8 shouldn't be migrated", "subscribers shouldn't end up in the CRM".
        (#"((?:rows?|records?) [\d ,&]+(?:and [\d]+)?) (?:shouldn't|should not|must not|mustn't|can't|won't|doesn't need to|does not need to|don't need to|do not need to) be (?:imported|loaded|migrated|kept|included|brought over|moved|sent)"#, "drop $1"),
        (#"(?:the )?(.+?) (?:shouldn't|should not|must not|mustn't|can't|won't) (?:end up|appear|land|get through|make it)(?: in (?:the )?(?:crm|target|import|new system|system|output))?"#, "drop the $1"),
        // "stick the Contact Owner on the end of notes": an append.
        (#"(?:stick|add|put|tack|append|glue) (?:the )?(.+?) (?:on|onto|at|to) the end of (?:the )?(.+?)((?:,? separated by .+)?)"#, "append $1 to $2$3"),
        (#"(.+?) (?:should be|=|is|becomes|should become) (?:the )?rest of (.+?) after (?:the )?first (?:word|space)"#, "$1 = the rest of $2"),
        // Uniqueness lifted: "stop enforcing uniqueness on email", "email: turn off unique",
        // "uniqueness on the e-mail isn't needed any more".
        (#"(?:stop|quit|no longer|don't|do not|never) (?:enforcing|enforce|checking|check|requiring|require|flagging|flag) (?:the )?(?:uniqueness|unique|duplicates?)(?: check)? (?:on|of|for|in) (?:the )?(.+?)"#, "$1 does not need to be unique"),
        (#"(?:the )?(.+?):? (?:turn|switch) off (?:the )?(?:unique|uniqueness)(?: check| rule)?"#, "$1 does not need to be unique"),
        (#"(?:the )?(?:uniqueness|unique check|duplicate check) (?:on|of|for) (?:the )?(.+?) (?:isn't|is not|is no longer) (?:needed|required|necessary|wanted)(?: any ?more)?"#, "$1 does not need to be unique"),
        // "every contact needs a first name": a column that must have a value.
        (#"(?:every|each|all|any) (?:contacts?|rows?|records?|leads?|entries|entry|people|persons?) (?:needs?|must have|should have|has to have|have to have|requires?|needs to have|need to have) (?:an? |the |their )?(?!(?:one|it|them|that|this|those)\b)([^,]+?)"#, "$1 is required"),
        // "record 1000907 has to go".
        (#"((?:rows?|records?|ids?) [\d ,&]+(?:and \d+)?) (?:has to|have to|must|needs to|need to|should|can) go"#, "drop $1"),
        // "do not bring "Phone" across".
        (#"(?:not|never|don't|do not) (?:bring|carry|take|move|copy|send) (?:the )?((?:(?!\band\b)[^,])+?) (?:across|over|through)"#, "don't import $1"),
        // "treat numbers without a country code as French": the region for national numbers.
        (#"(?:treat|read|assume|parse|consider|interpret|take) (?:all |the |any )?(?:phone |mobile |tel )?numbers(?: (?:without|with no|lacking|missing) (?:an? |the )?(?:country|dialling|dialing|international|area) (?:code|prefix))? (?:as|are|to be) (?:being )?(.+?)(?: numbers| ones)?"#, "phone region $1"),
        (#"(?:phone )?numbers (?:without|with no|lacking|missing) (?:an? |the )?(?:country|dialling|dialing|international) (?:code|prefix) (?:are|should be|must be|will be) (?:in |from )?(?:the )?(.+?)(?: numbers| ones)?"#, "phone region $1"),
        // "region DE for the tel column": the region named first.
        (#"(?:default )?region (\S+) (?:for|on|in) (?:the )?(?:phone|phones|phone numbers?|tel|telephone|mobile|mobiles|contact number|numbers)(?: column| field)?"#, "phone region $1"),
        // "required: phone", "unique: email".
        (#"(required|mandatory|optional|unique|not unique)\s*:\s*(.+)"#, "$2 is $1"),
        // "flag duplicate surnames": a column whose values must not repeat.
        (#"(?:flag|catch|detect|check for|reject|spot|find|block|prevent|stop) (?:the |any |all )?(?:duplicate|duplicated|repeated) "# + notRows + object, "$1 must be unique"),
        // "leave out any contacts who don't have an e-mail".
        (#"(?:leave out|drop|remove|exclude|skip|omit|ignore|filter out|take out|get rid of|lose) (?:any|all|the|those)? ?(?:contacts|rows|records|people|leads|entries|ones|anyone|anybody) (?:who|that|which) (?:don't|do not|doesn't|does not|didn't|did not) (?:have|give|provide|list)(?: us)? (?:an? |any |the )?(.+?)"#, "drop rows without $1"),
        // "when the acquisition source says website, make it Web".
        (#"(?:when|if|where) (?!there\b)(?:the )?(.+?) (?:says|is|=|reads|contains|shows) (?!(?:empty|blank|missing|null|none|nothing|not set|unknown|not filled)\b)['"]?(.+?)['"]?,? (?:(?:make|turn|change|set|map|convert|switch) (?:it|that|this|them|those)(?: in)?(?: to| into)?|(?:call|label|record|file) (?:it|them) (?:as )?|use) (?:the )?['"]?(.+?)['"]?(?: option| value)?"#, "map $2 to $3"),
        // "if we don't know the lead source, put Other": a value for an empty cell.
        (#"(?:if|when|where) (?:we|you|i) (?:don't|do not|can't|cannot) (?:know|have|tell|find) (?:the )?(.+?),? (?:(?:could|can|would) you )?(?:just )?(?:put|use|set|write|fill in|enter|make it|default to|say) ['"]?([^'"]+?)['"]?"#, "when $1 is empty use $2"),
        // "put contact owner and lifecycle stage in notes joined by ' : '".
        (#"(?:put|write|show|place) (?:the )?(.+?) and (?:the )?(.+?) (?:in|into|together in) (?:the )?(.+?),? (?:joined|separated|split|divided) (?:by|with) (.+)"#, "combine $1 and $2 into $3 separated by $4"),
        // "fill notes with the First Name and Last Name joined by a space": the column filled, then what joins.
        (#"(?:fill|populate) (?:the )?([\w -]+?) with (?:the )?([^,.;?!]+?) and (?:the )?([^,.;?!]+?),? (?:joined|separated|combined) (?:by|with) ([^.;?!]+)"#, "combine $2 and $3 into $1 separated by $4"),
        // "could the notes show only the last word of the Contact Owner": one word of another column.
        (#"(?:(?:could|can|would|should) )?(?:the )?((?:(?!(?:could|can|would|should)\b)[\w-]+ ?){1,3}?) (?:should |could |would |to |can )?(?:show|shows|contain|contains|hold|holds|get|gets|have|has) (?:only |just )?the (first|last) word of (?:the )?([\w -]+?)(?:,? (?:like|e\.g\.|for example|so) [^.;?!]*)?"#, "put the $2 word of $3 into $1"),
        // "split the surname on the last space and keep what comes before it".
        (#"split (?:the )?(.+?) (?:on|at) (?:the )?(first|last) space,? (?:and )?keep (?:only )?(?:what comes|everything|the (?:part|bit)|what's|what is|whatever is|whatever comes) (before|after)(?: it| that)?"#, "$1 = everything $3 the $2 space of $1"),
        (#"(.+?) (?:should be|=|is|gets|becomes|should get) (?:everything|the part|the bit|what comes|whatever comes) (before|after) the (first|last) (?:space|blank) (?:in|of|from) (?:the )?(.+?)"#, "$1 = everything $2 the $3 space of $4"),
        // Changes said as the state wanted: "(they want) the Chat leads gone", "cold calls counted as
        // Outbound", "the notes to show the owner when they're empty".
        // A column nobody needs: "nobody uses the notes", "we don't care about phone numbers, leave them
        // blank", "the notes can go"; one wanted again: "put the notes back", "import the notes again".
        (#"(?:nobody|no one|no-one|none of us) (?:uses?|needs?|wants?|reads?|looks? at|cares? about|checks?)(?: the)? "# + object, "don't import $1"),
        (Clauses.wisher + #"(?: (?:also|really|basically|just))? (?:don't|do not|no longer) (?:care about|use|look at|read|check)(?: the)? "# + object + #"(?:,? (?:so )?(?:just )?leave (?:it|them|that|those) (?:blank|empty|out))?"#, "don't import $1"),
        (#"(?:the )?"# + notRows + object + #" (?:can|could|may|should) go(?: now)?"#, "don't import $1"),
        (#"leave (?:the )?"# + notRows + object + #" (?:blank|empty)(?: for (?:everyone|every row|all rows))?"#, "don't import $1"),
        // ("put the Dev Ops contacts back": rows said by what they are, never a column.)
        (#"(?:put|bring|add|map|import|get) (?!(?:those|these|them|it|that|this|all|him|her)\b)(?![^,;]*\b(?:rows|records|contacts|leads|entries|people|ones) back\b)(?:the )?"# + notRows + #"(?!#?\d)"# + object + #" back(?: in)?"#, "map $1 to $1"),
        (#"(?:import|include|bring over|migrate|map) (?:the )?"# + notRows + object + #" (?:again|anyway)"#, "map $1 to $1"),
        // "use de as the phone region": the region named for the phones.
        (#"(?:use|take|go with|assume|pick|set) (.+?) as (?:the )?(?:phone |default |phone number |default phone )?region(?: for (?:the )?(?:phones?|phone numbers|numbers))?"#, "phone region $1"),
        // Rows wanted only when they pass: "only keep rows that pass", "only keep valid rows".
        (#"(?:only )?(?:keep|import|send|load|migrate) (?:only )?(?:the )?(?:valid|clean|good) (?:rows|records|contacts|ones|leads)(?: only)?"#, "drop invalid rows"),
        (#"(?:only )?(?:keep|import|send|load|migrate) (?:only )?(?:the )?(?:rows|records|contacts|ones|leads) (?:that|which) (?:pass|are valid|are clean|validate|are ok|are okay)(?: only)?"#, "drop invalid rows"),
        // "don't send anyone we couldn't get an email for".
        (#"(?:don't|do not|never) (?:send|import|migrate|bring over|load|include|keep) (?:anyone|anybody|people|contacts|rows|records|leads|those) (?:we|i) (?:couldn't|could not|can't|cannot|didn't|did not|don't|do not|never) (?:get|find|have|got)(?: an?| the)? (.+?) (?:for|from)"#, "drop rows without $1"),
        // "a contact without a company should say Unknown": the value for an empty cell.
        (#"(?:an? |any |each |every )?(?:contacts?|rows?|records?|leads?|persons?|people|entry|entries|ones?) (?:without|with no|missing|lacking|that (?:have|has) no)(?: an?| the| any)? ([^,]+?) (?:should|must|can|will)? ?(?:say|read|show|get|have|be (?:given|set to)|become) (?!no\b)(['"]?[^'"]+['"]?)"#, "when $1 is empty use $2"),
        (#"(?:an? |any |each |every )?(?:contacts?|rows?|records?|leads?|persons?|people|entry|entries|ones?) (?:without|with no|missing|lacking|that (?:have|has) no)(?: an?| the| any)? ([^,]+?) (?:should|must|can|will) (?:just |simply )?be (['"][^'"]+['"])"#, "when $1 is empty use $2"),
        // "capitalize first names in UPPER CASE"; "company names shouting, all capitals".
        (#"(?:capitali[sz]e|write|put|format) (?:the |all )?(.+?) (?:in|to|as|with) (?:all |block )?(?:upper ?case|capitals|caps|capital letters)"#, "upper-case $1"),
        (wanted + #"(?:the |all )?(?![^,]*\b(?:look|looks|seem|seems|appear|appears|read|reads|sound|sounds)\b)"# + object + #" (?:shouting|shouty|in shouty (?:caps|capitals))(?:,? (?:in )?(?:all )?(?:caps|capitals|capital letters|upper ?case))?"#, "upper-case $1"),
        // "(make sure) the emails are trimmed".
        (#"(?:the |all )?"# + object + #" (?:is|are|get|gets) (?:all )?(?:trimmed|trim)"#, "trim $1"),
        // Terse notation: "fname = lower", "ln all lower", "Notes -> (skip)", "1000036 -> drop".
        (#"(?:the )?"# + notRows + terse + #" ?(?:=|:)? ?(?:all )?(upper|lower|title|proper)(?: ?case| ?cased)?"#, "$2-case $1"),
        (#"(?:the )?"# + notRows + terse + #" ?(?:=|:|to) ?\(?(?:skip|skipped|ignore|ignored|not imported)\)?"#, "don't import $1"),
        (#"(?:record |rec |id )?(\d{4,}) ?(?:=|:|to) ?\(?(?:drop|delete|remove|skip|exclude|out)\)?"#, "drop record $1"),
        // "drop invalid emails": the rows whose value fails.
        (#"(drop|remove|delete|skip|exclude|throw away|throw out) (?:the |all |any )?(?:invalid|bad|broken|malformed) (?!(?:rows?|records?|ones?|contacts?|leads?|entries|entry|lines?)\b)([^,]+?)"#, "$1 rows where the $2 is invalid"),
        // Parts of a value said by what stays or goes: "company: drop the last word", "last name: split
        // on the last space and keep the end", "for the company just keep the first word, e.g. …",
        // "first word of first name only".
        (#"(?:for |in )?(?:the )?"# + part + #"\s*[:,]? (?:we )?(?:only |just )?(?:want |keep |take |use )(?:only |just )?(?:the )?(first|last) (?:word|one|part|bit)(?: only)?(?:,? (?:e\.?g\.?|i\.?e\.?|like|such as|for example)\b.*)?"#, "$1 = the $2 word of $1"),
        (#"(?:only |just )?(?:the )?(first|last) (?:word|part) of (?:the )?((?:(?!\b(?:for|into|to|in|as)\b)[^,\-–—])+?)(?: only)?"#, "$2 = the $1 word of $2"),
        (#"(?:for |in )?(?:the )?"# + part + #"\s*[:,]? (?:drop|remove|cut|lose|strip|chop)(?: off)? (?:the )?(?:last word|legal suffix|suffix|(?:everything|anything|all|the bit|the part) after the last space)(?:,? (?:e\.?g\.?|i\.?e\.?|like|such as)\b.*|\s*\(.*\))?(?:,? i\.?e\.? .*)?"#, "$1 = everything before the last space of $1"),
        (#"(?:for |in )?(?:the )?"# + part + #"\s*[:,]? split (?:on|at) (?:the )?last space,? (?:and )?keep (?:the |only the )?(?:end|last (?:part|word|bit))"#, "$1 = the last word of $1"),
        (#"(?:for |in )?(?:the )?"# + part + #"\s*[:,]? split (?:on|at) (?:the )?last space,? (?:and )?keep (?:the |only the )?(?:start|beginning|first (?:part|bit))"#, "$1 = everything before the last space of $1"),
        // Trims said other ways: "trim all the things", "tidy the trailing blanks off company",
        // "make sure the last names don't have leading spaces".
        (#"(?:trim|strip|tidy)(?: up)? (?:all the things|everything|all of it|every (?:column|field)|all (?:the )?(?:columns|fields|text|values))"#, "trim all fields"),
        (#"(?:tidy|clean|strip|take|trim|remove)(?: up)? (?:the |any )?(?:trailing |leading |extra |stray |surrounding )?(?:blanks|spaces|whitespace)(?: off| from| around| on| in)? (?:the )?(.+?)"#, "trim $1"),
        (#"(?:the )?"# + object + #" (?:don't|do not|doesn't|does not|shouldn't|should not) have (?:any )?(?:leading |trailing |extra |stray )?(?:spaces|blanks|whitespace)\b.*"#, "trim $1"),
        (#"tidy(?: up)? (?:the )?"# + notRows + object, "trim $1"),
        // "first names need trimming", "the emails want lower-casing".
        (#"(?:the )?"# + object + #" (?:need|needs|want|wants|could use|require|requires) trimming"#, "trim $1"),
        (#"(?:the )?"# + object + #" (?:need|needs|want|wants|could use|require|requires) lower-?casing"#, "lower-case $1"),
        (#"(?:the )?"# + object + #" (?:need|needs|want|wants|could use|require|requires) upper-?casing"#, "upper-case $1"),
        (#"(?:the )?"# + object + #" (?:need|needs|want|wants|could use|require|requires) title-?casing"#, "title-case $1"),
        // Uniqueness said as the rows wanted: "one row per email", "the same email may appear twice".
        (#"(?:"# + Clauses.wisher + #")?(?: only| just)?(?: ever)?(?: (?:want|wants|need|needs|allow|allows|expect|keep))?(?: only)? ?(?:one|a single) (?:row|record|contact|entry|lead|line) per (?:the )?"# + object, "$1 must be unique"),
        (#"(?:the )?same "# + object + #" (?:may|can|might|could|is allowed to|are allowed to) (?:appear|occur|show up|be there|be used|come up) (?:twice|more than once|several times|multiple times|again)"#, "$1 does not need to be unique"),
        (#"(?:the )?"# + object + #" (?:should|must|may|can|will) never (?:repeat|be repeated|appear twice|be duplicated|occur twice)"#, "$1 must be unique"),
        (wanted + #"(?:the |all (?:the )?)?"# + object + #" (?:gone|removed|dropped|deleted|excluded|taken out|filtered out|left out|out of (?:the )?(?:import|file|load|data))"#, "drop $1"),
        (wanted + #"(?:the |all (?:the )?)?"# + object + #" (?:counted|treated|classed|classified|filed|bucketed|grouped|labell?ed|recorded|tagged) (?:as|under) (.+)"#, "count $1 as $2"),
        (wanted + #"(?:the )?([^\s,]+(?: (?!(?:to|should|must)\b)[^\s,]+)?) (?:to |should |must )?(?:show|display|use|get|take|contain|hold|have|fall back to) (?:the )?(.+?),? (?:when|if|where|whenever) (?:it'?s|it is|they'?re|they are|those are|that's|that is)? ?"# + empty, "when $1 is empty use $2"),
        // Combines with the separator before the target: "join A and B with a space into notes";
        // "the notes show the owner and then the stage".
        (#"((?:join|combine|concatenate|merge|glue|put) .+? and .+?) ((?:with|using|separated by) .+?) ((?:into|in|to|as) (?:the )?[^,]+)"#, "$1 $3 $2"),
        (#"(?:(?:can|could|should|would) )?(?:the )?([^\s,]+(?: (?!(?:should|could|can|must|will|would)\b)[^\s,]+)?) (?:should |could |can |must )?(?:show|display|contain|hold|carry) (?:the )?([^,]+?) (?:and then|then|followed by|and after it|and) (?:the )?([^,]+?),? (?:separated|joined) by (.+)"#, "combine $2 and $3 into $1 separated by $4"),
        (#"(?:(?:can|could|should|would) )?(?:the )?([^\s,]+(?: (?!(?:should|could|can|must|will|would)\b)[^\s,]+)?) (?:should |could |can |must )?(?:show|display|contain|hold|carry) (?:the )?([^,]+?) (?:and then|then|followed by|and after it|and) (?:the )?([^,]+?)"#, "combine $2 and $3 into $1"),
        // Terse, without a verb: "Lifecycle Stage no import", "row 7 not import", "phone must have".
        (#"(?:the )?(?!.*\b(?:which|what|is|are|was|were|tell)\b)((?:(?!\band\b(?! \d))[^,:])+?):? (?:no|not) (?:import|migrate|load)"#, "don't import $1"),
        (#"no import(?: of| for)? (?:the )?(.+?)"#, "don't import $1"),
        (#"(?:the )?(.+?) (?:must|should|has to) (?:have|exist|be there)"#, "$1 is required"),
        (#"(?:the )?(.+?):? (?:is |are )?no longer (required|mandatory|compulsory|obligatory|needed)"#, "$1 is optional"),
        (#"(?:the )?(.+?):? (?:no longer (?:needs|has|need|have) to be|need(?:s)? no longer be|(?:is|are) no longer) unique"#, "$1 does not need to be unique"),
        (#"(?:the )?((?:(?!\b(?:turn|switch|set|make)\b)[^,])+?):? unique(?:ness)?(?: check)? ?(?:[:=] ?)?(?:off|false|no|disabled)"#, "$1 does not need to be unique"),
        (#"(?:the )?(.+?):? unique(?:ness)?(?: check)? ?(?:[:=] ?)?(?:on|true|yes|enabled)"#, "$1 must be unique"),
        (#"(?:the )?((?:(?!\b(?:take|turn|switch|put|get)\b)[^,;])+?):? (?:required|mandatory) ?(?:[:=] ?)?(?:off|false|no)"#, "$1 is optional"),
        (#"(?:enforce|require|check|add) (?:the )?uniqueness (?:on|for|of) (?:the )?(.+?)"#, "$1 must be unique"),
        (#"(?:the )?same (.+?) (?:two times|twice|more than once|several times|multiple times|in two rows|on two rows) (?:is|are) (?:ok|okay|fine|allowed|acceptable|no problem)"#, "$1 does not need to be unique"),
        (#"(?:duplicate|repeated) (.+?) (?:is|are) (?:ok|okay|fine|allowed|acceptable|no problem)"#, "$1 does not need to be unique"),
        // Splits said tersely: "first name only first word", "last name take last word only", "X := rest of Y after the first word".
        (#"(?:the )?(?!(?:only|just|keep|take|use|please)\b)((?:[^\s,:]+ ){0,2}?[^\s,:]+):? (?:take|keep|use|only|just) (?:only |just )?(?:the )?(first|last) (?:word|part|bit)(?: only)?"#, "$1 = the $2 word of $1"),
        (#"(.+?) ?:?= ?(?:the )?rest of (.+?) after (?:the )?first (?:word|space)"#, "$1 = the rest of $2"),
        // The object first, as German or Spanish word order has it: "the notes column we want to fill
        // from Lifecycle Stage", "the row number 30 take out", "the records A and B we must exclude".
        (#"(?:the )?(.+?) (?:we|i) (?:want to|would like to|need to) (?:fill|take|get|populate)(?: it| them)? from (?:the )?(.+?)"#, "map $2 to $1"),
        (#"(?:the )?(.+?) in (capital letters|upper ?case|lower ?case|small letters|title case),? (?:we|i) (?:want|would like|need)(?: to have)?(?:,? all of them)?"#, "$1 in $2"),
        (#"((?:the )?(?:rows?|records?|contacts?|leads?|entries)\b.+?),? (?:these |those |both |this |that |them |it )?(?:we|i) (?:don't|do not) (?:want|need|import)"#, "drop $1"),
        (#"((?:(?!\band\b(?! \d))[^,])+?),? (?:these |those |both |this |that |them |it )?(?:we|i) (?:don't|do not) (?:want|need|import|bring over)(?: it| them)?"#, "don't import $1"),
        (#"((?:(?!\band\b(?! \d))[^,])+?),? (?:these |those |both |this |that |them |it )?(?:we|i) (?:want to |must |should |need to |would like to |have to |will |shall )?(remove|exclude|drop|delete|skip|trim|take out|leave out|filter out|omit)"#, "$2 $1"),
        (#"((?:(?!\band\b(?! \d))[^,])+?) (?:we|i) (?:take|use|get) from (?:the )?([^,]+?)"#, "map $2 to $1"),
        (#"((?:the )?(?:rows?|records?|contacts?|leads?|entry|entries|lines?)\b.*?) (take out|remove|drop|delete|exclude)"#, "$2 $1"),
        (#"to (?:the )?([^,]+?),? (?:please )?(?:add|append|put)(?: at the end)? (?:the )?([^,]+?)(,? (?:with|separated by) .+)?"#, "append $2 to $1$3"),
        (#"in (?:the )?([^\s,]+(?: [^\s,]+)?) (?:is|should be|goes|comes|should go) (?:the )?(.+?)"#, "map $2 to $1"),
        // "I'd rather we didn't import Lead Source for now": a column not wanted, said as a preference.
        (#"(?:i|we)(?:'d| would) (?:rather|prefer)(?: that)?(?: we| you| it)? (?:didn't|did not|not|don't|do not) (import|bring over|bring in|migrate|map|use|include|carry over|take over) (?:the )?(.+?)"#, "don't $1 $2"),
        // "we do want unique email addresses after all": a rule wished for a column.
        (#"(?:so |but )?(?:we|i|they|the client|the customer)(?: do| really| still| also)? (?:want|need|would like|'d like) (?:unique|distinct|de-?duplicated) ([\w -]+?)(?: after all| again| back| please)*"#, "$1 must be unique"),
        // "emails back to lowercase": the case a column had before.
        (#"(?:put |set |change |turn |switch )?(?:the )?([\w -]+?) back (?:to|in|into) (?:the )?(lower[- ]?case|upper[- ]?case|title[- ]?case|proper[- ]?case|small letters|capitals|all caps)"#, "$2 $1"),
        // "take the unique off last name": the rule taken off a column.
        (#"(?:take|turn|switch|knock|get) (?:the )?(?:unique(?:ness)?|unique (?:check|rule|flag|constraint)|duplicate check|dedupe check) off (?:of |for |on |from )?(?:the )?(.+?)"#, "$1 does not need to be unique"),
        (#"(?:take|turn|switch|knock|get) (?:the )?(?:required|requirement|mandatory)(?: (?:check|rule|flag|constraint))? off (?:of |for |on |from )?(?:the )?(.+?)"#, "$1 is optional"),
        // Letter case said other ways: "capitalise the first letter of each word in X", "X -> UPPERCASE".
        (#"(?:capitali[sz]e|upper-?case) the first letter (?:of|in) (?:each|every) word (?:in|of) (?:the )?(.+?)"#, "capitalise each word of $1"),
        (#"(?:capitali[sz]e|title-case) (?:the )?(.+?) (?:word by word|each word|every word|per word)"#, "capitalise each word of $1"),
        // (Said tersely too: "email lowercase", "company all capital letters", "last name big letters";
        // or with a verb: "put first names in upper case", "could the surnames be in proper case".)
        (#"(?![^,]*\b(?:rejects?|refuses?|accepts?|hates?|chokes|breaks|expects?|requires?|prefers?|stores?|holds?)\b)(?:(?:put|make|set|turn|convert|have|get|write|change|display|show|could|can|should|would) )?(?:the |all )?(?!(?:no|not|never|without|don't|do not)\b)((?:(?!(?:no|not|never|without)\b)[^\s,]+ ){0,2}?(?!(?:no|not|never|without)\b)[^\s,]+):?(?: (?:to|=|in|as|into|be|be in|be all|be written in|written in|(?:are|is)(?: written)?|written|need to be|needs to be|should be|must be)(?: all)?(?: in)?| all(?: in)?)? (?:block capitals|block letters|capital letters|big letters|uppercase|upper case|upper-case|all caps|caps|capitals)(?: letters)?"#, "upper-case $1"),
        (#"(?![^,]*\b(?:rejects?|refuses?|accepts?|hates?|chokes|breaks|expects?|requires?|prefers?|stores?|holds?)\b)(?:(?:put|make|set|turn|convert|have|get|write|change|display|show|could|can|should|would) )?(?:the |all )?(?!(?:no|not|never|without|don't|do not)\b)((?:(?!(?:no|not|never|without)\b)[^\s,]+ ){0,2}?(?!(?:no|not|never|without)\b)[^\s,]+):?(?: (?:to|=|in|as|into|be|be in|be all|be written in|written in|(?:are|is)(?: written)?|written|need to be|needs to be|should be|must be)(?: all)?(?: in)?| all(?: in)?)? (?:lowercase|lower case|lower-case|small letters)(?: letters)?"#, "lower-case $1"),
        (#"(?![^,]*\b(?:rejects?|refuses?|accepts?|hates?|chokes|breaks|expects?|requires?|prefers?|stores?|holds?)\b)(?:(?:put|make|set|turn|convert|have|get|write|change|display|show|could|can|should|would) )?(?:the |all )?(?!(?:no|not|never|without|don't|do not)\b)((?:(?!(?:no|not|never|without)\b)[^\s,]+ ){0,2}?(?!(?:no|not|never|without)\b)[^\s,]+):?(?: (?:to|=|in|as|into|be|be in|be written in|written in|(?:are|is)(?: written)?|written|need to be|needs to be|should be|must be)(?: in)?)? (?:title case|title-case|proper case|titlecase|proper-case)"#, "title-case $1"),
        // "the phones are fine as they are": the recipe already does what is wanted.
        (#"(?:the )?(?!(?:empty|blank|missing|duplicate)\b)[\w ]{2,30}? (?:is|are) (?:fine|ok|okay|good|correct|right) (?:as (?:it is|they are|is)|the way (?:it is|they are))"#, "leave the recipe as it is"),
        // "X should be filled from Y": where X comes from.
        (#"(?:the )?(?!(?:empty|blank|missing)\b)((?:[^\s,]+ ){0,2}[^\s,]+) (?:should be|is|are|gets|get|will be) (?:filled|populated|fed|taken|sourced|read) (?:from|with|by) (?:the )?(.+?)"#, "map $2 to $1"),
        // "Web stays Web", "notes remains Notes": a mapping said to hold.
        (#"(.+?) (?:stays|remains|should stay|should remain|can stay|stays as|remains as|should stay as|can stay as) (?!(?:out|unmapped|excluded|required|unique|optional|mandatory|empty|blank)\b)(.+?)"#, "$1 = $2"),
        // "first_name trimmed", "last names title-cased": the change named after the column.
        (#"(?:the )?(?!.*(?:\bbe\b|\bis\b|\bare\b|\bnot\b|n't\b|\bshould\b|\bmust\b|\bnever\b|\bno\b|\bstop\b))(?!(?:keep|leave|retain)\b)((?:[^\s,]+ ){0,2}[^\s,]+),? (trim|title-case|lower-case|upper-case)"#, "$2 $1"),
        // Trim.
        (#"(?:remove|strip|delete|drop|cut|clean up|tidy up|clean|tidy) (?:the |any |all )?(?:(?:leading|trailing|extra|surrounding|stray|excess|surplus)(?:(?: and |/)(?:leading|trailing))? )*"# + spaces + #" (?:around|from|in|on|of|at either end of|at the ends of) (?:the )?(.+?)"#, "trim $1"),
        (#"(?:some |a few |several |many |most |a couple of )?(?:of )?(?:the )?(?!(?:some|many|most|a few|several|they|these|those|it|them)\b)(.+?) (?:has|have|contains?|comes? with|(?:is|are) padded with) (?:some |a few |any )?(?:(?:leading|trailing|extra|surrounding|stray|excess) )*"# + spaces + #"\b(?:(?!\b(?:and|but|also|plus|then)\s+(?:when|if|where|then|also|please|drop|remove|delete|set|make|use|map|put|write|fill|change|convert|skip|exclude|import|keep|split|combine|add|lower|upper|title|capitali[sz]e|treat|count|default|mark|require)\b|\b(?:when|if)\b).)*"#, "trim $1"),
        (#"(?:tidy|clean)(?: up)? (?:the )?(.+?),? (?:there(?:'s| is| are)|they have|it has|which have|that have) (?:some )?"# + spaces + #"\b(?:(?!\b(?:and|but|also|plus|then)\s+(?:when|if|where|then|also|please|drop|remove|delete|set|make|use|map|put|write|fill|change|convert|skip|exclude|import|keep|split|combine|add|lower|upper|title|capitali[sz]e|treat|count|default|mark|require)\b|\b(?:when|if)\b).)*"#, "trim $1"),
        // "bring the notes back": import a column again.
        (#"bring (?!(?:those|these|them|it|that|this|all|him|her)\b)(?:the )?"# + notRows + #"(?!#?\d)(.+?) back(?: in)?|bring back (?!(?:those|these|them|it|that|this|all)\b)(?:the )?"# + notRows + #"(?!#?\d)(.+?)|(?:import|include|migrate|bring over|bring in) (?:the )?([^\s,]+(?: [^\s,]+)?)(?: column| field)?(?: again| after all| as well)?"#, "map $1$2$3 to $1$2$3"),
        (#"(?:i|we) (?:should|would) like (?:the )?((?:(?!\band\b(?! \d))[^,])+?) to be (?:disregarded|ignored|excluded|dropped|left out|skipped|omitted)"#, "don't import $1"),
        (#"((?:(?!\band\b(?! \d))[^,])+?) (?:is|are) not (?:required|needed|wanted) (?:in|for) (?:the )?(?:target|import|migration|crm|new system)(?: and (?:should|can|must|will) (?:remain|stay|be left) (?:unmapped|out|unimported|excluded))?"#, "don't import $1"),
        (#"((?:(?!\band\b(?! \d))[^,])+?) (?:should|must|can|will) (?:remain|stay|be left) (?:unmapped|out|unimported|excluded)|((?:(?!\band\b(?! \d))[^,])+?) (?:stays|remains) (?:out|unmapped|excluded)|((?:(?!\band\b(?! \d))[^,])+?) (?:is|are) not required and (?:should|can|must|will) (?:remain|stay|be left) (?:unmapped|out|unimported|excluded)"#, "don't import $1$2$3"),
        (#"((?:(?!\band\b(?! \d))[^,])+?) [-:] not (?:importing|migrating|bringing over)(?: that| it| this| them)?"#, "don't import $1"),
        (#"(?:nuke|zap|axe|kill) (?:the )?(?!(?:rows?|records?|contacts?|leads?)\b)([^\s,]+(?: [^\s,]+)?)(?: column| field)?"#, "don't import $1"),
        (#"((?:(?!\band\b(?! \d))[^,])+?) (?:stays|remains|should stay|should remain) (required|unique|optional|mandatory)"#, "$1 stays $2"),
        // Not imported said other ways: "unmap notes", "X: not imported", "skip the X column",
        // "leave out "Company Domain"", "don't bring over the notes".
        (#"unmap (?:the )?((?:(?!\band\b(?! \d))[^,])+?)"#, "don't import $1"),
        (#"(?:the )?((?:(?!\b(?:is|are|was|were|being|be|been|rows?|records?|which|what)\b)[^:])+?):? (?:not imported|not migrated|skip(?:ped)?|excluded|unmapped|leave out|ignored?)"#, "don't import $1"),
        // ("email not needed" of a column that must have a value asks: may it be empty, or is it not imported?)
        (#"(?:the )?((?:(?!\b(?:is|are|was|were|being|be|been|rows?|records?|which|what)\b)[^:])+?)(?::| [-:])? not needed"#, "$1 isn't needed"),
        (#"(?:skip|leave out|omit|exclude|ignore|drop) (?:the )?(?:['"]([^'"]+)['"]|([^\s'"]+(?: [^\s'"]+)?) (?:column|field))(?: entirely| completely| altogether)?"#, "don't import $1$2"),
        (#"(?:don't|do not|never) (?:bring over|bring in|carry over|migrate|load|include|move over|copy over|take over|pull in|pull over|send over|map) (?:the )?((?:(?!\band\b(?! \d))[^,])+?)"#, "don't import $1"),
        // Not imported: "no need for phone numbers", "the notes we not need".
        (#"no need for (?:the |an? )?(.+?) to be (unique|required|mandatory|filled)"#, "$1 does not need to be $2"),
        (#"(?:there(?:'s| is) )?no need for (?:the |any )?(?!(?:rows|records|contacts|leads)\b)((?:(?!\band\b(?! \d))[^,])+?)"#, "don't import $1"),
        (#"(?:the )?(?:column |field )?((?:(?!\band\b(?! \d))[^,])+?),? (?:we|i) (?:not need|don't need|do not need|no need|not want|don't want|do not want)(?: it| them| this| that)?(?:,? (?:please )?(?:remove|drop|take) (?:it |them )?(?:out )?(?:from|of) (?:the )?(?:import|migration|file|load))?"#, "don't import $1"),
        // Where a column comes from: "fill the notes field from Lifecycle Stage", "notes mapped from X",
        // "pull the notes from the Contact Owner column", "in notes I want …".
        (#"(?:the )?(?!(?:empty|blank|missing)\b)([^\s,]+(?: [^\s,]+)?)(?: field| column)? (?:is |are |gets |should be )?(?:mapped|taken|sourced|pulled|read|filled) from (?:the )?['"]?(.+?)['"]?(?: column| field)?"#, "map $2 to $1"),
        (#"(?:fill|populate) (?:the )?(?!(?:empty|blank|missing)\b)([^\s,]+(?: [^\s,]+)?)(?: field| column)? (?:from|with) (?:the )?['"]?(.+?)['"]?(?: column| field)?"#, "map $2 to $1"),
        (#"(?:pull|fetch|source|get) (?:the )?([^\s,]+(?: [^\s,]+)?)(?: field| column)? from (?:the )?['"]?(.+?)['"]?(?: column| field)?"#, "map $2 to $1"),
        (#"in (?:the )?([^\s,]+(?: [^\s,]+)?)(?: field| column)?,? (?:i|we) (?:want|need|would like)(?: to (?:have|see))? (.+)"#, "put $2 into $1"),
        (#"(.+?) (?:to|into) (.+?),? (?:only )?(?:the )?(first|last) (?:word|part) only"#, "put the $3 word of $1 into $2"),
        (#"what (?:i|we) (?:need|want) is (?:for )?(?:the )?(.+?) to (?:come from|be taken from|be filled from|be mapped from) (?:the )?(.+)"#, "map $2 to $1"),
        (#"(.+?) ?= ?(.+?) (?:where|when|if) (?:the )?(?:.+?) (?:is|are) (?:empty|blank|missing)"#, "when $1 is empty use $2"),
        (#"(?:the )?(.+?) blanks (?:should|must|can|will) (?:just )?(?:become|be|default to|get) ['"]?(.+?)['"]?"#, "set $1 to '$2' when it is empty"),
        (#"((?:(?!\band\b(?! \d))[^,])+?) (?:can|should|may|could) be (?:left out|skipped|ignored|excluded|dropped from the import)"#, "don't import $1"),
        (#"((?:(?!\band\b(?! \d))[^,])+?),? (?:we|i) (?:are not|aren't|am not) (?:needing|using|wanting) (?:it|them|this)(?:,? (?:please )?(?:do not|don't) import(?: it| them)?)?"#, "don't import $1"),
        (#"(?:two|2) (?:rows|records|contacts|leads|people) (?:shouldn't|should not|can't|cannot|mustn't|must not|may not) (?:share|have) (?:an? |the same |same )?([^,]+?)"#, "$1 must be unique"),
        // "phone -> optional", "email: unique".
        (#"((?:(?!\band\b(?! \d))[^,])+?) (?:to|=|:) (optional|required|mandatory|unique|not unique)"#, "$1 is $2"),
        // "When Lead Source says website, this is the Web option".
        (#"(?:when|if|where) (?:the )?(.+?) (?:says|is|=|reads|contains) ['"]?(.+?)['"]?,? (?:this|that|it) (?:is|means|should be) (?:the )?(.+?)(?: option| value)?"#, "map $2 to $3"),
        // Defaults said with the column first: "Empty lead source: use Referral as the default value".
        (#"(?:an? )?(?:empty|blank|missing) (.+?): (?:use|set|put|fill with|default to|make it) ['"]?(.+?)['"]?(?: as (?:the )?default(?: value)?)?"#, "set $1 to '$2' when it is empty"),
        (#"for (?:the |all |any )?(?:contacts?|rows?|records?|leads?) (?:with|that have|having) (?:an? )?(?:empty|blank|missing|no) (.+?),? (?:please )?(?:put|use|set|write|fill in|enter) (['"].+?['"])(?: in| there)?"#, "set $1 to $2 when it is empty"),
        (#"default (?:for|of) (?:the )?(.+?) (?:when|if) (?:it'?s |it is )?(?:empty|blank|missing)\s*[:=]\s*(.+)"#, "set $1 to $2 when it is empty"),
        (#"(?:if|when) (?:the )?(?!(?:it|they)\b)([^,]+?) (?:is )?(?:missing|empty|blank),? (?:then )?(?:drop|remove|skip|exclude|delete) (?:the |that |this )?(?:row|record|contact|line|entry|it)"#, "drop rows without $1"),
        // Values said to be the same as an allowed value: "the value Webform it is same as Web".
        (#"(?:the value )?(.+?) (?:it )?is (?:the )?same as (.+?)(?:,? (?:please )?change(?: it)?)?"#, "map $1 to $2"),
        (#"(?:could|can|should|may|would) (?:the )?(?:(?:surplus|extra|stray|leading|trailing|excess) )*"# + spaces + #" (?:surrounding|around|in|on|of) (?:the )?(.+?) be (?:tidied away|tidied|removed|trimmed|stripped|cleaned up|cleaned|cut)"#, "trim $1"),
        (#"(?:the )?"# + spaces + #" (?:before and after|around|surrounding|at both ends)(?: in| of| on)? (?:the )?(.+?),? (?:these |those )?(?:please )?(?:remove|strip|trim|cut)"#, "trim $1"),
        // Trims: "in Company there is spaces before and after".
        (#"in (?:the )?(.+?),? there(?:'s| is| are) (?:some )?(?:extra |stray )?"# + spaces + #" (?:before and after|around|at (?:both|the) ends|either side)\b.*"#, "trim $1"),
        // "for last_name take everything after …": the column named first.
        (#"for (?:the )?([^\s,]+(?: [^\s,]+)?),? (?:take|use|put|keep|(?:"# + Clauses.wisher + #" )?(?:only |just )?(?:wants?|needs?|would like|'d like)(?: only| just)?) (.+ (?:of|from|in) .+)"#, "put $2 into $1"),
        (#"(?:the )?(.+? (?:ones|rows|records|contacts|leads|entries)(?: \(.+?\))?),? (?:we|i) (?:do not|don't|dont) want (?:them|those|these|it)(?:,? (?:filter|take|leave) (?:them |it )?out)?"#, "drop the $1"),
        (#"(?:not|never) (?:bring over|bring in|carry over|import|migrate|load|include|move over|copy over|take over) (?:the )?((?:(?!\band\b(?! \d))[^,])+?)"#, "don't import $1"),
        (#"(?:we|i)(?:'re| are|'m| am) not (?:bringing|carrying|moving|copying) (?:the )?((?:(?!\band\b(?! \d))[^,])+?) (?:over|in|across)\b.*"#, "don't import $1"),
        // "First Name should feed last_name": the source column named first.
        (#"(?:the )?([\w -]+?) (?:should|must|has to|needs to|is to) (?:feed|fill|populate|go into|go in|go to|end up in) (?:the )?([\w -]+?)(?: column| field)?"#, "map $1 to $2"),
        // "flag contacts that share a surname with an earlier contact": that column's values are unique.
        (#"(?:flag|mark) (?:the )?(?:contacts|rows|records|people|leads|entries) (?:that|who|which) (?:share|have the same|repeat) (?:an? |the )?([\w -]+?)(?: (?:with|as) .+)?"#, "$1 must be unique"),
        // "only import the rows that pass validation", "anything invalid should be left out": the invalid rows dropped.
        (#"only (?:import|keep|load|migrate|bring over) (?:the )?(?:rows|records|contacts|leads|entries|ones) (?:that|which) (?:pass(?: validation| the checks| the rules)?|are valid)"#, "drop invalid rows"),
        (#"(?:anything|everything|any rows?|rows|records) (?:that is |that's |which is )?(?:invalid|not valid|failing) (?:should|must|can) (?:be )?(?:left out|dropped|removed|excluded|go)(?: of (?:the )?(?:file|import|load))?"#, "drop invalid rows"),
        // "uniqueness off for email, on for last name": each column's uniqueness.
        (#"uniqueness off for (?:the )?([\w ]+?),? (?:and |but )?on for (?:the )?([\w ]+?)"#, "$1 does not need to be unique, and $2 must be unique"),
        (#"uniqueness on for (?:the )?([\w ]+?),? (?:and |but )?off for (?:the )?([\w ]+?)"#, "$1 must be unique, and $2 does not need to be unique"),
        // "keep Record ID mapped to external_id": the mapping, said as one to keep.
        (#"(?:keep|leave) (?:the )?(.+?) (?:mapped|going|feeding|flowing) (?:to|into|in) (?:the )?(.+?)"#, "map $1 to $2"),
        // "company = first word of Company only": "only" adds nothing to a part of a column.
        (#"(.+?) ?= ?(?:the )?(first|last) word of (.+?) only"#, "$1 = the $2 word of $3"),
        // "phone becomes required": the rule said as what the column becomes.
        (#"(?:the )?([\w -]+?) (?:becomes|become|is now|are now|should become|turns|now becomes) (required|mandatory|optional|unique)"#, "$1 is $2"),
        // "email doesn't have to be there": the column may be empty.
        (#"(?:the )?([\w -]+?) (?:doesn't|does not|don't|do not|needn't|need not) (?:have to|need to|has to) be (?:there|present|given|provided|set|known|in there)"#, "$1 is optional"),
        // "no two contacts should share a first name": that column's values are unique.
        (#"no two (?:contacts|rows|records|people|leads|entries|customers) (?:should|may|can|must|are allowed to|can ever) (?:share|have) (?:the same |an? |one )?([\w -]+?)(?: value)?"#, "$1 must be unique"),
        // "duplicates in email are allowed, don't flag them": that column's values need not be unique.
        (#"(?:duplicates?|dupes|repeats|repeated values) (?:in|of|for) (?:the )?([\w -]+?) (?:are|is) (?:allowed|fine|ok|okay|acceptable|expected|normal)(?:,? (?:so )?(?:don't|do not) flag (?:them|it|those))?"#, "$1 does not need to be unique"),
        // "rows with a bad email can go": those rows dropped.
        (#"((?:the )?(?:rows?|records?|contacts?|leads?|entries|anything|everything) (?:with|where|whose|that|without) .+?) (?:can|may|should|must) (?:go|be dropped|be removed|be deleted|be binned)"#, "drop $1"),
        (#"(?:we|i)(?:'re| are|'m| am) not (?:bringing over|bringing in|carrying over|importing|migrating|loading|including|moving over|copying over|taking over|taking|keeping) (?:the )?((?:(?!\band\b(?! \d))[^,(])+?)(?: this time| for now| for this load| yet)?(?: round| around)?(?:\s*\([^)]*\))?"#, "don't import $1"),
        // "the client doesn't want anything owned by Dev Ops": those rows dropped.
        (Clauses.wisher + #" (?:doesn't|does not|don't|do not|won't|will not) (?:want|need)(?: to (?:import|migrate|load|keep|see))? ((?:anything|everything|any (?:rows?|records?|contacts?|leads?)|the (?:rows?|records?|contacts?|leads?)) .+)"#, "drop $1"),
        (#"(?:the )?"# + notRows + #"((?:(?!\band\b(?! \d))[^,])+?) (?:aren't|isn't|are not|is not) needed(?: in the (?:import|migration|output))?"#, "$1 is unnecessary"),
        (#"(?:drop|remove|skip|ignore) the "# + notRows + #"((?:(?!\band\b(?! \d))[^,])+?) (?:column|field)"#, "don't import $1"),
        (#"leave (?:the )?((?:(?!\band\b(?! \d))[^,])+?) (?:empty|blank)"#, "don't import $1"),
        // Optional, unique.
        (#"(?:relax|drop|remove|lift|loosen) the requirement (?:on|for) (?:the )?(.+?)"#, "$1 is optional"),
        (#"(?:i|we) (?:need|want) (?:the )?((?:(?!\band\b(?! \d))[^,])+?) to be (optional|required|mandatory|unique)"#, "$1 is $2"),
        (#"(?:every|each) (.+?) (?:should|must|has to|needs to) (?:appear|occur|be there) (?:only once|once only|just once|at most once)"#, "$1 must be unique"),
        // Fill from a column or a value when empty.
        (#"(?:where|when|if) (?:the )?(.+?) (?:is|are) "# + empty + #",? (?:could you |can you |would you |please |then |just )?(?:use|take (?:it|them) from|fill (?:it|them) from|copy|put in|put) (?:the )?(.+?)"#, "when $1 is empty use $2"),
        (#"(.+?): (?:fall back to|use|default to) (?:the )?(.+?) (?:when|if) (?:it's |it is |they're |they are )?"# + empty, "when $1 is empty use $2"),
        (#"fill (?:in )?(?:the )?(?:empty|blank|missing) (.+?) (?:from|with) (?:the )?(.+?)"#, "when $1 is empty use $2"),
        // A value for rows lacking one: "for the contacts that don't have a created date, put 2020-01-01 in".
        (#"for (?:the |any )?(?:contacts?|rows?|records?|leads?|ones|people|entries) (?:that|which|who|with(?:out)?) (?:don't|do not|doesn't|does not)? ?(?:have|has)? ?(?:no |an? |the |any )?(.+?),? (?:(?:could|can|would) you |please |just )?(?:put|use|set|fill in|enter|write|add) (.+?)(?: in| there)?"#, "when $1 is empty use $2"),
        (#"(?:if|when|where) (?:the )?(.+?) (?:is|are) (?:empty|blank|missing),? (?:then )?(?:fill in|fill (?:it|them) with|set (?:it|them) to|make (?:it|them)|default to|enter|write)(?: there| in there)? (?!(?:the )?values? (?:of|from|in)\b)(.+?)"#, "when $1 is empty use $2"),
        (#"(?:use|put|enter|write|fill in) (.+?)(?: as (?:the )?[\w ]+?)? (?:when|where|if) (?:the )?(.+?) (?:is|are) (?:empty|blank|missing)"#, "when $2 is empty use $1"),
        (#"(?:put|use|write|enter|fill in) (.+?) (?:in|into|for) (?:the )?(.+?) (?:where|when|if) (?:there (?:aren't|isn't|are no|is no|is none|are none)(?: any| one)?(?: [\w ]+?)?|(?:it's|it is|they're|they are) (?:empty|blank|missing))"#, "when $2 is empty use $1"),
        (#"(?:if|when|where) (?:a |an |the )?(?:contact|row|record|lead|person|entry)? ?(?:has|have) no (.+?),? (?:(?:could|can|would) you |please |then |just )?(?:fall back to|use|take (?:it|them) from|fill (?:it|them)(?: in)? (?:from|with)|copy) (?:their |its |the )?(.+?)"#, "when $1 is empty use $2"),
        (#"(?:for )?(?:the )?(?:(?:handful|couple|few) of )?(?:rows|records|contacts|leads|cases|ones) (?:where|when|in which) (?:the )?(.+?) (?:wasn't|was not|isn't|is not|hasn't been|has not been|weren't|were not) (?:filled in|filled|set|given|entered|provided)(?: by [\w ]+?)? (?:i'?d like you to |please |could you |can you |we want you to )?use (?:whatever is in |what'?s in |whatever'?s in |the value (?:of|in|from) )?(?:the )?(.+?)(?: for (?:those|them|these)(?: ones| rows)?)?"#, "when $1 is empty use $2"),
        // "anything with no lead source can be Other": a default for the rows lacking a value.
        (#"(?:anything|everything|anyone|any (?:row|record|contact|lead)|rows|records|contacts|leads|those|the ones) (?:with no|without|with an? (?:empty|blank|missing)|missing|lacking) (?:a |an |the )?(.+?) (?:can|should|will|must|may|could|is to|are to) (?:be|become|get|default to|go to|go under|count as|say|read|show|display|contain|have) (?:an? )?['"]?([^'"]+?)['"]?"#, "when $1 is empty use $2"),
        (#"fall back to (.+?) (?:for|on) (?:an? |any )?"# + empty + #" (.+?)"#, "when $2 is empty use $1"),
        (#"(?:fall back to|default to|use|put|write) (.+?) (?:for|in|into) (?:the )?(.+?),? (?:if|when|where|whenever) (?:it'?s |it is |they'?re |they are |there'?s nothing|there is nothing)?"# + empty + #"?"#, "when $2 is empty use $1"),
        (#"(?:the )?(.+?) ?[=:] ?(['"]?[^'"]+?['"]?) (?:when|if|where|whenever) (?:it'?s |it is |they'?re |they are )?"# + empty, "when $1 is empty use $2"),
        (#"(?:the )?((?:[^\s,:]+ ){0,2}?[^\s,:]+):? (?:(?:should|must|will|can|shall|could|would) (?:just )?)?(?:default|fallback)(?: value)?(?: to| is| =|:)? (?!region\b|country\b|to\b|it\b|them\b)(['"]?[^'"]+?['"]?)(?: for (?:the )?(?:blanks|blank ones|empty ones|empty values|empty cells|empties|missing ones|missing values|gaps))?"#, "when $1 is empty use $2"),
        (#"(?:the )?(?!(?:where|when|if|whenever)\b)([^,]+?) (?:is |are )?"# + empty + #",? (?:then )?(?:write|put|use|set|say|enter|fill in|show)(?: it to| in| there)? (.+)"#, "when $1 is empty use $2"),
        // Splits: "company should be the Company up to the last space".
        (#"(.+?) (?:should be|=|is|gets|becomes|should get) (?:the )?(.+?) (?:up to|until|before) the (first|last) (?:space|blank)"#, "$1 = everything before the $3 space of $2"),
        (#"(.+?) (?:should be|=|is|gets|becomes|should get) (?:the )?(.+?) (?:after|from) the (first|last) (?:space|blank)(?: on)?"#, "$1 = everything after the $3 space of $2"),
        // Splits: "split X: the first word goes to Y".
        (#"split (?:the )?(.+?): (?:the )?(first|last) (word|part) (goes|should go|go) (?:to|into|in) (.+?)"#, "put the $2 $3 of $1 into $5"),
        // Drops.
        (#"(?:we )?(?:don't|do not) want (?:any(?:one|body)?|rows|records|contacts|leads|people) (?:whose|where|with) (?:the )?(.+?) (?:is|are|=) (.+?)"#, "drop rows where $1 is $2"),
        (#"(?:we |i )?(?:don't|do not) want (?:any of |any |all of )?(?:the |those |these )?(?!(?:rows|records|contacts|leads|entries)\b)(.+? (?:rows|records|contacts|leads|entries|ones|sign-?ups))"#, "drop the $1"),
        (#"(?:we |i )?(?:don't|do not) want (?:any of|all of) (?:the |those |these )?(?!(?:rows|records|contacts|leads|entries)\b)([^,]+?)"#, "drop the $1 rows"),
        // "anything that's still flagged as invalid, just throw it away": the rows named, then the verb.
        (#"((?:anything|everything|any rows?|all rows|rows|records|contacts|leads|entries)\b.+?),? (?:throw|toss|bin|drop|remove|delete|chuck) (?:it|them|those|these)(?: away| out)?"#, "drop $1"),
        (#"(?:any|every|each) (?:contact|row|record|lead|entry) (?:with no|without|missing|lacking) (?:an? |the )?(.+?)(?: recorded| given| filled in| set)? (?:should|must|is to|are to|ought to) be (?:discarded|dropped|removed|excluded|omitted|deleted|skipped)"#, "drop rows without $1"),
        (#"(?:any|every) (?:contact|row|record|lead) (?:lacking|without|with no|missing) (?:an? |the )?(.+?) should (?:receive|get|have) (.+?)(?: as (?:a |the )?(?:placeholder|default))?"#, "set $1 to '$2' when it is empty"),
        (#"(rows|records|contacts|leads|entries) ((?:with|where|whose|without) .+?) (?:are to be|ought to be) (?:dropped|removed|deleted|excluded|skipped|left out|omitted|discarded)"#, "drop $1 $2"),
        (#"(rows|records|contacts|leads|entries) ((?:with|where|whose|without) .+?) (?:should|must|can|need to) be (?:dropped|removed|deleted|excluded|skipped|left out)"#, "drop $1 $2"),
        // Uniqueness said other ways: "turn off the duplicate check on email", "last names can repeat",
        // "no duplicate emails allowed".
        (#"(?:turn|switch) off (?:the )?unique check (?:on|for|of|in) (?:the )?([^,]+?)(?: again| now| please| too)*"#, "$1 does not need to be unique"),
        (#"(?:the )?(.+?) (?:can|may|are allowed to|is allowed to|are free to) (?:repeat|be repeated|be duplicated|have duplicates|appear more than once|appear twice)(?:,? (?:so |and )?(?:please )?turn off (?:the )?unique check(?: again| now)?)?"#, "$1 does not need to be unique"),
        (#"(?:there should be |we want |i want )?no (?:duplicate|duplicated|repeated|dupe) (.+?)(?: allowed| please| permitted| at all)*"#, "$1 must be unique"),
        // "make the family name big": upper case; "Put the name of family in majuscules".
        (#"(?:make|write|put|have) (?:the |all )?(.+?) (?:big|in upper case|upper case|in capitals)(?: letters)?(?:,? all of (?:them|it))?"#, "upper-case $1"),
        (#"(?:make|write|put|have) (?:the |all )?(.+?) (?:small|in lower case|lower case)(?: letters)?(?:,? all of (?:them|it))?"#, "lower-case $1"),
        (#"(?:the )?([^,;]+?) (?:are|is|be|in) (?:in )?(upper|lower) case"#, "$2-case $1"),
        // "Duplicated emails are allowed": uniqueness lifted.
        (#"(?:duplicated?|repeated|double) (.+?) (?:are|is) (?:allowed|ok|okay|fine|acceptable|permitted|no problem)(?:,.*)?"#, "$1 does not need to be unique"),
        // "The LinkedIn leads, we consider them Advertising": a value said to be another.
        (#"(?:the )?(.+?),? (?:we|i) (?:consider|count|treat|see|class|classify) (?:them|it|those|these) (?:as )?(?:an? )?(.+?)"#, "map $1 to $2"),
        // "Rows with lead source LinkedIn: out", "Record 1000700 out", "The row 58 must go out".
        (#"((?:the )?(?:rows?|records?|contacts?|leads?|lines?) (?:(?!\b(?:leave|take|keep|them|it|left|is|are)\b)[^,])+?)[:,]? (?:out|must go(?: out)?|has to go(?: out)?|goes out|go out|should go out)"#, "drop $1"),
        // "The contacts with lead source Chat we do not want, please remove them".
        (#"((?:the )?(?:rows|records|contacts|leads|lines) (?:with|where|whose|that|from|without) .+?) (?:we|i) (?:do not|don't) (?:want|need)(?:,? (?:so )?(?:please )?(?:remove|drop|delete|exclude) (?:them|those|these))?"#, "drop $1"),
        // "fall back to Other for lead_source when it is missing": the value for an empty column.
        (#"fall back (?:on|to) (.+?) for (?:the )?(.+?) (?:when|if|where) (?:it'?s|it is|they are|they're|it) (?:missing|empty|blank)"#, "when $2 is empty use $1"),
        // "remove rows where the email is a duplicate": later repeats go, the first stays.
        (#"(?:remove|drop|delete|exclude|skip) (?:the |any )?(?:rows?|records?|contacts?|leads?|entries)(?: where| whose| with| that have| having)? (?:the |an? )?(?![#\d])([^,]+?) (?:is|are) (?:a )?(?:duplicates?|duplicated|repeated|a repeat|dupes?)(?: of (?:an? )?(?:earlier|previous|other) (?:one|row))?"#, "$1 must be unique, keep the first"),
        // "Could first_name be a required field too?": a request said as a question.
        (#"(?:could|can|would|will) (?:the )?(.+?) be (?:a |an )?(required|mandatory|optional|unique)(?: field| column| value)?(?: too| as well| also| please)*"#, "$1 is $2"),
        // "feed notes from Contact Owner", "swap notes over to company domain": a column's source.
        (#"(?:feed|source|populate) (?:the )?(.+?) (?:from|with|by) (?:the )?((?!['"]).+?)"#, "map $2 to $1"),
        (#"(?:swap|switch|change|move) (?:the )?([^,]+?) over (?:to|onto) (?:using |use )?(?:the )?([^,]+?)"#, "map $2 to $1"),
        // "trim every text column — first name, last name and company": the columns are the list.
        (#"(trim|strip|clean up|tidy(?: up)?) (?:every|all|all the|each|the) (?:text |string )?(?:columns?|fields?)\s*(?:[—–:-]|,)\s*(.+)"#, "$1 $2"),
        // "find and replace Website with Web in the lead source": a value mapped.
        (#"(?:find and replace|find & replace|search and replace|replace) ['"]?(.+?)['"]? (?:with|by) ['"]?(.+?)['"]? in (?:the )?(.+?)(?: column| field)?"#, "map $1 to $2 in $3"),
        // "Trade Show and tradeshow are both events, could you map them to Event?": the values named first.
        (#"([^,]+? and [^,]+?) (?:are|is) (?:both |all )?(?:an? )?[\w ]+?,? (?:so )?(?:please )?(?:could you |can you |would you )?(map|turn|change|set|make|put|count|treat) (?:them|those|these|both|all of them|them all)(?: both| all)? (to|into|as) (.+?)"#, "$2 $1 $3 $4"),
        // "join first name and last name with a space and drop that into notes".
        (#"(join|combine|merge|concatenate|glue) (.+?) ((?:with|separated by|using) .+?) and (?:then )?(?:drop|put|stick|place|dump|write|pop|move|store) (?:that|it|them|the result) (?:in|into|to) (?:the )?(.+?)"#, "$1 $2 into $4 $3"),
        // "text to columns on First Name: keep just the first word in first_name".
        (#"text to columns on (?:the )?(.+?)\s*[:,—–-]\s*(?:and )?(?:keep|put|take|leave) (?:just |only )?the (first|last) (word|part) (?:in|into|as|for) (?:the )?(.+?)"#, "put the $2 $3 of $1 into $4"),
        (#"text to columns on (?:the )?(.+?)\s*[:,—–-]\s*(?:and )?(?:keep|take|leave) (?:just |only )?the (first|last) (word|part)"#, "put the $2 $3 of $1 into $1"),
        // "first name should just be the first word, drop the second name": the column's own part.
        (#"(?:the )?(.+?) (?:should|must|needs to|has to|can|will)(?: just| only)? be (?:just |only )?the (first|last) (?:word|name|part)(?: of it)?(?:,? (?:and )?(?:drop|lose|remove|cut|without|get rid of) (?:the )?(?:(?:second|middle|other|rest|last|first|remaining)[\w ]*|(?:anything|everything|whatever|all) (?:after|else|past)[\w ]*))?"#, "put the $2 word of $1 into $1"),
        // "PROPER case the first names after trimming them": both, trimming first.
        (#"((?:proper|title|upper|lower)[- ]?case|capitali[sz]e|upper-case|lower-case|uppercase|lowercase) (?:the )?(.+?) after trimming (?:them|it|those)(.*)"#, "trim the $2 and $1 the $2$3"),
        (#"(?:remove|drop|delete|exclude|skip) (\d{5,}(?:(?:\s*,\s*|\s*,?\s*and\s+|\s*&\s*)\d{5,})*)"#, "drop records $1"),
        (#"(?:the )?(?:(?:contact|record|row|lead|entry|person) (?:with|having) (?:the )?)?(?:record id|record|external id|id) (\d{3,}) (?:shouldn't|should not|must not|mustn't|can't|won't|doesn't need to|does not need to) be (?:imported|loaded|migrated|kept|included)"#, "drop record $1"),
    ]

    /// Reasons after a comma that carry no instruction ("…, some leads only gave a phone number").
    static let tails = [
        #"\s*,\s*(?:some|many|most|a few|several) (?:of (?:them|these|those|the \w+|our \w+)|leads|contacts|people|rows|records|customers)\b[^,]*$"#,
        #"\s*,\s*(?:we|they|sales|marketing) (?:can'?t|cannot|couldn'?t|don'?t|do not) (?:use|need|want|trust|work with) (?:those|these|them|it|that|such)\b[^,]*$"#,
        #"\s*,?\s+(?:we'?ll|we will|we can|we're going to|they'?ll|they will)\s[^,]*$"#,
        #"\s*,\s*(?:it'?s|it is|they'?re|they are|both are|those are) (?:a |an |all |both |just )?(?:dupes?|duplicates?|tests?|junk|spam|fake|bogus|old)\b[^,]*$"#,
        #"\s*,\s*(?:that'?s|that is) (?:all|it)$"#,
        #"\s*,\s*(?:duplicates|blanks|empty values?|gaps) are (?:fine|ok|okay)\b[^,]*$"#,
        #"\s*,\s*(?:they|it|that|this) (?:break|breaks|confuse|confuses|mess up|messes up|upset|upsets|ruin|ruins|kill|kills)\b[^,]*$"#,
        #"\s*,\s*nothing (?:fancy|else|more)$"#,
        // "…, the reps type in random capitals", "…, we track those elsewhere", "…, weird I know".
        #"\s*,\s*(?:the|our|some|many) [\w ]{1,20}? (?:type|typed|write|wrote|enter|entered|use)\b[^,]*$"#,
        #"\s*,\s*(?:we|they|sales|marketing|finance) (?:track|keep|store|hold|manage|have) (?:those|these|them|it|that)\b[^,]*$"#,
        #"\s*,\s*(?:weird|odd|strange|silly),? i know\b.*$"#,
        // "…, the capitals look awful", "…, she asked us to delete her data", "…, that's the safest bet".
        #"\s*,\s*(?:the|those|these|they) [\w ]{0,20}?(?:look|looks|are|is) (?:awful|ugly|terrible|bad|weird|wrong|silly|shouty|horrible)\b[^,]*$"#,
        #"\s*,\s*(?:she|he|they) (?:asked|requested|wants|wanted|told)\b[^,]*$"#,
        #"\s*,\s*(?:that's|that is|it's) the (?:safest|best|easiest|simplest) (?:bet|option|choice)\b[^,]*$"#,
        // ", like Nakamura not NAKAMURA", ", Sarah not SARAH": an example of the change.
        #"\s*,\s*(?:like |e\.?g\.? |so )?['"]?([\w'-]+)['"]? (?:not|rather than|instead of) ['"]?\1['"]?$"#,
        // "…, currently falls into Other": what happens now.
        // "… - legal flagged free text": who decided it.
        // (Not what they say, want or need: "…, the client says their phones are German" is a request of its own.)
        #"\s*(?:,|\s[-–—])\s*(?:legal|compliance|security|privacy|gdpr|finance|sales|marketing|billing|the client|management|ops)(?: team)? (?:flagged|asked|decided|signed off)\b[^,]*$"#,
        // "…, the labels printer wants caps": who wants it so.
        #"\s*,\s*(?:the|our|their) [\w ]{1,30}? (?:wants?|needs?|expects?|requires?|prefers?|likes?) (?:it|them|that|caps|capitals|upper ?case|lower ?case|it that way)\b[^,]*$"#,
        #"\s*,\s*(?:it |they |which |that )?(?:currently|now|right now|today|at the moment) (?:falls?|goes|go|lands?|ends? up|maps?|becomes?|shows?|is|are|gets?)\b[^,]*$"#,
    ]

    private static let compiledSynonyms = synonyms.compactMap { pattern, replacement in
        Pattern(pattern).map { ($0, replacement) }
    }

    /// The rewrites, each compiled once as a whole-clause match.
    private static let compiledRewrites = rewrites.compactMap { pattern, template in
        Pattern("^(?:" + pattern + ")$").map { ($0, template) }
    }

    /// The clause with synonyms read and, when one matches, its everyday form rewritten.
    static func rewrite(_ clause: String) -> String {
        var subject = Pattern.Subject(lookingLike(clause))
        for (pattern, replacement) in compiledSynonyms {
            if let replaced = pattern.replacing(in: subject, with: replacement) { subject = Pattern.Subject(replaced) }
        }
        var value = subject.text
        value = value.split(separator: " ").joined(separator: " ")
        value = active(expandRowRanges(dateExample(value)))
        // A question ("which rows did we drop") is never rewritten as the change it mentions.
        if Text.contains(value, #"^(?:could|can|would) you (?:tell|show|list|give)\b|^(?:which|how|why|who|whose|what(?!\s+(?:i|we)\b)|did|does|was|were|has|(?:is|are) (?:there|any|we)\b|show (?:me )?(?:the |all |which )?(?:rows|records|contacts|ones|leads)\b|list\b|give me\b|tell me\b)\b"#) { return value }
        value = stated(value)
        let stated = Pattern.Subject(value)
        for (pattern, template) in compiledRewrites {
            guard let groups = Text.groups(of: pattern, in: stated) else { continue }
            var result = template
            for (index, group) in groups.enumerated().reversed() { result = result.replacingOccurrences(of: "$\(index + 1)", with: group) }
            return result
        }
        return value
    }

    /// "Split Company on the last space; keep the first part in company and put the rest in notes":
    /// a split said with the places its parts go, as the assignments it makes (the first space when
    /// none is named: "the first word stays in first_name").
    static func placedSplit(_ message: String) -> String {
        let column = #"(?:the )?([\w -]+?)(?: column| field)?"#
        // ("Company is split at its last space: the first part stays in company, the last word goes to notes in place of Notes".)
        if let g = Text.match(message, #"(?=.*\bsplit\b)\s*(?:please )?(?:split )?"# + column + #"(?: (?:is|must be|should be|gets|is to be) split)?(?: (?:on|at) (?:the|its) (first|last) (?:space|blank))?\s*[:;,.]?\s*(?:and )?(?:keep )?(?:the )?(?:first|left) (?:word|part|bit)(?: stays| goes| is kept| remains)? (?:in|into|as|to|->|→|=>) "# + column + #"(?:\s*[,;]\s*|\s+)(?:and )?(?:put |move |send )?(?:the )?(?:rest|remainder|second part|other part|(?:last|right) (?:word|part|bit))(?: goes| stays| is put| moves)? (?:in|into|to|as|->|→|=>) "# + column + #"(?: (?:in place of|instead of) (?:the )?[\w -]+?)?\s*[.!]?\s*"#) {
            let space = g[1].isEmpty ? "first" : g[1].lowercased()
            return "\(g[2]) = everything before the \(space) space of \(g[0]); \(g[3]) = everything after the \(space) space of \(g[0])"
        }
        if let g = Text.match(message, #"\s*(?:please )?split "# + column + #" (?:on|at) the (first|last) (?:space|blank),? (?:and )?keep (?:only )?the (?:first|left) (?:word|part|bit) (?:in|as) "# + column + #"\s*[.!]?\s*"#) {
            return "\(g[2]) = everything before the \(g[1].lowercased()) space of \(g[0])"
        }
        // "split Company on the last space and keep only the first part": the part kept in the column of that name.
        // ("Do a text to columns on Company …, so Black Mesa Dynamics Ltd becomes Black Mesa Dynamics": the same, with an example.)
        if let g = Text.match(message, #"\s*(?:please )?(?:split|(?:do|run|use) (?:a )?text[- ]to[- ]columns? (?:on|for|with)) "# + column + #" (?:on|at) the (first|last) (?:space|blank),? (?:and )?keep (?:only )?the (?:first|left) (?:word|part|bit)(?:,? so ([^,.;]+?) (?:becomes|turns into|is|will be) ([^,;]+?))?\s*[.!]?\s*"#) {
            // (An example that the split does not give is a contradiction: the message is read as it is, and asks.)
            let space = g[1].lowercased(), example = g[2].split(separator: " "), result = g[3].split(separator: " ")
            guard example.isEmpty || result == (space == "first" ? Array(example.prefix(1)) : Array(example.dropLast())) else { return message }
            return "\(g[0]) = everything before the \(space) space of \(g[0])"
        }
        if let g = Text.match(message, #"\s*(?:please )?use (?:what|whatever|everything) (?:follows|comes after) the first word of "# + column + #" (?:as|for|in) "# + column + #"\s*[.!]?\s*"#) {
            return "\(g[1]) = everything after the first space of \(g[0])"
        }
        return message
    }

    /// "I want the last names to look like SMITH, all caps": the letter case the example is written in.
    static func lookingLike(_ clause: String) -> String {
        guard let g = Text.match(clause, #"(?:(?:i|we)(?:'d| would)? (?:want|need|like) )?(?:the |all |every )?(.+?) (?:to |should |must )?(?:look|read|appear|be written|come out|looks?|reads?) like ['"]?([A-Za-z][A-Za-z'-]+(?: [A-Za-z][A-Za-z'-]+)*)['"]?(?:,? (?:all caps|in capitals|all lower ?case|in lower ?case|title case))?"#),
            g[1].contains(where: \.isLetter),
            // ("title case the last names, all caps looks like shouting": how the letters look, no example.)
            !Text.contains(g[0], #"\b(?:case|caps|capitals|capitali[sz]e|upper|lower)\b"#), !Text.contains(g[1], #"(?-i)^[a-z]+ing$"#)
        else { return clause }
        let example = g[1]
        let verb = example == example.uppercased() ? "upper-case" : example == example.lowercased() ? "lower-case"
            : example.split(separator: " ").allSatisfy { $0.first?.isUppercase == true } ? "title-case" : nil
        return verb.map { "\($0) \(g[0])" } ?? clause
    }

    /// "read 12/09/2019 as 12 september": a date read by an example, as the order it shows.
    static func dateExample(_ text: String) -> String {
        let month = #"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)"#
        let example = #"(?:read |treat |take |interpret )?(?:dates like |a date like )?(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4} (?:as|is|means|meaning|=|should be read as|should be|should mean|stands for|to mean|(?:should |must |will |to )?(?:come out as|come through as|be read as|become|becomes|be treated as|end up as|show as|be shown as)) (?:the )?"#
        // ("…, not december", "not the 9th of December": the reading it is not.)
        let said = text.replacingRegex(#",?\s+(?:and )?not (?:in |the )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \d{1,2}(?:st|nd|rd|th)?)?(?: \d{2,4})?$"#, with: "")
        if let g = Text.match(said, example + #"(\d{1,2})(?:st|nd|rd|th)? (?:of )?"# + month + #"(?: \d{2,4})?"#) {
            return order(first: g[0], second: g[1], day: g[2], month: g[3]) ?? text
        }
        if let g = Text.match(said, example + month + #" (?:the )?(\d{1,2})(?:st|nd|rd|th)?(?:,? \d{2,4})?"#) {
            return order(first: g[0], second: g[1], day: g[3], month: g[2]) ?? text
        }
        return text
    }

    /// The order "first/second" shows when `day` `month` is the date meant (nil when both or neither fit).
    private static func order(first: String, second: String, day: String, month: String) -> String? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let a = Int(first), let b = Int(second), let d = Int(day), a != b,
            let m = months.firstIndex(of: String(month.lowercased().prefix(3))).map({ $0 + 1 })
        else { return nil }
        if a == d, b == m { return "dates are day first" }
        if a == m, b == d { return "dates are month first" }
        return nil
    }

    /// "rows 1-3" / "rows 4 to 6" as the row numbers they name ("rows 1, 2 and 3"), for short ranges.
    static func expandRowRanges(_ text: String) -> String {
        guard let g = Text.match(text, #"(.*\brows?) (\d{1,4}) ?(?:-|–|to|through|thru) ?(\d{1,4})(\b.*)"#),
            let low = Int(g[1]), let high = Int(g[2]), low < high, high - low < 50
        else { return text }
        let numbers = (low...high).map(String.init)
        return g[0] + " " + numbers.dropLast().joined(separator: ", ") + " and " + numbers[numbers.count - 1] + g[3]
    }
}
