/// A streaming RFC 4180 reader over a ``ByteSource``.
///
/// Reads UTF-8 with or without BOM (UTF-16 and UTF-32 byte order marks are refused with a clear
/// error rather than read as garbage); quoted fields may hold the delimiter, doubled quotes, LF and
/// CRLF (kept as is). Unquoted records end at LF, CR or CRLF. Blank lines are skipped. Like
/// Python's `csv` module, a quote inside an unquoted field is literal, and text after a closing
/// quote is appended to the field. Field bytes are copied into a row arena, so memory stays flat.
final class CSVReader<Source: ByteSource> {
    private var source: Source
    private let buffer: UnsafeMutablePointer<UInt8>
    private let bufferCapacity: Int
    private var pos = 0
    private var end = 0
    private var atEOF = false
    /// Byte offset in the input of `buffer[0]`.
    private var bufferOffset = 0

    /// The delimiter in use.
    let delimiter: UInt8
    /// Whether the input started with a UTF-8 byte order mark (skipped).
    let hasBOM: Bool
    /// Field bounds of the last record: field `i` is `arena[bounds[2i] ..< bounds[2i+1]]`.
    let bounds = IntBuffer(capacity: 64)
    /// Number of records read (the header is record 1).
    private(set) var recordNumber = 0
    /// Byte offset where the last record started.
    private(set) var recordOffset = 0

    init(source: Source, delimiter: UInt8? = nil, bufferCapacity: Int = 1 << 18) throws(RecipeError) {
        self.source = source
        self.bufferCapacity = bufferCapacity
        buffer = .allocate(capacity: bufferCapacity)
        // Fill the first buffer fully (or to EOF) so the BOM and the header line can be inspected.
        while end < bufferCapacity {
            let n = try self.source.read(
                into: UnsafeMutableRawBufferPointer(start: buffer + end, count: bufferCapacity - end))
            if n == 0 {
                atEOF = true
                break
            }
            end += n
        }
        hasBOM = end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
        if hasBOM { pos = 3 }
        if let encoding = Self.wideEncoding(UnsafeBufferPointer(start: buffer, count: end)) {
            buffer.deallocate()
            throw RecipeError(
                .malformedInput,
                "the file is \(encoding) (it starts with a \(encoding) byte order mark); save it as UTF-8 and use it again")
        }
        self.delimiter =
            delimiter ?? CSVDialect.detectDelimiter(UnsafeBufferPointer(start: buffer + pos, count: end - pos))
    }

    deinit { buffer.deallocate() }

    /// The name of the encoding a UTF-16 or UTF-32 byte order mark at the start announces.
    static func wideEncoding(_ start: UnsafeBufferPointer<UInt8>) -> String? {
        let head = Array(start.prefix(4))
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }

    /// Number of fields in the last record.
    var fieldCount: Int { bounds.count / 2 }

    private func refill() throws(RecipeError) -> Bool {
        if atEOF { return false }
        bufferOffset += end
        pos = 0
        end = 0
        let n = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: bufferCapacity))
        if n == 0 {
            atEOF = true
            return false
        }
        end = n
        return true
    }

    private enum State {
        case fieldBegin, unquoted, quoted, afterQuote
    }

    /// Whether any byte of `w` equals `b` (exact SWAR test).
    @inline(__always)
    static func hasByte(_ w: UInt64, _ b: UInt8) -> Bool {
        let x = w ^ (0x0101_0101_0101_0101 &* UInt64(b))
        return ((x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080) != 0
    }

    /// Bytes of input consumed so far.
    var consumedBytes: Int { bufferOffset + pos }

    /// Reads the next record into `arena` (appending). Returns false at end of input.
    func readRecord(into arena: ByteBuffer) throws(RecipeError) -> Bool {
        bounds.count = 0
        var state = State.fieldBegin
        var started = false
        var fieldStart = arena.count
        let delim = delimiter
        let quote: UInt8 = 0x22
        let lf: UInt8 = 0x0A
        let cr: UInt8 = 0x0D
        while true {
            if pos >= end {
                if try !refill() {
                    switch state {
                    case .fieldBegin:
                        if !started { return false }
                        bounds.append(fieldStart)
                        bounds.append(arena.count)
                        return true
                    case .unquoted, .afterQuote:
                        bounds.append(fieldStart)
                        bounds.append(arena.count)
                        return true
                    case .quoted:
                        throw RecipeError(
                            .malformedInput,
                            "unterminated quoted field: record \(recordNumber) (starting at byte \(recordOffset)) opens a quote that is never closed before the end of the file"
                        )
                    }
                }
            }
            let p = buffer
            switch state {
            case .fieldBegin:
                let c = p[pos]
                if !started {
                    if c == lf || c == cr {
                        pos += 1
                        continue
                    }  // blank line
                    started = true
                    recordNumber += 1
                    recordOffset = bufferOffset + pos
                }
                if c == quote {
                    pos += 1
                    state = .quoted
                } else if c == delim {
                    pos += 1
                    bounds.append(fieldStart)
                    bounds.append(arena.count)
                    fieldStart = arena.count
                } else if c == lf || c == cr {
                    pos += 1
                    bounds.append(fieldStart)
                    bounds.append(arena.count)
                    return true
                } else {
                    state = .unquoted
                }
            case .unquoted:
                var i = pos
                let e = end
                let raw = UnsafeRawPointer(p)
                while i + 8 <= e {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if CSVReader.hasByte(w, delim) || CSVReader.hasByte(w, lf) || CSVReader.hasByte(w, cr) { break }
                    i += 8
                }
                while i < e {
                    let c = p[i]
                    if c == delim || c == lf || c == cr { break }
                    i += 1
                }
                arena.append(p + pos, i - pos)
                pos = i
                if i == e { continue }
                let c = p[i]
                pos += 1
                bounds.append(fieldStart)
                bounds.append(arena.count)
                if c == delim {
                    fieldStart = arena.count
                    state = .fieldBegin
                } else {
                    return true
                }
            case .quoted:
                var i = pos
                let e = end
                let raw = UnsafeRawPointer(p)
                while i + 8 <= e && !CSVReader.hasByte(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), quote) {
                    i += 8
                }
                while i < e && p[i] != quote { i += 1 }
                arena.append(p + pos, i - pos)
                if i == e {
                    pos = i
                    continue
                }
                pos = i + 1
                state = .afterQuote
            case .afterQuote:
                let c = p[pos]
                pos += 1
                if c == quote {
                    arena.append(quote)
                    state = .quoted
                } else if c == delim {
                    bounds.append(fieldStart)
                    bounds.append(arena.count)
                    fieldStart = arena.count
                    state = .fieldBegin
                } else if c == lf || c == cr {
                    bounds.append(fieldStart)
                    bounds.append(arena.count)
                    return true
                } else {
                    arena.append(c)
                    state = .unquoted
                }
            }
        }
    }
}

/// CSV dialect helpers.
public enum CSVDialect {
    /// Candidate delimiters, in order of preference on ties.
    public static let candidates: [UInt8] = [0x2C, 0x3B, 0x09, 0x7C]  // , ; \t |

    /// Detects the delimiter from the start of a file (after any BOM): the candidate (`,` `;` tab `|`)
    /// that occurs most often outside quotes on the first line; `,` when none occurs.
    public static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var counts = [0, 0, 0, 0]
        var inQuotes = false
        for c in bytes {
            if c == 0x22 {
                inQuotes.toggle()
                continue
            }
            if inQuotes { continue }
            if c == 0x0A || c == 0x0D { break }
            switch c {
            case 0x2C: counts[0] += 1
            case 0x3B: counts[1] += 1
            case 0x09: counts[2] += 1
            case 0x7C: counts[3] += 1
            default: break
            }
        }
        var best = 0
        for i in 1..<4 where counts[i] > counts[best] { best = i }
        return candidates[best]
    }

    /// Detects the delimiter of CSV text.
    public static func detectDelimiter(_ text: String) -> Character {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let d = bytes.withUnsafeBufferPointer { detectDelimiter($0) }
        return Character(Unicode.Scalar(d))
    }
}
