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

/// Word and XML forms are judged blank by one rule (nothing but unticked boxes and area
/// names), and the record's JSON says so only when it is.
@Suite struct BlankRecordTests {
    static func importXML(_ body: String) throws -> FormRecord {
        let xml = #"<?xml version="1.0" encoding="UTF-8"?><audit schemaVersion="1.0.0">"# + body + "</audit>"
        return try RepositoryPaths.importer.importData(Data(xml.utf8), file: "form.xml").record
    }

    @Test func anXMLFormWithEmptyElementsAndAreaNamesIsBlank() throws {
        let record = try Self.importXML(#"<audit><month/></audit><team/><areas><area key="planning"/></areas>"#)
        #expect(record.kind == .monthlyAudit)
        #expect(record.isBlank)
    }

    @Test func oneWrittenValueMakesAFormNotBlank() throws {
        #expect(try !Self.importXML("<team>Eastfield Team 3</team>").isBlank)
        #expect(try !Self.importXML(#"<areas><area key="planning" rating="good"/></areas>"#).isBlank)
        var audit = GeneratedAudit.blank()
        audit.team = "Eastfield Team 3"
        #expect(try !RepositoryPaths.importer.importData(try audit.docx(), file: "one-value.docx").record.isBlank)
    }

    @Test func theJSONCarriesBlankOnlyWhenTrue() throws {
        let blank = try RepositoryPaths.importer.importData(try GeneratedAudit.blank().docx(), file: "blank.docx").record
        let written = try RepositoryPaths.importer.importData(try GeneratedAudit().docx(), file: "full.docx").record
        let blankJSON = try JSONSerialization.jsonObject(with: JSONEncoder().encode(blank)) as! [String: Any]
        let writtenJSON = try JSONSerialization.jsonObject(with: JSONEncoder().encode(written)) as! [String: Any]
        #expect(blankJSON["blank"] as? Bool == true)
        #expect(writtenJSON["blank"] == nil)
        #expect(try JSONDecoder().decode(FormRecord.self, from: JSONEncoder().encode(blank)).isBlank)
    }
}
