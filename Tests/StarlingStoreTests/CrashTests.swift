import Foundation
import StarlingStore
import StarlingTestSupport
import Testing

/// `kill -9` a real `starling migrate` part-way, several times at different points, then
/// let it finish: the store must equal one made by an uninterrupted run.
@Suite(.serialized) struct CrashTests {
    @Test(arguments: Backend.allCases)
    func aKilledMigrationFinishesWithTheSameStore(_ backend: Backend) async throws {
        let work = try StoreFixtures.temporaryFolder("crash")
        defer { try? FileManager.default.removeItem(at: work) }
        let forms = work.appendingPathComponent("forms")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
        for index in 0..<300 {
            try HistoricTree.audit(index).docx().write(to: forms.appendingPathComponent(String(format: "audit-%03d.docx", index)))
        }
        for index in 0..<10 {  // copies, so duplicate decisions are part of what must come out the same
            try FileManager.default.copyItem(at: forms.appendingPathComponent(String(format: "audit-%03d.docx", index * 3)),
                                             to: forms.appendingPathComponent("copy-\(index).docx"))
        }

        let reference = try await StoreFixtures.newStore(backend, in: work.appendingPathComponent("reference"))
        if backend == .sqlite { try FileManager.default.createDirectory(at: work.appendingPathComponent("reference"), withIntermediateDirectories: true) }
        let uninterrupted = try MigrateTool.run(forms, store: reference, killAfter: nil)
        #expect(uninterrupted.status == 0, "\(uninterrupted.errors)")

        // Kill points by the files stored so far, so they land part-way on any machine, build
        // and load: each resumed run goes on from where the last was killed.
        let crashed = try await StoreFixtures.newStore(backend, in: work)
        var kills = 0
        for target in [20, 50, 80, 110] {
            if try await MigrateTool.run(forms, store: crashed, killAtStored: target).killed { kills += 1 }
        }
        // Every run was SIGKILLed once the store held its target (at the latest as it finished:
        // under the load of the whole suite, the look at a SQLite store can lag the migrator).
        #expect(kills >= 1, "no run could be killed")
        let interrupted = try await RecordStore.open(crashed)
        let stored = try await interrupted.database.query("SELECT COUNT(*) FROM source_files", []).first?.first
        try await interrupted.close()
        if case .integer(let count)? = stored { #expect(count >= 20) } else { Issue.record("no count: \(String(describing: stored))") }
        let resumed = try MigrateTool.run(forms, store: crashed, killAfter: nil)
        #expect(resumed.status == 0, "\(resumed.errors)")

        let expected = try await RecordStore.open(reference)
        let actual = try await RecordStore.open(crashed)
        let a = try await StoreFixtures.dump(actual)
        let b = try await StoreFixtures.dump(expected)
        #expect(a.count == b.count)
        #expect(a == b, "first difference: \(zip(a, b).first { $0 != $1 }.map { "\($0.0.prefix(200)) vs \($0.1.prefix(200))" } ?? "count")")
        try await actual.close()
        try await expected.close()
    }
}
