import Foundation
import StarlingNative
import Testing

/// Reads every event of `xml`, throwing what the reader throws.
func events(_ xml: String, options: XMLReadOptions = XMLReadOptions()) throws -> [XMLEvent] {
    try events(Data(xml.utf8), options: options)
}

func events(_ data: Data, options: XMLReadOptions = XMLReadOptions()) throws -> [XMLEvent] {
    let reader = try XMLStreamReader(data: data, name: "test.xml", options: options)
    var result: [XMLEvent] = []
    while let event = try reader.next() { result.append(event) }
    return result
}

func text(of events: [XMLEvent]) -> String {
    events.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
}

/// The XMLError a body throws (nil if it throws nothing; records an issue for other errors).
func xmlError(_ body: () throws -> Void) -> XMLError? {
    do {
        try body()
        return nil
    } catch let error as XMLError {
        return error
    } catch {
        Issue.record("unexpected error type: \(error)")
        return nil
    }
}

@Suite("XMLStreamReader: events")
struct XMLStreamReaderTests {
    @Test func yieldsStartTextEndWithNamespaces() throws {
        let xml = #"<a xmlns="urn:x" xmlns:p="urn:p"><p:b p:k="v" plain="1">hi</p:b><c/></a>"#
        let result = try events(xml)
        #expect(result.count == 7)
        guard result.count == 7 else { return }
        #expect(result[0] == .start(XMLName("urn:x", "a"), []))
        guard case .start(let b, let attributes) = result[1] else { Issue.record("expected a start: \(result[1])"); return }
        #expect(b == XMLName("urn:p", "b"))
        #expect(attributes.map(\.name) == [XMLName("urn:p", "k"), XMLName("", "plain")])
        #expect(attributes.map(\.value) == ["v", "1"])
        #expect(attributes.value("k", namespace: "urn:p") == "v")
        #expect(attributes.value("plain") == "1")
        #expect(result[2] == .text("hi"))
        #expect(result[3] == .end(XMLName("urn:p", "b")))
        #expect(result[4] == .start(XMLName("urn:x", "c"), []))
        #expect(result[5] == .end(XMLName("urn:x", "c")))
        #expect(result[6] == .end(XMLName("urn:x", "a")))
    }

    @Test func predefinedAndCharacterEntitiesAndCDATAAreText() throws {
        let result = try events("<a>&lt;&amp;&#x263A;<![CDATA[<raw>]]></a>")
        #expect(text(of: result) == "<&☺<raw>")
    }

    @Test func attributeLookupByNamespace() throws {
        let reader = try XMLStreamReader(data: Data(#"<a xmlns:w="urn:w" w:val="1" val="2"/>"#.utf8), name: "t")
        #expect(try reader.read() == .start)
        #expect(reader.attribute("val", namespace: "urn:w") == "1")
        #expect(reader.attribute("val") == "2")
        #expect(reader.attribute("missing") == nil)
        #expect(try reader.read() == .end)
        #expect(try reader.read() == nil)
    }

    @Test func lineNumbersFollowTheSource() throws {
        let reader = try XMLStreamReader(data: Data("<a>\n<b/>\n\n<c/></a>".utf8), name: "t")
        var lines: [String: Int] = [:]
        while let kind = try reader.read() {
            if kind == .start { lines[reader.name.local] = reader.line }
        }
        #expect(lines == ["a": 1, "b": 2, "c": 4])
    }

    @Test func malformedXMLIsAnErrorWithALine() {
        let error = xmlError { _ = try events("<a>\n<b>\n</a>") }
        #expect(error?.kind == .malformed)
        #expect(error?.line == 3)
    }

    @Test func truncatedDocumentIsMalformed() {
        let error = xmlError { _ = try events("<a><b>text") }
        #expect(error?.kind == .malformed)
    }

    @Test func depthLimit() throws {
        let nested = { (n: Int) in String(repeating: "<e>", count: n) + String(repeating: "</e>", count: n) }
        #expect(try events(nested(5), options: XMLReadOptions(maxDepth: 5)).count == 10)
        let error = xmlError { _ = try events(nested(6), options: XMLReadOptions(maxDepth: 5)) }
        #expect(error?.kind == .tooDeep)
    }

    @Test func defaultDepthLimitStopsDeepNesting() {
        let n = 10_000
        let error = xmlError { _ = try events(String(repeating: "<e>", count: n) + String(repeating: "</e>", count: n)) }
        #expect(error?.kind == .tooDeep)
    }

    @Test func sizeLimit() throws {
        let xml = "<a>" + String(repeating: "x", count: 100) + "</a>"
        #expect(try !events(xml, options: XMLReadOptions(maxBytes: 200)).isEmpty)
        let error = xmlError { _ = try events(xml, options: XMLReadOptions(maxBytes: 50)) }
        #expect(error?.kind == .tooLarge)
    }
}
