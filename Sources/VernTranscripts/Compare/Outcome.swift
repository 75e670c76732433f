import Foundation
import VernAPI

/// What a session achieved, read from its HTTP exchanges: the artifacts the outcome comparison
/// judges, never the agent's prose, ids, timing, retries or progress.
struct Outcome: Equatable {
    /// One artifact, in the order the session produced it.
    enum Fact: Equatable {
        /// A run of this kind was started.
        case runStarted(kind: String)
        /// A run reached a terminal state (or blocked).
        case runEnded(kind: String, status: String)
        /// A run asked a question, by identity (what it asks about).
        case question(id: String)
        /// An answer to a question: the chosen option's position when it names one, and its text.
        case answer(question: String, choice: Choice)
        /// A preview: per sheet, its rows and invalid cells.
        case preview(PreviewFacts)
        /// An execute report.
        case report(inserted: Int, perSheet: [String: Int], invalidRows: Int)
        /// An exported sheet's CSV rows.
        case export(slug: String, rows: [String])
    }

    /// An answer's choice: the same when both name an option at the same position, or when their
    /// texts agree (an option's label typed as free text against a reworded question).
    struct Choice: Equatable, CustomStringConvertible {
        var position: Int?
        var text: String

        static func == (a: Choice, b: Choice) -> Bool {
            if let x = a.position, let y = b.position { return x == y }
            return a.text.lowercased() == b.text.lowercased()
        }

        var description: String { position.map { "option \($0 + 1) (\(text))" } ?? text }
    }

    /// A preview's facts.
    struct PreviewFacts: Equatable {
        struct Sheet: Equatable {
            var slug: String
            var rows: [[String]]
            var invalid: [String: Int]
            var cells: Set<String>
            var rowCount: Int?
            var invalidRowCount: Int?
        }

        var sheets: [Sheet]
    }

    var facts: [Fact]

    /// Reads the facts of a cassette's exchanges.
    init(_ exchanges: [Exchange]) {
        var facts: [Fact] = []
        var kinds: [String: String] = [:]
        var lastStatus: [String: String] = [:]
        var questions: [String: [Question]] = [:]
        var asked: Set<String> = []
        var lastPreview: PreviewFacts?
        let decoder = VernJSON.decoder()
        for exchange in exchanges where (200..<300).contains(exchange.status) {
            let path = (exchange.url.removingPercentEncoding ?? exchange.url).split(separator: "?").first.map(String.init) ?? ""
            let segments = path.split(separator: "/").map(String.init)
            let body = Data(exchange.body.utf8)
            switch (exchange.method, segments.count, segments.last) {
            case ("POST", 3, "runs"):
                guard let kind = exchange.request?["kind"]?.stringValue,
                    let started = try? decoder.decode(StartRunResponse.self, from: body)
                else { continue }
                kinds[started.runID] = kind
                facts.append(.runStarted(kind: kind))
            case ("GET", 4, _) where segments[2] == "runs":
                guard let run = try? decoder.decode(Run.self, from: body) else { continue }
                let kind = kinds[run.runID] ?? run.kind?.wireValue ?? "run"
                if let asking = run.questions, run.status == .blocked {
                    questions[run.runID] = asking
                    for question in asking where !asked.contains(run.runID + question.id) {
                        asked.insert(run.runID + question.id)
                        facts.append(.question(id: question.id))
                    }
                }
                let status = run.status.wireValue
                guard status != lastStatus[run.runID], ![RunStatus.queued, .running].contains(run.status) else { continue }
                lastStatus[run.runID] = status
                facts.append(.runEnded(kind: kind, status: status))
                if let report = run.report {
                    facts.append(
                        .report(
                            inserted: report.inserted,
                            perSheet: Dictionary(report.perSheet.map { ($0.templateName, $0.rowCount) }, uniquingKeysWith: +),
                            invalidRows: report.invalidCellCount))
                }
            case ("POST", 5, "messages"):
                let runID = segments[3]
                guard let request = exchange.request, let answers = try? decoder.decode(
                    AnswerRequest.self, from: (try? VernJSON.encoder().encode(request)) ?? Data())
                else { continue }
                switch answers.answers {
                case .structured(let list):
                    for answer in list {
                        let options = questions[runID]?.first { $0.id == answer.id }?.options ?? []
                        let position = options.firstIndex { $0.label == answer.value }
                        facts.append(.answer(question: answer.id, choice: Choice(position: position, text: answer.value)))
                    }
                case .freeForm(let text):
                    facts.append(.answer(question: questions[runID]?.first?.id ?? "", choice: Choice(position: nil, text: text)))
                }
            case ("GET", 3, "preview"):
                guard let preview = try? decoder.decode(Preview.self, from: body) else { continue }
                let current = PreviewFacts(preview)
                if current != lastPreview { facts.append(.preview(current)) }
                lastPreview = current
            case ("GET", 4, let last?) where segments[2] == "exports":
                let slug = last.hasSuffix(".csv") ? String(last.dropLast(4)) : last
                facts.append(.export(slug: slug, rows: exchange.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
            default:
                continue
            }
        }
        self.facts = facts
    }

    /// The questions the session was asked, by identity.
    var questionIDs: Set<String> {
        Set(facts.compactMap { if case .question(let id) = $0 { return id } else { return nil } })
    }
}

extension Outcome.PreviewFacts {
    init(_ preview: Preview) {
        sheets = preview.sheets.map { sheet in
            Sheet(
                slug: sheet.template.slug, rows: sheet.rows,
                invalid: Dictionary(sheet.invalidCells.map { ($0.reason, 1) }, uniquingKeysWith: +),
                cells: Set(sheet.invalidCells.map { "row \($0.row) \($0.column): \($0.reason)" }),
                rowCount: sheet.rowCount, invalidRowCount: sheet.invalidRowCount)
        }
    }
}

/// Compares the outcome of a replay with the recorded one.
enum OutcomeComparison {
    /// The first artifact that differs, described in the user's terms, or `nil` when the outcomes agree.
    static func difference(expected: Outcome, actual: Outcome) -> String? {
        let e = expected.facts, a = actual.facts
        for index in 0..<max(e.count, a.count) {
            guard index < e.count else { return "an extra \(describe(a[index]))" }
            guard index < a.count else { return "missing \(describe(e[index]))" }
            if let difference = difference(e[index], a[index]) { return difference }
        }
        return nil
    }

    static func difference(_ expected: Outcome.Fact, _ actual: Outcome.Fact) -> String? {
        guard expected != actual else { return nil }
        switch (expected, actual) {
        case (.preview(let old), .preview(let new)):
            return previewDifference(old, new)
        case (.export(let slug, let old), .export(_, let new)):
            let index = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
            if old.count != new.count && index == min(old.count, new.count) {
                return "export \(slug): \(old.count - 1) rows → \(new.count - 1)"
            }
            return "export \(slug) line \(index + 1): \(quoted(old[index])) → \(quoted(new[index]))"
        default:
            return "\(describe(expected)) → \(describe(actual))"
        }
    }

    static func previewDifference(_ old: Outcome.PreviewFacts, _ new: Outcome.PreviewFacts) -> String {
        for (a, b) in zip(old.sheets, new.sheets) {
            let header = a.rows.first ?? []
            if header != b.rows.first ?? [] {
                return "preview \(a.slug) columns \(header.joined(separator: ", ")) → \((b.rows.first ?? []).joined(separator: ", "))"
            }
            for (index, (rowA, rowB)) in zip(a.rows, b.rows).enumerated().dropFirst() where rowA != rowB {
                for (column, name) in header.enumerated() {
                    let x = column < rowA.count ? rowA[column] : "", y = column < rowB.count ? rowB[column] : ""
                    if x != y { return "preview row \(index) \(name): \(quoted(x)) → \(quoted(y))" }
                }
            }
            if a.rows.count != b.rows.count { return "preview \(a.slug) sample rows \(a.rows.count - 1) → \(b.rows.count - 1)" }
            if a.rowCount != b.rowCount { return "preview \(a.slug) rows \(count(a.rowCount)) → \(count(b.rowCount))" }
            if a.invalidRowCount != b.invalidRowCount {
                return "preview \(a.slug) invalid rows \(count(a.invalidRowCount)) → \(count(b.invalidRowCount))"
            }
            for reason in Set(a.invalid.keys).union(b.invalid.keys).sorted() where a.invalid[reason] != b.invalid[reason] {
                return "invalid \(reason) \(a.invalid[reason] ?? 0) → \(b.invalid[reason] ?? 0) (in the sample)"
            }
            if let cell = a.cells.symmetricDifference(b.cells).sorted().first {
                return a.cells.contains(cell) ? "invalid cell \(cell) is gone" : "new invalid cell \(cell)"
            }
        }
        return "preview sheets \(old.sheets.map(\.slug).joined(separator: ", ")) → \(new.sheets.map(\.slug).joined(separator: ", "))"
    }

    static func describe(_ fact: Outcome.Fact) -> String {
        switch fact {
        case .runStarted(let kind): return "\(kind) run"
        case .runEnded(let kind, let status): return "\(kind) \(status)"
        case .question(let id): return "question \(id)"
        case .answer(let question, let choice): return "answer to \(question): \(choice)"
        case .preview(let preview):
            return "preview " + preview.sheets.map { "\($0.slug) \(count($0.rowCount)) rows, \(count($0.invalidRowCount)) invalid" }.joined(separator: "; ")
        case .report(let inserted, _, let invalid): return "execute report: \(inserted) inserted, \(invalid) with invalid cells"
        case .export(let slug, let rows): return "export \(slug) (\(max(rows.count - 1, 0)) lines)"
        }
    }

    private static func count(_ value: Int?) -> String { value.map(String.init) ?? "?" }
    private static func quoted(_ value: String) -> String { "\"\(value)\"" }
}
