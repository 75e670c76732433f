import Foundation
import VernAPI

/// What an export wrote.
public struct ExportResult: Sendable, Equatable {
    /// The `X-Total-Records` header: records matching the filter.
    public var totalRecords: Int?
    /// Bytes of CSV written to the file.
    public var bytesWritten: Int
}

extension VernClient {
    /// Downloads one sheet as CSV (`GET …/exports/{slug}.csv`), streamed to `file`.
    ///
    /// The request asks for gzip; the transport decompresses, so `file` holds plain CSV. The
    /// file is written under a temporary name and moved into place only when complete.
    public func exportCSV(migration: String, slug: String, filter: ExportFilter = .valid, to file: URL) async throws
        -> ExportResult
    {
        let response = try await send(
            "GET", Endpoints.export(migration, slug: slug), query: [("filter", filter.rawValue)],
            headers: [(name: "accept-encoding", value: "gzip")], retry: .idempotent)
        let partial = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil) else {
            let folder = file.deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            let reason =
                !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) ? "no folder \(folder)"
                : !isDirectory.boolValue ? "\(folder) is not a folder" : "permission denied"
            throw VernClientError(code: .localFile, message: "cannot write \(file.path): \(reason)")
        }
        let handle = try FileHandle(forWritingTo: partial)
        var written = 0
        do {
            for try await chunk in response.body {
                try handle.write(contentsOf: chunk)
                written += chunk.count
            }
            try handle.close()
            _ = try? FileManager.default.removeItem(at: file)
            try FileManager.default.moveItem(at: partial, to: file)
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
        return ExportResult(totalRecords: response.header("x-total-records").flatMap { Int($0) }, bytesWritten: written)
    }
}
