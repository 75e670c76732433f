import Foundation
import VernRecipe

/// Each row's phone region read from a source column ("take the region from the Country
/// column", "the country is in column Country, default UK"). When the source has no such column
/// the instruction fails naming the columns it does have, rather than guessing one.
extension InstructionParser {
    /// Words that are near a country name but say something else ("Region" is two letters from Réunion).
    private static let notCountries: Set<String> = ["region", "regions", "country", "column", "columns", "number", "numbers", "mobile", "format", "phones", "leading"]

    /// Every region's name, lower-cased, with its number of words and characters (for the typo search).
    private static let regionNames = Region.all.map { region in
        let lowered = region.name.lowercased()
        return (name: region.name, lowered: lowered, words: lowered.split(separator: " ").count, length: lowered.count)
    }

    /// "Phones are from Germnay": in a message about phone numbers, a word of six letters or more
    /// one letter (two when capitalised) from exactly one country name is that name; never a word of
    /// `names` (the columns' names: "Domain" is no mistyped Oman).
    static func correctingCountryNames(_ text: String, keeping names: Set<String> = []) -> String {
        guard Region.mentions(in: text).isEmpty, Text.contains(text, #"\b(phones?|phone numbers?|numbers|mobiles?|telephones?)\b"#) else { return text }
        let words = text.split(separator: " ").map { String($0).trimmingCharacters(in: .punctuationCharacters) }
        // "the phone numbers are british": in a message about phones, a lower-case adjective or name is the region.
        for word in words where word.count >= 4 && word == word.lowercased() && !notCountries.contains(word) {
            if let region = Region.named(word), word.allSatisfy(\.isLetter) {
                return text.replacingOccurrences(of: word, with: region.name)
            }
        }
        // "austrailian": one lower-case word a letter away from exactly one word that names a region.
        for word in words where word.count >= 7 && word == word.lowercased() && word.allSatisfy(\.isLetter) && !notCountries.contains(word) && !names.contains(word) {
            let close = Region.wordNames.filter { abs($0.count - word.count) <= 1 && Text.editDistance($0, word, limit: 1) == 1 }
            if close.count == 1, let region = Region.named(close[0]) { return text.replacingOccurrences(of: word, with: region.name) }
        }
        // Spans of one to three words, against names of as many words ("Untied Kingdom").
        for length in (1...3).reversed() where words.count >= length {
            for start in 0...(words.count - length) {
                let span = words[start..<(start + length)]
                guard span.allSatisfy({ $0.allSatisfy(\.isLetter) }), span.joined().count >= 6, !span.contains(where: { notCountries.contains($0.lowercased()) || names.contains($0.lowercased()) }) else { continue }
                let phrase = span.joined(separator: " ")
                let budget = phrase.first?.isUppercase == true ? 2 : 1
                let lowered = phrase.lowercased(), count = lowered.count
                let close = regionNames.filter { region in
                    region.words == length && abs(region.length - count) <= budget && Text.editDistance(region.lowered, lowered, limit: budget) <= budget
                }
                if close.count == 1 { return text.replacingOccurrences(of: phrase, with: close[0].name) }
            }
        }
        return text
    }

    func phoneRegionColumn(_ text: String) throws(Failure) -> [Edit]? {
        guard Text.contains(text, #"\b(?:countr(?:y|ies)|regions?)\b"#),
            Text.contains(text, #"\b(?:columns?|fields?|per row|each row'?s?|every row'?s?|row's|contact's|record's|their own|its own|per contact|per record)\b|\b(?:country|region) is in (?:the |a |column |field )"#),
            // ("can the Country go in the notes column" is about the column, not the phones' region.)
            Text.contains(text, #"\b(?:phones?|numbers?|mobiles?|telephones?|dial\w*|calling|regions?|per row|each row'?s?|every row'?s?|row's|contact's|record's|their own|its own|per contact|per record)\b"#) || !Region.mentions(in: text).isEmpty,
            // ("put the Region column in notes" moves a column, whatever its name.)
            !Text.contains(text, #"^(?:put|move|copy|map|send|add|bring|carry) (?:the )?(?:countr(?:y|ies)|regions?)(?: columns?| cols?| fields?)? (?:in|into|to|under|onto|as) "#)
        else { return nil }
        let phones = scope.columns(of: .phone)
        let target = mentioned(text).first { template.kind($0) == .phone } ?? (phones.count == 1 ? phones[0] : nil)
        let (column, phrase) = regionColumn(text)
        if let column {
            guard let target else { throw Failure(reason: "say which phone column takes its region from \(column)") }
            let regions = Region.mentions(in: text).filter { mention in
                let word = String(text[mention.range]).split(separator: " ").last.map(String.init) ?? ""
                return !(Self.shortWords.contains(word.lowercased()) && word != word.uppercased()) && Text.key(word) != Text.key(column)
            }
            let fallback = regions.first?.region.code ?? currentRegion(target) ?? "US"
            return [.phoneRegionColumn(target: target, column: column, fallback: fallback)]
        }
        // Said to be per row, but no source column holds it: the columns there are, not a guess.
        guard Text.contains(text, #"\b(?:per row|each row'?s?|every row'?s?|row's|contact's|record's|their own|its own|per contact|per record)\b|\b(?:country|region) is in\b|\bfrom (?:the |a |an )?(?:\w+ )?(?:column|field)\b|(?:=|:) ?(?:the )?(?:column|field)\b|\b(?:another|other|a separate|its own) (?:column|field)\b"#)
        else { return nil }
        let what = phrase.map { "there is no source column \"\(ColumnMatcher.clean($0))\"" } ?? "say which source column holds each row's country"
        throw Failure(reason: "\(what) (source columns: \(scope.header.joined(separator: ", "))); name the column, or one default region")
    }

    /// The source column holding the region: the first phrase naming one (not a phone column)
    /// among a quoted name, the words before "column"/"field", after "column"/"field", or after
    /// "from"/"in"; else no column, and the first phrase naming none (for the refusal).
    private func regionColumn(_ text: String) -> (column: String?, phrase: String?) {
        let patterns = [
            #".*?['"]([^'"]+)['"].*"#,
            #".*?\b(?:the |each |every )?(?:row's |contact's |record's )?['"]?([\w][\w-]*(?: [\w-]+)?)['"]? (?:column|field)\b.*"#,
            #".*?\b(?:column|field) ['"]?([\w][\w -]*?)['"]?(?:,.*|\s+(?:for|as|default|with|and|when|if)\b.*)?"#,
            #".*?\b(?:from|in|per row from) (?:the |each |every )?(?:row's |contact's |record's )?['"]?([\w][\w -]*?)['"]?(?:,.*|\s+(?:for|as|default|with|and|when|if)\b.*)?"#,
        ]
        let phrases = patterns.compactMap { Text.match(text, $0)?[0].trimmingCharacters(in: .whitespaces) }.filter { phrase in
            !phrase.isEmpty && !Text.contains(phrase, #"^(?:(?:another|other|a|an|the|that|this|its|their|is|in|for|from|of|to|per|row|each|every|phone|phones|region|same|own)\s*)+$"#)
        }
        // A phone column is what takes the region, never where it is read from.
        let columns = phrases.map { phrase in scope.source(phrase).flatMap { source in scope.target(source).map { template.kind($0) == .phone } == true ? nil : source } }
        if let index = columns.firstIndex(where: { $0 != nil }) { return (columns[index], phrases[index]) }
        return (nil, phrases.first { scope.source($0) == nil })
    }

    /// The default region the column's phone rule already has.
    private func currentRegion(_ target: String) -> String? {
        for case .phone(let format) in sheet.column(target)?.transforms ?? [] { return format.defaultRegion }
        return nil
    }
}
