import Foundation
import ArgumentParser
import VernAPI

/// The shell's slash commands, parsed with ArgumentParser so each has real usage text.
struct SlashCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vern-shell",
        subcommands: all)

    /// Every slash command, in the order `/help` lists them.
    static let all: [any SessionCommand.Type] = [
        Help.self, Ask.self, Update.self, Generate.self, Upload.self, Files.self, PreviewCommand.self,
        Execute.self, Export.self, Status.self, ThreadCommand.self, Cancel.self, Connect.self, Disconnect.self,
        Templates.self, Sources.self, Save.self, History.self, Multi.self, AnswerCommand.self, Values.self, Attach.self,
        Migrations.self, Open.self, Clear.self,
        Quit.self,
    ]

    /// Parses `line` (which starts with `/`) into a command, or returns a one-line error and usage.
    ///
    /// Command names are case-insensitive and a unique prefix is enough (`/Prev` is `/preview`);
    /// an unknown name suggests the nearest command and lists them all.
    static func parse(_ line: String) -> Result<any SessionCommand, SlashCommandError> {
        // `/ask what's …`, `/update don't import Notes`, `/answer it's Web`: the words after the
        // name are the analyst's own text, taken as typed (an apostrophe is no quote).
        let body = String(line.dropFirst())
        let name = String(body.prefix { !$0.isWhitespace })
        let rest = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty, !rest.hasPrefix("-"), case .success(let command) = resolve(name), freeText.contains(command._commandName) {
            return Result { try command.parse([rest]) }.mapError { error in
                SlashCommandError(message: Self.message(for: error), usage: usage(for: command))
            }
        }
        let tokens: [String]
        do {
            tokens = try Tokenizer.split(String(line.dropFirst()))
        } catch {
            return .failure(SlashCommandError(message: error.message, usage: nil))
        }
        let command: any SessionCommand.Type
        switch resolve(tokens.first ?? "") {
        case .failure(let error): return .failure(error)
        case .success(let resolved): command = resolved
        }
        do {
            return .success(try command.parse(Array(tokens.dropFirst())))
        } catch where command.exitCode(for: error) == .success {
            // A help request (`/preview --help`) is `/help preview`.
            return Result { try Help.parse([command._commandName]) }.mapError { _ in SlashCommandError(message: "invalid arguments") }
        } catch {
            let message = Self.message(for: error)
            return .failure(SlashCommandError(message: message.isEmpty ? "invalid arguments" : message, usage: usage(for: command)))
        }
    }

    /// The commands whose words are free text: a question, an instruction, an answer.
    static let freeText: Set<String> = ["ask", "update", "answer"]

    /// The command a typed name (without `/`) stands for: its full name in any case, or a
    /// prefix of exactly one command's name.
    static func resolve(_ typed: String) -> Result<any SessionCommand.Type, SlashCommandError> {
        let name = aliases[typed.lowercased()] ?? typed.lowercased()
        let commands = all
        if let exact = commands.first(where: { $0._commandName == name }) { return .success(exact) }
        let matches = name.isEmpty ? [] : commands.filter { $0._commandName.hasPrefix(name) }
        if matches.count == 1 { return .success(matches[0]) }
        let list = "Commands: " + commands.map { "/" + $0._commandName }.joined(separator: ", ") + "."
        if matches.count > 1 {
            let names = matches.map { "/" + $0._commandName }.joined(separator: ", ")
            return .failure(SlashCommandError(message: "/\(typed) could be \(names)", usage: nil))
        }
        let nearest = commands.map { ($0, EditDistance.between(name, $0._commandName)) }.min { $0.1 < $1.1 }
        if let (command, distance) = nearest, distance <= max(2, name.count / 3) {
            return .failure(
                SlashCommandError(message: "unknown command /\(typed); did you mean /\(command._commandName)?", usage: list))
        }
        return .failure(SlashCommandError(message: "unknown command /\(typed)", usage: list))
    }

    /// Other names for commands, as psql and other shells spell them.
    static let aliases = ["exit": "quit", "?": "help"]

    /// The long and short flags and options a command accepts, as typed (`--invalid`, `-y`).
    static func flags(of command: any ParsableCommand.Type) -> [String] {
        let words = usageString(for: command).split(whereSeparator: { " []<>|.\n".contains($0) })
        var seen: Set<String> = []
        return words.map(String.init).filter { $0.hasPrefix("-") && $0.count > 1 && seen.insert($0).inserted }
    }

    /// `Usage: /preview [--invalid] [--sheet <slug>]`.
    static func usage(for command: any ParsableCommand.Type) -> String {
        let usage = usageString(for: command).replacingOccurrences(of: "\n", with: " ")
        let collapsed = usage.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        let command = collapsed.replacingOccurrences(of: "Usage: ", with: "").replacingOccurrences(of: "vern-shell ", with: "/")
        return "usage: " + command
    }

    /// The help of one command (`/help preview`): its usage and abstract, and the lines that
    /// describe its arguments and options.
    static func help(for command: any ParsableCommand.Type) -> CommandHelp {
        let text = helpMessage(for: command, columns: 100)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let body = lines.drop { !$0.hasPrefix("ARGUMENTS:") && !$0.hasPrefix("OPTIONS:") }
            .filter { !$0.contains("-h, --help") && !$0.contains("Show help information.") }
        let trimmed = Array(body.reversed().drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }.reversed())
        return CommandHelp(
            usage: usage(for: command).replacingOccurrences(of: "usage: ", with: ""),
            abstract: command.configuration.abstract, details: trimmed)
    }

    /// Every command's usage and abstract, for `/help`.
    static func help() -> [CommandHelp] {
        all.map { command in
            CommandHelp(
                usage: Self.usage(for: command).replacingOccurrences(of: "usage: ", with: ""),
                abstract: command.configuration.abstract)
        }
    }
}

/// A slash command that could not be parsed.
struct SlashCommandError: Error, Equatable {
    var message: String
    var usage: String? = nil
}
