import Crypto
import Foundation

/// SHA-256 digests as lower-case hex: uploads and entered lines are recorded by digest, not content.
enum HexDigest {
    /// The digest of `data`.
    static func sha256(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    /// A finished digest as hex.
    static func hex(_ digest: SHA256.Digest) -> String { digest.map { String(format: "%02x", $0) }.joined() }
}
