import Foundation
import StarlingTestSupport
import Testing
@testable import StarlingStore

/// A batch of files is written step by step and, on PostgreSQL, as multi-row INSERTs; the
/// store holds exactly what it held when every row was its own statement.
@Suite(.serialized) struct BatchedWriteTests {
    @Test func consecutiveInsertsOfOneShapeBecomeOneStatement() {
        let insert = "INSERT INTO areas (source_id, position) VALUES (?, ?)"
        let statements = [
            SQLStatement("UPDATE source_files SET is_current = 0 WHERE path = ?", [.text("a")]),
            SQLStatement(insert, [.text("a"), .integer(0)]),
            SQLStatement(insert, [.text("a"), .integer(1)]),
            SQLStatement(insert, [.text("b"), .integer(0)]),
            SQLStatement("INSERT INTO actions (source_id) VALUES (?)", [.text("a")]),
            SQLStatement(insert, [.text("c"), .integer(0)]),
        ]
        let merged = PostgresDatabase.merged(statements)
        #expect(merged.map(\.sql) == [
            "UPDATE source_files SET is_current = 0 WHERE path = ?",
            insert + ", (?, ?), (?, ?)",
            "INSERT INTO actions (source_id) VALUES (?)",
            insert,
        ])
        #expect(merged[1].binds.count == 6)
        #expect(merged[1].binds.last?.integer == 0 && merged[1].binds[4].text == "b")
    }

    @Test func aMergedStatementStaysUnderTheBindLimitAndSubqueriesAreLeftAlone() {
        let insert = "INSERT INTO t (a, b) VALUES (?, ?)"
        let rows = (0..<10).map { SQLStatement(insert, [.integer(Int64($0)), .null]) }
        #expect(PostgresDatabase.merged(rows, maxBinds: 6).map(\.binds.count) == [6, 6, 6, 2])
        let sub = "INSERT INTO t (a) VALUES ((SELECT max(a) FROM t))"
        #expect(PostgresDatabase.merged([SQLStatement(sub), SQLStatement(sub)]).count == 2)
    }

    @Test func aBatchRunsEachStepForEveryFileInTurn() {
        var batch = WriteBatch()
        batch.add(.areas, SQLStatement("area 1"))
        batch.add(.retireOlderVersions, SQLStatement("retire 1"))
        batch.add(.sourceFiles, SQLStatement("source 1"))
        batch.add(.retireOlderVersions, SQLStatement("retire 2"))
        batch.add(.areas, SQLStatement("area 2"))
        #expect(batch.take().map(\.sql) == ["retire 1", "retire 2", "source 1", "area 1", "area 2"])
        #expect(batch.isEmpty && batch.take().isEmpty)
    }

    /// The same folder migrated into both backends, in batches small enough that several
    /// run, gives the same rows; and a re-run with a changed file, the same new version.
    @Test func bothBackendsStoreTheSameRows() async throws {
        let tree = try HistoricTree.make()
        let storeFolder = try StoreFixtures.temporaryFolder("batched")
        defer {
            try? FileManager.default.removeItem(at: tree.folder)
            try? FileManager.default.removeItem(at: storeFolder)
        }
        var dumps: [[String]] = []
        for backend in Backend.allCases {
            let store = try await RecordStore.open(try await StoreFixtures.newStore(backend, in: storeFolder))
            var migrator = StoreFixtures.migrator(store)
            migrator.batchSize = 7
            let summary = try await migrator.run(paths: [tree.folder.path])
            #expect(summary.imported > 0 && summary.duplicates > 0 && summary.quarantinedTotal > 0)
            dumps.append(try await StoreFixtures.dump(store))
            try await store.close()
        }
        #expect(dumps[0].count > HistoricTree.total)
        #expect(dumps[0] == dumps[1])
    }
}
