import Foundation
import StarlingTestSupport
import StarlingForms
import StarlingSchema

/// Paths inside the repository, found from this file so tests run from any folder.
enum RepositoryPaths {
    static let root: URL = RepositoryRoot.url

    static var schemas: URL { RepositorySchema.directory }
    static var samples: URL { root.appendingPathComponent("Samples") }
    static var layouts: URL { root.appendingPathComponent("Tests/Fixtures/layouts") }

    static let schema: StarlingSchema = RepositorySchema.schema
    static let importer: FormImporter = RepositorySchema.importer

    static func files(in folder: URL, extensions: Set<String>) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { extensions.contains(($0 as NSString).pathExtension) }.sorted().map { folder.appendingPathComponent($0) }
    }
}

/// The part of a record that the samples' ground truth describes: the record without
/// `source`, `unmapped` and `warnings`, as a JSON object.
enum RecordJSON {
    static func comparable(_ record: FormRecord) throws -> [String: Any] {
        let data = try JSONEncoder().encode(record)
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        for key in ["source", "unmapped", "warnings", "not_a_form_reason"] { object.removeValue(forKey: key) }
        return object
    }

    static func load(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    /// Paths where two JSON values differ, for a readable failure message.
    static func differences(_ a: Any?, _ b: Any?, path: String = "") -> [String] {
        switch (a, b) {
        case let (x as [String: Any], y as [String: Any]):
            return Set(x.keys).union(y.keys).sorted().flatMap { differences(x[$0], y[$0], path: path.isEmpty ? $0 : "\(path).\($0)") }
        case let (x as [Any], y as [Any]):
            guard x.count == y.count else { return ["\(path): \(x.count) items, expected \(y.count): \(short(x)) vs \(short(y))"] }
            return zip(x, y).enumerated().flatMap { differences($1.0, $1.1, path: "\(path)[\($0)]") }
        case (nil, nil):
            return []
        case let (x?, y?) where (x as? NSObject)?.isEqual(y) == true:
            return []
        default:
            return ["\(path): got \(short(a)), expected \(short(b))"]
        }
    }

    private static func short(_ value: Any?) -> String {
        guard let value else { return "nothing" }
        let text = "\(value)"
        return text.count > 160 ? String(text.prefix(160)) + "…" : text
    }
}
