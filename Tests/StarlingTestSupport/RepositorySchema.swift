import Foundation
import StarlingForms
import StarlingRules
import StarlingSchema

/// The repository's schema, importer, rule pack and engine, loaded once for every test
/// target, and a fixed "today" so date rules do not depend on when the tests run.
public enum RepositorySchema {
    public static let directory = RepositoryRoot.url.appendingPathComponent("Schemas")
    public static let schema = try! StarlingSchema.load(from: directory)
    public static let importer = try! FormImporter(schema: schema)
    public static let pack = try! RulePack.load(schemaDirectory: directory)
    public static let engine = RuleEngine(pack: pack, schema: schema)
    public static let today = "2020-06-30"
}
