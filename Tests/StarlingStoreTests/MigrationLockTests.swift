import Foundation
import StarlingStore
import StarlingTestSupport
import Testing

/// One migrator per store: a second `starling migrate` on the same store is told the store
/// is busy instead of writing the same files beside the first; readers are not held up.
@Suite struct MigrationLockTests {
    @Test(arguments: Backend.allCases)
    func aSecondMigratorIsToldTheStoreIsBusy(_ backend: Backend) async throws {
        let work = try StoreFixtures.temporaryFolder("lock")
        defer { try? FileManager.default.removeItem(at: work) }
        let location = try await StoreFixtures.newStore(backend, in: work)
        let first = try await RecordStore.open(location, forMigration: true)

        await #expect {
            _ = try await RecordStore.open(location, forMigration: true, waitingUpTo: 0.3)
        } throws: { error in
            "\(error)".contains("being migrated by another starling migrate")
        }
        let reader = try await RecordStore.open(location)
        #expect(try await reader.knownSources().isEmpty)
        try await reader.close()

        try await first.close()
        let second = try await RecordStore.open(location, forMigration: true, waitingUpTo: 0.3)
        try await second.close()
    }

    @Test func theMigrateCommandSaysTheStoreIsBusy() async throws {
        let work = try StoreFixtures.temporaryFolder("lock-cli")
        defer { try? FileManager.default.removeItem(at: work) }
        let location = try await StoreFixtures.newStore(.sqlite, in: work)
        let holder = try await RecordStore.open(location, forMigration: true)
        let forms = work.appendingPathComponent("forms")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
        try HistoricTree.audit(0).docx().write(to: forms.appendingPathComponent("audit.docx"))

        let run = try MigrateTool.run(forms, store: location, killAfter: nil)
        #expect(run.status != 0)
        #expect(run.errors.contains("is being migrated by another starling migrate"), "\(run.errors)")
        // Readers are not held up (README: export, stats and report read during a migration).
        let stats = try StarlingTool.run(["stats", "--store", location])
        #expect(stats.status == 0, "\(stats.errors)")
        let export = try StarlingTool.run(["export", "--store", location, "--out", work.appendingPathComponent("exports").path])
        #expect(export.status == 0, "\(export.errors)")
        try await holder.close()
        #expect(try MigrateTool.run(forms, store: location, killAfter: nil).status == 0)
    }
}
