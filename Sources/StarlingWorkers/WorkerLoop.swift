import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The worker's side (`starling worker`): answers `ready`, then reads requests from standard
/// input and answers each file on standard output, until standard input ends (the parent
/// closed it, or died).
public enum WorkerLoop {
    public static func run(_ examiner: FileExaminer) -> Never {
        // The pipe to the parent is the real standard output; file descriptor 1 then points at
        // standard error, so nothing printed by a library can corrupt a message.
        let protocolOutput = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        // Ctrl-C reaches the whole process group; the parent decides when workers stop (it
        // closes their input), so a file in hand is not mistaken for a crash.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        watchParent()
        var channel = LineChannel(input: STDIN_FILENO, output: protocolOutput)
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        let hooks = TestHooks()
        guard channel.send(try! encoder.encode(WorkerReply.readyLine)) else { exit(0) }
        while let line = channel.readLine() {
            guard let request = try? decoder.decode(WorkerRequest.self, from: line) else {
                FileHandle.standardError.write(Data("starling worker: a message from the parent could not be read\n".utf8))
                exit(3)
            }
            for file in request.files {
                let reply = WorkerReply(ready: nil, id: file.id, file: examiner.examine(file, beforeParsing: hooks.apply))
                let data = (try? encoder.encode(reply))
                    ?? (try! encoder.encode(WorkerReply(ready: nil, id: file.id, file: ExaminedFile(
                        path: file.path, outcome: .failed(reason: .unreadable, message: "its record could not be encoded")))))
                guard channel.send(data) else { exit(0) }
            }
        }
        exit(0)
    }
}

extension WorkerLoop {
    /// A worker stuck in a file never reads the end of its input, so if its parent is killed
    /// (kill -9, a power-off of the session) it would run on alone: it checks every second
    /// that its parent is still the one that started it, and ends at once when not.
    static func watchParent() {
        let parent = getppid()
        let thread = Thread {
            while true {
                sleep(1)
                if getppid() != parent { _exit(0) }
            }
        }
        thread.start()
    }
}

/// Test hooks, honoured only by workers, so the supervision can be tested without relying on
/// a reader bug (which would be fixed): `STARLING_TEST_CRASH_ON=SUBSTRING` traps on a file
/// whose path contains it, `STARLING_TEST_HANG_ON=` sleeps forever on it, and
/// `STARLING_TEST_BLOAT_ON=` keeps allocating memory on it. Not documented for users.
struct TestHooks {
    let crashOn = ProcessInfo.processInfo.environment["STARLING_TEST_CRASH_ON"].flatMap { $0.isEmpty ? nil : $0 }
    let hangOn = ProcessInfo.processInfo.environment["STARLING_TEST_HANG_ON"].flatMap { $0.isEmpty ? nil : $0 }
    let bloatOn = ProcessInfo.processInfo.environment["STARLING_TEST_BLOAT_ON"].flatMap { $0.isEmpty ? nil : $0 }

    func apply(to path: String) {
        if let crashOn, path.contains(crashOn) { fatalError("STARLING_TEST_CRASH_ON") }
        if let hangOn, path.contains(hangOn) { while true { sleep(3600) } }
        if let bloatOn, path.contains(bloatOn) {
            var hoard: [[UInt8]] = []
            while true {
                hoard.append([UInt8](repeating: 1, count: 16 << 20))
                usleep(10_000)
            }
        }
    }
}
