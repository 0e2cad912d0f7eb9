import Foundation
import StarlingDocument
#if canImport(Glibc)
import Glibc
#endif

/// Finds the forms to read under the paths a user names: files as given, folders walked
/// recursively in a stable order. Word's `~$` lock files and hidden files are passed over
/// and listed, so nothing is silently ignored.
public struct FileWalker: Sendable {
    public static let formExtensions: Set<String> = ["docx", "docm", "dotx", "dotm", "xml"]

    public struct Result: Sendable {
        public var files: [String] = []
        /// Paths passed over, with why.
        public var skipped: [(path: String, reason: String)] = []
        /// Named paths that do not exist.
        public var missing: [String] = []
    }

    public init() {}

    public func walk(_ paths: [String]) -> Result {
        var result = Result()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.missing.append(path)
                continue
            }
            if isDirectory.boolValue {
                walkDirectory(path, into: &result)
            } else {
                result.files.append(path)  // a file named explicitly is always read
            }
        }
        return result
    }

    private func walkDirectory(_ directory: String, into result: inout Result) {
        var found: [String] = []
        visit(directory, into: &result, found: &found)
        result.files += found.sorted()
    }

    /// Lists a folder with readdir so names that are not UTF-8 are kept (as Latin-1) rather
    /// than mangled, and can be opened again through `FileSystemPath`.
    private func visit(_ directory: String, into result: inout Result, found: inout [String]) {
        guard let handle = FileSystemPath.withCString(directory, { opendir($0) }) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            let name = FileSystemPath.name(fromRaw: raw)
            guard name != ".", name != "..", !name.hasPrefix(".") else { continue }
            let full = (directory as NSString).appendingPathComponent(name)
            var info = stat()
            guard FileSystemPath.withCString(full, { stat($0, &info) }) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                visit(full, into: &result, found: &found)
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let ext = (name as NSString).pathExtension.lowercased()
            guard Self.formExtensions.contains(ext) || ext == "doc" else { continue }
            if name.hasPrefix("~$") {
                result.skipped.append((full, "a Word lock file (~$), not a form"))
                continue
            }
            found.append(full)
        }
    }
}
