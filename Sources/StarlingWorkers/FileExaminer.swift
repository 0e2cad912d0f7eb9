import Foundation
import StarlingDocument
import StarlingForms
import StarlingRules

/// The work done on one file — read the package, build the document model, map the form,
/// run the rules — for `import`, `validate` and `migrate` alike. It runs inside a worker
/// process (or in-process when asked, for measuring), so a trap in any of it costs one file.
public struct FileExaminer: Sendable {
    public enum Mode: String, Codable, Sendable, CaseIterable {
        /// The record only.
        case `import`
        /// The record and its validation (blank forms and non-forms too).
        case validate
        /// The store's view: unchanged bytes skipped, lock files, non-forms and blank forms
        /// quarantined, forms validated.
        case migrate
    }

    public let mode: Mode
    public let importer: FormImporter
    public let engine: RuleEngine?
    public let today: String
    /// `validate --annotate FOLDER`.
    public let annotateInto: String?

    public init(mode: Mode, importer: FormImporter, engine: RuleEngine?, today: String, annotateInto: String? = nil) {
        self.mode = mode
        self.importer = importer
        self.engine = engine
        self.today = today
        self.annotateInto = annotateInto
    }

    /// The stored record's JSON: keys sorted, so two runs store the same text.
    public static func recordJSON(_ record: FormRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    /// `beforeParsing`: the workers' test hooks, run where a reader bug would strike (after
    /// the check for unchanged bytes).
    public func examine(_ file: WorkerFile, beforeParsing: (String) -> Void = { _ in }) -> ExaminedFile {
        let path = file.path
        let data: Data
        do {
            data = try InputFile.read(path: path, maxSize: importer.options.maxFileSize)
        } catch {
            return ExaminedFile(path: path, outcome: Self.failure(error))
        }
        let sha = ContentHash.sha256Hex(data)
        var result = ExaminedFile(path: path, size: data.count, sha256: sha, outcome: .unchanged)
        if let previous = file.previousSHA256, previous == sha { return result }
        if file.isLockFile {
            result.outcome = .failed(reason: .wordLockFile, message: "a Word lock file (~$), left behind while a form was open; not a form")
            return result
        }
        beforeParsing(path)
        do {
            let imported = try importer.importData(data, file: path, sha256: sha)
            let record = imported.record
            var validation: Validation?
            switch mode {
            case .import: break
            case .validate: validation = engine?.validate(imported, today: today)
            case .migrate:
                if record.kind != .notAForm, !record.isBlank { validation = engine?.validate(imported, today: today) }
            }
            result.outcome = .record(json: try Self.recordJSON(record), validation: validation)
            if let annotateInto, let validation, imported.document != nil {
                do {
                    result.annotated = try DocxAnnotator().annotate(file: path, findings: validation.findings, into: annotateInto)
                } catch {
                    result.annotationError = "\(error)"
                }
            }
        } catch {
            result.outcome = Self.failure(error)
        }
        return result
    }

    static func failure(_ error: any Error) -> ExaminedFile.Outcome {
        if let error = error as? DocumentError { return .failed(reason: QuarantineReason(error.reason), message: error.message) }
        return .failed(reason: .unreadable, message: "\(error)")
    }
}
