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
    @Test("there are at least ten")
    func atLeastTen() {
        #expect(ShippedTranscripts.names.count >= 10)
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
}
