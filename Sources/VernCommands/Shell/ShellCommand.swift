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

            A script on stdin runs line by line without prompts and stops at the first failed command or \
            run (--keep-going runs the rest). A question is answered only by a script line /answer N \
            (or /answer TEXT) right after the command, or by --answers FILE; otherwise vern prints the \
            question and exits 5.

            Exit codes: 0 success; 1 a run failed; 3 a command or request failed; 4 a run was \
            canceled; 5 input needed (a question or credentials nobody could give); 64 bad command line. \
            At a terminal the code is the last line's; in a script, the first failure's. Credentials from \
            --credentials-file or --credentials-env that are rejected are not sent again (exit 5); 131 quit with \
            Ctrl-\\ (SIGQUIT).
            """)

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "Open this migration: its id, short id or name.")
    var migration: String?

    @Flag(name: [.customShort("c"), .customLong("continue")], help: "Reopen the migration opened last here.")
    var continueLast = false

    @Option(help: "Create a migration with this name (with --template and --file).")
    var new: String?

    @Option(help: "A template slug for --new; repeat for several (default: every template).")
    var template: [String] = []

    @Option(help: "A file to upload for --new; repeat for several.")
    var file: [String] = []

    @Flag(help: "Print one JSON event per line on stdout; the first line is {\"event\":\"vern_events\",\"version\":1}, keys are snake_case (schema: docs/json-events.md).")
    var json = false

    @Option(help: "Colour: auto, always or never (default: the config file, else auto; NO_COLOR is honoured).")
    var color: ColorMode?

    @Option(name: .customLong("credentials-file"), help: "A JSON file of credential fields, for runs without a terminal.")
    var credentialsFile: String?

    @Option(name: .customLong("credentials-env"), help: "An environment variable holding credential fields as JSON.")
    var credentialsEnv: String?

    @Option(help: "A JSON file of answers for a script's questions, by question id: {\"picklist_lead_source\": \"1\"}.")
    var answers: String?

    @Flag(name: .customLong("keep-going"), help: "In a script, run every line even after a failure.")
    var keepGoing = false

    @Flag(name: .customLong("no-history"), help: "Do not read or write the history file.")
    var noHistory = false

    public init() {}

    public func validate() throws {
        if new == nil && (!template.isEmpty || !file.isEmpty) {
            throw ValidationError("--template and --file go with --new NAME")
        }
        if new != nil && migration != nil { throw ValidationError("--new and --migration exclude each other") }
        if continueLast && (new != nil || migration != nil) {
            throw ValidationError("--continue reopens the last migration; it excludes --new and --migration")
        }
    }

    public func run() async throws {
        let outcome = try await ShellLauncher(command: self, environment: ProcessInfo.processInfo.environment).run()
        if outcome != .success { throw ExitCode(outcome.rawValue) }
    }
}

extension ColorMode: ExpressibleByArgument {}
