import Foundation

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
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let full = (directory as NSString).appendingPathComponent(relative)
            if name.hasPrefix(".") {
                if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            guard (enumerator.fileAttributes?[.type] as? FileAttributeType) != .typeDirectory else { continue }
            let ext = (name as NSString).pathExtension.lowercased()
            guard Self.formExtensions.contains(ext) || ext == "doc" else { continue }
            if name.hasPrefix("~$") {
                result.skipped.append((full, "a Word lock file (~$), not a form"))
                continue
            }
            found.append(full)
        }
        result.files += found.sorted()
    }
}
