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
        // "map webinar to referral no sorry to event": a correction said without a mark before it.
        value = value.replacingRegex(#"(?<=\w)\s+(?=(?:no,? wait|no,? sorry|sorry,? no(?! (?:one|longer|idea|need|problem|worries|doubt))|wait,? no(?! (?:one|longer))|sorry,? i mean|no,? i mean)\b)"#, with: ", ")
        // "drop rose twelve", "road forty two can go": "row" misheard before a number.
        value = value.replacingRegex(#"(?-i)\b(?:rose|road|roe|rho)\b(?=\s+(?:\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|fou?rty|fifty|sixty)\b)"#, with: "row")
            .replacingRegex(#"\bled (?=sources?\b)"#, with: "lead ")
        // "company domain were not bringing that over": "we're", as speech-to-text writes it.
            .replacingRegex(#"(?<!\b(?:they|you|we|these|those|rows|ones|records|contacts|values|numbers|names|leads)\s)\bwere not (?=(?:bringing|carrying|moving|copying|importing|migrating)\b)"#, with: "we're not ")
        // "the phones are plus 49 numbers": a calling code said as a word, where phones are spoken of
        // ("drop rows 3 plus 4" adds a row).
        value = SpelledNumbers.read(value)
        guard Text.contains(value, #"\b(?:phones?|numbers?|mobiles?|calling|country code|dial(?:ling)? code|region)\b"#) else { return value }
        return value.replacingRegex(#"\bplus\s+(?=\d{1,3}(?:\s+(?:numbers?|phones?|mobiles?|lines?)\b|\s*[.,;!]?\s*$))"#, with: "+")
    }
}
