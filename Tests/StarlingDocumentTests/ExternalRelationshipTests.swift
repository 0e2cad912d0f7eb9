import Foundation
import StarlingDocument
import StarlingTestSupport
import Testing

/// External targets are data: a document can point anywhere, and nothing is ever fetched.
@Suite("External relationships")
struct ExternalRelationshipTests {
    @Test func externalTargetsAreKeptAndNeverRead() throws {
        let marker = "SECRET-\(UUID().uuidString)"
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString).xml")
        let headerXML = DocxBuilder.wrap("w:hdr", para(marker))
        try Data(headerXML.utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }

        let body = "<w:p><w:hyperlink r:id=\"rIdFile\">\(run("local file"))</w:hyperlink></w:p>"
            + "<w:p><w:hyperlink r:id=\"rIdWeb\">\(run("web"))</w:hyperlink></w:p>"
            + "<w:p><w:subDoc r:id=\"rIdSub\"/></w:p>"
        let builder = DocxBuilder(body: body)
            .addingExternal(id: "rIdFile", kind: "hyperlink", target: secret.absoluteString)
            .addingExternal(id: "rIdWeb", kind: "hyperlink", target: "http://127.0.0.1:9/payload")
            .addingExternal(id: "rIdHeader", kind: "header", target: secret.absoluteString)
            .addingExternal(id: "rIdSub", kind: "subDocument", target: secret.path)
            .addingExternal(id: "rIdTemplate", kind: "attachedTemplate", target: "file:///etc/passwd")
        let doc = try readDocx(builder)
        #expect(doc.hyperlinks.map(\.target) == [secret.absoluteString, "http://127.0.0.1:9/payload"])
        #expect(doc.hyperlinks.map(\.text) == ["local file", "web"])
        #expect(doc.headers.isEmpty)
        #expect(!doc.plainText().contains(marker))
        #expect(!doc.plainText().contains("root:"))
        let encoded = String(decoding: try JSONEncoder().encode(doc), as: UTF8.self)
        #expect(!encoded.contains(marker))
    }
}
