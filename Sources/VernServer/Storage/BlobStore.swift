import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where uploaded file bytes and the agent's work files live: always on disk, so a large upload
/// never sits in memory.
///
/// Under its root: `files/` (one file per upload, named by a server-generated id, never by the
/// caller's name), `upload-tmp/` (uploads in progress, swept at start so a killed upload leaves
/// nothing behind) and `work/` (per-migration files an agent writes, e.g. executed sheets). Every
/// directory is mode 0700 and every file 0600, whatever the umask. In memory mode the root is a
/// private temporary directory, removed when the store goes away and swept at the next start if
/// the process was killed.
final class BlobStore: Sendable {
    /// Committed uploads.
    let files: URL
    /// Uploads in progress.
    let staging: URL
    /// Per-migration agent files.
    let work: URL
    /// The root to delete when the store goes away (memory mode), else `nil`.
    private let ephemeralRoot: URL?
    /// An exclusive `flock` on `ephemeralRoot/lock` held while the store lives (-1 when none or
    /// released): a sweep that can take the lock knows the owner is gone, whatever its PID
    /// namespace.
    private let rootLock = Mutex<Int32>(-1)

    /// A store under `root` (a data directory): sweeps uploads a killed process left in progress.
    init(root: URL) throws {
        files = root.appendingPathComponent("files", isDirectory: true)
        staging = root.appendingPathComponent("upload-tmp", isDirectory: true)
        work = root.appendingPathComponent("work", isDirectory: true)
        ephemeralRoot = nil
        try prepare()
    }

    /// A store in a fresh private temporary directory, removed when the store goes away.
    init(temporaryIn parent: URL = FileManager.default.temporaryDirectory) throws {
        Self.sweepAbandonedTemporaryRoots(in: parent)
        // The root is made and locked under a name no sweep takes, then renamed: a sweep by a server
        // starting beside this one never finds it unlocked (and removes it while it is in use).
        var template = Array(parent.appendingPathComponent("\(Self.startingPrefix)XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: parent.path])
        }
        let starting = URL(fileURLWithPath: String(cString: made), isDirectory: true)
        let root = parent.appendingPathComponent(Self.temporaryPrefix + starting.lastPathComponent.dropFirst(Self.startingPrefix.count), isDirectory: true)
        var lock = open(starting.appendingPathComponent(Self.lockName).path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if lock >= 0, flock(lock, LOCK_EX | LOCK_NB) != 0 {
            close(lock)
            lock = -1
        }
        guard rename(starting.path, root.path) == 0 else {
            if lock >= 0 { close(lock) }
            try? FileManager.default.removeItem(at: starting)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: root.path])
        }
        files = root.appendingPathComponent("files", isDirectory: true)
        staging = root.appendingPathComponent("upload-tmp", isDirectory: true)
        work = root.appendingPathComponent("work", isDirectory: true)
        ephemeralRoot = root
        rootLock.withLock { $0 = lock }
        try prepare()
    }

    deinit { removeTemporaryRoot() }

    /// In memory mode, deletes everything the store holds (at shutdown); else does nothing.
    func removeTemporaryRoot() {
        guard let ephemeralRoot else { return }
        try? FileManager.default.removeItem(at: ephemeralRoot)
        rootLock.withLock { lock in
            if lock >= 0 { close(lock) }
            lock = -1
        }
    }

    /// The name prefix of memory-mode roots: `vern-serve-XXXXXX`.
    static let temporaryPrefix = "vern-serve-"
    /// The name prefix of a memory-mode root while it is made and locked: `vern-starting-XXXXXX`.
    static let startingPrefix = "vern-starting-"
    private static let lockName = "lock"

    private func prepare() throws {
        for directory in [files, staging, work] { try Self.makePrivateDirectory(directory) }
        let abandoned = (try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []
        for name in abandoned { try? FileManager.default.removeItem(at: staging.appendingPathComponent(name)) }
    }

    /// Creates `directory` (and its parents) if needed and sets it to mode 0700.
    static func makePrivateDirectory(_ directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard chmod(directory.path, 0o700) == 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: directory.path])
        }
    }

    /// Removes memory-mode roots whose server is gone (killed before it could remove its own):
    /// their lock can be taken. A root without a lock file, or still under its starting name, is
    /// left alone while it is young (its server may be starting).
    private static func sweepAbandonedTemporaryRoots(in parent: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(temporaryPrefix) || name.hasPrefix(startingPrefix) {
            let root = parent.appendingPathComponent(name)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: root.path),
                (attributes[.ownerAccountID] as? NSNumber)?.uint32Value == getuid()
            else { continue }
            // (A root still being made has no lock to take: its server may be starting, or was killed then.)
            let lock = name.hasPrefix(startingPrefix) ? -1 : open(root.appendingPathComponent(lockName).path, O_RDWR | O_CLOEXEC)
            if lock < 0 {
                let created = attributes[.modificationDate] as? Date ?? Date()
                if Date().timeIntervalSince(created) > 60 { try? FileManager.default.removeItem(at: root) }
                continue
            }
            defer { close(lock) }
            if flock(lock, LOCK_EX | LOCK_NB) == 0 { try? FileManager.default.removeItem(at: root) }
        }
    }

    /// Starts an upload: a new file (mode 0600) in the staging directory.
    func stage() throws -> StagedBlob {
        try StagedBlob(url: staging.appendingPathComponent(UUID().uuidString.lowercased(), isDirectory: false))
    }

    /// Moves a complete staged upload into the store under `id`.
    func commit(_ blob: StagedBlob, id: String) throws {
        try blob.finish()
        guard rename(blob.url.path, url(id).path) == 0 else {
            unlink(blob.url.path)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url(id).path])
        }
    }

    /// Removes the bytes stored under `id`, if any.
    func remove(id: String) {
        unlink(url(id).path)
    }

    /// The bytes stored under `id`.
    func data(id: String) throws -> Data {
        try Data(contentsOf: url(id))
    }

    /// The file holding the bytes stored under `id`.
    func fileURL(id: String) -> URL { url(id) }

    /// A private directory for one migration's agent files, created on first use.
    func workDirectory(migrationID: String) throws -> URL {
        precondition(UUID(uuidString: migrationID) != nil, "migration ids are UUIDs")
        let directory = work.appendingPathComponent(migrationID, isDirectory: true)
        try Self.makePrivateDirectory(directory)
        return directory
    }

    private func url(_ id: String) -> URL {
        precondition(UUID(uuidString: id) != nil, "blob ids are UUIDs")
        return files.appendingPathComponent(id, isDirectory: false)
    }
}

/// An upload being written to the staging directory. Owned by one request; removed on
/// ``discard()`` unless committed.
final class StagedBlob {
    let url: URL
    private var descriptor: Int32
    /// Bytes written so far.
    private(set) var size = 0

    fileprivate init(url: URL) throws {
        self.url = url
        descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        fchmod(descriptor, 0o600)
    }

    deinit { discard() }

    /// Appends `bytes`.
    func append(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
            offset += written
        }
        size += bytes.count
    }

    fileprivate func finish() throws {
        guard descriptor >= 0 else { return }
        let status = close(descriptor)
        descriptor = -1
        guard status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
    }

    /// Closes and deletes the file unless it was committed.
    func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
            unlink(url.path)
        }
    }
}
