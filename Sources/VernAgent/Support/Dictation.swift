import Foundation

/// A message as speech-to-text writes it, read as typed: punctuation said as a word ("comma",
/// "full stop"), words misheard before a number ("rose twelve" for "row twelve") or before a
/// column ("led source"), numbers spelled out (`SpelledNumbers`), a calling code as "plus 49", and
/// a correction without a mark before it ("… referral no sorry to event").
enum Dictation {
    /// Words a "comma" or "full stop" after them names a mark, not punctuation ("separated by a comma").
    private static let naming = #"(?<!\b(?:a|an|the|by|with|single|one|using|use|plus|no|of|or|and))"#

    static func read(_ text: String) -> String {
        var value = text
        if Text.contains(value, #"\b(?:comma|full stop)\b"#) {
            value = value.replacingRegex(naming + #"\s+comma\s+(?!(?:separated|separator|delimited|between|space|and a space|then a space)\b)"#, with: ", ")
                .replacingRegex(naming + #"\s+comma\s*$"#, with: "")
                .replacingRegex(naming + #"\s+full stop\b\s*"#, with: ". ")
        }
        // "first underscore name": the mark said as a word, inside a name.
        value = value.replacingRegex(#"(?<=\w) underscore (?=\w)"#, with: "_")
        // "put quote unknown unquote": the words between are the literal, quoted.
        value = value.replacingRegex(#"\bquote\s+(.+?)\s+(?:unquote|end ?quote|close ?quote)\b"#, with: "'$1'")
            .replacingRegex(#"\bquote unquote\s+([\w-]+)"#, with: "'$1'")
        // "william dot jones at sign alpinemedia dot io": an email address said aloud.
        if Text.contains(value, #"\w\s+at sign\s+\w"#) {
            value = value.replacingRegex(#"\s+at sign\s+"#, with: "@")
            while let range = value.range(of: #"(?<=[\w.]@[\w.-]{0,60}?\w)\s+dot\s+(?=\w)|(?<=\w)\s+dot\s+(?=[\w.]+@)"#, options: .regularExpression) {
                value.replaceSubrange(range, with: ".")
            }
        }
        // "aiko at acmenetworks dot com": an address said with a plain "at", known by its spoken domain ending.
        value = value.replacingRegex(#"\b([\w.'-]+?)(?: dot ([\w-]+))? at ([\w-]+(?: dot [\w-]+)*) dot (com|io|net|org|ai|co|uk|de|fr|es|it|nl|au|ca|us|edu|gov|mil|info|biz|dev|app|tech)\b"#, with: "$1.$2@$3.$4")
            .replacingRegex(#"\.@"#, with: "@")
        while let range = value.range(of: #"(?<=@[\w.-]{0,60}?\w) dot (?=\w)"#, options: .regularExpression) {
            value.replaceSubrange(range, with: ".")
        }
        // "the lifecycle stage comma space contact owner", "with space dash space": a separator spelled
        // out mark by mark, written as the quoted marks (between two names, joined with "+").
        value = Self.spokenSeparators(value)
        // "remove record 1,000,441": a record id written with thousands separators.
        value = value.replacingRegex(#"(?<=\b(?:records?|ids?|id numbers?|record ids?|#)\s?)(\d{1,3}),(\d{3})(?:,(\d{3}))?\b(?!,\d)"#, with: "$1$2$3")
        // "ppc is advertising ads is advertising and paid search is advertising": one statement after another, unmarked.
        let statement = #"(?:[\w-]+ ){0,2}[\w-]+ (?:is|are|becomes|goes to|=) [\w-]+"#
        // (Only as speech-to-text writes, without capitals past the first word: "podcasts are Advertising and
        // chat is Support" is typed, and read whole.)
        if Text.contains(value, "^(?:" + statement + #"(?:\s+(?:and\s+)?|\s*$)){2,}"#), !Text.contains(value, #"(?-i)\s[A-Z]"#) {
            value = value.replacingRegex(#"(?<=\b(?:is|are|becomes|goes to|=) [\w-]{1,30})\s+(?:and\s+)?(?=(?:[\w-]+ ){0,2}[\w-]+ (?:is|are|becomes|goes to|=) )"#, with: "; ")
        }
        // "map webinar to referral no sorry to event": a correction said without a mark before it.
        value = value.replacingRegex(#"(?<=\w)\s+(?=(?:no,? wait|no,? sorry|sorry,? no(?! (?:one|longer|idea|need|problem|worries|doubt))|wait,? no(?! (?:one|longer))|sorry,? i mean|no,? i mean)\b)"#, with: ", ")
        // "drop rose twelve", "road forty two can go": "row" misheard before a number.
        value = value.replacingRegex(#"(?-i)\b(?:rose|road|roe|rho)\b(?=\s+(?:\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|fou?rty|fifty|sixty)\b)"#, with: "row")
            .replacingRegex(#"\bled (?=sources?\b)"#, with: "lead ")
        // "company domain were not bringing that over": "we're", as speech-to-text writes it.
            .replacingRegex(#"(?<!\b(?:they|you|we|these|those|rows|ones|records|contacts|values|numbers|names|leads)\s)\bwere not (?=(?:bringing|carrying|moving|copying|importing|migrating)\b)"#, with: "we're not ")
        // "map webinar two event", "undo the last too changes": a number and a word misheard for each other.
        value = value.replacingRegex(#"\b((?:map|maps|mapped|set|change|turn|convert|move|rename|switch|goes|go|send|put) [\w -]{1,30}?) two (?=(?!(?:rows?|records?|contacts?|columns?|changes?|steps?|things?|values?)\b)[a-z])"#, with: "$1 to ")
            .replacingRegex(#"\b(?:too|to)(?= (?:changes|steps|edits|things|versions|revisions)\b)"#, with: "two")
        // "drop row twelve sorry thirteen": a correction of the number, said of the same kind of thing.
        let spoken = #"(?:\d+|(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred)[ -]?)+)"#
        value = value.replacingRegex(#"\b(rows?|records?|lines?) ("# + spoken + #")\s+(?:sorry|no|oops|wait)\s+(?=(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|\d))"#, with: "$1 $2, sorry, I meant $1 ")
        value = SpelledNumbers.read(value)
        // "drop rows 1 2 3 and for": the last number misheard.
        value = value.replacingRegex(#"\b((?:rows?|lines?)(?:\s+\d+,?)+\s+and)\s+for\b"#, with: "$1 4")
        // "the phones are plus 49 numbers": a calling code said as a word, where phones are spoken of
        // ("drop rows 3 plus 4" adds a row).
        guard Text.contains(value, #"\b(?:phones?|numbers?|mobiles?|calling|country code|dial(?:ling)? code|region)\b"#) else { return value }
        return value.replacingRegex(#"\bplus\s+(?=\d{1,3}(?:\s+(?:numbers?|phones?|mobiles?|lines?)\b|\s*[.,;!]?\s*$))"#, with: "+")
    }

    /// Marks spoken as words, in the order said, at least two of them and one a space: "comma space", "space dash space".
    private static let markWords = ["space": " ", "comma": ",", "dash": "-", "hyphen": "-", "pipe": "|", "slash": "/", "semicolon": ";", "colon": ":"]

    private static func spokenSeparators(_ text: String) -> String {
        let word = "(?:" + markWords.keys.sorted().joined(separator: "|") + ")"
        guard let match = text.range(of: #"\b"# + word + #"(?: "# + word + #")+\b"#, options: [.regularExpression, .caseInsensitive]) else { return text }
        let words = text[match].lowercased().split(separator: " ").map(String.init)
        guard words.contains("space"), words.contains(where: { $0 != "space" }), words.count <= 4 else { return text }
        let literal = "'" + words.compactMap { markWords[$0] }.joined() + "'"
        let before = text[..<match.lowerBound].trimmingCharacters(in: .whitespaces)
        let after = text[match.upperBound...].trimmingCharacters(in: .whitespaces)
        // ("with space dash space", "separated by comma space": the separator named; else between two names.)
        let named = Text.contains(before, #"\b(?:with|by|using|separator|between|a|an)$"#) || after.isEmpty || Text.contains(after, #"^(?:between|in between)\b"#)
        return named ? before + " " + literal + (after.isEmpty ? "" : " " + after) : before + " + " + literal + " + " + after
    }
}
