import Foundation

/// A request written as a ticket, read as the request it makes: labels ("[CHANGE]", "Title:",
/// "AC:", "Q:", "Ticket 311:"), triage noise ("P2", "Sev: minor", "cc @ravi", "see Slack") and
/// reasons ("reason: sales needs to call them") go; of "Bug: … Fix: …" the fix is the request;
/// without a fix, "Expected: …" is, and "Actual: …" (what happens now) goes.
///
/// Text that is not written as a ticket is returned unchanged.
enum TicketNotation {
    static func plain(_ text: String) -> String {
        guard Text.contains(text, cue) else { return text }
        var value = text
        for (pattern, replacement) in noise { value = value.replacingRegex(pattern, with: replacement) }
        value = value.trimmingCharacters(in: .whitespaces)
        let sections = sections(of: value)
        let expected = sections.first { $0.label == "expected" }
        // ("Steps: 1. open the preview … Expected: …": beside an expectation, the steps reproduce it.)
        let fixes = sections.filter { fixLabels.contains($0.label) && (expected == nil || !["step", "steps"].contains($0.label)) }
        let wished: [String]
        if !fixes.isEmpty {
            wished = fixes.map(\.text)
        } else if let expected, sections.contains(where: { symptomLabels.contains($0.label) && $0.label != "expected" }) {
            // "Bug: 'website' leads land in Other. Expected: Web.": the symptom, with the value it should have.
            let symptom = sections.filter { ["bug", "issue", "problem", "regression", ""].contains($0.label) }.map(\.text)
            let mended = symptom.map { Self.withExpected($0, expected.text) }
            wished = mended == symptom ? [expected.text] : mended
        } else {
            return value
        }
        let said = wished.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .;")) }.filter { !$0.isEmpty }.joined(separator: ". ")
        return said.isEmpty ? text : said
    }

    /// Whether the text reads as a ticket at all (cheap check first).
    private static let cue =
        #"(?i)^\s*\[[\w -]{2,20}\]|^\s*(?:title|summary|subject|request|change(?: request)?|cr|task|story|chore|action|todo|to-?do|ticket\s*#?\d*|follow-?up|rule|ac|acceptance criteria|mapping check|regression(?: check)?|step|steps|fix|bug|issue|problem|repro|q|question|test|priority|sev(?:erity)?)\b\s*(?:#?\d+\s*)?(?::|\s[-–—]\s)|\b(?:expected|actual|fix|reason|repro|steps?|sev(?:erity)?|priority)\s*:|^\s*(?:bug|change|fix)(?:es)? (?:bundle|list|batch)\s*:|(?-i:^\s*P[0-4]\b|[\s(,]P[0-4]\)?[.!]?\s*$)|\bcc:? @|\bsee (?:the )?slack\b|(?-i)^\s*[A-Z]{2,10}-\d+\b"#

    /// Triage and hand-off words around a request.
    private static let noise: [(String, String)] = [
        (#"(?i)\s*\bcc:?\s*@\w+(?:[\s,]+@\w+)*"#, ""),
        (#"(?i)\s*[-–—,(]?\s*\b(?:see|per|cf\.?)\s+(?:the\s+)?(?:slack|jira|confluence|thread|ticket|doc)(?:\s+(?:thread|channel|message|conversation))?(?:\s+#?[\w-]+)?\)?"#, ""),
        (#"(?i)\s*[-–—,(]?\s*\b(?:priority|prio|sev(?:erity)?)\s*[:=]?\s*(?:high|low|medium|med|critical|urgent|minor|major|blocker|trivial|normal|p?[0-4])\b\)?\s*[-–—:]?"#, ""),
        // (A priority tag opens or closes a ticket: "P2 Labs" inside a request is a value.)
        (#"(?-i)^\s*P[0-4]\b\s*[:\-–—]?\s*|\s*[-–—,(]?\s*\bP[0-4]\)?[.!]?\s*$"#, ""),
        (#"(?i)\s*[.;,]?\s*\b(?:reason|rationale|why|background|context)\s*:[^.;]*"#, ""),
        (#"(?i)^\s*(?:\[[\w -]{2,20}\]\s*[:\-–—]?\s*)+"#, ""),
        (#"(?i)^\s*(?:title|summary|subject|request|change(?: request)?|(?:bug|change|fix)(?:es)? (?:bundle|list|batch)|changes|fixes|cr|task|story|chore|action|todo|to-?do|ticket\s*#?\d*|follow-?up|rule|ac|acceptance criteria|mapping check|regression check|q|question)\s*(?:#?\d+\s*)?(?::|\s[-–—]\s)\s*"#, ""),
        (#"(?-i)^\s*[A-Z]{2,10}-\d+\s*(?::|\s[-–—]\s)?\s*"#, ""),
    ]

    /// Labels whose section is the request.
    private static let fixLabels: Set<String> = ["fix", "change", "request", "action", "step", "steps", "ac", "resolution", "solution", "proposed fix", "todo"]
    /// Labels whose section describes what happens now, or what to see.
    private static let symptomLabels: Set<String> = [
        "bug", "issue", "problem", "repro", "steps to reproduce", "repro steps", "actual", "observed", "current", "regression", "test", "expected",
    ]

    /// The text cut at its labels ("Bug: … Fix: …"), each part with its label in lower case ("" before the first).
    private static func sections(of text: String) -> [(label: String, text: String)] {
        let labels = (fixLabels.union(symptomLabels)).sorted { $0.count > $1.count }.joined(separator: "|")
        guard let pattern = Text.compiled(#"(?i)(?:^|(?<=[.;!?])\s*|\s+)("# + labels + #")\s*:\s*"#) else { return [("", text)] }
        var parts: [(label: String, text: String)] = []
        var label = "", start = text.startIndex
        for match in pattern.matches(in: text) {
            guard let whole = Range(match.range, in: text), let name = Range(match.range(at: 1), in: text) else { continue }
            parts.append((label, String(text[start..<whole.lowerBound])))
            (label, start) = (text[name].lowercased(), whole.upperBound)
        }
        parts.append((label, String(text[start...])))
        return parts.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// "'website' leads land in Other" with "Web" expected: "'website' leads should be Web".
    private static func withExpected(_ symptom: String, _ expected: String) -> String {
        let expected = expected.trimmingCharacters(in: CharacterSet(charactersIn: " .;"))
        guard expected.split(separator: " ").count <= 3, let g = Text.match(symptom.trimmingCharacters(in: CharacterSet(charactersIn: " .;")),
            #"(.+?)\s+(?:lands?|ends? up|comes? out|come|shows?(?: up)?|goes|go|maps?|mapped|becomes?|turns? into|is|are|gets?)\s+(?:in|as|to|under|into)?\s*['"]?[\w -]+?['"]?"#)
        else { return symptom }
        return g[0] + " should be " + expected
    }
}
