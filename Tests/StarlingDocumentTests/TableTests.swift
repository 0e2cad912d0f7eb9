import Foundation
import StarlingDocument
import StarlingTestSupport
import Testing

@Suite("Tables: spans, merges, nesting and locations")
struct TableTests {
    static func cell(_ content: String, properties: String = "") -> String {
        "<w:tc>\(properties.isEmpty ? "" : "<w:tcPr>\(properties)</w:tcPr>")\(content)</w:tc>"
    }

    /// 3 grid columns: row 0 spans two columns then starts a vertical merge that rows 1–2 continue.
    static let mergedTable = """
        <w:tbl><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid>\
        <w:tr><w:trPr><w:tblHeader/></w:trPr>\(cell(para("Span"), properties: #"<w:gridSpan w:val="2"/><w:shd w:val="clear" w:fill="D9D9D9"/>"#))\
        \(cell(para("Merged"), properties: #"<w:vMerge w:val="restart"/>"#))</w:tr>\
        <w:tr>\(cell(para("A")))\(cell(para("B")))\(cell("<w:p/>", properties: "<w:vMerge/>"))</w:tr>\
        <w:tr>\(cell(para("C")))\(cell(para("D")))\(cell("<w:p/>", properties: #"<w:vMerge w:val="continue"/>"#))</w:tr>\
        </w:tbl>
        """

    private func table(_ body: String) throws -> Table {
        try #require(try readDocx(body).tables.first)
    }

    @Test func gridSpanSetsColumnsAndShading() throws {
        let t = try table(para("Intro") + Self.mergedTable)
        #expect(t.rows.count == 3)
        #expect(t.rows[0].cells.map(\.gridColumn) == [0, 2])
        #expect(t.rows[0].cells.map(\.gridSpan) == [2, 1])
        #expect(t.rows[0].cells[0].shading == "D9D9D9")
        #expect(t.rows[1].cells.map(\.gridColumn) == [0, 1, 2])
        #expect(t.cell(row: 0, gridColumn: 1)?.text == "Span")
        #expect(t.rows.map(\.isHeader) == [true, false, false])
    }

    @Test func verticalMergeContinuationsResolveToTheFirstCell() throws {
        let t = try table(Self.mergedTable)
        #expect(t.rows[0].cells[1].rowSpan == 3)
        #expect(t.rows[0].cells[1].mergedFromRow == nil)
        #expect(t.rows[1].cells[2].mergedFromRow == 0)
        #expect(t.rows[2].cells[2].mergedFromRow == 0)
        #expect(t.cell(row: 2, gridColumn: 2)?.text == "Merged")
        #expect(t.cell(row: 1, gridColumn: 2)?.location.cells == [Location.CellStep(row: 0, cell: 1)])
        #expect(t.cell(row: 2, gridColumn: 0)?.text == "C")
        #expect(t.cell(row: 2, gridColumn: 3) == nil)
        #expect(t.cell(row: 3, gridColumn: 0) == nil)
    }

    @Test func gridBeforeShiftsTheFirstCell() throws {
        let body = "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>\(Self.cell(para("x")))\(Self.cell(para("y")))</w:tr></w:tbl>"
        let t = try table(body)
        #expect(t.rows[0].cells.map(\.gridColumn) == [1, 2])
        #expect(t.cell(row: 0, gridColumn: 0) == nil)
        #expect(t.cell(row: 0, gridColumn: 2)?.text == "y")
    }

    @Test func everyCellAndParagraphHasItsLocation() throws {
        let doc = try readDocx(para("Intro") + Self.mergedTable + para("Outro"))
        #expect(doc.main.blocks.map(\.location.block) == [0, 1, 2])
        let t = try #require(doc.tables.first)
        #expect(t.location == Location(part: "word/document.xml", block: 1))
        for (r, row) in t.rows.enumerated() {
            for (c, cell) in row.cells.enumerated() {
                #expect(cell.location == Location(part: "word/document.xml", block: 1, cells: [.init(row: r, cell: c)]))
                for p in cell.paragraphs {
                    #expect(p.location.cells == [.init(row: r, cell: c)])
                    #expect(p.location.paragraph == 0)
                }
            }
        }
        let b = try #require(t.rows[1].cells[1].paragraphs.first)
        #expect(b.text == "B")
        #expect(b.location.description == "word/document.xml block 2, table row 2 cell 2, paragraph 1")
    }

    @Test func tableTextIsRowsOfTabSeparatedCells() throws {
        let body = "<w:tbl><w:tr>\(Self.cell(para("a") + para("a2")))\(Self.cell(para("b")))</w:tr><w:tr>\(Self.cell(para("c")))\(Self.cell(para("d")))</w:tr></w:tbl>"
        let doc = try readDocx(body)
        #expect(doc.main.blocks.first?.text == "a a2\tb\nc\td")
        #expect(doc.tables.first?.rows[0].cells[0].text == "a\na2")
        #expect(doc.tables.first?.rows[0].cells[0].paragraphs.map(\.location.paragraph) == [0, 1])
    }

    @Test func nestedTablesKeepTheirPath() throws {
        let inner = "<w:tbl><w:tr>\(Self.cell(para("i00")))\(Self.cell(para("i01")))</w:tr><w:tr>\(Self.cell(para("i10")))\(Self.cell(para("i11")))</w:tr></w:tbl>"
        let body = para("Intro") + "<w:tbl><w:tr>\(Self.cell(para("o00")))\(Self.cell(para("Outer") + inner + para("After inner")))</w:tr></w:tbl>" + para("End")
        let doc = try readDocx(body)
        #expect(doc.main.blocks.count == 3)
        let outer = try #require(doc.tables.first)
        let host = outer.rows[0].cells[1]
        #expect(host.blocks.count == 3)
        guard case .table(let nested) = host.blocks[1] else {
            Issue.record("expected a nested table, got \(host.blocks[1])")
            return
        }
        #expect(nested.location.block == 1)
        #expect(nested.location.cells == [.init(row: 0, cell: 1)])
        #expect(nested.location.paragraph == nil)
        let i11 = nested.rows[1].cells[1]
        #expect(i11.text == "i11")
        #expect(i11.location.cells == [.init(row: 0, cell: 1), .init(row: 1, cell: 1)])
        #expect(i11.paragraphs.first?.location == Location(part: "word/document.xml", block: 1, cells: [.init(row: 0, cell: 1), .init(row: 1, cell: 1)], paragraph: 0))
        // The outer cell's paragraphs around the nested table keep the outer path.
        #expect(host.paragraphs.map(\.text) == ["Outer", "i00", "i01", "i10", "i11", "After inner"])
        let after = try #require(host.paragraphs.last)
        #expect(after.location.cells == [.init(row: 0, cell: 1)])
        #expect(doc.paragraphs.map(\.text) == ["Intro", "o00", "Outer", "i00", "i01", "i10", "i11", "After inner", "End"])
        #expect(doc.main.blocks[2].location.block == 2)
    }

    @Test func deletedRowIsOnlyInTheOriginalView() throws {
        let body = """
            <w:tbl><w:tr>\(Self.cell(para("kept")))</w:tr>\
            <w:tr><w:trPr><w:del w:id="9" w:author="Ed" w:date="2024-05-01T00:00:00Z"/></w:trPr>\(Self.cell("<w:p><w:del w:id=\"10\" w:author=\"Ed\"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>"))</w:tr></w:tbl>
            """
        let doc = try readDocx(body)
        let t = try #require(doc.tables.first)
        #expect(t.rows.map(\.isDeleted) == [false, true])
        #expect(doc.plainText() == "kept")
        #expect(doc.plainText(view: .original) == "kept\ngone")
        #expect(doc.revisions.contains { $0.kind == .rowDeletion && $0.author == "Ed" })
    }
}
