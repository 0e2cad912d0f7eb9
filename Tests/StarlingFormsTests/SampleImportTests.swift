import Foundation
import StarlingDocument
@testable import StarlingForms
import StarlingSchema
import Testing

/// Every sample in Samples/ imports to exactly the record its generator intended.
@Suite struct SampleImportTests {
    static let samples: [URL] = ["audits", "observations"].flatMap {
        RepositoryPaths.files(in: RepositoryPaths.samples.appendingPathComponent($0), extensions: ["docx"])
    }

    @Test(arguments: samples)
    func importsTheWholeIntendedRecord(_ file: URL) throws {
        let name = file.deletingPathExtension().lastPathComponent
        let expected = try RecordJSON.load(RepositoryPaths.samples.appendingPathComponent("expected/\(name).json"))
        let record = try RepositoryPaths.importer.importFile(at: file.path).record
        let differences = RecordJSON.differences(try RecordJSON.comparable(record), expected)
        #expect(differences.isEmpty, "\(name):\n\(differences.joined(separator: "\n"))")
    }

    @Test(arguments: samples)
    func reimportingGivesIdenticalOutput(_ file: URL) throws {
        let first = try RepositoryPaths.importer.importFile(at: file.path).record
        let second = try RepositoryPaths.importer.importFile(at: file.path).record
        #expect(first == second)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(first) == encoder.encode(second))
    }

    /// Conservation: every non-empty text of the form is in a field or in `unmapped`
    /// (labels the schema knows are allowed to be consumed).
    @Test(arguments: samples)
    func keepsEveryText(_ file: URL) throws {
        let imported = try RepositoryPaths.importer.importFile(at: file.path)
        let document = try #require(imported.document)
        let json = String(decoding: try JSONEncoder().encode(imported.record), as: UTF8.self)
        let recordText = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let haystack = Self.strings(in: recordText).joined(separator: "\n")
        let labels = Self.knownLabels()
        var lost: [String] = []
        for paragraph in document.paragraphs {
            for line in paragraph.text.split(whereSeparator: \.isNewline) {
                let text = line.trimmingCharacters(in: .whitespaces)
                guard text.count > 3, !labels.contains(Self.key(text)), !ValueNormaliser.isPlaceholder(text) else { continue }
                // A normalised value (a date, a month, a vocabulary term) is kept as its normal form.
                let normalised = [DateNormaliser.isoDate(from: text), MonthNormaliser.isoMonth(from: text)].compactMap { $0 }
                    + RepositoryPaths.schema.vocabularies.values.compactMap { $0.key(for: text) }
                if normalised.contains(where: { haystack.contains($0) }) { continue }
                // A value may have been normalised (dates, vocabulary), so look for its words.
                let words = text.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 3 }
                guard !words.isEmpty else { continue }
                let found = words.filter { haystack.localizedCaseInsensitiveContains($0) }.count
                if found * 2 < words.count { lost.append(text) }
            }
        }
        #expect(lost.isEmpty, "\(file.lastPathComponent) lost: \(lost.prefix(5))")
    }

    static func strings(in value: Any) -> [String] {
        switch value {
        case let s as String: return [s]
        case let d as [String: Any]: return d.values.flatMap(strings)
        case let a as [Any]: return a.flatMap(strings)
        default: return []
        }
    }

    static func key(_ text: String) -> String { text.lowercased().filter { $0.isLetter || $0.isNumber } }

    static func knownLabels() -> Set<String> {
        let schema = RepositoryPaths.schema
        var labels = Set<String>()
        for form in schema.forms {
            for field in form.fields { for label in field.labels { labels.insert(key(label)) } }
            labels.insert(key(form.title))
            for words in Array(form.areaPartLabels.values) + Array(form.actionColumnLabels.values) { words.forEach { labels.insert(key($0)) } }
        }
        for area in schema.areas { labels.insert(key(area.name)) }
        for vocabulary in schema.vocabularies.values { for term in vocabulary.terms { labels.insert(key(term.label)); term.synonyms.forEach { labels.insert(key($0)) } } }
        return labels
    }
}

/// One audit written nine structurally different ways imports to one record.
@Suite struct LayoutVariationTests {
    static let layouts = RepositoryPaths.files(in: RepositoryPaths.layouts, extensions: ["docx"])

    @Test func thereAreAtLeastEightLayouts() {
        #expect(Self.layouts.count >= 8)
    }

    @Test(arguments: layouts)
    func importsToTheSameRecord(_ file: URL) throws {
        let expected = try RecordJSON.load(RepositoryPaths.layouts.appendingPathComponent("expected.json"))
        let record = try RepositoryPaths.importer.importFile(at: file.path).record
        let differences = RecordJSON.differences(try RecordJSON.comparable(record), expected)
        #expect(differences.isEmpty, "\(file.lastPathComponent):\n\(differences.joined(separator: "\n"))")
    }
}
