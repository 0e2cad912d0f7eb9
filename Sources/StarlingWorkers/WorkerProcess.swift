import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One worker: a child `starling worker` process with a pipe each way. Spawned with
/// posix_spawn, and every pipe end is close-on-exec, so no other worker inherits one: when a
/// worker dies its parent sees the end of its output at once.
final class WorkerProcess {
    let pid: pid_t
    private var channel: LineChannel
    private var reaped: Int32?

    /// How the process ended.
    enum Exit: Equatable {
        case signal(Int32)
        case status(Int32)
    }

    /// Pipes are made and workers spawned one at a time: a pipe end is close-on-exec only
    /// once `fcntl` has run, and a worker spawned in between would inherit it.
    private static let spawning = NSLock()

    init(executable: String, arguments: [String]) throws {
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0 else { throw WorkerError("cannot make a pipe for a worker: \(String(cString: strerror(errno)))") }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            throw WorkerError("cannot make a pipe for a worker: \(String(cString: strerror(errno)))")
        }
        for end in toChild + fromChild { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = Self.environment.map { strdup($0) } + [nil]
        defer { environment.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, nil, argv, environment)
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1]); close(fromChild[0])
            throw WorkerError("cannot start a worker (\(executable)): \(String(cString: strerror(spawned)))")
        }
        pid = child
        channel = LineChannel(input: fromChild[0], output: toChild[1])
    }

    /// This process's environment, with Swift's crash backtracer off unless the user set it:
    /// it keeps a crashed worker alive for seconds while it symbolicates (long enough to look
    /// like a hang), and would fill the log with a stack per crashing file. The runtime still
    /// prints the one-line reason.
    private static let environment: [String] = {
        var variables = ProcessInfo.processInfo.environment
        if variables["SWIFT_BACKTRACE"] == nil { variables["SWIFT_BACKTRACE"] = "enable=no" }
        return variables.map { "\($0.key)=\($0.value)" }
    }()

    deinit {
        close(channel.input)
        if channel.output >= 0 { close(channel.output) }
    }

    func send(_ request: WorkerRequest) -> Bool {
        guard let data = try? JSONEncoder().encode(request) else { return false }
        return channel.send(data)
    }

    enum Event {
        case line(Data)
        case ended
        case waiting
    }

    /// The next message, or `.waiting` after `milliseconds` with none.
    func next(waiting milliseconds: Int32) -> Event {
        if let line = channel.takeLine() { return .line(line) }
        switch channel.fill(waiting: milliseconds) {
        case .endOfFile: return .ended
        case .timedOut: return .waiting
        case .data: return channel.takeLine().map(Event.line) ?? .waiting
        }
    }

    /// Resident memory in bytes, from /proc (0 when it cannot be read).
    var residentBytes: Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    func kill() { _ = Glibc.kill(pid, SIGKILL) }

    /// Closes its input, so a healthy worker ends when it has answered what it holds.
    func closeInput() {
        if channel.output >= 0 {
            close(channel.output)
            channel.output = -1
        }
    }

    /// Waits for it to end and says how.
    func waitForExit() -> Exit {
        if reaped == nil {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            reaped = status
        }
        let status = reaped!
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS, spelt out: Swift does not import the macros.
        let signal = status & 0x7f
        if signal != 0, signal != 0x7f { return .signal(signal) }
        return .status((status >> 8) & 0xff)
    }
}

public struct WorkerError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
