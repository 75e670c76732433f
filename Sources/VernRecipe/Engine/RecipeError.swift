/// An error of the recipe engine: a bad recipe, a bad template, unreadable input or an I/O failure.
public struct RecipeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kind of error.
    public enum Code: String, Sendable, Equatable {
        /// The recipe is invalid or does not fit the template.
        case invalidRecipe
        /// The template is invalid (for example a strict regex that does not compile).
        case invalidTemplate
        /// The recipe references a source column that is missing or ambiguous in the header.
        case sourceColumn
        /// The input is not a readable CSV (empty file, unterminated quote).
        case malformedInput
        /// Reading or writing failed.
        case io
    }

    /// The kind of error.
    public let code: Code
    /// A one-sentence explanation for the user.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
