import Foundation
import Logging
import PostgresNIO
import Synchronization

/// A shared store on PostgreSQL, through postgres-nio's connection pool. The URL is
/// `postgres://user[:password]@host[:port]/database[?sslmode=…]` (see `PostgresURL`);
/// nothing is logged (queries carry children's data).
public final class PostgresDatabase: SQLDatabase {
    public let name: String
    private let location: PostgresURL
    private let client: PostgresClient
    /// The connection holding the migration lock, while this process is the migrator.
    private let migrationLock = Mutex<PostgresConnection?>(nil)
    private let runner: Task<Void, Never>
    private let logger: Logger = {
        var logger = Logger(label: "starling.store")
        logger.logLevel = .critical
        return logger
    }()

    public convenience init(url: String) throws {
        self.init(location: try PostgresURL(url))
    }

    private init(location: PostgresURL) {
        name = location.name
        self.location = location
        let client = PostgresClient(configuration: location.clientConfiguration)
        self.client = client
        runner = Task { await client.run() }
    }

    /// Connects once before handing out the pool: the pool retries a failing server for a
    /// minute and then reports only that it gave up, while this says at once what is wrong
    /// (refused, bad password, no such database, certificate not trusted).
    public static func open(url: String) async throws -> PostgresDatabase {
        let location = try PostgresURL(url)
        let probe = try await connect(location)
        try? await probe.close()
        return PostgresDatabase(location: location)
    }

    /// One connection outside the pool, or the server's reason why not.
    private static func connect(_ location: PostgresURL) async throws -> PostgresConnection {
        let logger = Logger(label: "starling.store", factory: { _ in SwiftLogNoOpLogHandler() })
        do {
            return try await PostgresConnection.connect(configuration: try location.connectionConfiguration(), id: 0, logger: logger)
        } catch {
            throw StoreError("\(location.name): cannot connect: \(describe(error))")
        }
    }

    public func execute(_ statements: [SQLStatement]) async throws {
        do {
            try await client.withTransaction(logger: logger) { connection in
                // Shared by every write, so that a new migrator can wait for the writes of
                // one that was killed and whose last commit the server is still finishing.
                try await connection.query("SELECT pg_advisory_xact_lock_shared(\(Self.writeLockKey))", logger: self.logger)
                for statement in Self.merged(statements) {
                    try await connection.query(Self.query(statement), logger: self.logger)
                }
            }
        } catch {
            throw StoreError("\(name): \(Self.describe(error))")
        }
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]] {
        do {
            var result: [[SQLValue]] = []
            let rows = try await client.query(Self.query(SQLStatement(sql, binds)), logger: logger)
            for try await row in rows {
                result.append(try row.map(Self.value))
            }
            return result
        } catch {
            throw StoreError("\(name): \(Self.describe(error))")
        }
    }

    /// Advisory lock keys ("STARLING" and the next number): one migrator per database,
    /// and the lock every write transaction shares.
    static let migrationLockKey: Int64 = 0x5354_4152_4C49_4E47
    static let writeLockKey: Int64 = migrationLockKey + 1

    /// A session advisory lock on a connection of its own, held until `close()`; the server
    /// releases it when that connection goes, as it does when the process is killed.
    public func lockForMigration(waitingUpTo seconds: Double) async throws {
        let connection = try await Self.connect(location)
        do {
            let acquired = try await StoreError.retrying(for: seconds, every: .milliseconds(250)) {
                try await Self.flag(connection.query("SELECT pg_try_advisory_lock(\(Self.migrationLockKey))", logger: logger))
            }
            guard acquired else {
                throw StoreError.busy(name, "If none is running, a client that crashed may still hold the lock: "
                    + "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = \(UInt32(truncatingIfNeeded: Self.migrationLockKey)) frees it.")
            }
            // Wait for any write still in flight, then read the store.
            try await connection.query("SELECT pg_advisory_lock(\(Self.writeLockKey))", logger: logger)
            try await connection.query("SELECT pg_advisory_unlock(\(Self.writeLockKey))", logger: logger)
        } catch {
            try? await connection.close()
            if let error = error as? StoreError { throw error }
            throw StoreError("\(name): \(Self.describe(error))")
        }
        migrationLock.withLock { $0 = connection }
    }

    private static func flag(_ rows: PostgresRowSequence) async throws -> Bool {
        for try await row in rows { return try row.decode(Bool.self) }
        return false
    }

    public func close() async throws {
        if let connection = migrationLock.withLock({ held in defer { held = nil }; return held }) {
            try? await connection.close()
        }
        runner.cancel()
    }

    /// Consecutive single-row `INSERT … VALUES (…)` statements with the same text become one
    /// multi-row `INSERT` (as many rows as fit in `maxBinds` parameters): each statement is
    /// a round trip to the server, and a batch of files writes thousands of rows (see
    /// `WriteBatch`, which puts each table's rows side by side). Anything else is kept as is.
    static func merged(_ statements: [SQLStatement], maxBinds: Int = 32_767) -> [SQLStatement] {
        var result: [SQLStatement] = []
        var template: String?
        for statement in statements {
            if statement.sql == template, let tuple = valuesTuple(statement.sql),
               let last = result.last, last.binds.count + statement.binds.count <= maxBinds {
                result[result.count - 1].sql += ", " + tuple
                result[result.count - 1].binds += statement.binds
                continue
            }
            result.append(statement)
            template = valuesTuple(statement.sql) == nil ? nil : statement.sql
        }
        return result
    }

    /// The `(…)` after `VALUES` at the end of a single-row INSERT; nil for any other statement.
    private static func valuesTuple(_ sql: String) -> Substring? {
        guard sql.hasPrefix("INSERT INTO "), sql.hasSuffix(")"), let values = sql.range(of: " VALUES (", options: .backwards) else { return nil }
        let tuple = sql[sql.index(before: values.upperBound)...]
        // One row only: a tuple with a parenthesis inside (a call, a subquery) is left alone.
        return tuple.dropFirst().dropLast().contains(where: { $0 == "(" || $0 == ")" }) ? nil : tuple
    }

    /// `?` placeholders become `$1`, `$2`, … (outside quoted literals).
    static func query(_ statement: SQLStatement) -> PostgresQuery {
        var sql = ""
        var number = 0
        var quoted = false
        for character in statement.sql {
            if character == "'" { quoted.toggle() }
            if character == "?", !quoted {
                number += 1
                sql += "$\(number)"
            } else {
                sql.append(character)
            }
        }
        var binds = PostgresBindings(capacity: statement.binds.count)
        for value in statement.binds {
            switch value {
            case .null: binds.appendNull()
            case .integer(let number): binds.append(number)
            case .real(let number): binds.append(number)
            case .text(let text): binds.append(text)
            }
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .numeric: return .real(Double(try cell.decode(String.self)) ?? 0)
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        default: return .text(try cell.decode(String.self))
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? PostgresTransactionError {
            // The server's own words, from whichever step of the transaction failed.
            if let cause = error.closureError ?? error.beginError ?? error.commitError { return describe(cause) }
        }
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return "\(error.code): \(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}
