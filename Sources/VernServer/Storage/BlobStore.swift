import Foundation
import Synchronization

/// Where uploaded file bytes live. Files are stored under a server-generated id, never under
/// the name the caller chose, so no file name can reach outside the store.
protocol BlobStore: Sendable {
    /// Stores `data` under `id`, replacing nothing (ids are fresh UUIDs).
    func store(_ data: Data, id: String) async throws
    /// The bytes stored under `id`.
    func data(id: String) async throws -> Data
    /// A file URL for the bytes, when they are on disk.
    func fileURL(id: String) -> URL?
}

/// Bytes on disk, one private file (`0600`) per id under a private directory (`0700`).
struct DiskBlobStore: BlobStore {
    let directory: URL

    init(directory: URL) throws {
        self.directory = directory
        try PrivateFiles.makeDirectory(directory)
    }

    func store(_ data: Data, id: String) async throws {
        try PrivateFiles.write(data, to: url(id))
    }

    func data(id: String) async throws -> Data {
        try Data(contentsOf: url(id))
    }

    func fileURL(id: String) -> URL? { url(id) }

    private func url(_ id: String) -> URL {
        precondition(UUID(uuidString: id) != nil, "blob ids are UUIDs")
        return directory.appendingPathComponent(id, isDirectory: false)
    }
}

/// Bytes in memory, for `--memory` and tests.
final class MemoryBlobStore: BlobStore {
    private let blobs = Mutex<[String: Data]>([:])

    func store(_ data: Data, id: String) async throws {
        blobs.withLock { $0[id] = data }
    }

    func data(id: String) async throws -> Data {
        guard let data = blobs.withLock({ $0[id] }) else { throw CocoaError(.fileNoSuchFile) }
        return data
    }

    func fileURL(id: String) -> URL? { nil }
}
