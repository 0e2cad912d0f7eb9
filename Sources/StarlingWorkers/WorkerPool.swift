import Foundation
import StarlingDocument
import StarlingForms
#if canImport(Glibc)
import Glibc
#endif

/// Hands files to worker processes and supervises them, as Apache Tika's server does with
/// its forked child: Swift traps (overflow, index out of range, force-unwrap) cannot be
/// caught in-process, so the reading happens where a trap costs one file, not the batch.
///
/// A worker that dies, runs past the per-file time limit or grows past the memory limit has
/// the file it was on answered as `crashed`, `timeout` or `too_much_memory`, and is replaced;
/// the files it held after that one are handed out again (they were never answered, so none
/// is lost or counted twice). A crash is tried once more alone in a fresh worker before it
/// counts, so a worker killed from outside (the OOM killer, an operator) costs no file.
///
/// Results come out in file order, whatever order workers finish in; at most `window` files
/// are out at once, so a slow consumer (a database) holds back the workers, not memory.
public final class WorkerPool: @unchecked Sendable {
    public struct Configuration: Sendable {
        /// The `starling` binary and the arguments that make it a worker.
        public var executable: String
        public var arguments: [String]
        public var workers: Int
        /// Seconds one file may take.
        public var fileTimeout: Double
        /// Bytes of resident memory a worker may use.
        public var memoryLimit: Int

        public static let defaultFileTimeout = 60.0
        public static let defaultMemoryLimit = 2 << 30

        public init(executable: String = Configuration.runningExecutable, arguments: [String], workers: Int,
                    fileTimeout: Double = defaultFileTimeout, memoryLimit: Int = defaultMemoryLimit) {
            self.executable = executable
            self.arguments = arguments
            self.workers = max(1, workers)
            self.fileTimeout = fileTimeout
            self.memoryLimit = memoryLimit
        }

        /// This process's own binary, so workers are exactly the code that started them.
        public static var runningExecutable: String {
            if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
            return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.resolvingSymlinksInPath().path
        }
    }

    public enum Transport: Sendable {
        case processes(Configuration)
        /// No isolation: a trap ends the run. For measuring what the process boundary costs.
        case inProcess(FileExaminer, threads: Int)
    }

    private struct Item {
        var file: WorkerFile
        /// Fresh workers it has been handed to.
        var tries = 0
        /// Sent alone, so a crash is pinned on it and no other file.
        var alone = false
    }

    private let transport: Transport
    private let condition = NSCondition()
    private var queue: [Item]
    private var nextFresh = 0
    private var retries: [Item] = []
    private var inFlight = 0
    private var outstanding = 0
    private var stopped = false
    private var failure: (any Error)?
    private var ready: [Int: ExaminedFile] = [:]
    private var order: [Int]
    private var nextToYield = 0
    private var threadsLeft = 0
    private var continuation: AsyncThrowingStream<(Int, ExaminedFile), any Error>.Continuation?
    private let window: Int
    private let workers: Int

    /// `files` ids must be distinct; results come out in the order given.
    public init(_ transport: Transport, files: [WorkerFile]) {
        self.transport = transport
        queue = files.map { Item(file: $0) }
        order = files.map(\.id)
        switch transport {
        case .processes(let configuration): workers = configuration.workers
        case .inProcess(_, let threads): workers = max(1, threads)
        }
        window = max(64, workers * 32)
    }

    /// Starts the workers; every file comes out exactly once, in order. Throws only when a
    /// worker cannot be started at all (then no file is pinned on it).
    public func results() -> AsyncThrowingStream<(Int, ExaminedFile), any Error> {
        let (stream, continuation) = AsyncThrowingStream<(Int, ExaminedFile), any Error>.makeStream()
        condition.withLock {
            self.continuation = continuation
            threadsLeft = min(workers, max(1, queue.count))
        }
        if queue.isEmpty {
            continuation.finish()
            return stream
        }
        for _ in 0..<min(workers, queue.count) {
            let thread = Thread { [self] in slot() }
            thread.stackSize = 8 << 20
            thread.start()
        }
        return stream
    }

    /// The consumer has handled one result: another file may be handed out.
    public func consumed() {
        condition.withLock {
            outstanding -= 1
            condition.broadcast()
        }
    }

    /// No more files are handed out; those in hand are still answered.
    public func stop() {
        condition.withLock {
            stopped = true
            condition.broadcast()
        }
    }

    // MARK: Handing out

    /// The next files for a worker, or nil when there will be none.
    private func take() -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if failure != nil { return nil }
            if !retries.isEmpty {
                inFlight += 1
                if retries[0].alone { return [retries.removeFirst()] }
                var batch: [Item] = []
                while !retries.isEmpty, !retries[0].alone { batch.append(retries.removeFirst()) }
                return batch
            }
            let fresh = queue.count - nextFresh
            if fresh > 0, !stopped, outstanding < window {
                // Smaller messages near the end, so the last files spread over every worker.
                let size = min(8, max(1, fresh / (workers * 4)), window - outstanding)
                let batch = Array(queue[nextFresh..<(nextFresh + size)])
                nextFresh += size
                outstanding += size
                inFlight += 1
                return batch
            }
            // Nothing to hand out now: done, unless a worker in flight may give files back.
            if inFlight == 0, fresh == 0 || stopped { return nil }
            condition.wait()
        }
    }

    /// Files handed back after their worker died, first in line for the next worker.
    private func giveBack(_ items: [Item]) {
        retries.insert(contentsOf: items, at: retries.startIndex)
        retries.sort { $0.file.id < $1.file.id }
    }

    private func finishBatch(returning items: [Item] = []) {
        condition.withLock {
            inFlight -= 1
            giveBack(items)
            condition.broadcast()
        }
    }

    private func deliver(_ id: Int, _ file: ExaminedFile) {
        condition.withLock {
            ready[id] = file
            while nextToYield < order.count, let next = ready.removeValue(forKey: order[nextToYield]) {
                continuation?.yield((order[nextToYield], next))
                nextToYield += 1
            }
        }
    }

    private func slotEnded(_ error: (any Error)? = nil) {
        condition.withLock {
            if let error, failure == nil { failure = error }
            threadsLeft -= 1
            condition.broadcast()
            if threadsLeft == 0 {
                if let failure { continuation?.finish(throwing: failure) } else { continuation?.finish() }
                continuation = nil
            }
        }
    }

    // MARK: One worker's loop

    private func slot() {
        // A write to a worker that has just died fails with EPIPE on this thread instead of
        // raising SIGPIPE, which would end the whole process.
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
        switch transport {
        case .inProcess(let examiner, _):
            while let batch = take() {
                for item in batch { deliver(item.file.id, examiner.examine(item.file)) }
                finishBatch()
            }
            slotEnded()
        case .processes(let configuration):
            var worker: WorkerProcess?
            while let batch = take() {
                do {
                    if worker == nil { worker = try Self.start(configuration) }
                } catch {
                    finishBatch(returning: batch)
                    slotEnded(error)
                    return
                }
                if let ending = run(batch, on: worker!, configuration) {
                    worker!.kill()
                    _ = worker!.waitForExit()
                    worker = nil
                    finishBatch(returning: ending)
                } else {
                    finishBatch()
                }
            }
            if let worker {
                worker.closeInput()
                _ = worker.waitForExit()
            }
            slotEnded()
        }
    }

    /// Starts a worker and waits for it to say it is ready (it has loaded the schema).
    private static func start(_ configuration: Configuration) throws -> WorkerProcess {
        let worker = try WorkerProcess(executable: configuration.executable, arguments: configuration.arguments)
        let deadline = Date().addingTimeInterval(max(60, configuration.fileTimeout))
        while Date() < deadline {
            switch worker.next(waiting: 200) {
            case .line(let line):
                if (try? JSONDecoder().decode(WorkerReply.self, from: line))?.ready == true { return worker }
            case .ended:
                let exit = worker.waitForExit()
                throw WorkerError("a worker could not start (\(exit == .status(0) ? "it stopped" : "\(exit)")); see the messages above")
            case .waiting:
                continue
            }
        }
        worker.kill()
        _ = worker.waitForExit()
        throw WorkerError("a worker did not start within \(Int(max(60, configuration.fileTimeout))) s")
    }

    /// The answer for a file a worker stopped on. Its bytes are hashed here (reading and
    /// hashing is safe; parsing is what failed), so a re-run knows it and leaves it alone.
    private static func quarantined(_ path: String, _ failure: WorkerFailure, tries: Int) -> ExaminedFile {
        var file = ExaminedFile(path: path, outcome: .failed(reason: failure.reason, message: failure.message(tries: tries)))
        if let data = try? InputFile.read(path: path, maxSize: Int.max) {
            file.size = data.count
            file.sha256 = ContentHash.sha256Hex(data)
        }
        return file
    }

    /// Sends `batch` and delivers each answer. Returns nil when every file was answered; else
    /// the worker must go, and what is returned is handed out again.
    private func run(_ batch: [Item], on worker: WorkerProcess, _ configuration: Configuration) -> [Item]? {
        let decoder = JSONDecoder()
        var answered = 0
        var started = Date()
        var memoryChecked = Date()
        var failed: WorkerFailure?
        if !worker.send(WorkerRequest(files: batch.map(\.file))) {
            failed = .crashed(worker.waitForExit())
        }
        while failed == nil, answered < batch.count {
            switch worker.next(waiting: 100) {
            case .line(let line):
                guard let reply = try? decoder.decode(WorkerReply.self, from: line), reply.id == batch[answered].file.id,
                      let file = reply.file else {
                    // Half a message: it died writing, or something else wrote to its output.
                    failed = .crashed(.status(-1))
                    break
                }
                deliver(batch[answered].file.id, file)
                answered += 1
                started = Date()
                // Also between quick answers: a worker grown past the limit over many files (no
                // one file to blame) is replaced, and the files it held go to the new one.
                if started.timeIntervalSince(memoryChecked) > 0.1 {
                    memoryChecked = started
                    if answered < batch.count, worker.residentBytes > configuration.memoryLimit { return Array(batch[answered...]) }
                }
            case .ended:
                failed = .crashed(worker.waitForExit())
            case .waiting:
                if Date().timeIntervalSince(started) > configuration.fileTimeout {
                    failed = .timeout(seconds: configuration.fileTimeout)
                } else if worker.residentBytes > configuration.memoryLimit {
                    failed = .tooMuchMemory(bytes: configuration.memoryLimit)
                }
                memoryChecked = Date()
            }
        }
        guard let failed else { return nil }
        var culprit = batch[answered]
        culprit.tries += 1
        var again = Array(batch[(answered + 1)...])
        if case .crashed = failed, culprit.tries < 2 {
            culprit.alone = true
            again.insert(culprit, at: 0)
        } else {
            deliver(culprit.file.id, Self.quarantined(culprit.file.path, failed, tries: culprit.tries))
        }
        return again
    }
}
