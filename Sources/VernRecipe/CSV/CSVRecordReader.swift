/// Reads a CSV stream record by record as strings, with the engine's dialect rules (BOM skipped,
/// delimiter detected from the header line, RFC 4180 quoting). The first record is the header.
///
/// For callers that need the raw values (profiling a file, re-reading an engine output); memory
/// stays flat whatever the input size.
public final class CSVRecordReader<Source: ByteSource> {
    private let reader: CSVReader<Source>
    private let arena = ByteBuffer(capacity: 1 << 16)

    /// Opens `source` and detects its delimiter.
    public init(source: Source) throws(RecipeError) {
        reader = try CSVReader(source: source)
    }

    /// The detected delimiter byte (`,` `;` TAB or `|`).
    public var delimiter: UInt8 { reader.delimiter }

    /// Whether the input started with a UTF-8 byte order mark (never part of a field).
    public var hasBOM: Bool { reader.hasBOM }

    /// Reads the next record without making strings: `field` gets each field's index and bytes
    /// (valid only during the call). Returns false at the end of the input.
    public func next(field: (_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Void) throws(RecipeError) -> Bool {
        arena.count = 0
        guard try reader.readRecord(into: arena) else { return false }
        let base = arena.base
        for f in 0..<reader.fieldCount {
            let start = reader.bounds[2 * f]
            field(f, UnsafeBufferPointer(start: base + start, count: reader.bounds[2 * f + 1] - start))
        }
        arena.shrinkIfHuge(to: 1 << 16)
        return true
    }

    /// The next record's fields, or nil at the end of the input.
    public func next() throws(RecipeError) -> [String]? {
        arena.count = 0
        guard try reader.readRecord(into: arena) else { return nil }
        var fields: [String] = []
        fields.reserveCapacity(reader.fieldCount)
        for f in 0..<reader.fieldCount {
            fields.append(arena.string(reader.bounds[2 * f], reader.bounds[2 * f + 1] - reader.bounds[2 * f]))
        }
        arena.shrinkIfHuge(to: 1 << 16)
        return fields
    }
}
