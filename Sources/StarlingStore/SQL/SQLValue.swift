/// A value bound into, or read out of, SQL — the common ground of SQLite and PostgreSQL.
public enum SQLValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public init(_ text: String?) { self = text.map(SQLValue.text) ?? .null }
    public init(_ number: Int?) { self = number.map { .integer(Int64($0)) } ?? .null }
    public init(_ flag: Bool?) { self = flag.map { .integer($0 ? 1 : 0) } ?? .null }

    public var text: String? {
        switch self {
        case .text(let value): value
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .null: nil
        }
    }

    public var integer: Int64? {
        switch self {
        case .integer(let value): value
        case .real(let value): Int64(value)
        case .text(let value): Int64(value)
        case .null: nil
        }
    }

    public var description: String { text ?? "" }
}

/// One SQL statement with `?` placeholders and their values.
public struct SQLStatement: Sendable {
    public var sql: String
    public var binds: [SQLValue]
    public init(_ sql: String, _ binds: [SQLValue] = []) {
        self.sql = sql
        self.binds = binds
    }
}
