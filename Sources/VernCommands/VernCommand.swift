import ArgumentParser

/// The root `vern` command: the shell by default, plus the local server and one-shot tools.
public struct VernCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "vern",
        abstract: "A conversational shell for Vern's Migration API.",
        version: VernVersion.current,
        subcommands: [ShellCommand.self, ServeCommand.self, RecipeCommand.self, ReplayCommand.self, SessionsCommand.self],
        defaultSubcommand: ShellCommand.self)

    public init() {}
}
