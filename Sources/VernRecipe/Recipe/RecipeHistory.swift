/// The revisions of a recipe. History is append-only: every change, undo or revert adds a new
/// revision, and no revision is ever removed, so "undo the last change" can itself be undone.
public struct RecipeHistory: Codable, Sendable, Equatable {
    /// One stored revision.
    public struct Revision: Codable, Sendable, Equatable {
        /// Revision number (1, 2, …), equal to `recipe.revision`.
        public var number: Int
        /// The recipe at this revision.
        public var recipe: Recipe
        /// The revision this one logically follows; `undo` goes back to it. Nil for the first.
        public var parent: Int?
        /// A short description of the change ("map Phone to phone", "undo", "revert to 3").
        public var note: String?

        enum CodingKeys: String, CodingKey {
            case number, recipe, parent, note
        }
    }

    /// Errors of history operations.
    public enum HistoryError: Error, Equatable, Sendable, CustomStringConvertible {
        /// There is no earlier revision to go back to.
        case nothingToUndo
        /// No such revision.
        case unknownRevision(Int)

        /// A one-line description.
        public var description: String {
            switch self {
            case .nothingToUndo: "nothing to undo: this is the first revision"
            case .unknownRevision(let n): "no recipe revision \(n)"
            }
        }
    }

    /// All revisions, oldest first.
    public private(set) var revisions: [Revision]

    enum CodingKeys: String, CodingKey {
        case revisions
    }

    /// Starts a history at `initial`, which becomes revision 1.
    public init(_ initial: Recipe, note: String? = nil) {
        var recipe = initial
        recipe.revision = 1
        revisions = [Revision(number: 1, recipe: recipe, parent: nil, note: note)]
    }

    /// The current (latest) revision's recipe.
    public var current: Recipe { revisions[revisions.count - 1].recipe }

    /// The current revision number.
    public var currentRevision: Int { revisions[revisions.count - 1].number }

    /// The recipe at revision `number`, if it exists.
    public func recipe(at number: Int) -> Recipe? {
        revisions.first { $0.number == number }?.recipe
    }

    /// Records `recipe` as a new revision following the current one and returns it (with its new revision number).
    @discardableResult
    public mutating func commit(_ recipe: Recipe, note: String? = nil) -> Recipe {
        append(recipe, parent: currentRevision, note: note)
    }

    /// Applies `change` to a copy of the current recipe and records the result as a new revision.
    @discardableResult
    public mutating func change(note: String? = nil, _ change: (inout Recipe) throws -> Void) rethrows -> Recipe {
        var recipe = current
        try change(&recipe)
        return commit(recipe, note: note)
    }

    /// Undoes the last change: adds a new revision equal to the current revision's parent.
    /// Repeated undos walk further back.
    @discardableResult
    public mutating func undo() throws(HistoryError) -> Recipe {
        guard let parent = revisions[revisions.count - 1].parent else { throw .nothingToUndo }
        return try revert(to: parent, note: "undo")
    }

    /// Goes back to revision `number`: adds a new revision with that revision's content.
    @discardableResult
    public mutating func revert(to number: Int, note: String? = nil) throws(HistoryError) -> Recipe {
        guard let target = revisions.first(where: { $0.number == number }) else { throw .unknownRevision(number) }
        return append(target.recipe, parent: target.parent, note: note ?? "revert to \(number)")
    }

    private mutating func append(_ recipe: Recipe, parent: Int?, note: String?) -> Recipe {
        var recipe = recipe
        let number = currentRevision + 1
        recipe.revision = number
        revisions.append(Revision(number: number, recipe: recipe, parent: parent, note: note))
        return recipe
    }
}
