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

    @Test func jsonEndsInputExactlyOnce() throws {
        let directory = try TemporaryDirectory()
        let result = try Self.run("/answer 1\n/status\n", ["--json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(line)")
        }
        #expect(lines.filter { $0.contains(#""event":"end_of_input""#) }.count == 1)
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
