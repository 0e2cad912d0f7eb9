import Foundation
import StarlingDocument
import StarlingTestSupport
import Testing

@Suite("Content controls")
struct ContentControlTests {
    static func sdt(_ properties: String, _ content: String) -> String {
        "<w:sdt><w:sdtPr>\(properties)</w:sdtPr><w:sdtContent>\(content)</w:sdtContent></w:sdt>"
    }

    private func controls(_ body: String) throws -> [ContentControl] { try readDocx(body).contentControls }

    @Test func runLevelPlainText() throws {
        let body = "<w:p>\(run("Name: "))\(Self.sdt(#"<w:rPr><w:b/></w:rPr><w:alias w:val="Child name"/><w:tag w:val="child_name"/><w:id w:val="1"/><w:text/>"#, run("Sam")))</w:p>"
        let doc = try readDocx(body)
        let c = try #require(doc.contentControls.first)
        #expect(doc.contentControls.count == 1)
        #expect(c.scope == .run)
        #expect(c.tag == "child_name")
        #expect(c.title == "Child name")
        #expect(c.kind == .plainText)
        #expect(c.text == "Sam")
        #expect(c.enteredText == "Sam")
        #expect(c.showingPlaceholder == false)
        #expect(c.location.block == 0)
        #expect(c.location.control == "child_name")
        #expect(doc.paragraphs.first?.text == "Name: Sam")
    }

    @Test func titleNamesTheLocationWhenThereIsNoTag() throws {
        let c = try #require(try controls("<w:p>\(Self.sdt(#"<w:alias w:val="Only a title"/>"#, run("x")))</w:p>").first)
        #expect(c.tag == nil)
        #expect(c.location.control == "Only a title")
    }

    @Test func blockLevelRichTextWithParagraphs() throws {
        let body = para("Before") + Self.sdt(#"<w:tag w:val="summary"/><w:richText/>"#, para("Line one") + para("Line two")) + para("After")
        let doc = try readDocx(body)
        let c = try #require(doc.contentControls.first)
        #expect(c.scope == .block)
        #expect(c.kind == .richText)
        #expect(c.text == "Line one\nLine two")
        #expect(c.location.block == 1)
        #expect(doc.paragraphs.map(\.text) == ["Before", "Line one", "Line two", "After"])
        #expect(doc.paragraphs.map(\.location.control) == [nil, "summary", "summary", nil])
    }

    @Test func controlWithoutTypeIsRichText() throws {
        #expect(try controls(Self.sdt(#"<w:tag w:val="t"/>"#, para("x"))).first?.kind == .richText)
    }

    @Test func dropDownWithListItems() throws {
        let properties = #"<w:tag w:val="rating"/><w:dropDownList w:lastValue="O"><w:listItem w:displayText="Choose an item." w:value=""/><w:listItem w:displayText="Good" w:value="G"/><w:listItem w:displayText="Outstanding" w:value="O"/></w:dropDownList>"#
        let c = try #require(try controls("<w:p>\(Self.sdt(properties, run("Outstanding")))</w:p>").first)
        #expect(c.kind == .dropDown)
        #expect(c.listEntries.map(\.displayText) == ["Choose an item.", "Good", "Outstanding"])
        #expect(c.listEntries.map(\.value) == ["", "G", "O"])
        #expect(c.text == "Outstanding")
    }

    @Test func comboBoxItemWithoutDisplayTextUsesItsValue() throws {
        let properties = #"<w:tag w:val="answer"/><w:comboBox><w:listItem w:value="Yes"/><w:listItem w:displayText="No" w:value="N"/></w:comboBox>"#
        let c = try #require(try controls("<w:p>\(Self.sdt(properties, run("Maybe")))</w:p>").first)
        #expect(c.kind == .comboBox)
        #expect(c.listEntries.map(\.displayText) == ["Yes", "No"])
        #expect(c.listEntries.map(\.value) == ["Yes", "N"])
        #expect(c.enteredText == "Maybe")
    }

    @Test func dateWithFullDate() throws {
        let properties = #"<w:tag w:val="visit_date"/><w:date w:fullDate="2024-03-05T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>"#
        let c = try #require(try controls("<w:p>\(Self.sdt(properties, run("05/03/2024")))</w:p>").first)
        #expect(c.kind == .date)
        #expect(c.fullDate == "2024-03-05T00:00:00Z")
        #expect(c.dateFormat == "dd/MM/yyyy")
        #expect(c.text == "05/03/2024")
    }

    static func checkBoxControl(tag: String, checked: String?, glyph: String) -> String {
        let state = checked.map { "<w14:checked w14:val=\"\($0)\"/>" } ?? ""
        return sdt(
            "<w:tag w:val=\"\(tag)\"/><w14:checkbox>\(state)<w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/><w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox>",
            run(glyph))
    }

    @Test(arguments: [("1", true), ("0", false), ("true", true), ("false", false)])
    func w14CheckBox(value: String, expected: Bool) throws {
        // The glyph shown deliberately disagrees: the w14:checked state is what counts.
        let doc = try readDocx("<w:p>\(Self.checkBoxControl(tag: "consent", checked: value, glyph: expected ? "☐" : "☒"))</w:p>")
        let c = try #require(doc.contentControls.first)
        #expect(c.kind == .checkBox)
        #expect(c.checked == expected)
        // One check box, from the control: its glyph is not counted a second time.
        #expect(doc.checkBoxes.count == 1)
        #expect(doc.checkBoxes.first?.source == .contentControl)
        #expect(doc.checkBoxes.first?.checked == expected)
        #expect(doc.checkBoxes.first?.name == "consent")
    }

    @Test func w14CheckBoxWithoutCheckedElementIsUnticked() throws {
        let doc = try readDocx("<w:p>\(Self.checkBoxControl(tag: "c", checked: nil, glyph: "☐"))</w:p>")
        #expect(doc.contentControls.first?.checked == false)
        #expect(doc.checkBoxes.map(\.checked) == [false])
    }

    @Test func placeholderIsNotEnteredText() throws {
        let properties = #"<w:tag w:val="reason"/><w:showingPlcHdr/><w:placeholder><w:docPart w:val="DefaultPlaceholder_1081868574"/></w:placeholder><w:text/>"#
        let c = try #require(try controls("<w:p>\(Self.sdt(properties, run("Click or tap here to enter text.")))</w:p>").first)
        #expect(c.showingPlaceholder)
        #expect(c.text == "Click or tap here to enter text.")
        #expect(c.enteredText == nil)
    }

    @Test func showingPlcHdrOffIsEnteredText() throws {
        let c = try #require(try controls("<w:p>\(Self.sdt(#"<w:tag w:val="r"/><w:showingPlcHdr w:val="0"/>"#, run("Typed")))</w:p>").first)
        #expect(!c.showingPlaceholder)
        #expect(c.enteredText == "Typed")
    }

    @Test func rowLevelControl() throws {
        let body = "<w:tbl>\(Self.sdt(#"<w:tag w:val="repeat_row"/>"#, "<w:tr><w:tc>\(para("R1"))</w:tc><w:tc>\(para("R2"))</w:tc></w:tr>"))<w:tr><w:tc>\(para("plain"))</w:tc></w:tr></w:tbl>"
        let doc = try readDocx(body)
        let c = try #require(doc.contentControls.first)
        #expect(c.scope == .row)
        #expect(c.tag == "repeat_row")
        #expect(c.text == "R1\nR2")
        let t = try #require(doc.tables.first)
        #expect(t.rows.count == 2)
        #expect(t.rows[0].cells.map(\.text) == ["R1", "R2"])
        #expect(t.rows[0].cells[1].paragraphs.first?.location.control == "repeat_row")
        #expect(t.rows[1].cells[0].paragraphs.first?.location.control == nil)
    }

    @Test func cellLevelControl() throws {
        let body = "<w:tbl><w:tr>\(Self.sdt(#"<w:tag w:val="cell_ctl"/><w:text/>"#, "<w:tc>\(para("C1"))</w:tc>"))<w:tc>\(para("C2"))</w:tc></w:tr></w:tbl>"
        let doc = try readDocx(body)
        let c = try #require(doc.contentControls.first)
        #expect(c.scope == .cell)
        #expect(c.text == "C1")
        #expect(c.location.block == 0)
        let row = try #require(doc.tables.first?.rows.first)
        #expect(row.cells.map(\.text) == ["C1", "C2"])
        #expect(row.cells.map(\.gridColumn) == [0, 1])
        #expect(row.cells[0].paragraphs.first?.location.control == "cell_ctl")
        #expect(row.cells[0].paragraphs.first?.location.cells == [.init(row: 0, cell: 0)])
    }

    @Test func blockControlInsideACell() throws {
        let body = "<w:tbl><w:tr><w:tc>\(para("label"))\(Self.sdt(#"<w:tag w:val="in_cell"/>"#, para("value")))</w:tc></w:tr></w:tbl>"
        let c = try #require(try controls(body).first)
        #expect(c.scope == .block)
        #expect(c.location.cells == [.init(row: 0, cell: 0)])
        #expect(c.location.paragraph == 1)
    }

    @Test func nestedControlsNameTheInnermost() throws {
        let inner = Self.sdt(#"<w:tag w:val="inner"/><w:text/>"#, run("deep"))
        let body = Self.sdt(#"<w:tag w:val="outer"/>"#, "<w:p>\(run("start "))\(inner)</w:p>")
        let doc = try readDocx(body)
        #expect(Set(doc.contentControls.map(\.tag)) == ["inner", "outer"])
        let innerControl = try #require(doc.contentControls.first { $0.tag == "inner" })
        let outerControl = try #require(doc.contentControls.first { $0.tag == "outer" })
        #expect(innerControl.scope == .run)
        #expect(innerControl.location.control == "inner")
        #expect(innerControl.text == "deep")
        #expect(outerControl.scope == .block)
        #expect(outerControl.text == "start deep")
    }
}
