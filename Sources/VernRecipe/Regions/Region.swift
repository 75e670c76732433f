import Foundation

/// A region of the world's telephone numbering plans: every region libphonenumber knows, with its
/// ISO 3166-1 code, country calling code and English name (generated into `RegionData.swift`).
///
/// Regions are read from what an analyst says or from a column of data:
/// - `Region(code: "gb")` takes an ISO code in any case (use it when the text is known to be a code,
///   such as a `Country` column or a recipe option);
/// - `Region.named("British")` reads a whole phrase: a country name ("United Kingdom", "the
///   Netherlands"), an adjective or demonym ("British", "German"), an alias ("UK", "USA",
///   "Holland"), an ISO code written in upper case ("GB", "NO"), a calling code written as one
///   ("+44", "calling code 44", "country code 44"), or an explicit construct ("region no",
///   "country code NO", "country: de");
/// - `Region.mentions(in:)` finds such phrases inside a sentence, longest first.
///
/// A short English word is never read as a region: a bare two-letter code only counts when written
/// in upper case ("NO", "IT") or after "region"/"country"/"country code"; names that are also
/// common words ("Chad", "Jordan", "Turkey", "Jersey", …) count in a sentence only when capitalised.
/// A shared calling code reads as its main region (1 → US, 44 → GB, 7 → RU).
public struct Region: Sendable, Hashable, CustomStringConvertible {
    /// ISO 3166-1 alpha-2 code, upper case ("GB"); libphonenumber's "AC", "TA" and "XK" included.
    public let code: String
    /// Country calling code (44).
    public let callingCode: Int
    /// English name ("United Kingdom").
    public let name: String

    /// `name (code)`, e.g. "United Kingdom (GB)".
    public var description: String { "\(name) (\(code))" }

    /// The region with ISO code `code` (any case, surrounding spaces ignored), or nil.
    public init?(code: String) {
        guard let region = Region.byCode[code.trimmingCharacters(in: .whitespaces).uppercased()] else { return nil }
        self = region
    }

    private init(_ code: String, _ callingCode: Int, _ name: String) {
        self.code = code
        self.callingCode = callingCode
        self.name = name
    }

    /// Every region, sorted by ISO code.
    public static let all: [Region] = table.map { Region($0.code, $0.callingCode, $0.name) }

    /// The main region of a country calling code (44 → GB), or nil for an unknown or non-geographic code.
    public static func callingCode(_ code: Int) -> Region? {
        mainRegionByCallingCode[code].flatMap { byCode[$0] }
    }

    /// Every one-word phrase that names a region ("australian", "brazil"), lower case.
    public static let wordNames: [String] = RegionPhrase.phrases.keys.filter { !$0.contains(" ") && $0.count >= 4 }.sorted()

    /// The region that the whole of `phrase` names, or nil (see the type's documentation).
    public static func named(_ phrase: String) -> Region? {
        var words = RegionPhrase.words(phrase)
        if words.count > 1, words[0].key == "the", RegionPhrase.phrases[words.map(\.key).joined(separator: " ")] == nil {
            words.removeFirst()
        }
        guard !words.isEmpty, let m = RegionPhrase.match(words, at: 0, inSentence: false), m.length == words.count
        else { return nil }
        return m.region
    }

    /// A region named inside a sentence.
    public struct Mention: Sendable, Equatable {
        /// The region.
        public let region: Region
        /// Where in the sentence it is named.
        public let range: Range<String.Index>
    }

    /// Every region named in `text`, in order, taking the longest phrase at each position.
    public static func mentions(in text: String) -> [Mention] {
        let words = RegionPhrase.words(text)
        var found: [Mention] = []
        var i = 0
        while i < words.count {
            if let m = RegionPhrase.match(words, at: i, inSentence: true) {
                found.append(Mention(region: m.region, range: words[i].range.lowerBound..<words[i + m.length - 1].range.upperBound))
                i += m.length
            } else {
                i += 1
            }
        }
        return found
    }

    static let byCode: [String: Region] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })
}

/// The phrase reader behind `Region.named` and `Region.mentions(in:)`.
enum RegionPhrase {
    struct Word {
        /// As written.
        let text: Substring
        /// Lower case, diacritics folded.
        let key: String
        let range: Range<String.Index>
    }

    /// Splits text into words: runs of letters, digits, `+`, `.`, `'` and `-` inside a word.
    static func words(_ text: String) -> [Word] {
        var result: [Word] = []
        var i = text.startIndex
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "+" }
        while i < text.endIndex {
            guard isWordChar(text[i]) else {
                i = text.index(after: i)
                continue
            }
            var j = text.index(after: i)
            while j < text.endIndex {
                let c = text[j]
                if isWordChar(c) {
                    j = text.index(after: j)
                } else if c == "." || c == "'" || c == "’" || c == "-", text.index(after: j) < text.endIndex,
                    text[text.index(after: j)].isLetter
                {
                    j = text.index(after: j)
                } else {
                    break
                }
            }
            // Keep the dot that closes an abbreviation ("U.S.").
            if j < text.endIndex, text[j] == ".", text[i..<j].contains(".") { j = text.index(after: j) }
            let raw = text[i..<j]
            let key = String(raw).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .replacingOccurrences(of: "’", with: "'")
            result.append(Word(text: raw, key: key, range: i..<j))
            i = j
        }
        return result
    }

    /// The longest region phrase starting at word `i`.
    static func match(_ w: [Word], at i: Int, inSentence: Bool) -> (region: Region, length: Int)? {
        if let m = explicitConstruct(w, at: i) { return m }
        let first = w[i]
        if first.text.hasPrefix("+"), let cc = Int(first.text.dropFirst()), first.text.count <= 4,
            let r = Region.callingCode(cc)
        {
            return (r, 1)
        }
        var n = min(maxPhraseWords, w.count - i)
        while n > 0 {
            let key = w[i..<i + n].map(\.key).joined(separator: " ")
            if let code = phrases[key], let r = Region.byCode[code] {
                let capitalised = w[i].text.first?.isUppercase == true
                if !(inSentence && n == 1 && commonWords.contains(key) && !capitalised) { return (r, n) }
            }
            n -= 1
        }
        // (In a sentence, a code that is also an English word is a region only when introduced:
        // "it IS optional" shouts, "region IS" names Iceland.)
        if first.text.count == 2, first.text.allSatisfy({ $0.isUppercase && $0.isASCII }),
            !(inSentence && shoutedWords.contains(first.key) && !introduced(w, at: i)),
            let r = Region.byCode[String(first.text)]
        {
            return (r, 1)
        }
        return nil
    }

    /// "region no", "country code NO", "country: de", "calling code 44", "dialling code +44".
    private static func explicitConstruct(_ w: [Word], at i: Int) -> (region: Region, length: Int)? {
        for intro in introductions {
            let n = intro.words.count
            guard i + n < w.count, zip(w[i..<i + n], intro.words).allSatisfy({ $0.key == $1 }) else { continue }
            var k = i + n
            if k < w.count, ["is", "of", "to"].contains(w[k].key), k + 1 < w.count { k += 1 }
            let value = w[k].text
            if value.count == 2, value.allSatisfy({ $0.isLetter && $0.isASCII }), intro.acceptsISO,
                let r = Region.byCode[value.uppercased()]
            {
                return (r, k - i + 1)
            }
            let digits = value.hasPrefix("+") ? value.dropFirst() : value
            if intro.acceptsCallingCode, (1...3).contains(digits.count), let cc = Int(digits),
                let r = Region.callingCode(cc)
            {
                return (r, k - i + 1)
            }
        }
        return nil
    }

    private struct Introduction {
        let words: [String]
        let acceptsISO: Bool
        let acceptsCallingCode: Bool
    }

    /// Longest first, so that "country code" wins over "country".
    private static let introductions: [Introduction] = [
        Introduction(words: ["country", "calling", "code"], acceptsISO: false, acceptsCallingCode: true),
        Introduction(words: ["international", "dialling", "code"], acceptsISO: false, acceptsCallingCode: true),
        Introduction(words: ["international", "dialing", "code"], acceptsISO: false, acceptsCallingCode: true),
        Introduction(words: ["country", "code"], acceptsISO: true, acceptsCallingCode: true),
        Introduction(words: ["region", "code"], acceptsISO: true, acceptsCallingCode: false),
        Introduction(words: ["iso", "code"], acceptsISO: true, acceptsCallingCode: false),
        Introduction(words: ["calling", "code"], acceptsISO: false, acceptsCallingCode: true),
        Introduction(words: ["dialling", "code"], acceptsISO: false, acceptsCallingCode: true),
        Introduction(words: ["dialing", "code"], acceptsISO: false, acceptsCallingCode: true),
        Introduction(words: ["dial", "code"], acceptsISO: false, acceptsCallingCode: true),
        Introduction(words: ["region"], acceptsISO: true, acceptsCallingCode: false),
        Introduction(words: ["country"], acceptsISO: true, acceptsCallingCode: false),
    ]

    /// Names that are also everyday words or first names: in a sentence they count only capitalised.
    /// Whether the word at `i` follows `=`, `:` or a word that introduces a region ("region for phone = IN").
    private static func introduced(_ w: [Word], at i: Int) -> Bool {
        let before = w[i].text.base[..<w[i].range.lowerBound].reversed().first { !$0.isWhitespace }
        return before == "=" || before == ":" || i > 0 && ["region", "country", "code", "iso"].contains(w[i - 1].key)
    }

    /// Two-letter ISO codes that are English words, written in capitals for emphasis ("it IS", "just DO it").
    static let shoutedWords: Set<String> = ["is", "in", "it", "at", "be", "do", "me", "my", "so", "to", "as", "by", "am", "no", "an", "id", "pa", "ok"]

    static let commonWords: Set<String> = [
        "chad", "jordan", "turkey", "georgia", "jersey", "guernsey", "china", "reunion", "guinea", "niger", "panama",
        "american", "english", "french", "dutch", "swiss", "danish", "polish", "turkish", "german", "british",
        "greek", "irish", "indian", "chinese", "japanese", "spanish", "italian", "swedish", "finnish",
    ]

    /// Normalised phrase → ISO code: English names (with "and"/"&", "Saint"/"St" variants), aliases, demonyms.
    static let phrases: [String: String] = {
        var map: [String: String] = [:]
        func add(_ phrase: String, _ code: String) {
            let key = words(phrase).map(\.key).joined(separator: " ")
            if map[key] == nil { map[key] = code }
        }
        for (alias, code) in aliases { add(alias, code) }
        for region in Region.all {
            let name = region.name
            add(name, region.code)
            if name.contains(" and ") { add(name.replacingOccurrences(of: " and ", with: " & "), region.code) }
            if name.contains(" And ") { add(name.replacingOccurrences(of: " And ", with: " & "), region.code) }
            if name.hasPrefix("Saint ") {
                add("St " + name.dropFirst(6), region.code)
                add("St. " + name.dropFirst(6), region.code)
            }
        }
        for (demonym, code) in demonyms { add(demonym, code) }
        return map
    }()

    static let maxPhraseWords = 7

    private static let aliases: [(String, String)] = [
        ("UK", "GB"), ("U.K.", "GB"), ("Great Britain", "GB"), ("Britain", "GB"), ("England", "GB"),
        ("Scotland", "GB"), ("Wales", "GB"), ("Northern Ireland", "GB"),
        ("United Kingdom of Great Britain and Northern Ireland", "GB"),
        ("USA", "US"), ("U.S.", "US"), ("U.S.A.", "US"), ("United States of America", "US"), ("America", "US"),
        ("the States", "US"), ("Holland", "NL"), ("Deutschland", "DE"), ("Czechia", "CZ"), ("Korea", "KR"),
        ("Republic of Korea", "KR"), ("Russian Federation", "RU"), ("UAE", "AE"), ("Emirates", "AE"),
        ("Ivory Coast", "CI"), ("Cabo Verde", "CV"), ("Burma", "MM"), ("Eswatini", "SZ"),
        ("North Macedonia", "MK"), ("Türkiye", "TR"), ("Vatican City", "VA"), ("Holy See", "VA"),
        ("DR Congo", "CD"), ("DRC", "CD"), ("Democratic Republic of the Congo", "CD"),
        ("Congo-Kinshasa", "CD"), ("Republic of the Congo", "CG"), ("Congo-Brazzaville", "CG"),
        ("East Timor", "TL"), ("Macau", "MO"), ("Hongkong", "HK"), ("Viet Nam", "VN"), ("Persia", "IR"),
        ("Lao PDR", "LA"), ("Brunei Darussalam", "BN"), ("Cocos (Keeling) Islands", "CC"), ("Isle of Man", "IM"),
        ("US Virgin Islands", "VI"), ("Sint Maarten", "SX"), ("Saint Helena", "SH"), ("Kosova", "XK"),
    ]

    private static let demonyms: [(String, String)] = [
        ("British", "GB"), ("English", "GB"), ("Scottish", "GB"), ("Welsh", "GB"), ("American", "US"),
        ("German", "DE"), ("French", "FR"), ("Spanish", "ES"), ("Italian", "IT"), ("Dutch", "NL"),
        ("Belgian", "BE"), ("Swiss", "CH"), ("Austrian", "AT"), ("Swedish", "SE"), ("Norwegian", "NO"),
        ("Danish", "DK"), ("Finnish", "FI"), ("Icelandic", "IS"), ("Polish", "PL"), ("Portuguese", "PT"),
        ("Irish", "IE"), ("Australian", "AU"), ("Canadian", "CA"), ("Mexican", "MX"), ("Brazilian", "BR"),
        ("Argentine", "AR"), ("Argentinian", "AR"), ("Chilean", "CL"), ("Colombian", "CO"), ("Peruvian", "PE"),
        ("Venezuelan", "VE"), ("Ecuadorian", "EC"), ("Uruguayan", "UY"), ("Paraguayan", "PY"),
        ("Bolivian", "BO"), ("Cuban", "CU"), ("Jamaican", "JM"), ("Puerto Rican", "PR"), ("Dominican", "DO"),
        ("Costa Rican", "CR"), ("Panamanian", "PA"), ("Guatemalan", "GT"), ("Indian", "IN"), ("Chinese", "CN"),
        ("Japanese", "JP"), ("Korean", "KR"), ("South Korean", "KR"), ("North Korean", "KP"),
        ("Russian", "RU"), ("Ukrainian", "UA"), ("Turkish", "TR"), ("Greek", "GR"), ("Cypriot", "CY"),
        ("Maltese", "MT"), ("Israeli", "IL"), ("Egyptian", "EG"), ("Moroccan", "MA"), ("Nigerian", "NG"),
        ("Kenyan", "KE"), ("Ghanaian", "GH"), ("South African", "ZA"), ("New Zealand", "NZ"),
        ("New Zealander", "NZ"), ("Singaporean", "SG"), ("Malaysian", "MY"),
        ("Indonesian", "ID"), ("Filipino", "PH"), ("Philippine", "PH"), ("Thai", "TH"), ("Vietnamese", "VN"),
        ("Taiwanese", "TW"), ("Pakistani", "PK"), ("Bangladeshi", "BD"), ("Sri Lankan", "LK"),
        ("Saudi", "SA"), ("Saudi Arabian", "SA"), ("Emirati", "AE"), ("Qatari", "QA"), ("Czech", "CZ"),
        ("Slovak", "SK"), ("Slovenian", "SI"), ("Hungarian", "HU"), ("Romanian", "RO"), ("Bulgarian", "BG"),
        ("Croatian", "HR"), ("Serbian", "RS"), ("Estonian", "EE"), ("Latvian", "LV"), ("Lithuanian", "LT"),
        ("Luxembourgish", "LU"), ("Hong Kong", "HK"),
    ]
}
