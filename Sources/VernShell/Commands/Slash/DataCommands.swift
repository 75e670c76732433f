import ArgumentParser
import Foundation
import VernAPI
import VernClient

// The commands about the migration's data: files, the source connection, templates, sources.

struct Upload: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "upload", abstract: "Upload files to the migration.")
    @Argument(help: "Files to upload.") var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file") }
    }

    func run(in session: ShellSession) async {
        let files = paths.map(session.configuration.resolvePath)
        let sink = session.configuration.sink
        await session.perform {
            let uploads = try await session.client.uploadFiles(migration: session.migration.id, files) { name, sent, total in
                sink.emit(.uploadProgress(name: name, sent: sent, total: total))
            }
            for (file, upload) in zip(files, uploads) {
                let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
                session.emit(.notice("Uploaded \(upload.name) (\(Numbers.bytes(size)))."))
            }
        }
    }
}

struct Files: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "files", abstract: "List the uploaded files.")
    static let onlyReads = true

    func run(in session: ShellSession) async {
        await session.perform {
            session.emit(.files(try await session.client.files(migration: session.migration.id)))
        }
    }
}

struct Connect: SessionCommand {
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

    func run(in session: ShellSession) async {
        var values: [String: JSONValue] = [:]
        for pair in config {
            let parts = pair.split(separator: "=", maxSplits: 1)
            values[String(parts[0])] = .string(parts.count > 1 ? String(parts[1]) : "")
        }
        let selected = streams?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let known = try? await session.client.sources().compactMap(\.sourceKey)
        if let known, !known.isEmpty, !known.contains(sourceKey) {
            session.outcome = .commandFailed
            return session.emit(.error("no source \(sourceKey) (connectors: \(known.joined(separator: ", ")))"))
        }
        await session.perform {
            let connection = try await session.client.connectSource(
                migration: session.migration.id,
                SourceConnectionRequest(sourceKey: sourceKey, config: values, selectedStreams: selected))
            let state = connection.credsConfigured ? "credentials stored" : "no credentials yet; /generate --via-api asks for them"
            session.emit(.notice("Connected \(connection.name ?? connection.sourceKey) (\(state))."))
        }
    }
}

struct Disconnect: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "disconnect", abstract: "Remove the source connection.")

    func run(in session: ShellSession) async {
        if await session.perform({ try await session.client.disconnectSource(migration: session.migration.id) }) {
            session.emit(.notice("Source connection removed."))
        }
    }
}

struct Templates: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "templates", abstract: "List the templates.")
    static let onlyReads = true

    func run(in session: ShellSession) async {
        await session.perform {
            session.emit(.templates(try await session.client.templates()))
        }
    }
}

struct Sources: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "sources", abstract: "List the sources.")
    static let onlyReads = true

    func run(in session: ShellSession) async {
        await session.perform {
            session.emit(.sources(try await session.client.sources()))
        }
    }
}
