import AsyncHTTPClient
import Foundation
import VernAPI
import VernClient
import VernShell
import VernTerminal

/// Sets up one shell session from the command line: connection, migration, input, rendering.
struct ShellLauncher {
    let command: ShellCommand
    let environment: [String: String]

    func run() async throws -> ShellOutcome {
        let user = try UserConfiguration.load(environment: environment)
        let credentials = try CredentialSource.load(
            file: command.credentialsFile, environmentVariable: command.credentialsEnv, environment: environment)
        let capabilities = TerminalCapabilities.detect(
            colorMode: user.color.flatMap(ColorMode.init(rawValue:)) ?? command.color, environment: environment)
        let sink: any ShellEventSink =
            command.json
            ? JSONLinesRenderer()
            : TerminalRenderer(
                style: TerminalStyle(
                    liveStatus: capabilities.canRedrawStatusLine && capabilities.colorOnStderr,
                    color: capabilities.colorOnStderr, unicode: capabilities.unicode))

        let connection = try await Connection.open(command.connection, configuration: user, environment: environment)
        let http = AsyncHTTPClientTransport.makeHTTPClient()
        do {
            let client = VernClient(
                configuration: .init(baseURL: connection.baseURL, apiKey: connection.apiKey, userAgent: "vern/\(VernVersion.current)"),
                transport: AsyncHTTPClientTransport(client: http))
            let outcome = try await session(client: client, connection: connection, sink: sink, capabilities: capabilities, user: user, credentials: credentials)
            try? await http.shutdown()
            await connection.close()
            return outcome
        } catch {
            try? await http.shutdown()
            await connection.close()
            throw error
        }
    }

    private func session(
        client: VernClient, connection: Connection, sink: any ShellEventSink, capabilities: TerminalCapabilities,
        user: UserConfiguration, credentials: [String: String]
    ) async throws -> ShellOutcome {
        let place =
            connection.isOffline
            ? "offline: embedded local server" + (connection.dataDirectory.map { " (data in \($0.path))" } ?? " (in memory)")
            : "online: \(connection.baseURL.absoluteString)"
        sink.emit(.banner(["vern \(VernVersion.current) · \(place)"]))
        let opening = try await openMigration(client, connection: connection, user: user, sink: sink)
        let templates = (try? await client.templates()) ?? []
        sink.emit(.banner([
            "migration \(opening.migration.name) (\(opening.migration.id)) · templates: \(opening.migration.templates.map(\.slug).joined(separator: ", "))",
            "Type a change to the recipe, /ask a question, /help for commands; Ctrl-D quits.",
        ]))

        let interactive = capabilities.stdinIsTTY && (environment["VERN_SIMPLE_PROMPT"] ?? "").isEmpty
        let recordsHistory = interactive && !command.noHistory && user.history != false
        let completion = ShellCompletion(
            templateSlugs: templates.map(\.effectiveSlug), sourceKeys: ((try? await client.sources()) ?? []).compactMap(\.sourceKey))
        let reader = makeStandardLineReader(
            history: recordsHistory ? HistoryFile.standard(environment: environment) : nil,
            completion: { completion.candidates(for: $0) }, environment: environment)
        let input = TerminalInput(reader: reader, interactive: interactive, recordsHistory: recordsHistory)
        let session = ShellSession(
            configuration: ShellConfiguration(
                client: client, migration: opening.migration, input: input, sink: sink,
                streamThread: user.streamThread ?? true, credentials: credentials, width: capabilities.width,
                color: capabilities.colorOnStdout))
        if opening.needsGenerate { await session.start(.generate) }
        return await session.run()
    }

    /// The migration to open, and whether it still needs a first `generate`.
    struct Opening {
        var migration: Migration
        var needsGenerate: Bool
    }

    private func openMigration(
        _ client: VernClient, connection: Connection, user: UserConfiguration, sink: any ShellEventSink
    ) async throws -> Opening {
        if let name = command.new {
            let migration = try await client.createMigration(
                .init(name: name, templates: command.template.isEmpty ? nil : command.template))
            let files = command.file.map { URL(fileURLWithPath: ($0 as NSString).expandingTildeInPath) }
            if !files.isEmpty { try await upload(files, client: client, migration: migration, sink: sink) }
            return Opening(migration: migration, needsGenerate: !files.isEmpty)
        }
        if let id = command.migration ?? user.migration {
            do {
                return Opening(migration: try await client.migration(id), needsGenerate: false)
            } catch let error as VernClientError where error.status == 404 && !connection.isOffline {
                // The real service documents no way to read a migration; work with the id alone.
                return Opening(
                    migration: Migration(id: id, name: String(id.prefix(8)), source: nil, status: .unknown("unknown"), templates: []),
                    needsGenerate: false)
            }
        }
        guard connection.isOffline else {
            throw ShellStartupError("no migration: pass --migration ID, or --new NAME --template SLUG --file PATH")
        }
        let demo = try await client.createMigration(.init(name: "Demo", externalID: "vern-demo", templates: ["contacts"]))
        guard try await client.files(migration: demo.id).isEmpty else { return Opening(migration: demo, needsGenerate: false) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vern-\(UUID().uuidString)")
            .appendingPathComponent(DemoData.fileName)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try Data(DemoData.csv.utf8).write(to: file)
        try await upload([file], client: client, migration: demo, sink: sink)
        return Opening(migration: demo, needsGenerate: true)
    }

    private func upload(_ files: [URL], client: VernClient, migration: Migration, sink: any ShellEventSink) async throws {
        let uploads = try await client.uploadFiles(migration: migration.id, files) { name, sent, total in
            sink.emit(.uploadProgress(name: name, sent: sent, total: total))
        }
        for upload in uploads { sink.emit(.notice("Uploaded \(upload.name).")) }
    }
}

/// The version `vern --version` prints.
public enum VernVersion {
    public static let current = "0.1.0"
}
