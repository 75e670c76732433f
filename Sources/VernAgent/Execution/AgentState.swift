import Foundation
import VernRecipe
import VernAgentKit

/// What the agent keeps per migration (`saveState`): the recipe history, the profiled sources,
/// and what was executed. Never holds credentials.
struct AgentState: Codable, Sendable {
    /// Where a source's bytes come from.
    struct SourceRecord: Codable, Sendable, Equatable {
        /// The source's name (the recipe's `source`).
        var name: String
        /// The uploaded file's id, for file sources.
        var fileID: String?
        /// The connector and stream, for extracted sources.
        var connector: String?
        var stream: String?
        var profile: SourceProfile
    }

    var history: RecipeHistory
    var sources: [SourceRecord]
    /// The recipe revision the last completed execute ran, if any.
    var executedRevision: Int?
    /// The counts of the last completed execute, per sheet.
    var executedCounts: [String: RecipeCounts]?
    /// The counts of the latest preview, per sheet (to say what an update changed).
    var lastCounts: [String: RecipeCounts] = [:]
    /// The edits of the last update that changed the recipe ("same for company" repeats them);
    /// nil after an undo.
    var lastEdits: [Edit]?

    var recipe: Recipe { history.current }

    func source(named name: String) -> SourceRecord? { sources.last { $0.name == name } }

    static func load(_ migration: MigrationContext) async throws -> AgentState {
        guard let data = try await migration.loadState(), let state = try? JSONDecoder().decode(AgentState.self, from: data)
        else {
            throw AgentError("There is no recipe yet; start a generate run first.")
        }
        return state
    }

    func save(_ migration: MigrationContext) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try await migration.saveState(try encoder.encode(self))
    }
}
