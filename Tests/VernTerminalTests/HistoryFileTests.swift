import Foundation
import Testing
import VernTestSupport
import VernTerminal

struct HistoryFileTests {
    @Test func appendsOneJSONLinePerEntryWithMode0600InA0700Directory() throws {
        let dir = try TemporaryDirectory()
        let file = HistoryFile(path: dir.path + "/state/vern/history")
        try file.append("first", at: Date(timeIntervalSince1970: 0))
        try file.append("two\nlines", at: Date(timeIntervalSince1970: 60))

        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(
            text == """
                {"text":"first","ts":"1970-01-01T00:00:00Z"}
                {"text":"two\\nlines","ts":"1970-01-01T00:01:00Z"}

                """)
        #expect(try permissions(file.path) == 0o600)
        #expect(try permissions(dir.path + "/state/vern") == 0o700)
        #expect(try permissions(dir.path + "/state") == 0o700)
    }

    @Test func tightensAnExistingFileTo0600() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/history"
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o644]))
        try HistoryFile(path: path).append("x")
        #expect(try permissions(path) == 0o600)
    }

    @Test(arguments: [" secret-ish", "", "   ", "\t"])
    func skipsLinesStartingWithASpaceAndBlankLines(line: String) throws {
        let dir = try TemporaryDirectory()
        let file = HistoryFile(path: dir.path + "/history")
        try file.append(line)
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(!HistoryFile.shouldRecord(line))
    }

    @Test func keepsLinesUpToTheLimitAndSkipsLongerOnes() throws {
        let dir = try TemporaryDirectory()
        let file = HistoryFile(path: dir.path + "/history")
        let longest = String(repeating: "é", count: HistoryFile.maxRecordedBytes / 2)
        try file.append(longest)
        try file.append(longest + "x")
        #expect(file.load().map(\.text) == [longest])
    }

    @Test func reloadsTheNewestEntriesOldestFirstAndSkipsDamagedLines() throws {
        let dir = try TemporaryDirectory()
        let file = HistoryFile(path: dir.path + "/history")
        for index in 1...5 { try file.append("line \(index)") }
        let handle = try #require(FileHandle(forWritingAtPath: file.path))
        try handle.seekToEnd()
        try handle.write(
            contentsOf: Data("not json\n{\"text\":\"future\",\"ts\":\"2030-01-01T00:00:00Z\",\"mode\":\"ask\"}\n".utf8))
        try handle.close()

        #expect(file.load(limit: 3).map(\.text) == ["line 4", "line 5", "future"])
        #expect(file.load().map(\.text) == ["line 1", "line 2", "line 3", "line 4", "line 5", "future"])
    }

    @Test func readsOnlyTheTailOfAHugeFile() throws {
        let dir = try TemporaryDirectory()
        let file = HistoryFile(path: dir.path + "/history")
        for index in 1...200 { try file.append("entry number \(index)") }
        let entries = file.load(limit: 1000, maxBytes: 1000)
        #expect(entries.last?.text == "entry number 200")
        #expect(entries.count < 200 && entries.count > 5)
    }

    @Test func missingFileLoadsEmpty() throws {
        let dir = try TemporaryDirectory()
        #expect(HistoryFile(path: dir.path + "/nope").load().isEmpty)
    }

    @Test func twoWritersAppendingConcurrentlyLoseNothing() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/history"
        let writers = [HistoryFile(path: path), HistoryFile(path: path)]
        let perWriter = 200
        let longTail = String(repeating: "x", count: 3000)  // entries larger than a pipe/page chunk
        DispatchQueue.concurrentPerform(iterations: writers.count * perWriter) { index in
            let writer = writers[index % writers.count]
            try? writer.append("writer \(index % writers.count) entry \(index) \(longTail)")
        }
        let entries = HistoryFile(path: path).load(limit: 10_000, maxBytes: 64 << 20)
        #expect(entries.count == writers.count * perWriter)
        #expect(Set(entries.map(\.text)).count == writers.count * perWriter)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == writers.count * perWriter)
    }

    @Test func standardLocationFollowsVernHistfileThenXDGThenHome() {
        #expect(
            HistoryFile.standard(environment: ["VERN_HISTFILE": "/x/h", "XDG_STATE_HOME": "/s", "HOME": "/h"])?.path
                == "/x/h")
        #expect(HistoryFile.standard(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.path == "/s/vern/history")
        #expect(
            HistoryFile.standard(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])?.path
                == "/h/.local/state/vern/history")
        #expect(
            HistoryFile.standard(environment: ["VERN_HISTFILE": "", "HOME": "/h"])?.path
                == "/h/.local/state/vern/history")
        #expect(HistoryFile.standard(environment: [:]) == nil)
    }

    @Test func errorDescriptionNeverContainsTheEntry() throws {
        let file = HistoryFile(path: "/proc/definitely/not/writable/history")
        let error = #expect(throws: HistoryFileError.self) { try file.append("my text") }
        #expect(error?.description.contains("my text") == false)
    }

    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
