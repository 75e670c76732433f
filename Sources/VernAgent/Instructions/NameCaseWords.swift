import VernRecipe

/// How the analyst asks for names to be capitalised the way people write them (`McAllister`,
/// `O'Neil`, `van der Berg`): the recipe's `name` case transform.
extension InstructionParser {
    /// "fix the ALL CAPS names", "capitalise first and last names properly", "name-case the last
    /// names, leave mixed case alone": the `name` transform, changing only values written in one case
    /// when the words say only those are to be fixed.
    func nameCase(_ text: String) throws(Failure) -> [Edit]? {
        let uniformOnly = Text.match(text, #".*\b(?:all[- ]?caps|all[- ]upper[- ]?case|shouty|shouting|all[- ]lower[- ]?case|(?:only|just) the (?:upper|lower)[- ]?case|mixed[- ]case|already (?:fine|right|correct)).*"#) != nil
        let cased = #"(?:capitali[sz]ed?|title[- ]?case[ds]?|proper[- ]?case[ds]?|name[- ]?case[ds]?|case|cased|capitali[sz]ation|casing)"#
        let patterns = [
            // "fix the ALL CAPS names", "clean up the all-lowercase last names"
            #"(?:fix|repair|correct|clean up|tidy(?: up)?|sort out|normali[sz]e)(?: the)? (?:all[- ]?caps|all[- ]upper[- ]?case|upper[- ]?case|shouty|all[- ]lower[- ]?case|lower[- ]?case|caps) (.+?)(?:,? (?:but )?(?:leave|keep) .*)?"#,
            // "fix the capitalisation of the names", "fix the case on last names"
            #"(?:fix|repair|correct|clean up|tidy(?: up)?|sort out|normali[sz]e)(?: the)? "# + cased + #" (?:of|on|in|for)(?: the)? (.+?)(?:,? (?:but )?(?:only|leave|keep) .*)?"#,
            // "capitalise first and last names properly", "title-case the names like names"
            cased + #"(?: the)? (.+?) (?:properly|correctly|the way names are written|as names|like names|as people write them)(?:,? (?:but )?(?:only|leave|keep) .*)?"#,
            // "name-case the last names"
            #"name[- ]?case(?: the)? (.+?)(?:,? (?:but )?(?:only|leave|keep) .*)?"#,
        ]
        for pattern in patterns {
            guard let groups = Text.match(text, pattern) else { continue }
            guard let targets = nameTargets(groups[0]) else { return nil }
            return [.letterCase(targets: targets, transform: .name(onlyUniform: uniformOnly))]
        }
        return nil
    }

    /// The person-name columns a phrase names ("names", "first and last names"); nil unless every one is.
    func nameTargets(_ phrase: String) -> [String]? {
        if Text.match(phrase, #"(?:all )?(?:the )?(?:people'?s |contacts'? |contact |person )?names?"#) != nil {
            let names = template.columnNames.filter(isPersonName)
            return names.isEmpty ? nil : names
        }
        guard let targets = scope.targets(phrase), targets.allSatisfy(isPersonName) else { return nil }
        return targets
    }

    /// A template column holding a person's name (`first_name`, `last_name`, `full_name`, `surname`…).
    func isPersonName(_ column: String) -> Bool {
        Text.match(Text.key(column), #"(?:first|last|middle|full|given|family|maiden|preferred|nick|contact|person)?name|surname|forename"#) != nil
    }

    /// Name case or each word capitalised, as an example the analyst quotes shows it: "e.g. 'De La
    /// Cruz'" capitalises every word; "like 'de la Cruz'" writes names as people do.
    static func casedAsExample(_ edits: [Edit], _ message: String) -> [Edit] {
        guard let example = Text.firstMatch(message, #"\b(?:e\.?g\.?|eg|for example|for instance|like|such as|as in)\s*[,:]?\s*['"]([^'"]{2,60})['"]"#) else { return edits }
        let particles: Set<String> = ["de", "la", "le", "van", "von", "der", "den", "du", "da", "di", "del", "della", "dos", "das", "ter", "ten", "bin", "al"]
        let words = example.split(separator: " ").map(String.init)
        let capitalised = words.contains { particles.contains($0.lowercased()) && $0.first?.isUppercase == true }
        let lowered = words.contains { particles.contains($0) }
        return edits.map { edit in
            guard case .letterCase(let targets, let transform) = edit else { return edit }
            if capitalised, case .name(let onlyUniform, _)? = transform { return .letterCase(targets: targets, transform: .name(onlyUniform: onlyUniform, everyWord: true)) }
            if lowered, transform == .title || transform == .name(onlyUniform: false, everyWord: true) { return .letterCase(targets: targets, transform: .name(onlyUniform: false)) }
            return edit
        }
    }

    /// True when the words ask for names written as people write them ("name-case the last names"),
    /// not for each word capitalised ("title case", "proper case").
    static func asNamesAreWritten(_ text: String) -> Bool {
        Text.contains(text, #"\bname[- ]?case"#)
    }
}
