import Foundation
import Testing
import VernTestSupport

struct PTYHarnessTests {
    @Test func stripANSIKeepsTheVisibleText() {
        #expect(PTYProcess.stripANSI("\u{1B}[1;32mok\u{1B}[0m\r\n") == "ok\n")
        #expect(PTYProcess.stripANSI("a\u{1B}]0;title\u{07}b\u{1B}]8;;x\u{1B}\\c") == "abc")
        #expect(PTYProcess.stripANSI("x\u{08}\u{07}y\u{1B}(Bz\u{1B}7") == "xyz")
    }

    @Test func stripANSIIsPrefixStableOnAnIncompleteSequence() {
        let full = "abc\u{1B}[12Gdef"
        for cut in 0...full.unicodeScalars.count {
            let prefix = String(String.UnicodeScalarView(full.unicodeScalars.prefix(cut)))
            #expect(PTYProcess.stripANSI(full).hasPrefix(PTYProcess.stripANSI(prefix)))
        }
    }

    @Test func reportsExitStatusAndSignals() throws {
        let ok = try PTYProcess(executable: "/bin/sh", arguments: ["-c", "echo hi; exit 3"], environment: [:])
        try ok.expect("hi")
        #expect(try ok.waitForExit() == .exited(3))

        let killed = try PTYProcess(
            executable: "/bin/sh", arguments: ["-c", "echo ready; exec sleep 30"], environment: [:])
        try killed.expect("ready")
        killed.signal(SIGTERM)
        #expect(try killed.waitForExit() == .signaled(SIGTERM))
    }

    @Test func expectTimesOutWithTheOutputSoFar() throws {
        let pty = try PTYProcess(
            executable: "/bin/sh", arguments: ["-c", "echo partial; exec sleep 30"], environment: [:])
        let error = #expect(throws: PTYError.self) { try pty.expect("never", timeout: .milliseconds(300)) }
        #expect(error?.output.contains("partial") == true)
    }

    @Test func childHasTheTerminalAsControllingTTY() throws {
        let pty = try PTYProcess(
            executable: "/bin/sh",
            arguments: ["-c", "tty >/dev/null && echo yes-tty; [ -w /dev/tty ] && echo has-ctty"],
            environment: ["PATH": "/usr/bin:/bin"])
        try pty.expect("yes-tty")
        try pty.expect("has-ctty")
        #expect(try pty.waitForExit() == .exited(0))
    }
}

struct PTYTerminalStateTests {
    @Test func unreadInputAndChangedModesAreSeenAfterTheChildIsKilled() throws {
        let pty = try PTYProcess(
            executable: "/bin/sh", arguments: ["-c", "stty -echo; echo ready; exec sleep 30"],
            environment: ["PATH": "/usr/bin:/bin"])
        try pty.expect("ready")
        #expect(pty.modesRestored == false, "echo is off")
        try pty.send("half-typed")
        usleep(200_000)
        pty.signal(SIGKILL)
        #expect(try pty.waitForExit() == .signaled(SIGKILL))
        #expect(!pty.modesRestored)
        #expect(pty.unreadInput() == "half-typed", "a half-typed canonical line counts")
        #expect(pty.unreadInput().isEmpty, "reading it consumed it")
    }

    @Test func anUntouchedTerminalKeepsItsModes() throws {
        let pty = try PTYProcess(executable: "/bin/sh", arguments: ["-c", "echo ready; read line; echo got $line"],
            environment: ["PATH": "/usr/bin:/bin"])
        try pty.expect("ready")
        try pty.send("one\r")
        try pty.expect("got one")
        #expect(try pty.waitForExit() == .exited(0))
        #expect(pty.modesRestored)
        #expect(pty.unreadInput().isEmpty)
    }
}
