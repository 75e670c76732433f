import Foundation

/// A message typed on a phone in a team chat, read as its plain words: letters and digits standing
/// for words ("shld b", "in2 notes", "no need 4 lead source", "partner n partner referral", "r
/// duplicate emails flagged", "rows w bad emails", "every1"). A single letter or digit is read as a
/// word only where a word stands, between words, never as a value, a row number or a column letter
/// ("row 2", "the first 4 rows", "column B").
enum ChatShorthand {
    /// Words that a number after them counts or names ("rows 2", "the first 4", "bring 2 back"), never a preposition.
    private static let counting = #"rows?|records?|lines?|entries|entry|contacts?|ids?|numbers?|first|last|top|bottom|next|the|a|only|just|and|or|of|other|those|these|step|steps|revision|version|word|words|part|parts|times|undo|revert|is|are|be|was|were|with|than|x|#|no|column|col|bring|put|drop|remove|delete|skip|exclude|keep|restore|take|get|undo|revert|include|lose|ditch|bin|kill|nuke"#

    /// "notes blank? fill w/ owner name", "no date? use 2024-01-01": a condition asked as a question,
    /// then what to do: the condition it is.
    static func conditions(_ text: String) -> String {
        text.replacingRegex(#"^\s*(?:no|missing|empty|blank) ([\w -]{2,30}?)\s*\?+\s+(?=\S)(?!then\b)"#, with: "when $1 is empty, ")
            .replacingRegex(#"^\s*([\w -]{2,30}?) (?:is |are )?(?:blank|empty|missing|null)\s*\?+\s+(?=\S)(?!then\b)"#, with: "when $1 is empty, ")
    }

    /// Words a number before them counts ("2 steps", "4 rows"), never after a preposition.
    private static let counted = #"steps?|changes?|revisions?|versions?|times|rows?|records?|lines?|entries|contacts?|leads?|people|days?|weeks?|months?|years?|words?|parts?|columns?|cells?|more|less|fewer|of|ago|digits?|characters?|letters?|spaces?"#

    static func expand(_ text: String) -> String {
        guard Text.contains(text, #"(?<![\w'])(?:[bnruw24]|in2|on2|ur|hav|every1|some1|any1|no1|bc|cuz|tho|b4|btwn|nums?)(?![\w'])|\bw/(?!o\b)"#) else { return text }
        return text
            // "shld b", "can b blank", "has 2 b filled": "be" after a word that takes it.
            .replacingRegex(#"(?-i)\b(should|shld|shd|can|cannot|can't|cant|must|will|won't|wont|could|would|might|may|to|2|gotta|not) b(?![\w'])"#, with: "$1 be")
            .replacingRegex(#"(?-i)\bin2\b"#, with: "into").replacingRegex(#"(?-i)\bon2\b"#, with: "onto")
            // "has 2 be", "goes 2 notes", "no need 4 lead source": a digit between two words.
            .replacingRegex(#"(?-i)\b(?!(?:"# + counting + #")\b)([a-z]{1,20}) 2 (?!(?:"# + counted + #")\b)(?=[a-z])"#, with: "$1 to ")
            .replacingRegex(#"(?-i)\b(?!(?:"# + counting + #")\b)([a-z]{1,20}) 4 (?!(?:"# + counted + #")\b)(?=[a-z])"#, with: "$1 for ")
            // "partner n partner referral", "linkedin leads r outbound", "can u", "rows w bad emails".
            .replacingRegex(#"(?-i)(?<=[a-z]) n (?=[a-z])"#, with: " and ")
            .replacingRegex(#"(?-i)(?:(?<=[a-z] )|^)r (?=[a-z])"#, with: "are ")
            .replacingRegex(#"(?-i)(?:(?<=[a-z] )|^)u (?=[a-z])"#, with: "you ")
            .replacingRegex(#"(?-i)(?<=[a-z]) w (?=[a-z])"#, with: " with ")
            .replacingRegex(#"(?-i)\bw/(?!o\b)\s*"#, with: "with ")
            .replacingRegex(#"(?-i)\bur\b"#, with: "your").replacingRegex(#"(?-i)\bhav\b"#, with: "have")
            .replacingRegex(#"(?-i)\bevery1\b"#, with: "everyone").replacingRegex(#"(?-i)\bsome1\b"#, with: "someone")
            .replacingRegex(#"(?-i)\bany1\b"#, with: "anyone").replacingRegex(#"(?-i)\bno1\b"#, with: "no one")
            .replacingRegex(#"(?-i)\b(?:bc|cuz)\b"#, with: "because").replacingRegex(#"(?-i)\btho\b"#, with: "though")
            .replacingRegex(#"(?-i)\bb4\b"#, with: "before").replacingRegex(#"(?-i)\bbtwn\b"#, with: "between")
            .replacingRegex(#"(?-i)\bnums\b"#, with: "numbers").replacingRegex(#"(?-i)\bnum\b"#, with: "number")
    }
}
