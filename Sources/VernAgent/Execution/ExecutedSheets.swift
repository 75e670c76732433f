import Foundation
import VernRecipe
import VernAgentKit

/// The rows an execute wrote: per sheet, the valid rows as CSV (header first) in the migration's
/// work directory, which a default export streams as they are. Other filters are written on
/// demand to a one-off file.
struct ExecutedSheets {
    let migration: MigrationContext

    /// The file holding `sheet`'s valid rows as executed at `revision`.
    func file(sheet: String, revision: Int) throws(RecipeError) -> URL {
        try directory().appendingPathComponent("executed-\(Text.stableID(sheet))-r\(revision).csv")
    }

    private func directory() throws(RecipeError) -> URL {
        do {
            return try migration.workDirectory()
        } catch {
            throw RecipeError(.io, "cannot create the work directory: \(error.localizedDescription)")
        }
    }

    /// Runs `engine` over `input`, keeping the valid rows for exports, and returns the counts.
    /// Files of earlier revisions of the sheet are removed.
    func execute(_ engine: RecipeEngine, input: some ByteSource, revision: Int) throws(RecipeError) -> RecipeCounts {
        let target = try file(sheet: engine.sheet.sheet, revision: revision)
        let counts = try write(engine, input: input, filter: .valid, to: target)
        let directory = target.deletingLastPathComponent()
        let prefix = "executed-\(Text.stableID(engine.sheet.sheet))-r"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        where name.hasPrefix(prefix) && name != target.lastPathComponent {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
        return counts
    }

    /// Writes the rows `filter` selects to a new one-off file (mode 0600) and returns it.
    func writeOnce(_ engine: RecipeEngine, input: some ByteSource, filter: RowFilter) throws(RecipeError)
        -> (URL, RecipeCounts)
    {
        let target = try directory().appendingPathComponent("export-\(UUID().uuidString.lowercased()).csv")
        return (target, try write(engine, input: input, filter: filter, to: target))
    }

    /// Writes through a temporary name renamed at the end, so a reader never sees a partial file.
    private func write(_ engine: RecipeEngine, input: some ByteSource, filter: RowFilter, to target: URL)
        throws(RecipeError) -> RecipeCounts
    {
        let partial = target.path + ".partial"
        do throws(RecipeError) {
            var sink = try FileByteSink(path: partial, mode: 0o600)
            let counts = try engine.run(input: input, output: &sink, filter: filter)
            guard rename(partial, target.path) == 0 else {
                throw RecipeError(.io, "cannot rename \(partial): \(String(cString: strerror(errno)))")
            }
            return counts
        } catch {
            unlink(partial)
            throw error
        }
    }
}
