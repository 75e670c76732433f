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
        case is Help:
            emit(.help(SlashCommands.help()))
        case let ask as Ask:
            await switchOrTurn(text: ask.question, mode: .ask, kind: .clarify)
        case let update as Update:
            await switchOrTurn(text: update.instruction, mode: .update, kind: .update)
        case let generate as Generate:
            await turn(.generate, extractViaAPI: generate.viaAPI ? true : nil)
        case let upload as Upload:
            await self.upload(upload.paths)
        case is Files:
            await listFiles()
        case let preview as PreviewCommand:
            await showPreview(invalidOnly: preview.invalid, sheet: preview.sheet)
        case let execute as Execute:
            let confirmed = execute.yes ? true : await confirm("Execute the recipe over every row? [y/N] ", default: false, unattended: true)
            if confirmed {
                await turn(.execute)
            } else {
                emit(.notice("Not executed."))
            }
        case let export as Export:
            await self.export(export.slug, filter: export.filter, to: export.output)
        case is Status:
            await showStatus()
        case let thread as ThreadCommand:
            await showThread(include: thread.include)
        case is Cancel:
            await cancelCurrent()
        case let connect as Connect:
            await self.connect(connect)
        case is Disconnect:
            await perform { try await self.client.disconnectSource(migration: self.migration.id) }
            emit(.notice("Source connection removed."))
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
        case is Quit:
            if await confirmLeaving() { return .quit }
        default:
            emit(.error("\(line) is not handled"))
        }
        return .proceed
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

    private func showPreview(invalidOnly: Bool, sheet: String?) async {
        await perform {
            let preview = try await client.preview(migration: migration.id)
            let sheets = preview.sheets.filter { sheet == nil || $0.template.slug == sheet }
            if let sheet, sheets.isEmpty {
                let known = preview.sheets.map(\.template.slug).joined(separator: ", ")
                return emit(.error("no sheet \(sheet) in the preview (sheets: \(known))"))
            }
            emit(.preview(PreviewListing(sheets: sheets, invalidOnly: invalidOnly)))
        }
    }

    private func export(_ slug: String, filter: ExportFilter, to output: String?) async {
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
