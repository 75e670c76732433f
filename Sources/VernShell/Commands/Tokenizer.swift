/// Splits a command line into words: whitespace separates, single and double quotes group,
/// a backslash escapes the next character.
enum Tokenizer {
    struct Failure: Error {
        var message: String
    }

    static func split(_ line: String) throws(Failure) -> [String] {
        if let words = plainWords(line) { return words }
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

    /// The words of an ASCII line without quotes, backslashes or carriage returns, in one pass
    /// over its bytes (a pasted line of megabytes); `nil` for any other line.
    static func plainWords(_ line: String) -> [String]? {
        var line = line
        return line.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var start = 0
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : 0x20
                switch byte {
                case 0x20, 0x09, 0x0A:
                    if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                    start = index + 1
                case 0x0D, 0x22, 0x27, 0x5C, 0x80...:
                    return nil
                default:
                    continue
                }
            }
            return words
        }
    }
}
