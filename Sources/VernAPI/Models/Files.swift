import Foundation

/// Body of `POST /migrations/{id}/files`: the files to mint upload URLs for.
public struct MintUploadsRequest: Codable, Hashable, Sendable {
    /// One requested upload.
    public struct File: Codable, Hashable, Sendable {
        public var name: String
        public var contentType: String?

        enum CodingKeys: String, CodingKey {
            case name
            case contentType = "content_type"
        }

        public init(name: String, contentType: String? = nil) {
            self.name = name
            self.contentType = contentType
        }
    }

    public var files: [File]

    public init(files: [File]) { self.files = files }
}

/// One minted, single-use upload URL.
public struct SignedUpload: Codable, Hashable, Sendable {
    public var name: String
    public var storagePath: String
    /// PUT the raw bytes here; the token is embedded, so no API key is needed.
    public var signedURL: String
    public var token: String
    public var contentType: String?

    enum CodingKeys: String, CodingKey {
        case name, token
        case storagePath = "storage_path"
        case signedURL = "signed_url"
        case contentType = "content_type"
    }

    public init(name: String, storagePath: String, signedURL: String, token: String, contentType: String?) {
        self.name = name
        self.storagePath = storagePath
        self.signedURL = signedURL
        self.token = token
        self.contentType = contentType
    }
}

/// `{ "files": [SignedUpload] }`, the response of `POST /migrations/{id}/files`.
public struct SignedUploadList: Codable, Hashable, Sendable {
    public var files: [SignedUpload]

    public init(files: [SignedUpload]) { self.files = files }
}

/// A file whose bytes have arrived in storage.
public struct UploadedFile: Codable, Hashable, Sendable {
    public var name: String
    public var storagePath: String
    public var contentType: String?
    /// Size in bytes.
    public var size: Int
    public var uploadedAt: Date

    enum CodingKeys: String, CodingKey {
        case name, size
        case storagePath = "storage_path"
        case contentType = "content_type"
        case uploadedAt = "uploaded_at"
    }

    public init(name: String, storagePath: String, contentType: String?, size: Int, uploadedAt: Date) {
        self.name = name
        self.storagePath = storagePath
        self.contentType = contentType
        self.size = size
        self.uploadedAt = uploadedAt
    }
}

/// `{ "files": [UploadedFile] }`, the response of `GET /migrations/{id}/files`.
public struct UploadedFileList: Codable, Hashable, Sendable {
    public var files: [UploadedFile]

    public init(files: [UploadedFile]) { self.files = files }
}
