/// How often to poll a run: about every 2 s, backing off as the run ages.
public struct PollPolicy: Sendable, Equatable {
    /// The interval while the run is young.
    public var initial: Duration
    /// The interval grows by `initial` for every `growthPeriod` of run age…
    public var growthPeriod: Duration
    /// …up to this.
    public var maximum: Duration

    public init(initial: Duration = .seconds(2), growthPeriod: Duration = .seconds(60), maximum: Duration = .seconds(10)) {
        self.initial = initial
        self.growthPeriod = growthPeriod
        self.maximum = maximum
    }

    /// 2 s for a new run, 4 s after a minute, 6 s after two, at most 10 s.
    public static let standard = PollPolicy()

    /// The wait before the next poll of a run that has been watched for `age`.
    public func interval(forRunAge age: Duration) -> Duration {
        let steps = max(0, Int(age / growthPeriod))
        let interval = initial * (steps + 1)
        return min(interval, maximum)
    }
}
