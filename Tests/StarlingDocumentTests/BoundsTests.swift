import Foundation
@testable import StarlingDocument
import StarlingTestSupport
import Testing

/// Damaged or crafted numbers, and structures that fan out, must cost a warning, never a
/// crash (issue 10): every number a document gives is held to the range Word allows.
@Suite("Bounds: numbers out of range, comment ranges and relationship fan-out")
struct BoundsTests {
    static func cell(_ properties: String = "", _ content: String = "<w:p/>") -> String {
        "<w:tc>\(properties.isEmpty ? "" : "<w:tcPr>\(properties)</w:tcPr>")\(content)</w:tc>"
    }

    // MARK: The helper

    @Test func boundedIntegerNeverOverflows() {
        #expect(BoundedInteger("7", in: 1...63) == .valid(7))
        #expect(BoundedInteger(" +07 ", in: 1...63) == .valid(7))
        #expect(BoundedInteger("9223372036854775807", in: 1...63) == .outOfRange(nearest: 63))
        #expect(BoundedInteger("99999999999999999999999999999999", in: 1...63) == .outOfRange(nearest: 63))
        #expect(BoundedInteger("-9223372036854775808", in: 0...8) == .outOfRange(nearest: 0))
        #expect(BoundedInteger("0", in: 1...63) == .outOfRange(nearest: 1))
        #expect(BoundedInteger("", in: 0...8) == .notANumber)
        #expect(BoundedInteger("-", in: 0...8) == .notANumber)
        #expect(BoundedInteger("2.5", in: 0...8) == .notANumber)
        #expect(BoundedInteger("٣", in: 0...8) == .notANumber)  // Arabic-Indic digit: not XML Schema's
        #expect(BoundedInteger("999", in: 0...8).clamped == 8)
        #expect(BoundedInteger("999", in: 0...8).value == nil)
    }

    // MARK: Tables

    /// The file from issue 10 that killed `dump`, `import`, `validate` and `migrate` with a trap.
    @Test func hugeGridSpanIsClampedWithAWarning() throws {
        let body = "<w:tbl><w:tr>\(Self.cell(#"<w:gridSpan w:val="9223372036854775807"/>"#))\(Self.cell())</w:tr></w:tbl>"
        let doc = try readDocx(body)
        let row = try #require(doc.tables.first?.rows.first)
        #expect(row.cells.map(\.gridSpan) == [63, 1])
        #expect(row.cells.map(\.gridColumn) == [0, 63])
        #expect(doc.warnings.contains { $0.contains("w:gridSpan") && $0.contains("9223372036854775807") && $0.contains("read as 63") })
    }

    @Test func hugeGridBeforeAndAfterAreClampedWithWarnings() throws {
        let body = """
            <w:tbl><w:tr><w:trPr><w:gridBefore w:val="9223372036854775807"/><w:gridAfter w:val="9223372036854775807"/></w:trPr>\
            \(Self.cell(#"<w:gridSpan w:val="9223372036854775807"/>"#))\(Self.cell())</w:tr></w:tbl>
            """
        let doc = try readDocx(body)
        let row = try #require(doc.tables.first?.rows.first)
        #expect(row.cells.map(\.gridColumn) == [62, 125])
        #expect(doc.warnings.contains { $0.hasPrefix("w:gridBefore") && $0.contains("read as 62") })
        #expect(doc.warnings.contains { $0.hasPrefix("w:gridAfter") && $0.contains("read as 62") })
    }

    @Test func negativeAndNonNumericSpansAreHeldInRange() throws {
        let body = """
            <w:tbl><w:tr><w:trPr><w:gridBefore w:val="-5"/></w:trPr>\
            \(Self.cell(#"<w:gridSpan w:val="-9223372036854775808"/>"#))\(Self.cell(#"<w:gridSpan w:val="two"/>"#))\(Self.cell(#"<w:gridSpan w:val="0"/>"#))\
            </w:tr></w:tbl>
            """
        let doc = try readDocx(body)
        let row = try #require(doc.tables.first?.rows.first)
        #expect(row.cells.map(\.gridSpan) == [1, 1, 1])
        #expect(row.cells.map(\.gridColumn) == [0, 1, 2])
        // One warning per attribute, counting the rest: a damaged table cannot flood them.
        let spans = doc.warnings.filter { $0.hasPrefix("w:gridSpan") }
        #expect(spans.count == 1)
        #expect(spans.first?.contains("and 2 more like it") == true)
        #expect(doc.warnings.contains { $0.hasPrefix("w:gridBefore") && $0.contains("read as 0") })
    }

    /// Resolving merges looked up the row above once per cell; a few wide rows were quadratic.
    @Test func wideMergedRowsResolve() throws {
        let width = 3_000
        let first = (0..<width).map { _ in Self.cell(#"<w:vMerge w:val="restart"/>"#) }.joined()
        let next = (0..<width).map { _ in Self.cell("<w:vMerge/>") }.joined()
        let doc = try readDocx("<w:tbl><w:tr>\(first)</w:tr><w:tr>\(next)</w:tr><w:tr>\(next)</w:tr></w:tbl>")
        let table = try #require(doc.tables.first)
        #expect(table.rows[0].cells.allSatisfy { $0.rowSpan == 3 })
        #expect(table.rows[2].cells.allSatisfy { $0.mergedFromRow == 0 })
    }

    // MARK: Lists, headings, form fields

    @Test func listLevelAndNumberingIdOutOfRange() throws {
        let numbering = DocxBuilder.Part.numbering("""
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="8"><w:numFmt w:val="bullet"/></w:lvl>\
            <w:lvl w:ilvl="999"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="01"><w:abstractNumId w:val="0"/></w:num>
            """)
        let body = para("deep", properties: #"<w:numPr><w:ilvl w:val="999"/><w:numId w:val="1"/></w:numPr>"#)
            + para("huge id", properties: #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="99999999999999999999"/></w:numPr>"#)
            + para("negative", properties: #"<w:numPr><w:ilvl w:val="-1"/><w:numId w:val="1"/></w:numPr>"#)
        let doc = try readDocx(body, parts: [numbering])
        let paragraphs = doc.paragraphs
        #expect(paragraphs[0].list == ListItem(numberingId: "1", level: 8, format: "bullet"))
        #expect(paragraphs[1].list == nil)  // a damaged numId names no list
        #expect(paragraphs[2].list?.level == 0)
        #expect(doc.warnings.contains { $0.hasPrefix("w:ilvl '999'") && $0.contains("read as 8") })
        #expect(doc.warnings.contains { $0.hasPrefix("w:numId") && $0.contains("read as no list") })
        // The numbering part's own level 999 is reported, and not kept.
        #expect(doc.warnings.contains { $0.contains("the numbering part") && $0.contains("ignored") })
    }

    @Test func outlineLevelOutOfRangeIsNoHeading() throws {
        let doc = try readDocx(para("big", properties: #"<w:outlineLvl w:val="9223372036854775807"/>"#)
            + para("body", properties: #"<w:outlineLvl w:val="9"/>"#) + para("h2", properties: #"<w:outlineLvl w:val="1"/>"#))
        #expect(doc.paragraphs.map(\.headingLevel) == [nil, nil, 2])
        #expect(doc.warnings.filter { $0.hasPrefix("w:outlineLvl") }.count == 1)
    }

    @Test func dropDownIndexOutOfRangeChoosesNoEntry() throws {
        func dropDown(_ result: String) -> String {
            let ffData = #"<w:name w:val="Rating"/><w:ddList><w:result w:val="\#(result)"/><w:listEntry w:val="Good"/><w:listEntry w:val="Poor"/></w:ddList>"#
            return "<w:p>\(FormFieldTests.field("FORMDROPDOWN", ffData: ffData))</w:p>"
        }
        let doc = try readDocx(dropDown("9223372036854775807") + dropDown("-1") + dropDown("1"))
        #expect(doc.formFields.map(\.value) == [nil, nil, "Poor"])
        #expect(doc.warnings.contains { $0.hasPrefix("w:result") && $0.contains("no entry chosen") && $0.contains("and 1 more") })
    }

    @Test func unendedFieldsPastTheNestingLimitReadAsText() throws {
        let begins = String(repeating: #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#, count: 5_000)
        let doc = try readDocx("<w:p>\(begins)\(run("still read"))</w:p>")
        #expect(doc.paragraphs.first?.text == "still read")
        #expect(doc.warnings.contains { $0.hasPrefix("w:fldChar") && $0.contains("nested more than 64") })
    }

    // MARK: Comment ranges

    /// 5,000 ranges opened and never closed over many runs: each run used to be copied into
    /// every open range (a 150 KB file took 17 s and 270 MB).
    @Test func unclosedCommentRangesKeepTheirTextOnce() throws {
        let starts = (0..<5_000).map { "<w:commentRangeStart w:id=\"\($0)\"/>" }.joined()
        let runs = (0..<2_000).map { run("word\($0) ") }.joined()
        let doc = try readDocx("<w:p>\(starts)\(runs)</w:p>", parts: [StoryPartTests.comments])
        #expect(doc.paragraphs.first?.text.hasPrefix("word0 word1 ") == true)
        // The limit on ranges open at once is reported; the rest were never anchored.
        #expect(doc.warnings.contains { $0.hasPrefix("w:commentRangeStart") && $0.contains("4000 not anchored") })
        #expect(doc.comments.allSatisfy { $0.anchorText.isEmpty })
    }

    /// The work behind the test above, counted: the shared buffer holds each run once, not once per range.
    @Test func openRangesShareOneBuffer() {
        var ranges = CommentRanges(maxOpen: 10_000, maxText: 1 << 20)
        let location = Location(part: "word/document.xml", block: 0)
        let opened = (0..<5_000).filter { ranges.start(String($0), at: location) }
        #expect(opened.count == 5_000)
        var written = 0
        for index in 0..<2_000 {
            let text = "run \(index) "
            ranges.append(text)
            written += text.utf8.count
        }
        #expect(ranges.buffer.count == written)
        let anchor = ranges.end("4999")
        #expect(anchor?.text.utf8.count == written)
        let missing = ranges.end("no such range")
        #expect(missing == nil)
    }

    @Test func anchorTextIsCappedOnACharacterBoundary() {
        var ranges = CommentRanges(maxOpen: 4, maxText: 10)
        let location = Location(part: "word/document.xml", block: 0)
        let startedA = ranges.start("a", at: location)
        #expect(startedA)
        ranges.append("ééééé")  // 10 bytes
        ranges.append("ééééé")  // past the cap: not kept
        #expect(ranges.buffer.count == 10)
        let startedB = ranges.start("b", at: location)
        #expect(startedB)
        ranges.append("xxxxxxxxxé")  // 11 bytes: the é would straddle b's cap
        let b = ranges.end("b"), a = ranges.end("a")
        #expect(b?.text == "xxxxxxxxx")
        #expect(a?.text == "ééééé")
        #expect(ranges.buffer.isEmpty)  // nothing open: nothing kept
    }

    @Test func closedRangesOverALongStoryKeepBoundedText() throws {
        let limits = DocumentLimits()
        let starts = (0..<200).map { "<w:commentRangeStart w:id=\"\($0)\"/>" }.joined()
        let ends = (0..<200).map { "<w:commentRangeEnd w:id=\"\($0)\"/>" }.joined()
        let runs = (0..<2_000).map { run("word\($0) ") }.joined()
        let comments = DocxBuilder.Part.comments((0..<200).map { "<w:comment w:id=\"\($0)\"><w:p/></w:comment>" }.joined())
        let doc = try readDocx("<w:p>\(starts)\(runs)\(ends)</w:p>", parts: [comments])
        #expect(doc.comments.count == 200)
        #expect(doc.comments.allSatisfy { $0.anchorText.hasPrefix("word0 word1") && $0.anchorText.utf8.count <= limits.maxCommentAnchorBytes })
    }

    @Test func commentsBeyondTheLimitAreCounted() throws {
        let comments = DocxBuilder.Part.comments((0..<30).map { "<w:comment w:id=\"\($0)\"><w:p><w:r><w:t>c</w:t></w:r></w:p></w:comment>" }.joined())
        let doc = try readDocx(DocxBuilder(body: para("x")).adding(comments), options: ReadOptions(document: DocumentLimits(maxComments: 10)))
        #expect(doc.comments.count == 10)
        #expect(doc.warnings.contains("the comments part holds 30 comments; read the first 10"))
    }

    // MARK: Relationship fan-out

    /// A 7 KB package naming one header 2,000 times peaked at 3.5 GB: each relationship's
    /// part was parsed and kept again.
    @Test func aPartNamedByManyRelationshipsIsReadOnce() throws {
        let header = DocxBuilder.Part.header(#"<w:sdt><w:sdtPr><w:tag w:val="h"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Header</w:t></w:r></w:p></w:sdtContent></w:sdt>"#)
        var builder = DocxBuilder(body: para("Body")).adding(header)
        for index in 0..<2_000 { builder = builder.addingRelationship(id: "rIdH\(index)", kind: "header", target: "header1.xml") }
        let doc = try readDocx(builder)
        #expect(doc.headers.count == 1)
        #expect(doc.contentControls.filter { $0.tag == "h" }.count == 1)
        #expect(doc.plainText() == "Header\nBody")
    }

    @Test func headerPartsAndRelationshipsAreLimited() throws {
        var builder = DocxBuilder(body: para("Body"))
        for index in 0..<5 { builder = builder.adding(.header(para("H\(index)"), name: "word/header\(index).xml")) }
        let few = ReadOptions(document: DocumentLimits(maxHeaderOrFooterParts: 3))
        let doc = try readDocx(builder, options: few)
        #expect(doc.headers.map(\.part) == ["word/header0.xml", "word/header1.xml", "word/header2.xml"])
        #expect(doc.warnings.contains("the document names more than 3 header parts; read the first 3"))

        let fewer = ReadOptions(document: DocumentLimits(maxRelationshipsPerPart: 2))
        let limited = try readDocx(builder, options: fewer)
        #expect(limited.headers.count == 2)
        #expect(limited.warnings.contains("'word/_rels/document.xml.rels' has 5 relationships; read the first 2"))
    }
}
