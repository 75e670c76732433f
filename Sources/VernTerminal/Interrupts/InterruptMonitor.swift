import CLibEditShim
import Foundation
import Synchronization

/// Fans one interrupt signal out to the current subscribers.
final class InterruptBroadcaster: Sendable {
    private let subscribers = Mutex<[UInt64: AsyncStream<Void>.Continuation]>([:])
    private let nextID = Atomic<UInt64>(0)

    /// A new stream that receives the interrupts broadcast from now on.
    func subscribe() -> AsyncStream<Void> {
        let id = nextID.add(1, ordering: .relaxed).newValue
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .unbounded)
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        subscribers.withLock { $0[id] = continuation }
        return stream
    }

    /// Delivers one interrupt to every current subscriber.
    func broadcast() {
        let current = subscribers.withLock { Array($0.values) }
        for continuation in current { continuation.yield() }
    }

    /// Number of live subscriptions.
    var subscriberCount: Int { subscribers.withLock { $0.count } }
}

/// The process-wide SIGINT handling.
///
/// Installs (once) a `sigaction` handler without `SA_RESTART`. A SIGINT that arrives while a prompt
/// or a masked read is active interrupts that read; any other SIGINT is written to a self-pipe and
/// broadcast to the subscribers of ``subscribe()``. Once started, SIGINT never terminates the
/// process.
public final class InterruptMonitor: Sendable {
    /// The single monitor of this process.
    public static let shared = InterruptMonitor()

    private let broadcaster = InterruptBroadcaster()
    private let started = Mutex(false)

    private init() {}

    /// Installs the SIGINT handler and starts the thread that drains the self-pipe. Idempotent.
    public func start() {
        let shouldStart = started.withLock { started in
            defer { started = true }
            return !started
        }
        guard shouldStart else { return }
        let fd = le_install_sigint()
        guard fd >= 0 else { return }
        let broadcaster = self.broadcaster
        let thread = Thread {
            var byte: UInt8 = 0
            while true {
                let n = read(fd, &byte, 1)
                if n == 1 {
                    broadcaster.broadcast()
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
        thread.name = "vern.interrupts"
        thread.start()
    }

    /// A new stream of the interrupts that arrive from now on while no read is active. Starts the
    /// monitor if needed.
    public func subscribe() -> AsyncStream<Void> {
        start()
        return broadcaster.subscribe()
    }
}
