import Foundation
import StarlingDocument
import StarlingForms
import StarlingNative
import StarlingRules
import StarlingTestSupport
import Testing

/// Forms damaged the ways real ones are — cells, rows and paragraphs removed or repeated,
/// answers typed into the wrong place, odd glyphs and dates, very long text — are imported
/// and validated without a crash: in a migration of thousands of files one such form must
/// not stop the batch. The damage is random but seeded, so a failure can be replayed.
@Suite struct MutatedFormTests {
    static let forms: [URL] = {
        let root = TestPaths.root
        let folders = ["Samples/audits", "Samples/observations", "Samples/templates", "Tests/Fixtures/layouts"]
        return folders.flatMap { folder -> [URL] in
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".docx") }.sorted().map { url.appendingPathComponent($0) }
        }
    }()

    @Test func thereAreFormsToDamage() {
        #expect(Self.forms.count >= 20)
    }

    @Test(arguments: forms)
    func aDamagedFormIsReadOrRefusedNeverACrash(_ form: URL) throws {
        let archive = try ZipArchive(path: form.path)
        let entries = try archive.entries.map { ZipWriter.Entry(name: $0.name, data: try archive.read($0)) }
        let original = try #require(entries.first { $0.name == "word/document.xml" }.map { String(decoding: $0.data, as: UTF8.self) })
        var random = SeededRandom(seed: UInt64(form.lastPathComponent.utf8.reduce(5381) { ($0 &* 33) &+ UInt64($1) }))
        func reading(_ record: FormRecord) -> [AnyHashable] { [record.kind, record.body, record.unmapped.map(\.text)] }
        let undamaged = reading(try TestPaths.importer.importData(try ZipWriter.data(entries), file: "form.docx").record)
        var read = 0, changed = 0
        // The other XML parts a form's reading depends on: styles (bold labels), numbering
        // (list items), comments, headers, settings.
        let otherParts = entries.filter { $0.name.hasPrefix("word/") && $0.name.hasSuffix(".xml") && $0.name != "word/document.xml" }
        for round in 0..<20 {
            var damaged = entries
            if round % 4 == 3, let part = otherParts.randomElement(using: &random) {
                var xml = String(decoding: part.data, as: UTF8.self)
                let names = Array(Set(Damage.tagNames(in: xml))).sorted()
                for _ in 0...(round % 3) { xml = Damage.apply(to: xml, elements: names, using: &random) }
                damaged = entries.map { $0.name == part.name ? ZipWriter.Entry(name: $0.name, data: Data(xml.utf8)) : $0 }
            } else {
                var xml = original
                for _ in 0...(round % 3) { xml = Damage.apply(to: xml, using: &random) }
                damaged = entries.map { $0.name == "word/document.xml" ? ZipWriter.Entry(name: $0.name, data: Data(xml.utf8)) : $0 }
            }
            do {
                let imported = try TestPaths.importer.importData(try ZipWriter.data(damaged), file: "\(form.lastPathComponent)#\(round)")
                // Validating it must not crash either; its verdict is not the point here.
                _ = TestPaths.engine.validate(imported, today: TestPaths.today)
                _ = try JSONEncoder().encode(imported.record)
                if reading(imported.record) != undamaged { changed += 1 }
                read += 1
            } catch let error as DocumentError {
                // Refused is fine, if it says what is wrong.
                #expect(!error.message.isEmpty)
            }
        }
        // Most damage leaves a readable document: the test must exercise mapping, not only refusals.
        #expect(read >= 10, "\(form.lastPathComponent): only \(read) of 20 damaged copies were read")
        // …and the damage reaches the record, or nothing was tested.
        #expect(changed >= 5, "\(form.lastPathComponent): only \(changed) damaged copies read differently")
    }
}

/// The project's own XML forms, damaged the same ways: elements removed, repeated or moved,
/// values retyped. Each is read (with schema warnings) or refused, never a crash.
@Suite struct MutatedXMLFormTests {
    static let forms: [URL] = {
        let url = TestPaths.root.appendingPathComponent("Samples/xml")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { url.appendingPathComponent($0) }
    }()

    @Test(arguments: forms)
    func aDamagedXMLFormIsReadOrRefusedNeverACrash(_ form: URL) throws {
        let original = try String(contentsOf: form, encoding: .utf8)
        let names = Array(Set(Damage.tagNames(in: original))).sorted()
        var random = SeededRandom(seed: UInt64(original.utf8.count))
        var read = 0
        for round in 0..<30 {
            var xml = original
            for _ in 0...(round % 3) { xml = Damage.apply(to: xml, elements: names, using: &random) }
            do {
                let imported = try TestPaths.importer.importData(Data(xml.utf8), file: "\(form.lastPathComponent)#\(round)")
                _ = TestPaths.engine.validate(imported, today: TestPaths.today)
                _ = try JSONEncoder().encode(imported.record)
                read += 1
            } catch let error as DocumentError {
                #expect(!error.message.isEmpty)
            }
        }
        #expect(read >= 15, "\(form.lastPathComponent): only \(read) of 30 damaged copies were read")
    }
}

/// A small deterministic generator (SplitMix64), so each form's damage is the same every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Damage to WordprocessingML that keeps it well-formed XML.
enum Damage {
    static let elements = ["w:tc", "w:tr", "w:p", "w:tbl", "w:sdt", "w:r", "w:ffData", "w:sdtContent", "w:tblGrid", "w:rPr"]
    static let texts = [
        "", " ", "☒", "☐ Good ☒ Outstanding", "✓", "X", "Good:", "31/02/2019", "13/13/13", "Dec-19", "2019-12-01T10:00:00Z",
        "Child ID: 12345: 67890", "• bullet", "1.", "Evidence", "Impact", "Inadequate ☒ Category 1 ☒ Category 2",
        String(repeating: "very long text. ", count: 500), "😀 emoji", "\u{200B}", "a\tb\tc", "Tia’s “plan”",
    ]

    /// One piece of damage: an element (of `elements`, the WordprocessingML ones unless
    /// said) removed, repeated or moved to the end, or a text retyped.
    static func apply(to xml: String, elements: [String] = elements, using random: inout SeededRandom) -> String {
        guard let element = elements.randomElement(using: &random) else { return xml }
        let spans = Self.spans(of: element, in: xml)
        switch Int.random(in: 0..<4, using: &random) {
        case 0 where !spans.isEmpty:  // remove one
            let span = spans.randomElement(using: &random)!
            return String(xml[..<span.lowerBound] + xml[span.upperBound...])
        case 1 where !spans.isEmpty:  // repeat one
            let span = spans.randomElement(using: &random)!
            return String(xml[..<span.upperBound] + xml[span] + xml[span.upperBound...])
        case 2 where !spans.isEmpty:  // move one to the end of the body (or of the root element)
            let span = spans.randomElement(using: &random)!
            var rest = String(xml[..<span.lowerBound] + xml[span.upperBound...])
            if let end = rest.range(of: "<w:sectPr") ?? rest.range(of: "</w:body>") ?? rest.range(of: "</", options: .backwards) {
                rest.insert(contentsOf: xml[span], at: end.lowerBound)
            }
            return rest
        default:  // retype a text
            let runs = xmlTextRanges(in: xml)
            guard let run = runs.randomElement(using: &random) else { return xml }
            let text = texts.randomElement(using: &random)!
                .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            return String(xml[..<run.lowerBound] + text + xml[run.upperBound...])
        }
    }

    /// Ranges of every `<name …>…</name>` (or `<name …/>`), nesting respected.
    static func spans(of name: String, in xml: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var stack: [String.Index] = []
        var index = xml.startIndex
        while let open = xml.range(of: "<", range: index..<xml.endIndex) {
            let rest = xml[open.upperBound...]
            guard let close = rest.firstIndex(of: ">") else { break }
            let tag = xml[open.upperBound..<close]
            index = xml.index(after: close)
            let tagName = tag.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\n" }).first.map(String.init) ?? ""
            if tag.hasPrefix("/") {
                if tag.dropFirst() == name, let start = stack.popLast() { result.append(start..<index) }
            } else if tagName == name {
                if tag.hasSuffix("/") { result.append(open.lowerBound..<index) } else { stack.append(open.lowerBound) }
            }
        }
        return result
    }

    /// Every element name that opens a tag in the document.
    static func tagNames(in xml: String) -> [String] {
        xml.components(separatedBy: "<").dropFirst().compactMap { tag in
            guard let first = tag.first, first.isLetter else { return nil }
            return tag.split(whereSeparator: { $0 == " " || $0 == ">" || $0 == "/" || $0 == "\n" }).first.map(String.init)
        }
    }

    /// Ranges of non-blank character data between tags (in WordprocessingML, the text of
    /// `w:t`, `w:delText` and `w:instrText`).
    static func xmlTextRanges(in xml: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var index = xml.startIndex
        while let close = xml[index...].firstIndex(of: ">") {
            let start = xml.index(after: close)
            guard let open = xml[start...].firstIndex(of: "<") else { break }
            if !xml[start..<open].allSatisfy(\.isWhitespace) { result.append(start..<open) }
            index = open
        }
        return result
    }
}
