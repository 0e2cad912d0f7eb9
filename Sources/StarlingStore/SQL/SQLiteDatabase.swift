import Foundation
import GRDB
import Synchronization

/// The embedded store: one SQLite file in WAL mode, through GRDB. A transaction is either
/// committed whole or not at all, so a run killed at any point leaves the file consistent.
public final class SQLiteDatabase: SQLDatabase {
    public let name: String
    private let path: String
    private let pool: DatabasePool
    /// The open lock file while this process is the store's migrator.
    private let migrationLock = Mutex<Int32?>(nil)

    public init(path: String) throws {
        name = "SQLite \(path)"
        self.path = path
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

    /// An exclusive `flock` on `<store>.lock` beside the database. Not on the database file
    /// itself: closing a second descriptor of it would drop SQLite's own POSIX locks. The
    /// kernel releases the lock when the process ends, however it ends.
    public func lockForMigration(waitingUpTo seconds: Double) async throws {
        let lockPath = path + ".lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StoreError("cannot create the lock file '\(lockPath)': \(String(cString: strerror(errno)))") }
        var held = false, unsupported = false
        defer { if !held { Foundation.close(descriptor) } }
        let acquired = try await StoreError.retrying(for: seconds, every: .milliseconds(100)) {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
            let code = errno
            switch code {
            case EWOULDBLOCK, EINTR: return false
            case ENOLCK, EOPNOTSUPP, ENOTSUP, EINVAL:
                // A file system without locks (some network shares): SQLite's own locking still
                // keeps the store whole; only the guard against a second migrator is lost.
                unsupported = true
                return true
            default: throw StoreError("cannot lock '\(lockPath)': \(String(cString: strerror(code)))")
            }
        }
        guard acquired else { throw StoreError.busy(name, "(It holds '\(lockPath)'.)") }
        guard !unsupported else { return }
        held = true
        migrationLock.withLock { $0 = descriptor }
    }

    public func close() async throws {
        defer {
            if let descriptor = migrationLock.withLock({ held in defer { held = nil }; return held }) {
                Foundation.close(descriptor)
            }
        }
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
