import ArgumentParser
import Foundation
import StarlingForms
import StarlingRules
import StarlingStore
import StarlingWorkers

/// `starling migrate`: years of historic forms into one store, resumably.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Import and validate folders of forms into a store (SQLite file or PostgreSQL).",
        discussion: """
            Idempotent and resumable: a file already stored with the same content is skipped, a changed \
            file becomes a new version of its path, and an interrupted run (Ctrl-C, kill) is finished by \
            running the same command again. Files are never modified or moved. Each file is read in a worker \
            process: one that crashes, runs past --file-timeout or past --memory-limit is quarantined (crashed, \
            timeout, too_much_memory), the worker is replaced and the migration goes on (exit code 1).
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Files read in parallel (default: the number of cores).") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "The date taken as today for date checks (YYYY-MM-DD).") var today: String?
    @Option(help: "Files committed per transaction: fewer lose less to a crash, more write faster.") var batchSize = 200
    @Flag(help: "Read files quarantined by an earlier run again (a newer Starling may read them).") var retryQuarantined = false
    @OptionGroup var workerOptions: WorkerOptions
    @OptionGroup var schemaOptions: SchemaOptions
    @Argument(help: "Folders or files to migrate.") var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one folder or file") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() async throws {
        // Ctrl-C is caught from the start: pressed while the store opens, the run stops before
        // its first file rather than being killed.
        let stop = StopSignal()
        let schema = try schemaOptions.load()
        let importer = try FormImporter(schema: schema)
        let engine = RuleEngine(pack: try RulePack.load(schemaDirectory: schema.directory), schema: schema)
        let recordStore = try await storeOptions.openForMigration()
        let reporter = ProgressReporter()
        var migrator = Migrator(store: recordStore, importer: importer, engine: engine, jobs: jobs, today: today ?? RuleEngine.today())
        migrator.batchSize = batchSize
        migrator.retryQuarantined = retryQuarantined
        // Each file is read in a worker process, so a crash, a hang or a runaway allocation
        // on one file quarantines that file and the migration goes on.
        if !workerOptions.inProcess {
            let examiner = FileExaminer(mode: .migrate, importer: importer, engine: engine, today: migrator.today)
            migrator.workers = workerOptions.configuration(examiner, schema: schema.directory, jobs: jobs)
        }
        let summary: MigrationSummary
        do {
            summary = try await migrator.run(paths: paths, progress: { reporter.update($0) }, shouldStop: { stop.isRequested })
        } catch {
            reporter.finish()
            try? await recordStore.close()
            throw error
        }
        reporter.finish()
        try await recordStore.close()
        print("Migrated into \(recordStore.database.name):")
        summary.lines.forEach { print($0) }
        summary.workerFailures.forEach { Diagnostics.write($0) }
        if summary.interrupted { throw ExitCode(130) }
        if !summary.workerFailures.isEmpty { throw ExitCode(1) }
    }
}
