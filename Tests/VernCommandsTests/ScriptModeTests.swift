import Foundation
import Testing
import VernTestSupport

/// `vern` with a script on stdin: a question never takes a script line that is not `/answer`,
/// the first failure stops the script, and `--json` is one event per line.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct ScriptModeTests {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `vern --memory arguments` with `script` on stdin in `directory`.
    static func run(_ script: String, _ arguments: [String] = [], in directory: TemporaryDirectory) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY"))
        process.arguments = ["--memory"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
        process.environment = [
            "HOME": directory.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "TERM": "dumb",
            "XDG_STATE_HOME": directory.path + "/state", "XDG_CONFIG_HOME": directory.path + "/config",
        ]
        let input = Pipe()
        let output = Pipe()
        let errorsPath = directory.path + "/stderr.txt"
        _ = FileManager.default.createFile(atPath: errorsPath, contents: nil)
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorsPath))
        defer { try? errors.close() }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? "")
    }

    @Test func aQuestionDoesNotSwallowTheNextScriptLine() throws {
        let directory = try TemporaryDirectory()
        let result = try Self.run("/execute --yes\n/export contacts -o out.csv\n", in: directory)
        #expect(result.status == 5)
        #expect(result.stderr.contains("input needed: the run asks picklist_lead_source"))
        #expect(!result.stdout.contains("executed:"))
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/out.csv"))
    }

    @Test func anExplicitAnswerLineAnswers() throws {
        let directory = try TemporaryDirectory()
        let result = try Self.run("/answer 1\n/execute --yes\n/export contacts -o out.csv\n", in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("executed:"))
        #expect(FileManager.default.fileExists(atPath: directory.path + "/out.csv"))
    }

    @Test func answersFileAnswersByQuestionID() throws {
        let directory = try TemporaryDirectory()
        try Data(#"{"picklist_lead_source": "1"}"#.utf8).write(to: URL(fileURLWithPath: directory.path + "/answers.json"))
        let result = try Self.run("/status\n", ["--answers", "~/answers.json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("(answer from --answers for picklist_lead_source)"))
        #expect(result.stdout.contains("awaiting_approval"))
    }

    @Test func theFirstFailureStopsTheScript() throws {
        let directory = try TemporaryDirectory()
        let stopped = try Self.run("/answer 1\n/frobnicate\n/files\n", in: directory)
        #expect(stopped.status == 3)
        #expect(stopped.stderr.contains("Stopped at the first failure (exit 3)"))
        #expect(!stopped.stdout.contains("demo-contacts.csv  "))
        let going = try Self.run("/answer 1\n/frobnicate\n/files\n", ["--keep-going"], in: directory)
        #expect(going.status == 3, "the first failure's code")
        #expect(going.stdout.contains("demo-contacts.csv  "))
    }

    @Test func jsonIsTheDocumentedEventStream() throws {
        let directory = try TemporaryDirectory()
        let script = "/answer 1\n/status\n/preview --invalid\n/templates\n/thread\n/execute --yes\n/migrations\n/frobnicate\n"
        let result = try Self.run(script, ["--json", "--keep-going"], in: directory)
        #expect(result.status == 3, "\(result.stderr)")
        let lines = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], "\($0)")
        }
        #expect(lines.first?["event"] as? String == "vern_events" && lines.first?["version"] as? Int == 1)
        let definitions = try #require(
            (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: EventSchema.path))) as? [String: Any])?["$defs"]
                as? [String: Any])
        for line in lines {
            let event = try #require(line["event"] as? String)
            #expect(definitions["event_" + event] != nil, "\(event) is not documented")
            #expect(Self.keysNotInSnakeCase(line).isEmpty, "\(event): \(Self.keysNotInSnakeCase(line))")
        }
        let events = lines.compactMap { $0["event"] as? String }
        #expect(events.filter { $0 == "end_of_input" }.count == 1)
        for expected in ["question", "status", "preview_rows", "templates", "thread", "report", "migrations", "error"] {
            #expect(events.contains(expected), "no \(expected) event")
        }
        let listing = try #require(lines.first { $0["event"] as? String == "preview_rows" })
        let rows = try #require((listing["page"] as? [String: Any])?["rows"] as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { ($0["invalid_cells"] as? [[String: Any]])?.isEmpty == false && $0["row"] is Int })
    }

    @Test(.enabled(if: EventSchema.pythonValidatorAvailable, "needs python3 with jsonschema (Scripts/bootstrap.sh installs it)"))
    func everyLineOfAJSONSessionValidatesAgainstTheSchema() throws {
        let directory = try TemporaryDirectory()
        let script = "/answer 1\n/status\n/preview\n/files\n/sources\n/thread --include all\n/help export\n/values\n/execute --yes\n/export contacts -o -\n/history\n"
        let result = try Self.run(script, ["--json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count > 20)
        let failures = try EventSchema.validateWithPython(lines: lines)
        #expect(failures.isEmpty, "\(failures)")
    }

    /// Field names that are not snake_case; the names a connector or person chose (credential
    /// fields, source config) are not field names.
    static func keysNotInSnakeCase(_ value: Any) -> [String] {
        if let array = value as? [Any] { return array.flatMap(keysNotInSnakeCase) }
        guard let object = value as? [String: Any] else { return [] }
        return object.flatMap { key, member -> [String] in
            let own = key.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) == nil ? [key] : []
            if ["schema", "config", "stream_state", "credentials"].contains(key), let named = member as? [String: Any] {
                return own + named.values.flatMap(keysNotInSnakeCase)
            }
            return own + keysNotInSnakeCase(member)
        }
    }

    @Test func tildeInAnOutputPathIsHome() throws {
        let directory = try TemporaryDirectory()
        let result = try Self.run("/answer 1\n/execute --yes\n/export contacts -o ~/home.csv\n", in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.path + "/home.csv"))
    }

    @Test func aMissingFileIsALocalErrorNamingIt() throws {
        let directory = try TemporaryDirectory()
        let result = try Self.run("/answer 1\n/upload nowhere.csv\n", in: directory)
        #expect(result.status == 3)
        #expect(result.stderr.contains("nowhere.csv: no such file"))
        #expect(!result.stderr.contains("Cannot reach the server"))
    }
}
