import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files only their owner can read, whatever the umask: directories 0700, files 0600.
///
/// Used for everything that may hold a secret, a typed line or an uploaded file: the server's data
/// directory and key files, the shell's session journals, history folder and temporary copies.
public enum PrivateFiles {
    /// Creates `directory` (and its missing parents, which follow the umask) and sets mode 0700 on
    /// `directory`, whether it was created or already existed.
    /// - Throws: ``PrivateFileError`` when the folder cannot be created or is not a folder.
    public static func directory(_ directory: URL) throws {
        let path = directory.path
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw PrivateFileError(path: path, operation: "mkdir", code: 0)
        }
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw PrivateFileError(path: path, operation: "use as a folder", code: errno)
        }
        if status.st_mode & 0o777 != 0o700 { try setMode(0o700, path) }
    }

    /// Creates `file` with `contents` and mode 0600, failing when it already exists; the bytes are
    /// on disk when it returns.
    /// - Throws: ``PrivateFileError`` when the file exists or cannot be written.
    public static func create(_ file: URL, contents: Data) throws {
        let path = file.path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw PrivateFileError(path: path, operation: "create", code: errno) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw PrivateFileError(path: path, operation: "chmod 0600", code: errno) }
        try contents.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw PrivateFileError(path: path, operation: "write", code: errno) }
                offset += n
            }
        }
        guard fsync(descriptor) == 0 else { throw PrivateFileError(path: path, operation: "fsync", code: errno) }
    }

    /// Replaces `file` atomically with `data` (mode 0600 from the moment it exists): written to a
    /// private temporary file beside it, then renamed over it, so a reader or a crash sees the old
    /// contents or the new ones, never a part.
    /// - Throws: ``PrivateFileError`` when the file cannot be written.
    public static func write(_ data: Data, to file: URL) throws {
        let temporary = file.deletingLastPathComponent()
            .appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try create(temporary, contents: data)
            guard rename(temporary.path, file.path) == 0 else {
                throw PrivateFileError(path: file.path, operation: "rename onto", code: errno)
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// Creates `file` empty when missing, and makes it 0600 either way.
    /// - Throws: ``PrivateFileError`` when the file cannot be opened or its mode set.
    public static func touch(_ file: URL) throws {
        let path = file.path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw PrivateFileError(path: path, operation: "open", code: errno) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw PrivateFileError(path: path, operation: "chmod 0600", code: errno) }
    }

    /// Makes `root` and every directory under it 0700 and every file 0600, so data written by an
    /// older version or under another umask is private too. Symbolic links are left alone.
    /// - Throws: ``PrivateFileError`` when a mode cannot be set.
    public static func restrictTree(_ root: URL) throws {
        try setMode(0o700, root.path)
        let keys: [URLResourceKey] = [.isDirectoryKey, .isSymbolicLinkKey]
        guard let entries = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else { return }
        for case let entry as URL in entries {
            let values = try entry.resourceValues(forKeys: Set(keys))
            if values.isSymbolicLink == true { continue }
            try setMode(values.isDirectory == true ? 0o700 : 0o600, entry.path)
        }
    }

    private static func setMode(_ mode: mode_t, _ path: String) throws {
        guard chmod(path, mode) == 0 else {
            throw PrivateFileError(path: path, operation: "chmod 0\(String(mode, radix: 8))", code: errno)
        }
    }
}

/// A private file or folder could not be created or written.
public struct PrivateFileError: Error, CustomStringConvertible {
    /// The file or folder.
    public var path: String
    /// What was attempted.
    public var operation: String
    /// `errno`, or 0.
    public var code: Int32

    /// Creates an error.
    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// "cannot mkdir /x: Permission denied".
    public var description: String {
        "cannot \(operation) \(path)" + (code == 0 ? "" : ": \(String(cString: strerror(code)))")
    }
}
