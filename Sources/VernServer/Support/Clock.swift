import Foundation
import Synchronization

/// Where the server reads the time: rate-limit windows, upload URL expiry, timestamps.
///
/// Injected so tests can move time forward without sleeping.
public protocol ServerClock: Sendable {
    /// The current time.
    func now() -> Date
}

/// The system's wall clock.
public struct SystemClock: ServerClock {
    /// Creates the system clock.
    public init() {}

    /// The current time.
    public func now() -> Date { Date() }
}

/// A clock that only moves when told to, for tests and scripted demos.
public final class ManualClock: ServerClock {
    private let current: Mutex<Date>

    /// Creates a clock stopped at `start`.
    /// - Parameter start: The initial time.
    public init(start: Date = Date(timeIntervalSince1970: 1_781_000_000)) {
        current = Mutex(start)
    }

    /// The clock's current time.
    public func now() -> Date { current.withLock { $0 } }

    /// Moves the clock forward.
    /// - Parameter seconds: How far to move it.
    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 += seconds }
    }
}
