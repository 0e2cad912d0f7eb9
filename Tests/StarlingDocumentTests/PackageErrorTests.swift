import Foundation
import StarlingDocument
import StarlingNative
import StarlingTestSupport
import Testing

@Suite("Package errors name the file and the problem")
struct PackageErrorTests {
    private func error(_ data: Data, file: String = "form.docx", options: ReadOptions = ReadOptions(), sourceLocation: SourceLocation = #_sourceLocation) -> DocumentError? {
        let error = documentError({ _ = try WordDocumentReader.read(data: data, file: file, options: options) }, sourceLocation: sourceLocation)
        if let error {
            #expect(error.file == file, sourceLocation: sourceLocation)
            #expect(error.description.hasPrefix("\(file): "), sourceLocation: sourceLocation)
            #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
        }
        return error
    }

    private static let simple = DocxBuilder(body: para("Hello"))

    @Test func theSimpleFixtureReads() throws {
        #expect(try readDocx(Self.simple).plainText() == "Hello")
    }

    @Test func emptyFile() {
        #expect(error(Data(), file: "empty.docx")?.reason == .empty)
    }

    @Test func notAZip() {
        let e = error(Data("This is plain text pretending to be a .docx".utf8), file: "notes.docx")
        #expect(e?.reason == .notAZip)
    }

    @Test func truncatedZip() throws {
        let whole = try Self.simple.data()
        #expect(error(whole.prefix(whole.count - 30), file: "cut.docx")?.reason == .notAZip)
    }

    @Test func legacyWordDocumentSaysSaveAsDocx() {
        let e = error(OLEFile.legacyWordDocument, file: "old.doc")
        #expect(e?.reason == .legacyWordDocument)
        #expect(e?.message.contains("save it as .docx") == true)
    }

    @Test func encryptedOfficeFile() {
        let e = error(OLEFile.encryptedOOXML, file: "locked.docx")
        #expect(e?.reason == .encrypted)
        #expect(e?.message.lowercased().contains("password") == true)
    }

    @Test func zipBombStoppedByPartSizeLimit() throws {
        let big = DocxBuilder(body: para(String(repeating: "lorem ipsum ", count: 20_000)))
        let options = ReadOptions(zip: ZipLimits(maxEntrySize: 100_000))
        #expect(try readDocx(big).plainText().count == 240_000)
        let e = error(try big.data(), file: "bomb.docx", options: options)
        #expect(e?.reason == .limitExceeded)
        #expect(e?.message.contains("word/document.xml") == true)
    }

    @Test func zipBombStoppedByCompressionRatio() throws {
        let bomb = DocxBuilder(body: "<w:p><w:r><w:t>\(String(repeating: " ", count: 3 << 20))</w:t></w:r></w:p>")
        let options = ReadOptions(zip: ZipLimits(maxCompressionRatio: 100, ratioThreshold: 1 << 20))
        #expect(error(try bomb.data(), file: "ratio.docx", options: options)?.reason == .limitExceeded)
    }

    @Test func zipBombStoppedByTotalSize() throws {
        let builder = DocxBuilder(body: para(String(repeating: "a", count: 60_000))).adding(.header(para(String(repeating: "b", count: 60_000))))
        let options = ReadOptions(zip: ZipLimits(maxTotalSize: 100_000))
        // The main story fits; the header would take the total over the limit, and since it is
        // optional it is left out with a warning rather than failing the whole document.
        let doc = try WordDocumentReader.read(data: try builder.data(), file: "total.docx", options: options)
        #expect(doc.paragraphs.first?.text.count == 60_000)
        #expect(doc.headers.isEmpty)
        #expect(doc.warnings.contains { $0.contains("header") && $0.contains("total") })
        // With room for both, the header is read.
        #expect(try readDocx(builder, options: ReadOptions(zip: ZipLimits(maxTotalSize: 200_000))).headers.count == 1)
    }

    @Test func tooManyEntries() throws {
        let e = error(try Self.simple.data(), file: "many.docx", options: ReadOptions(zip: ZipLimits(maxEntries: 2)))
        #expect(e?.reason == .limitExceeded)
    }

    @Test func fileOverMaxFileSize() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).docx")
        try Self.simple.data().write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try WordDocumentReader.read(path: url.path).plainText() == "Hello")
        let e = documentError { _ = try WordDocumentReader.read(path: url.path, options: ReadOptions(maxFileSize: 100)) }
        #expect(e?.reason == .limitExceeded)
        #expect(e?.file == url.path)
    }

    @Test func missingFileAndFolder() {
        let missing = "/nonexistent-\(UUID().uuidString)/form.docx"
        let e = documentError { _ = try WordDocumentReader.read(path: missing) }
        #expect(e?.reason == .unreadable)
        #expect(e?.description.hasPrefix(missing) == true)
        let folder = FileManager.default.temporaryDirectory.path
        #expect(documentError { _ = try WordDocumentReader.read(path: folder) }?.reason == .unreadable)
    }

    @Test func duplicatePartNamesDifferingInCase() throws {
        var entries = Self.simple.entries().map { (name: $0.name, data: $0.data) }
        entries.append((name: "Word/Document.xml", data: Data(Self.simple.mainPartXML.utf8)))
        let e = error(try RawZip.data(entries), file: "dup.docx")
        #expect(e?.reason == .duplicatePartName)
        #expect(e?.message.contains("word/document.xml") == true)
        #expect(e?.message.contains("Word/Document.xml") == true)
    }

    @Test func zipWithoutAWordDocument() throws {
        let e = error(try RawZip.data([(name: "hello.txt", data: Data("hi".utf8))]), file: "other.zip")
        #expect(e?.reason == .noMainDocument)
    }

    @Test func excelWorkbookIsNotAWordDocument() throws {
        let e = error(try RawZip.data([(name: "xl/workbook.xml", data: Data("<workbook/>".utf8))]), file: "book.xlsx")
        #expect(e?.reason == .noMainDocument)
        #expect(e?.message.contains("Excel") == true)
    }

    @Test func mainDocumentRelationshipToAMissingPart() throws {
        let entries = Self.simple.entries().filter { $0.name != "word/document.xml" }.map { (name: $0.name, data: $0.data) }
        let e = error(try RawZip.data(entries), file: "hollow.docx")
        #expect(e?.reason == .noMainDocument)
        #expect(e?.message.contains("word/document.xml") == true)
    }

    @Test func mainPartFoundByContentTypeWithAWarning() throws {
        let entries = Self.simple.entries().filter { $0.name != "_rels/.rels" }.map { (name: $0.name, data: $0.data) }
        let doc = try WordDocumentReader.read(data: try RawZip.data(entries), file: "norels.docx")
        #expect(doc.plainText() == "Hello")
        #expect(!doc.warnings.isEmpty)
    }

    @Test func doctypeInDocumentXMLIsAnError() throws {
        var builder = Self.simple
        builder.rawMainPart = Self.simple.mainPartXML.replacingOccurrences(
            of: "?>\n", with: "?>\n<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n")
        #expect(builder.mainPartXML.contains("<!DOCTYPE"))
        let e = error(try builder.data(), file: "xxe.docx")
        #expect(e?.reason == .forbiddenDoctype)
        #expect(e?.message.contains("word/document.xml") == true)
    }

    @Test func doctypeInAnOptionalPartIsAWarningAndThePartIsNotRead() throws {
        let header = DocxBuilder.Part(
            name: "word/header1.xml", contentType: nil, relationshipKind: "header", root: nil,
            content: "<?xml version=\"1.0\"?><!DOCTYPE w:hdr [<!ENTITY x \"EXPANDED\">]>" + DocxBuilder.wrap("w:hdr", "<w:p><w:r><w:t>&x;</w:t></w:r></w:p>").replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n", with: ""))
        let doc = try readDocx(Self.simple.adding(header))
        #expect(doc.plainText() == "Hello")
        #expect(!doc.plainText().contains("EXPANDED"))
        #expect(doc.warnings.contains { $0.contains("DOCTYPE") })
    }

    @Test func malformedMainPart() throws {
        var builder = Self.simple
        builder.rawMainPart = "<w:document xmlns:w=\"\(DocxBuilder.wordNamespace(strict: false))\"><w:body><w:p></w:body></w:document>"
        let e = error(try builder.data(), file: "broken.docx")
        #expect(e?.reason == .malformedPart)
        #expect(e?.message.contains("word/document.xml") == true)
    }

    @Test func damagedStylesPartIsAWarning() throws {
        let styles = DocxBuilder.Part(name: "word/styles.xml", contentType: nil, relationshipKind: "styles", root: nil, content: "<w:styles><broken")
        let doc = try readDocx(Self.simple.adding(styles))
        #expect(doc.plainText() == "Hello")
        #expect(doc.warnings.contains { $0.contains("styles") })
    }

    @Test func missingOptionalPartIsAWarning() throws {
        let builder = Self.simple.adding(.comments(""))
        let entries = builder.entries().filter { $0.name != "word/comments.xml" }.map { (name: $0.name, data: $0.data) }
        let doc = try WordDocumentReader.read(data: try RawZip.data(entries), file: "nocomments.docx")
        #expect(doc.comments.isEmpty)
        #expect(doc.warnings.contains { $0.contains("comments") })
    }

    @Test func nestingTooDeep() throws {
        let deep = String(repeating: "<w:sdt><w:sdtContent>", count: 20) + para("deep") + String(repeating: "</w:sdtContent></w:sdt>", count: 20)
        let builder = DocxBuilder(body: deep)
        #expect(try readDocx(builder).plainText() == "deep")
        let e = error(try builder.data(), file: "deep.docx", options: ReadOptions(xml: XMLReadOptions(maxDepth: 16)))
        #expect(e?.reason == .tooDeep)
    }

    @Test func mainPartThatIsNotWordprocessingML() throws {
        var builder = Self.simple
        builder.rawMainPart = #"<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>Hello</body></html>"#
        #expect(error(try builder.data(), file: "html.docx")?.reason == .noMainDocument)
    }

    @Test func randomBytesAreNotAZip() {
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        #expect(error(bytes, file: "noise.docx")?.reason == .notAZip)
    }

    @Test func anEmptyDocumentPartIsAClearError() throws {
        var builder = Self.simple
        builder.rawMainPart = ""
        let e = error(try builder.data(), file: "hollow.docx")
        #expect(e != nil)
        #expect(e?.message.contains("document.xml") == true)
    }

    @Test func tablesNestedDeeperThanTheLimitAreRefusedNotFollowed() throws {
        // 300 tables inside each other: past the default depth limit of 256 elements.
        let open = "<w:tbl><w:tr><w:tc>"
        let close = "</w:tc></w:tr></w:tbl>"
        let body = String(repeating: open, count: 300) + para("bottom") + String(repeating: close, count: 300)
        let e = error(try DocxBuilder(body: body).data(), file: "nested.docx")
        #expect(e?.reason == .tooDeep)
    }
}