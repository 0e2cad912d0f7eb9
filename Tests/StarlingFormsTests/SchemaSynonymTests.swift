import Foundation
import StarlingForms
import StarlingSchema
import StarlingTestSupport
import Testing

/// A QA team adds a synonym for its own historic template to the schema file, and the next
/// import uses it — no rebuild, just the edited YAML.
struct SchemaSynonymTests {
    @Test func aSynonymAddedToTheSchemaFileIsPickedUp() throws {
        var audit = GeneratedAudit(variant: 0)
        audit.childID = nil
        let body = "<w:p><w:r><w:t>Monthly Case Audit</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Audit month: December 2019</w:t></w:r></w:p><w:p><w:r><w:t>Auditor: Alex Rowe</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Team: Eastfield Team 3</w:t></w:r></w:p><w:p><w:r><w:t>Legal status: CIN</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Swift reference: 7654321</w:t></w:r></w:p>"
        let data = try GeneratedAudit.package(body)

        let before = try FormImporter(schema: RepositoryPaths.schema).importData(data, file: "old-template.docx").record
        #expect(before.audit?.child?.id == nil)
        #expect(before.unmapped.contains { $0.text.contains("Swift reference") })

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: RepositoryPaths.schemas, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("forms/monthly_audit.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        try yaml.replacingOccurrences(of: "labels: [Child ID, ", with: "labels: [Child ID, Swift reference, ")
            .write(to: file, atomically: true, encoding: .utf8)

        let after = try FormImporter(schema: try StarlingSchema.load(from: folder)).importData(data, file: "old-template.docx").record
        #expect(after.audit?.child?.id == "7654321")
        #expect(!after.unmapped.contains { $0.text.contains("Swift reference") })
    }
}
