import Foundation
import Logging
import Testing
import VernAPI
import VernAgentKit
@testable import VernAgent
import VernRecipe
import VernAPI

/// One case of the utterance corpus (`Corpus/utterances.jsonl`; format in `Corpus/README.md`).
struct CorpusCase: Decodable, Sendable {
    struct Cell: Decodable, Sendable {
        var row: Int
        var column: String
        var value: String?
    }

    struct Validity: Decodable, Sendable {
        var row: Int
        var column: String
        var valid: Bool
    }

    struct Expectation: Decodable, Sendable {
        var outcome: String
        var cells: [Cell]?
        var valid: [Validity]?
        var keptRows: [Int]?
        var droppedRows: [Int]?
        var rowCount: Int?
        var answerMentions: [String]?

        enum CodingKeys: String, CodingKey {
            case outcome, cells, valid
            case keptRows = "kept_rows"
            case droppedRows = "dropped_rows"
            case rowCount = "row_count"
            case answerMentions = "answer_mentions"
        }
    }

    var id: String
    var kind: String
    var operation: String
    var style: String?
    var setup: [String]?
    var text: String
    var expect: Expectation
}

/// How a case was judged.
enum Verdict: String, Sendable {
    case understood
    case refused
    case silentlyWrong = "silently wrong"
}

/// Runs the corpus in process against the local agent on the demo file and judges each case by
/// its oracle on the recipe engine's output for the whole file.
struct CorpusRunner {
    /// What one run ended with.
    enum Ending {
        case preview
        case answer(String)
        case blocked(String)
        case failed(String)
    }

    let bytes: Data
    let template = BuiltInTemplates.contacts
    /// The agent state after the baseline `generate` (questions answered with their first option).
    let baseline: Data

    init(bytes: Data) async throws {
        self.bytes = bytes
        let store = MemoryStore(fileName: "demo-contacts.csv", bytes: bytes)
        let migration = Self.migration(store, template: template)
        let run = RunContext(
            runID: "generate", kind: .generate, message: nil, extractViaAPI: false, migration: migration,
            channel: MemoryChannel(answersQuestions: true))
        _ = try await LocalAgent().run(run)
        baseline = try #require(store.savedState)
    }

    static func migration(_ store: MemoryStore, template: VernAPI.Template) -> MigrationContext {
        MigrationContext(
            migrationID: "corpus", name: "Corpus", source: nil, templates: [template], logger: Logger(label: "corpus"), store: store)
    }

    /// Sends one message as an update or clarify run.
    func send(_ kind: RunKind, _ text: String, store: MemoryStore) async -> (Ending, [String]) {
        let channel = MemoryChannel(answersQuestions: false)
        let run = RunContext(
            runID: "run", kind: kind, message: text, extractViaAPI: false, migration: Self.migration(store, template: template),
            channel: channel)
        do {
            switch try await LocalAgent().run(run) {
            case .answer(let answer): return (.answer(answer), channel.messages)
            default: return (.preview, channel.messages)
            }
        } catch let blocked as MemoryChannel.Blocked {
            return (.blocked(blocked.questions.map { q in q.question + " " + q.options.map(\.label).joined(separator: " / ") }.joined(separator: " ")), channel.messages)
        } catch {
            return (.failed("\(error)"), channel.messages)
        }
    }

    func recipe(_ state: Data?) throws -> Recipe {
        let decoded = try JSONDecoder().decode(AgentState.self, from: try #require(state))
        return decoded.recipe
    }

    /// The whole file through the recipe: each output row by source row number, with its invalid columns.
    func output(_ recipe: Recipe) throws -> [Int: (values: [String: String], invalid: Set<String>)] {
        let sheet = try #require(recipe.sheets.first)
        let engine = try RecipeEngine(recipe: recipe, template: TargetTemplate(template).api, sheet: sheet.sheet)
        let preview = try engine.preview(input: MemoryByteSource(Array(bytes)), limit: Int.max, scanWholeFile: true)
        var rows: [Int: (values: [String: String], invalid: Set<String>)] = [:]
        for (index, number) in preview.rowNumbers.enumerated() {
            let values = Dictionary(uniqueKeysWithValues: zip(preview.columns, preview.rows[index]))
            rows[number] = (values, [])
        }
        for cell in preview.invalidCells { rows[cell.row]?.invalid.insert(cell.column) }
        return rows
    }

    /// The checks of a case that fail on the output of `recipe` (and on `answer`, for questions).
    func failedChecks(_ expect: CorpusCase.Expectation, recipe: Recipe, answer: String?) throws -> [String] {
        let rows = try output(recipe)
        var failures: [String] = []
        for cell in expect.cells ?? [] {
            guard let row = rows[cell.row] else {
                failures.append("row \(cell.row) is not in the output (expected \(cell.column) = \(cell.value ?? "empty"))")
                continue
            }
            let actual = row.values[cell.column].flatMap { $0.isEmpty ? nil : $0 }
            let expected = cell.value.flatMap { $0.isEmpty ? nil : $0 }
            if actual != expected { failures.append("row \(cell.row) \(cell.column) = \(actual ?? "empty"), expected \(expected ?? "empty")") }
        }
        for check in expect.valid ?? [] {
            guard let row = rows[check.row] else {
                failures.append("row \(check.row) is not in the output (expected \(check.column) \(check.valid ? "valid" : "invalid"))")
                continue
            }
            if row.invalid.contains(check.column) == check.valid {
                failures.append("row \(check.row) \(check.column) is \(check.valid ? "invalid" : "valid"), expected \(check.valid ? "valid" : "invalid")")
            }
        }
        for row in expect.keptRows ?? [] where rows[row] == nil { failures.append("row \(row) was dropped, expected kept") }
        for row in expect.droppedRows ?? [] where rows[row] != nil { failures.append("row \(row) was kept, expected dropped") }
        if let count = expect.rowCount, count != rows.count { failures.append("\(rows.count) output rows, expected \(count)") }
        for mention in expect.answerMentions ?? [] where !(answer ?? "").localizedCaseInsensitiveContains(mention) {
            failures.append("the answer does not mention \(mention)")
        }
        return failures
    }

    /// Runs one case from the baseline and judges it.
    func judge(_ test: CorpusCase) async throws -> (Verdict, String) {
        let store = MemoryStore(fileName: "demo-contacts.csv", bytes: bytes, state: baseline)
        for line in test.setup ?? [] {
            let (ending, messages) = await send(.update, line, store: store)
            // A setup step only has to complete: on some baselines it already holds.
            guard case .preview = ending else {
                return (.refused, "setup \"\(line)\" did not apply: \(ending) \(messages.joined(separator: " | "))")
            }
        }
        let before = try recipe(store.savedState)
        let (ending, messages) = await send(test.kind == "clarify" ? .clarify : .update, test.text, store: store)
        let after = try recipe(store.savedState)
        let changed = stripRevision(after) != stripRevision(before)
        let said = messages.joined(separator: " | ")
        let expected = test.expect.outcome
        switch ending {
        case .blocked(let question):
            if changed { return (.silentlyWrong, "blocked but the recipe changed") }
            return expected == "ask" ? (.understood, "asked: \(question)") : (.refused, "asked: \(question)")
        case .failed(let error):
            if changed { return (.silentlyWrong, "failed but the recipe changed") }
            return (.refused, "failed: \(error)")
        case .answer(let answer):
            if changed { return (.silentlyWrong, "a question changed the recipe") }
            if expected != "no_change" { return (.refused, "answered instead: \(answer)") }
            if answer.hasPrefix("I can't answer") { return (.refused, answer) }
            let failures = try failedChecks(test.expect, recipe: after, answer: answer)
            return failures.isEmpty ? (.understood, answer) : (.silentlyWrong, failures.joined(separator: "; ") + " — answer: \(answer)")
        case .preview:
            let answer = messages.last
            switch expected {
            case "change":
                guard changed else { return (.refused, "no change: \(said)") }
                let failures = try failedChecks(test.expect, recipe: after, answer: answer)
                return failures.isEmpty ? (.understood, said) : (.silentlyWrong, failures.joined(separator: "; ") + " — said: \(said)")
            case "no_change":
                if changed { return (.silentlyWrong, "changed the recipe: \(said)") }
                let failures = try failedChecks(test.expect, recipe: after, answer: answer)
                return failures.isEmpty ? (.understood, said) : (.silentlyWrong, failures.joined(separator: "; ") + " — said: \(said)")
            default:
                return changed ? (.silentlyWrong, "changed the recipe instead of asking: \(said)") : (.refused, "did not ask: \(said)")
            }
        }
    }

    private func stripRevision(_ recipe: Recipe) -> Recipe {
        var copy = recipe
        copy.revision = 0
        return copy
    }

    /// The parse time of each message against the baseline recipe, in microseconds (best of `rounds`).
    func parseTimes(_ texts: [String], rounds: Int = 5) throws -> [Double] {
        let state = try JSONDecoder().decode(AgentState.self, from: baseline)
        let sheet = try #require(state.recipe.sheets.first)
        let profile = try #require(state.source(named: sheet.source)?.profile)
        let template = TargetTemplate(template)
        let parser = InstructionParser(
            scope: ColumnScope(template: template, profile: profile, sheet: sheet), sheet: sheet)
        let clock = ContinuousClock()
        return texts.map { text in
            var best = Duration.seconds(1000)
            for _ in 0..<rounds {
                // (Each round from scratch: only the reuse within one message is measured.)
                Clauses.forgetCleaned()
                let elapsed = clock.measure { _ = parser.parse(text) }
                best = min(best, elapsed)
            }
            return Double(best.components.attoseconds) / 1e12 + Double(best.components.seconds) * 1e6
        }
    }
}

/// The corpus file: `VERN_AGENT_CORPUS` when set (a held-out corpus), else the one kept in the tests.
func corpusFile(_ file: String = #filePath) -> URL {
    if let path = ProcessInfo.processInfo.environment["VERN_AGENT_CORPUS"], !path.isEmpty { return URL(fileURLWithPath: path) }
    return URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Corpus/utterances.jsonl")
}

@Suite struct CorpusTests {
    @Test func understoodWithoutSilentlyWrongCases() async throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
        let bytes = try Data(contentsOf: folder.appendingPathComponent("demo-contacts.csv"))
        let lines = try String(contentsOf: corpusFile(), encoding: .utf8).split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let cases = try lines.map { try JSONDecoder().decode(CorpusCase.self, from: Data($0.utf8)) }
        #expect(!cases.isEmpty)
        let runner = try await CorpusRunner(bytes: bytes)

        // (Every text a pattern's required words turn away is matched anyway and checked while judging.)
        Pattern.startAudit()
        var verdicts: [(CorpusCase, Verdict, String)] = []
        for test in cases {
            let (verdict, detail) = try await runner.judge(test)
            verdicts.append((test, verdict, detail))
        }
        let misses = Pattern.finishAudit()
        #expect(misses.isEmpty, "required words turned away a text the pattern matches: \(misses.prefix(5))")
        let times = try runner.parseTimes(cases.filter { $0.kind == "update" }.map(\.text))
        print(CorpusReport(verdicts: verdicts.map { ($0.0, $0.1) }, parseMicroseconds: times).text)
        for (test, verdict, detail) in verdicts where verdict != .understood {
            print("\(verdict.rawValue.uppercased()) \(test.id) [\(test.operation)] \(test.kind): \(test.text)\n    \(detail)")
        }

        let understood = verdicts.filter { $0.1 == .understood }.count
        for (test, verdict, detail) in verdicts where verdict == .silentlyWrong {
            Issue.record("silently wrong: \(test.id) \"\(test.text)\": \(detail)")
        }
        // The goal is 95 % understood (issue 15); this is a ratchet just below the measured figure
        // (see BENCHMARKS.md, "Local agent: understanding"): raise it as understanding improves.
        #expect(Double(understood) >= 0.97 * Double(cases.count), "understood \(understood) of \(cases.count)")
    }
}

/// `understood / refused / silently wrong`, per operation, and the parse time per message.
struct CorpusReport {
    let verdicts: [(CorpusCase, Verdict)]
    let parseMicroseconds: [Double]

    var text: String {
        func line(_ label: String, _ items: [Verdict]) -> String {
            let total = items.count
            let counts = [Verdict.understood, .refused, .silentlyWrong].map { verdict in items.filter { $0 == verdict }.count }
            let percent = total == 0 ? 0 : Double(counts[0]) * 100 / Double(total)
            return label.padding(toLength: 28, withPad: " ", startingAt: 0)
                + "\(counts[0]) / \(counts[1]) / \(counts[2])  of \(total)  (\(String(format: "%.1f", percent)) % understood)"
        }
        var lines = ["understood / refused / silently wrong", line("all", verdicts.map(\.1))]
        let operations = Array(Set(verdicts.map(\.0.operation))).sorted()
        for operation in operations {
            lines.append("  " + line(operation, verdicts.filter { $0.0.operation == operation }.map(\.1)))
        }
        let sorted = parseMicroseconds.sorted()
        if !sorted.isEmpty {
            let mean = sorted.reduce(0, +) / Double(sorted.count)
            let p95 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
            lines.append(
                "parse time per message (\(sorted.count) update messages, best of 5): mean \(String(format: "%.3f", mean / 1000)) ms, "
                    + "p95 \(String(format: "%.3f", p95 / 1000)) ms, max \(String(format: "%.3f", sorted.last! / 1000)) ms")
        }
        return lines.joined(separator: "\n")
    }
}
