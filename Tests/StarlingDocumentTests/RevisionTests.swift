import Foundation
import StarlingDocument
import StarlingTestSupport
import Testing

@Suite("Tracked changes")
struct RevisionTests {
    static let edited = """
        <w:p>\(run("The child is "))\
        <w:del w:id="1" w:author="Ann" w:date="2024-01-02T10:00:00Z"><w:r><w:delText xml:space="preserve">not </w:delText></w:r></w:del>\
        \(run("safe"))\
        <w:ins w:id="2" w:author="Bob" w:date="2024-01-03T11:00:00Z">\(run(" and well"))</w:ins>\
        \(run("."))</w:p>
        """

    @Test func acceptedViewByDefault() throws {
        let doc = try readDocx(Self.edited)
        #expect(doc.plainText() == "The child is safe and well.")
        #expect(doc.plainText(view: .accepted) == doc.plainText())
        #expect(doc.paragraphs.first?.text == "The child is safe and well.")
    }

    @Test func originalViewIsAvailable() throws {
        let doc = try readDocx(Self.edited)
        #expect(doc.plainText(view: .original) == "The child is not safe.")
        #expect(doc.paragraphs.first?.originalText == "The child is not safe.")
    }

    @Test func everyRevisionIsKeptWithAuthorDateAndText() throws {
        let doc = try readDocx(Self.edited)
        #expect(doc.revisions.count == 2)
        let deletion = try #require(doc.revisions.first { $0.kind == .deletion })
        #expect(deletion.author == "Ann")
        #expect(deletion.date == "2024-01-02T10:00:00Z")
        #expect(deletion.text == "not ")
        #expect(deletion.location.block == 0)
        let insertion = try #require(doc.revisions.first { $0.kind == .insertion })
        #expect(insertion.author == "Bob")
        #expect(insertion.date == "2024-01-03T11:00:00Z")
        #expect(insertion.text == " and well")
    }

    @Test func movesBehaveLikeDeletionAndInsertion() throws {
        let body = """
            <w:p><w:moveFrom w:id="3" w:author="Cy" w:date="2024-02-01T00:00:00Z">\(run("moved text"))</w:moveFrom>\(run("stays"))</w:p>\
            <w:p><w:moveTo w:id="4" w:author="Cy" w:date="2024-02-01T00:00:00Z">\(run("moved text"))</w:moveTo></w:p>
            """
        let doc = try readDocx(body)
        #expect(doc.plainText() == "stays\nmoved text")
        #expect(doc.plainText(view: .original) == "moved textstays\n")
        #expect(doc.revisions.map(\.kind) == [.moveFrom, .moveTo])
        #expect(doc.revisions.allSatisfy { $0.text == "moved text" && $0.author == "Cy" })
    }

    @Test func paragraphMarkInsertionHasNoText() throws {
        let body = #"<w:p><w:pPr><w:rPr><w:ins w:id="5" w:author="Di" w:date="2024-03-01T00:00:00Z"/></w:rPr></w:pPr>"# + run("new para") + "</w:p>"
        let doc = try readDocx(body)
        #expect(doc.plainText() == "new para")
        let revision = try #require(doc.revisions.first)
        #expect(revision.kind == .insertion)
        #expect(revision.author == "Di")
        #expect(revision.text == "")
    }

    @Test func formattingChangeKeepsCurrentFormatting() throws {
        // The old properties inside w:rPrChange (bold) must not be read as the current ones.
        let body = #"<w:p><w:r><w:rPr><w:i/><w:rPrChange w:id="6" w:author="Ed" w:date="2024-04-01T00:00:00Z"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>restyled</w:t></w:r></w:p>"#
        let doc = try readDocx(body)
        #expect(doc.revisions.map(\.kind) == [.formatting])
        #expect(doc.revisions.first?.author == "Ed")
        #expect(doc.paragraphs.first?.isBold == false)
        #expect(doc.plainText() == "restyled")
    }

    @Test func insertionInsideATableCellIsLocated() throws {
        let body = "<w:tbl><w:tr><w:tc>\(para("a"))</w:tc><w:tc><w:p><w:ins w:id=\"7\" w:author=\"Fa\">\(run("added"))</w:ins></w:p></w:tc></w:tr></w:tbl>"
        let doc = try readDocx(body)
        let revision = try #require(doc.revisions.first)
        #expect(revision.location.cells == [.init(row: 0, cell: 1)])
        #expect(doc.plainText() == "a\tadded")
        #expect(doc.plainText(view: .original) == "a\t")
    }
}
