import Foundation
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
}
