import Foundation
import VernAPI

/// A transform ready to run on bytes.
enum CompiledTransform {
    case trimSpacesAndTabs
    case trimWhitespace
    case lower, upper, title
    case name(onlyUniform: Bool, everyWord: Bool)
    case phone(PhoneRule)
    case phoneNumberingPlan(NumberingPlanRule)
    /// International numbers by the simple rule, national ones by the default region's plan.
    case phoneNational(international: PhoneRule, national: NumberingPlanRule)
    case date(dayFirst: Bool, keepTime: Bool)
    case domain
    case emailFill(first: Int, last: Int, domain: Int)
    case picklist(Picklist)
    case defaultValue([UInt8])
    case regexReplace(NSRegularExpression, String)
    case split([UInt8], Int)
}

/// A picklist with lower-cased keys (a class, so the hot loop retains one reference, not four arrays).
final class Picklist {
    var keys: [[UInt8]] = []
    var values: [[UInt8]] = []
    var stringKeys: [String: Int] = [:]
    var defaultValue: [UInt8]?

    init(entries: [PicklistEntry], default def: String?) {
        for e in entries {
            for m in e.matches {
                let k = m.trimmingCharacters(in: CharacterSet(charactersIn: " \t")).lowercased()
                if stringKeys[k] != nil { continue }
                stringKeys[k] = keys.count
                keys.append(Array(k.utf8))
                values.append(Array(e.value.utf8))
            }
        }
        defaultValue = def.map { Array($0.utf8) }
    }

    /// Index of the entry matching the lower-case ASCII key `p[0..<n]`.
    func lookup(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
        for (i, k) in keys.enumerated() where k.count == n {
            if k.withUnsafeBufferPointer({ memcmp($0.baseAddress!, p, n) == 0 }) { return i }
        }
        return nil
    }
}

enum CompiledSource {
    case column(Int)
    case constant([UInt8])
    case combine([Int], [UInt8])
    case firstOf([Int])
    case split(Int, [UInt8], Int)
    case splitName(Int, NamePart)
    case none
}

/// One output column of a bound plan.
struct PlanColumn {
    let name: String
    var source: CompiledSource
    let transforms: [CompiledTransform]
    let required: Bool
    let unique: Bool
    let strict: StrictMatcher?
    let clear: Bool
    /// Reason indexes (-1 when the reason cannot occur).
    let formatReason: Int32
    let requiredReason: Int32
    let strictReason: Int32
    let duplicateReason: Int32
}

/// A recipe sheet compiled against a template; `bind(header:)` resolves source columns.
struct CompiledPlan {
    var columns: [PlanColumn]
    /// Evaluation order (columns that `emailFill` reads come first).
    let order: [Int]
    /// Reason names (`column:kind`) by index; the first `preRegistered` are always reported.
    var reasons: [String]
    var reasonColumns: [String]
    let raggedReason: Int32
    let encodingReason: Int32
    /// `column` is an output column, or -1 when the rule reads source column `source` (set by `bind`).
    var dropRules: [(column: Int, test: RowCondition.Test, value: [UInt8], source: Int)]
    let dropSourceNames: [String?]
    let keepFirst: [Int]
    let preRegistered: Int
    let sourceNames: [[String]]

    /// Whether every value `transforms` can produce passes `rule`: a fixed list of values, and a
    /// last transform that is a picklist with a default whose outputs are all in the list (or empty,
    /// which strict rules do not check).
    static func alwaysSatisfied(_ rule: StrictRule, by transforms: [Transform]) -> Bool {
        guard case .oneOf(let allowed) = rule, case .picklist(let entries, let fallback?)? = transforms.last else {
            return false
        }
        let values = Set(allowed)
        return (entries.map(\.value) + [fallback]).allSatisfy { $0.isEmpty || values.contains($0) }
    }

    init(sheet: SheetRecipe, template: Template) throws(RecipeError) {
        let names = template.columns.map(\.name)
        var index: [String: Int] = [:]
        for (i, n) in names.enumerated() {
            guard index[n] == nil else {
                throw RecipeError(.invalidTemplate, "template '\(template.effectiveSlug)' has column '\(n)' twice")
            }
            index[n] = i
        }
        var byTarget: [String: ColumnRecipe] = [:]
        for c in sheet.columns {
            guard index[c.target] != nil else {
                throw RecipeError(
                    .invalidRecipe,
                    "recipe column '\(c.target)' is not in template '\(template.effectiveSlug)' (columns: \(names.joined(separator: ", ")))"
                )
            }
            guard byTarget[c.target] == nil else {
                throw RecipeError(.invalidRecipe, "recipe maps column '\(c.target)' twice")
            }
            byTarget[c.target] = c
        }
        func outputColumn(_ name: String, for target: String) throws(RecipeError) -> Int {
            guard let i = index[name] else {
                throw RecipeError(
                    .invalidRecipe, "column '\(target)': emailFill refers to '\(name)', which is not a template column")
            }
            return i
        }

        var reasons: [String] = []
        var reasonColumns: [String] = []
        func reason(_ column: String, _ kind: String) -> Int32 {
            let key = column + ":" + kind
            if let i = reasons.firstIndex(of: key) { return Int32(i) }
            reasons.append(key)
            reasonColumns.append(column)
            return Int32(reasons.count - 1)
        }

        var columns: [PlanColumn] = []
        var deps: [[Int]] = []
        var sourceNames: [[String]] = []
        for tc in template.columns {
            let cr = byTarget[tc.name] ?? ColumnRecipe(target: tc.name, source: .none)
            var transforms: [CompiledTransform] = []
            var colDeps: [Int] = []
            var canFail = false
            for t in cr.transforms {
                if t.canFail { canFail = true }
                switch t {
                case .trim(.spacesAndTabs): transforms.append(.trimSpacesAndTabs)
                case .trim(.whitespace): transforms.append(.trimWhitespace)
                case .lower: transforms.append(.lower)
                case .upper: transforms.append(.upper)
                case .title: transforms.append(.title)
                case .name(let onlyUniform, let everyWord): transforms.append(.name(onlyUniform: onlyUniform, everyWord: everyWord))
                case .phone(let format) where format.numbering == .simple:
                    guard format.regionColumn == nil else {
                        throw RecipeError(
                            .invalidRecipe, "column '\(tc.name)': a region column needs the numbering-plan phone rule")
                    }
                    transforms.append(.phone(try PhoneRule(region: format.defaultRegion, extension: format.extension)))
                case .phone(let format) where format.numbering == .national:
                    guard format.regionColumn == nil else {
                        throw RecipeError(
                            .invalidRecipe, "column '\(tc.name)': a region column needs the numbering-plan phone rule")
                    }
                    transforms.append(
                        .phoneNational(
                            international: try PhoneRule(region: "US", extension: format.extension),
                            national: try NumberingPlanRule(region: format.defaultRegion, extension: format.extension, regionColumn: nil)))
                case .phone(let format):
                    let rule = try NumberingPlanRule(
                        region: format.defaultRegion, extension: format.extension, regionColumn: format.regionColumn)
                    transforms.append(.phoneNumberingPlan(rule))
                case .date(let dayFirst, let keepTime): transforms.append(.date(dayFirst: dayFirst, keepTime: keepTime))
                case .domain: transforms.append(.domain)
                case .emailFill(let f, let l, let d):
                    let fi = try outputColumn(f, for: tc.name)
                    let li = try outputColumn(l, for: tc.name)
                    let di = try outputColumn(d, for: tc.name)
                    colDeps += [fi, li, di]
                    transforms.append(.emailFill(first: fi, last: li, domain: di))
                case .picklist(let entries, let def):
                    transforms.append(.picklist(Picklist(entries: entries, default: def)))
                case .defaultValue(let v): transforms.append(.defaultValue(Array(v.utf8)))
                case .regexReplace(let pattern, let replacement):
                    do {
                        transforms.append(.regexReplace(try NSRegularExpression(pattern: pattern), replacement))
                    } catch {
                        throw RecipeError(.invalidRecipe, "column '\(tc.name)': invalid regular expression \(pattern)")
                    }
                case .split(let sep, let part):
                    guard !sep.isEmpty else {
                        throw RecipeError(.invalidRecipe, "column '\(tc.name)': split separator is empty")
                    }
                    transforms.append(.split(Array(sep.utf8), part))
                }
            }
            let failKind: String = {
                for t in cr.transforms { if case .picklist(_, nil) = t { return "picklist" } }
                return "format"
            }()
            // A rule the transforms satisfy by construction is neither checked nor listed among the reasons.
            let strict = try tc.strictRule.flatMap { rule throws(RecipeError) -> StrictMatcher? in
                Self.alwaysSatisfied(rule, by: cr.transforms) ? nil : try StrictMatcher(rule, column: tc.name)
            }
            // Reasons in the order a cell is checked: transform failure, required, strict rule, duplicate.
            let formatReason = canFail ? reason(tc.name, failKind) : -1
            let required = cr.required ?? tc.required, unique = cr.unique ?? tc.unique
            let requiredReason = required ? reason(tc.name, "required") : -1
            let strictReason = strict.map { reason(tc.name, $0.isPicklist ? "picklist" : "format") } ?? -1
            let duplicateReason = unique ? reason(tc.name, "duplicate") : -1
            var source = CompiledSource.none
            switch cr.source {
            case .constant(let v): source = .constant(Array(v.utf8))
            case .combine(_, let sep): source = .combine([], Array(sep.utf8))
            case .firstOf: source = .firstOf([])
            case .split(_, let sep, let part):
                guard !sep.isEmpty else {
                    throw RecipeError(.invalidRecipe, "column '\(tc.name)': split separator is empty")
                }
                source = .split(0, Array(sep.utf8), part)
            case .splitName(_, let part): source = .splitName(0, part)
            case .column: source = .column(0)
            case .none: source = .none
            }
            sourceNames.append(cr.source.sourceColumns)
            columns.append(
                PlanColumn(
                    name: tc.name, source: source, transforms: transforms, required: required, unique: unique,
                    strict: strict, clear: cr.onInvalid == .clear, formatReason: formatReason,
                    requiredReason: requiredReason, strictReason: strictReason, duplicateReason: duplicateReason))
            deps.append(colDeps)
        }
        // Topological order (stable: template order when there are no dependencies).
        var order: [Int] = []
        var mark = [UInt8](repeating: 0, count: columns.count)
        func visit(_ i: Int) throws(RecipeError) {
            if mark[i] == 2 { return }
            if mark[i] == 1 {
                throw RecipeError(.invalidRecipe, "column '\(names[i])': emailFill references form a cycle")
            }
            mark[i] = 1
            for d in deps[i] where d != i { try visit(d) }
            mark[i] = 2
            order.append(i)
        }
        for i in columns.indices { try visit(i) }

        var drops: [(column: Int, test: RowCondition.Test, value: [UInt8], source: Int)] = []
        var dropSources: [String?] = []
        for d in sheet.rows.drop {
            if d.inSource == true {
                guard d.when != .invalid else {
                    throw RecipeError(.invalidRecipe, "drop rule on source column '\(d.column)' cannot test validity")
                }
                drops.append((-1, d.when, Array((d.value ?? "").utf8), -1))
                dropSources.append(d.column)
                continue
            }
            guard let i = index[d.column] else {
                throw RecipeError(.invalidRecipe, "drop rule refers to '\(d.column)', which is not a template column")
            }
            drops.append((i, d.when, Array((d.value ?? "").utf8), -1))
            dropSources.append(nil)
        }
        var keep: [Int] = []
        for k in sheet.rows.keepFirst {
            guard let i = index[k] else {
                throw RecipeError(.invalidRecipe, "keepFirst refers to '\(k)', which is not a template column")
            }
            keep.append(i)
        }
        preRegistered = reasons.count
        reasons.append("_row:ragged")
        reasonColumns.append("_row")
        raggedReason = Int32(reasons.count - 1)
        reasons.append("_row:encoding")
        reasonColumns.append("_row")
        encodingReason = Int32(reasons.count - 1)
        self.columns = columns
        self.order = order
        self.reasons = reasons
        self.reasonColumns = reasonColumns
        self.dropRules = drops
        self.dropSourceNames = dropSources
        self.keepFirst = keep
        self.sourceNames = sourceNames
    }

    /// Resolves source column names against the file header.
    mutating func bind(header: [String]) throws(RecipeError) {
        var index: [String: Int] = [:]
        var duplicates: Set<String> = []
        for (i, h) in header.enumerated() {
            if index[h] != nil { duplicates.insert(h) } else { index[h] = i }
        }
        func resolve(_ name: String, _ target: String) throws(RecipeError) -> Int {
            if duplicates.contains(name) {
                throw RecipeError(
                    .sourceColumn, "column '\(target)': source column '\(name)' appears more than once in the header")
            }
            guard let i = index[name] else {
                let shown = header.prefix(20).map { "'\($0)'" }.joined(separator: ", ")
                throw RecipeError(
                    .sourceColumn,
                    "column '\(target)': source column '\(name)' is not in the header (\(shown)\(header.count > 20 ? ", …" : ""))"
                )
            }
            return i
        }
        for c in columns.indices {
            let names = sourceNames[c]
            let target = columns[c].name
            switch columns[c].source {
            case .column: columns[c].source = .column(try resolve(names[0], target))
            case .combine(_, let sep):
                var idx: [Int] = []
                for n in names { idx.append(try resolve(n, target)) }
                columns[c].source = .combine(idx, sep)
            case .split(_, let sep, let part): columns[c].source = .split(try resolve(names[0], target), sep, part)
            case .splitName(_, let part): columns[c].source = .splitName(try resolve(names[0], target), part)
            case .firstOf:
                var idx: [Int] = []
                for n in names { idx.append(try resolve(n, target)) }
                columns[c].source = .firstOf(idx)
            case .constant, .none: break
            }
            for case .phoneNumberingPlan(let rule) in columns[c].transforms {
                if let name = rule.regionColumn { rule.regionField = try resolve(name, target) }
            }
        }
        for k in dropRules.indices {
            if let name = dropSourceNames[k] { dropRules[k].source = try resolve(name, "drop rule") }
        }
    }
}
