import Foundation

/// Files only their owner can read, whatever the umask: directories 0700, files 0600.
///
/// Used for everything the shell keeps that may hold what was typed or uploaded: session journals,
/// the history's folder and temporary copies.
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
        if status.st_mode & 0o777 != 0o700 && chmod(path, 0o700) != 0 {
            throw PrivateFileError(path: path, operation: "chmod 0700", code: errno)
        }
    }

    /// Writes `data` to `file`, replacing it, with mode 0600 from the moment it exists.
    /// - Throws: ``PrivateFileError`` when the file cannot be written.
    public static func write(_ data: Data, to file: URL) throws {
        let path = file.path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw PrivateFileError(path: path, operation: "open", code: errno) }
        defer { close(fd) }
        guard fchmod(fd, 0o600) == 0 else { throw PrivateFileError(path: path, operation: "chmod 0600", code: errno) }
        try data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw PrivateFileError(path: path, operation: "write", code: errno) }
                offset += n
            }
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

    /// "cannot mkdir /x: Permission denied".
    public var description: String {
        "cannot \(operation) \(path)" + (code == 0 ? "" : ": \(String(cString: strerror(code)))")
    }
}
