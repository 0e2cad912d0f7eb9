import Foundation
import StarlingRules
import StarlingTestSupport
import Testing

/// A blank form gets one restorative finding, not a list of every field it leaves empty.
@Suite struct BlankFormTests {
    @Test(arguments: ["monthly-case-audit-template.docx", "practice-observation-template.docx", "meeting-observation-template.docx"])
    func aTemplateHasOneFinding(_ name: String) throws {
        let url = TestPaths.root.appendingPathComponent("Samples/templates/\(name)")
        let validation = TestPaths.engine.validate(try TestPaths.importer.importFile(at: url.path), today: TestPaths.today)
        #expect(validation.findings.map(\.rule) == ["FRM-002"])
        #expect(!validation.admissible)
        #expect(validation.findings.first?.message.contains("Nothing is written") == true)
    }

    @Test func aBlankXMLFormThatBreaksItsSchemaIsToldBoth() throws {
        let xml = #"<?xml version="1.0" encoding="UTF-8"?><audit schemaVersion="1.0.0"><team/><colour/></audit>"#
        let imported = try TestPaths.importer.importData(Data(xml.utf8), file: "blank.xml")
        #expect(imported.record.isBlank)
        let rules = Set(TestPaths.engine.validate(imported, today: TestPaths.today).findings.map(\.rule))
        #expect(rules == ["FRM-002", "STR-001"])
    }

    @Test func withTheBlankRuleTurnedOffEveryEmptyFieldIsReported() throws {
        var pack = TestPaths.pack
        pack.disabled.insert("FRM-002")
        let engine = RuleEngine(pack: pack, schema: TestPaths.schema)
        let imported = try TestPaths.importer.importData(try GeneratedAudit.blank().docx(), file: "blank.docx")
        let rules = Set(engine.validate(imported, today: TestPaths.today).findings.map(\.rule))
        #expect(rules.contains("AUD-001"))
        #expect(!rules.contains("FRM-002"))
    }
}
