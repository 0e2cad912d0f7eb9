import ArgumentParser
import Foundation
import StarlingForms
import StarlingRules
import StarlingStore

/// `starling migrate`: years of historic forms into one store, resumably.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Import and validate folders of forms into a store (SQLite file or PostgreSQL).",
        discussion: """
            Idempotent and resumable: a file already stored with the same content is skipped, a changed \
            file becomes a new version of its path, and an interrupted run (Ctrl-C, kill) is finished by \
            running the same command again. Files are never modified or moved.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Files read in parallel (default: the number of cores).") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "The date taken as today for date checks (YYYY-MM-DD).") var today: String?
    @Option(help: "Files committed per transaction: fewer lose less to a crash, more write faster.") var batchSize = 200
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
        if summary.interrupted { throw ExitCode(130) }
    }
}
