import Crypto
import Foundation

/// SHA-256 digests (swift-crypto), for recording uploaded files and entered lines by digest
/// instead of by content.
enum SHA256 {
    /// The lower-case hex digest of `data`.
    static func hex(_ data: Data) -> String {
        Crypto.SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
