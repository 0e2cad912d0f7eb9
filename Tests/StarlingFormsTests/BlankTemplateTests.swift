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
        #expect(record.isBlank)
        #expect(!record.source.labelLocations.isEmpty)
    }
}

/// The project's own blank templates (content controls, unticked check boxes, an actions table
/// with empty rows) are blank too, and a completed sample is not.
@Suite struct SampleTemplateTests {
    @Test(arguments: ["monthly-case-audit-template.docx", "practice-observation-template.docx", "meeting-observation-template.docx"])
    func templatesAreBlank(_ name: String) throws {
        let url = RepositoryPaths.samples.appendingPathComponent("templates/\(name)")
        let record = try FormImporter(schema: RepositoryPaths.schema).importFile(at: url.path).record
        #expect(record.kind != .notAForm)
        #expect(record.isBlank)
        #expect(record.audit?.actions.isEmpty ?? true, "empty action rows are no actions")
    }

    @Test func aCompletedSampleIsNotBlank() throws {
        let url = RepositoryPaths.samples.appendingPathComponent("audits/audit-01-content-controls-good.docx")
        #expect(try !FormImporter(schema: RepositoryPaths.schema).importFile(at: url.path).record.isBlank)
    }
}
