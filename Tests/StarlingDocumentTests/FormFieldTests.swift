import Foundation
import StarlingDocument
import StarlingTestSupport
import Testing

@Suite("Legacy form fields")
struct FormFieldTests {
    /// A legacy field: begin (with `w:ffData`), instruction, optional result, end.
    static func field(_ instruction: String, ffData: String, result: String? = nil) -> String {
        var xml = "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData>\(ffData)</w:ffData></w:fldChar></w:r>"
        xml += "<w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
        if let result {
            xml += "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(run(result))"
        }
        return xml + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    }

    @Test func formTextGivesItsResult() throws {
        let ffData = #"<w:name w:val="ChildName"/><w:enabled/><w:calcOnExit w:val="0"/><w:helpText w:type="text" w:val="Child's full name"/><w:textInput><w:maxLength w:val="40"/></w:textInput>"#
        let doc = try readDocx("<w:p>\(run("Name: "))\(Self.field("FORMTEXT", ffData: ffData, result: "Alex Smith"))</w:p>")
        let f = try #require(doc.formFields.first)
        #expect(doc.formFields.count == 1)
        #expect(f.kind == .text)
        #expect(f.name == "ChildName")
        #expect(f.value == "Alex Smith")
        #expect(f.helpText == "Child's full name")
        #expect(f.location.block == 0)
        #expect(doc.paragraphs.first?.text == "Name: Alex Smith")
        #expect(!doc.plainText().contains("FORMTEXT"))
    }

    @Test func emptyFormTextHasNoValue() throws {
        let doc = try readDocx("<w:p>\(Self.field("FORMTEXT", ffData: #"<w:name w:val="T"/><w:textInput/>"#, result: "\u{2002}\u{2002}\u{2002}\u{2002}\u{2002}"))</w:p>")
        #expect(doc.formFields.first?.kind == .text)
        #expect(doc.formFields.first?.value == nil)
    }

    @Test func formTextResultOverSeveralRuns() throws {
        let body = "<w:p>\(Self.field("FORMTEXT", ffData: #"<w:name w:val="T"/><w:textInput/>"#, result: "first "))</w:p>"
            .replacingOccurrences(of: run("first "), with: run("first ") + run("second"))
        let doc = try readDocx(body)
        #expect(doc.formFields.first?.value == "first second")
    }

    static let checkBoxCases: [(ffData: String, ticked: Bool)] = [
        (#"<w:default w:val="0"/><w:checked/>"#, true),
        (#"<w:default w:val="0"/><w:checked w:val="1"/>"#, true),
        (#"<w:checked w:val="true"/>"#, true),
        (#"<w:checked w:val="on"/>"#, true),
        (#"<w:default w:val="1"/>"#, true),
        (#"<w:default/>"#, true),
        (#"<w:default w:val="1"/><w:checked w:val="0"/>"#, false),
        (#"<w:default w:val="1"/><w:checked w:val="false"/>"#, false),
        (#"<w:checked w:val="off"/>"#, false),
        (#"<w:default w:val="0"/>"#, false),
        ("", false),
    ]

    @Test(arguments: checkBoxCases)
    func formCheckBox(ffData: String, ticked: Bool) throws {
        let data = "<w:name w:val=\"Check1\"/><w:enabled/><w:checkBox><w:sizeAuto/>\(ffData)</w:checkBox>"
        let doc = try readDocx("<w:p>\(Self.field("FORMCHECKBOX", ffData: data))\(run(" Yes"))</w:p>")
        let f = try #require(doc.formFields.first)
        #expect(f.kind == .checkBox)
        #expect(f.name == "Check1")
        #expect(f.checked == ticked)
        #expect(doc.checkBoxes.count == 1)
        #expect(doc.checkBoxes.first?.source == .formField)
        #expect(doc.checkBoxes.first?.checked == ticked)
        #expect(doc.checkBoxes.first?.name == "Check1")
        #expect(doc.paragraphs.first?.text == (ticked ? "☒ Yes" : "☐ Yes"))
    }

    @Test func formDropDownUsesTheResultIndex() throws {
        let ffData = #"<w:name w:val="Rating"/><w:ddList><w:result w:val="2"/><w:listEntry w:val="Good"/><w:listEntry w:val="Requires improvement"/><w:listEntry w:val="Inadequate"/></w:ddList>"#
        let doc = try readDocx("<w:p>\(Self.field("FORMDROPDOWN", ffData: ffData))</w:p>")
        let f = try #require(doc.formFields.first)
        #expect(f.kind == .dropDown)
        #expect(f.entries == ["Good", "Requires improvement", "Inadequate"])
        #expect(f.value == "Inadequate")
        #expect(doc.paragraphs.first?.text == "Inadequate")
    }

    @Test func formDropDownFallsBackToDefaultThenFirst() throws {
        let withDefault = #"<w:ddList><w:default w:val="1"/><w:listEntry w:val="A"/><w:listEntry w:val="B"/></w:ddList>"#
        let bare = #"<w:ddList><w:listEntry w:val="A"/><w:listEntry w:val="B"/></w:ddList>"#
        let doc = try readDocx("<w:p>\(Self.field("FORMDROPDOWN", ffData: withDefault))</w:p><w:p>\(Self.field("FORMDROPDOWN", ffData: bare))</w:p>")
        #expect(doc.formFields.map(\.value) == ["B", "A"])
    }

    @Test func formDropDownIndexOutOfRangeHasNoValue() throws {
        let ffData = #"<w:ddList><w:result w:val="7"/><w:listEntry w:val="A"/></w:ddList>"#
        let doc = try readDocx("<w:p>\(Self.field("FORMDROPDOWN", ffData: ffData))</w:p>")
        #expect(doc.formFields.first?.kind == .dropDown)
        #expect(doc.formFields.first?.value == nil)
    }

    @Test func fieldsInTableCellsAreLocated() throws {
        let box = Self.field("FORMCHECKBOX", ffData: #"<w:name w:val="InCell"/><w:checkBox><w:checked/></w:checkBox>"#)
        let doc = try readDocx("<w:tbl><w:tr><w:tc>\(para("Label"))</w:tc><w:tc><w:p>\(box)</w:p></w:tc></w:tr></w:tbl>")
        let f = try #require(doc.formFields.first)
        #expect(f.location.cells == [.init(row: 0, cell: 1)])
        #expect(f.location.paragraph == 0)
        #expect(doc.checkBoxes.first?.location.cells == [.init(row: 0, cell: 1)])
    }
}
