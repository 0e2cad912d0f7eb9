import Foundation
import StarlingNative
import StarlingTestSupport
import Testing
@testable import StarlingDocument

/// Parts shared with a template are parsed once per content, never confused, and the cache
/// stays within its bounds whatever it is given.
struct SharedPartCacheTests {
    final class Counter: @unchecked Sendable { var parses = 0 }

    @Test func theSameBytesAreParsedOnce() {
        let cache = SharedPartCache<String>()
        let counter = Counter()
        let bytes = Data("<w:styles/>".utf8)
        for _ in 0..<3 {
            let value = cache.value(for: bytes, crc32: 7) { counter.parses += 1; return "parsed" }
            #expect(value == "parsed")
        }
        #expect(counter.parses == 1)
        #expect(cache.hits == 2 && cache.misses == 1)
    }

    /// Same CRC and size (as a collision, or a package that lies) but other bytes: parsed anew.
    @Test func aCollisionOnCRCAndSizeIsNotAHit() {
        let cache = SharedPartCache<String>()
        let first = cache.value(for: Data("aaaa".utf8), crc32: 1) { "first" }
        let second = cache.value(for: Data("bbbb".utf8), crc32: 1) { "second" }
        #expect(first == "first" && second == "second")
        #expect(cache.value(for: Data("aaaa".utf8), crc32: 1) { "again" } == "first")
        #expect(cache.count == 2)
    }

    @Test func entriesAndBytesAreBounded() {
        let cache = SharedPartCache<Int>(maxEntries: 3, maxBytes: 100)
        for index in 0..<50 { _ = cache.value(for: Data(repeating: UInt8(index), count: 10), crc32: UInt32(index)) { index } }
        #expect(cache.count == 3)
        // The most recent survive; the oldest went first.
        #expect(cache.value(for: Data(repeating: 49, count: 10), crc32: 49) { -1 } == 49)
        #expect(cache.value(for: Data(repeating: 0, count: 10), crc32: 0) { -1 } == -1)
        let large = SharedPartCache<Int>(maxEntries: 8, maxBytes: 100)
        for index in 0..<5 { _ = large.value(for: Data(repeating: UInt8(index), count: 40), crc32: UInt32(index)) { index } }
        #expect(large.count == 2, "two parts of 40 bytes fit in 100")
        _ = large.value(for: Data(count: 101), crc32: 9) { 9 }
        #expect(large.count == 2, "a part over the whole budget is not kept")
    }

    @Test func aFailedParseIsNotKept() {
        struct Damaged: Error {}
        let cache = SharedPartCache<Int>()
        #expect(throws: Damaged.self) { try cache.value(for: Data("x".utf8), crc32: 0) { throw Damaged() } }
        #expect(cache.count == 0)
    }

    /// Two forms from one template: the second reuses the style sheet and reads the same.
    @Test func formsFromOneTemplateShareTheirStyleSheet() throws {
        let styles = #"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Shared\#(UUID().uuidString.prefix(8))"><w:name w:val="x"/></w:style>"#
        let body = #"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Risk</w:t></w:r></w:p>"#
        let form = try DocxBuilder(body: body).adding(.styles(styles)).data()
        let before = SharedParts.styles.hits
        let first = try WordDocumentReader.read(data: form, file: "a.docx")
        let second = try WordDocumentReader.read(data: form, file: "b.docx")
        #expect(SharedParts.styles.hits > before)
        guard case .paragraph(let a) = first.main.blocks.first, case .paragraph(let b) = second.main.blocks.first else {
            Issue.record("no heading read")
            return
        }
        #expect(a.headingLevel == 1 && b.headingLevel == 1)
        #expect(a.text == b.text)
    }
}
