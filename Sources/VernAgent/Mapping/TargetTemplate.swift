import Foundation
import VernAPI
import VernRecipe

/// A migration template as the agent reasons about it: the template plus each column's kind.
struct TargetTemplate: Sendable {
    /// The template, as the server offers it and the engine validates with it.
    let api: VernAPI.Template

    var slug: String { api.effectiveSlug }
    var name: String { api.name }
    var columnNames: [String] { api.columns.map(\.name) }

    init(_ template: VernAPI.Template) {
        var template = template
        template.slug = template.effectiveSlug
        api = template
    }

    func column(_ name: String) -> VernAPI.Template.Column? { api.columns.first { $0.name == name } }

    /// The values a picklist column allows, if it has a fixed list.
    func allowed(_ name: String) -> [String]? {
        if case .oneOf(let values)? = column(name)?.strictRule { return values }
        return nil
    }

    /// The kind of value a template column expects, from its strict rule, then its name and description.
    func kind(_ name: String) -> ColumnKind {
        guard let column = column(name) else { return .text }
        switch column.strictRule {
        case .oneOf?: return .picklist
        case .pattern(let pattern)?:
            if pattern.contains("@") { return .email }
            if pattern.contains("\\+") { return .phone }
            if pattern.contains("[0-9]{4}-") || pattern.contains("\\d{4}-") { return .date }
            if pattern.contains("\\.[a-z]{2,}") { return .domain }
        case nil: break
        }
        let key = Text.key(name)
        let words = (name + " " + (column.description ?? "")).lowercased()
        if key.contains("email") { return .email }
        if key.contains("phone") || key.contains("mobile") { return .phone }
        if key.contains("domain") || key.contains("website") || key.hasSuffix("url") { return .domain }
        if key.contains("date") || name.hasSuffix("_at") || words.contains("yyyy-mm-dd") { return .date }
        return .text
    }

    /// The transforms the column's rules call for.
    func defaultTransforms(_ name: String, source: SourceProfile.Column?) -> [Transform] {
        switch kind(name) {
        case .email: [.trim(.spacesAndTabs), .lower]
        case .phone: [.phone(defaultRegion: "US", extension: .drop)]
        case .date: [.date(dayFirst: (source?.dayFirstVotes ?? 0) > (source?.monthFirstVotes ?? 0))]
        case .domain: [.domain]
        case .picklist: [.picklist(entries: [], default: nil)]
        case .number, .text: []
        }
    }
}
