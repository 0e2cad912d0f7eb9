import Foundation
import StarlingTestSupport
import Testing

/// `import` and `validate` read every file in a worker process: a file that crashes
/// Starling, or makes it use too much memory, is named on standard error and every other
/// file's output is still written. The crash is the test hook `STARLING_TEST_CRASH_ON`
/// (a `fatalError` in the worker), so these tests do not depend on any reader bug.
@Suite struct WorkerSupervisionTests {
    /// CLITests' batch plus a well-formed audit that the test hook makes crash.
    static func batchWithACrash() throws -> URL {
        let folder = try CLITests.batch()
        var audit = GeneratedAudit(variant: 5)
        audit.childID = "5067995"
        try audit.docx().write(to: folder.appendingPathComponent("e-crash-me.docx"))
        return folder
    }

    static let crash = ["STARLING_TEST_CRASH_ON": "crash-me"]

    @Test func importPrintsEveryOtherRecordWhenAFileCrashesTheReader() throws {
        let folder = try Self.batchWithACrash()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try StarlingTool.run(["import", folder.path, "--jobs", "2"] + CLITests.schemas, environment: Self.crash)
        #expect(run.status == 1)
        #expect(run.errors.contains("e-crash-me.docx: error: Starling crashed (signal 4) while reading; it crashed again when read alone in a fresh worker;"),
                "\(run.errors)")
        CLITests.expectNothingPersonal(run)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]], "\(run.output)")
        #expect(items.map { $0["kind"] as? String } == ["monthly_audit", "monthly_audit", "failed", "not_a_form", "failed"])
        #expect((items[4]["error"] as? [String: Any])?["reason"] as? String == "crashed")
    }

    @Test func validateChecksEveryOtherFormWhenOneCrashesTheReader() throws {
        let folder = try Self.batchWithACrash()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try StarlingTool.run(["validate", folder.path, "--today", "2020-06-30"] + CLITests.schemas, environment: Self.crash)
        #expect(run.status == 1)
        #expect(run.errors.contains("e-crash-me.docx: error: Starling crashed (signal 4) while reading;"), "\(run.errors)")
        #expect(run.output.contains("a-audit.docx: admissible"), "\(run.output)")
        #expect(run.output.contains("b-no-judgement.docx: judgement.rating: blocking [AUD-002]"), "\(run.output)")
        #expect(run.output.contains("3 forms checked: 1 admissible, 2 inadmissible, 2 unreadable"), "\(run.output)")
        CLITests.expectNothingPersonal(run)
    }

    @Test func aSingleFileThatCrashesIsReportedNotFatal() throws {
        let folder = try Self.batchWithACrash()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try StarlingTool.run(["import", folder.appendingPathComponent("e-crash-me.docx").path] + CLITests.schemas, environment: Self.crash)
        #expect(run.status == 1)
        #expect(run.errors.contains("e-crash-me.docx: error: Starling crashed (signal 4) while reading;"), "\(run.errors)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]], "\(run.output)")
        #expect(items.count == 1)
    }

    @Test func aFileThatTakesTooMuchMemoryIsStoppedAndNamed() throws {
        let folder = try Self.batchWithACrash()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try StarlingTool.run(["import", folder.path, "--memory-limit", "300", "--format", "jsonl"] + CLITests.schemas,
                                       environment: ["STARLING_TEST_BLOAT_ON": "crash-me"])
        #expect(run.status == 1)
        #expect(run.errors.contains("e-crash-me.docx: error: used more than the per-file memory limit of 300 MiB (--memory-limit)"), "\(run.errors)")
        #expect(run.output.split(separator: "\n").count == 5)
        #expect(run.output.contains("\"reason\":\"too_much_memory\""), "\(run.output)")
    }

    @Test func workersGiveTheSameRecordsAsReadingInProcess() throws {
        let samples = RepositoryRoot.url.appendingPathComponent("Samples").path
        let workers = try StarlingTool.run(["import", samples, "--format", "jsonl"] + CLITests.schemas)
        let inProcess = try StarlingTool.run(["import", samples, "--format", "jsonl", "--in-process"] + CLITests.schemas)
        #expect(workers.status == inProcess.status)
        #expect(!workers.output.isEmpty)
        #expect(workers.output == inProcess.output, "a record changed on its way through the pipe")
    }
}
