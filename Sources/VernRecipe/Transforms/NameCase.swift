/// Capitalisation of personal names the way people write them (the `name` transform), after the
/// case-repair rules of Python's `nameparser` (`HumanName.capitalize(force=True)`), reading a value
/// as it stands after a given name (a family name, or given names followed by a family name):
///
/// - every word is title-cased; words are split at spaces, hyphens, apostrophes and full stops
///   (`jean-luc` → `Jean-Luc`, `o'neil` → `O'Neil`, `j.r.` → `J.R.`);
/// - `Mc` and `Mac` open a new capital when at least two letters follow (`mcallister` →
///   `McAllister`, `macdonald` → `MacDonald`, but `Mack`, `Macy`), except for names where `Mac` is
///   not a prefix (`Machado`, `Macias`, `Mackie`, … — see `notMacPrefixed`);
/// - particles (`van`, `von`, `de`, `da`, `del`, `der`, `la`, `le`, `di`, `du`, `dos`, `ter`,
///   `bin`, `al`, …) are written in lower case when a name word follows them in the value
///   (`van der berg` → `van der Berg`, `al-hassan` → `al-Hassan`); a value of particles only is
///   title-cased (`De La`);
/// - a connective inside a hyphenated name stays lower case (`garcia-y-lopez` → `Garcia-y-Lopez`);
/// - trailing suffixes after the first word: Roman numerals in capitals (`III`), credentials in
///   capitals or their own spelling (`MD`, `PhD`), `Jr`/`Sr`/`Esq` title-cased.
///
/// Deliberate differences from nameparser (listed by the differential test): the first word is
/// never read as a suffix (`Vi` is a given name), `St` is not a particle (`St. John`), `Ma` and
/// `Ms` are not credentials (`Li Ma`), and the `notMacPrefixed` names.
enum NameCase {
    /// `value` capitalised as a name; with `onlyUniform`, a value written in both cases is returned
    /// unchanged; with `everyWord`, particles and connectives are capitalised like every other word.
    static func capitalized(_ value: String, onlyUniform: Bool = false, everyWord: Bool = false) -> String {
        if onlyUniform && !isUniform(value) { return value }
        let chars = Array(value)
        // Words: maximal runs of non-whitespace.
        var words: [Range<Int>] = []
        var i = 0
        while i < chars.count {
            if chars[i].isWhitespace {
                i += 1
                continue
            }
            let start = i
            while i < chars.count && !chars[i].isWhitespace { i += 1 }
            words.append(start..<i)
        }
        let texts = words.map { String(chars[$0]) }
        // The trailing run of suffixes (never the first word).
        var firstSuffix = texts.count
        while firstSuffix > 1 && isSuffix(texts[firstSuffix - 1]) { firstSuffix -= 1 }
        // Sub-words (runs of letters and digits) that are name words rather than particles, by word.
        let nameWordAfter: [Bool] = {
            var after = [Bool](repeating: false, count: texts.count + 1)
            for w in stride(from: firstSuffix - 1, through: 0, by: -1) {
                after[w] = after[w + 1] || subWords(texts[w]).contains { !particles.contains($0.lowercased()) }
            }
            return after
        }()
        var out = ""
        out.reserveCapacity(value.utf8.count)
        var at = 0
        for (w, range) in words.enumerated() {
            out += String(chars[at..<range.lowerBound])
            out += w >= firstSuffix
                ? suffixCased(texts[w])
                : wordCased(texts[w], laterNameWord: nameWordAfter[w + 1], everyWord: everyWord)
            at = range.upperBound
        }
        out += String(chars[at...])
        return out
    }

    /// True when `value` is written in one case: all its letters upper, or all lower.
    static func isUniform(_ value: String) -> Bool {
        value == value.uppercased() || value == value.lowercased()
    }

    // MARK: - Words

    /// A name word: its hyphen-separated parts, each split into runs of letters/digits and full
    /// stops; particles lower-cased when a name word follows, connectives between two parts lower-cased.
    private static func wordCased(_ word: String, laterNameWord: Bool, everyWord: Bool) -> String {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false).map { Array($0) }
        let runs = parts.map { subWordRanges($0) }
        let named = parts.indices.filter { !runs[$0].isEmpty }
        // For each run (part, index), whether a name run follows it in this word or a later one.
        var nameAfter = runs.map { [Bool](repeating: false, count: $0.count) }
        var seen = laterNameWord
        for k in parts.indices.reversed() {
            for j in runs[k].indices.reversed() {
                nameAfter[k][j] = seen
                if !particles.contains(String(parts[k][runs[k][j]]).lowercased()) { seen = true }
            }
        }
        var cased: [String] = []
        for (k, part) in parts.enumerated() {
            if !everyWord, named.count >= 3, k > named.first!, k < named.last!, connectives.contains(String(part).lowercased()) {
                cased.append(String(part).lowercased())
                continue
            }
            var out = ""
            var at = 0
            for (j, r) in runs[k].enumerated() {
                out += String(part[at..<r.lowerBound])
                let run = String(part[r])
                out += !everyWord && particles.contains(run.lowercased()) && nameAfter[k][j] ? run.lowercased() : runCased(run)
                at = r.upperBound
            }
            cased.append(out + String(part[at...]))
        }
        return cased.joined(separator: "-")
    }

    /// A run of letters and digits: a recorded spelling (`PhD`), else title-cased with the Mac/Mc rule.
    private static func runCased(_ run: String) -> String {
        masked(run) ?? chunkCased(run)
    }

    private static func chunkCased(_ chunk: String) -> String {
        let key = chunk.lowercased()
        if !notMacPrefixed.contains(key) {
            for prefix in ["mac", "mc"] where key.hasPrefix(prefix) && key.count >= prefix.count + 2 {
                let head = chunk.prefix(prefix.count)
                return capitalize(String(head)) + capitalize(String(chunk.dropFirst(prefix.count)))
            }
        }
        return capitalize(chunk)
    }

    /// Python's `str.capitalize`: the first character upper, the rest lower.
    private static func capitalize(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst().lowercased()
    }

    // MARK: - Suffixes

    private static func isSuffix(_ word: String) -> Bool {
        let key = word.lowercased().filter { $0 != "." }
        return romanNumerals.contains(key) || suffixWords.contains(key) || suffixAcronyms.contains(key)
            || recordedSpellings[key] != nil
    }

    private static func suffixCased(_ word: String) -> String {
        if let mask = masked(word) { return mask }
        let key = word.lowercased().filter { $0 != "." }
        if romanNumerals.contains(key) || suffixAcronyms.contains(key) { return word.uppercased() }
        return runCased(word)
    }

    /// `word` recased letter by letter after its recorded spelling (`ph.d.` → `Ph.D.`), if it has one.
    private static func masked(_ word: String) -> String? {
        let key = word.lowercased().filter { $0 != "." }
        guard let mask = recordedSpellings[key] else { return nil }
        var letters = mask.makeIterator()
        return String(
            word.map { ch -> String in
                guard ch != ".", let m = letters.next() else { return String(ch) }
                return m.isUppercase ? ch.uppercased() : ch.lowercased()
            }.joined())
    }

    // MARK: - Characters

    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    /// Ranges (in characters) of the maximal runs of letters/digits in `s`.
    private static func subWordRanges(_ chars: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        while i < chars.count {
            guard isWordCharacter(chars[i]) else {
                i += 1
                continue
            }
            let start = i
            while i < chars.count && isWordCharacter(chars[i]) { i += 1 }
            ranges.append(start..<i)
        }
        return ranges
    }

    private static func subWords(_ s: String) -> [String] {
        let chars = Array(s)
        return subWordRanges(chars).map { String(chars[$0]) }
    }

    // MARK: - Vocabulary (after nameparser's)

    /// Words written in lower case before a name word.
    static let particles: Set<String> = [
        "aan", "abu", "af", "al", "auf", "av", "bin", "bint", "binte", "binti", "da", "dal", "das", "de",
        "degli", "dei", "del", "dela", "della", "delle", "delli", "dello", "dem", "den", "der", "di", "do",
        "dos", "du", "heer", "het", "ibn", "la", "las", "le", "los", "op", "te", "ter", "tho", "thoe", "van",
        "vande", "vander", "vom", "von", "zu", "t",
    ]

    /// Connectives kept lower case inside a hyphenated name (`Smith-y-Jones`).
    static let connectives: Set<String> = ["y", "e", "i", "et", "und", "and"]

    /// Names beginning with `Mac`/`Mc` that are not Gaelic patronymics.
    static let notMacPrefixed: Set<String> = [
        "machado", "machin", "macias", "maciel", "maciej", "macedo", "macey", "macek", "mackie", "mackey",
        "macon", "maceo", "macario", "macri", "macchi", "macchia", "macaluso", "machiavelli",
    ]

    static let romanNumerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    /// Suffixes written title-cased.
    static let suffixWords: Set<String> = ["jr", "sr", "jnr", "snr", "esq"]

    /// Credentials written in capitals.
    static let suffixAcronyms: Set<String> = [
        "md", "dds", "dmd", "dvm", "cpa", "mba", "rn", "jd", "llm", "ba", "bs", "qc", "kc", "mp", "obe",
        "mbe", "cbe", "kbe", "frcs", "cfa", "pe",
    ]

    /// Credentials with a mixed-case spelling.
    static let recordedSpellings: [String: String] = [
        "phd": "PhD", "bsc": "BSc", "msc": "MSc", "dphil": "DPhil", "mphil": "MPhil", "dsc": "DSc", "psyd": "PsyD",
        "pharmd": "PharmD", "mdiv": "MDiv",
    ]
}
