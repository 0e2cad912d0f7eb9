import ArgumentParser
import Foundation
import StarlingDocument
import StarlingForms
import StarlingRules
import StarlingWorkers

/// `starling validate`: admissibility feedback before moderation.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check forms are admissible and give the auditor specific feedback.",
        discussion: "Exit code 0 when every form is admissible, 1 when any is inadmissible or unreadable, 2 for usage errors.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }

    @Option(help: "text (compiler-style lines), json, or html (a feedback letter per form).") var format: Format = .text
    @Option(name: .shortAndLong, help: "With html: the folder for the letters. Otherwise: a file for the output.") var out: String?
    @Option(help: "Write a copy of each .docx with every finding as a Word comment into this folder.") var annotate: String?
    @Option(help: "The date taken as today for future-date checks (YYYY-MM-DD).") var today: String?
    @Option(help: "Files read in parallel (default: the number of cores).") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @OptionGroup var workerOptions: WorkerOptions
    @OptionGroup var schemaOptions: SchemaOptions
    @Argument(help: "Files or folders to check.") var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file or folder") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if format == .html, out == nil { throw ValidationError("--format html needs --out FOLDER for the letters") }
    }

    func run() async throws {
        let schema = try schemaOptions.load()
        let importer = try FormImporter(schema: schema)
        let engine = RuleEngine(pack: try RulePack.load(schemaDirectory: schema.directory), schema: schema)
        let walk = FileWalker().walk(paths)
        for path in walk.missing { Diagnostics.error(path, "no such file or folder") }
        var failed = !walk.missing.isEmpty
        var results: [Validation] = []
        // Once per run: every form is judged against the same day (and a date formatter per
        // form cost more than some rules).
        let today = today ?? RuleEngine.today()
        let sink = format == .html ? nil : try OutputSink(path: out)
        defer { sink?.close() }
        let examiner = FileExaminer(mode: .validate, importer: importer, engine: engine, today: today, annotateInto: annotate)
        let pool = WorkerPool(workerOptions.transport(examiner, schema: schema.directory, jobs: jobs),
                              files: walk.files.enumerated().map { WorkerFile(id: $0.offset, path: $0.element) })
        // Each file is read and checked (and annotated) in a worker; results come in file order.
        for try await (_, examined) in pool.results() {
            defer { pool.consumed() }
            let file = examined.path
            guard case .record(let json, let checked) = examined.outcome, let validation = checked else {
                if case .failed(_, let message) = examined.outcome { Diagnostics.error(file, message) }
                failed = true
                continue
            }
            results.append(validation)
            if !validation.admissible { failed = true }
            switch format {
            case .text: FeedbackText.lines(for: validation).forEach { sink?.write($0 + "\n") }
            case .json: break
            case .html:
                let record = try JSONDecoder().decode(FormRecord.self, from: Data(json.utf8))
                try FileManager.default.createDirectory(atPath: out!, withIntermediateDirectories: true)
                let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension + "-feedback.html"
                try FeedbackLetter.html(for: validation, record: record, pack: engine.pack)
                    .write(toFile: (out! as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            if let target = examined.annotated { Diagnostics.note(file, "annotated copy written to \(target)") }
            if let problem = examined.annotationError {
                Diagnostics.error(file, "could not write an annotated copy: \(problem)")
                failed = true
            }
        }
        if format == .json { sink?.write(try JSONOutput.string(results) + "\n") }
        let admissible = results.filter(\.admissible).count
        let summary = "\(results.count) form\(results.count == 1 ? "" : "s") checked: \(admissible) admissible, \(results.count - admissible) inadmissible"
            + (walk.files.count > results.count ? ", \(walk.files.count - results.count) unreadable" : "")
        if format == .text { sink?.write(summary + "\n") } else { Diagnostics.write(summary) }
        if failed { throw ExitCode(1) }
    }
}
