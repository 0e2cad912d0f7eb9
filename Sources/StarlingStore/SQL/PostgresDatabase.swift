import Foundation
import Logging
import PostgresNIO

/// A shared store on PostgreSQL, through postgres-nio's connection pool. The URL is
/// `postgres://user[:password]@host[:port]/database[?sslmode=…]` (see `PostgresURL`);
/// nothing is logged (queries carry children's data).
public final class PostgresDatabase: SQLDatabase {
    public let name: String
    private let client: PostgresClient
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
        let client = PostgresClient(configuration: location.clientConfiguration)
        self.client = client
        runner = Task { await client.run() }
    }

    /// Connects once before handing out the pool: the pool retries a failing server for a
    /// minute and then reports only that it gave up, while this says at once what is wrong
    /// (refused, bad password, no such database, certificate not trusted).
    public static func open(url: String) async throws -> PostgresDatabase {
        let location = try PostgresURL(url)
        let logger = Logger(label: "starling.store", factory: { _ in SwiftLogNoOpLogHandler() })
        do {
            let connection = try await PostgresConnection.connect(configuration: try location.connectionConfiguration(), id: 0, logger: logger)
            try await connection.close()
        } catch {
            throw StoreError("\(location.name): cannot connect: \(describe(error))")
        }
        return PostgresDatabase(location: location)
    }

    public func execute(_ statements: [SQLStatement]) async throws {
        do {
            try await client.withTransaction(logger: logger) { connection in
                for statement in statements {
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

    public func close() async throws {
        runner.cancel()
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
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return "\(error.code): \(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}
