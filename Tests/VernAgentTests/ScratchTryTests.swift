import Foundation
import Testing
@testable import VernAgent
import VernAPI

@Suite struct ScratchTryTests {
    @Test func tryThem() throws {
        guard let path = ProcessInfo.processInfo.environment["VERN_TRY"] else { return }
        var fixture = try Fixture()
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: "/work/main/transcripts/clarify-questions.files/demo-contacts.csv")))
        fixture.profile = try Profiler.profile(name: "demo-contacts.csv", bytes: bytes)
        fixture.sheet = RecipeBuilder.sheet(template: fixture.template, profile: fixture.profile, choices: RecipeBuilder.choose(template: fixture.template, profile: fixture.profile))
        let parser = fixture.parser
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let text = String(line)
            print("=== \(text)")
            let clauses = Clauses.split(text)
            for c in clauses {
                print("  clause: \(c) -> \(parser.sequence(c, depth: 0))")
                for (l, r) in Clauses.cuts(c) { print("     cut: [\(l)] [\(r)] comment=\(parser.isComment(l)) remark=\(parser.isRemark(l)) strong=\(InstructionParser.isStrongReason(l)) topic=\(InstructionParser.isTopic(l)) about=\(String(describing: parser.about(l)))") }
            }
            print("  MENTIONED: \(parser.mentioned(text))")
            print("  WHOLE: \(parser.parse(text))")
        }
    }
}

@Suite struct ScratchClarifyTests {
    @Test func tryQuestions() async throws {
        guard let path = ProcessInfo.processInfo.environment["VERN_TRYQ"] else { return }
        try await Session.with { session in
            if ProcessInfo.processInfo.environment["VERN_TRYDEMO"] != nil {
                try await session.upload(Array(try Data(contentsOf: URL(fileURLWithPath: "/work/main/transcripts/clarify-questions.files/demo-contacts.csv"))), name: "demo-contacts.csv")
                var run = try await session.start(.generate)
                if run.status == .blocked { run = try await session.answer(run, run.questions?.first?.options.first?.label ?? "") }
            } else {
                _ = try await generated(session)
            }
            for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
                print("=== \(line)\n  A: \(try await session.clarify(String(line)))")
            }
        }
    }
}
