import Foundation
import GRDB
import Hummingbird
import NIOCore
import VernAPI

/// Signed upload URLs (`POST /files`), the storage route they point at, and `GET /files`.
struct FilesController {
    let state: ServerState

    /// The storage route, outside `/api/v1`: the token in the URL is the only credential.
    static let storagePath = "/storage/upload"

    func register(on api: RouterGroup<AppRequestContext>, storage: Router<AppRequestContext>) {
        api.post("migrations/:migration_id/files", use: mint)
        api.get("migrations/:migration_id/files", use: list)
        storage.put("storage/upload/:token", use: upload)
    }

    @Sendable func mint(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.account
        let id = try context.parameters.require("migration_id")
        let input = try await request.decodeJSON(MintUploadsRequest.self)
        try await state.database.read { db in _ = try MigrationQueries.owned(id, accountID: account, db) }
        guard !input.files.isEmpty else { throw APIError.badRequest("The field `files` must list at least one file.") }
        guard input.files.count <= 100 else { throw APIError.badRequest("At most 100 files can be minted at once.") }
        for file in input.files { try Self.validate(name: file.name) }
        let origin = state.origin.current
        let expiry = state.configuration.clock.now().addingTimeInterval(state.configuration.uploadURLLifetime)
        let uploads = input.files.map { file in
            UploadRecord(
                token: Self.makeToken(), migrationID: id, name: file.name,
                storagePath: "workbooks/\(id)/\(UUID().uuidString.lowercased())-\(file.name)",
                contentType: file.contentType, expiresAt: expiry, usedAt: nil)
        }
        try await state.database.write { db in
            for upload in uploads { try upload.insert(db) }
        }
        let signed = uploads.map { upload in
            SignedUpload(
                name: upload.name, storagePath: upload.storagePath,
                signedURL: "\(origin)\(Self.storagePath)/\(upload.token)", token: upload.token,
                contentType: upload.contentType)
        }
        return try JSONResponse.make(SignedUploadList(files: signed), status: .created)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try context.account
        let id = try context.parameters.require("migration_id")
        let files = try await state.database.read { db in
            _ = try MigrationQueries.owned(id, accountID: account, db)
            return try FileRecord.filter(Column("migrationID") == id).order(Column("uploadedAt"), Column("rowid"))
                .fetchAll(db).map(\.wire)
        }
        return try JSONResponse.make(UploadedFileList(files: files))
    }

    @Sendable func upload(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let now = state.configuration.clock.now()
        guard let pending = try await state.database.read({ db in try UploadRecord.fetchOne(db, key: token) }) else {
            throw APIError.notFound("This upload URL is not valid.")
        }
        guard pending.usedAt == nil else { throw APIError.conflict("This upload URL has already been used.") }
        guard pending.expiresAt > now else { throw APIError.badRequest("This upload URL has expired; mint a new one.") }
        if let declared = pending.contentType, let sent = request.headers[.contentType],
            Self.mediaType(declared) != Self.mediaType(sent)
        {
            throw APIError.badRequest("The Content-Type must be \(declared), as declared when the URL was minted.")
        }
        let limit = state.configuration.maxUploadSize
        let tooLarge = APIError.badRequest("The file is larger than the \(limit >> 20) MiB upload limit.")
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit { throw tooLarge }
        // Streamed to a private staging file chunk by chunk; never collected in memory.
        let staged = try state.blobs.stage()
        defer { staged.discard() }
        for try await chunk in request.body {
            guard staged.size + chunk.readableBytes <= limit else { throw tooLarge }
            try chunk.withUnsafeReadableBytes { try staged.append($0) }
        }
        let file = FileRecord(
            id: UUID().uuidString.lowercased(), migrationID: pending.migrationID, name: pending.name,
            storagePath: pending.storagePath, contentType: pending.contentType ?? request.headers[.contentType],
            size: staged.size, uploadedAt: now)
        try state.blobs.commit(staged, id: file.id)
        do {
            try await state.database.write { db in
                try db.execute(sql: "UPDATE upload SET usedAt = ? WHERE token = ? AND usedAt IS NULL", arguments: [now, token])
                guard db.changesCount > 0 else { throw APIError.conflict("This upload URL has already been used.") }
                try file.insert(db)
            }
        } catch {
            state.blobs.remove(id: file.id)
            throw error
        }
        // The token is the only input, so name the migration the file joined (for the next call).
        var response = try JSONResponse.make(file.wire)
        response.headers[.migrationID] = pending.migrationID
        return response
    }

    /// File names are labels, never paths: the bytes are stored under a generated id.
    static func validate(name: String) throws {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError.badRequest("A file `name` must not be empty.")
        }
        guard name.utf8.count <= 255 else { throw APIError.badRequest("A file `name` must be at most 255 bytes.") }
        guard !name.contains("/"), !name.contains("\\"), name != ".", name != "..",
            !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw APIError.badRequest("A file `name` must be a plain file name, without path separators or control characters.")
        }
    }

    private static func makeToken() -> String {
        (UUID().uuidString + UUID().uuidString).replacingOccurrences(of: "-", with: "").lowercased()
    }

    private static func mediaType(_ value: String) -> String {
        value.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }
}
