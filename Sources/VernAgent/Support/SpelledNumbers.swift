import Foundation

/// Numbers said in words, as dictation writes them ("row twelve", "record one zero zero one four
/// six two", "undo the last two", "the forty-second row"), read as digits. Only where a number is
/// meant: after a word that takes one (row, record, id, last, undo…), before one that counts
/// (rows, changes, steps…), in a list after such a number, or as a run of three or more digits.
/// "no one", "one of them" and "the first name" are left alone.
enum SpelledNumbers {
    private static let units = ["zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9]
    private static let teens = [
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    ]
    private static let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]
    private static let ordinals = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
        "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
        "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    ]
    /// Words after which a number is meant.
    private static let takers: Set<String> = ["row", "rows", "record", "records", "line", "lines", "id", "ids", "entry", "entries", "number", "nr", "#", "last", "undo", "revert", "revision", "version", "step", "steps"]
    /// Words before which a number counts something.
    private static let counted: Set<String> = ["rows", "records", "changes", "change", "steps", "edits", "revisions", "versions", "lines", "entries", "contacts", "leads"]
    /// Words that go on a list of numbers.
    private static let joiners: Set<String> = ["and", "&", "to", "or", "through", "thru"]

    /// `text` with each spelled number that is meant as one written in digits.
    static func read(_ text: String) -> String {
        guard Text.contains(text, #"\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)\b"#) else { return text }
        var tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        var lastNumber = -10
        while index < tokens.count {
            guard let run = run(in: tokens, from: index) else { index += 1; continue }
            let before = index > 0 ? word(tokens[index - 1]) : ""
            let after = run.end < tokens.count ? word(tokens[run.end]) : ""
            let listed = index > 0 && (joiners.contains(before) || tokens[index - 1].hasSuffix(",")) && index - lastNumber <= 2
            // (A lone "one" only beside a row or record word: "drop the last one" is a row, not a count.)
            let lone = run.value == 1 && !run.digits && !run.ordinal && !["row", "record", "line", "entry", "id", "#", "undo", "revert"].contains(before) && !counted.contains(after)
            // (An ordinal is a row's place, or a day of a month: "the twelfth of september", "september twelfth".)
            // ("the second may be a duplicate": "may" after the number is the verb.)
            let dated = isMonth(after) && after != "may" || isMonth(before) || after == "of" && run.end + 1 < tokens.count && isMonth(word(tokens[run.end + 1]))
            let meant = run.ordinal ? ["row", "record", "line", "entry"].contains(after) || dated
                : !lone && (run.digits || takers.contains(before) || counted.contains(after) || listed)
            guard meant else { index = run.end; continue }
            let trailing = String(tokens[run.end - 1].reversed().prefix { ",.;:!?)".contains($0) }.reversed())
            // ("rows one two three": after a plural of rows, single digits are a list, never one number.)
            let each = run.digits && ["rows", "lines", "entries"].contains(before)
                ? tokens[index..<run.end].compactMap { units[word($0)].map(String.init) }.joined(separator: ", ") : nil
            tokens.replaceSubrange(index..<run.end, with: [(each ?? (run.ordinal ? ordinalForm(run.value) : String(run.value))) + trailing])
            lastNumber = index
            index += 1
        }
        return tokens.joined(separator: " ")
    }

    private static func isMonth(_ word: String) -> Bool {
        Text.contains(word, #"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$"#)
    }

    /// A word without the punctuation around it, lower-cased.
    private static func word(_ token: String) -> String {
        token.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",.;:!?()\"'"))
    }

    private static func ordinalForm(_ value: Int) -> String {
        let suffix = (11...13).contains(value % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][value % 10] ?? "th"
        return "\(value)\(suffix)"
    }

    /// The number spelled from `start`: its value, where it ends, whether it is a run of single
    /// digits ("one zero zero seven") and whether it is an ordinal; nil when no number starts there.
    private static func run(in tokens: [String], from start: Int) -> (value: Int, end: Int, digits: Bool, ordinal: Bool)? {
        var spelled: [[String]] = []
        var end = start
        while end < tokens.count {
            let parts = word(tokens[end]).split(separator: "-").map(String.init)
            guard !parts.isEmpty, parts.allSatisfy({ units[$0] != nil || teens[$0] != nil || tens[$0] != nil || ordinals[$0] != nil || $0 == "hundred" }) else { break }
            spelled.append(parts)
            end += 1
            // (A comma or full stop ends the number: "twelve, fourteen" is two.)
            if tokens[end - 1].last.map({ ",.;:!?".contains($0) }) == true { break }
        }
        guard !spelled.isEmpty else { return nil }
        // "one zero zero one": a run of three or more single digits, read digit by digit.
        if spelled.count >= 3, spelled.allSatisfy({ $0.count == 1 && units[$0[0]] != nil }) {
            return (Int(spelled.map { String(units[$0[0]]!) }.joined()) ?? 0, end, true, false)
        }
        // A cardinal ("forty two", "forty-two") or an ordinal ending one ("forty second"), read
        // word by word for as many whole words as make one number.
        var value = 0, taken = 0, ordinal = false
        words: for parts in spelled {
            var next = value
            for (position, item) in parts.enumerated() {
                let first = taken == 0 && position == 0
                if let ten = tens[item], next % 100 == 0, next < 100 || first { next += ten }
                else if let unit = units[item], item != "oh", first || next % 10 == 0 && next % 100 != 0 { next += unit }
                else if let teen = teens[item], first { next += teen }
                else if item == "hundred", !first, next < 10 { next *= 100 }
                else if let nth = ordinals[item], first || next % 10 == 0 && next % 100 != 0 && nth < 10 { next += nth; ordinal = true }
                else { break words }
                if ordinal, position < parts.count - 1 { break words }
            }
            value = next
            taken += 1
            if ordinal || value == 0 { break }
        }
        guard taken > 0 else { return nil }
        return (value, start + taken, false, ordinal)
    }
}
