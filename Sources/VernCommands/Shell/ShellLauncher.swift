import AsyncHTTPClient
import Foundation
import VernAPI
import VernClient
import VernServer
import VernShell
import VernTerminal
import VernTranscripts

/// Sets up one shell session from the command line: connection, migration, input, rendering.
struct ShellLauncher {
    let command: ShellCommand
    let environment: [String: String]

    func run() async throws -> ShellOutcome {
        // Temporary copies live in a private folder removed at exit; folders left by processes that
        // ended abnormally are swept here.
        try ScratchSpace.current.prepare()
        defer { ScratchSpace.current.remove() }
        let user = try UserConfiguration.load(environment: environment)
        let credentials = try CredentialSource.load(
            file: command.credentialsFile, environmentVariable: command.credentialsEnv, environment: environment)
        let answers = try command.answers.map { try ScriptAnswers.load(file: $0, environment: environment) } ?? [:]
        let capabilities = TerminalCapabilities.detect(
            colorMode: command.color ?? user.color.flatMap(ColorMode.init(rawValue:)) ?? .auto, environment: environment)
        let terminalWidth: @Sendable () -> Int = { [environment] in
            TerminalCapabilities.width(environment: environment, terminalWidth: TerminalCapabilities.currentTerminalWidth())
        }
        let display: any ShellEventSink =
            command.json
            ? JSONLinesRenderer()
            : TerminalRenderer(
                style: TerminalStyle(
                    liveStatus: capabilities.canRedrawStatusLine && capabilities.colorOnStderr,
                    color: capabilities.colorOnStderr, unicode: capabilities.unicode, width: capabilities.width,
                    tableColor: capabilities.colorOnStdout, wrap: capabilities.stdoutIsTTY,
                    pager: capabilities.stdoutIsTTY && !capabilities.isDumb ? TerminalStyle.pager(environment: environment) : nil,
                    height: capabilities.height),
                width: capabilities.stdoutIsTTY || capabilities.stderrIsTTY ? terminalWidth : nil)

        let connection = try await Connection.open(command.connection, configuration: user, environment: environment)
        var opening = try self.opening(connection: connection, user: user)
        let interactive = capabilities.stdinIsTTY && (environment["VERN_SIMPLE_PROMPT"] ?? "").isEmpty
        // The demo's first start at a terminal shows the prompt before any question.
        opening.record.questionsAtPrompt = interactive && isDemo(opening.opening)
        // Every session is recorded: the transcript is rendered from the same events as the terminal.
        let recorder = SessionRecorder(
            baseURL: connection.baseURL, opening: opening.record,
            server: ServerSettings(
                localAgent: connection.isOffline ? command.connection.localAgent?.rawValue : nil,
                rateLimit: connection.isOffline ? command.connection.rateLimit : nil,
                rateLimitWindow: connection.isOffline ? command.connection.rateLimitWindow : nil),
            interactive: interactive)
        let sink = recorder.recordingSink(display)
        try? recorder.startJournal(directory: StatePaths.root(environment: environment).appendingPathComponent("sessions"))
        let http = AsyncHTTPClientTransport.makeHTTPClient()
        do {
            var client = VernClient(
                configuration: .init(baseURL: connection.baseURL, apiKey: connection.apiKey, userAgent: "vern/\(VernVersion.current)"),
                transport: recorder.transport(wrapping: AsyncHTTPClientTransport(client: http)))
            client.retryObserver = { sink.emit(.retrying($0)) }
            let outcome = try await session(
                client: client, connection: connection, opening: opening, recorder: recorder, sink: sink,
                capabilities: capabilities, interactive: interactive, user: user, credentials: credentials,
                answers: answers)
            recorder.flushJournal()
            try? await http.shutdown()
            await connection.close()
            return outcome
        } catch {
            recorder.flushJournal()
            try? await http.shutdown()
            await connection.close()
            throw error
        }
    }

    private func session(
        client: VernClient, connection: Connection, opening: Opening, recorder: SessionRecorder,
        sink: any ShellEventSink, capabilities: TerminalCapabilities, interactive: Bool, user: UserConfiguration,
        credentials: [String: String], answers: [String: String]
    ) async throws -> ShellOutcome {
        let location =
            connection.isOffline
            ? "offline: embedded local server" + (connection.dataDirectory.map { " (data in \($0.path))" } ?? " (in memory)")
            : "online: \(connection.baseURL.absoluteString)"
        sink.emit(.banner(["vern \(VernVersion.current) · \(location)"]))
        let opened = try await opening.opening.perform(client: client, sink: sink)
        if case .attach = opening.opening {
            recorder.noteAttached(opened.migration, files: opened.attachedFiles)
        }
        sink.emit(.banner([
            "migration \(opened.migration.name) (\(opened.migration.id)) · templates: \(opened.migration.templates.map(\.slug).joined(separator: ", "))",
            "Type a change to the recipe or a question about it; /help lists the commands; Ctrl-D quits.",
        ]))

        if let place = place(of: connection) {
            RecentMigrations(environment: environment).remember(opened.migration.id, at: place)
        }
        let recordsHistory = interactive && !command.noHistory && user.history != false
        if recordsHistory && (environment["VERN_HISTFILE"] ?? "").isEmpty {
            try PrivateFiles.directory(StatePaths.root(environment: environment))
        }
        let completion = ShellCompletion(
            templateSlugs: opened.templateSlugs, sourceKeys: opened.sourceKeys, columns: opened.columns)
        let reader = makeStandardLineReader(
            history: recordsHistory ? HistoryFile.standard(environment: environment) : nil,
            completion: { completion.candidates(for: $0) }, environment: environment)
        let input = recorder.recordingInput(TerminalInput(reader: reader, interactive: interactive, recordsHistory: recordsHistory))
        let session = ShellSession(
            configuration: ShellConfiguration(
                client: client, migration: opened.migration, input: input, sink: sink,
                streamThread: user.streamThread ?? true, credentials: credentials, keepGoing: command.keepGoing,
                answers: answers, runsOutliveShell: !(connection.isOffline && connection.dataDirectory == nil),
                save: { name, replace in try recorder.save(name: name, replace: replace) }))
        if opened.needsGenerate {
            if opening.record.questionsAtPrompt {
                sink.emit(.banner(["The demo builds its recipe now; a question it has waits for you at the prompt."]))
            }
            await session.start(.generate, questionsAtPrompt: opening.record.questionsAtPrompt)
        } else {
            await session.summarize()
        }
        return await session.run()
    }

    /// Where migrations live, as `vern -c` remembers them: the server's URL or the embedded
    /// server's data folder; `nil` in memory (nothing outlives the process).
    private func place(of connection: Connection) -> String? {
        guard connection.isOffline else { return connection.baseURL.absoluteString }
        return connection.dataDirectory.map { "embedded:" + $0.standardizedFileURL.path }
    }

    private func isDemo(_ opening: SessionOpening) -> Bool {
        if case .create(_, "vern-demo", _, _, true) = opening { return true }
        return false
    }

    /// How the session opens its migration and what the transcript records about it.
    struct Opening {
        var opening: SessionOpening
        var record: OpeningRecord
    }

    private func opening(connection: Connection, user: UserConfiguration) throws -> Opening {
        if let name = command.new {
            let files = command.file.map { URL(fileURLWithPath: HomePath.expand($0, environment: environment)) }
            return Opening(
                opening: .create(
                    name: name, externalID: nil, templates: command.template.isEmpty ? nil : command.template, files: files,
                    reuseExisting: false),
                record: OpeningRecord(
                    migration: name, templates: command.template.isEmpty ? nil : command.template,
                    files: files.map(\.lastPathComponent)))
        }
        if command.continueLast {
            guard let place = place(of: connection), let id = RecentMigrations(environment: environment).last(at: place) else {
                throw ShellStartupError(
                    "no migration to continue here yet; `vern` opens the demo, --new NAME creates one, --migration ID opens one")
            }
            return Opening(
                opening: .attach(id: id, remote: !connection.isOffline), record: OpeningRecord(attach: id))
        }
        if let id = command.migration ?? user.migration {
            return Opening(opening: .attach(id: id, remote: !connection.isOffline), record: OpeningRecord(attach: id))
        }
        guard connection.isOffline else {
            throw ShellStartupError("no migration: pass --migration ID, or --new NAME --template SLUG --file PATH")
        }
        let folder = try ScratchSpace.current.newPath("demo")
        try PrivateFiles.directory(folder)
        let file = folder.appendingPathComponent(DemoData.fileName)
        try PrivateFiles.write(Data(DemoData.csv.utf8), to: file)
        return Opening(
            opening: .create(name: "Demo", externalID: "vern-demo", templates: ["contacts"], files: [file], reuseExisting: true),
            record: OpeningRecord(
                migration: "Demo", externalID: "vern-demo", templates: ["contacts"], files: [DemoData.fileName], reuseExisting: true))
    }
}

/// The version `vern --version` prints.
public enum VernVersion {
    public static let current = "0.1.0"
}
