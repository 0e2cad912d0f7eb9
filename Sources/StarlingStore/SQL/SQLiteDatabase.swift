import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode, through GRDB. A transaction is either
/// committed whole or not at all, so a run killed at any point leaves the file consistent.
public final class SQLiteDatabase: SQLDatabase {
    public let name: String
    private let pool: DatabasePool

    public init(path: String) throws {
        name = "SQLite \(path)"
        var configuration = Configuration()
        // WAL with synchronous=NORMAL survives a killed process (not a power cut's last
        // transaction) and keeps bulk migration fast.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        configuration.busyMode = .timeout(30)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError("cannot open the store '\(path)': \(error)")
        }
    }

    public func execute(_ statements: [SQLStatement]) async throws {
        try await pool.write { db in
            for statement in statements {
                // Cached: a migration runs the same few INSERTs thousands of times, and
                // compiling each again cost more than running it.
                try db.cachedStatement(sql: statement.sql).execute(arguments: StatementArguments(statement.binds.map(\.databaseValue)))
            }
        }
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(binds.map(\.databaseValue))).map { row in
                row.databaseValues.map(SQLValue.init)
            }
        }
    }

    public func close() async throws {
        try pool.close()
    }
}

extension SQLValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let value): value.databaseValue
        case .real(let value): value.databaseValue
        case .text(let value): value.databaseValue
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .integer(number)
        case .double(let number): self = .real(number)
        case .string(let text): self = .text(text)
        case .blob(let data): self = .text(String(decoding: data, as: UTF8.self))
        }
    }
}
