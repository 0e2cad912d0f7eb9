import Foundation
import StarlingDocument
import StarlingNative
import Testing

/// Text conservation: every text run of the main part (accepted view) is in the model
/// exactly once — nothing lost, nothing doubled (alternate content, fields, text boxes).
struct ConservationTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// Every .docx fixture and sample in the repository.
    static let fixtures: [URL] = {
        guard let root = Repository.root else { return [] }
        return ["Samples/audits", "Samples/observations", "Samples/templates", "Tests/Fixtures/layouts"].flatMap { folder -> [URL] in
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".docx") }.sorted().map { url.appendingPathComponent($0) }
        }
    }()

    /// The `w:t` texts of the accepted view in document order: not deleted text, not the
    /// fallback branch of alternate content.
    static func runTexts(of part: Data) throws -> [String] {
        let reader = try XMLStreamReader(data: part, name: "document.xml")
        var texts: [String] = []
        var inText = false
        var fallback = 0
        var current = ""
        while let event = try reader.next() {
            switch event {
            case .start(let name, _):
                if name.namespace == mc && name.local == "Fallback" { fallback += 1 }
                if name.namespace == w && name.local == "t" && fallback == 0 { inText = true; current = "" }
            case .end(let name):
                if name.namespace == mc && name.local == "Fallback" { fallback -= 1 }
                if name.namespace == w && name.local == "t" && inText {
                    inText = false
                    if !current.trimmingCharacters(in: .whitespaces).isEmpty { texts.append(current) }
                }
            case .text(let text):
                if inText { current += text }
            }
        }
        return texts
    }

    @Test func thereAreFixtures() {
        #expect(Self.fixtures.count >= 20)
    }

    @Test(arguments: fixtures)
    func everyRunIsInTheModelExactlyOnce(_ file: URL) throws {
        let data = try Data(contentsOf: file)
        let archive = try ZipArchive(data: data)
        let document = try WordDocumentReader.read(data: data, file: file.lastPathComponent)
        let runs = try Self.runTexts(of: try archive.read(named: document.main.part))
        // Compare without white space, which the model normalises (tabs, breaks, cells).
        func squeeze(_ text: String) -> String { text.filter { !$0.isWhitespace } }
        let model = squeeze(document.main.blocks.map(\.text).joined())
        let source = squeeze(runs.joined())
        #expect(model.count >= source.count, "\(file.lastPathComponent): the model has less text than the part")
        // Each run, in order, is found after the previous one: nothing lost or reordered…
        var cursor = model.startIndex
        var missing: [String] = []
        for run in runs.map(squeeze) where !run.isEmpty {
            if let range = model[cursor...].range(of: run) { cursor = range.upperBound } else { missing.append(run) }
        }
        #expect(missing.isEmpty, "\(file.lastPathComponent): not found in order: \(missing.prefix(5))")
        // …and nothing is doubled: the model's text is the runs' text plus what the model
        // writes itself — a legacy check box's glyph and a drop-down's chosen entry, which
        // Word keeps in field data rather than in text runs.
        let extra = model.count - source.count
        let glyphs = model.filter { "☒☐☑✓✔".contains($0) }.count - source.filter { "☒☐☑✓✔".contains($0) }.count
        let dropDowns = document.formFields.filter { $0.kind == .dropDown && $0.location.part == document.main.part }
            .map { squeeze($0.value ?? "").count }.reduce(0, +)
        #expect(extra <= max(glyphs, 0) + dropDowns, "\(file.lastPathComponent): \(extra) characters more than the part holds")
    }
}
