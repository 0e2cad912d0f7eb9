import Foundation
import StarlingStore
import StarlingTestSupport

/// `starling migrate` as the crash and lock tests run it.
enum MigrateTool {
    /// Migrates `folder` into `store` (2 jobs, batches of 10), killing the run with SIGKILL
    /// after `delay` seconds if given; returns its status and the end of what it wrote to stderr.
    static func run(_ folder: URL, store: String, killAfter delay: Double?) throws -> (status: Int32, killed: Bool, errors: String) {
        // Small transactions, so a run killed part-way has committed some of its files.
        let run = try StarlingTool.run(
            ["migrate", folder.path, "--store", store, "--jobs", "2", "--batch-size", "10", "--today", StoreFixtures.today,
             "--schemas", RepositorySchema.directory.path],
            killAfter: delay)
        return (run.status, run.killed, String(run.errors.suffix(2000)))
    }

    /// Migrates `folder` into `store` and kills the run with SIGKILL as soon as the store
    /// holds `target` files: a kill point set by progress, not by time, so it falls part-way
    /// however loaded the machine is (other suites run beside this one).
    static func run(_ folder: URL, store: String, killAtStored target: Int) async throws -> (status: Int32, killed: Bool, errors: String) {
        let running = try StarlingTool.start(
            ["migrate", folder.path, "--store", store, "--jobs", "2", "--batch-size", "10", "--today", StoreFixtures.today,
             "--schemas", RepositorySchema.directory.path])
        while running.isRunning {
            if try await storedFiles(store) >= target {
                running.kill()
                break
            }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        let run = running.wait()
        return (run.status, run.killed, String(run.errors.suffix(2000)))
    }

    /// How many files the store holds (zero before the migrator has made its tables). Reads
    /// the database directly, not through `RecordStore.open`, whose schema check waits for
    /// the migrator's writes (long enough, on a loaded machine, for the run to finish).
    static func storedFiles(_ store: String) async throws -> Int {
        let database: any SQLDatabase
        if store.hasPrefix("postgres") {
            guard let opened = try? await PostgresDatabase.open(url: store) else { return 0 }
            database = opened
        } else {
            guard let opened = try? SQLiteDatabase(path: store) else { return 0 }
            database = opened
        }
        let row = try? await database.query("SELECT COUNT(*) FROM source_files", []).first?.first
        try? await database.close()
        if case .integer(let count)? = row { return Int(count) }
        return 0
    }
}
