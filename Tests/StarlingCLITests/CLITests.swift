import Foundation
import StarlingStore
import StarlingTestSupport
import Testing

/// The `starling` commands as a QA officer runs them: a batch goes on past a bad file and
/// names it, exit codes say what happened, each output format holds every file, and no
/// child's name or ID is written to the terminal.
@Suite struct CLITests {
    static let schemas = ["--schemas", RepositorySchema.directory.path]
    static let childName = "Tia Morgan", childID = "5067991"

    /// A folder with a completed audit, one with no overall judgement, a damaged file and a
    /// letter that is no form.
    static func batch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("starling-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try GeneratedAudit().docx().write(to: folder.appendingPathComponent("a-audit.docx"))
        var unjudged = GeneratedAudit(variant: 1)
        unjudged.overall = nil
        try unjudged.docx().write(to: folder.appendingPathComponent("b-no-judgement.docx"))
        try Data("PK\u{3}\u{4} this is not really a zip".utf8).write(to: folder.appendingPathComponent("c-damaged.docx"))
        try DocxBuilder(body: "<w:p><w:r><w:t>Dear parents, the school trip leaves at nine.</w:t></w:r></w:p>").data()
            .write(to: folder.appendingPathComponent("d-letter.docx"))
        return folder
    }

    /// Rows of CSV as Excel reads it: the store's own tracker reader.
    static func csvRows(_ text: String) -> [SheetRow] { CSVReader.rows(data: Data(text.utf8)) }

    static func expectNothingPersonal(_ run: StarlingTool.Run) {
        #expect(!run.errors.contains(childName) && !run.errors.contains(childID), "stderr names the child: \(run.errors)")
    }

    @Test func importGoesOnPastABadFileAndNamesIt() throws {
        let folder = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try StarlingTool.run(["import", folder.path] + Self.schemas)
        #expect(run.status == 1, "a file could not be read")
        #expect(run.errors.contains("c-damaged.docx: error: is not a Word document"), "\(run.errors)")
        #expect(run.errors.contains("d-letter.docx: warning: not a STARLIng form"), "\(run.errors)")
        Self.expectNothingPersonal(run)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(items.map { $0["kind"] as? String } == ["monthly_audit", "monthly_audit", "failed", "not_a_form"])
        #expect((items[2]["error"] as? [String: Any])?["reason"] as? String == "not_a_zip")
    }

    @Test func jsonLinesAndCSVHoldEveryFile() throws {
        let folder = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try StarlingTool.run(["import", folder.path, "--format", "jsonl"] + Self.schemas)
        let records = lines.output.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.count == 4 && records.allSatisfy { $0 != nil })

        let areas = folder.appendingPathComponent("areas.csv"), actions = folder.appendingPathComponent("actions.csv")
        let csv = try StarlingTool.run(["import", folder.path, "--format", "csv", "--csv-areas", areas.path, "--csv-actions", actions.path] + Self.schemas)
        let rows = Self.csvRows(csv.output)
        #expect(rows.count == 5, "a header and a row per file: \(rows.count)")
        #expect(rows.allSatisfy { $0.cells.count == rows[0].cells.count }, "every row has the header's columns")
        #expect(rows.dropFirst().filter { $0.cells.contains { $0?.text.hasSuffix("c-damaged.docx") == true } }.count == 1)
        // Two areas and one action on each of the two audits.
        #expect(Self.csvRows(try String(contentsOf: areas, encoding: .utf8)).count == 1 + 4)
        #expect(Self.csvRows(try String(contentsOf: actions, encoding: .utf8)).count == 1 + 2)
    }

    @Test func pseudonymisingNeedsAKeyAndGivesStableHashes() throws {
        let folder = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let audit = folder.appendingPathComponent("a-audit.docx").path
        let refused = try StarlingTool.run(["import", audit, "--pseudonymise"] + Self.schemas)
        #expect(refused.status == 2)
        #expect(refused.errors.contains("STARLING_PSEUDONYM_KEY"))

        func childID(key: String) throws -> String? {
            let run = try StarlingTool.run(["import", audit, "--pseudonymise"] + Self.schemas, environment: ["STARLING_PSEUDONYM_KEY": key])
            #expect(run.status == 0)
            #expect(!run.output.contains(Self.childName) && !run.output.contains(Self.childID))
            let items = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]]
            return (items?.first?["child"] as? [String: Any])?["id"] as? String
        }
        let first = try #require(try childID(key: "council secret"))
        #expect(try childID(key: "council secret") == first)
        #expect(try childID(key: "another council") != first)
    }

    @Test func validateSaysWhatToPutRightAndExitsByTheVerdict() throws {
        let folder = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let admissible = try StarlingTool.run(["validate", folder.appendingPathComponent("a-audit.docx").path, "--today", "2020-06-30"] + Self.schemas)
        #expect(admissible.status == 0, "\(admissible.output)")
        #expect(admissible.output.contains("a-audit.docx: admissible"))

        let unjudged = folder.appendingPathComponent("b-no-judgement.docx").path
        let text = try StarlingTool.run(["validate", unjudged, "--today", "2020-06-30"] + Self.schemas)
        #expect(text.status == 1)
        #expect(text.output.contains("b-no-judgement.docx: judgement.rating: blocking [AUD-002]"), "\(text.output)")
        #expect(text.output.contains("1 form checked: 0 admissible, 1 inadmissible"))
        Self.expectNothingPersonal(text)

        let json = try StarlingTool.run(["validate", unjudged, "--format", "json", "--today", "2020-06-30"] + Self.schemas)
        let verdicts = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(verdicts.first?["admissible"] as? Bool == false)
    }

    @Test func aMissingPathAndAnUnknownRuleAreClearErrors() throws {
        let missing = try StarlingTool.run(["import", "/no/such/folder"] + Self.schemas)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("/no/such/folder: error: no such file or folder"))
        let rule = try StarlingTool.run(["rules", "explain", "NOPE-1"])
        #expect(rule.status != 0)
        #expect(rule.errors.contains("no rule 'NOPE-1'"))
        let explained = try StarlingTool.run(["rules", "explain", "aud-005"])
        #expect(explained.status == 0)
        #expect(explained.output.hasPrefix("AUD-005: Inadequate with no category of concern"))
    }

    @Test func migrateThenStatsAndExportAccountForEveryFile() throws {
        let folder = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let forms = folder.appendingPathComponent("forms")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".docx") {
            try FileManager.default.moveItem(at: folder.appendingPathComponent(name), to: forms.appendingPathComponent(name))
        }
        let store = folder.appendingPathComponent("store.sqlite").path
        let migrate = try StarlingTool.run(["migrate", forms.path, "--store", store, "--today", "2020-06-30"] + Self.schemas)
        #expect(migrate.status == 0, "\(migrate.errors)")
        Self.expectNothingPersonal(migrate)
        // Not a terminal: plain progress lines, the last of them once.
        #expect(migrate.errors.components(separatedBy: "4/4 files").count == 2, "\(migrate.errors)")
        let again = try StarlingTool.run(["migrate", forms.path, "--store", store, "--today", "2020-06-30"] + Self.schemas)
        #expect(again.output.contains("unchanged:    4 (already in the store)"), "\(again.output)")
        #expect(again.output.contains("imported:     0"))

        let stats = try StarlingTool.run(["stats", "--store", store])
        #expect(stats.status == 0)
        for line in ["imported: 2", "quarantined: 2", "not_a_form: 1", "not_a_zip: 1", "admissible: 1", "inadmissible: 1"] {
            #expect(stats.output.contains(line), "\(line) missing from:\n\(stats.output)")
        }

        let exports = folder.appendingPathComponent("exports")
        let export = try StarlingTool.run(["export", "--store", store, "--format", "csv", "--out", exports.path])
        #expect(export.status == 0, "\(export.errors)")
        let records = try String(contentsOf: exports.appendingPathComponent("records.csv"), encoding: .utf8)
        #expect(Self.csvRows(records).count == 1 + 2)
    }
}

/// Ctrl-C during a migration: the run stops after committing what it has, says it was
/// interrupted (exit 130), and the next run finishes the job with nothing stored twice.
@Suite struct InterruptTests {
    @Test func ctrlCStopsCleanlyAndTheNextRunFinishes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("starling-ctrl-c-\(UUID().uuidString)")
        let forms = folder.appendingPathComponent("forms")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 0..<200 {
            var audit = GeneratedAudit(variant: index)
            audit.childID = String(6_000_000 + index)
            try audit.docx().write(to: forms.appendingPathComponent(String(format: "audit-%03d.docx", index)))
        }
        let arguments = { (store: String) in ["migrate", forms.path, "--store", store, "--batch-size", "10"] + CLITests.schemas }

        let started = Date()
        let whole = try StarlingTool.run(arguments(folder.appendingPathComponent("reference.sqlite").path))
        #expect(whole.status == 0)
        let seconds = Date().timeIntervalSince(started)

        let store = folder.appendingPathComponent("store.sqlite").path
        let stopped = try StarlingTool.run(arguments(store), killAfter: seconds * 0.4, signal: SIGINT)
        try #require(stopped.killed, "the migration finished before Ctrl-C came")
        #expect(stopped.status == 130, "\(stopped.errors)")
        #expect(stopped.output.contains("(interrupted: run again to finish)"), "\(stopped.output)")

        let finished = try StarlingTool.run(arguments(store))
        #expect(finished.status == 0)
        let done = try #require(finished.output.split(separator: "\n").first { $0.contains("unchanged:") })
        let unchanged = Int(done.split(separator: " ").compactMap { Int($0) }.first ?? -1)
        // What the stopped run committed is there and is not imported again; the rest is.
        #expect(unchanged > 0 && unchanged < 200, "\(finished.output)")
        #expect(finished.output.contains("imported:     \(200 - unchanged)"), "\(finished.output)")
    }
}
