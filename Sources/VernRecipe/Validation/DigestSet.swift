import Crypto
import Foundation

/// A set of byte strings that keeps, per value, only a 128-bit digest: the first 16 bytes of
/// its SHA-256. Two different values are taken for the same value only if their digests collide,
/// about n²/2¹²⁹ for n distinct values (~10⁻²⁷ for a million), far below the rate of hardware
/// faults; in practice the answers are those of an exact set.
///
/// Layout: 256 open-addressing tables (linear probing), chosen by one digest byte, 16 bytes per
/// slot, each grown by a quarter when it is 80 % full. Growing one small table at a time keeps the
/// memory close to `16 / 0.72` bytes per distinct value, with no doubling spike.
final class DigestSet {
    private struct Table {
        /// Two words per slot; (0, 0) marks an empty slot.
        var slots: UnsafeMutablePointer<UInt64>
        var capacity: Int
        var count: Int
    }

    private static let tableCount = 256
    private static let maxLoadNumerator = 4
    private static let maxLoadDenominator = 5
    private let tables: UnsafeMutablePointer<Table>
    private(set) var count = 0

    /// A set sized for about `initialCapacity` values before it first grows.
    init(initialCapacity: Int = 1 << 12) {
        tables = .allocate(capacity: DigestSet.tableCount)
        let capacity = DigestSet.tableCapacity(for: initialCapacity)
        for i in 0..<DigestSet.tableCount {
            (tables + i).initialize(to: Table(slots: DigestSet.allocateSlots(capacity), capacity: capacity, count: 0))
        }
    }

    deinit {
        for i in 0..<DigestSet.tableCount { tables[i].slots.deallocate() }
        tables.deallocate()
    }

    /// Slots per table so that `values` values spread over the tables stay under the load limit.
    private static func tableCapacity(for values: Int) -> Int {
        let perTable = (values + tableCount - 1) / tableCount
        return max(16, perTable * maxLoadDenominator / maxLoadNumerator + 1)
    }

    private static func allocateSlots(_ capacity: Int) -> UnsafeMutablePointer<UInt64> {
        let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * capacity)
        slots.initialize(repeating: 0, count: 2 * capacity)
        return slots
    }

    /// The value's digest as two words, never (0, 0) (the empty-slot mark).
    @inline(__always)
    static func digest(_ p: UnsafePointer<UInt8>, _ n: Int) -> (UInt64, UInt64) {
        let hash = SHA256.hash(data: UnsafeRawBufferPointer(start: p, count: n))
        let (a, b) = hash.withUnsafeBytes {
            ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
        return a == 0 && b == 0 ? (1, 0) : (a, b)
    }

    /// Grows every table once for about `expected` values (avoids repeated growth).
    func reserve(_ expected: Int) {
        let capacity = DigestSet.tableCapacity(for: expected)
        for i in 0..<DigestSet.tableCount where tables[i].capacity < capacity { resize(i, to: capacity) }
    }

    /// Inserts the value; returns true if it was not present.
    func insert(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let (a, b) = DigestSet.digest(p, n)
        let t = Int(truncatingIfNeeded: b >> 56)
        if DigestSet.find(tables[t], a, b).found { return false }
        if (tables[t].count + 1) * DigestSet.maxLoadDenominator > tables[t].capacity * DigestSet.maxLoadNumerator {
            resize(t, to: tables[t].capacity + tables[t].capacity / 4)
        }
        let slot = DigestSet.find(tables[t], a, b).slot
        tables[t].slots[2 * slot] = a
        tables[t].slots[2 * slot + 1] = b
        tables[t].count += 1
        count += 1
        return true
    }

    /// Whether the value is present.
    func contains(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let (a, b) = DigestSet.digest(p, n)
        return DigestSet.find(tables[Int(truncatingIfNeeded: b >> 56)], a, b).found
    }

    /// The slot holding the digest, or the empty slot where it would go.
    @inline(__always)
    private static func find(_ table: Table, _ a: UInt64, _ b: UInt64) -> (found: Bool, slot: Int) {
        var i = Int(truncatingIfNeeded: a.multipliedFullWidth(by: UInt64(table.capacity)).high)
        while true {
            let x = table.slots[2 * i]
            let y = table.slots[2 * i + 1]
            if x == a && y == b { return (true, i) }
            if x == 0 && y == 0 { return (false, i) }
            i += 1
            if i == table.capacity { i = 0 }
        }
    }

    private func resize(_ t: Int, to capacity: Int) {
        let old = tables[t]
        let grown = Table(slots: DigestSet.allocateSlots(capacity), capacity: capacity, count: old.count)
        for j in 0..<old.capacity {
            let a = old.slots[2 * j]
            let b = old.slots[2 * j + 1]
            if a == 0 && b == 0 { continue }
            let slot = DigestSet.find(grown, a, b).slot
            grown.slots[2 * slot] = a
            grown.slots[2 * slot + 1] = b
        }
        old.slots.deallocate()
        tables[t] = grown
    }
}
