import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import NIOCore
import VernAPI

/// The current preview, the thread snapshot and the thread's SSE stream.
struct ThreadController {
    let state: ServerState

    /// The most events one snapshot page returns.
    static let pageSize = 500

    func register(on api: RouterGroup<AppRequestContext>) {
        api.get("migrations/:migration_id/preview", use: preview)
        api.get("migrations/:migration_id/thread", use: snapshot)
        api.get("migrations/:migration_id/thread/stream", use: stream)
    }

    @Sendable func preview(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.account
        let id = try context.parameters.require("migration_id")
        let record = try await state.database.read { db in
            _ = try MigrationQueries.owned(id, accountID: account, db)
            return try PreviewRecord.fetchOne(db, key: id)
        }
        guard let record else {
            throw APIError.notFound("There is no preview yet; start a generate run and wait for awaiting_approval.")
        }
        return try JSONResponse.make(try StoredJSON.decode(Preview.self, record.previewJSON))
    }

    @Sendable func snapshot(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try await ownedMigration(context)
        let (after, include) = try Self.cursor(request, allowLastEventID: false)
        let events = try await ThreadStore(state: state).events(
            migrationID: id, after: after, include: include, limit: Self.pageSize)
        return try JSONResponse.make(ThreadPage(events: events, lastSequence: events.last?.sequence ?? after))
    }

    @Sendable func stream(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try await ownedMigration(context)
        let (after, include) = try Self.cursor(request, allowLastEventID: true)
        let store = ThreadStore(state: state)
        let bus = state.bus
        let interval = state.configuration.heartbeatInterval
        let body = ResponseBody { writer in
            let subscription = bus.subscribe(migrationID: id)
            let heartbeat = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    subscription.continuation.yield(.heartbeat)
                }
            }
            defer {
                heartbeat.cancel()
                bus.unsubscribe(subscription.id)
            }
            var cursor = after ?? 0
            try await writer.write(ByteBuffer(string: ": connected\n\n"))
            cursor = try await Self.flush(store, id, after: cursor, include: include, to: &writer)
            for await signal in subscription.signals {
                switch signal {
                case .heartbeat:
                    try await writer.write(ByteBuffer(string: ": heartbeat\n\n"))
                case .wake:
                    cursor = try await Self.flush(store, id, after: cursor, include: include, to: &writer)
                }
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"],
            body: body)
    }

    /// Writes every event after `after`, one SSE message each; returns the new cursor.
    private static func flush(
        _ store: ThreadStore, _ id: String, after: Int, include: ThreadInclude, to writer: inout any ResponseBodyWriter
    ) async throws -> Int {
        var cursor = after
        while true {
            let events = try await store.events(migrationID: id, after: cursor, include: include, limit: pageSize)
            for event in events {
                let data = String(decoding: try VernJSON.encoder().encode(event), as: UTF8.self)
                try await writer.write(
                    ByteBuffer(string: "id: \(event.sequence)\nevent: \(event.type.wireValue)\ndata: \(data)\n\n"))
                cursor = event.sequence
            }
            if events.count < pageSize { return cursor }
        }
    }

    private func ownedMigration(_ context: AppRequestContext) async throws -> String {
        let account = try context.account
        let id = try context.parameters.require("migration_id")
        try await state.database.read { db in _ = try MigrationQueries.owned(id, accountID: account, db) }
        return id
    }

    /// `after` (or `Last-Event-ID` on the stream) and `include`, validated.
    private static func cursor(_ request: Request, allowLastEventID: Bool) throws -> (Int?, ThreadInclude) {
        var afterText = request.query("after")
        if afterText == nil, allowLastEventID { afterText = request.headers[.lastEventID] }
        var after: Int?
        if let afterText {
            guard let value = Int(afterText.trimmingCharacters(in: .whitespaces)), value >= 0 else {
                throw APIError.badRequest("`after` must be a non-negative whole number.")
            }
            after = value
        }
        var include = ThreadInclude.user
        if let text = request.query("include") {
            guard let value = ThreadInclude(rawValue: text) else {
                throw APIError.badRequest("`include` must be one of user, tools, all.")
            }
            include = value
        }
        return (after, include)
    }
}
