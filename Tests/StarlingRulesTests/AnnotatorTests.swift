import Foundation
import StarlingDocument
import StarlingForms
import StarlingRules
import StarlingTestSupport
import StarlingNative
import Testing

/// `validate --annotate`: a copy with each finding as a Word comment on the field it
/// concerns; the original untouched.
struct AnnotatorTests {
    func annotate(_ sample: String) throws -> (original: Data, copy: WordDocument, findings: [Finding], folder: URL) {
        let file = TestPaths.root.appendingPathComponent(sample)
        let original = try Data(contentsOf: file)
        let imported = try TestPaths.importer.importFile(at: file.path)
        let findings = TestPaths.engine.validate(imported, today: TestPaths.today).findings
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("starling-annotate-\(UUID().uuidString)")
        let path = try DocxAnnotator().annotate(file: file.path, findings: findings, into: folder.path)
        return (original, try WordDocumentReader.read(path: path), findings, folder)
    }

    @Test(arguments: [
        "Samples/audits/audit-07-grid-ticks-missing-impact.docx",         // no comments part before
        "Samples/audits/audit-02-two-column-tracked-changes-ri.docx",     // has moderator comments already
        "Samples/audits/audit-05-paragraphs-advice-no-child-reason.docx", // paragraph layout
    ])
    func eachFindingBecomesACommentOnItsField(_ sample: String) throws {
        let (original, copy, findings, folder) = try annotate(sample)
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try WordDocumentReader.read(data: original, file: sample)
        let added = copy.comments.filter { $0.author == "Starling" }
        #expect(added.count == findings.count)
        #expect(copy.comments.count == before.comments.count + findings.count, "existing comments must be kept")
        #expect(Set(copy.comments.map(\.id)).count == copy.comments.count, "comment ids must be unique")
        for finding in findings {
            let comment = try #require(added.first { $0.text.contains("[\(finding.rule)]") && $0.text.contains(finding.message) })
            #expect(comment.text.contains(finding.guidance))
            if let location = finding.location {
                #expect(comment.anchor?.block == location.block, "\(finding.rule) anchored at \(String(describing: comment.anchor)), not \(location)")
                #expect(comment.anchor?.cells == location.cells)
            }
        }
        // The annotated copy reads as the same form, and imports to the same record.
        #expect(copy.plainText() == before.plainText())
        let path = folder.appendingPathComponent((sample as NSString).lastPathComponent).path
        let reimported = try TestPaths.importer.importFile(at: path).record
        let first = try TestPaths.importer.importFile(at: TestPaths.root.appendingPathComponent(sample).path).record
        #expect(reimported.body == first.body)
        #expect(reimported.unmapped.map(\.text) == first.unmapped.map(\.text))
        #expect(try Data(contentsOf: TestPaths.root.appendingPathComponent(sample)) == original)
    }

    @Test func refusesToOverwriteTheOriginal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("starling-same-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("form.docx")
        let data = try GeneratedAudit().docx()
        try data.write(to: file)
        let finding = Finding(rule: "AUD-001", severity: .blocking, field: "team", location: nil, message: "m", guidance: "g", standard: "s")
        #expect(throws: DocxAnnotator.AnnotationError.self) {
            try DocxAnnotator().annotate(file: file.path, findings: [finding], into: folder.path)
        }
        #expect(try Data(contentsOf: file) == data)
    }

    @Test func aWholeDocumentFindingGoesOnTheFirstParagraph() throws {
        let data = try GeneratedAudit().docx()
        let finding = Finding(rule: "AUD-107", severity: .advisory, field: "document", location: nil,
                              message: "Tracked changes & <markup> remain", guidance: "Accept them.", standard: "S5")
        let entries = try DocxAnnotator().annotatedEntries(data: data, file: "generated.docx", findings: [finding])
        let copy = try WordDocumentReader.read(data: try ZipWriter.data(entries), file: "annotated.docx")
        let comment = try #require(copy.comments.first)
        #expect(comment.text.contains("Tracked changes & <markup> remain"))
        #expect(comment.anchor?.block == 0)
        #expect(comment.anchorText == "Monthly Case Audit")
    }
}
