#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exact set of byte strings, compact enough for millions of values: values live in 1 MiB
/// arena blocks (1-byte length prefix, 5 bytes for values of 255 bytes or more, 2-byte aligned),
/// and an open-addressing table holds a 32-bit reference (in 2-byte units: up to 8 GiB of distinct
/// values) plus a 1-byte hash tag per slot. About 5 bytes per slot plus the values themselves.
final class ByteSet {
    private static let blockSize = 1 << 20
    private var blocks: [UnsafeMutablePointer<UInt8>] = []
    private var blockSizes: [Int] = []
    private var used = 0
    /// Global offset of the start of each block, in bytes.
    private var blockStarts: [Int] = []

    private var refs: UnsafeMutablePointer<UInt32>
    private var tags: UnsafeMutablePointer<UInt8>
    private var mask: Int
    private(set) var count = 0

    init(initialCapacity: Int = 1 << 12) {
        var cap = 16
        while cap < initialCapacity { cap <<= 1 }
        refs = .allocate(capacity: cap)
        refs.initialize(repeating: 0, count: cap)
        tags = .allocate(capacity: cap)
        tags.initialize(repeating: 0, count: cap)
        mask = cap - 1
    }

    deinit {
        refs.deallocate()
        tags.deallocate()
        for b in blocks { b.deallocate() }
    }

    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(p[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        h ^= h >> 29
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        return h
    }

    /// The stored value for a reference: (pointer to bytes, length).
    @inline(__always)
    private func value(_ ref: UInt32) -> (UnsafeMutablePointer<UInt8>, Int) {
        let global = Int(ref - 1) << 1
        var b = blockStarts.count - 1
        if blockStarts[b] > global {
            var lo = 0
            var hi = b
            while lo < hi {
                let mid = (lo + hi + 1) >> 1
                if blockStarts[mid] <= global { lo = mid } else { hi = mid - 1 }
            }
            b = lo
        }
        let q = blocks[b] + (global - blockStarts[b])
        if q[0] < 255 { return (q + 1, Int(q[0])) }
        return (q + 5, Int(UnsafeRawPointer(q + 1).loadUnaligned(as: UInt32.self)))
    }

    @inline(__always)
    private static func tag(_ h: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: h >> 57) | 0x80 }

    /// Grows the table once for about `expected` values (avoids repeated rehashing).
    func reserve(_ expected: Int) {
        var cap = mask + 1
        while expected * 3 > cap * 2 { cap <<= 1 }
        while mask + 1 < cap { grow() }
    }

    /// Inserts the value; returns true if it was not present.
    func insert(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let h = ByteSet.hash(p, n)
        let t = ByteSet.tag(h)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let r = refs[i]
            if r == 0 { break }
            if tags[i] == t {
                let (q, l) = value(r)
                if l == n && memcmp(q, p, n) == 0 { return false }
            }
            i = (i + 1) & mask
        }
        refs[i] = store(p, n)
        tags[i] = t
        count += 1
        if count * 3 > (mask + 1) * 2 { grow() }
        return true
    }

    /// Whether the value is present.
    func contains(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let h = ByteSet.hash(p, n)
        let t = ByteSet.tag(h)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let r = refs[i]
            if r == 0 { return false }
            if tags[i] == t {
                let (q, l) = value(r)
                if l == n && memcmp(q, p, n) == 0 { return true }
            }
            i = (i + 1) & mask
        }
    }

    private func store(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
        let header = n < 255 ? 1 : 5
        let need = (header + n + 1) & ~1
        if blocks.isEmpty || used + need > blockSizes[blocks.count - 1] {
            let size = max(ByteSet.blockSize, need)
            let block = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
            let start = blocks.isEmpty ? 0 : blockStarts[blocks.count - 1] + blockSizes[blocks.count - 1]
            blocks.append(block)
            blockSizes.append(size)
            blockStarts.append(start)
            used = 0
        }
        let q = blocks[blocks.count - 1] + used
        if n < 255 {
            q[0] = UInt8(n)
        } else {
            q[0] = 255
            UnsafeMutableRawPointer(q + 1).storeBytes(of: UInt32(n), as: UInt32.self)
        }
        (q + header).update(from: p, count: n)
        let global = blockStarts[blocks.count - 1] + used
        used += need
        precondition(global >> 1 < Int(UInt32.max), "ByteSet: more than 8 GiB of distinct values")
        return UInt32(global >> 1) + 1
    }

    private func grow() {
        let oldRefs = refs
        let oldTags = tags
        let oldCap = mask + 1
        let cap = oldCap * 2
        refs = .allocate(capacity: cap)
        refs.initialize(repeating: 0, count: cap)
        tags = .allocate(capacity: cap)
        tags.initialize(repeating: 0, count: cap)
        mask = cap - 1
        for j in 0..<oldCap {
            let r = oldRefs[j]
            if r == 0 { continue }
            let (q, l) = value(r)
            let h = ByteSet.hash(q, l)
            var i = Int(truncatingIfNeeded: h) & mask
            while refs[i] != 0 { i = (i + 1) & mask }
            refs[i] = r
            tags[i] = oldTags[j]
        }
        oldRefs.deallocate()
        oldTags.deallocate()
    }
}
