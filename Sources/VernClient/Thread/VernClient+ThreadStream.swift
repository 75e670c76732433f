import Foundation
import VernAPI

extension VernClient {
    /// The migration's thread as a live stream (`GET …/thread/stream`).
    ///
    /// Heartbeats are ignored. When the connection drops, the stream reconnects with backoff
    /// and resumes after the last event it delivered (`after` and `Last-Event-ID`), so no event
    /// is lost or repeated. It ends when the consumer stops iterating, and fails on an error
    /// status that retrying cannot fix (401, 404) or when reconnecting keeps failing.
    /// - Parameters:
    ///   - after: start after this sequence; `nil` for the whole thread.
    ///   - include: how much detail to return.
    public func threadEvents(migration: String, after: Int? = nil, include: ThreadInclude = .user)
        -> AsyncThrowingStream<ThreadEvent, any Error>
    {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: ThreadEvent.self)
        let task = Task {
            var last = after
            var failures = 0
            while !Task.isCancelled {
                do {
                    let delivered = try await streamOnce(migration: migration, after: last, include: include) {
                        last = $0.sequence
                        continuation.yield($0)
                    }
                    failures = delivered ? 0 : failures + 1
                } catch let error as VernClientError where error.status.map({ $0 < 500 && $0 != 429 }) == true {
                    continuation.finish(throwing: error)
                    return
                } catch is CancellationError {
                    break
                } catch {
                    failures += 1
                    if failures >= configuration.retryPolicy.maxAttempts {
                        continuation.finish(throwing: error)
                        return
                    }
                }
                guard !Task.isCancelled else { break }
                do {
                    try await clock.sleep(for: configuration.retryPolicy.delay(beforeRetry: max(failures, 1), random: random()))
                } catch {
                    break
                }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// Reads one connection of the stream; returns whether it delivered any event.
    private func streamOnce(
        migration: String, after: Int?, include: ThreadInclude, deliver: (ThreadEvent) -> Void
    ) async throws -> Bool {
        var query = [("include", include.rawValue)]
        var headers = [(name: "accept", value: "text/event-stream")]
        if let after {
            query.append(("after", String(after)))
            headers.append((name: "last-event-id", value: String(after)))
        }
        let response = try await send(
            "GET", Endpoints.threadStream(migration), query: query, headers: headers, retry: .idempotent)
        var parser = ServerSentEventParser()
        var delivered = false
        let decoder = VernJSON.decoder()
        for try await chunk in response.body {
            for message in parser.feed(chunk) {
                guard let event = try? decoder.decode(ThreadEvent.self, from: Data(message.data.utf8)),
                    event.sequence > (after ?? Int.min)
                else { continue }
                deliver(event)
                delivered = true
            }
        }
        return delivered
    }
}
