import Foundation
import Testing
import VernTranscripts

/// The saved sessions under `transcripts/`, one test case per file.
enum ShippedTranscripts {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("transcripts")

    static let names: [String] = ((try? Replayer.transcripts(in: [folder.path])) ?? []).map(\.lastPathComponent)
}

@Suite("Shipped transcripts")
struct TranscriptSuiteTests {
    @Test("there are at least twenty")
    func atLeastTwenty() {
        #expect(ShippedTranscripts.names.count >= 20)
    }

    @Test("replays offline from its cassette", arguments: ShippedTranscripts.names)
    func offline(_ name: String) async {
        let result = await Replayer.replay(
            ShippedTranscripts.folder.appendingPathComponent(name), options: ReplayOptions(writeActual: false))
        #expect(result.passed, "\(name):\n\(result.report)")
    }

    @Test("replays live against the embedded local server", arguments: ShippedTranscripts.names)
    func live(_ name: String) async {
        let result = await Replayer.replay(
            ShippedTranscripts.folder.appendingPathComponent(name), options: ReplayOptions(live: true, writeActual: false))
        #expect(result.passed, "\(name):\n\(result.report)")
    }

    @Test("replays live against the reworded agent, judged by outcome", arguments: ShippedTranscripts.names)
    func reworded(_ name: String) async {
        let result = await Replayer.replay(
            ShippedTranscripts.folder.appendingPathComponent(name),
            options: ReplayOptions(live: true, writeActual: false, compare: .outcome, agentVariant: "reworded"))
        #expect(result.passed, "\(name):\n\(result.report)")
    }

    @Test("fails against the regressed agent with an artifact regression", arguments: ShippedTranscripts.names)
    func regressed(_ name: String) async {
        let result = await Replayer.replay(
            ShippedTranscripts.folder.appendingPathComponent(name),
            options: ReplayOptions(live: true, writeActual: false, compare: .outcome, agentVariant: "regressed"))
        #expect(result.verdict == .failed, "\(name): \(result.verdict)")
        #expect(result.summary.hasPrefix("artifact regression: "), "\(name): \(result.summary)")
    }
}

@Suite("The two comparisons differ")
struct ComparisonTests {
    @Test("the exact comparison fails against the reworded agent, the outcome one passes")
    func exactFailsOnRewording() async {
        let file = ShippedTranscripts.folder.appendingPathComponent("generate-update-preview-execute-export.md")
        let exact = await Replayer.replay(file, options: ReplayOptions(live: true, writeActual: false, agentVariant: "reworded"))
        #expect(exact.verdict == .failed && exact.summary.hasPrefix("output differs"), "\(exact.summary)")
        let outcome = await Replayer.replay(
            file, options: ReplayOptions(live: true, writeActual: false, compare: .outcome, agentVariant: "reworded"))
        #expect(outcome.passed, "\(outcome.report)")
    }
}
