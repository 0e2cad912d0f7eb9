import Foundation
import StarlingTestSupport
import Testing

/// The real `starling migrate`, run as a process the way a QA team runs it.
enum MigrateTool {
    /// The `starling` tool built beside the test bundle.
    static var tool: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("starling"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("starling"),
            StoreFixtures.root.appendingPathComponent(".build/debug/starling"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `starling migrate` on `folder` (2 jobs, batches of 10), killing it with SIGKILL
    /// after `delay` seconds if given; returns its status and the end of what it wrote to stderr.
    static func run(_ folder: URL, store: String, killAfter delay: Double?) throws -> (status: Int32, killed: Bool, errors: String) {
        let process = Process()
        process.executableURL = try #require(Self.tool, "the starling tool is not built (swift build)")
        // Small transactions, so a run killed part-way has committed some of its files.
        process.arguments = ["migrate", folder.path, "--store", store, "--jobs", "2", "--batch-size", "10", "--today", StoreFixtures.today,
                             "--schemas", RepositorySchema.directory.path]
        process.standardOutput = FileHandle.nullDevice
        // What the tool said, for the failure message when a run that should finish does not.
        let errors = folder.deletingLastPathComponent().appendingPathComponent("stderr-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let errorFile = try FileHandle(forWritingTo: errors)
        defer { try? errorFile.close(); try? FileManager.default.removeItem(at: errors) }
        process.standardError = errorFile
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
        let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        return (process.terminationStatus, killed, String(said.suffix(2000)))
    }
}
