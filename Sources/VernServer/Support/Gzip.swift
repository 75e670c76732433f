import CZlib
import NIOCore

/// A streaming gzip compressor over zlib: feed it chunks, then finish it.
///
/// Compresses at zlib's fastest level: exports are large CSV files streamed as they are read,
/// and level 1 keeps up with the disk while still shrinking CSV about fourfold.
/// Owned by one response writer at a time; not shared across tasks.
final class GzipCompressor {
    private var stream = z_stream()
    private var finished = false
    private let allocator = ByteBufferAllocator()

    /// Starts a gzip stream.
    init() throws {
        guard czlib_deflate_init_gzip(&stream, Z_BEST_SPEED) == Z_OK else {
            throw GzipError()
        }
    }

    deinit {
        deflateEnd(&stream)
    }

    /// Compresses `input`, returning whatever output zlib produced so far.
    func compress(_ input: ByteBuffer) throws -> ByteBuffer {
        try run(input, flush: Z_NO_FLUSH)
    }

    /// Flushes the rest of the stream, including the gzip trailer.
    func finish() throws -> ByteBuffer {
        defer { finished = true }
        return try run(ByteBuffer(), flush: Z_FINISH)
    }

    private func run(_ input: ByteBuffer, flush: Int32) throws -> ByteBuffer {
        precondition(!finished, "gzip stream already finished")
        var output = allocator.buffer(capacity: Int(deflateBound(&stream, UInt(input.readableBytes))) + 64)
        try input.withUnsafeReadableBytes { inBytes in
            stream.next_in = UnsafeMutablePointer(
                mutating: inBytes.baseAddress?.assumingMemoryBound(to: UInt8.self))
            stream.avail_in = UInt32(inBytes.count)
            defer { stream.next_in = nil }
            repeat {
                var status = Z_OK
                _ = output.writeWithUnsafeMutableBytes(minimumWritableBytes: 16 << 10) { outBytes in
                    stream.next_out = outBytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
                    stream.avail_out = UInt32(outBytes.count)
                    status = deflate(&stream, flush)
                    return outBytes.count - Int(stream.avail_out)
                }
                guard status != Z_STREAM_ERROR else { throw GzipError() }
            } while stream.avail_out == 0
        }
        return output
    }
}

/// zlib refused to start or continue a stream.
struct GzipError: Error {}
