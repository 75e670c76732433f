import Foundation
import VernShell

/// Answers for a script's questions (`--answers FILE`): a JSON object of question ids to
/// answers, each an option's number or label, or free text where the question allows it.
enum ScriptAnswers {
    static func load(file: String, environment: [String: String]) throws -> [String: String] {
        let path = HomePath.expand(file, environment: environment)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ShellStartupError("cannot read the answers file \(file)")
        }
        if let values = try? JSONDecoder().decode([String: String].self, from: data) { return values }
        if let numbers = try? JSONDecoder().decode([String: Int].self, from: data) { return numbers.mapValues(String.init) }
        throw ShellStartupError("the answers file \(file) must hold a JSON object of question ids to answers, e.g. {\"picklist_lead_source\": \"1\"}")
    }
}
