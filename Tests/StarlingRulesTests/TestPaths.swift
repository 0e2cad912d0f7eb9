import Foundation
import StarlingTestSupport
import StarlingForms
import StarlingRules
import StarlingSchema

/// The repository's schema, importer and rule engine, found from this file.
enum TestPaths {
    static let root: URL = RepositoryRoot.url

    static let schema = RepositorySchema.schema
    static let importer = RepositorySchema.importer
    static let pack = RepositorySchema.pack
    static let engine = RepositorySchema.engine
    /// A fixed "today" so date rules do not depend on when the tests run.
    static let today = RepositorySchema.today
}
