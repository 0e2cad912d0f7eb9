import ArgumentParser
import Foundation
import StarlingDocument
import StarlingForms
import StarlingRules

/// `starling validate`: admissibility feedback before moderation.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check forms are admissible and give the auditor specific feedback.",
        discussion: "Exit code 0 when every form is admissible, 1 when any is inadmissible or unreadable, 2 for usage errors.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }

    @Option(help: "text (compiler-style lines), json, or html (a feedback letter per form).") var format: Format = .text
    @Option(name: .shortAndLong, help: "With html: the folder for the letters. Otherwise: a file for the output.") var out: String?
    @Option(help: "Write a copy of each .docx with every finding as a Word comment into this folder.") var annotate: String?
    @Option(help: "The date taken as today for future-date checks (YYYY-MM-DD).") var today: String?
    @OptionGroup var schemaOptions: SchemaOptions
    @Argument(help: "Files or folders to check.") var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file or folder") }
        if format == .html, out == nil { throw ValidationError("--format html needs --out FOLDER for the letters") }
    }

    func run() throws {
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
        for file in walk.files {
            let imported: ImportedForm
            do {
                imported = try importer.importFile(at: file)
            } catch let error as DocumentError {
                Diagnostics.error(file, error.message)
                failed = true
                continue
            }
            let validation = engine.validate(imported, today: today)
            results.append(validation)
            if !validation.admissible { failed = true }
            switch format {
            case .text: FeedbackText.lines(for: validation).forEach { sink?.write($0 + "\n") }
            case .json: break
            case .html:
                try FileManager.default.createDirectory(atPath: out!, withIntermediateDirectories: true)
                let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension + "-feedback.html"
                try FeedbackLetter.html(for: validation, record: imported.record, pack: engine.pack)
                    .write(toFile: (out! as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            if let annotate, imported.document != nil {
                do {
                    let target = try DocxAnnotator().annotate(file: file, findings: validation.findings, into: annotate)
                    Diagnostics.note(file, "annotated copy written to \(target)")
                } catch {
                    Diagnostics.error(file, "could not write an annotated copy: \(error)")
                    failed = true
                }
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
