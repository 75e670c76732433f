/// Word wrapping for the terminal: lines break at spaces, never inside a word unless the word
/// alone is wider than the line.
enum TextWrap {
    /// `text` broken into lines of at most `width` characters; the first line starts with
    /// `firstPrefix`, the others with `prefix` (a hanging indent). Runs of spaces at a break
    /// are dropped; a text that fits stays one line.
    static func lines(_ text: String, width: Int, firstPrefix: String = "", prefix: String = "") -> [String] {
        let room = max(width - prefix.count, 1)
        let firstRoom = max(width - firstPrefix.count, 1)
        var lines: [String] = []
        var current = ""
        func flush() {
            lines.append((lines.isEmpty ? firstPrefix : prefix) + current)
            current = ""
        }
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            while true {
                let limit = lines.isEmpty ? firstRoom : room
                if current.isEmpty {
                    if word.count <= limit {
                        current = word
                        break
                    }
                    // A word wider than the line is cut; nothing else is.
                    current = String(word.prefix(limit))
                    word = String(word.dropFirst(limit))
                    flush()
                    if word.isEmpty { break }
                } else if current.count + 1 + word.count <= limit {
                    current += " " + word
                    break
                } else {
                    flush()
                }
            }
        }
        if !current.isEmpty || lines.isEmpty { flush() }
        return lines.map { $0.trimmingTrailingSpaces() }
    }

    /// Each line of `text` (split at newlines) wrapped as ``lines(_:width:firstPrefix:prefix:)``,
    /// every line starting with `indent`; continuations line up under the line's text, after its
    /// own leading spaces and a list marker (`- `, `? `, `1) `, `2. `), plus `hanging`.
    static func paragraphs(_ text: String, width: Int, indent: String = "", hanging: String = "") -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let body = String(line)
            let lead = String(body.prefix { $0 == " " })
            let rest = String(body.dropFirst(lead.count))
            guard !rest.isEmpty else { return [(indent + lead).trimmingTrailingSpaces()] }
            let marker = listMarker(rest)
            let start = indent + lead
            return lines(
                String(rest.dropFirst(marker.count)), width: width, firstPrefix: start + marker,
                prefix: start + String(repeating: " ", count: marker.count) + hanging)
        }
    }

    /// The list marker `text` starts with (`- `, `* `, `? `, `12) `, `3. `), or "".
    private static func listMarker(_ text: String) -> String {
        if text.hasPrefix("- ") || text.hasPrefix("* ") || text.hasPrefix("? ") { return String(text.prefix(2)) }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return "" }
        let after = text.dropFirst(digits.count)
        return after.hasPrefix(") ") || after.hasPrefix(". ") ? String(digits) + String(after.prefix(2)) : ""
    }
}
