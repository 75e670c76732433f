#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A source of bytes read sequentially (a file, a pipe, memory).
public protocol ByteSource {
    /// Reads up to `buffer.count` bytes into `buffer`; returns 0 at end of input.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(RecipeError) -> Int

    /// The total size in bytes when known (a regular file), used to pre-size hash sets.
    var sizeHint: Int? { get }
}

extension ByteSource {
    /// Unknown by default.
    public var sizeHint: Int? { nil }
}

/// A destination for bytes written sequentially.
public protocol ByteSink {
    /// Writes all of `bytes`.
    mutating func write(_ bytes: UnsafeRawBufferPointer) throws(RecipeError)
}

/// Reads a file with plain `read(2)` calls.
public final class FileByteSource: ByteSource {
    private let fd: Int32
    private let path: String

    /// Opens `path` for reading.
    public init(path: String) throws(RecipeError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw RecipeError(.io, "cannot open \(path): \(String(cString: strerror(errno)))") }
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    /// The file size, for regular files.
    public var sizeHint: Int? {
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(st.st_size)
    }

    /// Reads the next bytes.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(RecipeError) -> Int {
        while true {
            #if canImport(Darwin)
                let n = Darwin.read(fd, buffer.baseAddress, buffer.count)
            #elseif canImport(Musl)
                let n = Musl.read(fd, buffer.baseAddress, buffer.count)
            #else
                let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            #endif
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw RecipeError(.io, "cannot read \(path): \(String(cString: strerror(errno)))")
        }
    }
}

/// Bytes held in memory.
public struct MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var position = 0

    /// Reads from `bytes`.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Reads from the UTF-8 bytes of `string`.
    public init(_ string: String) { self.bytes = Array(string.utf8) }

    /// The number of bytes.
    public var sizeHint: Int? { bytes.count }

    /// Copies the next bytes.
    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(RecipeError) -> Int {
        let n = min(buffer.count, bytes.count - position)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + position, byteCount: n)
        }
        position += n
        return n
    }
}

/// Writes to a file (created or truncated) with plain `write(2)` calls.
public final class FileByteSink: ByteSink {
    private let fd: Int32
    private let path: String

    /// Creates (with `mode`, less the umask) or truncates `path`.
    public init(path: String, mode: mode_t = 0o644) throws(RecipeError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard fd >= 0 else { throw RecipeError(.io, "cannot create \(path): \(String(cString: strerror(errno)))") }
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    /// Writes all bytes.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(RecipeError) {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Darwin)
                let n = Darwin.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #elseif canImport(Musl)
                let n = Musl.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #else
                let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if n < 0 {
                if errno == EINTR { continue }
                throw RecipeError(.io, "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += n
        }
    }
}

/// Collects written bytes in memory.
public struct MemoryByteSink: ByteSink {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty sink.
    public init() {}

    /// Appends bytes.
    public mutating func write(_ bytes: UnsafeRawBufferPointer) throws(RecipeError) {
        self.bytes.append(contentsOf: bytes)
    }

    /// The bytes as a UTF-8 string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// A sink that discards everything.
public struct NullByteSink: ByteSink {
    /// Creates the sink.
    public init() {}
    /// Discards bytes.
    public mutating func write(_ bytes: UnsafeRawBufferPointer) throws(RecipeError) {}
}
