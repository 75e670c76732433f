import Foundation

/// A request written as someone who works in a spreadsheet writes it, read as plain words: source
/// columns by their letter as the file opens in a spreadsheet (A the first header): "col J",
/// "the E column", "G (domain)", "(J = Contact Owner)"; and formulas: `=UPPER() on company`,
/// `=LOWER(TRIM(J))`, `=B2&" "&C2`, `CONCATENATE(B2, " ", C2)`, `TEXTJOIN("; ", J, K)`,
/// `LEFT(B2, FIND(" ", B2)-1)`, `IF(ISBLANK(L2), J2, L2)`.
///
/// A letter becomes its header's name (in double quotes where a template column of that name is
/// fed by another source, and inside formulas). A letter past the last header, one that is
/// itself a header's name, or one said beside a name of another column ("col E (email)" when E is
/// Phone) leaves the whole text as said, so that the parser asks instead of guessing.
extension ColumnScope {
    func readingSheetNotation(_ said: String) -> String {
        guard Text.contains(said, Self.mayHoldSheetNotation) else { return said }
        var text = said
        // (Nothing of a text whose letters disagree is rewritten, not even the letters read before.)
        guard withoutLetterDefinitions(&text), namingLetters(&text) else { return said }
        return formulas(text)
    }

    /// Whether the text may name a column by letter or hold a formula (cheap check first).
    private static let mayHoldSheetNotation =
        #"(?-i)\b(?:[Cc]ol(?:umn)?|COL(?:UMN)?)\.?\s+[A-Z]{1,2}\b|\b[A-Z]{1,2}\s+col(?:umn)?\b|\b[A-Z]{1,2}\d*\s*[(&=]|\(\s*(?:col(?:umn)?\s+|the\s+)?[A-Z]{1,2}(?:\s+col(?:umn)?)?\s*\)|&\s*[A-Z]{1,2}\d*\b|\b(?:UPPER|LOWER|PROPER|TRIM|CONCATENATE|CONCAT|TEXTJOIN|LEFT|IF)\s*\(|\b(?:UPPER|LOWER|PROPER|TRIM)\b"#

    /// The header a letter names, A the first: nil past the last header, or when the letters are
    /// themselves a header's name.
    private func header(lettered letters: String) -> String? {
        let index = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        guard header.indices.contains(index), !header.contains(where: { Text.key($0) == Text.key(letters) }) else { return nil }
        return header[index]
    }

    /// Whether `phrase` names `column` (its header, a word of it, or the template column it feeds).
    private func names(_ phrase: String, _ column: String) -> Bool {
        let phrase = phrase.replacingRegex(#"^(?:the|col(?:umn)?|i\.?e\.?)\s+|\s+(?:col(?:umn)?|field)$"#, with: "").trimmingCharacters(in: .whitespaces)
        if Text.key(phrase) == Text.key(column) || source(phrase) == column { return true }
        return target(phrase).map { mappedFrom[$0] == column || Text.key($0) == Text.key(column) } ?? false
    }

    /// A header as said for its letter: in double quotes only where its name is also the name of a
    /// template column another source feeds ("Notes" when notes holds the owner).
    private func said(_ column: String) -> String {
        guard let named = template.columnNames.first(where: { Text.key($0) == Text.key(column) }), mappedFrom[named] != column else { return column }
        return "\"\(column)\""
    }

    /// "(J = Contact Owner, K = Lifecycle Stage)": letters defined as the file has them go; false
    /// when a definition disagrees with the file.
    private func withoutLetterDefinitions(_ text: inout String) -> Bool {
        let definition = #"(?-i)\b([A-Z]{1,2})\s*(?:=|is|means)\s*([A-Za-z][\w -]*?\w)"#
        guard let pattern = Text.compiled(#"\s*\(\s*("# + definition + #"(?:\s*,\s*"# + definition + #")*)\s*\)"#) else { return true }
        for match in pattern.matches(in: text).reversed() {
            guard let whole = Range(match.range, in: text), let inside = Range(match.range(at: 1), in: text) else { continue }
            for pair in String(text[inside]).split(separator: ",") {
                guard let g = Text.match(String(pair).trimmingCharacters(in: .whitespaces), definition) else { continue }
                guard let column = header(lettered: g[0]), names(g[1], column) else { return false }
            }
            text.removeSubrange(whole)
        }
        return true
    }

    /// Every column letter written as its header's name; false when a letter and a name said beside
    /// it disagree.
    private func namingLetters(_ text: inout String) -> Bool {
        // "Record ID (col A)", "the E-mail column (D)": a letter after the name it repeats goes.
        if let after = Text.compiled(#"(?-i)\s+\(\s*(?:(?:[Cc]ol(?:umn)?|COL)\.?\s+|the\s+)?([A-Z]{1,2})(?:\s+col(?:umn)?)?\s*\)"#) {
            for match in after.matches(in: text).reversed() {
                guard let whole = Range(match.range, in: text), let letters = Range(match.range(at: 1), in: text),
                    let column = header(lettered: String(text[letters]))
                else { continue }
                let before = text[..<whole.lowerBound].split(separator: " ").suffix(4).map(String.init)
                guard (1...before.count).contains(where: { names(before.suffix($0).joined(separator: " ").replacingRegex(#"^\W+|\W+$"#, with: ""), column) }) else { return false }
                text.removeSubrange(whole)
            }
        }
        // "col J", "column F (Company)", "the I column", "G column (Company Domain)", "G (domain)".
        let patterns = [
            #"(?-i)\b(?:[Cc]ol(?:umn)?|COL(?:UMN)?)\.?\s+([A-Z]{1,2})\b(?![\w'’/])(?:\s*\(([^()]{1,40})\))?"#,
            #"(?-i)\b(?:the\s+)?([A-Z]{1,2})\s+col(?:umn)?\b(?:\s*\(([^()]{1,40})\))?"#,
            #"(?-i)(?<![\w'’])([A-Z]{1,2})\s+\(([^()]{1,40})\)"#,
        ]
        for source in patterns {
            guard let pattern = Text.compiled(source) else { continue }
            for match in pattern.matches(in: text).reversed() {
                guard let whole = Range(match.range, in: text), let letters = Range(match.range(at: 1), in: text) else { continue }
                let named = Range(match.range(at: 2), in: text).map { String(text[$0]) }
                guard let column = header(lettered: String(text[letters])) else {
                    if named != nil, source == patterns[2] { continue }
                    return false
                }
                // ("F (company)" without "col": the word in brackets is what makes it a column.)
                if let named, !names(named, column) {
                    if source == patterns[2] { continue }
                    return false
                }
                text.replaceSubrange(whole, with: said(column))
            }
        }
        // Inside a formula, a cell or a column by its letter alone: =B2&" "&C2, TRIM(J), TEXTJOIN("; ", J, K).
        if Text.contains(text, Self.formula), let cell = Text.compiled(#"(?-i)(?<=[(,&=]|[(,&=]\s|[(,&=]\s\s)([A-Z]{1,2})(\d*)(?![\w(])"#) {
            for match in cell.matches(in: text).reversed() {
                guard let whole = Range(match.range, in: text), let letters = Range(match.range(at: 1), in: text) else { continue }
                guard let column = header(lettered: String(text[letters])) else { return false }
                text.replaceSubrange(whole, with: "\"\(column)\"")
            }
        }
        return true
    }

    /// A spreadsheet formula: a function call of one, or cells joined with `&`.
    private static let formula = #"(?i)\b(?:UPPER|LOWER|PROPER|TRIM|CONCATENATE|CONCAT|TEXTJOIN|LEFT|IF|ISBLANK|FIND)\s*\(|(?-i)=\s*[A-Z]{1,2}\d+\b|\b[A-Z]{1,2}\d+\s*&"#

    /// Spreadsheet formulas over columns already named, in the words the parser reads.
    private func formulas(_ text: String) -> String {
        let column = #"("[^"]+")"#
        let literal = #""([^"]*)""#
        let tail = #"(?:\s+(?:down|across)\s+(?:the\s+)?(?:whole\s+)?(?:[\w ]+?\s+)?col(?:umn)?)?"#
        let into = #"(?:\s*(?:into|in|to|for|as|->|→)\s+(?:the\s+)?([\w ]+?))?(?=\s*(?:$|[,.;(]))"#
        let verbs = ["UPPER": "upper-case", "LOWER": "lower-case", "PROPER": "title-case", "TRIM": "trim"]
        var value = text
            // =B2&" "&C2, A2&"-"&C2: two columns joined by a literal.
            .replacingRegex(#"=?\s*"# + column + #"\s*&\s*"# + literal + #"\s*&\s*"# + column + into, with: "combine $1 and $3 into $4 separated by '$2'")
            // CONCATENATE(B2, " ", C2), CONCAT(…).
            .replacingRegex(#"(?i)=?\s*concat(?:enate)?\s*\(\s*"# + column + #"\s*,\s*"# + literal + #"\s*,\s*"# + column + #"\s*\)"# + into, with: "combine $1 and $3 into $4 separated by '$2'")
            // TEXTJOIN("; ", TRUE, J, K).
            .replacingRegex(#"(?i)=?\s*textjoin\s*\(\s*"# + literal + #"\s*,\s*(?:(?:true|false|1|0)\s*,\s*)?"# + column + #"\s*,\s*"# + column + #"\s*\)"# + into, with: "combine $2 and $3 into $4 separated by '$1'")
            // LEFT(B2, FIND(" ", B2)-1): the first word.
            .replacingRegex(#"(?i)=?\s*left\s*\(\s*"# + column + #"\s*,\s*(?:find|search)\s*\(\s*" "\s*,\s*\1\s*\)\s*-\s*1\s*\)"#, with: "the first word of $1")
            // IF(ISBLANK(L2), J2, L2): the other column when the first is empty.
            .replacingRegex(#"(?i)=?\s*if\s*\(\s*isblank\s*\(\s*"# + column + #"\s*\)\s*,\s*"# + column + #"\s*,\s*\1\s*\)"# + into, with: "when $1 is empty use $2")
            .replacingRegex(#" into  separated by"#, with: " separated by")
        // =LOWER(TRIM(J)) into notes, =PROPER(B2) down the first name column, =UPPER() on company, TRIM().
        let place = #"(?:\s*(?:into|in|to|for|on|->|→)\s+(?:the\s+)?([\w ]+?)(?=\s*(?:$|[,.;(]|\s[-–—]\s)))?"#
        guard let call = Text.compiled(#"(?i)=?\s*((?:(?:UPPER|LOWER|PROPER|TRIM)\s*\(\s*)+)("[^"]+")?"#),
            let after = Text.compiled(#"(?i)^"# + tail + place)
        else { return value }
        for match in call.matches(in: value).reversed() {
            guard var whole = Range(match.range, in: value), let names = Range(match.range(at: 1), in: value) else { continue }
            let opened = value[names].split(separator: "(").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter { !$0.isEmpty }
            // (As many brackets closed as the calls opened; what follows may say where the result goes.)
            var end = whole.upperBound
            for _ in opened {
                guard let close = value[end...].firstIndex(where: { !$0.isWhitespace }), value[close] == ")" else { end = value.startIndex; break }
                end = value.index(after: close)
            }
            guard end > whole.upperBound else { continue }
            let rest = String(value[end...])
            var destinationSaid: String?
            if let tailMatch = after.firstMatch(in: rest), let said = Range(tailMatch.range, in: rest) {
                destinationSaid = Range(tailMatch.range(at: 1), in: rest).map { String(rest[$0]) }
                end = value.index(end, offsetBy: rest.distance(from: rest.startIndex, to: said.upperBound))
            }
            whole = whole.lowerBound..<end
            let said = opened.reversed().compactMap { verbs[$0] }
            guard said.count == opened.count else { continue }
            let column = Range(match.range(at: 2), in: value).map { String(value[$0]) }
            let destination = destinationSaid.flatMap { target($0) }
            let words: String
            switch (column, destination) {
            case (let column?, let destination?) where mappedFrom[destination] != Text.unquote(column):
                // (Another column's values put there, changed: "=LOWER(J) into notes".)
                words = "put \(column) into \(destination); " + said.map { "\($0) \(destination)" }.joined(separator: " and ")
            case (_, let destination?): words = said.map { "\($0) \(destination)" }.joined(separator: " and ")
            case (let column?, nil) where destinationSaid == nil:
                // ("put First Name into notes, trimmed - TRIM(B)": the formula shows the change said before it.)
                let before = String(value[..<whole.lowerBound])
                let stems = ["trim": "trim", "upper-case": "upper|caps|capital", "lower-case": "lower", "title-case": "proper|title"]
                if said.allSatisfy({ Text.contains(before, #"\b(?:"# + (stems[$0] ?? $0) + ")") }) { words = ""; break }
                words = said.joined(separator: " and ") + " " + column
            default: continue
            }
            value.replaceSubrange(whole, with: " " + words + " ")
        }
        // "just TRIM the first names, no UPPER": a function's name in capitals as the change.
        for (word, said) in ["UPPER": "upper case", "LOWER": "lower case", "PROPER": "title case", "TRIM": "trim"] {
            value = value.replacingRegex(#"(?-i)\b"# + word + #"\b(?:\s+(?i:case)\b)?(?!\s*\()"#, with: said)
        }
        return value.replacingRegex(#"\s{2,}"#, with: " ").replacingRegex(#"\s*[-–—,(]\s*$"#, with: "").trimmingCharacters(in: .whitespaces)
    }
}
