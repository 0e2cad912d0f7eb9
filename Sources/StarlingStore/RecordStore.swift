import Foundation

/// The store of migrated forms: an embedded SQLite file by default, or a shared
/// PostgreSQL database (`postgres://user@host/db`). Opening it creates or upgrades its
/// schema.
public final class RecordStore: Sendable {
    public let database: any SQLDatabase

    /// A source path already in the store: its latest version and that version's content.
    public struct KnownSource: Sendable {
        public var id: String
        public var version: Int
        public var sha256: String
        /// Its latest version was quarantined (a re-run leaves it unless asked to retry).
        public var isQuarantined = false
    }

    public init(database: any SQLDatabase) async throws {
        self.database = database
        try await StoreSchema.migrate(database)
    }

    /// Opens `location`: a PostgreSQL URL, or else a SQLite file path.
    /// `forMigration` makes this process the store's only migrator (before its schema is
    /// created or upgraded), waiting up to `waitingUpTo` seconds for another to finish.
    public static func open(_ location: String, forMigration: Bool = false, waitingUpTo seconds: Double = 5) async throws -> RecordStore {
        let database: any SQLDatabase = if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
            try await PostgresDatabase.open(url: location)
        } else {
            try SQLiteDatabase(path: location)
        }
        do {
            if forMigration { try await database.lockForMigration(waitingUpTo: seconds) }
            return try await RecordStore(database: database)
        } catch {
            try? await database.close()
            throw error
        }
    }

    public func close() async throws { try await database.close() }

    /// The latest version of every source path.
    public func knownSources() async throws -> [String: KnownSource] {
        var known: [String: KnownSource] = [:]
        for row in try await database.query("SELECT path, id, version, sha256, outcome FROM source_files WHERE is_current = 1", []) {
            guard let path = row[0].text, let id = row[1].text else { continue }
            known[path] = KnownSource(id: id, version: Int(row[2].integer ?? 0), sha256: row[3].text ?? "", isQuarantined: row[4].text == "quarantined")
        }
        return known
    }

    /// The first source (in path, version order) that imported each content hash, so later
    /// copies are recorded as duplicates of it. (Damaged copies stay quarantined each.)
    public func contentOwners() async throws -> [String: String] {
        var owners: [String: String] = [:]
        let rows = try await database.query(
            "SELECT sha256, id FROM source_files WHERE outcome = 'imported' ORDER BY path, version", [])
        for row in rows {
            guard let sha = row[0].text, let id = row[1].text, owners[sha] == nil else { continue }
            owners[sha] = id
        }
        return owners
    }

    /// Stores one file as the next version of its path, in its own transaction (the
    /// migrator batches; this is for single files and tests). Returns its source id.
    @discardableResult
    public func store(_ file: StoredFile) async throws -> String {
        let place = file.placement(previous: try await knownSources()[file.path], owners: try await contentOwners())
        var batch = WriteBatch()
        file.write(place, now: Timestamp.now(), into: &batch)
        try await database.execute(batch.take())
        return place.id
    }

    /// Counts for `starling stats`.
    public func count(_ sql: String, _ binds: [SQLValue] = []) async throws -> [(String, Int)] {
        try await database.query(sql, binds).map { ($0[0].text ?? "(none)", Int($0.count > 1 ? $0[1].integer ?? 0 : 0)) }
    }
}
