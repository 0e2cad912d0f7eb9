import Foundation
import StarlingStore
import StarlingTestSupport
import Testing

/// `kill -9` a real `starling migrate` part-way, several times at different points, then
/// let it finish: the store must equal one made by an uninterrupted run.
@Suite(.serialized) struct CrashTests {
    /// The `starling` tool built beside the test bundle.
    static var tool: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("starling"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("starling"),
            StoreFixtures.root.appendingPathComponent(".build/debug/starling"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func migrate(_ folder: URL, store: String, killAfter delay: Double?) throws -> (status: Int32, killed: Bool) {
        let process = Process()
        process.executableURL = try #require(Self.tool, "the starling tool is not built (swift build)")
        // Small transactions, so a run killed part-way has committed some of its files.
        process.arguments = ["migrate", folder.path, "--store", store, "--jobs", "2", "--batch-size", "10", "--today", StoreFixtures.today,
                             "--schemas", RepositorySchema.directory.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var killed = false
        if let delay {
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed = true
            }
        }
        process.waitUntilExit()
        return (process.terminationStatus, killed)
    }

    @Test(arguments: Backend.allCases)
    func aKilledMigrationFinishesWithTheSameStore(_ backend: Backend) async throws {
        let work = try StoreFixtures.temporaryFolder("crash")
        defer { try? FileManager.default.removeItem(at: work) }
        let forms = work.appendingPathComponent("forms")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: true)
        for index in 0..<300 {
            try HistoricTree.audit(index).docx().write(to: forms.appendingPathComponent(String(format: "audit-%03d.docx", index)))
        }
        for index in 0..<10 {  // copies, so duplicate decisions are part of what must come out the same
            try FileManager.default.copyItem(at: forms.appendingPathComponent(String(format: "audit-%03d.docx", index * 3)),
                                             to: forms.appendingPathComponent("copy-\(index).docx"))
        }

        let reference = try await StoreFixtures.newStore(backend, in: work.appendingPathComponent("reference"))
        if backend == .sqlite { try FileManager.default.createDirectory(at: work.appendingPathComponent("reference"), withIntermediateDirectories: true) }
        let started = Date()
        #expect(try migrate(forms, store: reference, killAfter: nil).status == 0)
        // Kill points as shares of an uninterrupted run, so they land part-way on any machine
        // and build: each resumed run goes on from where the last was killed.
        let whole = Date().timeIntervalSince(started)

        let crashed = try await StoreFixtures.newStore(backend, in: work)
        var kills = 0
        for share in [0.3, 0.25, 0.2, 0.15] {
            if try migrate(forms, store: crashed, killAfter: whole * share).killed { kills += 1 }
        }
        #expect(kills >= 3, "the migration finished before it could be killed")
        // The kills fell part-way: some files were stored, not all.
        let interrupted = try await RecordStore.open(crashed)
        let stored = try await interrupted.database.query("SELECT COUNT(*) FROM source_files", []).first?.first
        try await interrupted.close()
        if case .integer(let count)? = stored { #expect(count > 0 && count < 310) } else { Issue.record("no count: \(String(describing: stored))") }
        #expect(try migrate(forms, store: crashed, killAfter: nil).status == 0)

        let expected = try await RecordStore.open(reference)
        let actual = try await RecordStore.open(crashed)
        let a = try await StoreFixtures.dump(actual)
        let b = try await StoreFixtures.dump(expected)
        #expect(a.count == b.count)
        #expect(a == b, "first difference: \(zip(a, b).first { $0 != $1 }.map { "\($0.0.prefix(200)) vs \($0.1.prefix(200))" } ?? "count")")
        try await actual.close()
        try await expected.close()
    }
}
