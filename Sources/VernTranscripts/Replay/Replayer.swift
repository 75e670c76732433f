import Foundation
import VernShell

/// How a replay's output is judged.
public enum Comparison: String, Sendable, CaseIterable {
    /// Every output line, with the transcript's tolerance (`(re)`, `[..]`, `...`).
    case exact
    /// The artifacts only: runs and the states they reached, questions by identity and the
    /// answers given, previews (rows, invalid cells, counts), execute reports and exported rows.
    case outcome
}

/// How to replay.
public struct ReplayOptions: Sendable {
    /// Send the inputs to a server instead of answering from the cassette.
    public var live: Bool
    /// With `live`: the server; `nil` for the embedded local server.
    public var apiURL: URL?
    /// With `apiURL`: the API key.
    public var apiKey: String?
    /// Rewrite the transcript's output lines (and, live, the cassette) instead of verifying it.
    public var update: Bool
    /// With `live`: values for credential forms (`--credentials-file`); else the local agent's
    /// demo credentials.
    public var credentials: [String: String]
    /// Write `NAME.actual.md` beside a failing transcript (and delete a stale one on success).
    public var writeActual: Bool
    /// The comparison; `nil` for the default: `outcome` with `apiURL`, else `exact`.
    public var compare: Comparison?
    /// With `live` and the embedded server: the local agent's variant (`reworded`, `regressed`).
    public var agentVariant: String?

    /// Creates options; the default verifies offline.
    public init(
        live: Bool = false, apiURL: URL? = nil, apiKey: String? = nil, update: Bool = false,
        credentials: [String: String] = [:], writeActual: Bool = true, compare: Comparison? = nil, agentVariant: String? = nil
    ) {
        self.live = live
        self.apiURL = apiURL
        self.apiKey = apiKey
        self.update = update
        self.credentials = credentials
        self.writeActual = writeActual
        self.compare = compare
        self.agentVariant = agentVariant
    }

    /// The comparison used.
    public var comparison: Comparison { compare ?? (apiURL != nil ? .outcome : .exact) }
}

/// The outcome of replaying one transcript.
public struct ReplayResult: Sendable {
    /// How a replay ended.
    public enum Verdict: String, Sendable {
        case passed, updated, failed
        /// The agent asked something the transcript holds no answer for.
        case inputNeeded = "input_needed"
    }

    /// The transcript.
    public var file: URL
    /// How it ended.
    public var verdict: Verdict
    /// The comparison used.
    public var comparison: Comparison
    /// For a failure, the first divergence in one line, starting with its kind: `request drift`,
    /// `artifact regression`, `new question`, `output differs` or `error`.
    public var summary: String
    /// The whole report: notes (edited inputs), the summary, and the diff.
    public var report: String
    /// The output, normalised.
    public var actual: [String]
    /// How long the replay took.
    public var duration: Duration

    /// Whether the transcript passed (or was updated).
    public var passed: Bool { verdict == .passed || verdict == .updated }
}

/// Replays transcripts: offline from the cassette, or live against a server.
public enum Replayer {
    /// The transcripts named by `paths`: files, or folders searched for `*.md` (not
    /// `*.actual.md`, not `README.md`), sorted.
    public static func transcripts(in paths: [String]) throws -> [URL] {
        var found: [URL] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw TranscriptError("\(path) does not exist")
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
                found += names.filter { $0.hasSuffix(".md") && !$0.hasSuffix(".actual.md") && $0 != "README.md" }.sorted()
                    .map { url.appendingPathComponent($0) }
            } else {
                found.append(url)
            }
        }
        return found
    }

    /// Replays one transcript.
    public static func replay(_ file: URL, options: ReplayOptions = ReplayOptions()) async -> ReplayResult {
        let started = ContinuousClock.now
        do {
            let document = try TranscriptDocument.parse(String(contentsOf: file, encoding: .utf8))
            let cassetteURL = file.deletingLastPathComponent().appendingPathComponent(document.cassette)
            let cassette = try Cassette.parse(String(contentsOf: cassetteURL, encoding: .utf8))
            let script = ReplayScript(document: document, cassette: cassette)
            let run = options.live
                ? try await ReplaySession.live(script, file: file, options: options)
                : try await ReplaySession.offline(script, file: file)
            if options.update {
                return try update(script, run: run, file: file, cassetteURL: cassetteURL, started: started, options: options)
            }
            var result = judge(script, run: run, file: file, options: options)
            result.duration = ContinuousClock.now - started
            writeActual(result, document: document, options: options)
            return result
        } catch {
            let message = "error: \(error)"
            return ReplayResult(
                file: file, verdict: .failed, comparison: options.comparison, summary: message, report: message, actual: [],
                duration: ContinuousClock.now - started)
        }
    }

    /// Compares a run with the transcript.
    static func judge(_ script: ReplayScript, run: ReplayRun, file: URL, options: ReplayOptions) -> ReplayResult {
        let comparison = options.comparison
        var notes = script.editedInputs.map { "note: input \($0.number) (line \($0.line)) was edited since it was recorded: \($0.text)" }
        func result(_ verdict: ReplayResult.Verdict, _ summary: String, _ detail: [String] = []) -> ReplayResult {
            let report = verdict == .passed ? notes : notes + [summary] + detail
            return ReplayResult(
                file: file, verdict: verdict, comparison: comparison, summary: verdict == .passed ? "" : summary,
                report: report.joined(separator: "\n"), actual: run.lines, duration: .zero)
        }
        if let question = run.unansweredQuestion {
            return result(.inputNeeded, "new question: \(question) (input needed; the transcript holds no answer for it)")
        }
        if let drift = run.requestFailures.first {
            return result(.failed, "request drift: \(drift)", Array(run.requestFailures.dropFirst()))
        }
        if let divergence = run.divergence { return result(.failed, "output differs: \(divergence)") }
        if script.document.version == 1 {
            notes.append("note: a version 1 transcript; `vern replay --update` rewrites it as version 2")
        }
        switch comparison {
        case .outcome:
            let expected = Outcome(script.cassette.exchanges)
            let actual = run.exchanges.map(Outcome.init) ?? expected
            if let new = actual.questionIDs.subtracting(expected.questionIDs).sorted().first {
                return result(.inputNeeded, "new question: \(new) (input needed; the transcript holds no answer for it)")
            }
            if let difference = OutcomeComparison.difference(expected: expected, actual: actual) {
                return result(.failed, "artifact regression: \(difference)")
            }
            return result(.passed, "")
        case .exact:
            var expected = script.document.lines
            var numbers = expected.indices.map { script.document.bodyLine + $0 }
            var actual = run.lines
            if run.live {
                let kept = expected.indices.filter { !timingDependent(expected[$0]) }
                expected = kept.map { expected[$0] }
                numbers = kept.map { numbers[$0] }
                actual = actual.filter { !timingDependent($0) }
            }
            if LineMatcher.matches(expected, actual) { return result(.passed, "") }
            let invalid = LineMatcher.invalidPatterns(expected).map { "note: not a valid regular expression: \($0)" }
            let patternFree = expected.indices.filter { expected[$0] != "..." }
            let shownExpected = patternFree.map { expected[$0] }
            let shownNumbers = patternFree.map { numbers[$0] }
            let edits = UnifiedDiff.edits(shownExpected, actual, equal: LineMatcher.lineMatches)
            var where_ = "the end"
            for edit in edits {
                switch edit {
                case .same: continue
                case .removed(let i):
                    where_ = "line \(shownNumbers[i])"
                case .added(let j):
                    where_ = "line \(script.document.bodyLine + j) of the actual output"
                }
                if case .added(let j) = edit, j < run.labels.count {
                    where_ += ", after \(run.labels[j])"
                } else if case .removed(let i) = edit, let j = actualIndex(near: i, edits: edits), j < run.labels.count {
                    where_ += ", after \(run.labels[j])"
                }
                break
            }
            let actualFile = file.deletingPathExtension().appendingPathExtension("actual.md")
            let diff = UnifiedDiff.render(
                shownExpected, actual, oldNumbers: shownNumbers, newFirst: script.document.bodyLine,
                oldName: file.lastPathComponent + " (expected)", newName: actualFile.lastPathComponent + " (actual)",
                equal: LineMatcher.lineMatches)
            return result(.failed, "output differs at \(where_)", invalid + [diff])
        }
    }

    /// The actual line an expected line's removal sits at (for naming the input it followed).
    private static func actualIndex(near removed: Int, edits: [UnifiedDiff.Edit]) -> Int? {
        var last: Int?
        for edit in edits {
            switch edit {
            case .same(_, let j), .added(let j): last = j
            case .removed(let i): if i == removed { return last.map { $0 + 1 } ?? 0 }
            }
        }
        return last
    }

    private static func writeActual(_ result: ReplayResult, document: TranscriptDocument, options: ReplayOptions) {
        guard options.writeActual else { return }
        let actualFile = result.file.deletingPathExtension().appendingPathExtension("actual.md")
        if result.passed {
            try? FileManager.default.removeItem(at: actualFile)
        } else {
            var actualDocument = document
            actualDocument.lines = result.actual
            try? Data(actualDocument.render().utf8).write(to: actualFile)
        }
    }

    /// `--update`: the output lines from this replay, the entered lines as the person wrote them.
    static func update(
        _ script: ReplayScript, run: ReplayRun, file: URL, cassetteURL: URL, started: ContinuousClock.Instant, options: ReplayOptions
    ) throws -> ReplayResult {
        var document = script.document
        var notes: [String] = []
        if let failure = run.requestFailures.first {
            throw TranscriptError("not updated: request drift: \(failure) (replay --live --update records new exchanges)")
        }
        if let question = run.unansweredQuestion {
            throw TranscriptError("not updated: new question: \(question); answer it in the transcript first")
        }
        document.lines = document.version == 1 ? run.lines : keepingInputs(of: document.lines, in: run.lines)
        if document.version == 1 {
            document.interactive = script.interactive
            if script.inputs.contains(where: { $0.kind == .interruptDuringRun }) {
                notes.append("note: check the Ctrl-C during a run: version 1 placed it by a line count that included progress lines")
            }
        }
        let exchanges = run.exchanges ?? script.cassette.exchanges
        let cassette = Cassette(inputDigests: document.inputs.map(Cassette.digest), exchanges: exchanges)
        try Data(document.render().utf8).write(to: file)
        try Data(try cassette.render().utf8).write(to: cassetteURL)
        try? FileManager.default.removeItem(at: file.deletingPathExtension().appendingPathExtension("actual.md"))
        return ReplayResult(
            file: file, verdict: .updated, comparison: options.comparison, summary: "", report: notes.joined(separator: "\n"),
            actual: document.lines, duration: ContinuousClock.now - started)
    }

    /// `actual` with its entered lines replaced, in order, by those of `expected`: an update
    /// never rewrites what a person wrote. Entries the replay did not reach are kept at the end.
    static func keepingInputs(of expected: [String], in actual: [String]) -> [String] {
        func groups(_ lines: [String]) -> [[String]] {
            var groups: [[String]] = []
            for line in lines where TranscriptLines.isInput(line) {
                if line.hasPrefix(TranscriptLines.continuation) || line == ">>", !groups.isEmpty {
                    groups[groups.count - 1].append(line)
                } else {
                    groups.append([line])
                }
            }
            return groups
        }
        var written = groups(expected)[...]
        var out: [String] = []
        var index = 0
        while index < actual.count {
            let line = actual[index]
            guard TranscriptLines.isInput(line), !(line.hasPrefix(TranscriptLines.continuation) || line == ">>") else {
                if !TranscriptLines.isInput(line) { out.append(line) }
                index += 1
                continue
            }
            var end = index + 1
            while end < actual.count && (actual[end].hasPrefix(TranscriptLines.continuation) || actual[end] == ">>") { end += 1 }
            out += written.popFirst() ?? Array(actual[index..<end])
            index = end
        }
        for rest in written { out += rest }
        return out
    }

    /// Lines that depend on timing in a live run: retry notices.
    static func timingDependent(_ line: String) -> Bool {
        line.contains("; retrying ") && line.contains("(attempt ")
    }
}
