import Foundation
import Testing

/// The `starling` command-line tool, run as a process the way a QA team runs it.
public enum StarlingTool {
    /// The tool built beside the test bundle (`swift build --build-tests` builds it too).
    public static var url: URL? {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0])
        let candidates = [
            bundle.deletingLastPathComponent().appendingPathComponent("starling"),
            bundle.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("starling"),
            RepositoryRoot.url.appendingPathComponent(".build/debug/starling"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A run in progress, for a test that decides when to stop it by what the tool has done.
    public final class Running {
        let process: Process
        let folder: URL
        let out: FileHandle, err: FileHandle
        public private(set) var killed = false

        init(process: Process, folder: URL, out: FileHandle, err: FileHandle) {
            (self.process, self.folder, self.out, self.err) = (process, folder, out, err)
        }

        public var isRunning: Bool { process.isRunning }

        /// Sends `signal` if the tool is still running.
        public func kill(_ signal: Int32 = SIGKILL) {
            guard process.isRunning else { return }
            Foundation.kill(process.processIdentifier, signal)
            killed = true
        }

        public func wait() -> Run {
            process.waitUntilExit()
            defer {
                try? out.close(); try? err.close()
                try? FileManager.default.removeItem(at: folder)
            }
            return Run(status: process.terminationStatus,
                       output: (try? String(contentsOf: folder.appendingPathComponent("stdout"), encoding: .utf8)) ?? "",
                       errors: (try? String(contentsOf: folder.appendingPathComponent("stderr"), encoding: .utf8)) ?? "", killed: killed)
        }
    }

    /// Starts `starling ARGUMENTS` and returns at once (see `run` for the environment).
    public static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Running {
        let process = Process()
        process.executableURL = try #require(url, "the starling tool is not built (swift build)")
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        inherited.removeValue(forKey: "STARLING_PSEUDONYM_KEY")
        process.environment = inherited.merging(environment) { _, new in new }
        // Files rather than pipes: a pipe that fills while the tool writes would stall it.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("starling-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return Running(process: process, folder: folder, out: out, err: err)
    }

    public struct Run: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
        /// Whether it was still running when `killAfter` came, and was sent the signal.
        public var killed: Bool
    }

    /// Runs `starling ARGUMENTS` with `environment` added to this process's (minus any
    /// STARLING_PSEUDONYM_KEY, so a test sets it only when it means to). With `killAfter`,
    /// sends `signal` (SIGKILL unless said) after that many seconds if it is still running.
    public static func run(_ arguments: [String], environment: [String: String] = [:], killAfter delay: Double? = nil,
                           signal: Int32 = SIGKILL) throws -> Run {
        let running = try start(arguments, environment: environment)
        if let delay {
            Thread.sleep(forTimeInterval: delay)
            running.kill(signal)
        }
        return running.wait()
    }

}
