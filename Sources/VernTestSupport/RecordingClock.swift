import Synchronization

/// A clock that never waits: it records each requested sleep and advances its own time by it, so
/// tests of retries, polling and pauses run at once and can check the delays asked for.
public final class RecordingClock: Clock, Sendable {
    /// A point on the clock: time moves only when someone sleeps.
    public struct Instant: InstantProtocol {
        var offset: Duration
        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let state = Mutex<(now: Duration, sleeps: [Duration])>((now: .zero, sleeps: []))

    /// Creates a clock at time zero.
    public init() {}

    public var now: Instant { Instant(offset: state.withLock { $0.now }) }
    public var minimumResolution: Duration { .nanoseconds(1) }
    /// Every sleep requested, in order.
    public var sleeps: [Duration] { state.withLock { $0.sleeps } }

    public func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        state.withLock {
            $0.sleeps.append(deadline.offset - $0.now)
            $0.now = max($0.now, deadline.offset)
        }
        await Task.yield()
    }
}
