import Foundation

extension ShellSession {
    /// Parses and runs one slash command; bad input gets a one-line error and usage.
    func handleCommand(_ line: String) async {
        switch SlashCommands.parse(line) {
        case .failure(let error):
            outcome = .commandFailed
            emit(.error(error.message, usage: error.usage))
        case .success(let command):
            await command.run(in: self)
        }
    }

    /// Runs `body`; a failure is reported as a one-line error. Returns whether it succeeded.
    @discardableResult
    func perform(_ body: () async throws -> Void) async -> Bool {
        do {
            try await body()
            return true
        } catch {
            report(error)
            return false
        }
    }
}
