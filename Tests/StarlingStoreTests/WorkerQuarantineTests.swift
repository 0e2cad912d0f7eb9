import Foundation
import StarlingStore
import StarlingTestSupport
import Testing

/// A crash, a hang or a killed worker cannot stop a migration: the file a worker stopped on
/// is quarantined (`crashed`, `timeout`), every other file is stored, a re-run leaves the
/// quarantined files alone and `--retry-quarantined` reads them again. The crash and the
/// hang are the workers' test hooks (`STARLING_TEST_CRASH_ON`, `STARLING_TEST_HANG_ON`).
@Suite(.serialized) struct WorkerQuarantineTests {
    static let hooks = ["STARLING_TEST_CRASH_ON": "crash-me", "STARLING_TEST_HANG_ON": "hang-me"]

    /// Samples' audits, a few generated ones, and one generated audit each to crash and hang on.
    static func folder(_ work: URL) throws -> (forms: URL, count: Int) {
        let forms = work.appendingPathComponent("forms")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
        let samples = RepositoryRoot.url.appendingPathComponent("Samples/audits")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".docx") }.sorted().prefix(4)
        for name in names {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(name), to: forms.appendingPathComponent(name))
        }
        for index in 0..<6 {
            try HistoricTree.audit(index).docx().write(to: forms.appendingPathComponent("generated-\(index).docx"))
        }
        try HistoricTree.audit(40).docx().write(to: forms.appendingPathComponent("b-crash-me.docx"))
        try HistoricTree.audit(41).docx().write(to: forms.appendingPathComponent("c-hang-me.docx"))
        return (forms, names.count + 8)
    }

    static func migrate(_ forms: URL, _ store: String, _ extra: [String] = [], environment: [String: String] = hooks) throws -> StarlingTool.Run {
        try StarlingTool.run(
            ["migrate", forms.path, "--store", store, "--jobs", "2", "--file-timeout", "6", "--today", StoreFixtures.today,
             "--schemas", RepositorySchema.directory.path] + extra,
            environment: environment)
    }

    /// path's last component → (outcome, quarantine reason) of its current version.
    static func outcomes(_ store: String) async throws -> [String: (outcome: String, reason: String?, version: Int)] {
        let opened = try await RecordStore.open(store)
        let rows = try await opened.database.query(
            "SELECT s.path, s.outcome, q.reason, s.version FROM source_files s LEFT JOIN quarantine q ON q.source_id = s.id WHERE s.is_current = 1", [])
        try await opened.close()
        var result: [String: (String, String?, Int)] = [:]
        for row in rows {
            result[(row[0].text! as NSString).lastPathComponent] = (row[1].text ?? "", row[2].text, Int(row[3].integer ?? 0))
        }
        return result
    }

    static func dump(_ store: String) async throws -> [String] {
        let opened = try await RecordStore.open(store)
        let lines = try await StoreFixtures.dump(opened)
        try await opened.close()
        return lines
    }

    @Test func aCrashAndAHangAreQuarantinedAndEveryOtherFormIsStored() async throws {
        let work = try StoreFixtures.temporaryFolder("workers")
        defer { try? FileManager.default.removeItem(at: work) }
        let (forms, count) = try Self.folder(work)
        let store = work.appendingPathComponent("store.sqlite").path

        let first = try Self.migrate(forms, store)
        #expect(first.status == 1, "a file crashed and one hung: \(first.errors)")
        #expect(first.errors.contains("b-crash-me.docx: error: Starling crashed (signal 4) while reading;"), "\(first.errors)")
        #expect(first.errors.contains("c-hang-me.docx: error: still reading after the per-file time limit of 6 s (--file-timeout)"), "\(first.errors)")
        #expect(first.output.contains("crashed: 1") && first.output.contains("timeout: 1"), "\(first.output)")
        var outcomes = try await Self.outcomes(store)
        #expect(outcomes.count == count, "every file is in the store once")
        #expect(outcomes["b-crash-me.docx"]?.reason == "crashed")
        #expect(outcomes["c-hang-me.docx"]?.reason == "timeout")
        for (name, stored) in outcomes where !name.contains("-me.") {
            #expect(stored.outcome == "imported", "\(name): \(stored)")
        }

        let before = try await Self.dump(store)
        let again = try Self.migrate(forms, store)
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.contains("unchanged:    \(count)"), "quarantined files are not read again: \(again.output)")
        #expect(try await Self.dump(store) == before)

        // Asked, it reads them again: without the hooks they are forms like the others.
        let retried = try Self.migrate(forms, store, ["--retry-quarantined"], environment: [:])
        #expect(retried.status == 0, "\(retried.errors)")
        #expect(retried.output.contains("(+2 new versions of changed files)"), "\(retried.output)")
        outcomes = try await Self.outcomes(store)
        #expect(outcomes["b-crash-me.docx"].map { $0.outcome == "imported" && $0.version == 2 } == true)
        #expect(outcomes["c-hang-me.docx"].map { $0.outcome == "imported" && $0.version == 2 } == true)
    }

    /// The worker processes of a running `starling migrate` (its children).
    static func children(of pid: pid_t) -> [pid_t] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "")
                .split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
    }

    @Test func aWorkerKilledPartWayCostsNoFile() async throws {
        let work = try StoreFixtures.temporaryFolder("kill-worker")
        defer { try? FileManager.default.removeItem(at: work) }
        let forms = work.appendingPathComponent("forms")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
        let count = 240
        for index in 0..<count {
            try HistoricTree.audit(index).docx().write(to: forms.appendingPathComponent(String(format: "audit-%03d.docx", index)))
        }
        let store = work.appendingPathComponent("store.sqlite").path
        let (status, killedPartWay, text) = try Self.migrateKillingAWorker(forms, store: store, work: work)
        #expect(killedPartWay, "the migration ended before a worker could be killed")
        // The file in hand is read again alone in a fresh worker, and succeeds.
        #expect(status == 0, "\(text)")
        #expect(text.contains("\(count) files seen") && text.contains("imported:     \(count)"), "\(text)")
        let opened = try await RecordStore.open(store)
        let rows = try await opened.database.query("SELECT COUNT(*), COUNT(DISTINCT path) FROM source_files", [])
        try await opened.close()
        #expect(rows.first?.map(\.description) == ["\(count)", "\(count)"], "every file stored exactly once")
    }

    /// Runs `starling migrate` and kills one of its workers with SIGKILL once they are going.
    static func migrateKillingAWorker(_ forms: URL, store: String, work: URL) throws -> (status: Int32, killedPartWay: Bool, output: String) {
        let process = Process()
        guard let tool = StarlingTool.url else { throw CocoaError(.fileNoSuchFile) }
        process.executableURL = tool
        process.arguments = ["migrate", forms.path, "--store", store, "--jobs", "2", "--batch-size", "10", "--today", StoreFixtures.today,
                             "--schemas", RepositorySchema.directory.path]
        let output = work.appendingPathComponent("output")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        // Wait for the workers, let them get going, then kill one as the OOM killer would.
        var victim: pid_t?
        for _ in 0..<400 where victim == nil {
            Thread.sleep(forTimeInterval: 0.05)
            victim = Self.children(of: process.processIdentifier).first
        }
        Thread.sleep(forTimeInterval: 0.7)
        let stillRunning = process.isRunning
        if let victim { kill(victim, SIGKILL) }
        process.waitUntilExit()
        try handle.close()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return (process.terminationStatus, victim != nil && stillRunning, text)
    }
}
