import Foundation
import VernAPI

extension VernClient {
    /// Mints signed, single-use upload URLs (`POST /migrations/{id}/files`).
    public func mintUploads(migration: String, files: [MintUploadsRequest.File]) async throws -> [SignedUpload] {
        try await json(
            SignedUploadList.self, "POST", Endpoints.files(migration), body: MintUploadsRequest(files: files),
            retry: .rateLimitOnly
        ).files
    }

    /// PUTs a file's bytes to a signed URL, streamed from disk. The URL carries its own token,
    /// so no API key is sent to storage.
    /// - Parameter progress: told the number of bytes sent so far, as they are sent.
    public func upload(
        _ file: URL, to upload: SignedUpload, progress: (@Sendable (_ sent: Int, _ total: Int) -> Void)? = nil
    ) async throws {
        guard let target = URL(string: upload.signedURL) else {
            throw VernClientError(code: .invalidResponse, message: "the signed URL \(upload.signedURL) is not a URL")
        }
        let size = try Self.fileSize(file)
        let request = TransportRequest(
            method: "PUT", url: target,
            headers: [(name: "content-type", value: upload.contentType ?? "application/octet-stream")],
            body: .file(file, size: size, progress: progress.map { report in { @Sendable sent in report(sent, size) } }))
        let response = try await transport.send(request)
        guard (200..<300).contains(response.status) else {
            let bytes = (try? await response.body.collect(upTo: 1 << 20)) ?? []
            let message = (try? VernJSON.decoder().decode(ErrorBody.self, from: Data(bytes)))?.error
            throw VernClientError(
                code: .http(response.status), message: message ?? HTTPStatusText.reason(for: response.status),
                request: "PUT \(upload.storagePath)")
        }
        for try await _ in response.body {}
    }

    /// Mints a URL for each file and uploads them one after the other.
    /// - Parameter progress: told the file name, bytes sent and total size as each upload advances.
    public func uploadFiles(
        migration: String, _ files: [URL],
        progress: (@Sendable (_ name: String, _ sent: Int, _ total: Int) -> Void)? = nil
    ) async throws -> [SignedUpload] {
        for file in files { _ = try Self.fileSize(file) }
        let uploads = try await mintUploads(
            migration: migration,
            files: files.map { .init(name: $0.lastPathComponent, contentType: Self.contentType(for: $0)) })
        for (file, upload) in zip(files, uploads) {
            try await self.upload(file, to: upload, progress: progress.map { report in
                { @Sendable sent, total in report(upload.name, sent, total) }
            })
        }
        return uploads
    }

    /// Lists the files that arrived in storage (`GET /migrations/{id}/files`).
    public func files(migration: String) async throws -> [UploadedFile] {
        try await json(UploadedFileList.self, "GET", Endpoints.files(migration), retry: .idempotent).files
    }

    /// The size of a file to upload; a missing, unreadable or special file is a ``VernClientError/Code/localFile``
    /// error naming the file and the reason.
    public static func fileSize(_ file: URL) throws -> Int {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: file.path, isDirectory: &isDirectory) else {
            throw VernClientError(code: .localFile, message: "cannot read \(file.path): no such file")
        }
        if isDirectory.boolValue {
            throw VernClientError(code: .localFile, message: "cannot upload \(file.path): it is a folder")
        }
        guard let attributes = try? manager.attributesOfItem(atPath: file.path),
            attributes[.type] as? FileAttributeType == .typeRegular, let size = attributes[.size] as? Int
        else {
            throw VernClientError(code: .localFile, message: "cannot upload \(file.path): not a regular file")
        }
        guard manager.isReadableFile(atPath: file.path) else {
            throw VernClientError(code: .localFile, message: "cannot read \(file.path): permission denied")
        }
        return size
    }

    static func contentType(for file: URL) -> String {
        switch file.pathExtension.lowercased() {
        case "csv": "text/csv"
        case "tsv": "text/tab-separated-values"
        case "json": "application/json"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }
}
