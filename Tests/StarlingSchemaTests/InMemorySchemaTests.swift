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
