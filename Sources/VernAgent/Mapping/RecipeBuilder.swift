import Foundation
import VernRecipe

/// Builds a first recipe sheet: picks source columns for template columns (by name, then by
/// value shape) and the transforms each template column's rules call for.
enum RecipeBuilder {
    /// One template column's chosen source, with how confident the choice is.
    struct Choice: Sendable {
        var target: String
        var source: String?
        /// `name`, `synonym`, `typo` or `shape`.
        var how: String
    }

    /// The best source column per template column (each source used once).
    static func choose(template: TargetTemplate, profile: SourceProfile) -> [Choice] {
        var taken: Set<String> = []
        var choices: [String: Choice] = [:]
        var pairs: [(score: Double, target: String, source: String)] = []
        let sourceKeys = profile.columns.map { Text.key($0.name) }
        for target in template.columnNames {
            let targetKey = Text.key(target)
            for (column, sourceKey) in zip(profile.columns, sourceKeys) {
                let score = ColumnMatcher.nameScore(sourceKey: sourceKey, targetKey: targetKey)
                if score >= 0.75 { pairs.append((score, target, column.name)) }
            }
        }
        pairs.sort { ($0.score, $1.target, $1.source) > ($1.score, $0.target, $0.source) }
        for pair in pairs where choices[pair.target] == nil && !taken.contains(pair.source) {
            let how = pair.score >= 1 ? "name" : pair.score >= 0.9 ? "synonym" : "similar name"
            choices[pair.target] = Choice(target: pair.target, source: pair.source, how: how)
            taken.insert(pair.source)
        }
        // By value shape: a template column of a recognisable kind takes the one unclaimed column of that kind.
        for target in template.columnNames where choices[target] == nil {
            let kind = template.kind(target)
            guard [.email, .phone, .date, .domain].contains(kind) else { continue }
            let candidates = profile.columns.filter { $0.kind == kind && !taken.contains($0.name) }
            if candidates.count == 1 {
                choices[target] = Choice(target: target, source: candidates[0].name, how: "value shape")
                taken.insert(candidates[0].name)
            }
        }
        return template.columnNames.map { choices[$0] ?? Choice(target: $0, source: nil, how: "") }
    }

    /// How many template columns `profile` can fill (for choosing which file feeds which template).
    static func fit(template: TargetTemplate, profile: SourceProfile) -> Int {
        choose(template: template, profile: profile).filter { $0.source != nil }.count
    }

    /// A sheet recipe from the choices; picklists start with entries for values that spell an allowed value.
    static func sheet(template: TargetTemplate, profile: SourceProfile, choices: [Choice]) -> SheetRecipe {
        let columns = choices.compactMap { choice -> ColumnRecipe? in
            guard let source = choice.source else { return nil }
            var transforms = template.defaultTransforms(choice.target, source: profile.column(source))
            if let allowed = template.allowed(choice.target) {
                transforms = [.picklist(entries: autoEntries(allowed: allowed, values: profile.column(source)?.distinct ?? [:]), default: nil)]
            }
            return ColumnRecipe(target: choice.target, source: .column(source), transforms: transforms)
        }
        return SheetRecipe(sheet: template.slug, template: template.slug, source: profile.name, columns: columns)
    }

    /// Entries for source values that are an allowed value written differently (case, spaces, hyphens).
    static func autoEntries(allowed: [String], values: [String: Int]) -> [PicklistEntry] {
        allowed.compactMap { value in
            let matches = values.keys.filter { !$0.isEmpty && Text.key($0) == Text.key(value) }.sorted()
            return matches.isEmpty ? nil : PicklistEntry(value: value, matches: matches)
        }
    }

    /// Source values (lower-cased, with counts) a picklist column maps to nothing, most frequent first.
    static func unmapped(_ column: ColumnRecipe, profile: SourceProfile) -> [(value: String, count: Int)] {
        guard case .column(let name) = column.source, let distinct = profile.column(name)?.distinct else { return [] }
        for transform in column.transforms {
            guard case .picklist(let entries, let fallback) = transform else { continue }
            if fallback != nil { return [] }
            let known = Set(entries.flatMap(\.matches))
            return distinct.filter { !$0.key.isEmpty && !known.contains($0.key) }
                .sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
        }
        return []
    }
}
