import ArgumentParser
import Foundation
import VernTranscripts

/// `vern replay PATH...`: replays saved sessions as regression tests.
public struct ReplayCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay saved shell sessions (transcripts) and compare their output.",
        discussion: """
            By default each transcript is replayed offline from its cassette: no network, no sleeping, \
            and the output must equal the transcript. A mismatch prints a numbered diff naming the input \
            where the output diverged and writes NAME.actual.md beside the transcript. --live sends the \
            inputs to the embedded local server (exact comparison) or, with --api-url, to a real service \
            (run states reached and preview counts only). Exit code 0 only when every transcript passes.
            """)

    @Argument(help: "Transcripts (NAME.md) or folders of them.")
    var paths: [String]

    @Flag(help: "Rewrite the transcripts (and, with --live, the cassettes) from this replay.")
    var update = false

    @Flag(help: "Send the inputs to a server instead of answering from the cassette.")
    var live = false

    @Option(name: .customLong("api-url"), help: "With --live: the API base URL (default: the embedded local server).")
    var apiURL: String?

    @Option(name: .customLong("api-key-file"), help: "With --api-url: read the API key from this file (default: $VERN_API_KEY).")
    var apiKeyFile: String?

    @Option(name: .customLong("credentials-file"), help: "With --live: a JSON file of credential fields for credential forms.")
    var credentialsFile: String?

    public init() {}

    public func validate() throws {
        if apiURL != nil && !live { throw ValidationError("--api-url goes with --live") }
    }

    public func run() async throws {
        // Replay pins its environment so output is plain and stable.
        setenv("NO_COLOR", "1", 1)
        setenv("TERM", "dumb", 1)
        setenv("COLUMNS", "80", 1)
        setenv("TZ", "UTC", 1)
        let environment = ProcessInfo.processInfo.environment
        var options = ReplayOptions(live: live, update: update)
        if let apiURL {
            guard let url = URL(string: apiURL) else { throw ValidationError("\(apiURL) is not a URL") }
            options.apiURL = url
            if let file = apiKeyFile {
                options.apiKey = try String(contentsOfFile: (file as NSString).expandingTildeInPath, encoding: .utf8)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            } else {
                options.apiKey = environment["VERN_API_KEY"]
            }
        }
        options.credentials = try CredentialSource.load(file: credentialsFile, environmentVariable: nil, environment: environment)
        let files: [URL]
        do {
            files = try Replayer.transcripts(in: paths)
        } catch {
            throw ValidationError(String(describing: error))
        }
        var failed = 0
        let started = ContinuousClock.now
        for file in files {
            let result = await Replayer.replay(file, options: options)
            let name = file.path.replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: "")
            let verdict = update ? (result.passed ? "updated" : "FAILED") : (result.passed ? "ok" : "FAILED")
            print("\(verdict.padding(toLength: 7, withPad: " ", startingAt: 0)) \(name) (\(milliseconds(result.duration)) ms)")
            if !result.passed {
                failed += 1
                print(result.report.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
            }
        }
        let total = milliseconds(ContinuousClock.now - started)
        print("\(files.count - failed) passed, \(failed) failed (\(files.count) transcript\(files.count == 1 ? "" : "s"), \(total) ms)")
        if failed > 0 || files.isEmpty { throw ExitCode(1) }
    }

    private func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
