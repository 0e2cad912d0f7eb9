import Foundation
import StarlingDocument
import StarlingForms
import StarlingTestSupport
import Testing

/// Reusing a template's parsed style sheet and numbering changes no record: every sample
/// form, layout fixture and benchmark-shaped form imports to the same JSON with the reuse
/// on (read twice, so the second read is a cache hit) as with it off.
struct SharedPartReuseTests {
    static let forms: [URL] = {
        let root = RepositoryRoot.url
        let folders = ["Samples/audits", "Samples/observations", "Samples/templates", "Tests/Fixtures/layouts"]
        return folders.flatMap { folder -> [URL] in
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".docx") }.sorted().map { url.appendingPathComponent($0) }
        }
    }()

    static func json(_ url: URL, reuse: Bool) throws -> Data {
        var options = ReadOptions()
        options.reusesSharedParts = reuse
        let importer = try FormImporter(schema: RepositorySchema.schema, options: options)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(try importer.importFile(at: url.path).record)
    }

    @Test func theFormsAreThere() { #expect(Self.forms.count >= 20) }

    @Test(arguments: forms)
    func sameRecordWithAndWithoutReuse(_ url: URL) throws {
        let fresh = try Self.json(url, reuse: false)
        _ = try Self.json(url, reuse: true)
        let reused = try Self.json(url, reuse: true)
        #expect(reused == fresh, "\(url.lastPathComponent)")
    }
}
