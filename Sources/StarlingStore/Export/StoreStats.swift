/// The counts `starling stats` prints: what is in the store, at a glance.
public struct StoreStats: Sendable {
    public var sections: [(title: String, rows: [(String, Int)])] = []

    public static func gather(_ store: RecordStore) async throws -> StoreStats {
        var stats = StoreStats()
        let current = "source_files.is_current = 1"
        stats.sections.append(("Files by outcome", try await store.count(
            "SELECT outcome, COUNT(*) FROM source_files WHERE \(current) GROUP BY outcome ORDER BY outcome")))
        stats.sections.append(("Records by kind", try await store.count("""
            SELECT records.kind, COUNT(*) FROM records JOIN source_files ON source_files.id = records.source_id
            WHERE \(current) AND source_files.outcome = 'imported' GROUP BY records.kind ORDER BY records.kind
            """)))
        stats.sections.append(("Records by month", try await store.count("""
            SELECT records.month, COUNT(*) FROM records JOIN source_files ON source_files.id = records.source_id
            WHERE \(current) AND source_files.outcome = 'imported' GROUP BY records.month ORDER BY records.month
            """)))
        stats.sections.append(("Admissibility", try await store.count("""
            SELECT CASE WHEN records.admissible = 1 THEN 'admissible' ELSE 'inadmissible' END, COUNT(*)
            FROM records JOIN source_files ON source_files.id = records.source_id
            WHERE \(current) AND source_files.outcome = 'imported' GROUP BY records.admissible ORDER BY records.admissible DESC
            """)))
        stats.sections.append(("Quarantine by reason", try await store.count("""
            SELECT quarantine.reason, COUNT(*) FROM quarantine JOIN source_files ON source_files.id = quarantine.source_id
            WHERE \(current) GROUP BY quarantine.reason ORDER BY quarantine.reason
            """)))
        return stats
    }

    public var lines: [String] {
        sections.flatMap { section in
            ["\(section.title):"] + (section.rows.isEmpty ? ["  (none)"] : section.rows.map { "  \($0.0): \($0.1)" })
        }
    }
}
