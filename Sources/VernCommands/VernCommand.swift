import ArgumentParser
import VernClient
import VernServer

/// The root `vern` command (placeholder; the lead engineer owns the final tree).
public struct VernCommand: AsyncParsableCommand {
    /// The subcommands.
    public static let configuration = CommandConfiguration(commandName: "vern", subcommands: [ServeCommand.self])

    /// Creates the command.
    public init() {}
}
