import Foundation
import StarlingStore
import StarlingTestSupport
import Testing

/// `starling migrate` on a tree of historic files with known content, on both backends:
/// exact counts, every file accounted for, idempotent re-runs, new versions of changed files.
@Suite(.serialized) struct MigrationTests {
    @Test(arguments: Backend.allCases)
    func everyFileIsAccountedFor(_ backend: Backend) async throws {
        let tree = try HistoricTree.make()
        let storeFolder = try StoreFixtures.temporaryFolder("store")
        defer {
            try? FileManager.default.removeItem(at: tree.folder)
            try? FileManager.default.removeItem(at: storeFolder)
        }
        let store = try await RecordStore.open(try await StoreFixtures.newStore(backend, in: storeFolder))
        let summary = try await StoreFixtures.migrator(store).run(paths: [tree.folder.path])
        #expect(summary.seen == HistoricTree.total)
        #expect(summary.imported == HistoricTree.audits + HistoricTree.oddNames)
        #expect(summary.duplicates == HistoricTree.copies)
        #expect(summary.quarantined == [
            "not_a_zip": HistoricTree.damaged, "empty": HistoricTree.empty, "not_a_form": HistoricTree.notForms,
            "word_lock_file": HistoricTree.lockFiles, "legacy_word_document": HistoricTree.legacy, "blank_form": HistoricTree.blanks,
        ])
        #expect(summary.imported + summary.duplicates + summary.quarantinedTotal == summary.seen)
        #expect(summary.inadmissible == HistoricTree.inadmissible)
        #expect(!summary.interrupted)

        // The store says the same as the summary.
        let outcomes = Dictionary(uniqueKeysWithValues: try await store.count(
            "SELECT outcome, COUNT(*) FROM source_files GROUP BY outcome").map { ($0.0, $0.1) })
        #expect(outcomes == ["imported": summary.imported, "duplicate": summary.duplicates, "quarantined": summary.quarantinedTotal])
        let records = try await store.database.query("SELECT COUNT(*) FROM records", []).first?.first?.integer
        #expect(records == Int64(summary.imported))
        let months = try await store.count("SELECT month, COUNT(*) FROM records GROUP BY month ORDER BY month")
        #expect(months.map(\.0) == ["2019-10", "2019-11", "2019-12", "2020-01"])
        let areas = try await store.database.query("SELECT COUNT(*) FROM areas", []).first?.first?.integer
        #expect(areas == Int64(2 * summary.imported))
        // Every copy points at the original it duplicates.
        let orphans = try await store.database.query("""
            SELECT COUNT(*) FROM source_files d WHERE d.outcome = 'duplicate'
            AND NOT EXISTS (SELECT 1 FROM records r WHERE r.source_id = d.duplicate_of)
            """, []).first?.first?.integer
        #expect(orphans == 0)
        try await store.close()
    }

    @Test(arguments: Backend.allCases)
    func runningAgainChangesNothingAndAChangedFileBecomesANewVersion(_ backend: Backend) async throws {
        let folder = try StoreFixtures.temporaryFolder("rerun")
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 0..<6 { try HistoricTree.audit(index).docx().write(to: folder.appendingPathComponent("a\(index).docx")) }
        let store = try await RecordStore.open(try await StoreFixtures.newStore(backend, in: folder))
        let first = try await StoreFixtures.migrator(store).run(paths: [folder.path])
        #expect(first.imported == 6)
        let before = try await StoreFixtures.dump(store)

        let second = try await StoreFixtures.migrator(store).run(paths: [folder.path])
        #expect(second.unchanged == 6 && second.imported == 0 && second.duplicates == 0)
        #expect(try await StoreFixtures.dump(store) == before)

        var changed = HistoricTree.audit(0)
        changed.team = "Renamed Team"
        try changed.docx().write(to: folder.appendingPathComponent("a0.docx"))
        let third = try await StoreFixtures.migrator(store).run(paths: [folder.path])
        #expect(third.newVersions == 1 && third.unchanged == 5)
        let versions = try await store.database.query(
            "SELECT version, is_current FROM source_files WHERE path = ? ORDER BY version", [.text(folder.appendingPathComponent("a0.docx").path)])
        #expect(versions.map { $0.map(\.integer) } == [[1, 0], [2, 1]])
        let team = try await store.database.query("""
            SELECT records.team FROM records JOIN source_files ON source_files.id = records.source_id
            WHERE source_files.path = ? AND source_files.is_current = 1
            """, [.text(folder.appendingPathComponent("a0.docx").path)])
        #expect(team.first?.first?.text == "Renamed Team")
        try await store.close()
    }

    @Test func theFileIsNeverModified() async throws {
        let folder = try StoreFixtures.temporaryFolder("untouched")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("audit.docx")
        let data = try HistoricTree.audit(3).docx()
        try data.write(to: file)
        let modified = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        let store = try await RecordStore.open(try await StoreFixtures.newStore(.sqlite, in: folder))
        _ = try await StoreFixtures.migrator(store).run(paths: [file.path])
        #expect(try Data(contentsOf: file) == data)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == modified)
        try await store.close()
    }

    @Test func aStopRequestCommitsWhatIsDoneAndTheNextRunFinishes() async throws {
        let folder = try StoreFixtures.temporaryFolder("stop")
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 0..<40 { try HistoricTree.audit(index).docx().write(to: folder.appendingPathComponent("a\(index).docx")) }
        let store = try await RecordStore.open(try await StoreFixtures.newStore(.sqlite, in: folder))
        var migrator = StoreFixtures.migrator(store, jobs: 1)
        migrator.batchSize = 5
        let counter = Counter()
        let first = try await migrator.run(paths: [folder.path], shouldStop: { counter.next() > 12 })
        #expect(first.interrupted)
        #expect(first.done > 0 && first.done < 40)
        let stored = try await store.database.query("SELECT COUNT(*) FROM records", []).first?.first?.integer
        #expect(stored == Int64(first.imported))
        let second = try await migrator.run(paths: [folder.path])
        #expect(second.unchanged == first.done && second.imported == 40 - first.done)
        try await store.close()
    }

    @Test func aStoreFromANewerStarlingIsRefused() async throws {
        let folder = try StoreFixtures.temporaryFolder("newer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        let store = try await RecordStore.open(path)
        try await store.database.execute([SQLStatement("INSERT INTO starling_schema (version, applied_at) VALUES (99, 'later')")])
        try await store.close()
        await #expect(throws: StoreError.self) { _ = try await RecordStore.open(path) }
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.withLock { value += 1; return value } }
}
