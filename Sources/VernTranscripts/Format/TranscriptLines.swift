import Foundation

/// The line syntax of a transcript's ```` ```vern ```` block (version 2).
///
/// - `> ` starts a line the person entered: the prompt and what was typed
///   (`> vern:Demo[update]> Trim all fields`, `> answer> 1`), a secret by field name
///   (`> client_secret: [hidden]`), Ctrl-C at a prompt (`> answer> ^C`), Ctrl-C during a run
///   (`> ^C`) and Ctrl-D (`> ^D`). `>> ` continues the same entry (a pasted multi-line message).
/// - Every other line is output. An output line ending in ` (re)` is a regular expression,
///   `[..]` in an output line matches any text within the line, and a line `...` matches any
///   number of lines. A leading `\` makes the rest of the line literal; the renderer writes it
///   before any output line that would otherwise read as an input or a pattern.
public enum TranscriptLines {
    /// The marker of an entered line.
    public static let input = "> "
    /// The marker of the continuation of an entered line.
    public static let continuation = ">> "

    /// An output line as written in a transcript (escaped when it would read as syntax).
    public static func output(_ text: String) -> String {
        needsEscape(text) ? "\\" + text : text
    }

    static func needsEscape(_ text: String) -> Bool {
        text.hasPrefix(">") || text.hasPrefix("\\") || text == "..." || text.hasSuffix(" (re)") || text.contains("[..]")
    }

    /// The text of an output line without its escape.
    static func unescaped(_ line: String) -> String {
        line.hasPrefix("\\") ? String(line.dropFirst()) : line
    }

    static func isInput(_ line: String) -> Bool {
        line.hasPrefix(input) || line.hasPrefix(continuation) || line == ">" || line == ">>"
    }
}

/// One entry a person made, read from a transcript's block.
public struct TranscriptInput: Sendable, Equatable {
    /// What kind of entry.
    public enum Kind: Sendable, Equatable {
        /// A line typed at a prompt; ``TranscriptInput/text`` holds the prompt and the text.
        case line
        /// A secret form field, by name (its value is never recorded).
        case secret(field: String)
        /// Ctrl-C at a prompt.
        case interruptAtPrompt(prompt: String)
        /// Ctrl-C while a run was watched.
        case interruptDuringRun
        /// Ctrl-D.
        case end
    }

    /// What kind of entry.
    public var kind: Kind
    /// The entry as written after the marker (prompt and typed text); continuation lines joined
    /// with a newline.
    public var text: String
    /// Its index in the block (the number of block lines before it).
    public var blockIndex: Int
    /// Whether ``text`` starts with the prompt (always, except for migrated version 1 inputs).
    var prompted = true

    /// The entries of a block, in order.
    public static func parse(_ block: [String]) -> [TranscriptInput] {
        var inputs: [TranscriptInput] = []
        for (index, line) in block.enumerated() {
            if line.hasPrefix(TranscriptLines.continuation) || line == ">>" {
                let rest = line == ">>" ? "" : String(line.dropFirst(TranscriptLines.continuation.count))
                if !inputs.isEmpty, inputs[inputs.count - 1].kind == .line {
                    inputs[inputs.count - 1].text += "\n" + rest
                    continue
                }
                inputs.append(TranscriptInput(kind: .line, text: rest, blockIndex: index))
                continue
            }
            guard line.hasPrefix(TranscriptLines.input) || line == ">" else { continue }
            let text = line == ">" ? "" : String(line.dropFirst(TranscriptLines.input.count))
            inputs.append(TranscriptInput(kind: kind(of: text), text: text, blockIndex: index))
        }
        return inputs
    }

    static func kind(of text: String) -> Kind {
        if text == "^D" { return .end }
        if text == "^C" { return .interruptDuringRun }
        if text.hasSuffix("^C") { return .interruptAtPrompt(prompt: String(text.dropLast(2))) }
        if text.hasSuffix(": [hidden]") {
            let field = String(text.dropLast(": [hidden]".count))
            if !field.isEmpty, field.allSatisfy({ $0.isLetter || $0.isNumber || "_.-".contains($0) }) {
                return .secret(field: field)
            }
        }
        return .line
    }

    /// What was typed at `prompt`: the entry without its prompt. When the entry was written for
    /// another prompt, the prompt is recognised by the shell's prompt endings (`]> `, `answer> `,
    /// `... `, `[y/N] `, `: `).
    public func typed(at prompt: String) -> String {
        guard prompted else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var first = lines[0]
        let trimmedPrompt = prompt.trimmingCharacters(in: .whitespaces)
        if first.hasPrefix(prompt) {
            first = String(first.dropFirst(prompt.count))
        } else if first == trimmedPrompt {
            first = ""
        } else if let end = Self.promptEnd(in: first) {
            first = String(first[end...])
        }
        let rest = lines.dropFirst().map { $0.hasPrefix("... ") ? String($0.dropFirst(4)) : $0 }
        return ([first] + rest).joined(separator: "\n")
    }

    static func promptEnd(in line: String) -> String.Index? {
        for separator in ["]> ", "answer> ", "... ", "[y/N] ", "[Y/n] ", ": "] {
            if let range = line.range(of: separator) { return range.upperBound }
        }
        return nil
    }
}
