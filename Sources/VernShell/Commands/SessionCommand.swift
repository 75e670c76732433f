import ArgumentParser

/// A slash command and its behaviour in a session: ArgumentParser parses its arguments,
/// ``run(in:)`` does what it asks.
///
/// ``SlashCommands/all`` lists the commands as `SessionCommand` types, so a command cannot be
/// offered without a behaviour: one that lacks ``run(in:)`` does not compile.
protocol SessionCommand: ParsableCommand {
    /// Whether the command only reads, so it also works while a question or a credential form
    /// waits (see ``BlockedRunForm``).
    static var onlyReads: Bool { get }

    /// Does what the command asks in `session`.
    func run(in session: ShellSession) async
}

extension SessionCommand {
    static var onlyReads: Bool { false }
}
