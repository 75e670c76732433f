import Foundation

/// A request written as a data analyst writes code, SQL or pandas, read as the plain words it
/// means: `df['notes'] = df['Lifecycle Stage']`, `UPPER(last_name)`, `COALESCE(Notes, "Contact
/// Owner")`, `CASE WHEN lead_source = 'Chat' THEN 'Web' END`, `phone NOT NULL`, `UNIQUE(email)`,
/// `DELETE FROM contacts WHERE …`, `dropna(subset=['company'])`, `a || ' - ' || b`, `SPLIT_PART`,
/// `.str.split(n=1).str[1]`, `git revert HEAD`, and questions such as `SELECT COUNT(*) … IS NULL`.
///
/// Names are kept as they are written, in double quotes (a column), and literals in single quotes
/// (a value), as SQL writes them; what a name means is left to the parser, which asks when it
/// cannot place one. Text without code is returned unchanged.
enum CodeNotation {
    /// A column as the code names it: "Contact Owner", first_name, or a pandas reference already
    /// rewritten to a double-quoted name.
    private static let name = #"(?<![\w"'.])("[^"]+"|[A-Za-z_]\w*)"#
    /// A literal value.
    private static let literal = #"('[^']*')"#
    /// A name or a literal.
    private static let operand = #"(?<![\w"'.])("[^"]+"|'[^']*'|[A-Za-z_]\w*)"#
    private static let caseWords = [
        ("upper", "upper-case"), ("ucase", "upper-case"), ("lower", "lower-case"), ("lcase", "lower-case"), ("title", "title-case"),
        ("initcap", "title-case"), ("proper", "title-case"), ("strip", "trim"), ("trim", "trim"), ("btrim", "trim"), ("ltrim", "trim"),
        ("rtrim", "trim"), ("lstrip", "trim"), ("rstrip", "trim"),
    ]

    static func plain(_ text: String) -> String {
        // "when blank use `Country`": a name in code quotes after "use" or "from" is a column, never the text itself.
        let said = text.replacingRegex(#"\b(use|take|from) `([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})`"#, with: "$1 the column \"$2\"")
            // ("skip record `1000985`": a number in code quotes is that number.)
            .replacingRegex(#"`(\d+)`"#, with: "$1")
        let text = comments(said)
        guard Text.contains(text, #"\bdf\b|\.str\b|\b(?:select|delete|where|coalesce|ifnull|nvl|case(?:\s+\w+)?\s+when|not null|is null|nullable|concat(?:_ws)?|split_part|fillna|dropna|isna|isnull|notna|np\.where|initcap|value_counts|group by|rollback|roll ?back|revert|git|pk|primary key|alter|unique (?:constraint|index|key))\b|\|\||\b(?:unique|upper|lower|ucase|lcase|proper|b?trim|[lr]trim|[lr]?strip)\s*\(|[:=]\s*(?:true|false)\b|!\s*(?:required|unique|nullable)\b|\+=|\s\?\?\s|\b(?:first_word|last_word|rsplit|split|distinct on|drop unique|update \w+ set|undo|on_?empty|if \S+ is null then)\b|\.(?:default|to(?:upper|lower)case|map|drop|filter)\b|\b(?:default|region|default_region|append|map)\s*\(|\[\s*'[^']*'\s*\]\s*:?=|\bdefault\s+'|:\s*default\b|--steps|\bs/[^/\s]+/[^/]*/|\bcount\s*\(\s*\*\s*\)|:\s*\{|^\s*where\b"#) else { return text }
        var value = settings(text)
            // pandas: df['Contact Owner'], df["notes"] and df.notes are the column.
            .replacingRegex(#"\bdf\s*\[\s*['"]([^'"\]]+)['"]\s*\]"#, with: "\"$1\"")
            .replacingRegex(#"\bdf\.(?!(?:drop|dropna|fillna|loc|iloc|query|rename|assign|apply|replace|map|where|merge)\b)([A-Za-z_]\w*)"#, with: "\"$1\"")
            .replacingRegex(#"\bdf\s*=\s*"#, with: "").replacingRegex(#"\bdf\.|\bdf\s*(?=\[)"#, with: "")
            // A comment after the code says the same in words: "# only keep valid rows", "-- and which ones".
            .replacingRegex(#"\s+(?:#|--)\s+"#, with: ", ")
            .replacingRegex(#"`([^`]+)`"#, with: "\"$1\"")
        value = statements(value)
        value = rows(value)
        value = fills(value)
        value = cases(value)
        value = combinations(value)
        value = parts(value)
        value = constraints(value)
        value = questions(value)
        // "where First Name is null": empty, as the rest of the words say it.
        value = value.replacingRegex(#"\bis not null\b"#, with: "is not empty").replacingRegex(#"\bis null\b"#, with: "is empty")
        // What is left of a statement: "SELECT "Contact Owner" AS first_name", "SELECT * EXCEPT (notes)".
        value = value
            .replacingRegex(#"^\s*select\s+\*\s+except\s*\(([^)]+)\)\s*;?\s*$"#, with: "don't import $1")
            .replacingRegex(#"\b(?:exclude|drop|remove|leave out|take out) "# + name + #" from (?:the )?select\b"#, with: "don't import $1")
            .replacingRegex(#"^\s*select\s+"# + name + #"\s+as\s+"# + name + #"\s*;?\s*$"#, with: "map $1 to $2")
            .replacingRegex(#"\bdel\s+"# + name, with: "don't import $1")
            .replacingRegex(#"\bdrop\s*\(\s*columns\s*=\s*\[?\s*((?:['"][^'"]+['"]\s*,?\s*)+)\]?\s*\)"#, with: "don't import $1")
            .replacingRegex(#"\bgit revert (?:head|the last commit)\b|\b(?:revert|roll ?back) the last (?:migration|commit|revision|change ?set|transaction)\b|^\s*(?:rollback|roll back)\s*;?\s*$"#, with: "undo the last change")
        return value
    }

    /// "phone: required // billing needs it", "lead_source DEFAULT 'Other' -- for the empty ones": a
    /// comment after the code is said beside it, as a reason or a limit; never a web address's "//"
    /// or a quoted separator ("' // '").
    private static func comments(_ text: String) -> String {
        guard let marker = Text.compiled(#"(?<![:/])\s*//+\s*(?=\S)|\s+--\s+(?=\S)"#) else { return text }
        var value = text
        for match in marker.matches(in: text).reversed() {
            guard let range = Range(match.range, in: value) else { continue }
            let before = value[..<range.lowerBound]
            guard before.filter({ $0 == "'" }).count % 2 == 0, before.filter({ $0 == "\"" }).count % 2 == 0 else { continue }
            value.replaceSubrange(range, with: ", ")
        }
        return value
    }

    /// Assignments and calls a developer writes: `notes += "Record ID"`, `append(notes, x, sep='; ')`,
    /// `x = first_word(y)`, `x.toUpperCase()`, `x['a'] = 'B'`, `UPDATE x SET 'B' WHERE y = 'a'`,
    /// `x ?? 'v'`, `x.default = 'v'`, `if x is null then 'v'`, `DISTINCT ON (x)`, `rows.drop(17)`,
    /// `undo(n=2)`, `git reset --hard HEAD~2`, `s/a/b/ in x`, `region(phone) := India`.
    private static func statements(_ text: String) -> String {
        text
            .replacingRegex(#"\bappend\s*\(\s*"# + name + #"\s*,\s*"# + name + #"\s*(?:,\s*(?:sep(?:arator)?\s*=\s*)?"# + literal + #")?\s*\)"#, with: "append $2 to $1 separated by $3")
            .replacingRegex(#" separated by (?=$|[;,.])"#, with: "")
            .replacingRegex(name + #"\s*\+=\s*"# + name + #"(?!\s*\+)"#, with: "append $2 to $1")
            .replacingRegex(name + #"\s*:?=\s*first_word\s*\(\s*"# + name + #"\s*\)"#, with: "use the first word of $2 for $1")
            .replacingRegex(name + #"\s*:?=\s*last_word\s*\(\s*"# + name + #"\s*\)"#, with: "use the last word of $2 for $1")
            .replacingRegex(name + #"\s*:?=\s*split\s*\(\s*"# + name + #"\s*(?:,\s*'\s'\s*)?\)\s*\[\s*0\s*\]"#, with: "use the first word of $2 for $1")
            .replacingRegex(name + #"\s*:?=\s*split\s*\(\s*"# + name + #"\s*(?:,\s*'\s'\s*)?\)\s*\[\s*1\s*:\s*\]"#, with: "use everything after the first word of $2 for $1")
            .replacingRegex(name + #"\s*:?=\s*split\s*\(\s*"# + name + #"\s*(?:,\s*'\s'\s*)?\)\s*\[\s*-1\s*\]"#, with: "use the last word of $2 for $1")
            .replacingRegex(name + #"\s*:?=\s*"# + name + #"\.rsplit\s*\(\s*(?:'\s'\s*)?(?:,\s*(?:maxsplit\s*=\s*)?1\s*)?\)\s*\[\s*0\s*\]"#, with: "use everything before the last space of $2 for $1")
            .replacingRegex(name + #"\s*:?=\s*split_part\s*\(\s*"# + name + #"\s*,\s*'\s'\s*,\s*-1\s*\)"#, with: "use the last word of $2 for $1")
            .replacingRegex(name + #"\.to(upper|lower)case\s*\(\s*\)"#, with: "$2-case $1")
            .replacingRegex(name + #"\s*\[\s*"# + literal + #"\s*\]\s*:?=\s*"# + literal, with: "map $2 to $3 in $1")
            .replacingRegex(name + #"\.map\s*\(\s*"# + literal + #"\s*(?:->|=>|:|,)\s*"# + literal + #"\s*\)"#, with: "map $2 to $3 in $1")
            .replacingRegex(#"\bmap\s*\(\s*source\s*=\s*"# + operand + #"\s*,\s*target\s*=\s*"# + operand + #"\s*\)"#, with: "map $1 to $2")
            .replacingRegex(#"\bupdate\s+"# + name + #"\s+set\s+(?:\1\s*=\s*)?"# + literal + #"\s+where\s+"# + name + #"\s*(?:=|==)\s*"# + literal, with: "map $4 to $2 in $1")
            .replacingRegex(#"\bupdate\s+"# + name + #"\s+set\s+(?:\1\s*=\s*)?"# + literal + #"\s+where\s+"# + name + #"\s+in\s*\(([^)]*)\)"#, with: "map $4 to $2 in $1")
            // Defaults: "x ?? 'v'", "x.default = 'v'", "x DEFAULT 'v'", "x: default 'v' when empty", "x: { onEmpty: 'v' }".
            .replacingRegex(#"\bif\s+"# + name + #"\s+is\s+(?:null|empty|blank)\s+then\s+\1\s*:?=\s*"# + name, with: "when $1 is empty use the column $2")
            .replacingRegex(#"\bif\s+"# + name + #"\s+is\s+(?:null|empty|blank)\s+then\s+(?:\1\s*:?=\s*)?"# + literal, with: "set $1 to $2 when it is empty")
            .replacingRegex(#"(?:"# + name + #"\s*:?=\s*)?"# + name + #"\s+\?\?\s+"# + literal, with: "set $2 to $3 when it is empty")
            .replacingRegex(#"(?:"# + name + #"\s*:?=\s*)?"# + name + #"\s+\?\?\s+"# + name, with: "when $2 is empty use the column $3")
            .replacingRegex(name + #"\s*[:.]?\s*\{?\s*(?:on_?empty|if_?empty|when_?empty|default)\s*[:=]?\s*"# + literal + #"\s*\}?(?:\s*,?\s*(?:when|if|for)\s+(?:the\s+)?(?:empty|blank|null|missing)(?:\s+ones)?)?"#, with: "set $1 to $2 when it is empty")
            // Uniqueness and duplicates: "DISTINCT ON (x)", "ALTER x DROP UNIQUE".
            .replacingRegex(#"\bdistinct on\s*\(\s*"# + name + #"\s*\)"#, with: "$1 must be unique, keep the first")
            .replacingRegex(#"\balter\s+(?:column\s+)?"# + name + #"\s+drop\s+unique\b"#, with: "$1 does not need to be unique")
            .replacingRegex(#"\balter\s+"# + name + #"\s+set\s+not\s+null\b"#, with: "$1 is required")
            .replacingRegex(#"\balter\s+"# + name + #"\s+drop\s+not\s+null\b"#, with: "$1 is optional")
            // Rows: "rows.drop(17)", "rows.filter(r => r.owner !== 'Bob')".
            .replacingRegex(#"\brows\.drop\s*\(\s*(\d+)\s*\)(?:\s*,?\s*(?:1-based|one-based))?"#, with: "drop row $1")
            .replacingRegex(#"\brows\.filter\s*\(\s*\(?(\w+)\)?\s*=>\s*\1\.([A-Za-z_]\w*)\s*(?:!==|!=|<>)\s*"# + literal + #"\s*\)"#, with: "drop rows where $2 is $3")
            // Steps back: "undo(n=2)", "rollback --steps=1", "git reset --hard HEAD~2".
            .replacingRegex(#"\bundo\s*\(\s*(?:n\s*=\s*|steps\s*=\s*)?(\d+)\s*\)|\b(?:rollback|roll back|undo|revert)\s+--steps\s*=?\s*(\d+)|\bgit reset(?: --hard| --soft)? head~(\d+)"#, with: "undo the last $1$2$3 changes")
            .replacingRegex(#"\bundo the last 1 changes\b"#, with: "undo the last change")
            // "s/chat/Web/ in lead_source", "s/Event/Referral/ for webinar".
            .replacingRegex(#"(?<!\w)s/([^/]+)/([^/]*)/g?\s+(?:in|on)\s+"# + name, with: "map '$1' to '$2' in $3")
            .replacingRegex(#"(?<!\w)s/([^/]+)/([^/]*)/g?\s+for\s+"# + operand, with: "map $3 to '$2'")
            // "region(phone) := India", "default_region(phone) = 'DE'".
            .replacingRegex(#"\b(?:default_)?region\s*\(\s*"# + name + #"\s*\)\s*:?=\s*'?([\w ]+?)'?(?=\s*(?:$|[;,]))"#, with: "$1 numbers are from $2")
    }

    /// A column's settings as a config file writes them: `phone: required=false`, `email: unique=false`,
    /// `company: allowNull=true`, `created_date: {required: true, dayFirst: true}`, `phone: !required`.
    private static func settings(_ text: String) -> String {
        var value = text
        // "x: {a: 1, b: 2}": each setting said of the column.
        if let g = Text.match(value, #"\s*"# + name + #"\s*:?\s*\{([^{}]+)\}\s*;?\s*(.*)"#) {
            let items = g[1].split(separator: ",").map { item in
                let said = item.trimmingCharacters(in: .whitespaces)
                // ("lead_source: { website: Web, 'web form': Web }": values and what each becomes.)
                guard let pair = Text.match(said, #"(['"]?)([^'":]+)\1\s*:\s*['"]?([^'"]+?)['"]?"#),
                    !Text.contains(pair[1], #"^(?:required|mandatory|not_?null|nullable|allow_?nulls?|optional|unique|day_?first|month_?first|on_?empty|if_?empty|when_?empty|default)$"#)
                else { return g[0] + " " + said }
                return "map '\(pair[1])' to '\(pair[2])' in \(g[0])"
            }
            value = items.joined(separator: "; ") + (g[2].isEmpty ? "" : "; " + g[2])
        }
        for (setting, yes, no) in [
            ("required", "is required", "is optional"), ("mandatory", "is required", "is optional"), ("not_?null", "is required", "is optional"),
            ("nullable", "is optional", "is required"), ("allow_?nulls?", "is optional", "is optional"), ("optional", "is optional", "is required"),
            ("unique", "must be unique", "does not need to be unique"), ("day_?first", "dates are day-first", "dates are month-first"),
            ("month_?first", "dates are month-first", "dates are day-first"),
        ] {
            value = value.replacingRegex(name + #"\s*[:.]?\s*"# + setting + #"\s*[:=]\s*(?:true|yes)\b"#, with: "$1 " + yes)
                .replacingRegex(name + #"\s*[:.]?\s*"# + setting + #"\s*[:=]\s*(?:false|no)\b"#, with: "$1 " + no)
            // "phone: !required": the setting turned off.
            value = value.replacingRegex(name + #"\s*[:.]?\s*!\s*"# + setting + #"\b"#, with: "$1 " + no)
        }
        return value.replacingRegex(#"\ballow_?nulls? is optional\b"#, with: "is optional")
    }

    /// `UPPER(last_name)`, `df.company.str.upper()`, `x = x.str.strip()`, `apply INITCAP to x`.
    private static func letterCase(_ value: String) -> String {
        var value = value
        for (word, verb) in caseWords {
            // "x = UPPER(x)", "x = x.str.upper()": the column changed in place.
            value = value.replacingRegex(name + #"\s*=\s*"# + word + #"\s*\(\s*\1\s*\)|"# + name + #"\s*=\s*\2\.(?:str\.)?"# + word + #"\(\)"#, with: "\(verb) $1$2")
                .replacingRegex(name + #"\s*=\s*"# + word + #"\s*\(\s*"# + name + #"\s*\)|"# + name + #"\s*=\s*"# + name + #"\.(?:str\.)?"# + word + #"\(\)"#, with: "map $2$4 to $1$3, \(verb) $1$3")
                // "trim("First Name") -> first_name": the column it goes into after it.
                .replacingRegex(#"\b"# + word + #"\s*\(\s*"# + name + #"\s*\)\s*(?:->|→|=>|as|into|to)\s*"# + name, with: "map $1 to $2, \(verb) $2")
                .replacingRegex(#"\b"# + word + #"\s*\(\s*"# + name + #"\s*\)|"# + name + #"\.(?:str\.)?"# + word + #"\(\)"#, with: "\(verb) $1$2")
                .replacingRegex(#"(?:^|(?<=\s))\.?(?:str\.)?"# + word + #"\(\)\s*(?:the |on the |on )?"#, with: "\(verb) the ")
                .replacingRegex(#"\b(?:apply|use|run) "# + word + #" (?:to|on) "#, with: "\(verb) ")
        }
        return value
    }

    /// `fillna`, `COALESCE`, `IFNULL`, `NVL`, `np.where(x.isna(), y, x)`, `CASE WHEN x IS NULL THEN y ELSE x END`.
    private static func fills(_ value: String) -> String {
        var value = letterCase(value)
        let fill = #"(?:fillna|coalesce|ifnull|nvl|isnull)"#
        // "notes = COALESCE(Notes, "Contact Owner")", "x = x.fillna('Other')": a column filled in place.
        // (Filled from another column, "notes = COALESCE("Lifecycle Stage", 'n/a')", it is left as written
        // and asked about: a fill of notes alone would drop the change of its source.)
        let unassigned = #"(?<!=\s{0,4})"#
        // ("company = COALESCE(`Company`, `Company Domain`)": the column filled in place, however its name is written.)
        if let g = Text.match(value, #"(.*?)"# + name + #"\s*:?=\s*"# + fill + #"\s*\(\s*"# + name + #"\s*,\s*"# + name + #"\s*\)(.*)"#),
            Text.key(Text.unquote(g[1])) == Text.key(Text.unquote(g[2]))
        {
            value = g[0] + "when \(g[1]) is empty use the column \(g[3])" + g[4]
        }
        value = value
            .replacingRegex(name + #"\s*=\s*"# + fill + #"\s*\(\s*\1\s*,\s*"# + literal + #"\s*\)|"# + name + #"\s*=\s*\3\.fillna\(\s*"# + literal + #"\s*\)"#, with: "set $1$3 to $2$4 when it is empty")
            .replacingRegex(name + #"\s*=\s*"# + fill + #"\s*\(\s*\1\s*,\s*"# + name + #"\s*\)|"# + name + #"\s*=\s*\3\.fillna\(\s*"# + name + #"\s*\)"#, with: "when $1$3 is empty use the column $2$4")
            .replacingRegex(unassigned + fill + #"\s*\(\s*"# + name + #"\s*,\s*"# + literal + #"\s*\)|"# + unassigned + name + #"\.fillna\(\s*"# + literal + #"\s*\)"#, with: "set $1$3 to $2$4 when it is empty")
            .replacingRegex(unassigned + fill + #"\s*\(\s*"# + name + #"\s*,\s*"# + name + #"\s*\)|"# + unassigned + name + #"\.fillna\(\s*"# + name + #"\s*\)"#, with: "when $1$3 is empty use the column $2$4")
            .replacingRegex(name + #"\s*=\s*np\.where\(\s*\1\.(?:isna|isnull)\(\)\s*,\s*"# + operand + #"\s*,\s*\1\s*\)"#, with: "when $1 is empty use the column $2")
            .replacingRegex(#"\bcase when "# + name + #" is null then "# + operand + #" else \1 end\b"#, with: "when $1 is empty use the column $2")
            // "fillna notes with tbd", "coalesce mobile into phone".
            .replacingRegex(#"\bfillna (?:the )?"# + name + #" (?:with|to|as) "#, with: "fill empty $1 with ")
            .replacingRegex(#"\bcoalesce (?:the )?"# + name + #" into "# + name + #"\b"#, with: "when $2 is empty use the column $1")
        // (What a fill takes is said to be a column, so a name that is none is never taken for a value;
        // a literal in its place is a default value.)
        return value.replacingRegex(#"\bwhen ("[^"]+"|\w+) is empty use the column ('[^']*')"#, with: "set $1 to $2 when it is empty")
    }

    /// `CASE WHEN lead_source = 'Chat' THEN 'Web' … ELSE 'Other' END`, `CASE x WHEN 'a' THEN 'b' END`.
    private static func cases(_ value: String) -> String {
        guard let whole = Text.compiled(#"\bcase(?:\s+"# + name + #")?((?:\s+when\s+[^;]+?\s+then\s+'[^']*')+)(?:\s+else\s+'([^']*)'|\s+else\s+\1)?\s+end\b"#),
            let match = whole.firstMatch(in: value), let range = Range(match.range, in: value),
            let arms = Range(match.range(at: 2), in: value)
        else { return value }
        let column = Range(match.range(at: 1), in: value).map { String(value[$0]) }
        var said: [String] = []
        var subject = column
        for arm in value[arms].matches(of: #/(?i)when\s+(.+?)\s+then\s+'([^']*)'/#) {
            let test = String(arm.output.1), to = String(arm.output.2)
            if let g = Text.match(test, name + #"\s*(?:=|==)\s*'([^']*)'"#) {
                subject = g[0]
                said.append("map '\(g[1])' to '\(to)' in \(g[0])")
            } else if let g = Text.match(test, name + #"\s+in\s*\(([^)]*)\)"#) {
                subject = g[0]
                let items = g[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                said.append("map \(items.joined(separator: " and ")) to '\(to)' in \(g[0])")
            } else if let g = Text.match(test, #"'([^']*)'"#), let column {
                said.append("map '\(g[0])' to '\(to)' in \(column)")
            } else {
                return value
            }
        }
        if let other = Range(match.range(at: 3), in: value), let subject {
            said.append("anything else in \(subject) becomes '\(value[other])'")
        }
        return value.replacingCharacters(in: range, with: said.joined(separator: "; "))
    }

    /// `a || ' - ' || b`, `concat_ws(', ', a, b)`, `CONCAT(a, ' ', b)`, `df['a'] + ' // ' + df['b']`.
    private static func combinations(_ value: String) -> String {
        value
            .replacingRegex(#"(?:"# + name + #"\s*:?=\s*)?"# + name + #"\s*(?:\|\||\+)\s*"# + literal + #"\s*(?:\|\||\+)\s*"# + name + #"(?:\s+(?:into|as|for|to)\s+"# + name + #")?"#, with: "combine $2 and $4 into $1$5 separated by $3")
            .replacingRegex(#"(?:"# + name + #"\s*=\s*)?concat_ws\s*\(\s*"# + literal + #"\s*,\s*"# + name + #"\s*,\s*"# + name + #"\s*\)(?:\s+(?:into|as|for|to)\s+"# + name + #")?"#, with: "combine $3 and $4 into $1$5 separated by $2")
            .replacingRegex(#"(?:"# + name + #"\s*=\s*)?concat\s*\(\s*"# + name + #"\s*,\s*"# + literal + #"\s*,\s*"# + name + #"\s*\)(?:\s+(?:into|as|for|to)\s+"# + name + #")?"#, with: "combine $2 and $4 into $1$5 separated by $3")
            .replacingRegex(#" into  separated by"#, with: " separated by")
    }

    /// `SPLIT_PART(x, ' ', 1)`, `.str.split(n=1).str[1]`, `.str.rsplit(' ', n=1).str[0]`.
    private static func parts(_ value: String) -> String {
        let assigned = #"(?:"# + name + #"\s*=\s*)?"#
        let split = #"\.(?:str\.)?split\((?:\s*'\s'\s*,?)?\s*(?:n\s*=\s*1|1)?\s*\)\.str\s*\[\s*"#
        let rsplit = #"\.(?:str\.)?rsplit\((?:\s*'\s'\s*,?)?\s*(?:n\s*=\s*1|1)?\s*\)\.str\s*\[\s*"#
        return value
            .replacingRegex(assigned + #"split_part\s*\(\s*"# + name + #"\s*,\s*'\s'\s*,\s*1\s*\)"#, with: "use the first word of $2 for $1")
            .replacingRegex(assigned + name + split + #"0\s*\]"#, with: "use the first word of $2 for $1")
            .replacingRegex(assigned + name + split + #"1\s*\]"#, with: "use everything after the first word of $2 for $1")
            .replacingRegex(assigned + name + #"\.(?:str\.)?split\(\s*\)\.str\s*\[\s*-1\s*\]"#, with: "use the last word of $2 for $1")
            .replacingRegex(assigned + name + rsplit + #"0\s*\]"#, with: "use everything before the last space of $2 for $1")
            .replacingRegex(assigned + name + rsplit + #"(?:1|-1)\s*\]"#, with: "use the last word of $2 for $1")
            .replacingRegex(#" for (?=$|[;,.])"#, with: "")
    }

    /// `phone NOT NULL`, `ALTER COLUMN x SET NOT NULL`, `DROP NOT NULL`, `nullable`, `UNIQUE(x)`, `PK`.
    private static func constraints(_ value: String) -> String {
        value
            .replacingRegex(#"\balter (?:table \w+ )?(?:alter )?column "# + name + #" set not null\b"#, with: "$1 is required")
            .replacingRegex(#"\balter (?:table \w+ )?(?:alter )?column "# + name + #" drop not null\b"#, with: "$1 is optional")
            .replacingRegex(#"\b(?:drop|remove|lose) the not null(?: constraint)? (?:on|from|for) "# + name + #"\b"#, with: "$1 is optional")
            .replacingRegex(#"\b(?:add )?(?:a )?not null(?: constraint)? (?:on|to|for) "# + name + #"\b"#, with: "$1 is required")
            .replacingRegex(name + #" (?:is |should be |must be )?not null\b"#, with: "$1 is required")
            .replacingRegex(name + #" (?:is |are |should be |can be |must be )?nullable\b"#, with: "$1 is optional")
            .replacingRegex(#"\b(?:drop|remove|lose) the unique(?: constraint| index| key)? (?:on|from|for) "# + name + #"\b"#, with: "$1 does not need to be unique")
            .replacingRegex(#"\bunique\s*\(\s*"# + name + #"\s*\)|\b(?:add )?(?:a )?unique (?:constraint|index|key) (?:on|to|for) "# + name + #"\b"#, with: "$1$2 must be unique")
            .replacingRegex(name + #" (?:is|as) (?:the )?(?:pk|primary key)\b"#, with: "$1 is required and must be unique")
    }

    /// `DELETE FROM contacts WHERE …`, `WHERE x <> 'v'`, `df[df['x'] != 'v']`, `dropna(subset=['x'])`.
    private static func rows(_ value: String) -> String {
        var value = value
            .replacingRegex(#"\bdropna\s*\(\s*subset\s*=\s*\[?\s*['"]?([^'"\]\)]+)['"]?\s*\]?\s*\)"#, with: "drop rows without \"$1\"")
            // "df[df['Lead Source'] != 'PPC']" (the df already taken away): the rows kept.
            .replacingRegex(#"^\s*\[\s*~\s*"# + name + #"\.isin\(\s*\[([^\]]*)\]\s*\)\s*\]\s*;?\s*$"#, with: "drop rows where $1 is $2")
            .replacingRegex(#"^\s*\[\s*"# + name + #"\s*!=\s*"# + operand + #"\s*\]\s*;?\s*$"#, with: "drop rows where $1 is $2")
            .replacingRegex(#"^\s*\[\s*"# + name + #"\.notna\(\)\s*\]\s*;?\s*$"#, with: "drop rows without $1")
            .replacingRegex(#"^\s*\[\s*"?is_valid"?\s*\]"#, with: "drop invalid rows")
        // SQL: what a DELETE removes, or what a bare WHERE keeps.
        value = value.replacingRegex(#"\bdelete(?: from \w+)? where\b"#, with: "drop rows where")
            .replacingRegex(#"^\s*where "# + name + #"\s*(?:<>|!=)\s*"# + operand + #"\s*;?\s*$"#, with: "drop rows where $1 is $2")
            .replacingRegex(#"^\s*where "# + name + #" is not null\s*;?\s*$"#, with: "drop rows without $1")
            // "WHERE owner = 'Alice Rep' -> drop": the rows, then what happens to them.
            .replacingRegex(#"^\s*where "# + name + #"\s*(?:=|==)\s*"# + operand + #"\s*(?:->|→|=>|:)\s*(?:drop|delete|remove|exclude|out|skip)\s*;?\s*$"#, with: "drop rows where $1 is $2")
        value = value.replacingRegex(#"\b(drop rows where) "# + name + #" is null\b"#, with: "drop rows without $2")
            .replacingRegex(#"\b(drop rows where) "# + name + #"\s*(?:=|==)\s*"#, with: "$1 $2 is ")
            .replacingRegex(#"\b(drop rows where) "# + name + #" in\s*\(([^)]*)\)"#, with: "$1 $2 is $3")
        // "… is 'a', 'b'" or "… is 1000050, 1000057": one value or another.
        if let g = Text.match(value, #"(.*\bdrop rows where .+? is )((?:'[^']*'|\d+)(?:\s*,\s*(?:'[^']*'|\d+))+)(.*)"#) {
            let items = g[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            value = g[0] + items.joined(separator: " or ") + g[2]
        }
        return value
    }

    /// `SELECT COUNT(*) FROM t WHERE x IS NULL`, `x.isna().sum()`, `GROUP BY failure reason …`.
    private static func questions(_ value: String) -> String {
        value
            .replacingRegex(#"\b(?:select )?count\s*\(\s*\*\s*\)(?: from \w+)? where "# + name + #" is null\b\s*;?"#, with: "how many rows have no $1")
            .replacingRegex(#"\b(?:select )?count\s*\(\s*\*\s*\)(?: from \w+)? where "# + name + #"\s*(?:=|==)\s*"# + literal + #"\s*;?"#, with: "how many rows have $1 $2")
            .replacingRegex(#"^\s*select \*(?: from \w+)? where (?:row|row_?number|line)\s*=\s*(\d+)\s*;?\s*$"#, with: "show row $1")
            .replacingRegex(#"^\s*select (?:the )?source(?: column)? (?:for|of) "# + name + #"\s*;?\s*$"#, with: "which column feeds $1?")
            .replacingRegex(#"^\s*select (?:record_?id|id|external_id|\*)s?(?: from \w+)? where "# + name + #" is null\s*;?\s*$"#, with: "which rows have no $1?")
            .replacingRegex(#"\bselect count\s*\(\s*\*\s*\)(?: from \w+)?\s*;?\s*$"#, with: "how many rows are there")
            .replacingRegex(name + #"\.(?:isna|isnull)\(\)\.sum\(\)"#, with: "how many rows have no $1")
            .replacingRegex(name + #"\.value_counts\(\)"#, with: "how many rows have each value of $1")
            .replacingRegex(#"\bgroup by (?:the )?(?:failure|error|invalid) reasons?\b.*\b(?:order by|sort by) count\b.*"#, with: "what is the most common failure reason")
            .replacingRegex(#"^\s*select \*(?: from \w+)? where "# + name + #"\s*=\s*'?(\d+)'?\s*;?\s*$"#, with: "show record $2")
    }
}
