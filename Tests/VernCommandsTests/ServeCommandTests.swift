import ArgumentParser
import Foundation
import Testing
@testable import VernCommands

/// `vern serve` options that shape what the server tells clients.
@Suite struct ServeCommandTests {
    @Test func publicURLMustBeAnHTTPOrigin() throws {
        let parsed = try ServeCommand.parse(["--memory", "--public-url", "https://vern.example.com/"])
        #expect(parsed.publicURL == "https://vern.example.com/")
        #expect(ServeCommand.publicOrigin("http://10.0.0.5:8080")?.absoluteString == "http://10.0.0.5:8080")
        for bad in ["ftp://vern.example.com", "https://vern.example.com/api/v1", "vern.example.com", "https://", "https://h/?q=1"] {
            #expect(throws: (any Error).self, "\(bad)") { _ = try ServeCommand.parse(["--memory", "--public-url", bad]) }
        }
    }

    @Test func apiKeyCanComeFromAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vern-key-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("  k-from-file\n".utf8).write(to: file)
        #expect(try ServeCommand.readKey(file: file.path) == "k-from-file")
        try Data("\n".utf8).write(to: file)
        #expect(throws: (any Error).self) { try ServeCommand.readKey(file: file.path) }
        #expect(throws: (any Error).self) { try ServeCommand.readKey(file: file.path + ".missing") }
        #expect(throws: (any Error).self) {
            _ = try ServeCommand.parse(["--memory", "--api-key", "k", "--api-key-file", file.path])
        }
    }
}
