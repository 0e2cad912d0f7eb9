import Crypto
import Foundation

/// The SHA-256 of a file's bytes as lower-case hex: a record's `source.sha256`, and how the
/// store tells unchanged files and copies apart.
public enum ContentHash {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func sha256Hex(_ data: Data) -> String {
        // Hex by table: `String(format:)` per byte cost as much as the hash on small files.
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
