import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files only their owner can read: directories `0700`, files `0600`, whatever the umask.
enum PrivateFiles {
    /// Creates `directory` (and missing parents) and makes it `0700`.
    static func makeDirectory(_ directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try setMode(0o700, directory)
    }

    /// Creates `file` with `contents`, failing when it already exists.
    static func create(_ file: URL, contents: Data) throws {
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw posixError(file) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw posixError(file) }
        try write(contents, to: descriptor, file: file)
    }

    /// Replaces `file` atomically with `data`: written to a private temporary file beside it,
    /// then renamed over it.
    static func write(_ data: Data, to file: URL) throws {
        let temporary = file.deletingLastPathComponent()
            .appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try create(temporary, contents: data)
            guard rename(temporary.path, file.path) == 0 else { throw posixError(file) }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// Creates `file` empty when missing, and makes it `0600` either way.
    static func touch(_ file: URL) throws {
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw posixError(file) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw posixError(file) }
    }

    /// Makes every directory under `root` (and `root`) `0700` and every file `0600`, so data
    /// written by an older version or under another umask is private too.
    static func restrictTree(_ root: URL) throws {
        try setMode(0o700, root)
        let keys: [URLResourceKey] = [.isDirectoryKey, .isSymbolicLinkKey]
        guard let entries = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else { return }
        for case let entry as URL in entries {
            let values = try entry.resourceValues(forKeys: Set(keys))
            if values.isSymbolicLink == true { continue }
            try setMode(values.isDirectory == true ? 0o700 : 0o600, entry)
        }
    }

    private static func setMode(_ mode: mode_t, _ url: URL) throws {
        guard chmod(url.path, mode) == 0 else { throw posixError(url) }
    }

    private static func write(_ data: Data, to descriptor: Int32, file: URL) throws {
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }

    private static func posixError(_ url: URL) -> any Error {
        let code = POSIXErrorCode(rawValue: errno) ?? .EIO
        return CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, NSUnderlyingErrorKey: POSIXError(code)])
    }
}
