import ArgumentParser
import Foundation
import VernServer
import VernTranscripts

/// `vern replay PATH...`: replays saved sessions as regression tests.
public struct ReplayCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay saved shell sessions (transcripts) and compare their output.",
        discussion: """
            Each transcript's entered lines (the "> " lines) are sent to the shell again. Offline (the default) \
            the responses come from its cassette: no network, no sleeping. --live sends them to the embedded \
            local server or, with --api-url, to a real service. --compare exact checks every output line \
            (the default offline and against the embedded server); --compare outcome checks the artifacts \
            only: runs and their states, questions and answers, previews, execute reports, exports (the \
            default with --api-url). A failure's first line says its kind: request drift, artifact \
            regression, new question or output differs. --review shows each failure and asks whether \
            to accept the replay (the .md and the cassette are rewritten together) or skip it.

            Exit codes: 0 every transcript passed; 1 a transcript failed; 5 input needed (the agent asked \
            something a transcript holds no answer for); 64 bad usage or no transcripts found.
            """)

    @Argument(help: "Transcripts (NAME.md) or folders of them.")
    var paths: [String]

    @Flag(help: "Rewrite the transcripts' output lines (and, with --live, the cassettes) from this replay; entered lines are kept.")
    var update = false

    @Flag(help: "Send the inputs to a server instead of answering from the cassette.")
    var live = false

    @Flag(help: "Show each failing transcript's diff and ask whether to accept the replay (rewrites the .md and the cassette) or skip it.")
    var review = false

    @Option(help: "How to compare: exact (every line) or outcome (the artifacts).")
    var compare: String?

    @Option(name: .customLong("agent-variant"), help: "With --live on the embedded server: the local agent's variant (reworded, regressed).")
    var agentVariant: String?

    @Option(name: .customLong("api-url"), help: "With --live: the API base URL (default: the embedded local server).")
    var apiURL: String?

    @Option(name: .customLong("api-key-file"), help: "With --api-url: read the API key from this file (default: $VERN_API_KEY).")
    var apiKeyFile: String?

    @Option(name: .customLong("credentials-file"), help: "With --live: a JSON file of credential fields for credential forms.")
    var credentialsFile: String?

    @Option(help: "Write a JUnit XML report to this file (one test case per transcript).")
    var junit: String?

    @Flag(help: "Print one JSON result object per transcript instead of text.")
    var json = false

    @Option(help: "Replay this many transcripts at once.")
    var jobs = 1

    public init() {}

    public func validate() throws {
        if apiURL != nil && !live { throw ValidationError("--api-url goes with --live") }
        if agentVariant != nil && (!live || apiURL != nil) { throw ValidationError("--agent-variant goes with --live on the embedded server") }
        if let agentVariant, AgentVariant(rawValue: agentVariant) == nil {
            throw ValidationError("unknown --agent-variant \(agentVariant) (variants: \(AgentVariant.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if let compare, Comparison(rawValue: compare) == nil { throw ValidationError("--compare is exact or outcome, not \(compare)") }
        if jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if review && (update || json) { throw ValidationError("--review goes without --update and --json") }
        if review && isatty(STDIN_FILENO) == 0 { throw ValidationError("--review asks on a terminal; stdin is not one") }
    }

    public func run() async throws {
        // Replay pins its environment so output is plain and stable.
        setenv("NO_COLOR", "1", 1)
        setenv("TERM", "dumb", 1)
        setenv("COLUMNS", "80", 1)
        setenv("TZ", "UTC", 1)
        let environment = ProcessInfo.processInfo.environment
        var options = ReplayOptions(live: live, update: update, compare: compare.flatMap(Comparison.init(rawValue:)), agentVariant: agentVariant)
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
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data("error: no transcripts found in \(paths.joined(separator: " "))\n".utf8))
            throw ExitCode(64)
        }
        let started = ContinuousClock.now
        let report = ReplayReport(json: json, update: update)
        var results = await Self.replayAll(files, options: options, jobs: jobs) { report.print($0) }
        if review { results = await Self.review(results, options: options) }
        let total = ContinuousClock.now - started
        report.printSummary(results, duration: total)
        if let junit {
            try Data(JUnitReport.xml(results, duration: total).utf8).write(to: URL(fileURLWithPath: junit))
        }
        if results.contains(where: { $0.verdict == .failed }) { throw ExitCode(1) }
        if results.contains(where: { $0.verdict == .inputNeeded }) { throw ExitCode(5) }
    }

    /// Asks, for each failing transcript, whether to accept the replay; an accepted one is
    /// replayed again with `--update` (the .md and the cassette rewritten together).
    static func review(_ results: [ReplayResult], options: ReplayOptions) async -> [ReplayResult] {
        var reviewed: [ReplayResult] = []
        for result in results {
            guard result.verdict == .failed else {
                reviewed.append(result)
                continue
            }
            print("\n\(ReplayReport.name(result.file)): \(result.summary)\nAccept this replay as the transcript? [a]ccept/[s]kip: ", terminator: "")
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard answer == "a" || answer == "accept" else {
                print("skipped")
                reviewed.append(result)
                continue
            }
            var update = options
            update.update = true
            let accepted = await Replayer.replay(result.file, options: update)
            print(accepted.passed ? "accepted: \(ReplayReport.name(result.file)) and its cassette rewritten" : "not accepted: \(accepted.report)")
            reviewed.append(accepted.passed ? accepted : result)
        }
        return reviewed
    }

    /// Replays `files`, at most `jobs` at once; `done` sees each result in file order.
    static func replayAll(
        _ files: [URL], options: ReplayOptions, jobs: Int, done: @escaping @Sendable (ReplayResult) -> Void
    ) async -> [ReplayResult] {
        var results = [ReplayResult?](repeating: nil, count: files.count)
        var printed = 0
        await withTaskGroup(of: (Int, ReplayResult).self) { group in
            var next = 0
            func add() {
                guard next < files.count else { return }
                let index = next
                next += 1
                group.addTask { (index, await Replayer.replay(files[index], options: options)) }
            }
            for _ in 0..<jobs { add() }
            for await (index, result) in group {
                results[index] = result
                while printed < files.count, let ready = results[printed] {
                    done(ready)
                    printed += 1
                }
                add()
            }
        }
        return results.compactMap { $0 }
    }
}
