import Foundation
import Synchronization
import VernRecipe

/// Matches column names: source headers to template columns (generate), and words in an
/// instruction to columns (update, clarify), by normalised name, synonyms and small typos.
enum ColumnMatcher {
    /// Synonyms per template column key (normalised names).
    static let synonyms: [String: [String]] = [
        "externalid": ["recordid", "id", "sourceid", "crmid", "contactid", "leadid", "customerid", "recordnumber", "externalid"],
        "firstname": ["firstname", "givenname", "forename", "fname", "first"],
        "lastname": ["lastname", "surname", "familyname", "lname", "last"],
        "email": ["email", "emailaddress", "mail", "emailid", "primaryemail", "workemail", "emails", "emailaddr"],
        "phone": ["phone", "phonenumber", "telephonenumber", "telnumber", "mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "telephone", "tel", "workphone", "phones", "contactnumber", "phoneno", "telno", "mobileno"],
        "company": ["company", "companyname", "account", "accountname", "organization", "organisation", "employer", "organisationname", "organizationname"],
        "companydomain": ["companydomain", "domain", "website", "companywebsite", "web", "url", "site", "homepage", "webaddress", "websiteaddress", "weburl", "websiteurl"],
        "createddate": ["createddate", "created", "createdat", "createdon", "datecreated", "creationdate", "createdate", "signupdate", "signedupon", "joindate", "joinedon", "registrationdate"],
        "leadsource": ["leadsource", "source", "origin", "channel", "hsleadsource", "acquisitionsource", "acquisitionchannel", "referralsource", "leadorigin", "sourcechannel"],
        "notes": ["notes", "note", "comments", "comment", "remarks", "callnotes"],
    ]

    /// How well a source header names a template column, both normalised with `Text.key` (once per
    /// file: wide files have thousands of headers): 1 exact, 0.9 synonym, 0.8 typo, else 0.
    static func nameScore(sourceKey s: String, targetKey t: String) -> Double {
        guard !s.isEmpty else { return 0 }
        if s == t { return 1 }
        if synonyms[t]?.contains(s) == true { return 0.9 }
        if isTypo(s, of: t) { return 0.8 }
        if let list = synonyms[t], list.contains(where: { $0.count >= 5 && isTypo(s, of: $0) }) {
            return 0.75
        }
        return 0
    }

    /// Whether `key` is within the typo budget of `reference`. Two lower bounds of the edit distance
    /// rule most pairs out before it is computed: the length difference, and for ASCII keys the
    /// characters the two do not share (each edit fixes at most one).
    private static func isTypo(_ key: String, of reference: String) -> Bool {
        let budget = Text.typoBudget(reference)
        let ascii = key.utf8.allSatisfy { $0 < 0x80 } && reference.utf8.allSatisfy { $0 < 0x80 }
        let (a, b) = ascii ? (key.utf8.count, reference.utf8.count) : (key.count, reference.count)
        guard abs(a - b) <= budget else { return false }
        if ascii {
            let shared = withUnsafeTemporaryAllocation(of: Int32.self, capacity: 128) { counts in
                counts.initialize(repeating: 0)
                for byte in key.utf8 { counts[Int(byte)] += 1 }
                var shared = 0
                for byte in reference.utf8 where counts[Int(byte)] > 0 {
                    counts[Int(byte)] -= 1
                    shared += 1
                }
                return shared
            }
            guard max(a, b) - shared <= budget else { return false }
        }
        return Text.editDistance(key, reference, limit: budget) <= budget
    }

    /// Words an instruction may wrap around a column name.
    static let fillers: Set<String> = [
        "the", "a", "an", "every", "all", "any", "each", "column", "columns", "field", "fields", "value", "values",
        "cell", "cells", "entries", "entry", "source", "template", "my", "our", "their", "its", "mapping", "mappings",
        "free-text", "freetext", "raw", "original", "existing", "text", "data",
    ]

    /// Strips quotes and filler words from a phrase naming a column.
    static func clean(_ phrase: String) -> String {
        let words = Text.unquote(phrase).split(separator: " ").map(String.init)
        var start = 0, end = words.count
        while start < end, fillers.contains(words[start].lowercased()) { start += 1 }
        while end > start, fillers.contains(words[end - 1].lowercased()) { end -= 1 }
        return Text.unquote(words[start..<end].joined(separator: " "))
    }

    /// Finds the candidate a phrase names: exact key, plural, synonym, then the closest within the typo budget.
    static func best(_ phrase: String, among candidates: [(key: String, value: String)]) -> String? {
        let key = Text.key(clean(phrase))
        guard !key.isEmpty else { return nil }
        var keys = [key]
        if key.hasSuffix("ies") { keys.append(String(key.dropLast(3)) + "y") }
        if key.hasSuffix("es") { keys.append(String(key.dropLast(2))) }
        if key.hasSuffix("s") { keys.append(String(key.dropLast())) }
        for k in keys {
            if let hit = candidates.first(where: { $0.key == k }) { return hit.value }
        }
        // ("contacts", "customers": a word for the rows is no typo of "contact id".)
        if rowWords.contains(key) { return nil }
        // A filler word that is part of a name ("acquisition source"): the phrase with it, mistyped.
        let whole = Text.key(Text.unquote(phrase).replacingRegex(#"^(?:(?:the|a|an|my|our|their|its) )+"#, with: ""))
        for key in whole == key ? [key] : [key, whole] {
            if let hit = closest(key, among: candidates) { return hit }
        }
        return nil
    }

    /// Words for the rows of a file, never a mistyped column name.
    private static let rowWords: Set<String> = [
        "contacts", "customers", "clients", "leads", "records", "accounts", "people", "persons", "rows", "entries", "users", "members",
        // ("every record we migrate": a row, no mistyped "Record ID".)
        "contact", "customer", "client", "record", "entry", "user", "member", "person",
    ]

    /// The candidate within the typo budget of `key`, unless two columns are as close.
    private static func closest(_ key: String, among candidates: [(key: String, value: String)]) -> String? {
        var best: (value: String, distance: Int)?
        var tied = false
        for candidate in candidates {
            let budget = Text.typoBudget(candidate.key)
            // Lengths further apart than the budget can never be within it.
            guard abs(candidate.key.count - key.count) <= budget else { continue }
            let distance = Text.editDistance(candidate.key, key, limit: budget)
            guard distance <= budget else { continue }
            if distance < (best?.distance ?? Int.max) {
                best = (candidate.value, distance)
                tied = false
            } else if distance == best?.distance, candidate.value != best?.value {
                tied = true
            }
        }
        // ("name" is as close to "fname" as to "lname": a typo of two columns names neither.)
        return tied ? nil : best?.value
    }
}

/// The columns an instruction can name for one sheet: template columns, source headers and synonyms.
struct ColumnScope: Sendable {
    let template: TargetTemplate
    let header: [String]
    /// Template column → its current single source column, if any.
    let mappedFrom: [String: String]
    /// Source column → its distinct values (lower case, trimmed) when the profile kept them.
    var values: [String: [String: Int]] = [:]
    /// The number of data rows in the source, when profiled.
    var rowCount: Int?

    /// Every name a phrase may use for a template column, by key (built once per scope).
    private let targetNames: [(key: String, value: String)]
    private let sourceNames: [(key: String, value: String)]
    /// The words of the source's and the template's column names, lower case ("domain" of Company
    /// Domain): never read as a mistyped country.
    let nameWords: Set<String>
    /// Phrases already looked up: a message's words are looked up many times while it is parsed.
    private let lookups = Lookups()

    init(template: TargetTemplate, header: [String], mappedFrom: [String: String], values: [String: [String: Int]] = [:]) {
        self.template = template
        self.header = header
        self.mappedFrom = mappedFrom
        self.values = values
        var candidates: [(key: String, value: String)] = template.columnNames.map { (Text.key($0), $0) }
        for (target, source) in mappedFrom.sorted(by: { $0.key < $1.key }) { candidates.append((Text.key(source), target)) }
        for name in template.columnNames {
            for synonym in (ColumnMatcher.synonyms[Text.key(name)] ?? []) + (Self.spoken[Text.key(name)] ?? []) { candidates.append((synonym, name)) }
        }
        targetNames = candidates
        sourceNames = header.map { (Text.key($0), $0) }
        nameWords = Set((header + template.columnNames).flatMap { $0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) })
    }

    /// Words analysts say for a column that no source header should be matched by ("org").
    static let spoken: [String: [String]] = ["company": ["org", "orgname"]]

    /// The scope of one sheet over its profiled source.
    init(template: TargetTemplate, profile: SourceProfile?, sheet: SheetRecipe) {
        var values: [String: [String: Int]] = [:]
        for column in profile?.columns ?? [] { values[column.name] = column.distinct }
        self.init(template: template, header: profile?.header ?? [], mappedFrom: Summary.mappedFrom(sheet), values: values)
        rowCount = profile?.rows
    }

    /// Whether a source column sorts the rows into a few kinds (a lead source, a stage, an owner)
    /// rather than naming each one (a person's name, an email, a free text): its values said in a
    /// message are about the data. (Every column but the names does, in a file too small to tell.)
    func sortsRows(_ header: String) -> Bool {
        guard !["first_name", "last_name"].contains(where: { mappedFrom[$0] == header }), let distinct = values[header] else { return false }
        guard let rows = rowCount, rows >= 10 else { return true }
        return distinct.count * 3 <= rows * 2
    }

    /// The source columns holding `value` (any case), with the value as the data writes it in lower case.
    func columns(holding value: String) -> [String] {
        let key = value.lowercased().trimmingCharacters(in: .whitespaces)
        return header.filter { values[$0]?[key] != nil }
    }

    /// Forgets the phrases looked up so far (each message is then measured from scratch).
    func forgetLookups() { lookups.clear() }

    /// Words that say how, never which column ("not", "all", "it").
    static let functionWords: Set<String> = ["not", "no", "nor", "is", "it", "all", "and", "or", "the", "to", "in", "on", "of", "be", "by", "as", "at", "an", "a", "so", "if", "do",
        // ("which phones fail": no mistyped "mail".)
        "fail", "fails", "failed", "failing",
    ]

    /// The template column a phrase names (directly, through its mapped source column, or by synonym).
    func target(_ phrase: String) -> String? {
        lookups.value("t\u{0}" + phrase) { targetOnce(phrase) }
    }

    private func targetOnce(_ phrase: String) -> String? {
        // ("not unique": a word of the sentence is no typo of "notes".)
        if Self.functionWords.contains(Text.key(phrase)) { return nil }
        // ("the customers": a value of the data is no mistyped column name, "customer id".)
        let word = Text.unquote(phrase).lowercased().replacingRegex(#"(?-i)^(?:(?:the|a|an|all|any|my|our|their|its) )+"#, with: "")
        let keys = [Text.key(word), Text.key(ColumnMatcher.clean(phrase))]
        if !values.isEmpty, [word, String(word.dropLast())].contains(where: { value in header.contains { values[$0]?[value] != nil } }),
            !targetNames.contains(where: { keys.contains($0.key) || keys.contains($0.key + "s") }),
            // ("lead" is a value and the start of "lead source": the column, as before.)
            !template.columnNames.contains(where: { Text.key($0).hasPrefix(keys[1]) })
        {
            return nil
        }
        if let hit = ColumnMatcher.best(phrase, among: targetNames) { return hit }
        // "the company domain" → "company_domain"; "created" → "created_date" by prefix.
        let key = keys[1]
        let prefixed = template.columnNames.filter { key.count >= 4 && Text.key($0).hasPrefix(key) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// The source header a phrase names.
    func source(_ phrase: String) -> String? {
        lookups.value("s\u{0}" + phrase) {
            ColumnMatcher.best(phrase, among: sourceNames) ?? lastWordOfOneHeader(phrase) ?? firstWordOfOneHeader(phrase) ?? namedFor(phrase) ?? sameNamed(phrase)
        }
    }

    /// "the phone numbers" for Phone: a template column's own name (with a word for its values
    /// after it) names the source header spelled as that column is; a synonym ("Website") does not.
    private func sameNamed(_ phrase: String) -> String? {
        let name = ColumnMatcher.clean(phrase).replacingRegex(#"\s+(?:numbers?|values?|data|entries|fields?|columns?)$"#, with: "")
        let key = Text.key(name)
        return header.first { header in
            let column = Text.key(header)
            return template.columnNames.contains { Text.key($0) == column } && [column, column + "s", column + "es"].contains(key)
        }
    }

    /// "the company name" for Company, "the owner's name" for Contact Owner: a header, or the last
    /// word of one, with "name" said after it.
    private func namedFor(_ phrase: String) -> String? {
        guard let word = Text.firstMatch(ColumnMatcher.clean(phrase), #"^(\w+?)(?:'s)? names?$"#) else { return nil }
        // ("the owner name": the one header "owner" ends, Contact Owner.)
        return header.first { Text.key($0) == Text.key(word) || Text.key($0) + "s" == Text.key(word) } ?? lastWordOfOneHeader(word)
    }

    /// "the owner" for Contact Owner, "stage" for Lifecycle Stage: one word that ends exactly one
    /// source header, and names no template column. A generic word ("address", "date") may mean
    /// a column the file lacks ("without an address"), so it never stands for one.
    private func lastWordOfOneHeader(_ phrase: String) -> String? {
        let word = Text.key(ColumnMatcher.clean(phrase))
        guard word.count >= 4, word.allSatisfy(\.isLetter), !ColumnMatcher.clean(phrase).contains(" "), !Self.genericWords.contains(word),
            ColumnMatcher.best(phrase, among: targetNames) == nil
        else { return nil }
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        let owners = header.filter { name in
            let last = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).last.map { Text.key(String($0)) }
            return name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count > 1 && (last == word || last == singular)
        }
        return owners.count == 1 ? owners[0] : nil
    }

    /// "lifecycle" for Lifecycle Stage: a distinctive word (seven letters or more) that opens exactly
    /// one source header of several words, and is no word of a template column's name.
    private func firstWordOfOneHeader(_ phrase: String) -> String? {
        let word = Text.key(ColumnMatcher.clean(phrase))
        guard word.count >= 7, word.allSatisfy(\.isLetter), !ColumnMatcher.clean(phrase).contains(" "), !Self.genericWords.contains(word),
            !template.columnNames.contains(where: { $0.lowercased().split(whereSeparator: { !$0.isLetter }).contains { Text.key(String($0)) == word } }),
            ColumnMatcher.best(phrase, among: targetNames) == nil
        else { return nil }
        let owners = header.filter { name in
            let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            return words.count > 1 && words.first.map { Text.key(String($0)) } == word
        }
        return owners.count == 1 ? owners[0] : nil
    }

    /// Words that end many headers without naming what the column holds.
    private static let genericWords: Set<String> = [
        "address", "addresses", "name", "names", "date", "dates", "number", "numbers", "code", "codes", "type", "types",
        "status", "time", "value", "values", "text", "info", "data", "details", "field", "count",
    ]

    /// The template columns a spoken list names (`first and last names` → first_name, last_name), or nil
    /// when any item names no column.
    func targets(_ phrase: String) -> [String]? {
        // "the names", "both names": the first and last name together.
        if Text.match(ColumnMatcher.clean(phrase), #"(?:both |all )?(?:the )?(?:names|name columns|name fields|both name columns)"#) != nil,
            let first = target("first name"), let last = target("last name"), first != last
        {
            return [first, last]
        }
        var items = Text.list(phrase)
        if let last = items.last, items.count > 1 {
            let words = last.split(separator: " ")
            if words.count > 1, let noun = words.last, ["name", "names"].contains(noun.lowercased()) {
                items = items.dropLast().map { $0.split(separator: " ").count == 1 ? "\($0) name" : $0 } + [last]
            }
        }
        var result: [String] = []
        for item in items {
            guard let target = target(item) else { return nil }
            if !result.contains(target) { result.append(target) }
        }
        return result.isEmpty ? nil : result
    }

    /// The template columns named in free text, in template order; the longest name wins
    /// ("company domains" names company_domain, not company too).
    func columns(namedIn text: String) -> [String] {
        // (An address or a domain names no column: "acme.org", "x@y.com".)
        let text = text.replacingRegex(#"(?-i)\S+@\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|uk|de|fr|edu|gov|info|biz|us|eu)\b"#, with: " ")
        let found = Self.named(in: text) { phrase in phrase.count >= 3 ? target(phrase) : nil }
        return template.columnNames.filter(found.contains)
    }

    /// The source columns a text names that feed no template column ("the owner", "Lifecycle
    /// Stage"), for a question about a row's value of one.
    func unmappedSources(namedIn text: String) -> [String] {
        let mapped = Set(mappedFrom.values)
        return Self.named(in: text) { phrase in
            guard phrase.count >= 3, !ColumnScope.functionWords.contains(phrase.lowercased()), target(phrase) == nil,
                let source = source(phrase), !mapped.contains(source)
            else { return nil }
            return source
        }
    }

    /// What `name` finds in the phrases of one to three words of `text`, longest first, each word
    /// read once; filler phrases are skipped.
    private static func named(in text: String, _ name: (String) -> String?) -> [String] {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" && $0 != "-" }).map(String.init)
        var found: [String] = []
        var covered = Set<Int>()
        for length in stride(from: 3, through: 1, by: -1) where words.count >= length {
            for start in 0...(words.count - length) where covered.isDisjoint(with: start..<(start + length)) {
                let phrase = words[start..<(start + length)].joined(separator: " ")
                guard !ColumnMatcher.fillers.contains(phrase.lowercased()), let column = name(phrase) else { continue }
                covered.formUnion(start..<(start + length))
                if !found.contains(column) { found.append(column) }
            }
        }
        return found
    }

    /// The template columns of one kind.
    func columns(of kind: ColumnKind) -> [String] { template.columnNames.filter { template.kind($0) == kind } }
}

/// Column lookups by phrase, kept for the life of one scope (bounded).
final class Lookups: Sendable {
    private let cache = Mutex<[String: String?]>([:])

    func clear() { cache.withLock { $0.removeAll() } }

    func value(_ key: String, _ compute: () -> String?) -> String? {
        if let hit = cache.withLock({ $0[key] }) { return hit }
        let value = compute()
        cache.withLock { cache in
            if cache.count < 20_000 { cache[key] = value }
        }
        return value
    }
}
