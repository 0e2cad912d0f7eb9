import ArgumentParser
import Foundation
import StarlingForms
import StarlingRules
import StarlingWorkers

/// `starling worker`: the hidden worker mode. `migrate`, `import` and `validate` start this
/// same binary as supervised worker processes and feed it files over a pipe (see
/// `WorkerPool`); it is not meant to be run by hand.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Reads files for a supervising starling (internal).", shouldDisplay: false)

    @Option var mode: FileExaminer.Mode
    @Option var today: String
    @Option var annotate: String?
    @OptionGroup var schemaOptions: SchemaOptions

    func run() throws {
        let schema = try schemaOptions.load()
        let importer = try FormImporter(schema: schema)
        let engine = mode == .import ? nil : RuleEngine(pack: try RulePack.load(schemaDirectory: schema.directory), schema: schema)
        WorkerLoop.run(FileExaminer(mode: mode, importer: importer, engine: engine, today: today, annotateInto: annotate))
    }
}

extension FileExaminer.Mode: ExpressibleByArgument {}

/// `--file-timeout`, `--memory-limit`: the limits a worker is held to on each file, shared by
/// every command that reads files through workers.
struct WorkerOptions: ParsableArguments {
    @Option(help: "Seconds one file may take before its worker is stopped and the file quarantined as timeout.")
    var fileTimeout = WorkerPool.Configuration.defaultFileTimeout
    @Option(help: "MiB of memory a worker may use on one file before it is stopped and the file quarantined as too_much_memory.")
    var memoryLimit = WorkerPool.Configuration.defaultMemoryLimit >> 20
    /// Reads in this process, without workers: for measuring what the process boundary
    /// costs. A crash in any file then ends the run.
    @Flag(help: .hidden) var inProcess = false

    func validate() throws {
        if fileTimeout <= 0 { throw ValidationError("--file-timeout must be more than 0 seconds") }
        if memoryLimit < 128 { throw ValidationError("--memory-limit must be at least 128 (MiB): a worker needs about 40 MiB before it reads a file") }
    }

    /// How files are read: in workers started as `starling worker` with this run's settings.
    func transport(_ examiner: FileExaminer, schema: URL, jobs: Int) -> WorkerPool.Transport {
        if inProcess { return .inProcess(examiner, threads: jobs) }
        return .processes(configuration(examiner, schema: schema, jobs: jobs))
    }

    func configuration(_ examiner: FileExaminer, schema: URL, jobs: Int) -> WorkerPool.Configuration {
        var arguments = ["worker", "--mode", examiner.mode.rawValue, "--today", examiner.today, "--schemas", schema.path]
        if let folder = examiner.annotateInto { arguments += ["--annotate", folder] }
        return WorkerPool.Configuration(arguments: arguments, workers: jobs, fileTimeout: fileTimeout, memoryLimit: memoryLimit << 20)
    }
}
