/// What the store needs from a database: run statements in one transaction, and query.
/// SQLite (GRDB) and PostgreSQL (postgres-nio) each implement these three calls, so the
/// store's schema, migrations and queries are written once and behave the same on both.
public protocol SQLDatabase: Sendable {
    /// A short name for messages: `SQLite starling.sqlite`, `PostgreSQL db@host`.
    var name: String { get }
    /// Runs the statements in one transaction: all of them, or none.
    func execute(_ statements: [SQLStatement]) async throws
    /// Rows of a query, each a list of column values.
    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]]
    func close() async throws
}

/// A database error that names the store and what failed.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
