import Crypto
import Foundation

/// The SHA-256 of a file's bytes as lower-case hex: a record's `source.sha256`, and how the
/// store tells unchanged files and copies apart.
public enum ContentHash {
    public static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
