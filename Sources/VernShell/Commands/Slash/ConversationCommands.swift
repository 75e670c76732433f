import ArgumentParser
import Foundation
import VernAPI
import VernClient

// The commands that talk to the agent and follow its runs.

struct Ask: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask", abstract: "Ask one question (clarify); alone, switch to asking.")
    @Argument(parsing: .captureForPassthrough) var question: [String] = []

    func run(in session: ShellSession) async {
        await session.switchOrTurn(text: question, mode: .ask, kind: .clarify)
    }
}

struct Update: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change the recipe once; alone, switch back to updating.")
    @Argument(parsing: .captureForPassthrough) var instruction: [String] = []

    func run(in session: ShellSession) async {
        await session.switchOrTurn(text: instruction, mode: .update, kind: .update)
    }
}

struct Multi: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "multi", abstract: "Enter a multi-line message, ended by /end.")
    @Argument(help: "End marker.") var end: String = "/end"

    /// Reads lines until `end` and sends them as one message in the current mode.
    func run(in session: ShellSession) async {
        var lines: [String] = []
        while true {
            switch await session.configuration.input.readLine(prompt: "... ") {
            case .line(let line):
                if line.trimmingCharacters(in: .whitespaces) == end {
                    session.emit(.input(prompt: "... ", text: end))
                    let message = lines.joined(separator: "\n")
                    guard !message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                        return session.emit(.notice("Empty message; nothing sent."))
                    }
                    return await session.turn(session.mode == .ask ? .clarify : .update, message: message)
                }
                session.emit(.input(prompt: "... ", text: line))
                lines.append(line)
            case .interrupted:
                session.emit(.interrupt(prompt: "... "))
                return session.emit(.notice("Message discarded."))
            case .endOfInput:
                return session.emit(.error("input ended before \(end); message discarded"))
            }
        }
    }
}

struct AnswerCommand: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer", abstract: "Answer the waiting question: an option's number or label, or your words.")
    @Argument(parsing: .captureForPassthrough, help: "The answer.") var text: [String] = []

    func validate() throws {
        if text.isEmpty { throw ValidationError("give the answer, e.g. /answer 1") }
    }

    func run(in session: ShellSession) async {
        await session.answerPending(text.joined(separator: " "))
    }
}

struct Values: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "values", abstract: "List every value the waiting question is about.")
    static let onlyReads = true

    /// Lists what the waiting question is about in full (its text may shorten the list).
    func run(in session: ShellSession) async {
        guard let question = session.askedQuestion ?? session.pendingQuestion?.questions.first else {
            return session.emit(.notice("No question is waiting."))
        }
        session.emit(.values(question: question, values: question.values))
    }
}

struct Attach: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach", abstract: "Watch the run in flight again and answer what it waits for.")

    func run(in session: ShellSession) async {
        await session.attachCurrent()
    }
}

struct Cancel: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Cancel the run in flight.")

    func run(in session: ShellSession) async {
        guard let run = session.currentRun else {
            return session.emit(.notice("No run in flight."))
        }
        await session.requestCancel(run)
        if let state = try? await session.client.run(migration: session.migration.id, id: run.id), !state.status.isInFlight {
            session.emit(.runStatus(run, status: state.status, message: nil))
            session.currentRun = nil
        }
    }
}

struct ThreadCommand: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "thread", abstract: "Show the agent's thread.")
    static let onlyReads = true
    @Option(help: "user, tools or all.") var include: ThreadInclude = .user

    func run(in session: ShellSession) async {
        await session.perform {
            var events: [ThreadEvent] = []
            var after: Int?
            while true {
                let page = try await session.client.thread(migration: session.migration.id, after: after, include: include)
                events += page.events
                guard !page.events.isEmpty, let next = page.lastSequence, next != after else { break }
                after = next
            }
            session.emit(.thread(events))
        }
    }
}

extension ThreadInclude: ExpressibleByArgument {}

extension ShellSession {
    /// `/ask` and `/update`: alone they switch the mode, with text they start one run.
    fileprivate func switchOrTurn(text: [String], mode: Mode, kind: RunKind) async {
        if text.isEmpty {
            self.mode = mode
            emit(.notice(mode == .ask ? "Asking: free text now asks about the recipe (/update to change it)." : "Updating: free text now changes the recipe."))
        } else {
            await turn(kind, message: text.joined(separator: " "))
        }
    }
}
