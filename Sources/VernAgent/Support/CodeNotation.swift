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
        guard Text.contains(text, #"\bdf\b|\.str\b|\b(?:select|delete|where|coalesce|ifnull|nvl|case(?:\s+\w+)?\s+when|not null|is null|nullable|concat(?:_ws)?|split_part|fillna|dropna|isna|isnull|notna|np\.where|initcap|value_counts|group by|rollback|roll ?back|revert|git|pk|primary key|alter|unique (?:constraint|index|key))\b|\|\||\b(?:unique|upper|lower|ucase|lcase|proper|b?trim|[lr]trim|[lr]?strip)\s*\("#) else { return text }
        var value = text
            // pandas: df['Contact Owner'], df["notes"] and df.notes are the column.
            .replacingRegex(#"\bdf\s*\[\s*['"]([^'"\]]+)['"]\s*\]"#, with: "\"$1\"")
            .replacingRegex(#"\bdf\.(?!(?:drop|dropna|fillna|loc|iloc|query|rename|assign|apply|replace|map|where|merge)\b)([A-Za-z_]\w*)"#, with: "\"$1\"")
            .replacingRegex(#"\bdf\s*=\s*"#, with: "").replacingRegex(#"\bdf\.|\bdf\s*(?=\[)"#, with: "")
            // A comment after the code says the same in words: "# only keep valid rows", "-- and which ones".
            .replacingRegex(#"\s+(?:#|--)\s+"#, with: ", ")
            .replacingRegex(#"`([^`]+)`"#, with: "\"$1\"")
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
        guard let whole = Text.compiled(#"\bcase(?:\s+"# + name + #")?((?:\s+when\s+[^;]+?\s+then\s+'[^']*')+)(?:\s+else\s+'([^']*)')?\s+end\b"#),
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
            .replacingRegex(#"(?:"# + name + #"\s*=\s*)?"# + name + #"\s*(?:\|\||\+)\s*"# + literal + #"\s*(?:\|\||\+)\s*"# + name + #"(?:\s+(?:into|as|for|to)\s+"# + name + #")?"#, with: "combine $2 and $4 into $1$5 separated by $3")
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
            .replacingRegex(#"\bselect count\s*\(\s*\*\s*\)(?: from \w+)? where "# + name + #" is null\b\s*;?"#, with: "how many rows have no $1")
            .replacingRegex(#"\bselect count\s*\(\s*\*\s*\)(?: from \w+)?\s*;?\s*$"#, with: "how many rows are there")
            .replacingRegex(name + #"\.(?:isna|isnull)\(\)\.sum\(\)"#, with: "how many rows have no $1")
            .replacingRegex(name + #"\.value_counts\(\)"#, with: "how many rows have each value of $1")
            .replacingRegex(#"\bgroup by (?:the )?(?:failure|error|invalid) reasons?\b.*\b(?:order by|sort by) count\b.*"#, with: "what is the most common failure reason")
            .replacingRegex(#"^\s*select \*(?: from \w+)? where "# + name + #"\s*=\s*'?(\d+)'?\s*;?\s*$"#, with: "show record $2")
    }
}
