import ArgumentParser
import Foundation
import VernAPI
import VernClient

// The commands about the shell itself: help, status, the session and its migrations.

struct Help: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "help", abstract: "Show the commands; /help CMD shows one command's help.")
    static let onlyReads = true
    @Argument(help: "A command, e.g. preview.") var command: String?

    func run(in session: ShellSession) async {
        guard let command else {
            return session.emit(.help(SlashCommands.help()))
        }
        let typed = command.hasPrefix("/") ? String(command.dropFirst()) : command
        switch SlashCommands.resolve(typed) {
        case .success(let command): session.emit(.help([SlashCommands.help(for: command)]))
        case .failure(let error):
            session.outcome = .commandFailed
            session.emit(.error(error.message, usage: error.usage))
        }
    }
}

struct Status: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show the migration and its run.")
    static let onlyReads = true

    func run(in session: ShellSession) async {
        await session.perform {
            if let fresh = try? await session.client.migration(session.migration.id) { session.migration = fresh }
            var run: SessionStatus.RunState?
            if let current = session.currentRun {
                let state = try await session.client.run(migration: session.migration.id, id: current.id)
                run = SessionStatus.RunState(run: current, status: state.status, message: state.message)
            }
            session.emit(.status(SessionStatus(migration: session.migration, mode: session.mode.rawValue, run: run)))
        }
    }
}

struct Save: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "save", abstract: "Save this session as a transcript (--force replaces one of the same name).")
    @Flag(help: "Replace a transcript of the same name.") var force = false
    @Argument(help: "Transcript name.") var name: String?

    func run(in session: ShellSession) async {
        guard let save = session.configuration.save else {
            return session.emit(.error("this session is not being recorded, so it cannot be saved"))
        }
        await session.perform {
            let saved: SavedTranscript
            do {
                saved = try await save(name, force)
            } catch let conflict as SaveConflict {
                let replace = await session.confirm("\(conflict.path) exists. Replace it? [y/N] ", default: false, unattended: false)
                guard replace else {
                    session.outcome = .commandFailed
                    return session.emit(.error("\(conflict.path) exists; /save --force \(name ?? "NAME") replaces it"))
                }
                saved = try await save(name, true)
            }
            session.emit(.notice("Saved " + saved.paths.joined(separator: ", ") + "."))
            if !saved.uploads.isEmpty {
                session.emit(.notice("The .files folder holds copies of the uploaded data (\(saved.uploads.joined(separator: ", "))): keep it where that data may be kept."))
            }
        }
    }
}

struct History: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Show what was entered this session.")
    static let onlyReads = true

    func run(in session: ShellSession) async {
        session.emit(.history(session.entered))
    }
}

struct Migrations: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrations", abstract: "List the migrations: name, id, state, last activity.")
    static let onlyReads = true

    func run(in session: ShellSession) async {
        await session.listMigrations()
    }
}

struct Open: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Switch to another migration.")
    @Argument(help: "Its name, id or short id.") var migration: String

    func run(in session: ShellSession) async {
        await session.open(migration)
    }
}

struct Clear: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "clear", abstract: "Clear the screen.")
    static let onlyReads = true

    func run(in session: ShellSession) async {
        session.emit(.clearScreen)
    }
}

struct Quit: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "quit", abstract: "Leave the shell.")

    func run(in session: ShellSession) async {
        // The main loop confirms leaving (asking when a run is in flight) once the line is handled.
        session.quitRequested = true
    }
}
