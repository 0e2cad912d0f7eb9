import Foundation
import StarlingForms
import Testing

/// XML forms import to the same records as Word forms, validated against their XSD.
@Suite struct XMLSampleTests {
    static let folder = RepositoryPaths.samples.appendingPathComponent("xml")
    static let valid = RepositoryPaths.files(in: folder, extensions: ["xml"]).filter {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("expected/\($0.deletingPathExtension().lastPathComponent).json").path)
    }

    @Test func thereIsOneOfEachKind() {
        #expect(Self.valid.count >= 3)
    }

    @Test(arguments: valid)
    func importsTheIntendedRecord(_ file: URL) throws {
        let name = file.deletingPathExtension().lastPathComponent
        let expected = try RecordJSON.load(Self.folder.appendingPathComponent("expected/\(name).json"))
        let record = try RepositoryPaths.importer.importFile(at: file.path).record
        let differences = RecordJSON.differences(try RecordJSON.comparable(record), expected)
        #expect(differences.isEmpty, "\(name):\n\(differences.joined(separator: "\n"))")
        #expect(record.warnings.isEmpty, "\(record.warnings.map(\.message))")
        for (key, location) in record.source.provenance {
            #expect((location.line ?? 0) > 0, "\(key) has no line")
        }
    }

    @Test func anInvalidFormReportsEachSchemaErrorWithItsLine() throws {
        let file = Self.folder.appendingPathComponent("audit-xml-90-invalid-rating-and-date.xml")
        let record = try RepositoryPaths.importer.importFile(at: file.path).record
        let schemaErrors = record.warnings.filter { $0.field == "document" && $0.message.hasPrefix("does not match") }
        #expect(schemaErrors.count >= 3)
        let lines = Set(schemaErrors.compactMap { $0.location?.line })
        #expect(lines.isSuperset(of: [7, 12, 22]), "lines: \(lines.sorted())")
        #expect(schemaErrors.contains { $0.message.contains("excellent") })
    }

    @Test func anXMLDocumentThatIsNoFormIsNotAForm() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("recipe-\(UUID().uuidString).xml")
        try #"<?xml version="1.0"?><recipe><title>Scones</title><step>Rub in the butter.</step></recipe>"#.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let record = try RepositoryPaths.importer.importFile(at: url.path).record
        #expect(record.kind == .notAForm)
        #expect(record.notAFormReason?.contains("<recipe>") == true)
        #expect(record.unmapped.contains { $0.text == "Rub in the butter." })
    }
}
