import Foundation
import StarlingTestSupport
import Testing
@testable import StarlingSchema

/// A schema held in memory (the fuzz harness's way in) is checked exactly as one on disk.
struct InMemorySchemaTests {
    static func repositoryFiles() throws -> [String: Data] {
        let directory = RepositorySchema.directory
        var files: [String: Data] = [:]
        for relative in ["starling.yaml", "vocabularies.yaml"] {
            files[relative] = try Data(contentsOf: directory.appendingPathComponent(relative))
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("forms").path) {
            files["forms/" + name] = try Data(contentsOf: directory.appendingPathComponent("forms/" + name))
        }
        return files
    }

    @Test func theSameFilesInMemoryGiveTheSameSchema() throws {
        let disk = RepositorySchema.schema
        let memory = try StarlingSchema.load(files: try Self.repositoryFiles(), directory: RepositorySchema.directory)
        #expect(memory.version == disk.version)
        #expect(memory.forms.map(\.kind) == disk.forms.map(\.kind))
        #expect(memory.forms.map { $0.fields.map(\.key) } == disk.forms.map { $0.fields.map(\.key) })
        #expect(memory.vocabularies.keys.sorted() == disk.vocabularies.keys.sorted())
    }

    @Test func aFileMissingFromMemoryIsNotReadFromDisk() throws {
        var files = try Self.repositoryFiles()
        files["vocabularies.yaml"] = nil
        // The directory holds a vocabularies.yaml, but memory is the whole truth.
        #expect(throws: SchemaError.self) { try StarlingSchema.load(files: files, directory: RepositorySchema.directory) }
    }

    @Test func onlyTheFormsInMemoryAreForms() throws {
        var files = try Self.repositoryFiles()
        for key in files.keys where key.hasPrefix("forms/") && key != "forms/practice_observation.yaml" { files[key] = nil }
        let schema = try StarlingSchema.load(files: files, directory: RepositorySchema.directory)
        #expect(schema.forms.map(\.kind) == ["practice_observation"])
    }
}

/// Every input in `Tests/Fixtures/fuzz/schema` loads, or is refused with a `SchemaError`.
struct SchemaFuzzRegressionTests {
    @Test func aBundleSplitsIntoItsFiles() {
        let files = StarlingSchema.files(fromBundle: "schema: starling\n#=== forms/a.yaml\nkind: a\n#=== vocabularies.yaml\n")
        #expect(files.keys.sorted() == ["forms/a.yaml", "starling.yaml", "vocabularies.yaml"])
        #expect(files["forms/a.yaml"] == Data("kind: a".utf8))
    }

    @Test(arguments: FuzzFixtures.files("schema"))
    func loadsOrRefuses(_ url: URL) throws {
        let files = StarlingSchema.files(fromBundle: String(decoding: try Data(contentsOf: url), as: UTF8.self))
        do {
            _ = try StarlingSchema.load(files: files, directory: URL(fileURLWithPath: "/nonexistent"))
        } catch let error as SchemaError {
            #expect(!error.description.isEmpty)
        }
    }
}

/// Yams parses nesting by recursion: the schema fuzzer's file of 4,000 `[` overflowed the stack.
/// Nesting is bounded before Yams reads a file, and the refusal names the line.
struct YAMLDepthTests {
    @Test func theRepositorysSchemaAndPackAreFarFromTheLimit() throws {
        for name in ["starling.yaml", "vocabularies.yaml", "forms/monthly_audit.yaml", "rules/pack.yaml"] {
            let text = try String(contentsOf: RepositorySchema.directory.appendingPathComponent(name), encoding: .utf8)
            #expect(YAMLDepth.lineTooDeep(in: text, limit: 8) == nil, "\(name)")
        }
    }

    @Test func deepNestingIsFoundOnItsLine() {
        #expect(YAMLDepth.lineTooDeep(in: "a: 1\nb: " + String(repeating: "[", count: 100)) == 2)
        #expect(YAMLDepth.lineTooDeep(in: "x:\n  - " + String(repeating: "- ", count: 100) + "y") == 2)
        let indented = (0..<100).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        #expect(YAMLDepth.lineTooDeep(in: indented) == YAMLDepth.limit + 1)
        // Brackets in quotes or comments open nothing.
        #expect(YAMLDepth.lineTooDeep(in: "a: '" + String(repeating: "[", count: 100) + "'  # " + String(repeating: "{", count: 100)) == nil)
    }

    @Test func theFuzzersFileIsRefusedNotACrash() throws {
        let url = RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/fuzz/schema/yams-flow-sequences-4000-deep.bundle")
        let files = StarlingSchema.files(fromBundle: String(decoding: try Data(contentsOf: url), as: UTF8.self))
        do {
            _ = try StarlingSchema.load(files: files, directory: URL(fileURLWithPath: "/nonexistent"))
            Issue.record("the fuzzer's schema loaded")
        } catch let error as SchemaError {
            #expect(error.description.contains("levels deep"), "\(error)")
            #expect(error.description.contains("Schemas/starling.yaml"))
        }
    }
}
