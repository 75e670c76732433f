import Foundation

/// When and how long to wait before sending a request again.
///
/// Requests are retried on 429 (there is no `Retry-After` header), on 5xx and on connection
/// failures, with exponential backoff and jitter. Requests that are not safe to repeat are
/// retried only on 429, which the server answers before doing anything.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, including the first.
    public var maxAttempts: Int
    /// The delay before the first retry, before jitter.
    public var baseDelay: Duration
    /// No delay exceeds this, before jitter.
    public var maxDelay: Duration
    /// Each retry waits this many times longer than the one before.
    public var multiplier: Double
    /// The fraction of a delay that is random: 0.2 means each delay is 80 %–100 % of its nominal value.
    public var jitter: Double

    public init(
        maxAttempts: Int = 5, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8),
        multiplier: Double = 2, jitter: Double = 0.2
    ) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.multiplier = multiplier
        self.jitter = jitter
    }

    /// The default: 5 attempts, 0.5 s doubling to at most 8 s, 20 % jitter.
    public static let standard = RetryPolicy()
    /// Never retry.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The wait before retry number `retry` (1 for the first retry).
    ///
    /// Nominal delays for the standard policy: 0.5 s, 1 s, 2 s, 4 s, 8 s, 8 s, …; jitter then
    /// removes up to 20 %. `random` is a value in `0..<1` (injected so tests are exact).
    public func delay(beforeRetry retry: Int, random: Double) -> Duration {
        let exponent = Double(max(retry, 1) - 1)
        let base = seconds(baseDelay)
        let nominal = min(base * Foundation.pow(multiplier, min(exponent, 64)), seconds(maxDelay))
        let clampedRandom = min(max(random, 0), 1)
        let jittered = nominal * (1 - jitter * clampedRandom)
        return .nanoseconds(Int64((jittered * 1e9).rounded()))
    }

    private func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
