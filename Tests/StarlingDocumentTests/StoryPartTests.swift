import Foundation
import StarlingDocument
import StarlingTestSupport
import Testing

@Suite("Comments, headers, footers, notes and package variants")
struct StoryPartTests {
    static let commented = """
        <w:p>\(run("Before "))<w:commentRangeStart w:id="0"/>\(run("anchored words"))<w:commentRangeEnd w:id="0"/>\
        <w:r><w:commentReference w:id="0"/></w:r>\(run(" after"))</w:p>\
        <w:p>\(run("Point"))<w:r><w:commentReference w:id="1"/></w:r></w:p>
        """

    static let comments = DocxBuilder.Part.comments("""
        <w:comment w:id="0" w:author="Reviewer" w:date="2024-02-01T09:00:00Z" w:initials="RV">\
        <w:p><w:r><w:t>Check this</w:t></w:r></w:p><w:p><w:r><w:t>Second</w:t><w:tab/><w:t>line</w:t></w:r></w:p></w:comment>\
        <w:comment w:id="1" w:author="Other"><w:p><w:r><w:t>No range</w:t></w:r></w:p></w:comment>
        """)

    @Test func commentsWithAuthorDateTextAndAnchor() throws {
        let doc = try readDocx(Self.commented, parts: [Self.comments])
        #expect(doc.comments.count == 2)
        let c = try #require(doc.comments.first { $0.id == "0" })
        #expect(c.author == "Reviewer")
        #expect(c.initials == "RV")
        #expect(c.date == "2024-02-01T09:00:00Z")
        #expect(c.text == "Check this\nSecond\tline")
        #expect(c.anchorText == "anchored words")
        #expect(c.anchor?.block == 0)
        // Comment text is not part of the document's text.
        #expect(doc.plainText() == "Before anchored words after\nPoint")
    }

    @Test func commentWithoutRangeIsAnchoredAtItsReference() throws {
        let doc = try readDocx(Self.commented, parts: [Self.comments])
        let c = try #require(doc.comments.first { $0.id == "1" })
        #expect(c.text == "No range")
        #expect(c.anchorText == "")
        #expect(c.anchor?.block == 1)
    }

    @Test func commentRangeAcrossParagraphs() throws {
        let body = "<w:p><w:commentRangeStart w:id=\"0\"/>\(run("first"))</w:p><w:p>\(run("second"))<w:commentRangeEnd w:id=\"0\"/></w:p>"
        let doc = try readDocx(body, parts: [Self.comments])
        let c = try #require(doc.comments.first { $0.id == "0" })
        #expect(c.anchorText.contains("first"))
        #expect(c.anchorText.contains("second"))
    }

    @Test func headersAndFooters() throws {
        let builder = DocxBuilder(body: para("Body text"))
            .adding(.header(para("Confidential header") + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(run("1"))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"))
            .adding(.header(para("First page header"), name: "word/header2.xml"))
            .adding(.footer("<w:p>\(ContentControlTests.sdt(#"<w:tag w:val="footer_ref"/>"#, run("REF-42")))</w:p>"))
        let doc = try readDocx(builder)
        #expect(doc.headers.map(\.part) == ["word/header1.xml", "word/header2.xml"])
        #expect(doc.headers.allSatisfy { $0.kind == .header })
        #expect(doc.headers.first?.blocks.map(\.text) == ["Confidential header", "1"])
        #expect(doc.footers.map(\.part) == ["word/footer1.xml"])
        #expect(doc.footers.first?.kind == .footer)
        #expect(doc.headers.first?.blocks.first?.location.part == "word/header1.xml")
        let control = try #require(doc.contentControls.first)
        #expect(control.tag == "footer_ref")
        #expect(control.location.part == "word/footer1.xml")
        #expect(doc.plainText() == "Confidential header\n1\nFirst page header\nBody text\nREF-42")
        #expect(doc.paragraphs.map(\.text) == ["Body text"])
    }

    @Test func footnotesSkipSeparators() throws {
        let notes = DocxBuilder.Part.footnotes("""
            <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/><w:t>SEPARATOR</w:t></w:r></w:p></w:footnote>\
            <w:footnote w:type="continuationSeparator" w:id="0"><w:p>\(run("CONTINUATION"))</w:p></w:footnote>\
            <w:footnote w:id="1"><w:p>\(run("A real note"))</w:p></w:footnote>
            """)
        let doc = try readDocx(DocxBuilder(body: "<w:p>\(run("Text"))<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>").adding(notes))
        #expect(doc.notes.map(\.kind) == [.footnotes])
        let text = doc.notes.first?.blocks.map(\.text).joined(separator: "\n") ?? ""
        #expect(text.contains("A real note"))
        #expect(!text.contains("SEPARATOR"))
        #expect(!text.contains("CONTINUATION"))
    }

    static let richBody = """
        \(para("Title", properties: #"<w:outlineLvl w:val="0"/>"#))\
        <w:p>\(ContentControlTests.sdt(#"<w:tag w:val="name"/><w:alias w:val="Name"/><w:text/>"#, run("Sam")))</w:p>\
        <w:p>\(ContentControlTests.checkBoxControl(tag: "ok", checked: "1", glyph: "☒"))</w:p>\
        <w:p>\(FormFieldTests.field("FORMCHECKBOX", ffData: #"<w:name w:val="Legacy"/><w:checkBox><w:checked/></w:checkBox>"#))</w:p>\
        <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>\(para("Wide"))</w:tc></w:tr>\
        <w:tr><w:tc>\(para("x"))</w:tc><w:tc><w:p><w:hyperlink r:id="rIdLink">\(run("link"))</w:hyperlink></w:p></w:tc></w:tr></w:tbl>\
        \(RevisionTests.edited)
        """

    @Test func strictNamespaceReadsLikeTransitional() throws {
        func read(strict: Bool) throws -> WordDocument {
            var builder = DocxBuilder(body: Self.richBody, strict: strict)
                .adding(Self.comments)
                .adding(.header(para("Head")))
                .adding(.styles(#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#))
                .addingExternal(id: "rIdLink", kind: "hyperlink", target: "https://example.org/")
            builder.body += Self.commented
            return try readDocx(builder, file: strict ? "strict.docx" : "transitional.docx")
        }
        let transitional = try read(strict: false)
        let strict = try read(strict: true)
        #expect(transitional.conformance == .transitional)
        #expect(strict.conformance == .strict)
        #expect(!strict.plainText().isEmpty)
        #expect(strict.plainText() == transitional.plainText())
        #expect(strict.plainText(view: .original) == transitional.plainText(view: .original))
        #expect(strict.main.blocks == transitional.main.blocks)
        #expect(strict.headers == transitional.headers)
        #expect(strict.contentControls == transitional.contentControls)
        #expect(strict.formFields == transitional.formFields)
        #expect(strict.checkBoxes == transitional.checkBoxes)
        #expect(strict.revisions == transitional.revisions)
        #expect(strict.comments == transitional.comments)
        #expect(strict.hyperlinks == transitional.hyperlinks)
        // And the shared content is really there, so equality is not vacuous.
        #expect(strict.contentControls.map(\.tag) == ["name", "ok"])
        #expect(strict.checkBoxes.map(\.checked) == [true, true])
        #expect(strict.hyperlinks.first?.target == "https://example.org/")
        #expect(strict.comments.count == 2)
        #expect(strict.paragraphs.first?.styleName == "Normal")
    }

    @Test func mainPartFoundThroughPackageRelationships() throws {
        let builder = DocxBuilder(body: para("Renamed main"), mainPart: "content/main-story.xml")
            .adding(.header(para("Its header")))
            .adding(.styles(#"<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>"#))
        let doc = try readDocx(DocxBuilder(body: para("Heading", properties: #"<w:pStyle w:val="H1"/>"#) + builder.body, mainPart: builder.mainPart)
            .adding(builder.parts[0]).adding(builder.parts[1]))
        #expect(doc.main.part == "content/main-story.xml")
        #expect(doc.main.blocks.first?.location.part == "content/main-story.xml")
        #expect(doc.plainText() == "Its header\nHeading\nRenamed main")
        #expect(doc.paragraphs.first?.headingLevel == 1)
        #expect(doc.headers.first?.part == "word/header1.xml")
    }

    @Test func mainPartAtTheRootOfThePackage() throws {
        let doc = try readDocx(DocxBuilder(body: para("At the root"), mainPart: "document.xml"))
        #expect(doc.main.part == "document.xml")
        #expect(doc.plainText() == "At the root")
    }
}
