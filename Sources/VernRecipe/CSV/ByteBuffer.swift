/// A growable byte buffer with a stable-while-not-growing base pointer, used for rows and output.
/// Not thread-safe; owned by one engine run.
final class ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    var count: Int = 0
    private(set) var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes (may move `base`).
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Shrinks back to `capacity` when a huge field made it grow, so memory stays flat.
    func shrinkIfHuge(to target: Int) {
        guard capacity > target * 4, count <= target else { return }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: target)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = target
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (base + count).update(from: p, count: n)
        count += n
    }

    /// Appends `n` bytes that already live in this buffer at `offset`.
    @inline(__always)
    func appendInternal(offset: Int, _ n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (base + count).update(from: base + offset, count: n)
        count += n
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0.baseAddress!, $0.count) }
    }

    func append(_ string: String) {
        var s = string
        s.withUTF8 { append($0.baseAddress!, $0.count) }
    }

    func string(_ offset: Int, _ n: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + offset, count: n), as: UTF8.self)
    }
}

/// A growable array of Int without copy-on-write checks in the hot loop.
final class IntBuffer {
    private(set) var base: UnsafeMutablePointer<Int>
    var count: Int = 0
    private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func append(_ v: Int) {
        if count == capacity {
            let newBase = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 2)
            newBase.update(from: base, count: count)
            base.deallocate()
            base = newBase
            capacity *= 2
        }
        base[count] = v
        count += 1
    }

    @inline(__always)
    subscript(i: Int) -> Int { base[i] }
}
