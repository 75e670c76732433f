import ArgumentParser
import Foundation
import VernAPI
import VernClient
import VernShell
import VernTerminal

/// `vern shell` (and plain `vern`): the conversational shell on one migration.
public struct ShellCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Open the conversational shell on one migration (the default command).",
        discussion: """
            Without an API key, vern starts the local server in-process and opens a demo migration. \
            With VERN_API_KEY (or --api-key-file), it talks to VERN_API_URL (default https://app.vern.so/api/v1).

            A script on stdin runs line by line without prompts. Exit codes: 0 the last run succeeded \
            (or there was none), 1 it failed, 3 the last command failed, 4 the last run was canceled, \
            5 input needed: the last run still waits for input (no terminal to answer, credentials from \
            --credentials-file or --credentials-env rejected and not sent again, or you stopped waiting), \
            64 bad command line, 131 quit with Ctrl-\\ (SIGQUIT).
            """)

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "Attach to this migration id.")
    var migration: String?

    @Option(help: "Create a migration with this name (with --template and --file).")
    var new: String?

    @Option(help: "A template slug for --new; repeat for several (default: every template).")
    var template: [String] = []

    @Option(help: "A file to upload for --new; repeat for several.")
    var file: [String] = []

    @Flag(help: "Print one JSON event per line on stdout.")
    var json = false

    @Option(help: "Colour: auto, always or never (default: the config file, else auto; NO_COLOR is honoured).")
    var color: ColorMode?

    @Option(name: .customLong("credentials-file"), help: "A JSON file of credential fields, for runs without a terminal.")
    var credentialsFile: String?

    @Option(name: .customLong("credentials-env"), help: "An environment variable holding credential fields as JSON.")
    var credentialsEnv: String?

    @Flag(name: .customLong("no-history"), help: "Do not read or write the history file.")
    var noHistory = false

    public init() {}

    public func validate() throws {
        if new == nil && (!template.isEmpty || !file.isEmpty) {
            throw ValidationError("--template and --file go with --new NAME")
        }
        if new != nil && migration != nil { throw ValidationError("--new and --migration exclude each other") }
    }

    public func run() async throws {
        let outcome = try await ShellLauncher(command: self, environment: ProcessInfo.processInfo.environment).run()
        if outcome != .success { throw ExitCode(outcome.rawValue) }
    }
}

extension ColorMode: ExpressibleByArgument {}
