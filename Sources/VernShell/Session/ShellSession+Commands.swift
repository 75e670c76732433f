import ArgumentParser
import Foundation
import VernAPI
import VernClient

extension ShellSession {
    /// What the main loop does after a command.
    enum CommandResult {
        case proceed
        case quit
    }

    /// Parses and runs one slash command; bad input gets a one-line error and usage.
    func handleCommand(_ line: String) async -> CommandResult {
        let command: any ParsableCommand
        switch SlashCommands.parse(line) {
        case .failure(let error):
            outcome = .commandFailed
            emit(.error(error.message, usage: error.usage))
            return .proceed
        case .success(let parsed):
            command = parsed
        }
        switch command {
        case let help as Help:
            showHelp(help.command)
        case let ask as Ask:
            await switchOrTurn(text: ask.question, mode: .ask, kind: .clarify)
        case let update as Update:
            await switchOrTurn(text: update.instruction, mode: .update, kind: .update)
        case let generate as Generate:
            await self.generate(viaAPI: generate.viaAPI, confirmed: generate.yes)
        case let upload as Upload:
            await self.upload(upload.paths)
        case is Files:
            await listFiles()
        case let preview as PreviewCommand:
            await showPreview(preview)
        case let execute as Execute:
            await self.execute(confirmed: execute.yes)
        case let export as Export:
            if export.dropped {
                await exportDropped(export.slug, to: export.output)
            } else if await exportMayGoOn() {
                await self.export(export.slug, filter: export.filter, to: export.output)
            }
        case is Status:
            await showStatus()
        case let thread as ThreadCommand:
            await showThread(include: thread.include)
        case is Cancel:
            await cancelCurrent()
        case let connect as Connect:
            await self.connect(connect)
        case is Disconnect:
            if await perform({ try await self.client.disconnectSource(migration: self.migration.id) }) {
                emit(.notice("Source connection removed."))
            }
        case is Templates:
            await listTemplates()
        case is Sources:
            await listSources()
        case let save as Save:
            await self.save(save.name, force: save.force)
        case is History:
            emit(.history(entered))
        case let multi as Multi:
            await readMultiLine(end: multi.end)
        case let answer as AnswerCommand:
            await answerPending(answer.text.joined(separator: " "))
        case is Values:
            showValues()
        case is Attach:
            await attachCurrent()
        case is Migrations:
            await listMigrations()
        case let open as Open:
            await self.open(open.migration)
        case is Clear:
            emit(.clearScreen)
        case is Quit:
            if await confirmLeaving() { return .quit }
        default:
            emit(.error("\(line) is not handled"))
        }
        return .proceed
    }

    /// `/generate`: on a migration that has a recipe already, says that a new one replaces it
    /// and asks first (a script's command is what it asks for).
    private func generate(viaAPI: Bool, confirmed: Bool) async {
        if hasRecipe, !confirmed {
            emit(.notice("This migration has a recipe already; /generate builds a new one from the \(viaAPI ? "source connection" : "files") and replaces it."))
            guard await confirm("Generate a new recipe? [y/N] ", default: false, unattended: true) else {
                return emit(.notice("Not generated; the recipe is unchanged."))
            }
        }
        await turn(.generate, extractViaAPI: viaAPI ? true : nil)
    }

    /// `/execute`: says what it will do (rows in, invalid and dropped, per sheet) and asks first.
    private func execute(confirmed: Bool) async {
        if let plan = await executePlan() { emit(.notice(plan)) }
        let go = confirmed ? true : await confirm("Execute the recipe over every row? [y/N] ", default: false, unattended: true)
        guard go else { return emit(.notice("Not executed.")) }
        await turn(.execute)
    }

    /// Before `/export`: when the recipe changed since the last execute, the export would hold
    /// the old execution's rows; says so and offers to execute first. Returns whether to export.
    private func exportMayGoOn() async -> Bool {
        guard recipeChangedSinceExecute == true else { return true }
        emit(.notice("The recipe changed since the last /execute, so the export holds the rows of that execution."))
        guard await confirm("Execute the new recipe first? [Y/n] ", default: true, unattended: false) else { return true }
        await turn(.execute)
        return outcome == .success
    }

    private func showHelp(_ name: String?) {
        guard let name else { return emit(.help(SlashCommands.help())) }
        let typed = name.hasPrefix("/") ? String(name.dropFirst()) : name
        switch SlashCommands.resolve(typed) {
        case .success(let command): emit(.help([SlashCommands.help(for: command)]))
        case .failure(let error):
            outcome = .commandFailed
            emit(.error(error.message, usage: error.usage))
        }
    }

    /// Lists what the waiting question is about in full (its text may shorten the list).
    private func showValues() {
        guard let question = askedQuestion ?? pendingQuestion?.questions.first else {
            return emit(.notice("No question is waiting."))
        }
        emit(.values(question: question, values: question.values))
    }

    private func switchOrTurn(text: [String], mode: Mode, kind: RunKind) async {
        if text.isEmpty {
            self.mode = mode
            emit(.notice(mode == .ask ? "Asking: free text now asks about the recipe (/update to change it)." : "Updating: free text now changes the recipe."))
        } else {
            await turn(kind, message: text.joined(separator: " "))
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

    private func upload(_ paths: [String]) async {
        let files = paths.map(configuration.resolvePath)
        let sink = configuration.sink
        await perform {
            let uploads = try await client.uploadFiles(migration: migration.id, files) { name, sent, total in
                sink.emit(.uploadProgress(name: name, sent: sent, total: total))
            }
            for (file, upload) in zip(files, uploads) {
                let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
                emit(.notice("Uploaded \(upload.name) (\(Numbers.bytes(size)))."))
            }
        }
    }

    private func listFiles() async {
        await perform {
            emit(.files(try await client.files(migration: migration.id)))
        }
    }

    private func export(_ slug: String, filter: ExportFilter, to output: String?) async {
        let sheets = migration.templates.map(\.slug)
        guard sheets.isEmpty || sheets.contains(slug) else {
            outcome = .commandFailed
            return emit(.error("no sheet \(slug) in this migration (sheets: \(sheets.joined(separator: ", ")))"))
        }
        let path = output ?? "\(slug).csv"
        await perform {
            if path == "-" {
                let temporary = try ScratchSpace.current.newPath("export", suffix: ".csv")
                defer { try? FileManager.default.removeItem(at: temporary) }
                _ = try await client.exportCSV(migration: migration.id, slug: slug, filter: filter, to: temporary)
                let text = try String(contentsOf: temporary, encoding: .utf8)
                emit(.exported(slug: slug, csv: text))
            } else {
                let file = configuration.resolvePath(path)
                let result = try await client.exportCSV(migration: migration.id, slug: slug, filter: filter, to: file)
                let records = result.totalRecords.map { Numbers.count($0, "record") } ?? "unknown number of records"
                emit(.notice("Wrote \(path): \(records), \(Numbers.bytes(result.bytesWritten))."))
            }
        }
    }

    private func showStatus() async {
        await perform {
            if let fresh = try? await client.migration(migration.id) { migration = fresh }
            var run: SessionStatus.RunState?
            if let current = currentRun {
                let state = try await client.run(migration: migration.id, id: current.id)
                run = SessionStatus.RunState(run: current, status: state.status, message: state.message)
            }
            emit(.status(SessionStatus(migration: migration, mode: mode.rawValue, run: run)))
        }
    }

    private func showThread(include: ThreadInclude) async {
        await perform {
            var events: [ThreadEvent] = []
            var after: Int?
            while true {
                let page = try await client.thread(migration: migration.id, after: after, include: include)
                events += page.events
                guard !page.events.isEmpty, let next = page.lastSequence, next != after else { break }
                after = next
            }
            emit(.thread(events))
        }
    }

    private func cancelCurrent() async {
        guard let run = currentRun else { return emit(.notice("No run in flight.")) }
        await requestCancel(run)
        if let state = try? await client.run(migration: migration.id, id: run.id), !state.status.isInFlight {
            emit(.runStatus(run, status: state.status, message: nil))
            currentRun = nil
        }
    }

    private func connect(_ command: Connect) async {
        var config: [String: JSONValue] = [:]
        for pair in command.config {
            let parts = pair.split(separator: "=", maxSplits: 1)
            config[String(parts[0])] = .string(parts.count > 1 ? String(parts[1]) : "")
        }
        let streams = command.streams?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let known = try? await client.sources().compactMap(\.sourceKey)
        if let known, !known.isEmpty, !known.contains(command.sourceKey) {
            outcome = .commandFailed
            return emit(.error("no source \(command.sourceKey) (connectors: \(known.joined(separator: ", ")))"))
        }
        await perform {
            let connection = try await client.connectSource(
                migration: migration.id,
                SourceConnectionRequest(sourceKey: command.sourceKey, config: config, selectedStreams: streams))
            let state = connection.credsConfigured ? "credentials stored" : "no credentials yet; /generate --via-api asks for them"
            emit(.notice("Connected \(connection.name ?? connection.sourceKey) (\(state))."))
        }
    }

    private func listTemplates() async {
        await perform {
            emit(.templates(try await client.templates()))
        }
    }

    private func listSources() async {
        await perform {
            emit(.sources(try await client.sources()))
        }
    }

    private func save(_ name: String?, force: Bool) async {
        guard let save = configuration.save else {
            return emit(.error("this session is not being recorded, so it cannot be saved"))
        }
        await perform {
            let saved: SavedTranscript
            do {
                saved = try await save(name, force)
            } catch let conflict as SaveConflict {
                let replace = await confirm("\(conflict.path) exists. Replace it? [y/N] ", default: false, unattended: false)
                guard replace else {
                    outcome = .commandFailed
                    return emit(.error("\(conflict.path) exists; /save --force \(name ?? "NAME") replaces it"))
                }
                saved = try await save(name, true)
            }
            emit(.notice("Saved " + saved.paths.joined(separator: ", ") + "."))
            if !saved.uploads.isEmpty {
                emit(.notice("The .files folder holds copies of the uploaded data (\(saved.uploads.joined(separator: ", "))): keep it where that data may be kept."))
            }
        }
    }

    /// Reads lines until `end` and sends them as one message in the current mode.
    private func readMultiLine(end: String) async {
        var lines: [String] = []
        while true {
            switch await configuration.input.readLine(prompt: "... ") {
            case .line(let line):
                if line.trimmingCharacters(in: .whitespaces) == end {
                    emit(.input(prompt: "... ", text: end))
                    let message = lines.joined(separator: "\n")
                    guard !message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                        return emit(.notice("Empty message; nothing sent."))
                    }
                    return await turn(mode == .ask ? .clarify : .update, message: message)
                }
                emit(.input(prompt: "... ", text: line))
                lines.append(line)
            case .interrupted:
                emit(.interrupt(prompt: "... "))
                return emit(.notice("Message discarded."))
            case .endOfInput:
                return emit(.error("input ended before \(end); message discarded"))
            }
        }
    }
}
