import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole input file, refusing folders, unreadable paths and files over the limit
/// with errors that name the file. One `stat` and one read: it runs once per file in a
/// migration of thousands.
public enum InputFile {
    public static func read(path: String, maxSize: Int) throws -> Data {
        var info = stat()
        guard FileSystemPath.withCString(path, { stat($0, &info) }) == 0 else {
            let reason = errno == ENOENT ? "no such file" : "cannot be read (\(String(cString: strerror(errno))))"
            throw DocumentError(file: path, reason: .unreadable, message: reason)
        }
        guard (info.st_mode & S_IFMT) != S_IFDIR else {
            throw DocumentError(file: path, reason: .unreadable, message: "is a folder, not a file")
        }
        guard Int(info.st_size) <= maxSize else {
            throw DocumentError(file: path, reason: .limitExceeded, message: "is \(info.st_size) bytes, over the limit of \(maxSize)")
        }
        let descriptor = FileSystemPath.withCString(path) { open($0, O_RDONLY) }
        guard descriptor >= 0 else {
            throw DocumentError(file: path, reason: .unreadable, message: "cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        // Read up to the limit (plus one byte, to notice a file that grew since the stat).
        var data = Data(count: min(Int(info.st_size), maxSize) + 1)
        var filled = 0
        while filled < data.count {
            let count = data.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw DocumentError(file: path, reason: .unreadable, message: "cannot be read (\(String(cString: strerror(errno))))")
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= maxSize else {
            throw DocumentError(file: path, reason: .limitExceeded, message: "is over the limit of \(maxSize) bytes")
        }
        return data.prefix(filled)
    }
}
