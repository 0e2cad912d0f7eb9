import Foundation
import StarlingTestSupport
import StarlingForms
import StarlingRules
import StarlingSchema

/// The repository's schema, importer and rule engine, found from this file.
enum TestPaths {
    static let root: URL = RepositoryRoot.url

    static let schema = try! StarlingSchema.load(from: root.appendingPathComponent("Schemas"))
    static let importer = try! FormImporter(schema: schema)
    static let pack = try! RulePack.load(schemaDirectory: schema.directory)
    static let engine = RuleEngine(pack: pack, schema: schema)
    /// A fixed "today" so date rules do not depend on when the tests run.
    static let today = "2020-06-30"
}
