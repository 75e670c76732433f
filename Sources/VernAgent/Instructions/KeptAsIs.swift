import Foundation
import VernRecipe

/// "every other column keeps its current mapping", "phone stays required", "otherwise keep Company
/// as it is", "only notes": a part of a message that says what stays as it is. It is set aside
/// beside the change only when that change, made, leaves it so; otherwise the message asks.
extension InstructionParser {
    /// What a part says stays as it is.
    private enum Kept {
        /// "every other column", "the rest", "everything else": what the change does not name.
        case rest
        /// "everything except notes": only these columns change ("everything": none).
        case allBut([String])
        /// "only notes", "and only from first_name": these columns, and no others, change.
        case only([String])
        /// One column, or one of its rules ("the email format rule"), with the state said of it.
        case column(String, Aspect?, state: String?, whenPresent: Bool)
        /// "keeping the existing note first", "KEEP the notes" beside a change that adds to the column.
        case existing(String)
        /// "leave Web as it is": a value of the data, mapped as it is.
        case value(String)
    }

    /// Which rule of a column is said to stay.
    private enum Aspect {
        case mapping, required, unique, rules
    }

    /// Whether `part` only says that something stays as it is, and the `made` edits leave it so.
    func keepsAsSaid(_ part: String, beside made: [Edit]) -> Bool {
        keptHolds(part, beside: made) == true
    }

    /// Why a part that says something stays as it is cannot stand beside the `made` edits, which
    /// change it ("trim company; company stays as it is"); nil when it holds or says something else.
    /// The readings offered are the change said without that part, and leaving the recipe alone.
    func keptButChanged(_ part: String, beside made: [Edit], change: String) -> Failure? {
        guard let broken = brokenKept(part, beside: made) else { return nil }
        // ("trim company; phone stays required" while phone is optional: the change leaves phone as it
        // is, but the writer believes it is required.)
        if case .column(let column, _, let state?, false) = broken, !self.state(state, holdsFor: column, in: sheet) {
            let making: String? = switch state.lowercased() {
            case "required", "mandatory", "optional", "unique": "make \(column) \(state.lowercased())"
            case "skipped", "out", "not imported", "left out", "empty", "blank": "don't import \(column)"
            default: nil
            }
            return Failure(reason: "\(column) is not \(state) now, so it cannot stay so; say which you mean",
                           readings: [change] + (making.map { ["\(change); \($0)"] } ?? []), offersNearby: false)
        }
        let what = switch broken {
        case .column(let column, _, _, _), .existing(let column): "\(column) stays as it is"
        case .value(let value): "\(value) stays as it is"
        case .allBut(let columns) where columns.isEmpty: "everything stays as it is"
        case .allBut(let columns), .only(let columns): "only \(Text.join(columns)) change"
        case .rest: "nothing else changes"
        }
        return Failure(reason: "it says \(what), but the change it asks for alters that; say which you mean", readings: [change], offersNearby: false)
    }

    /// Whether what `part` says stays as it is still holds once `made` is applied; nil when the part
    /// says something else.
    private func keptHolds(_ part: String, beside made: [Edit]) -> Bool? {
        guard !made.isEmpty, kept(in: part) != nil else { return nil }
        return brokenKept(part, beside: made) == nil
    }

    /// The first thing `part` says stays as it is that `made`, applied, changes.
    private func brokenKept(_ part: String, beside made: [Edit]) -> Kept? {
        guard !made.isEmpty, let kept = kept(in: part) else { return nil }
        var after = sheet
        _ = after.apply(made, template: template)
        return kept.first { !holds($0, after: after, made: made) }
    }

    private func holds(_ kept: Kept, after: SheetRecipe, made: [Edit]) -> Bool {
        let changed = Set(template.columnNames.filter { column in
            sheet.column(column) != after.column(column) || sheet.isRequired(column, in: template) != after.isRequired(column, in: template)
                || sheet.isUnique(column, in: template) != after.isUnique(column, in: template)
        })
        switch kept {
        case .rest:
            return true
        case .allBut(let columns):
            return changed.isSubset(of: columns)
        case .only(let columns):
            return changed.isSubset(of: columns) && Set(made.compactMap(\.target)).isSubset(of: columns)
        case .value(let value):
            let key = Text.key(value)
            return !made.contains { edit in
                switch edit {
                case .picklistMap(_, let values, _): values.contains { Text.key($0) == key }
                case .picklistDefault: true
                case .dropRows(let condition), .keepRows(let condition): condition.value.map(Text.key) == key
                default: false
                }
            }
        case .existing(let column):
            guard case .combine(let columns, _)? = after.column(column)?.source else { return false }
            return sheet.column(column)?.source.sourceColumns.first == columns.first
        case .column(let column, let aspect, let state, let whenPresent):
            let before = sheet.column(column), now = after.column(column)
            if whenPresent {
                // ("otherwise keep Company as it is": a fill of empty values keeps every value there is.)
                if case .firstOf(let columns)? = now?.source, columns.first == before?.source.sourceColumns.first { return true }
                return made.contains { if case .defaultValue(column, _) = $0 { true } else { false } }
            }
            let same = switch aspect {
            case nil: !changed.contains(column)
            case .mapping?: (before?.source ?? ColumnSource.none) == (now?.source ?? ColumnSource.none)
            case .required?: sheet.isRequired(column, in: template) == after.isRequired(column, in: template)
            case .unique?: sheet.isUnique(column, in: template) == after.isUnique(column, in: template)
            case .rules?: before?.transforms == now?.transforms && before?.onInvalid == now?.onInvalid
            }
            return same && state.map { self.state($0, holdsFor: column, in: after) } ?? true
        }
    }

    /// Whether `column` is in the `state` said ("required", "skipped", …) in `recipe`.
    func state(_ state: String, holdsFor column: String, in recipe: SheetRecipe) -> Bool {
        let imported = (recipe.column(column)?.source ?? ColumnSource.none) != ColumnSource.none
        return switch state.lowercased() {
        case "required", "mandatory": recipe.isRequired(column, in: template)
        case "optional": !recipe.isRequired(column, in: template)
        case "unique": recipe.isUnique(column, in: template)
        case "imported", "mapped", "in": imported
        case "skipped", "out", "not imported", "left out", "empty", "blank": !imported
        default: true
        }
    }

    /// The things a part says stay as they are; nil when it says anything more.
    private func kept(in part: String) -> [Kept]? {
        let state = #"(required|mandatory|optional|unique|imported|mapped|in|skipped|out|not imported|left out|empty|blank)"#
        let asItIs = #"(?:as (?:it |they )?(?:is|are)|as (?:it was|they were|before|it stands|they stand|written)|alone|untouched|unchanged|intact|the same|in place|where (?:it is|they are)|how (?:it is|they are)|(?:with )?(?:its|their) (?:current |present |existing )?(?:mappings?|rules?|settings?|values?|sources?))"#
        let said = part.lowercased().trimmingCharacters(in: .whitespaces)
            .replacingRegex(#"[\s.!,;:]+$"#, with: "")
            .replacingRegex(#"^(?:(?:and|but|while|with|please)\b[\s,]*)+"#, with: "")
        let present = #"^(?:otherwise|else|if not|(?:where|when|if) (?:it is|it's|they are|they're|there is|there's) (?:not (?:empty|blank)|there|present|filled(?: in)?|one|a value)|(?:where|when|if) (?:it|they) (?:has|have) (?:one|a value))\s*,?\s+(.+)$"#
        // "nothing else changes", "nothing else in lead_source changes": the change is all there is.
        if Text.contains(said, #"^nothing else(?: in (?:the )?[\w ]+)? (?:changes|is changed|should change|will change|gets changed|is touched|should be touched)$"#) { return [.rest] }
        let condition = Text.firstMatch(said, present)
        let plain = condition ?? said
        // "keep the rest mapped as they are", "leave the email uniqueness as it is", "don't touch notes".
        let subject: String
        var stateSaid: String?
        if let g = Text.match(plain, #"(?:keep|keeping|leave|leaving) (.+?)(?: mapped| imported| set)?(?: (?:exactly |just )?"# + asItIs + #")"#) {
            subject = g[0]
        } else if let g = Text.match(plain, #"(?:don't|do not|not) (?:touch|change|alter)(?:ing)? (.+)"#)
            ?? Text.match(plain, #"(.+?) = (?:as (?:it |they )?(?:is|are)|unchanged|untouched|the same|alone)"#)
        {
            subject = g[0]
        } else if let g = Text.match(plain, #"(.+?) (?:stays?|remains?|keeps?|is kept|are kept|(?:should|must|can|will|shall) (?:stay|remain|keep|be kept|be left)|(?:is|are) (?:to (?:stay|remain|be kept)|left))(?: (?:exactly |just )?(?:"# + asItIs + #"|(?:its|their) (?:current |present )?mappings?|mapped(?: as (?:it is|they are|before|now))?|"# + state + #"))?"#) {
            subject = g[0]
            stateSaid = Text.firstMatch(plain, #" "# + state + #"$"#)
        } else if condition == nil, let g = Text.match(plain, #"only (?:for |from |on |in |to |of )?(?:the )?(.+)"#), let columns = scope.targets(g[0]) {
            return [.only(columns)]
        } else if condition == nil, let g = Text.match(plain, #"keep(?:ing)? (?:the |what(?:'s| is) in (?:the )?)?(?:existing |current |old )?(.+?)(?: first| too| as well)?"#),
            // (A column by its own name: "keep the first" is the first of the duplicates, never first_name.)
            let column = namedColumn(g[0])
        {
            return [.existing(column)]
        } else {
            return nil
        }
        var result: [Kept] = []
        for item in Text.list(subject) {
            guard let said = keptSubject(item, state: stateSaid, whenPresent: condition != nil) else { return nil }
            result += said
        }
        return result.isEmpty ? nil : result
    }

    private func keptSubject(_ item: String, state: String?, whenPresent: Bool) -> [Kept]? {
        // ("ISO dates stay as written": a date order never re-reads a date written year first.)
        if !whenPresent, Text.contains(item, #"^(?:the )?(?:iso|yyyy-mm-dd|year-first)(?:[- ]format(?:ted)?)? dates$|^(?:the )?(?:other|remaining) (?:rows|records|contacts)$|^(?:the )?rest of the (?:rows|records|contacts)$"#) {
            return [.rest]
        }
        // "leave Web as it is": a value of the data, or of the target's list, said by itself.
        // (A word that is both, "email", must hold as both.)
        let word = Text.unquote(item)
        let value: Kept? = !whenPresent && (scope.header.contains { scope.values[$0]?[word.lowercased()] != nil } || template.columnNames.contains { allowedMatch(word, in: $0) != nil })
            ? .value(word) : nil
        let item = item.replacingRegex(#"^(?:the|its|their|my|our)\s+"#, with: "")
        // ("trim company; everything stays as it is": everything, with no "else", is every column.)
        if !whenPresent, Text.contains(item, #"^(?:everything|all of it|it all|the whole (?:thing|recipe|mapping)|all (?:the )?(?:columns|mappings|fields))$"#) {
            return [.allBut([])]
        }
        if !whenPresent, Text.contains(item, #"^(?:everything else|all else|anything else|(?:all )?(?:the )?rest(?: of (?:it|them|the \w+))?|(?:all |every |each )?(?:the )?other (?:columns?|mappings?|fields?|rules?|settings?|changes?|ones?|things?)|every other \w+|all other \w+|(?:the )?remaining (?:columns|mappings|fields))$"#) {
            return [.rest]
        }
        if !whenPresent, let g = Text.match(item, #"(?:everything|every (?:column|mapping|field)|all (?:the )?(?:columns|mappings|fields))(?: else)? (?:except|but|other than|apart from|besides|save) (?:for )?(.+)"#) {
            return scope.targets(g[0]).map { [.allBut($0)] }
        }
        if !whenPresent, let g = Text.match(item, #"(?:existing|current|old|original) (.+?)(?: first)?|what(?:'s| is) (?:already )?in (.+)"#), let column = namedColumn(g[0] + g[1]) {
            return [.existing(column)]
        }
        let aspects: [(String, Aspect)] = [
            (#"mappings?|sources?|import"#, .mapping), (#"requirement|required (?:rule|flag|setting)|required"#, .required),
            (#"uniqueness|unique (?:rule|constraint|check|flag|setting)|unique"#, .unique),
            (#"(?:\w+ )?rules?|format(?:ting)?|validation|check|region|date (?:order|format)|case|casing|letter case|trim(?:ming)?"#, .rules),
        ]
        for (words, aspect) in aspects {
            if let g = Text.match(item, #"(.+?)(?:'s)?(?: column| field)? (?:"# + words + #")"#), let column = namedColumn(g[0]) {
                return [.column(column, aspect, state: state, whenPresent: whenPresent)]
            }
        }
        guard let column = namedColumn(item.replacingRegex(#"(?:'s)?(?: column| field)?(?: itself| themselves)?$"#, with: "")) else { return value.map { [$0] } }
        return [.column(column, nil, state: state, whenPresent: whenPresent)] + (value.map { [$0] } ?? [])
    }

    /// The column a phrase names by its own name, singular or plural ("the note", "first names"):
    /// "keep the first" names the first of the duplicates, never first_name.
    private func namedColumn(_ phrase: String) -> String? {
        guard let column = scope.target(phrase) else { return nil }
        let forms = [phrase, phrase + "s", phrase.replacingRegex(#"s$"#, with: "")]
        return forms.contains { namedExactly($0) == [column] } ? column : nil
    }
}
