import ArgumentParser
import Foundation
import VernShell
import VernTranscripts

/// `vern sessions`: the recent sessions' journals, and turning one into a transcript.
public struct SessionsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List recent shell sessions (their journals), or save one as a transcript.",
        discussion: "Journals live in $XDG_STATE_HOME/vern/sessions/ (the newest 50, none older than 30 days).",
        subcommands: [List.self, SaveJournal.self], defaultSubcommand: List.self)

    public init() {}

    static var directory: URL {
        StatePaths.root(environment: ProcessInfo.processInfo.environment).appendingPathComponent("sessions")
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List recent sessions, newest first.")

        func run() throws {
            let entries = Journal.entries(in: SessionsCommand.directory)
            guard !entries.isEmpty else { return print("No sessions yet.") }
            let time = Date.ISO8601FormatStyle(dateTimeSeparator: .space, timeZone: .gmt)
            print("ID                       TIME (UTC)           LINES  OUTCOME                    MIGRATION")
            for entry in entries {
                let when = entry.modified.formatted(time).replacingOccurrences(of: "Z", with: "")
                print(
                    entry.id.padding(toLength: 24, withPad: " ", startingAt: 0) + " " + when.padding(toLength: 20, withPad: " ", startingAt: 0)
                        + " " + String(entry.lines).padding(toLength: 6, withPad: " ", startingAt: 0) + " "
                        + entry.outcome.padding(toLength: 26, withPad: " ", startingAt: 0) + " " + entry.migration)
            }
        }
    }

    struct SaveJournal: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "save", abstract: "Save session ID as transcript NAME.")

        @Flag(help: "Replace a transcript of the same name.") var force = false
        @Argument(help: "The session's id (vern sessions lists them).") var id: String
        @Argument(help: "The transcript's name.") var name: String

        func run() throws {
            do {
                let saved = try Journal.save(id: id, name: name, from: SessionsCommand.directory, replace: force)
                print("Saved " + saved.paths.joined(separator: ", ") + ".")
                if !saved.uploads.isEmpty {
                    print("The .files folder holds copies of the uploaded data (\(saved.uploads.joined(separator: ", "))): keep it where that data may be kept.")
                }
            } catch let conflict as SaveConflict {
                throw ValidationError("\(conflict.path) exists; --force replaces it")
            } catch let error as TranscriptError {
                throw ValidationError(error.description)
            }
        }
    }
}
