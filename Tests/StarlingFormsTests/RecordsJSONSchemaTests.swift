import Foundation
import StarlingDocument
import StarlingForms
import StarlingTestSupport
import Testing

/// What `import` writes conforms to the JSON Schema published for it
/// (`Schemas/records.schema.json`), checked by an independent validator (Python's
/// `jsonschema`, Draft 2020-12, which `make test` installs), so the two cannot drift apart.
@Suite struct RecordsJSONSchemaTests {
    /// A Python that can import `jsonschema`: Debian's (python3-jsonschema) or the one on PATH.
    static let python: String? = ["/usr/bin/python3", "python3"].first { candidate in
        (try? run(candidate, ["-c", "import jsonschema"]).status) == 0
    }

    static func run(_ python: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    static let validator = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
        for error in errors[:20]:
            # The message starts with the whole offending value; its end says what is wrong.
            for each in [error] + list(error.context):
                print("/".join(map(str, each.absolute_path)), each.message[-200:])
        sys.exit(1 if errors else 0)
        """

    /// Every kind of outcome: each sample and layout fixture, a not-a-form, a blank form and
    /// a file that could not be read.
    static func outcomes() throws -> [ImportOutcome] {
        let importer = RepositoryPaths.importer
        let folders = ["audits", "observations", "templates", "xml"].map { RepositoryPaths.samples.appendingPathComponent($0) } + [RepositoryPaths.layouts]
        var outcomes = try folders.flatMap { folder in
            try RepositoryPaths.files(in: folder, extensions: ["docx", "xml"]).map { ImportOutcome.record(try importer.importFile(at: $0.path).record) }
        }
        let letter = try DocxBuilder(body: "<w:p><w:r><w:t>Dear parents, the school trip leaves at nine.</w:t></w:r></w:p>").data()
        outcomes.append(.record(try importer.importData(letter, file: "letter.docx").record))
        outcomes.append(.record(try importer.importData(try GeneratedAudit.blank().docx(), file: "blank.docx").record))
        do {
            _ = try importer.importData(Data(), file: "empty.docx")
        } catch let error as DocumentError {
            outcomes.append(.failure(file: "empty.docx", reason: QuarantineReason(error.reason), message: error.message))
        }
        return outcomes
    }

    @Test func importOutputConformsToTheRecordsSchema() throws {
        let python = try #require(Self.python, "no Python with jsonschema: make test installs python3-jsonschema")
        let outcomes = try Self.outcomes()
        let kinds = outcomes.map { outcome -> String in if case .record(let record) = outcome { record.kind.rawValue } else { "failed" } }
        #expect(kinds.contains("not_a_form"))
        #expect(kinds.contains("failed"))
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("records-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let script = work.appendingPathComponent("validate.py")
        try Self.validator.write(to: script, atomically: true, encoding: .utf8)
        let schema = RepositoryPaths.schemas.appendingPathComponent("records.schema.json").path

        let output = work.appendingPathComponent("records.json")
        try JSONEncoder().encode(outcomes).write(to: output)
        let valid = try Self.run(python, [script.path, schema, output.path])
        #expect(valid.status == 0, "\(valid.output)")

        // The validator is strict: a key the schema does not describe is refused.
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [[String: Any]])
        object[0]["colour"] = "blue"
        try JSONSerialization.data(withJSONObject: object).write(to: output)
        let invalid = try Self.run(python, [script.path, schema, output.path])
        #expect(invalid.status == 1, "\(invalid.output)")
        #expect(invalid.output.contains("colour"))
    }
}
