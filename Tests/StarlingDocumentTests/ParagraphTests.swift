import Foundation
import StarlingDocument
import StarlingTestSupport
import Testing

@Suite("Paragraphs: styles, lists and text")
struct ParagraphTests {
    static let styles = DocxBuilder.Part.styles("""
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="SubHead"><w:name w:val="Sub Head"/><w:basedOn w:val="Heading2"/></w:style>
        <w:style w:type="paragraph" w:styleId="Banner"><w:name w:val="Banner"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Label"><w:name w:val="Label"/><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Listed"><w:name w:val="Listed"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
        """)

    static let numbering = DocxBuilder.Part.numbering("""
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>
          <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>
        <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
        """)

    private func paragraphs(_ body: String) throws -> [Paragraph] {
        try readDocx(body, parts: [Self.styles, Self.numbering]).paragraphs
    }

    @Test func styleIdNameAndHeadingLevelFromStyleName() throws {
        let p = try #require(try paragraphs(para("Section", properties: #"<w:pStyle w:val="Heading2"/>"#)).first)
        #expect(p.style == "Heading2")
        #expect(p.styleName == "heading 2")
        #expect(p.headingLevel == 2)
        #expect(p.text == "Section")
    }

    @Test func headingLevelFollowsBasedOn() throws {
        let p = try #require(try paragraphs(para("Sub", properties: #"<w:pStyle w:val="SubHead"/>"#)).first)
        #expect(p.styleName == "Sub Head")
        #expect(p.headingLevel == 2)
    }

    @Test func headingLevelFromStyleOutlineLevel() throws {
        let p = try #require(try paragraphs(para("Top", properties: #"<w:pStyle w:val="Banner"/>"#)).first)
        #expect(p.headingLevel == 1)
    }

    @Test func headingLevelFromDirectOutlineLevel() throws {
        let p = try #require(try paragraphs(para("Direct", properties: #"<w:outlineLvl w:val="2"/>"#)).first)
        #expect(p.headingLevel == 3)
    }

    @Test func bodyTextIsNotAHeadingAndGetsTheDefaultStyle() throws {
        let p = try #require(try paragraphs(para("Plain")).first)
        #expect(p.headingLevel == nil)
        #expect(p.style == nil)
        #expect(p.styleName == "Normal")
        #expect(p.list == nil)
    }

    @Test func listLevelAndFormatFromNumbering() throws {
        let body = para("Top item", properties: #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>"#)
            + para("Bullet", properties: #"<w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr>"#)
            + para("Lettered", properties: #"<w:numPr><w:numId w:val="7"/></w:numPr>"#)
            + para("Numbering removed", properties: #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>"#)
        let ps = try paragraphs(body)
        #expect(ps.map(\.list) == [
            ListItem(numberingId: "5", level: 0, format: "decimal"),
            ListItem(numberingId: "5", level: 1, format: "bullet"),
            ListItem(numberingId: "7", level: 0, format: "lowerLetter"),
            nil,
        ])
    }

    @Test func listFromParagraphStyle() throws {
        let p = try #require(try paragraphs(para("Styled list", properties: #"<w:pStyle w:val="Listed"/>"#)).first)
        #expect(p.list == ListItem(numberingId: "5", level: 1, format: "bullet"))
    }

    @Test func listWithoutNumberingPartHasNoFormat() throws {
        let doc = try readDocx(para("x", properties: #"<w:numPr><w:ilvl w:val="2"/><w:numId w:val="9"/></w:numPr>"#))
        #expect(doc.paragraphs.first?.list == ListItem(numberingId: "9", level: 2, format: nil))
    }

    @Test func tabsBreaksAndHyphensInText() throws {
        let body = """
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>\
            <w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:cr/><w:t>D</w:t><w:noBreakHyphen/><w:t>E</w:t></w:r>\
            <w:r><w:br w:type="page"/><w:t xml:space="preserve">  F </w:t></w:r></w:p>
            """
        let p = try #require(try paragraphs(body).first)
        // The tab stop in w:pPr/w:tabs is formatting, not text.
        #expect(p.text == "A\tB\nC\nD-E\n  F ")
        #expect(p.originalText == p.text)
    }

    @Test func boldParagraphFromRunsOrStyle() throws {
        let body = #"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>All bold</w:t></w:r></w:p>"#
            + #"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Half </w:t></w:r><w:r><w:t>plain</w:t></w:r></w:p>"#
            + para("Styled bold", properties: #"<w:pStyle w:val="Label"/>"#)
            + #"<w:p><w:pPr><w:pStyle w:val="Label"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Unbolded</w:t></w:r></w:p>"#
        #expect(try paragraphs(body).map(\.isBold) == [true, false, true, false])
    }

    @Test func blockLocationsCountTopLevelBlocks() throws {
        let doc = try readDocx(para("one") + para("two") + "<w:p/>" + para("four"))
        #expect(doc.main.blocks.map(\.location.block) == [0, 1, 2, 3])
        #expect(doc.main.blocks.allSatisfy { $0.location.part == "word/document.xml" && $0.location.cells.isEmpty })
        #expect(doc.plainText() == "one\ntwo\n\nfour")
    }

    // MARK: Check glyphs

    @Test func checkGlyphsInText() throws {
        let doc = try readDocx(para("☒ Yes ☐ No") + para("☑ a ✓ b ✔ c"))
        #expect(doc.checkBoxes.map(\.checked) == [true, false, true, true, true])
        #expect(doc.checkBoxes.allSatisfy { $0.source == .glyph })
        #expect(doc.checkBoxes.map(\.location.block) == [0, 0, 1, 1, 1])
    }

    @Test func textWithoutGlyphsHasNoCheckBoxes() throws {
        let doc = try readDocx(para("Yes – no — “quoted” → arrow"))
        #expect(doc.checkBoxes.isEmpty)
    }

    @Test func wingdingsSymbolsBecomeGlyphs() throws {
        let body = #"<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/><w:t xml:space="preserve"> Yes </w:t><w:sym w:font="Wingdings" w:char="F0A8"/><w:t xml:space="preserve"> No</w:t></w:r></w:p>"#
        let doc = try readDocx(body)
        #expect(doc.paragraphs.first?.text == "☑ Yes ☐ No")
        #expect(doc.checkBoxes.map(\.checked) == [true, false])
    }

    // MARK: Hyperlinks and fields

    @Test func hyperlinkTextAndTarget() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:t>the guidance</w:t></w:r></w:hyperlink>\
            <w:r><w:t xml:space="preserve"> and </w:t></w:r><w:hyperlink w:anchor="_Toc1"><w:r><w:t>section 2</w:t></w:r></w:hyperlink></w:p>
            """
        let doc = try readDocx(DocxBuilder(body: body).addingExternal(id: "rIdLink", kind: "hyperlink", target: "https://www.gov.uk/guidance?a=1&b=2"))
        #expect(doc.paragraphs.first?.text == "See the guidance and section 2")
        #expect(doc.hyperlinks.map(\.text) == ["the guidance", "section 2"])
        #expect(doc.hyperlinks.first?.target == "https://www.gov.uk/guidance?a=1&b=2")
        #expect(doc.hyperlinks.last?.target == nil)
        #expect(doc.hyperlinks.last?.anchor == "_Toc1")
    }

    @Test func simpleFieldGivesItsResultNotItsInstruction() throws {
        let body = #"<w:p><w:r><w:t xml:space="preserve">Date: </w:t></w:r><w:fldSimple w:instr=" DATE \@ &quot;d MMMM yyyy&quot; "><w:r><w:t>1 May 2024</w:t></w:r></w:fldSimple></w:p>"#
        let text = try readDocx(body).plainText()
        #expect(text == "Date: 1 May 2024")
    }

    @Test func complexFieldGivesItsResultNotItsInstruction() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:t xml:space="preserve"> of </w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> NUMPAGES </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            """
        let doc = try readDocx(body)
        #expect(doc.plainText() == "Page 3 of 9")
        #expect(doc.formFields.isEmpty)
    }

    @Test func fieldNestedInAnInstructionIsPartOfTheInstruction() throws {
        // { IF { MERGEFIELD answer } = "1" "yes" "no" }: the inner field's result ("1") is part of
        // the outer field's code; only the outer result ("yes") is document text.
        func fldChar(_ type: String) -> String { "<w:r><w:fldChar w:fldCharType=\"\(type)\"/></w:r>" }
        func instr(_ text: String) -> String { "<w:r><w:instrText xml:space=\"preserve\">\(text)</w:instrText></w:r>" }
        let body = "<w:p>\(run("Answer: "))" + fldChar("begin") + instr(" IF ")
            + fldChar("begin") + instr(" MERGEFIELD answer ") + fldChar("separate") + run("1") + fldChar("end")
            + instr(" = \"1\" \"yes\" \"no\" ") + fldChar("separate") + run("yes") + fldChar("end") + "</w:p>"
        #expect(try readDocx(body).plainText() == "Answer: yes")
    }

    // MARK: Alternate content and text boxes

    @Test func alternateContentGivesOneBranch() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Before </w:t></w:r><w:r><mc:AlternateContent>\
            <mc:Choice Requires="w14"><w:t>shown once</w:t></mc:Choice>\
            <mc:Fallback><w:t>shown once</w:t></mc:Fallback>\
            </mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> after</w:t></w:r></w:p>
            """
        #expect(try readDocx(body).plainText() == "Before shown once after")
    }

    static let textBoxBody = """
        <w:p><w:r><w:t>Host</w:t></w:r><w:r><mc:AlternateContent>\
        <mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:wsp><wps:txbx><w:txbxContent>\
        <w:p><w:r><w:t>In the box</w:t></w:r></w:p><w:p><w:r><w:t>Second box line</w:t></w:r></w:p>\
        </w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>\
        <w:p><w:r><w:t>In the box</w:t></w:r></w:p><w:p><w:r><w:t>Second box line</w:t></w:r></w:p>\
        </w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>\
        </mc:AlternateContent></w:r></w:p>
        """ + para("After")

    @Test func textBoxParagraphsFollowTheirHostOnce() throws {
        let doc = try readDocx(Self.textBoxBody)
        let ps = doc.paragraphs
        #expect(ps.map(\.text) == ["Host", "In the box", "Second box line", "After"])
        #expect(ps.map(\.inTextBox) == [false, true, true, false])
        #expect(doc.main.blocks.enumerated().allSatisfy { $0.offset == $0.element.location.block })
        #expect(ps[1].location.paragraph == 0 && ps[2].location.paragraph == 1)
        #expect(doc.plainText().components(separatedBy: "In the box").count == 2)
    }

    @Test func tableInATextBoxIsNumberedWhereItLands() throws {
        // Text-box blocks are emitted after their host paragraph; a table among them must get
        // its own block index (and so must its cells), like text-box paragraphs do.
        let box = "<w:txbxContent>\(para("box para"))<w:tbl><w:tr><w:tc>\(para("box cell"))</w:tc></w:tr></w:tbl></w:txbxContent>"
        let body = para("Intro") + "<w:p>\(run("Host"))<w:r><w:pict><v:shape><v:textbox>\(box)</v:textbox></v:shape></w:pict></w:r></w:p>" + para("End")
        let doc = try readDocx(body)
        #expect(doc.main.blocks.map(\.text) == ["Intro", "Host", "box para", "box cell", "End"])
        #expect(doc.main.blocks.map(\.location.block) == [0, 1, 2, 3, 4])
        let cell = try #require(doc.tables.first?.rows.first?.cells.first)
        #expect(cell.location.block == 3)
        #expect(cell.paragraphs.first?.location.block == 3)
    }

    @Test func vmlOnlyTextBoxIsRead() throws {
        let body = "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>\(para("Legacy box"))</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
        let doc = try readDocx(body)
        #expect(doc.paragraphs.contains { $0.text == "Legacy box" && $0.inTextBox })
    }
}
