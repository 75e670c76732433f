import ArgumentParser
import Foundation
import VernAPI
import VernRecipe

/// `vern recipe …`: work with mapping recipes locally, without a server.
public struct RecipeCommand: AsyncParsableCommand {
    /// Command configuration.
    public static let configuration = CommandConfiguration(
        commandName: "recipe",
        abstract: "Apply mapping recipes to CSV files locally.",
        subcommands: [Apply.self, PrintTemplate.self]
    )

    /// Creates the command.
    public init() {}

    /// `vern recipe apply RECIPE.json IN.csv -o OUT.csv [--template FILE_OR_SLUG] [--filter valid|all|invalid]`.
    public struct Apply: AsyncParsableCommand {
        /// Command configuration.
        public static let configuration = CommandConfiguration(
            commandName: "apply",
            abstract: "Apply a recipe to a CSV file and print the counts JSON.",
            discussion: """
                Writes the rows selected by --filter to OUT.csv (RFC 4180, LF line ends) and prints the \
                counts (rows_in, rows_valid, rows_invalid, invalid_cells_total, invalid_cells, \
                invalid_by_reason) as one JSON object on stdout.
                """
        )

        @Argument(help: "The recipe JSON file.")
        var recipe: String

        @Argument(help: "The input CSV file.")
        var input: String

        @Option(name: [.customShort("o"), .long], help: "The output CSV file.")
        var output: String

        @Option(
            help:
                "A template JSON file or a built-in template slug (\(builtInSlugs))."
        )
        var template: String = "contacts"

        @Option(help: "Which rows to write: valid, all or invalid.")
        var filter: String = "valid"

        @Option(help: "The recipe sheet to apply (needed when the recipe has several sheets).")
        var sheet: String?

        @Option(help: "Threads: 2 parses on a second thread (default), 1 runs on one thread.")
        var threads: Int = 2

        /// Creates the command.
        public init() {}

        /// Runs the command.
        public func run() async throws {
            guard let rowFilter = VernRecipe.RowFilter(rawValue: filter) else {
                throw ValidationError("--filter must be valid, all or invalid (got '\(filter)')")
            }
            let recipeValue: VernRecipe.Recipe
            do {
                recipeValue = try JSONDecoder().decode(
                    VernRecipe.Recipe.self, from: Data(contentsOf: URL(fileURLWithPath: recipe)))
            } catch let error as DecodingError {
                throw ValidationError("cannot read recipe \(recipe): \(Self.describe(error))")
            } catch {
                throw ValidationError("cannot read recipe \(recipe): \(error.localizedDescription)")
            }
            let templateValue = try Self.loadTemplate(template)
            guard threads == 1 || threads == 2 else { throw ValidationError("--threads must be 1 or 2") }
            var engine: VernRecipe.RecipeEngine
            do {
                engine = try VernRecipe.RecipeEngine(recipe: recipeValue, template: templateValue, sheet: sheet)
            } catch {
                throw ValidationError(error.message)
            }
            engine.usesParseThread = threads == 2
            // Input and I/O problems are runtime errors (exit code 1, no usage text).
            let counts = try engine.apply(inputPath: input, outputPath: output, filter: rowFilter)
            print(counts.json)
            // Not part of the SPEC's counts: a note on stderr, so stdout stays comparable.
            for (column, count) in counts.ambiguousDates.sorted(by: { $0.key < $1.key }) {
                let note = "note: \(count) \(column) value\(count == 1 ? " is" : "s are") ambiguous (day and month both ≤ 12): read in the recipe's order\n"
                FileHandle.standardError.write(Data(note.utf8))
            }
        }

        static func loadTemplate(_ spec: String) throws -> VernAPI.Template {
            if let builtIn = BuiltInTemplates.named(spec), !FileManager.default.fileExists(atPath: spec) {
                return builtIn
            }
            do {
                return try VernJSON.decoder().decode(
                    TemplateFile.self, from: Data(contentsOf: URL(fileURLWithPath: spec))).template
            } catch let error as DecodingError {
                throw ValidationError("cannot read template \(spec): \(describe(error))")
            } catch {
                throw ValidationError(
                    "'\(spec)' is neither a built-in template (\(builtInSlugs)) nor a readable template file")
            }
        }

        static func describe(_ error: DecodingError) -> String {
            func at(_ c: DecodingError.Context) -> String {
                let path = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
                return path.isEmpty ? "" : " at \(path)"
            }
            switch error {
            case .dataCorrupted(let c): return "\(c.debugDescription)\(at(c))"
            case .keyNotFound(let key, let c): return "missing key '\(key.stringValue)'\(at(c))"
            case .typeMismatch(_, let c), .valueNotFound(_, let c): return "\(c.debugDescription)\(at(c))"
            @unknown default: return "\(error)"
            }
        }
    }

    /// A template file for `--template`: the `GET /templates` shape, where `id` may be left out.
    struct TemplateFile: Decodable {
        let template: VernAPI.Template

        private struct Fields: Decodable {
            let id: String?
            let slug: String?
            let name: String
            let description: String?
            let columns: [VernAPI.Template.Column]
        }

        init(from decoder: any Decoder) throws {
            let f = try Fields(from: decoder)
            template = VernAPI.Template(id: f.id, slug: f.slug, name: f.name, description: f.description, columns: f.columns)
        }
    }

    /// `vern recipe template SLUG`: print a built-in template as JSON (the `GET /templates` shape).
    public struct PrintTemplate: ParsableCommand {
        /// Command configuration.
        public static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: "Print a built-in template as JSON.",
            discussion: "The shape `vern recipe apply --template FILE` and `vern serve --templates FILE` read."
        )

        @Argument(help: "The built-in template's slug (\(builtInSlugs)).")
        var slug: String

        /// Creates the command.
        public init() {}

        /// Runs the command.
        public func run() throws {
            guard let template = BuiltInTemplates.named(slug) else {
                throw ValidationError("'\(slug)' is not a built-in template (\(builtInSlugs))")
            }
            print(try Self.json(template))
        }

        /// The template as pretty-printed JSON with sorted keys, as in `examples/`.
        static func json(_ template: VernAPI.Template) throws -> String {
            let encoder = VernJSON.encoder()
            encoder.outputFormatting.insert(.prettyPrinted)
            return String(decoding: try encoder.encode(template), as: UTF8.self)
        }
    }

    /// The built-in template slugs, for help and error texts.
    static var builtInSlugs: String { BuiltInTemplates.all.compactMap(\.slug).joined(separator: ", ") }
}
