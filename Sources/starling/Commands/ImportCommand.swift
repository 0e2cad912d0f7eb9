import ArgumentParser
import Foundation
import StarlingDocument
import StarlingForms
import StarlingSchema
import StarlingWorkers

/// `starling import`: forms to structured records.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read completed forms (Word or XML) into structured records.",
        discussion: """
            Folders are read recursively. Files that cannot be read are reported on standard \
            error and in the output, and the batch goes on; each file is read in a worker process, \
            so one that crashes Starling, hangs or uses too much memory is reported the same way.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, csv }

    @Option(help: "Output format: json (an array), jsonl (one record per line) or csv (one row per form).")
    var format: Format = .json
    @Option(name: .shortAndLong, help: "Write the output here instead of standard output.") var out: String?
    @Option(name: .customLong("csv-areas"), help: "With csv: also write one row per area of practice to this file.") var csvAreas: String?
    @Option(name: .customLong("csv-actions"), help: "With csv: also write one row per action to this file.") var csvActions: String?
    @OptionGroup var pseudonymOptions: PseudonymOptions
    @Option(help: "Files read in parallel (default: the number of cores).") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @OptionGroup var workerOptions: WorkerOptions
    @OptionGroup var schemaOptions: SchemaOptions
    @Argument(help: "Files or folders to read.") var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file or folder") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if format != .csv, csvAreas != nil || csvActions != nil { throw ValidationError("--csv-areas and --csv-actions go with --format csv") }
    }

    func run() async throws {
        let importer = try FormImporter(schema: try schemaOptions.load())
        let walk = FileWalker().walk(paths)
        for path in walk.missing { Diagnostics.error(path, "no such file or folder") }
        for skipped in walk.skipped { Diagnostics.warning(skipped.path, "skipped: \(skipped.reason)") }
        let pseudonymiser = pseudonymOptions.pseudonymiser

        // JSON and JSON Lines are written as each file is read, so memory stays flat however
        // many files there are; CSV needs every record's columns before its header.
        let sink = try OutputSink(path: out)
        defer { sink.close() }
        var kept: [ImportOutcome] = []
        var failed = false
        var count = 0
        if format == .json { sink.write("[\n") }
        let examiner = FileExaminer(mode: .import, importer: importer, engine: nil, today: "")
        let pool = WorkerPool(workerOptions.transport(examiner, schema: importer.schema.directory, jobs: jobs),
                              files: walk.files.enumerated().map { WorkerFile(id: $0.offset, path: $0.element) })
        // Results come in file order, whichever worker read them.
        for try await (_, examined) in pool.results() {
            defer { pool.consumed() }
            let file = examined.path
            let outcome: ImportOutcome
            switch examined.outcome {
            case .record(let json, _):
                var record = try JSONDecoder().decode(FormRecord.self, from: Data(json.utf8))
                if let pseudonymiser { record = pseudonymiser.apply(to: record) }
                if record.kind == .notAForm { Diagnostics.warning(file, record.notAFormReason ?? "not a STARLIng form") }
                outcome = .record(record)
            case .failed(let reason, let message):
                Diagnostics.error(file, message)
                outcome = .failure(file: file, reason: reason, message: message)
                failed = true
            case .unchanged:
                continue  // only a migration asks whether bytes are unchanged
            }
            switch format {
            case .json: sink.write((count == 0 ? "" : ",\n") + (try JSONOutput.string(outcome)))
            case .jsonl: sink.write(try JSONOutput.string(outcome, pretty: false) + "\n")
            case .csv: kept.append(outcome)
            }
            count += 1
        }
        switch format {
        case .json:
            sink.write("\n]\n")
        case .jsonl:
            break
        case .csv:
            let tables = try RecordTables(outcomes: kept, schema: importer.schema)
            sink.write(tables.forms.rendered())
            if let csvAreas { try tables.areas.rendered().write(toFile: csvAreas, atomically: true, encoding: .utf8) }
            if let csvActions { try tables.actions.rendered().write(toFile: csvActions, atomically: true, encoding: .utf8) }
        }
        if !walk.missing.isEmpty || failed { throw ExitCode(1) }
    }
}
