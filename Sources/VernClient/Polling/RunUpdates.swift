import VernAPI

extension VernClient {
    /// The run's state each time it changes, polled per ``PollPolicy``, ending at the terminal
    /// state for `kind` (see ``RunStatus/isTerminal(for:)``).
    ///
    /// The first element is the run as it is now. A `blocked` run is yielded once and polling
    /// goes on, so answer it (``answer(migration:run:_:)``) and keep iterating. Polling is
    /// pulled by the consumer: nothing is requested while the consumer is busy.
    /// - Parameter kind: the run's kind; the poll response does not say it.
    public func runUpdates(migration: String, run: String, kind: RunKind?) -> RunUpdates {
        RunUpdates(client: self, migration: migration, runID: run, kind: kind)
    }

    /// Polls until the run reaches its terminal state or blocks, and returns it.
    public func waitForRun(migration: String, run: String, kind: RunKind?) async throws -> Run {
        var last: Run?
        for try await update in runUpdates(migration: migration, run: run, kind: kind) {
            last = update
            if update.status == .blocked { break }
        }
        guard let last else {
            throw VernClientError(code: .invalidResponse, message: "no state was read for run \(run)")
        }
        return last
    }
}

/// An async sequence of a run's state changes; see ``VernClient/runUpdates(migration:run:kind:)``.
public struct RunUpdates: AsyncSequence, Sendable {
    public typealias Element = Run
    public typealias Failure = any Error

    let client: VernClient
    let migration: String
    let runID: String
    let kind: RunKind?

    public func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self)
    }

    /// Polls on demand.
    public struct Iterator: AsyncIteratorProtocol {
        let sequence: RunUpdates
        var last: Run?
        /// Time spent waiting between polls so far: the run's age as far as polling is concerned.
        var waited: Duration = .zero
        var finished = false

        public mutating func next() async throws -> Run? {
            guard !finished else { return nil }
            let client = sequence.client
            while true {
                if last != nil {
                    let interval = client.configuration.pollPolicy.interval(forRunAge: waited)
                    try await client.clock.sleep(for: interval)
                    waited += interval
                }
                let run = try await client.run(migration: sequence.migration, id: sequence.runID)
                if run.status.isTerminal(for: sequence.kind ?? run.kind) { finished = true }
                if run != last || finished {
                    last = run
                    return run
                }
            }
        }
    }
}
