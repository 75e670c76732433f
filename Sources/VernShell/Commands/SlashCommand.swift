import Foundation
import ArgumentParser
import VernAPI

/// The shell's slash commands, parsed with ArgumentParser so each has real usage text.
struct SlashCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vern-shell",
        subcommands: [
            Help.self, Ask.self, Update.self, Generate.self, Upload.self, Files.self, PreviewCommand.self,
            Execute.self, Export.self, Status.self, ThreadCommand.self, Cancel.self, Connect.self, Disconnect.self,
            Templates.self, Sources.self, Save.self, History.self, Multi.self, AnswerCommand.self, Values.self, Attach.self,
            Migrations.self, Open.self, Clear.self,
            Quit.self,
        ])

    /// Parses `line` (which starts with `/`) into a command, or returns a one-line error and usage.
    ///
    /// Command names are case-insensitive and a unique prefix is enough (`/Prev` is `/preview`);
    /// an unknown name suggests the nearest command and lists them all.
    static func parse(_ line: String) -> Result<any ParsableCommand, SlashCommandError> {
        var tokens: [String]
        do {
            tokens = try Tokenizer.split(String(line.dropFirst()))
        } catch {
            return .failure(SlashCommandError(message: error.message, usage: nil))
        }
        let command: any ParsableCommand.Type
        switch resolve(tokens.first ?? "") {
        case .failure(let error): return .failure(error)
        case .success(let resolved): command = resolved
        }
        tokens[0] = command._commandName
        do {
            return .success(try parseAsRoot(tokens))
        } catch {
            let message = Self.message(for: error)
            return .failure(SlashCommandError(message: message.isEmpty ? "invalid arguments" : message, usage: usage(for: command)))
        }
    }

    /// The command a typed name (without `/`) stands for: its full name in any case, or a
    /// prefix of exactly one command's name.
    static func resolve(_ typed: String) -> Result<any ParsableCommand.Type, SlashCommandError> {
        let name = aliases[typed.lowercased()] ?? typed.lowercased()
        let commands = configuration.subcommands
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
    static func help() -> [CommandHelp] {        configuration.subcommands.map { command in
            CommandHelp(
                usage: Self.usage(for: command).replacingOccurrences(of: "usage: ", with: ""),
                abstract: command.configuration.abstract)
        }
    }
}

/// A slash command that could not be parsed.
struct SlashCommandError: Error, Equatable {
    var message: String
    var usage: String?
}

struct Help: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "help", abstract: "Show the commands; /help CMD shows one command's help.")
    @Argument(help: "A command, e.g. preview.") var command: String?
}

struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask", abstract: "Ask one question (clarify); alone, switch to asking.")
    @Argument(parsing: .captureForPassthrough) var question: [String] = []
}

struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change the recipe once; alone, switch back to updating.")
    @Argument(parsing: .captureForPassthrough) var instruction: [String] = []
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Build the recipe from the uploaded files.")
    @Flag(name: .customLong("via-api"), help: "Extract from the source connection instead of files.")
    var viaAPI = false
    @Flag(name: .shortAndLong, help: "Do not ask to confirm replacing the recipe.") var yes = false
}

struct Upload: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "upload", abstract: "Upload files to the migration.")
    @Argument(help: "Files to upload.") var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file") }
    }
}

struct Files: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "files", abstract: "List the uploaded files.")
}

struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show the preview; --invalid or --dropped pages through those rows.")
    @Argument(help: "Only these columns, e.g. email phone.") var columns: [String] = []
    @Flag(help: "The invalid rows of the whole sheet, with source row number and record id.") var invalid = false
    @Flag(help: "The rows dropped by row rules, with the rule that dropped each.") var dropped = false
    @Option(help: "Only this sheet (template slug).") var sheet: String?
    @Option(help: "With --invalid or --dropped: which page, from 1.") var page: Int = 1
    @Option(help: "With --invalid or --dropped: rows per page (1-1000).") var limit: Int = 20

    func validate() throws {
        if invalid && dropped { throw ValidationError("choose --invalid or --dropped, not both") }
        if page < 1 { throw ValidationError("--page counts from 1") }
        if !(1...PreviewRows.maximumLimit).contains(limit) { throw ValidationError("--limit must be from 1 to \(PreviewRows.maximumLimit)") }
        if (page != 1 || limit != 20) && !invalid && !dropped { throw ValidationError("--page and --limit go with --invalid or --dropped") }
    }
}

struct Execute: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "execute", abstract: "Run the recipe over every row.")
    @Flag(name: .shortAndLong, help: "Do not ask to confirm.") var yes = false
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Download a sheet as CSV.")
    @Argument(help: "Template slug.") var slug: String
    @Option(help: "valid, all or invalid.") var filter: ExportFilter = .valid
    @Option(name: .shortAndLong, help: "Output file; - for stdout.") var output: String?
    @Flag(help: "The rows the preview's row rules drop, with the source row and the rule (default file SLUG-dropped.csv).")
    var dropped = false

    func validate() throws {
        if dropped && filter != .valid { throw ValidationError("--dropped writes the dropped rows; it takes no --filter") }
    }
}

extension ExportFilter: ExpressibleByArgument {}

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show the migration and its run.")
}

struct ThreadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "thread", abstract: "Show the agent's thread.")
    @Option(help: "user, tools or all.") var include: ThreadInclude = .user
}

extension ThreadInclude: ExpressibleByArgument {}

struct Cancel: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Cancel the run in flight.")
}

struct Connect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect", abstract: "Connect a live-API source (secrets are asked for later).")
    @Argument(help: "Connector key, e.g. demo_crm.") var sourceKey: String
    @Argument(help: "Non-secret config as key=value.") var config: [String] = []
    @Option(help: "Streams to extract, comma-separated.") var streams: String?

    func validate() throws {
        for pair in config where !pair.contains("=") || pair.hasPrefix("=") {
            throw ValidationError("config must be key=value, got '\(pair)'")
        }
    }
}

struct Disconnect: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disconnect", abstract: "Remove the source connection.")
}

struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "templates", abstract: "List the templates.")
}

struct Sources: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sources", abstract: "List the sources.")
}

struct Save: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "save", abstract: "Save this session as a transcript (--force replaces one of the same name).")
    @Flag(help: "Replace a transcript of the same name.") var force = false
    @Argument(help: "Transcript name.") var name: String?
}

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Show what was entered this session.")
}

struct Multi: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "multi", abstract: "Enter a multi-line message, ended by /end.")
    @Argument(help: "End marker.") var end: String = "/end"
}

struct AnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer", abstract: "Answer the waiting question: an option's number or label, or your words.")
    @Argument(parsing: .captureForPassthrough, help: "The answer.") var text: [String] = []

    func validate() throws {
        if text.isEmpty { throw ValidationError("give the answer, e.g. /answer 1") }
    }
}

struct Values: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "values", abstract: "List every value the waiting question is about.")
}

struct Attach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach", abstract: "Watch the run in flight again and answer what it waits for.")
}

struct Migrations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrations", abstract: "List the migrations: name, id, state, last activity.")
}

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Switch to another migration.")
    @Argument(help: "Its name, id or short id.") var migration: String
}

struct Clear: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "clear", abstract: "Clear the screen.")
}

struct Quit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quit", abstract: "Leave the shell.")
}
