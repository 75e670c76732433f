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
            Templates.self, Sources.self, Save.self, History.self, Multi.self, Quit.self,
        ])

    /// Parses `line` (which starts with `/`) into a command, or returns a one-line error and usage.
    static func parse(_ line: String) -> Result<any ParsableCommand, SlashCommandError> {
        let tokens: [String]
        do {
            tokens = try Tokenizer.split(String(line.dropFirst()))
        } catch {
            return .failure(SlashCommandError(message: error.message, usage: nil))
        }
        guard let name = tokens.first, let command = commandType(named: name) else {
            let name = tokens.first.map { "/\($0)" } ?? "/"
            return .failure(SlashCommandError(message: "unknown command \(name)", usage: "Type /help for the list of commands."))
        }
        do {
            return .success(try parseAsRoot(tokens))
        } catch {
            let message = Self.message(for: error)
            return .failure(SlashCommandError(message: message.isEmpty ? "invalid arguments" : message, usage: usage(for: command)))
        }
    }

    static func commandType(named name: String) -> (any ParsableCommand.Type)? {
        configuration.subcommands.first { $0._commandName == name }
    }

    /// `Usage: /preview [--invalid] [--sheet <slug>]`.
    static func usage(for command: any ParsableCommand.Type) -> String {
        let usage = usageString(for: command).replacingOccurrences(of: "\n", with: " ")
        let collapsed = usage.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        let command = collapsed.replacingOccurrences(of: "Usage: ", with: "").replacingOccurrences(of: "vern-shell ", with: "/")
        return "usage: " + command
    }

    /// Every command's usage and abstract, for `/help`.
    static func help() -> [CommandHelp] {
        configuration.subcommands.map { command in
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
    static let configuration = CommandConfiguration(commandName: "help", abstract: "Show the commands.")
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
    static let configuration = CommandConfiguration(commandName: "preview", abstract: "Show the current preview.")
    @Flag(help: "Only rows with an invalid cell.") var invalid = false
    @Option(help: "Only this sheet (template slug).") var sheet: String?
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

struct Quit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quit", abstract: "Leave the shell.")
}
