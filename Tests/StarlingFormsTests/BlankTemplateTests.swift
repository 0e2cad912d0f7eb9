import Foundation
import StarlingForms
import StarlingTestSupport
import Testing

/// A blank template is still recognised as its form, and no label is mistaken for a value:
/// the record has no values at all (which is how `migrate` knows to set it aside).
@Suite struct BlankTemplateTests {
    @Test(arguments: [0, 1])
    func aBlankFormHasNoValues(_ variant: Int) throws {
        let data = try GeneratedAudit.blank(variant: variant).docx()
        let record = try FormImporter(schema: RepositoryPaths.schema).importData(data, file: "blank.docx").record
        #expect(record.kind == .monthlyAudit)
        #expect(record.source.provenance.isEmpty, "values found: \(record.source.provenance.keys.sorted())")
        #expect(!record.source.labelLocations.isEmpty)
    }
}
