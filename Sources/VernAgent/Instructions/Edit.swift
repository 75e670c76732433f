import Foundation
import VernAPI
import VernRecipe

/// One recipe change an update instruction asks for. Targets are template column names.
enum Edit: Codable, Equatable, Sendable {
    case map(target: String, source: ColumnSource)
    case unmap(target: String)
    /// Trim the named columns (empty: every imported column).
    case trim(targets: [String])
    /// Stop trimming the named columns: surrounding spaces are kept.
    case untrim(targets: [String])
    /// Lower-, upper- or title-case the named columns; nil: keep their letters as written.
    case letterCase(targets: [String], transform: Transform?)
    case phone(target: String, region: String)
    /// ISO dates; nil order or time: as the column has it (month-first, time dropped when new).
    case date(target: String, dayFirst: Bool?, keepTime: Bool? = nil)
    /// Each row's phone region from a source column; `fallback` for an empty cell.
    case phoneRegionColumn(target: String, column: String, fallback: String)
    case domain(target: String)
    case emailFill(target: String, first: String, last: String, domain: String)
    case defaultValue(target: String, value: String)
    case picklistMap(target: String, values: [String], value: String)
    /// The value for anything no entry names; an empty value leaves such values as they are, flagged invalid.
    case picklistDefault(target: String, value: String)
    case keepFirst(target: String)
    case dropRows(RowCondition)
    /// Drop one row by its position in the file (1 = the first data row); the update resolves it
    /// to a drop by that row's record id before the recipe changes.
    case dropRowNumber(Int)
    /// Stop dropping one row by its position ("bring row 17 back"); resolved like `dropRowNumber`.
    case keepRowNumber(Int)
    /// Drop the one row of the person named ("drop Ahmed Miller"); the update finds the row by its
    /// first and last name and drops it by its record id, like `dropRowNumber`.
    case dropPerson(String)
    /// Stop dropping the row of the person named ("bring Ahmed Miller back"); resolved like `dropPerson`.
    case keepPerson(String)
    /// Stop dropping the rows a drop rule names ("don't drop the Chat rows after all").
    case keepRows(RowCondition)
    case clearInvalid(target: String)
    /// Whether the column must have a value (overrides the template).
    case required(target: String, Bool)
    /// Whether the column's values must be unique (overrides the template).
    case unique(target: String, Bool)
    /// Nothing to change, with the reason (e.g. the column is already not imported).
    case note(String)
}

extension Edit {
    /// The template column the edit changes, if it names one.
    var target: String? {
        switch self {
        case .map(let target, _), .unmap(let target), .phone(let target, _), .phoneRegionColumn(let target, _, _), .date(let target, _, _), .domain(let target),
            .emailFill(let target, _, _, _), .defaultValue(let target, _), .picklistMap(let target, _, _),
            .picklistDefault(let target, _), .keepFirst(let target), .clearInvalid(let target), .required(let target, _),
            .unique(let target, _):
            target
        case .trim(let targets), .untrim(let targets), .letterCase(let targets, _): targets.last
        case .dropRows(let condition), .keepRows(let condition): condition.inSource == true ? nil : condition.column
        case .note, .dropRowNumber, .keepRowNumber, .dropPerson, .keepPerson: nil
        }
    }

    /// Whether a limit to some rows ("except row 51") cannot be made of the edit: every rule of a
    /// column holds for every row; rows dropped or kept are rows already.
    var limitedByScope: Bool {
        switch self {
        case .dropRows, .dropRowNumber, .keepRows, .keepRowNumber, .dropPerson, .keepPerson, .note: false
        default: true
        }
    }

    /// Whether the edit names a row by its number or by the person on it, which the update looks up
    /// in the file before the recipe changes.
    var namesRowToLookUp: Bool {
        switch self {
        case .dropRowNumber, .keepRowNumber, .dropPerson, .keepPerson: true
        default: false
        }
    }

    /// The drop lifted ("bring them back"); any other edit as it is.
    var keptAgain: Edit {
        switch self {
        case .dropRows(let condition): .keepRows(condition)
        case .dropRowNumber(let number): .keepRowNumber(number)
        case .dropPerson(let name): .keepPerson(name)
        default: self
        }
    }

    /// Whether the edit drops rows (by a rule or by a row number).
    var dropsRows: Bool {
        switch self {
        case .dropRows, .dropRowNumber, .dropPerson: true
        default: false
        }
    }

    /// The same change made to `column` instead ("same for company"), when it is a change of one
    /// column's own rules; nil for a mapping, a value map, a row rule or a format.
    func retargeted(to column: String) -> Edit? {
        switch self {
        case .trim: .trim(targets: [column])
        case .untrim: .untrim(targets: [column])
        case .letterCase(_, let transform): .letterCase(targets: [column], transform: transform)
        case .unmap: .unmap(target: column)
        case .defaultValue(_, let value): .defaultValue(target: column, value: value)
        case .clearInvalid: .clearInvalid(target: column)
        case .required(_, let value): .required(target: column, value)
        case .unique(_, let value): .unique(target: column, value)
        default: nil
        }
    }
}

/// What an update instruction means.
enum Command: Equatable, Sendable {
    case edits([Edit])
    /// Undo this many changes.
    case undo(Int)
    /// Undo this many changes, then make the edits ("undo that and drop row 1").
    case undoThen(Int, [Edit])
    /// Go back to the recipe before the latest change that mentions this column or word.
    case revertBefore(String)
}

/// The outcome of applying edits to a sheet: what changed, and what was already so.
struct EditReport: Sendable {
    var changes: [String] = []
    var unchanged: [String] = []
    var touched: [String] = []
}

extension SheetRecipe {
    /// Whether `column` must have a value: the recipe's override, else the template's rule.
    func isRequired(_ column: String, in template: TargetTemplate) -> Bool {
        self.column(column)?.required ?? template.column(column)?.required ?? false
    }

    /// Whether `column`'s values must be unique: the recipe's override, else the template's rule.
    func isUnique(_ column: String, in template: TargetTemplate) -> Bool {
        self.column(column)?.unique ?? template.column(column)?.unique ?? false
    }

    /// Applies `edits`, describing each change (or why it changes nothing).
    mutating func apply(_ edits: [Edit], template: TargetTemplate) -> EditReport {
        var report = EditReport()
        for edit in edits {
            let before = self
            let (target, text) = apply(edit, template: template)
            if self == before {
                report.unchanged.append(text.unchanged)
            } else {
                report.changes.append(text.changed)
                if let target, !report.touched.contains(target) { report.touched.append(target) }
            }
        }
        return report
    }

    private mutating func apply(_ edit: Edit, template: TargetTemplate) -> (String?, (changed: String, unchanged: String)) {
        switch edit {
        case .map(let target, let source):
            let index = columnIndex(target, template: template)
            let wasEmpty = columns[index].source == .none
            columns[index].source = source
            if wasEmpty, columns[index].transforms.isEmpty {
                columns[index].transforms = template.defaultTransforms(target, source: nil)
            }
            return (target, ("\(target): now from \(describe(source))", "\(target) already comes from \(describe(source))"))
        case .unmap(let target):
            columns.removeAll { $0.target == target }
            return (target, ("\(target): no longer imported", "\(target) is already not imported"))
        case .trim(let targets):
            let names = targets.isEmpty ? columns.filter { $0.source != .none }.map(\.target) : targets
            var trimmed: [String] = []
            for name in names {
                let index = columnIndex(name, template: template)
                if !Self.isTrimmed(columns[index].transforms) {
                    columns[index].transforms.insert(.trim(.spacesAndTabs), at: 0)
                    trimmed.append(name)
                }
            }
            let label = targets.isEmpty ? "every imported column" : Text.join(targets)
            return (
                trimmed.count == 1 ? trimmed[0] : nil,
                ("\(Text.join(trimmed)): now trimmed", "\(label) \(names.count == 1 ? "is" : "are") already trimmed")
            )
        case .untrim(let targets):
            for name in targets {
                let index = columnIndex(name, template: template)
                columns[index].transforms.removeAll { if case .trim = $0 { true } else { false } }
            }
            let verb = targets.count == 1 ? "is" : "are"
            return (targets.count == 1 ? targets[0] : nil, ("\(Text.join(targets)): no longer trimmed (surrounding spaces are kept)", "\(Text.join(targets)) \(verb) already not trimmed"))
        case .letterCase(let targets, let transform):
            let word = switch transform {
            case nil: "case-preserved"
            case .lower?: "lower-cased"
            case .upper?: "upper-cased"
            case .name(false, false)?: "capitalised as names are written (McAllister, O'Neil, van der Berg)"
            case .name(true, false)?: "capitalised as names are written where all caps or all lower case (mixed case kept)"
            case .name(_, true)?: "title-cased, every word capitalised and the capitals inside names kept (De La Cruz, McAllister)"
            default: "title-cased (every word capitalised)"
            }
            func isCase(_ t: Transform) -> Bool {
                switch t {
                case .lower, .upper, .title, .name: true
                default: false
                }
            }
            for name in targets {
                let index = columnIndex(name, template: template)
                var list = columns[index].transforms
                // The domain rule already lower-cases: a lower case on top of it changes nothing.
                if transform == .lower, list.contains(.domain), !list.contains(where: isCase) { continue }
                var position = list.firstIndex(where: isCase) ?? (list.lastIndex { if case .trim = $0 { true } else { false } }.map { $0 + 1 } ?? 0)
                // Any other case comes after the domain rule, which would lower-case it again.
                if transform != .lower, let domain = list.firstIndex(of: .domain) { position = max(position, domain + 1) }
                list.removeAll(where: isCase)
                if let transform { list.insert(transform, at: min(position, list.count)) }
                columns[index].transforms = list
            }
            return (targets.count == 1 ? targets[0] : nil, ("\(Text.join(targets)): now \(word)", "\(Text.join(targets)) already \(targets.count == 1 ? "is" : "are") \(word)"))
        case .phone(let target, let region):
            // Outside the North American plan the simple rule knows only national numbers written
            // with their trunk 0; the region's numbering plan also reads them without it.
            // A region read per row from a column stays; the named region becomes the one for empty cells.
            let index = columnIndex(target, template: template)
            let current = columns[index].transforms.lazy.compactMap { if case .phone(let format) = $0 { format } else { nil } }.first
            let regionColumn = current?.regionColumn
            // Elsewhere, numbers written with their calling code keep the simple rule's reading, so
            // naming a region changes only how national numbers are read.
            let numbering: PhoneNumbering = regionColumn != nil ? .numberingPlan : ["US", "CA"].contains(region) ? .simple : .national
            let format = PhoneFormat(defaultRegion: region, extension: current?.extension ?? .drop, numbering: numbering, regionColumn: regionColumn)
            replace(target, template: template, with: .phone(format)) { if case .phone = $0 { true } else { false } }
            return (target, ("\(target): now \(format.summary)", "\(target) is already \(format.summary)"))
        case .phoneRegionColumn(let target, let column, let fallback):
            let format = PhoneFormat(defaultRegion: fallback, extension: .drop, numbering: .numberingPlan, regionColumn: column)
            replace(target, template: template, with: .phone(format)) { if case .phone = $0 { true } else { false } }
            return (target, ("\(target): now \(format.summary)", "\(target) is already \(format.summary)"))
        case .date(let target, let dayFirst, let keepTime):
            let index = columnIndex(target, template: template)
            let current = columns[index].transforms.compactMap { if case .date(let d, let t) = $0 { (d, t) } else { nil } }.first
            let value = dayFirst ?? current?.0 ?? false
            let time = keepTime ?? current?.1 ?? false
            replace(target, template: template, with: .date(dayFirst: value, keepTime: time)) {
                if case .date = $0 { true } else { false }
            }
            let order = value ? "day-first" : "month-first"
            let kept = time ? ", keeping a time given with the date (YYYY-MM-DDTHH:MM:SS)" : ""
            return (target, ("\(target): now ISO dates\(time ? " and times" : ""), reading a/b/y as \(order)\(kept)", "\(target) already becomes ISO dates (\(order)\(time ? ", time kept" : ""))"))
        case .domain(let target):
            replace(target, template: template, with: .domain) { $0 == .domain }
            return (target, ("\(target): now a normalised domain", "\(target) is already normalised"))
        case .emailFill(let target, let first, let last, let domain):
            replace(target, template: template, with: .emailFill(first: first, last: last, domain: domain)) {
                if case .emailFill = $0 { true } else { false }
            }
            return (
                target,
                ("\(target): an empty value is now built as \(first).\(last)@\(domain) (the row is kept)",
                 "\(target) already fills empty values from \(domain)")
            )
        case .defaultValue(let target, let value):
            replace(target, template: template, with: .defaultValue(value)) { if case .defaultValue = $0 { true } else { false } }
            return (target, ("\(target): empty values now become \(value)", "\(target) already defaults to \(value)"))
        case .picklistMap(let target, let values, let value):
            let index = columnIndex(target, template: template)
            let current = picklist(at: index)
            var entries = current.0
            let fallback = current.1
            let keys = values.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
            let verb = keys.count == 1 ? "maps" : "map"
            // "Chat stays Other": values no entry names already become the value for anything else.
            let allowed = Set((template.allowed(target) ?? []).map(Text.key))
            if fallback == value, !entries.contains(where: { $0.matches.contains(where: keys.contains) }), !keys.contains(where: { allowed.contains(Text.key($0)) }) {
                return (target, ("", "\(Text.join(keys)) already \(verb) to \(value) in \(target) (its value for anything else)"))
            }
            for i in entries.indices where entries[i].value != value { entries[i].matches.removeAll { keys.contains($0) } }
            entries.removeAll { $0.matches.isEmpty && $0.value != value }
            if let e = entries.firstIndex(where: { $0.value == value }) {
                for key in keys where !entries[e].matches.contains(key) { entries[e].matches.append(key) }
            } else {
                entries.append(PicklistEntry(value: value, matches: keys))
                let order = template.allowed(target) ?? []
                entries.sort { (order.firstIndex(of: $0.value) ?? Int.max) < (order.firstIndex(of: $1.value) ?? Int.max) }
            }
            setPicklist(at: index, entries: entries, default: fallback)
            return (target, ("\(target): \(Text.join(keys)) now \(verb) to \(value)", "\(Text.join(keys)) already \(verb) to \(value) in \(target)"))
        case .picklistDefault(let target, let value):
            let index = columnIndex(target, template: template)
            var (entries, previous) = picklist(at: index)
            entries.removeAll { $0.value == value }
            // (The value that was the one for anything else still takes its own spelling: "other"
            // stays Other when anything else becomes Web, or when anything else is left flagged.)
            if let previous, previous != value, !previous.isEmpty, !entries.contains(where: { $0.matches.contains(previous.lowercased()) }) {
                if let e = entries.firstIndex(where: { $0.value == previous }) {
                    entries[e].matches.append(previous.lowercased())
                } else {
                    entries.append(PicklistEntry(value: previous, matches: [previous.lowercased()]))
                    let order = template.allowed(target) ?? []
                    entries.sort { (order.firstIndex(of: $0.value) ?? Int.max) < (order.firstIndex(of: $1.value) ?? Int.max) }
                }
            }
            if value.isEmpty {
                setPicklist(at: index, entries: entries, default: nil)
                return (target, ("\(target): any other value is now left as it is, flagged invalid", "\(target) already leaves any other value flagged invalid"))
            }
            setPicklist(at: index, entries: entries, default: value)
            return (target, ("\(target): any other value now becomes \(value)", "\(target) already maps any other value to \(value)"))
        case .keepFirst(let target):
            if !rows.keepFirst.contains(target) { rows.keepFirst.append(target) }
            return (target, ("\(target): later duplicates are now dropped (the first is kept)", "\(target) already keeps only the first of duplicates"))
        case .dropRows(let condition):
            if !rows.drop.contains(condition) { rows.drop.append(condition) }
            let what = condition.phrase
            return (condition.column, ("rows with \(what) are now dropped", "rows with \(what) are already dropped"))
        case .keepRows(let condition):
            rows.drop.removeAll { $0 == condition }
            let what = condition.phrase
            return (condition.column, ("rows with \(what) are kept again", "rows with \(what) are not dropped"))
        case .note(let text):
            return (nil, (text, text))
        case .dropRowNumber(let number):
            return (nil, ("", "row \(number) is not resolved to a record id, so nothing is dropped"))
        case .keepRowNumber(let number):
            return (nil, ("", "row \(number) is not resolved to a record id, so nothing is kept again"))
        case .dropPerson(let name):
            return (nil, ("", "\(name)'s row is not resolved to a record id, so nothing is dropped"))
        case .keepPerson(let name):
            return (nil, ("", "\(name)'s row is not resolved to a record id, so nothing is kept again"))
        case .clearInvalid(let target):
            let index = columnIndex(target, template: template)
            columns[index].onInvalid = .clear
            return (target, ("\(target): an invalid value is now cleared and the row kept", "\(target) already clears invalid values"))
        case .required(let target, let value):
            let text = value
                ? ("\(target): now required (an empty value is flagged \(target):required)", "\(target) is already required")
                : ("\(target): now optional (an empty value is allowed)", "\(target) is already optional")
            let current = isRequired(target, in: template)
            guard current != value else { return (target, text) }
            let index = columnIndex(target, template: template)
            columns[index].required = template.column(target)?.required == value ? nil : value
            return (target, text)
        case .unique(let target, let value):
            let text = value
                ? ("\(target): now unique (a repeated value is flagged \(target):duplicate)", "\(target) is already unique")
                : ("\(target): no longer unique (repeated values are allowed)", "\(target) already allows repeated values")
            let current = isUnique(target, in: template)
            if current != value {
                let index = columnIndex(target, template: template)
                columns[index].unique = template.column(target)?.unique == value ? nil : value
            }
            if !value { rows.keepFirst.removeAll { $0 == target } }
            return (target, text)
        }
    }

    /// Whether a transform chain already strips surrounding spaces.
    static func isTrimmed(_ transforms: [Transform]) -> Bool {
        transforms.contains {
            switch $0 {
            case .trim, .phone, .date, .domain, .picklist: true
            default: false
            }
        }
    }

    func column(_ target: String) -> ColumnRecipe? { columns.first { $0.target == target } }

    /// The index of the target's column recipe, inserting an empty one in template order when missing.
    mutating func columnIndex(_ target: String, template: TargetTemplate) -> Int {
        if let index = columns.firstIndex(where: { $0.target == target }) { return index }
        let order = template.columnNames
        let rank = order.firstIndex(of: target) ?? Int.max
        let position = columns.firstIndex { (order.firstIndex(of: $0.target) ?? Int.max) > rank } ?? columns.count
        columns.insert(ColumnRecipe(target: target, source: .none), at: position)
        return position
    }

    private mutating func replace(_ target: String, template: TargetTemplate, with transform: Transform, where matches: (Transform) -> Bool) {
        let index = columnIndex(target, template: template)
        if let existing = columns[index].transforms.firstIndex(where: matches) {
            columns[index].transforms[existing] = transform
        } else {
            columns[index].transforms.append(transform)
        }
    }

    private func picklist(at index: Int) -> ([PicklistEntry], String?) {
        for transform in columns[index].transforms {
            if case .picklist(let entries, let fallback) = transform { return (entries, fallback) }
        }
        return ([], nil)
    }

    private mutating func setPicklist(at index: Int, entries: [PicklistEntry], default fallback: String?) {
        let value = Transform.picklist(entries: entries, default: fallback)
        if let existing = columns[index].transforms.firstIndex(where: { if case .picklist = $0 { true } else { false } }) {
            columns[index].transforms[existing] = value
        } else {
            columns[index].transforms.append(value)
        }
    }
}

/// A source in prose: `Phone`, `Street + City`, `Full Name (first part)`.
func describe(_ source: ColumnSource) -> String {
    switch source {
    case .column(let name): name
    case .constant(let value): "the constant \"\(value)\""
    case .combine(let columns, let separator): "\(columns.joined(separator: " + ")) (joined by \"\(separator)\")"
    case .firstOf(let columns): columns.joined(separator: ", or when blank ")
    case .split(let column, let separator, let part): "\(column) split on \"\(separator)\", part \(part)"
    case .splitName(let column, let part):
        switch part {
        case .first: "\(column) (everything before the last word)"
        case .last: "\(column) (its last word)"
        case .rest: "\(column) (everything after the first word)"
        }
    case .none: "nothing"
    }
}

extension RowCondition {
    /// The rows a drop condition selects, in prose: `an empty company`, `Lifecycle Stage = other (source value)`.
    var phrase: String {
        let name = inSource == true ? "source \(column)" : column
        return switch when {
        case .empty: "an empty \(name)"
        case .notEmpty: "a \(name)"
        case .equals: "\(name) = \(value ?? "")"
        case .invalid: "an invalid \(name)"
        }
    }
}
