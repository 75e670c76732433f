import Foundation

/// A process running in a pseudo-terminal, driven like pexpect.
///
/// The child is spawned with `posix_spawn` in a new session (`POSIX_SPAWN_SETSID`) and opens the pty
/// slave as fd 0, 1 and 2, which makes it the controlling terminal: Ctrl-C typed on the master
/// becomes a SIGINT for the child, `isatty` is true, `/dev/tty` works.
///
/// ```swift
/// let pty = try PTYProcess(executable: probePath, environment: env)
/// try pty.expect("probe> ")
/// try pty.send("hello\r")
/// let chunk = try pty.expect("got: hello")
/// try pty.sendControl("c")
/// try pty.waitNoEcho()            // a masked prompt is waiting
/// #expect(try pty.waitForExit() == .exited(0))
/// ```
///
/// Matching works on the ANSI-stripped output (``screenText``). Each ``expect(_:timeout:)``
/// consumes the output up to the end of its match, so the next one only sees newer output. Not
/// thread-safe: drive one instance from one task. The child is killed and reaped on `deinit`.
public final class PTYProcess: @unchecked Sendable {
    /// How the child ended.
    public enum ExitStatus: Equatable, Sendable, CustomStringConvertible {
        /// `exit(code)`.
        case exited(Int32)
        /// Killed by a signal.
        case signaled(Int32)

        /// `exited(0)`, `signaled(2)`.
        public var description: String {
            switch self {
            case .exited(let code): "exited(\(code))"
            case .signaled(let signal): "signaled(\(signal))"
            }
        }
    }

    /// The named keys ``sendKey(_:)`` can type.
    public enum Key: Sendable {
        /// Up arrow (ESC [ A).
        case up
        /// Down arrow (ESC [ B).
        case down
        /// Right arrow (ESC [ C).
        case right
        /// Left arrow (ESC [ D).
        case left
        /// Enter: a carriage return, as a terminal sends it.
        case enter
        /// Tab.
        case tab
        /// Escape.
        case escape

        var bytes: String {
            switch self {
            case .up: "\u{1B}[A"
            case .down: "\u{1B}[B"
            case .right: "\u{1B}[C"
            case .left: "\u{1B}[D"
            case .enter: "\r"
            case .tab: "\t"
            case .escape: "\u{1B}"
            }
        }
    }

    /// The child's process id.
    public let pid: pid_t
    /// The master side of the pty (owned by this object).
    public let masterFD: Int32
    /// The terminal modes the pty had when the child started.
    public let initialAttributes: termios
    private var slaveFD: Int32
    private var raw: [UInt8] = []
    private var consumed = 0  // offset into screenText already matched
    private var exitStatus: ExitStatus?

    /// Starts `executable` in a new pseudo-terminal.
    /// - Parameters:
    ///   - executable: Absolute path of the binary (the probe here, `vern` in the product repository).
    ///   - arguments: Arguments after the program name.
    ///   - environment: The child's complete environment (set `TERM`, `HOME`, `LANG` explicitly).
    ///   - columns: Terminal width.
    ///   - rows: Terminal height.
    /// - Throws: ``PTYError`` when the pty cannot be opened or the process cannot be started.
    public init(
        executable: String,
        arguments: [String] = [],
        environment: [String: String],
        columns: UInt16 = 80,
        rows: UInt16 = 24
    ) throws(PTYError) {
        // posix_openpt/grantpt/unlockpt/ptsname_r are not visible through Swift's Glibc module (they
        // need _XOPEN_SOURCE), so do what glibc does on Linux: open /dev/ptmx, unlock, ask the number.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw PTYError("open /dev/ptmx failed: \(String(cString: strerror(errno)))") }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let tiocsptlck: UInt = 0x4004_5431  // _IOW('T', 0x31, int)
        let tiocgptn: UInt = 0x8004_5430  // _IOR('T', 0x30, unsigned int)
        guard ioctl(master, tiocsptlck, &unlock) == 0, ioctl(master, tiocgptn, &number) == 0 else {
            close(master)
            throw PTYError("unlocking the pty failed: \(String(cString: strerror(errno)))")
        }
        let slaveName = "/dev/pts/\(number)"
        // Keep a slave descriptor open in the parent so master reads never fail with EIO while the
        // child starts or after it exits; exit is detected with waitpid.
        let slave = open(slaveName, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else {
            close(master)
            throw PTYError("open \(slaveName) failed")
        }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        var initial = termios()
        _ = tcgetattr(slave, &initial)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid (done first by glibc), opening the slave without O_NOCTTY acquires it as the
        // controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGTSTP, SIGHUP, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc >= 2.26)
        posix_spawnattr_setflags(
            &attributes, Int16(setsid | Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)))

        let argv = [executable] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var child: pid_t = 0
        let status = withCStringArray(argv) { cArgv in
            withCStringArray(envp) { cEnvp in
                posix_spawn(&child, executable, &actions, &attributes, cArgv, cEnvp)
            }
        }
        guard status == 0 else {
            close(master)
            close(slave)
            throw PTYError("posix_spawn \(executable) failed: \(String(cString: strerror(status)))")
        }
        self.pid = child
        self.masterFD = master
        self.slaveFD = slave
        self.initialAttributes = initial
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        close(masterFD)
        if slaveFD >= 0 { close(slaveFD) }
    }

    // MARK: Input

    /// Types `text` (use `\r` for Enter, as a terminal does). One `write`, so it arrives as a burst.
    /// - Parameters:
    ///   - text: The bytes to type.
    ///   - timeout: How long the child may take to read them all (the terminal queues only 4 KiB).
    /// - Throws: ``PTYError`` when the write fails or times out.
    public func send(_ text: String, timeout: Duration = .seconds(10)) throws(PTYError) {
        try send(bytes: Array(text.utf8), timeout: timeout)
    }

    /// Types raw bytes, which may end inside a UTF-8 character (a paste the terminal passes on in pieces).
    /// - Parameters:
    ///   - bytes: The bytes to type.
    ///   - timeout: How long the child may take to read them all.
    /// - Throws: ``PTYError`` when the write fails or times out.
    public func send(bytes text: [UInt8], timeout: Duration = .seconds(10)) throws(PTYError) {
        var bytes = text[...]
        let deadline = ContinuousClock.now + timeout
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(masterFD, $0.baseAddress, $0.count) }
            if n > 0 {
                bytes = bytes.dropFirst(n)
            } else if n < 0 && (errno == EAGAIN || errno == EINTR) {
                guard ContinuousClock.now < deadline else { throw PTYError("write to pty timed out") }
                drain(timeoutMilliseconds: 10)
            } else {
                throw PTYError("write to pty failed: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Types a control character: `sendControl("c")` is Ctrl-C, `"d"` Ctrl-D, `"r"` Ctrl-R.
    /// - Parameter key: A letter (or one of `@[\]^_`).
    /// - Throws: ``PTYError`` when the write fails.
    public func sendControl(_ key: Character) throws(PTYError) {
        guard let ascii = key.uppercased().unicodeScalars.first?.value, ascii >= 64, ascii < 96 else {
            throw PTYError("no control character for \(key)")
        }
        try send(String(UnicodeScalar(UInt8(ascii - 64))))
    }

    /// Types a named key.
    /// - Parameter key: The key.
    /// - Throws: ``PTYError`` when the write fails.
    public func sendKey(_ key: Key) throws(PTYError) {
        try send(key.bytes)
    }

    // MARK: Output

    /// Everything the child wrote, as received (escape sequences included).
    public var rawOutput: String {
        drain(timeoutMilliseconds: 0)
        return String(decoding: raw, as: UTF8.self)
    }

    /// Everything the child wrote, with ANSI sequences, carriage returns, backspaces and bells removed.
    /// An approximation of the screen, not a terminal emulator.
    public var screenText: String {
        drain(timeoutMilliseconds: 0)
        return Self.stripANSI(String(decoding: raw, as: UTF8.self))
    }

    /// Waits until `substring` appears in the not-yet-consumed part of ``screenText``.
    /// - Parameters:
    ///   - substring: The text to find.
    ///   - timeout: How long to wait.
    /// - Returns: The consumed output: from the end of the previous match to the end of this one.
    /// - Throws: ``PTYError`` on timeout (with the output so far), or when the child exits first.
    @discardableResult
    public func expect(_ substring: String, timeout: Duration = .seconds(10)) throws(PTYError) -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let text = screenText
            let unseen = text.dropFirst(consumed)
            if let range = unseen.range(of: substring) {
                let chunk = String(unseen[..<range.upperBound])
                consumed += chunk.count
                return chunk
            }
            if exitStatus != nil || reap() != nil {
                drain(timeoutMilliseconds: 0)
                if Self.stripANSI(String(decoding: raw, as: UTF8.self)).dropFirst(consumed).contains(substring) {
                    continue
                }
                throw PTYError(
                    "process exited (\(exitStatus!)) before \(substring.debugDescription) appeared",
                    output: String(unseen))
            }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else {
                throw PTYError(
                    "timed out after \(timeout) waiting for \(substring.debugDescription)",
                    output: String(unseen))
            }
            drain(timeoutMilliseconds: min(Int(remaining.components.seconds) * 1000 + 1, 50))
        }
    }

    /// Waits for `prompt`, then for the line editor to own the terminal (`ICANON` off).
    ///
    /// Plain libedit prints the prompt *before* it switches the terminal to raw mode (at its first
    /// read), so keys typed in that gap are cooked by the kernel: echoed twice, and a Ctrl-D becomes a
    /// cooked end-of-file that libedit never sees. ``LibEditLineReader`` switches first
    /// (`EL_PREP_TERM`), so for it this returns as soon as the prompt is seen; for any other program
    /// it makes typing after the prompt safe.
    /// - Parameters:
    ///   - prompt: The prompt text.
    ///   - timeout: How long to wait for each step.
    /// - Returns: The consumed output, as ``expect(_:timeout:)``.
    /// - Throws: ``PTYError`` on timeout or when the child exits.
    @discardableResult
    public func expectPrompt(_ prompt: String, timeout: Duration = .seconds(10)) throws(PTYError) -> String {
        let output = try expect(prompt, timeout: timeout)
        try waitForTerminal(timeout: timeout, "the line editor to read keys") { !$0.canonical }
        return output
    }

    /// The output not consumed by ``expect(_:timeout:)`` yet (stripped), without consuming it.
    public var pendingOutput: String {
        String(screenText.dropFirst(consumed))
    }

    // MARK: Terminal state

    /// The pty's current termios (as set by the child).
    /// - Returns: The attributes, or `nil` when `tcgetattr` fails.
    public func terminalAttributes() -> termios? {
        var attributes = termios()
        return tcgetattr(masterFD, &attributes) == 0 ? attributes : nil
    }

    /// Whether the terminal currently echoes typed characters.
    public var echoEnabled: Bool {
        guard let attributes = terminalAttributes() else { return false }
        return attributes.c_lflag & tcflag_t(ECHO) != 0
    }

    /// Whether the terminal is in canonical (line) mode.
    public var canonicalMode: Bool {
        guard let attributes = terminalAttributes() else { return false }
        return attributes.c_lflag & tcflag_t(ICANON) != 0
    }

    /// Whether the pty's input, output and local modes and control characters are those it had
    /// when the child started.
    public var modesRestored: Bool {
        guard var now = terminalAttributes() else { return false }
        var initial = initialAttributes
        let controlCharacters = MemoryLayout.size(ofValue: now.c_cc)
        return now.c_iflag == initial.c_iflag && now.c_oflag == initial.c_oflag && now.c_lflag == initial.c_lflag
            && now.c_cflag == initial.c_cflag
            && memcmp(&now.c_cc, &initial.c_cc, controlCharacters) == 0
    }

    /// What was typed and never read, as the next program on the terminal (a shell with its own
    /// line editor) would read it: the input queue drained in non-canonical mode, so a half-typed
    /// line counts too. Call it only after the child exited; it consumes the queue.
    /// - Returns: The unread bytes as text.
    public func unreadInput() -> String {
        var saved = termios()
        guard tcgetattr(slaveFD, &saved) == 0 else { return "" }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        _ = tcsetattr(slaveFD, TCSANOW, &raw)
        defer { _ = tcsetattr(slaveFD, TCSANOW, &saved) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(slaveFD, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            bytes.append(contentsOf: buffer[..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Changes the terminal size; the kernel sends SIGWINCH to the child's foreground process group.
    /// - Parameters:
    ///   - columns: The new width.
    ///   - rows: The new height.
    public func resize(columns: UInt16, rows: UInt16 = 24) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(masterFD, UInt(TIOCSWINSZ), &size)
    }

    /// Waits until the child is reading a secret: `ECHO` off *and* `ICANON` on (pexpect's
    /// `waitnoecho`, narrowed because libedit's own editing mode also turns `ECHO` off, with `ICANON` off).
    /// - Parameter timeout: How long to wait.
    /// - Throws: ``PTYError`` on timeout or when the child exits.
    public func waitNoEcho(timeout: Duration = .seconds(10)) throws(PTYError) {
        try waitForTerminal(timeout: timeout, "echo off in canonical mode") { !$0.echo && $0.canonical }
    }

    /// Polls the terminal mode (every 10 ms, draining output meanwhile) until `condition` holds.
    /// - Parameters:
    ///   - timeout: How long to wait.
    ///   - what: Description for the error.
    ///   - condition: Receives `(echo, canonical)`.
    /// - Throws: ``PTYError`` on timeout or when the child exits.
    public func waitForTerminal(
        timeout: Duration = .seconds(10),
        _ what: String,
        until condition: (_ mode: (echo: Bool, canonical: Bool)) -> Bool
    ) throws(PTYError) {
        let deadline = ContinuousClock.now + timeout
        while true {
            if condition((echoEnabled, canonicalMode)) { return }
            if reap() != nil { throw PTYError("process exited waiting for \(what)", output: pendingOutput) }
            guard ContinuousClock.now < deadline else {
                throw PTYError("timed out after \(timeout) waiting for \(what)", output: pendingOutput)
            }
            drain(timeoutMilliseconds: 10)
        }
    }

    // MARK: Lifetime

    /// Waits for the child to exit, draining its output meanwhile.
    /// - Parameter timeout: How long to wait.
    /// - Returns: How it ended.
    /// - Throws: ``PTYError`` on timeout.
    @discardableResult
    public func waitForExit(timeout: Duration = .seconds(10)) throws(PTYError) -> ExitStatus {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let status = reap() {
                drain(timeoutMilliseconds: 0)
                return status
            }
            guard ContinuousClock.now < deadline else {
                throw PTYError("timed out after \(timeout) waiting for exit", output: pendingOutput)
            }
            drain(timeoutMilliseconds: 10)
        }
    }

    /// Whether the child is still running.
    public var isRunning: Bool { reap() == nil }

    /// Sends `signal` to the child.
    /// - Parameter signal: For example `SIGTERM`.
    public func signal(_ signal: Int32) {
        if exitStatus == nil { kill(pid, signal) }
    }

    // MARK: Helpers

    /// Removes CSI/OSC/two-byte escape sequences, `\r`, backspace and bell from terminal output.
    /// An incomplete sequence at the end is dropped, so the result of a prefix is a prefix of the result.
    /// - Parameter text: Terminal output.
    /// - Returns: The visible text, approximately.
    public static func stripANSI(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let c = scalars.popFirst() {
            switch c {
            case "\u{1B}":
                guard let next = scalars.popFirst() else { break }
                if next == "[" {  // CSI: parameters, then a final byte 0x40-0x7E
                    while let p = scalars.popFirst(), !(0x40...0x7E).contains(p.value) {}
                } else if next == "]" {  // OSC: until BEL or ESC \
                    while let p = scalars.popFirst() {
                        if p == "\u{07}" { break }
                        if p == "\u{1B}" {
                            _ = scalars.popFirst()
                            break
                        }
                    }
                } else if next == "(" || next == ")" {
                    _ = scalars.popFirst()
                }
            case "\r", "\u{08}", "\u{07}", "\u{00}":
                continue
            default:
                out.append(c)
            }
        }
        return String(out)
    }

    /// Reads whatever the child wrote, waiting up to `timeoutMilliseconds` for the first byte.
    private func drain(timeoutMilliseconds: Int) {
        var descriptor = pollfd(fd: masterFD, events: Int16(POLLIN), revents: 0)
        var wait = Int32(timeoutMilliseconds)
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let ready = poll(&descriptor, 1, wait)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return }
            let n = buffer.withUnsafeMutableBytes { read(masterFD, $0.baseAddress, $0.count) }
            guard n > 0 else { return }
            raw.append(contentsOf: buffer[..<n])
            wait = 0
        }
    }

    private func reap() -> ExitStatus? {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        guard result == pid else { return nil }
        let low = status & 0x7F
        exitStatus = low == 0 ? .exited((status >> 8) & 0xFF) : .signaled(low)
        return exitStatus
    }
}

/// A pty harness failure; ``output`` holds the stripped output the harness had not consumed yet.
public struct PTYError: Error, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// Output seen after the last successful match.
    public var output: String

    /// Creates an error.
    /// - Parameters:
    ///   - message: What went wrong.
    ///   - output: The unconsumed output.
    public init(_ message: String, output: String = "") {
        self.message = message
        self.output = output
    }

    /// The message followed by the unconsumed output.
    public var description: String {
        output.isEmpty ? message : "\(message)\n--- output since last match ---\n\(output)\n---"
    }
}

private func withCStringArray<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
