import Foundation

/// The repository's root folder (the one holding Package.swift), found from this file so
/// tests run from any working folder.
public enum RepositoryRoot {
    public static let url: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()
}
