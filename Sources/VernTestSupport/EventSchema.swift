import Foundation

/// The `--json` event schema (`docs/json-events.schema.json`), and a check of lines against it
/// with python3's `jsonschema` (Draft 2020-12), which `Scripts/bootstrap.sh` installs.
public enum EventSchema {
    /// The schema file in this checkout.
    public static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/json-events.schema.json").path

    /// Whether python3 can import `jsonschema` (the reason to give when a test is skipped without it).
    public static let pythonValidatorAvailable: Bool = (try? python(["-c", "import jsonschema"], input: "")) != nil

    /// Validates each JSON line against the schema; returns one message per problem, naming its line.
    public static func validateWithPython(lines: [String]) throws -> [String] {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for number, line in enumerate(sys.stdin, 1):
                for error in validator.iter_errors(json.loads(line)):
                    print(f"line {number}: {error.message[:200]}")
            """
        let out = try python(["-c", script, path], input: lines.joined(separator: "\n") + "\n")
        return out.split(separator: "\n").map(String.init)
    }

    /// python3 ended with a failure status.
    public struct PythonFailed: Error {
        public var status: Int32
    }

    private static func python(_ arguments: [String], input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PythonFailed(status: process.terminationStatus) }
        return String(decoding: out, as: UTF8.self)
    }
}
