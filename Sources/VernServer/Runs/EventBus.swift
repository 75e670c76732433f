import Foundation
import Synchronization

/// Wakes thread streams when their migration's thread grows.
final class EventBus: Sendable {
    /// What a stream waiting on the bus is told.
    enum Signal: Sendable {
        /// New events may be available.
        case wake
        /// Time for a heartbeat comment.
        case heartbeat
    }

    private struct Subscriber {
        let migrationID: String
        let continuation: AsyncStream<Signal>.Continuation
    }

    private let subscribers = Mutex<(closed: Bool, all: [UUID: Subscriber])>((false, [:]))

    /// Subscribes to a migration's thread; the stream ends when the bus closes.
    func subscribe(migrationID: String) -> (id: UUID, signals: AsyncStream<Signal>, continuation: AsyncStream<Signal>.Continuation) {
        let (signals, continuation) = AsyncStream<Signal>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id = UUID()
        let closed = subscribers.withLock { state in
            if !state.closed { state.all[id] = Subscriber(migrationID: migrationID, continuation: continuation) }
            return state.closed
        }
        if closed { continuation.finish() }
        return (id, signals, continuation)
    }

    /// Ends one subscription.
    func unsubscribe(_ id: UUID) {
        subscribers.withLock { $0.all.removeValue(forKey: id) }?.continuation.finish()
    }

    /// Tells every stream of `migrationID` to look for new events.
    func publish(migrationID: String) {
        let targets = subscribers.withLock { $0.all.values.filter { $0.migrationID == migrationID } }
        for subscriber in targets { subscriber.continuation.yield(.wake) }
    }

    /// Ends every stream, so open thread streams finish and the server can shut down.
    func close() {
        let all = subscribers.withLock { state in
            state.closed = true
            defer { state.all = [:] }
            return Array(state.all.values)
        }
        for subscriber in all { subscriber.continuation.finish() }
    }
}
