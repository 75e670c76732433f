import Foundation

/// Shows long output through a pager (`$PAGER`, `less -SRXF` by default), as psql does.
///
/// The pager runs in the shell's own process group, so it is the terminal's foreground job and
/// can read keys from it (a child in a process group of its own would be stopped or refused).
enum Pager {
    /// Runs `command` with `/bin/sh -c`, writes `text` to its input and waits until it exits.
    /// Returns `false` when the pager cannot be started or is not installed (the caller prints
    /// the text itself).
    static func show(_ text: String, command: String) -> Bool {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let spawned = withCStrings(["/bin/sh", "-c", command]) { arguments in
            withCStrings(environment) { posix_spawn(&pid, "/bin/sh", &actions, nil, arguments, $0) }
        }
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }
        // A pager quit before reading everything closes the pipe: the write fails, it must not kill the shell.
        signal(SIGPIPE, SIG_IGN)
        text.utf8CString.withUnsafeBufferPointer { buffer in
            var offset = 0
            let count = buffer.count - 1
            while offset < count {
                let written = write(writeEnd, buffer.baseAddress! + offset, count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { break }
                offset += written
            }
        }
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // 127: the shell found no such command; the caller prints the text instead.
        let exitedNormally = status & 0x7f == 0
        return !(exitedNormally && (status >> 8) & 0xff == 127)
    }

    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
