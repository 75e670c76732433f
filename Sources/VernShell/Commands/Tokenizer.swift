/// Splits a command line into words: whitespace separates, single and double quotes group,
/// a backslash escapes the next character.
enum Tokenizer {
    struct Failure: Error {
        var message: String
    }

    static func split(_ line: String) throws(Failure) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\" where quote != "'":
                escaped = true
                inWord = true
            case "\"", "'":
                if quote == nil {
                    quote = character
                    inWord = true
                } else if quote == character {
                    quote = nil
                } else {
                    current.append(character)
                }
            case " " where quote == nil, "\t" where quote == nil, "\n" where quote == nil:
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            default:
                current.append(character)
                inWord = true
            }
        }
        if let quote { throw Failure(message: "unterminated \(quote) quote") }
        if inWord { words.append(current) }
        return words
    }
}
