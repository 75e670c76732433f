import Foundation

/// The reader interface the pipeline needs (keeps the pipeline non-generic).
protocol RecordReading: AnyObject {
    func readRecord(into arena: ByteBuffer) throws(RecipeError) -> Bool
    var bounds: IntBuffer { get }
    var consumedBytes: Int { get }
}

extension CSVReader: RecordReading {}

/// A batch of parsed records, handed from the parser thread to the processing thread.
final class RecordBatch: @unchecked Sendable {
    let arena = ByteBuffer(capacity: 1 << 17)
    /// Field bounds of all records (pairs of arena offsets).
    let bounds = IntBuffer(capacity: 1 << 13)
    /// Index into `bounds` where each record starts.
    let recordStarts = IntBuffer(capacity: 1 << 10)
    var count = 0
    var error: RecipeError?
    var isLast = false
    /// Estimated total rows of the input (set on one early batch), for pre-sizing hash sets.
    var estimatedRows: Int?

    func reset() {
        arena.count = 0
        bounds.count = 0
        recordStarts.count = 0
        count = 0
        error = nil
        isLast = false
        estimatedRows = nil
        arena.shrinkIfHuge(to: 1 << 17)
    }
}

/// A blocking FIFO of batches; `take()` returns nil once the queue is closed.
final class BatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [RecordBatch] = []
    private var closed = false

    func put(_ batch: RecordBatch) {
        condition.lock()
        items.append(batch)
        condition.signal()
        condition.unlock()
    }

    func take() -> RecordBatch? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        return closed ? nil : items.removeFirst()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Parses CSV records on a second thread, in batches, so parsing overlaps with transforming and
/// writing. At most `batchCount` batches exist, so memory stays bounded.
final class ParsePipeline: @unchecked Sendable {
    private let reader: any RecordReading
    private let sizeHint: Int?
    let free = BatchQueue()
    let full = BatchQueue()
    private let finished = NSCondition()
    private var running = false

    init(reader: any RecordReading, sizeHint: Int?, batchCount: Int = 3) {
        self.reader = reader
        self.sizeHint = sizeHint
        for _ in 0..<batchCount { free.put(RecordBatch()) }
    }

    func start() {
        running = true
        let thread = Thread { [self] in
            self.loop()
            self.finished.lock()
            self.running = false
            self.finished.broadcast()
            self.finished.unlock()
        }
        thread.name = "vern-csv-parse"
        thread.start()
    }

    /// Stops the parser (if still running) and waits until its thread no longer touches the reader.
    func stop() {
        free.close()
        finished.lock()
        while running { finished.wait() }
        finished.unlock()
    }

    private func loop() {
        var records = 0
        var estimated = false
        while let batch = free.take() {
            batch.reset()
            do throws(RecipeError) {
                while batch.count < 1024 && batch.arena.count < (1 << 17) {
                    guard try reader.readRecord(into: batch.arena) else {
                        batch.isLast = true
                        break
                    }
                    batch.recordStarts.append(batch.bounds.count)
                    let b = reader.bounds
                    for i in 0..<b.count { batch.bounds.append(b[i]) }
                    batch.count += 1
                    records += 1
                }
            } catch {
                batch.error = error
                batch.isLast = true
            }
            if !estimated && records >= 2048, let sizeHint {
                estimated = true
                batch.estimatedRows = Int(
                    Double(sizeHint) / Double(max(reader.consumedBytes, 1)) * Double(records) * 1.05)
            }
            full.put(batch)
            if batch.isLast { return }
        }
    }
}
