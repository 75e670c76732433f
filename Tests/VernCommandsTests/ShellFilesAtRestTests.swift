import Foundation
import Testing
import VernTestSupport

/// What the shell leaves on disk: private modes whatever the umask, no secret typed at the masked
/// prompt in any byte of it, and no temporary copies after it exits.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct ShellFilesAtRestTests {
    static let rejectedSecret = "s3cr3t-ZZTOP-41"
    static let acceptedSecret = "demo-secret"

    @Test func journalsHistoryAndTemporaryCopiesArePrivateAndHoldNoSecret() throws {
        let directory = try TemporaryDirectory()
        let home = directory.path
        let temporary = home + "/tmp"
        let scratchRoot = temporary + "/vern-\(getuid())"
        // A folder left by a process that ended without cleaning up (a pid that cannot exist).
        let stale = scratchRoot + "/2000000000"
        try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: true)
        try Data("uploaded rows".utf8).write(to: URL(fileURLWithPath: stale + "/copy.csv"))

        let vern = try PTYProcess.builtExecutable(named: "vern", override: "VERN_BINARY")
        let pty = try PTYProcess(
            executable: "/bin/sh",
            arguments: ["-c", #"umask 000; exec "$0" "$@""#, vern, "--memory", "--local-agent", "credentials"],
            environment: [
                "TERM": "xterm", "HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "TMPDIR": temporary,
                "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
            ], columns: 120)
        for secret in [Self.rejectedSecret, Self.acceptedSecret] {
            try pty.expectPrompt("client_id: ", timeout: .seconds(60))
            try pty.send("demo-client\r")
            try pty.expect("client_secret (hidden): ")
            try pty.waitNoEcho()
            try pty.send(secret + "\r")
        }
        #expect(pty.screenText.contains("did not accept those credentials"), "the first secret was rejected")
        try pty.expectPrompt(ShellTerminalTests.prompt, timeout: .seconds(60))
        try pty.send("1\r")
        try pty.expect("awaiting_approval", timeout: .seconds(30))
        try pty.expectPrompt(ShellTerminalTests.prompt, timeout: .seconds(30))

        // While it runs: the stale folder is gone, this process's own folder is private.
        #expect(!FileManager.default.fileExists(atPath: stale), "swept at start")
        #expect(mode(scratchRoot) == 0o700)
        #expect(mode(scratchRoot + "/\(pty.pid)") == 0o700)
        try pty.send("/files\r")
        try pty.expectPrompt(ShellTerminalTests.prompt)
        try pty.sendControl("d")
        #expect(try pty.waitForExit(timeout: .seconds(20)) == .exited(0))

        #expect(!FileManager.default.fileExists(atPath: scratchRoot + "/\(pty.pid)"), "removed at exit")
        let state = home + "/state/vern"
        #expect(mode(state) == 0o700)
        #expect(mode(state + "/history") == 0o600)
        let sessions = state + "/sessions"
        #expect(mode(sessions) == 0o700)
        let journals = try FileManager.default.contentsOfDirectory(atPath: sessions)
        #expect(journals.contains { $0.hasSuffix(".md") } && journals.contains { $0.hasSuffix(".cassette.jsonl") })
        for journal in journals {
            // A journal's copies of the uploaded files sit in a private folder beside it.
            let expected: mode_t = journal.hasSuffix(".files") ? 0o700 : 0o600
            #expect(mode(sessions + "/" + journal) == expected, "\(journal)")
        }

        // Every byte the shell wrote: state (journals, history), configuration, temporary folder.
        let written = files(under: home)
        #expect(written.contains { $0.hasSuffix("/history") })
        for file in written {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            for secret in [Self.rejectedSecret, Self.acceptedSecret] {
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) found in \(file)")
            }
        }
    }

    private func mode(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & 0o777 : nil
    }

    private func files(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        return walker.compactMap { $0 as? String }.map { root + "/" + $0 }.filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }
}
