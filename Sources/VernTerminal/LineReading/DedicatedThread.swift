import Dispatch
import Foundation
import Synchronization

/// A thread that runs submitted jobs one at a time, in order. Blocking reads happen here, never on
/// the cooperative thread pool (which has as many threads as cores).
final class DedicatedThread: Sendable {
    private let jobs = Mutex<[@Sendable () -> Void]>([])
    private let wakeUp = DispatchSemaphore(value: 0)

    /// Starts the thread; `setUp` runs on it before the first job.
    init(name: String, setUp: @escaping @Sendable () -> Void = {}) {
        let thread = Thread { [self] in
            setUp()
            while true {
                wakeUp.wait()
                guard let job = self.jobs.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { continue }
                job()
            }
        }
        thread.name = name
        thread.start()
    }

    /// Queues `job` and returns at once.
    func submit(_ job: @escaping @Sendable () -> Void) {
        jobs.withLock { $0.append(job) }
        wakeUp.signal()
    }

    /// Runs `body` on the thread and returns its result.
    func perform<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            submit { continuation.resume(returning: body()) }
        }
    }
}
