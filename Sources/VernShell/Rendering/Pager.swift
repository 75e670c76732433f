import Foundation

/// Shows long output through a pager (`$PAGER`, `less -SRXF` by default), as psql does.
enum Pager {
    /// Runs `command` with `/bin/sh -c`, writes `text` to its input and waits until it exits.
    /// Returns `false` when the pager cannot be started (the caller prints the text itself).
    static func show(_ text: String, command: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        // A pager quit before reading everything closes the pipe: the write fails, it must not kill the shell.
        signal(SIGPIPE, SIG_IGN)
        do {
            try process.run()
        } catch {
            return false
        }
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return true
    }
}
