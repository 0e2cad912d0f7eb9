import Foundation
import Testing
@testable import StarlingSchema

/// A malformed or inconsistent schema file is a clear error naming the file and line.
struct SchemaErrorTests {
    /// A copy of the repository schema with one file replaced.
    func schema(replacing relative: String, with text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("starling-schema-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: SchemaLoadingTests.directory, to: folder)
        try text.write(to: folder.appendingPathComponent(relative), atomically: true, encoding: .utf8)
        return folder
    }

    func loadError(_ relative: String, _ text: String) throws -> SchemaError {
        let folder = try schema(replacing: relative, with: text)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try StarlingSchema.load(from: folder)
        } catch let error as SchemaError {
            return error
        }
        Issue.record("the schema loaded although \(relative) is broken")
        return SchemaError(file: "", line: nil, "")
    }

    static let form = """
        kind: monthly_audit
        title: Monthly case audit
        detection: [Monthly case audit]
        fields:
          - {key: child.id, type: text, labels: [Child ID]}

        """

    @Test func wordCommentsFieldMustBeAFieldOfTheForm() throws {
        let error = try loadError("forms/monthly_audit.yaml", Self.form + "word_comments_field: moderation.remarks\n")
        #expect(error.file == "Schemas/forms/monthly_audit.yaml")
        #expect(error.description.contains("moderation.remarks"))
    }

    @Test func invalidYAMLNamesFileAndLine() throws {
        let error = try loadError("forms/monthly_audit.yaml", Self.form + "  - {key: team, type: text, labels: [Team\n")
        #expect(error.file == "Schemas/forms/monthly_audit.yaml")
        #expect(error.line != nil)
        #expect(error.description.hasPrefix("Schemas/forms/monthly_audit.yaml:"))
    }

    @Test func unknownFieldTypeIsNamedWithItsLine() throws {
        let error = try loadError("forms/monthly_audit.yaml", Self.form + "  - {key: team, type: txet, labels: [Team]}\n")
        #expect(error.line == 6)
        #expect(error.message.contains("unknown type 'txet'"))
    }

    @Test func misspeltEntryIsRefused() throws {
        let error = try loadError("forms/monthly_audit.yaml", Self.form + "  - {key: team, type: text, lables: [Team]}\n")
        #expect(error.message.contains("unknown entry 'lables'"))
        #expect(error.line == 6)
    }

    @Test func missingVocabularyIsRefused() throws {
        let error = try loadError("forms/monthly_audit.yaml", Self.form + "  - {key: team, type: \"vocabulary:teams\", labels: [Team]}\n")
        #expect(error.message.contains("vocabulary 'teams'"))
    }

    @Test func aLabelThatWouldMeanTwoFieldsIsRefused() throws {
        let error = try loadError("forms/monthly_audit.yaml", Self.form + "  - {key: team, type: text, labels: [child id]}\n")
        #expect(error.message.contains("already a label of 'child.id'"))
    }

    @Test func aSpellingThatWouldMeanTwoTermsIsRefused() throws {
        let text = try String(contentsOf: SchemaLoadingTests.directory.appendingPathComponent("vocabularies.yaml"), encoding: .utf8)
            + "\nclash:\n  - {key: a, label: Alpha, synonyms: [Same]}\n  - {key: b, label: Beta, synonyms: [same]}\n"
        let error = try loadError("vocabularies.yaml", text)
        #expect(error.file == "Schemas/vocabularies.yaml")
        #expect(error.message.contains("both 'a' and 'b'"))
    }

    @Test func anAreaTestingAnUnknownStandardIsRefused() throws {
        var text = try String(contentsOf: SchemaLoadingTests.directory.appendingPathComponent("starling.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "standards: [S6]", with: "standards: [S9]")
        let error = try loadError("starling.yaml", text)
        #expect(error.message.contains("'S9'"))
        #expect(error.line != nil)
    }

    @Test func aMissingFolderSaysWhereItLooked() {
        let error = #expect(throws: SchemaError.self) { try StarlingSchema.load(from: URL(fileURLWithPath: "/nonexistent/Schemas")) }
        #expect(error?.description.contains("/nonexistent/Schemas/starling.yaml") == true)
    }
}
