import Crypto
import Foundation
import VernAPI

/// Encrypts vault values with AES-GCM under the data directory's key. Each value is bound to
/// its connection and field (associated data), so a sealed value copied to another row does not open.
struct VaultCipher: Sendable {
    /// The key file's name in the data directory.
    static let keyFileName = "vault.key"

    private let key: SymmetricKey

    /// A fresh key that lives only in this process, for in-memory servers.
    static func ephemeral() -> VaultCipher {
        VaultCipher(key: SymmetricKey(size: .bits256))
    }

    /// The key in `directory`'s ``keyFileName``, created (mode `0600`) on first start.
    /// - Throws: When the file cannot be created, or exists without a 256-bit key in it.
    static func loadOrCreate(in directory: URL) throws -> VaultCipher {
        let file = directory.appendingPathComponent(keyFileName)
        if FileManager.default.fileExists(atPath: file.path) {
            let bytes = try Data(contentsOf: file)
            guard bytes.count == 32 else { throw VaultKeyError(file: file) }
            return VaultCipher(key: SymmetricKey(data: bytes))
        }
        let key = SymmetricKey(size: .bits256)
        try PrivateFiles.create(file, contents: key.withUnsafeBytes { Data($0) })
        return VaultCipher(key: key)
    }

    /// Encrypts `value` for one field of one connection; the result is base64 text.
    func seal(_ value: String, connectionID: String, field: String) throws -> String {
        let box = try AES.GCM.seal(
            Data(value.utf8), using: key, authenticating: Self.associatedData(connectionID, field))
        guard let combined = box.combined else { throw CryptoKitError.incorrectParameterSize }
        return combined.base64EncodedString()
    }

    /// Decrypts what ``seal(_:connectionID:field:)`` produced for the same connection and field.
    func open(_ sealed: String, connectionID: String, field: String) throws -> String {
        guard let combined = Data(base64Encoded: sealed) else { throw CryptoKitError.incorrectParameterSize }
        let box = try AES.GCM.SealedBox(combined: combined)
        let plain = try AES.GCM.open(box, using: key, authenticating: Self.associatedData(connectionID, field))
        return String(decoding: plain, as: UTF8.self)
    }

    private static func associatedData(_ connectionID: String, _ field: String) -> Data {
        Data("vern.vault.v1/\(connectionID)/\(field)".utf8)
    }
}

/// The vault key file is present but does not hold a key.
struct VaultKeyError: Error, CustomStringConvertible {
    let file: URL
    var description: String {
        "\(file.path) does not hold a 256-bit vault key; restore it from a backup or wipe the data directory."
    }
}

/// API keys as the database stores them: SHA-256 digests, never the keys.
enum APIKeyDigest {
    /// The lower-case hex SHA-256 of `key`.
    static func of(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
