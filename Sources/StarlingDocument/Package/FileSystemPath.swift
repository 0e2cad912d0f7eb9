import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// File names that are not UTF-8 (Latin-1 names from old Windows shares) as Swift strings
/// and back. A raw name that is not valid UTF-8 is read as Latin-1, which every byte
/// sequence is; to open such a path, each component is tried as UTF-8 first, then as
/// Latin-1, so the string round-trips to the bytes on disk.
public enum FileSystemPath {
    /// A directory entry's raw name as a string.
    public static func name(fromRaw bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }

    /// The bytes to hand the operating system for `path`.
    public static func bytes(for path: String) -> [UInt8] {
        let direct = Array(path.utf8)
        if exists(direct) || path.unicodeScalars.allSatisfy({ $0.isASCII }) { return direct }
        var resolved: [UInt8] = path.hasPrefix("/") ? [UInt8(ascii: "/")] : []
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        for (index, component) in components.enumerated() {
            if index > 0 || !path.hasPrefix("/") && index > 0 { resolved.append(UInt8(ascii: "/")) }
            let utf8 = Array(component.utf8)
            if exists(resolved + utf8) || !component.unicodeScalars.allSatisfy({ $0.value <= 0xFF }) {
                resolved += utf8
            } else {
                let latin1 = component.unicodeScalars.map { UInt8($0.value) }
                resolved += exists(resolved + latin1) ? latin1 : utf8
            }
        }
        return resolved
    }

    static func exists(_ bytes: [UInt8]) -> Bool {
        var info = stat()
        return (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { lstat($0.baseAddress!, &info) } == 0
    }

    /// Runs `body` with the path as a C string of its on-disk bytes.
    public static func withCString<T>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes(for: path).map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { try body($0.baseAddress!) }
    }
}
