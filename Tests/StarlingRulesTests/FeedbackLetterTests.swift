import Foundation
import StarlingForms
@testable import StarlingRules
import StarlingTestSupport
import Testing

/// The feedback letter says what the verdict is, sets out every finding with its guidance
/// under the section it concerns, and never lets text from a form become markup.
@Suite struct FeedbackLetterTests {
    static func letter(_ path: String) throws -> (html: String, validation: Validation) {
        let imported = try TestPaths.importer.importFile(at: TestPaths.root.appendingPathComponent(path).path)
        let validation = TestPaths.engine.validate(imported, today: TestPaths.today)
        return (FeedbackLetter.html(for: validation, record: imported.record, pack: TestPaths.engine.pack), validation)
    }

    @Test func anInadmissibleAuditListsWhatToPutRight() throws {
        let (html, validation) = try Self.letter("Samples/audits/audit-05-paragraphs-advice-no-child-reason.docx")
        #expect(!validation.admissible)
        #expect(html.contains("Audit feedback — \(validation.verdict)"))
        let things = validation.blocking == 1 ? "1 thing" : "\(validation.blocking) things"
        #expect(html.contains("<strong>\(things) to put right</strong>"))
        for finding in validation.findings {
            #expect(html.contains(HTMLText.escape(finding.message)), "\(finding.rule) missing")
            #expect(html.contains(HTMLText.escape(finding.guidance)), "\(finding.rule) guidance missing")
            #expect(html.contains(finding.rule))
        }
    }

    @Test func anAdmissibleObservationIsReadyForModeration() throws {
        let (html, validation) = try Self.letter("Samples/observations/practice-obs-01-content-controls.docx")
        #expect(validation.findings.isEmpty)
        #expect(html.contains("Observation feedback — admissible"))
        #expect(html.contains("completing this observation"))
        #expect(html.contains("<strong>ready for moderation</strong> as it stands"))
        #expect(!html.contains("<h2>"))
    }

    @Test func aBlankTemplateIsNotThankedForBeingCompleted() throws {
        let (html, _) = try Self.letter("Samples/templates/monthly-case-audit-template.docx")
        #expect(html.contains("reached us with nothing written in it"))
        #expect(!html.contains("Thank you for completing"))
        #expect(html.contains("FRM-002"))
    }

    @Test func somethingThatIsNoFormIsNotCalledAnObservation() throws {
        let letter = try DocxBuilder(body: "<w:p><w:r><w:t>Dear parents, the trip leaves at nine.</w:t></w:r></w:p>").data()
        let imported = try TestPaths.importer.importData(letter, file: "letter.docx")
        let validation = TestPaths.engine.validate(imported, today: TestPaths.today)
        let html = FeedbackLetter.html(for: validation, record: imported.record, pack: TestPaths.engine.pack)
        #expect(html.contains("<h1>Form feedback — "))
        #expect(html.contains("Thank you for completing this form."))
        #expect(!html.contains("Observation feedback"))
    }

    @Test func textFromTheFormIsEscaped() throws {
        var audit = GeneratedAudit()
        audit.auditor = "<script>alert(1)</script> & Co"
        audit.overall = nil
        let imported = try TestPaths.importer.importData(try audit.docx(), file: "escape.docx")
        let validation = TestPaths.engine.validate(imported, today: TestPaths.today)
        let html = FeedbackLetter.html(for: validation, record: imported.record, pack: TestPaths.engine.pack)
        #expect(!html.contains("<script>"))
        #expect(html.contains("Dear &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co,"))
    }
}
