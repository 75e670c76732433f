/// Writes RFC 4180 records with LF line ends and minimal quoting (only fields holding `,` `"` CR
/// or LF — or the delimiter — are quoted, with inner quotes doubled). Buffers output in 1 MiB blocks.
final class CSVWriter<Sink: ByteSink> {
    private var sink: Sink
    let out = ByteBuffer(capacity: 1 << 18)
    private let flushThreshold = 1 << 18
    private let delimiter: UInt8

    init(sink: Sink, delimiter: UInt8 = 0x2C) {
        self.sink = sink
        self.delimiter = delimiter
    }

    /// Appends one field (without separator).
    @inline(__always)
    func writeField(_ p: UnsafePointer<UInt8>, _ n: Int) {
        var needsQuotes = false
        var i = 0
        let d = delimiter
        // 8 bytes at a time: does any byte equal ',' '"' LF CR or the delimiter?
        let raw = UnsafeRawPointer(p)
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if CSVWriter.hasByte(w, 0x2C) || CSVWriter.hasByte(w, 0x22) || CSVWriter.hasByte(w, 0x0A)
                || CSVWriter.hasByte(w, 0x0D) || CSVWriter.hasByte(w, d)
            {
                break
            }
            i += 8
        }
        while i < n {
            let c = p[i]
            if c == 0x2C || c == 0x22 || c == 0x0A || c == 0x0D || c == d {
                needsQuotes = true
                break
            }
            i += 1
        }
        if !needsQuotes {
            out.append(p, n)
            return
        }
        out.reserve(n * 2 + 2)
        out.append(0x22)
        var runStart = 0
        i = 0
        while i < n {
            if p[i] == 0x22 {
                out.append(p + runStart, i + 1 - runStart)
                out.append(0x22)
                runStart = i + 1
            }
            i += 1
        }
        out.append(p + runStart, n - runStart)
        out.append(0x22)
    }

    /// Whether any byte of `w` equals `b` (exact SWAR test).
    @inline(__always)
    static func hasByte(_ w: UInt64, _ b: UInt8) -> Bool {
        let x = w ^ (0x0101_0101_0101_0101 &* UInt64(b))
        return ((x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080) != 0
    }

    @inline(__always)
    func writeDelimiter() { out.append(delimiter) }

    /// Ends a record and flushes when the buffer is full.
    @inline(__always)
    func endRecord() throws(RecipeError) {
        out.append(0x0A)
        if out.count >= flushThreshold { try flush() }
    }

    func writeRecord(_ fields: [String]) throws(RecipeError) {
        for (i, f) in fields.enumerated() {
            if i > 0 { writeDelimiter() }
            var s = f
            s.withUTF8 { writeField($0.baseAddress ?? UnsafePointer(out.base), $0.count) }
        }
        try endRecord()
    }

    func flush() throws(RecipeError) {
        guard out.count > 0 else { return }
        try sink.write(UnsafeRawBufferPointer(start: out.base, count: out.count))
        out.count = 0
    }

    /// The sink, after `flush()`.
    var finishedSink: Sink { sink }
}
