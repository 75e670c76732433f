import Foundation
import VernAPI

/// Where the shell keeps temporary copies (uploaded files for the session journal, the demo file,
/// exports printed to the terminal): one folder per process, `$TMPDIR/vern-UID/PID`, inside a
/// folder only its owner can open.
///
/// ``prepare()`` runs at start and removes the folders of processes that no longer run (left by a
/// crash, `kill -9` or a lost terminal); ``remove()`` runs at exit.
public struct ScratchSpace: Sendable {
    /// `$TMPDIR/vern-UID`: mode 0700, owned by this user.
    public let root: URL
    /// This process's folder inside ``root``.
    public let directory: URL

    /// The scratch space of this process, under `$TMPDIR` (or `/tmp`).
    public static let current = ScratchSpace(temporary: FileManager.default.temporaryDirectory)

    /// - Parameters:
    ///   - temporary: The system's temporary folder.
    ///   - process: Whose folder this is.
    public init(temporary: URL, process: pid_t = getpid()) {
        root = temporary.appendingPathComponent("vern-\(getuid())")
        directory = root.appendingPathComponent("\(process)")
    }

    /// Makes the private root (refusing one another user owns), sweeps the folders of processes
    /// that have ended, and creates this process's folder.
    /// - Throws: ``PrivateFileError`` when the folders cannot be made private.
    public func prepare() throws {
        try PrivateFiles.directory(root)
        var status = stat()
        guard lstat(root.path, &status) == 0, status.st_uid == getuid() else {
            throw PrivateFileError(path: root.path, operation: "use a temporary folder owned by another user:", code: 0)
        }
        sweep()
        try PrivateFiles.directory(directory)
    }

    /// Runs ``prepare()`` unless this process's folder exists.
    /// - Throws: ``PrivateFileError`` when the folders cannot be made private.
    public func prepareIfNeeded() throws {
        if access(directory.path, F_OK) != 0 { try prepare() }
    }

    /// A new path in this process's folder (created if needed), named `prefix-UUID` plus `suffix`.
    /// - Throws: ``PrivateFileError`` when the folder cannot be created.
    public func newPath(_ prefix: String, suffix: String = "") throws -> URL {
        try prepareIfNeeded()
        return directory.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
    }

    /// Removes this process's folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Removes the folders of processes that no longer run.
    func sweep() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else { return }
        for name in names {
            guard let pid = pid_t(name), pid > 0, kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: root.appendingPathComponent(name))
        }
    }
}
