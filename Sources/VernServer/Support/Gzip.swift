import CZlib
import NIOCore

/// A streaming gzip compressor over zlib: feed it chunks, then finish it.
///
/// Owned by one response writer at a time; not shared across tasks.
final class GzipCompressor {
    private var stream = z_stream()
    private var finished = false

    /// Starts a gzip stream at the default compression level.
    init() throws {
        guard czlib_deflate_init_gzip(&stream, Z_DEFAULT_COMPRESSION) == Z_OK else {
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
        var inputBytes = Array(input.readableBytesView)
        var output = ByteBuffer()
        let chunk = 16 * 1024
        var outChunk = [UInt8](repeating: 0, count: chunk)
        try inputBytes.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = UInt32(inBuffer.count)
            repeat {
                let status = outChunk.withUnsafeMutableBufferPointer { outBuffer -> Int32 in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = UInt32(chunk)
                    return deflate(&stream, flush)
                }
                guard status != Z_STREAM_ERROR else { throw GzipError() }
                let produced = chunk - Int(stream.avail_out)
                output.writeBytes(outChunk[0..<produced])
            } while stream.avail_out == 0
            stream.next_in = nil
        }
        return output
    }
}

/// zlib refused to start or continue a stream.
struct GzipError: Error {}
