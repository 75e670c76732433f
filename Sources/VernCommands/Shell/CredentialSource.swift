import Foundation
import VernShell

/// Secrets for credential forms when no terminal can ask for them: a JSON file of field names
/// to values (`--credentials-file`), or a JSON object in an environment variable whose name is
/// given (`--credentials-env`). The values never pass through process arguments.
enum CredentialSource {
    static func load(file: String?, environmentVariable: String?, environment: [String: String]) throws -> [String: String] {
        var values: [String: String] = [:]
        if let file {
            let url = URL(fileURLWithPath: HomePath.expand(file, environment: environment))
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw ShellStartupError("cannot read the credentials file \(file)")
            }
            values.merge(try decode(data, from: "the credentials file \(file)")) { _, new in new }
        }
        if let name = environmentVariable {
            guard let text = environment[name], !text.isEmpty else {
                throw ShellStartupError("the environment variable \(name) is not set")
            }
            values.merge(try decode(Data(text.utf8), from: "$\(name)")) { _, new in new }
        }
        return values
    }

    private static func decode(_ data: Data, from origin: String) throws -> [String: String] {
        guard let values = try? JSONDecoder().decode([String: String].self, from: data) else {
            throw ShellStartupError("\(origin) must hold a JSON object of field names to string values")
        }
        return values
    }
}
