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
        guard stat(path, &info) == 0 else {
            let reason = errno == ENOENT ? "no such file" : "cannot be read (\(String(cString: strerror(errno))))"
            throw DocumentError(file: path, reason: .unreadable, message: reason)
        }
        guard (info.st_mode & S_IFMT) != S_IFDIR else {
            throw DocumentError(file: path, reason: .unreadable, message: "is a folder, not a file")
        }
        guard Int(info.st_size) <= maxSize else {
            throw DocumentError(file: path, reason: .limitExceeded, message: "is \(info.st_size) bytes, over the limit of \(maxSize)")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DocumentError(file: path, reason: .unreadable, message: "cannot be read (\(error.localizedDescription))")
        }
    }
}
