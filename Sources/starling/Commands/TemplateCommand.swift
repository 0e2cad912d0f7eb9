import ArgumentParser
import Foundation
import StarlingForms
import StarlingSchema
import StarlingWorkers

/// `starling template`: onboarding a historic template (issue 13). `check` says, for blank
/// templates or completed forms, which fields the schema reads and how, and what it does not.
struct TemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template", abstract: "See which fields of a template (or of completed forms) Starling reads.",
        subcommands: [TemplateCheckCommand.self])
}

struct TemplateCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "For each form: its kind, every field with how it was read or that it was not, and the text that matched no field.",
        discussion: """
            Forms with the same labels are grouped as one template version, with the share of \
            its forms each field was read in. Text that matched no field is printed with its \
            place, so its label can be added to Schemas/forms/*.yaml. The text of completed forms \
            is personal data: run this on blank templates where you can.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "text (for a person) or json (for a script).") var format: Format = .text
    @Option(help: "Files read in parallel (default: the number of cores).") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @OptionGroup var workerOptions: WorkerOptions
    @OptionGroup var schemaOptions: SchemaOptions
    @Argument(help: "Templates or completed forms, or folders of them.") var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file or folder") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    private struct Output: Encodable {
        var forms: [TemplateCheck]
        var versions: [TemplateVersionSummary]
        var failed: [ImportOutcome]
    }

    func run() async throws {
        let schema = try schemaOptions.load()
        let importer = try FormImporter(schema: schema)
        let walk = FileWalker().walk(paths)
        for path in walk.missing { Diagnostics.error(path, "no such file or folder") }
        let examiner = FileExaminer(mode: .import, importer: importer, engine: nil, today: "")
        let pool = WorkerPool(workerOptions.transport(examiner, schema: schema.directory, jobs: jobs),
                              files: walk.files.enumerated().map { WorkerFile(id: $0.offset, path: $0.element) })
        var output = Output(forms: [], versions: [], failed: [])
        for try await (_, examined) in pool.results() {
            defer { pool.consumed() }
            switch examined.outcome {
            case .record(let json, _):
                let record = try JSONDecoder().decode(FormRecord.self, from: Data(json.utf8))
                output.forms.append(TemplateCheck(record: record, schema: schema))
            case .failed(let reason, let message):
                Diagnostics.error(examined.path, message)
                output.failed.append(.failure(file: examined.path, reason: reason, message: message))
            case .unchanged:
                continue
            }
        }
        output.versions = TemplateVersionSummary.summaries(output.forms)
        switch format {
        case .json: print(try JSONOutput.string(output))
        case .text: print(Self.text(output), terminator: "")
        }
        if !output.failed.isEmpty || !walk.missing.isEmpty { throw ExitCode(1) }
    }

    private static func text(_ output: Output) -> String {
        var text = ""
        for form in output.forms {
            let recognised = form.fields.filter(\.recognised)
            text += "\(form.file): \(form.kind.replacingOccurrences(of: "_", with: " ")), template version \(form.version): "
                + "\(recognised.count) of \(form.fields.count) fields recognised\n"
            for field in form.fields {
                if field.found {
                    text += "  read      \(field.key): \(field.how ?? "") at \(field.location ?? "")\n"
                } else if let label = field.labelLocation {
                    text += "  empty     \(field.key): its label at \(label), nothing written\n"
                } else {
                    text += "  not found \(field.key)\n"
                }
            }
            for unmatched in form.unmatched {
                text += "  no field  \"\(unmatched.text.prefix(80))\" at \(unmatched.location)\n"
            }
        }
        for version in output.versions {
            let always = version.read.filter { $0.value == 1 }.count
            let never = version.read.filter { $0.value == 0 }.keys.sorted()
            text += "\ntemplate version \(version.version): \(version.forms) form\(version.forms == 1 ? "" : "s"); "
                + "\(always) of \(version.read.count) fields recognised in every form"
                + (never.isEmpty ? "\n" : "; never found: \(never.joined(separator: ", "))\n")
            for (key, share) in version.read.sorted(by: { $0.key < $1.key }) where share > 0 && share < 1 {
                text += "  \(key): recognised in \(Int((share * 100).rounded())) % of its forms\n"
            }
        }
        return text
    }
}
