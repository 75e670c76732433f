import ArgumentParser
import Foundation
import VernAPI
import VernClient

// The commands that build, show, execute and export the recipe.

struct Generate: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Build the recipe from the uploaded files.")
    @Flag(name: .customLong("via-api"), help: "Extract from the source connection instead of files.")
    var viaAPI = false
    @Flag(name: .shortAndLong, help: "Do not ask to confirm replacing the recipe.") var yes = false

    /// On a migration that has a recipe already, says that a new one replaces it and asks
    /// first (a script's command is what it asks for).
    func run(in session: ShellSession) async {
        if session.hasRecipe, !yes {
            session.emit(.notice("This migration has a recipe already; /generate builds a new one from the \(viaAPI ? "source connection" : "files") and replaces it."))
            guard await session.confirm("Generate a new recipe? [y/N] ", default: false, unattended: true) else {
                return session.emit(.notice("Not generated; the recipe is unchanged."))
            }
        }
        await session.turn(.generate, extractViaAPI: viaAPI ? true : nil)
    }
}

struct PreviewCommand: SessionCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show the preview; --invalid or --dropped pages through those rows.")
    static let onlyReads = true
    @Argument(help: "Only these columns, e.g. email phone.") var columns: [String] = []
    @Flag(help: "The invalid rows of the whole sheet, with source row number and record id.") var invalid = false
    @Flag(help: "The rows dropped by row rules, with the rule that dropped each.") var dropped = false
    @Option(help: "Only this sheet (template slug).") var sheet: String?
    @Option(help: "With --invalid or --dropped: which page, from 1.") var page: Int = 1
    @Option(help: "With --invalid or --dropped: rows per page (1-1000).") var limit: Int = 20

    func validate() throws {
        if invalid && dropped { throw ValidationError("choose --invalid or --dropped, not both") }
        if page < 1 { throw ValidationError("--page counts from 1") }
        if !(1...PreviewRows.maximumLimit).contains(limit) { throw ValidationError("--limit must be from 1 to \(PreviewRows.maximumLimit)") }
        if (page != 1 || limit != 20) && !invalid && !dropped { throw ValidationError("--page and --limit go with --invalid or --dropped") }
    }

    func run(in session: ShellSession) async {
        await session.showPreview(self)
    }
}

struct Execute: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "execute", abstract: "Run the recipe over every row.")
    @Flag(name: .shortAndLong, help: "Do not ask to confirm.") var yes = false

    /// Says what it will do (rows in, invalid and dropped, per sheet) and asks first.
    func run(in session: ShellSession) async {
        if let plan = await session.executePlan() { session.emit(.notice(plan)) }
        let go = yes ? true : await session.confirm("Execute the recipe over every row? [y/N] ", default: false, unattended: true)
        guard go else {
            return session.emit(.notice("Not executed."))
        }
        await session.turn(.execute)
    }
}

struct Export: SessionCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Download a sheet as CSV.")
    @Argument(help: "Template slug.") var slug: String
    @Option(help: "valid, all or invalid.") var filter: ExportFilter = .valid
    @Option(name: .shortAndLong, help: "Output file; - for stdout.") var output: String?
    @Flag(help: "The rows the preview's row rules drop, with the source row and the rule (default file SLUG-dropped.csv).")
    var dropped = false

    func validate() throws {
        if dropped && filter != .valid { throw ValidationError("--dropped writes the dropped rows; it takes no --filter") }
    }

    func run(in session: ShellSession) async {
        if dropped {
            await session.exportDropped(slug, to: output)
        } else if await mayGoOn(session) {
            await export(session)
        }
    }

    /// When the recipe changed since the last execute, the export would hold the old
    /// execution's rows; says so and offers to execute first. Returns whether to export.
    private func mayGoOn(_ session: ShellSession) async -> Bool {
        guard session.recipeChangedSinceExecute == true else { return true }
        session.emit(.notice("The recipe changed since the last /execute, so the export holds the rows of that execution."))
        guard await session.confirm("Execute the new recipe first? [Y/n] ", default: true, unattended: false) else { return true }
        await session.turn(.execute)
        return session.outcome == .success
    }

    private func export(_ session: ShellSession) async {
        let sheets = session.migration.templates.map(\.slug)
        guard sheets.isEmpty || sheets.contains(slug) else {
            session.outcome = .commandFailed
            return session.emit(.error("no sheet \(slug) in this migration (sheets: \(sheets.joined(separator: ", ")))"))
        }
        let path = output ?? "\(slug).csv"
        let client = session.client
        let migration = session.migration.id
        await session.perform {
            if path == "-" {
                let temporary = try ScratchSpace.current.newPath("export", suffix: ".csv")
                defer { try? FileManager.default.removeItem(at: temporary) }
                _ = try await client.exportCSV(migration: migration, slug: slug, filter: filter, to: temporary)
                let text = try String(contentsOf: temporary, encoding: .utf8)
                session.emit(.exported(slug: slug, csv: text))
            } else {
                let file = session.configuration.resolvePath(path)
                let result = try await client.exportCSV(migration: migration, slug: slug, filter: filter, to: file)
                let records = result.totalRecords.map { Numbers.count($0, "record") } ?? "unknown number of records"
                session.emit(.notice("Wrote \(path): \(records), \(Numbers.bytes(result.bytesWritten))."))
            }
        }
    }
}

extension ExportFilter: ExpressibleByArgument {}
