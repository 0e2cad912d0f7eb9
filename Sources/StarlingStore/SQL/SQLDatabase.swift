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
    /// Makes this process the store's only migrator until `close()` (or until it dies):
    /// two migrations reading the same store and writing the same files would collide.
    /// Waits up to `seconds` for a holder to go, then fails saying the store is busy.
    func lockForMigration(waitingUpTo seconds: Double) async throws
    func close() async throws
}

/// A database error that names the store and what failed.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    /// Tries `attempt` until it succeeds or `seconds` have passed, pausing between tries:
    /// how both backends wait for another migrator. False when the time ran out.
    static func retrying(for seconds: Double, every pause: Duration, _ attempt: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while try await !attempt() {
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: pause)
        }
        return true
    }

    static func busy(_ name: String, _ howToFree: String) -> StoreError {
        StoreError("\(name) is being migrated by another starling migrate; run again when it has finished. \(howToFree)")
    }
}
