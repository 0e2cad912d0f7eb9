/// The store's tables, as numbered migrations. The same DDL runs on SQLite and PostgreSQL
/// (TEXT and BIGINT only), so both backends have one schema; `starling_schema` records
/// which migrations a store has had. Append a migration to change the schema; never edit
/// one that has shipped.
enum StoreSchema {
    static let migrations: [[String]] = [
        // 1: sources, records and their child tables, quarantine.
        [
            """
            CREATE TABLE source_files (
                id TEXT PRIMARY KEY, path TEXT NOT NULL, version BIGINT NOT NULL, is_current BIGINT NOT NULL,
                size BIGINT NOT NULL, sha256 TEXT NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
                outcome TEXT NOT NULL, duplicate_of TEXT, UNIQUE (path, version))
            """,
            "CREATE INDEX source_files_sha256 ON source_files (sha256)",
            """
            CREATE TABLE records (
                source_id TEXT PRIMARY KEY REFERENCES source_files (id), kind TEXT NOT NULL, month TEXT, team TEXT,
                legal_status TEXT, child_id TEXT, auditor TEXT, rating TEXT, moderated_rating TEXT, final_rating TEXT,
                moderation_outcome TEXT, moderator TEXT, concern_category TEXT, completed_on TEXT, submitted_on TEXT,
                participation_social_worker TEXT, participation_team_manager TEXT, participation_child TEXT,
                participation_parent_carer TEXT, participation_iro_cp_chair TEXT,
                admissible BIGINT NOT NULL, blocking BIGINT NOT NULL, advisories BIGINT NOT NULL,
                schema_version TEXT, record_json TEXT NOT NULL)
            """,
            "CREATE INDEX records_month ON records (month)",
            """
            CREATE TABLE areas (
                source_id TEXT NOT NULL REFERENCES source_files (id), position BIGINT NOT NULL, area TEXT NOT NULL,
                rating TEXT, standards TEXT, evidence_count BIGINT NOT NULL, impact_count BIGINT NOT NULL,
                PRIMARY KEY (source_id, position))
            """,
            """
            CREATE TABLE actions (
                source_id TEXT NOT NULL REFERENCES source_files (id), position BIGINT NOT NULL, description TEXT,
                owner TEXT, due_on TEXT, into_care_plan BIGINT, PRIMARY KEY (source_id, position))
            """,
            """
            CREATE TABLE findings (
                source_id TEXT NOT NULL REFERENCES source_files (id), position BIGINT NOT NULL, rule TEXT NOT NULL,
                severity TEXT NOT NULL, field TEXT NOT NULL, message TEXT NOT NULL, quote TEXT, location TEXT,
                PRIMARY KEY (source_id, position))
            """,
            """
            CREATE TABLE annotations (
                source_id TEXT NOT NULL REFERENCES source_files (id), position BIGINT NOT NULL, kind TEXT NOT NULL,
                author TEXT, date TEXT, text TEXT NOT NULL, PRIMARY KEY (source_id, position))
            """,
            """
            CREATE TABLE quarantine (
                source_id TEXT PRIMARY KEY REFERENCES source_files (id), reason TEXT NOT NULL, message TEXT NOT NULL)
            """,
        ],
        // 2: when each action was completed, from the QA team's action tracker (`starling
        // actions import`); the form does not say.
        ["ALTER TABLE actions ADD COLUMN completed_on TEXT"],
    ]

    static var version: Int { migrations.count }

    /// Applies the migrations a store has not had, each in its own transaction.
    static func migrate(_ database: any SQLDatabase) async throws {
        try await database.execute([SQLStatement("CREATE TABLE IF NOT EXISTS starling_schema (version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)")])
        let applied = try await database.query("SELECT MAX(version) FROM starling_schema", []).first?.first?.integer ?? 0
        if applied > Int64(migrations.count) {
            throw StoreError("\(database.name) has store schema version \(applied), newer than this Starling knows (\(migrations.count)); upgrade Starling")
        }
        for (index, statements) in migrations.enumerated() where Int64(index + 1) > applied {
            try await database.execute(statements.map { SQLStatement($0) }
                + [SQLStatement("INSERT INTO starling_schema (version, applied_at) VALUES (?, ?)", [.integer(Int64(index + 1)), .text(Timestamp.now())])])
        }
    }
}
