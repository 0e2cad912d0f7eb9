import Foundation
import StarlingDocument
import StarlingForms
import StarlingRules
import StarlingWorkers

/// Migrates folders of historic forms into a store: imports and validates on all cores,
/// writes in file order in batched transactions, and is idempotent and resumable — a file
/// already stored with the same content is skipped, a changed one becomes a new version of
/// its path, and an interrupted run leaves only whole files behind.
public struct Migrator: Sendable {
    public let store: RecordStore
    public let importer: FormImporter
    public let engine: RuleEngine
    public var jobs: Int
    public var today: String
    /// Files per transaction.
    public var batchSize = 200
    /// The worker processes files are read in, so a crash, a hang or a runaway allocation
    /// costs one file; nil reads in this process (the store's own tests, and measuring what
    /// the process boundary costs).
    public var workers: WorkerPool.Configuration?
    /// Reads files quarantined by an earlier run again, rather than leaving them as they are.
    public var retryQuarantined = false

    public init(store: RecordStore, importer: FormImporter, engine: RuleEngine, jobs: Int, today: String) {
        self.store = store
        self.importer = importer
        self.engine = engine
        self.jobs = max(1, jobs)
        self.today = today
    }

    /// What the worker found for one file.
    private enum Work: Sendable {
        case unchanged(id: String)
        case stored(StoredFile)
    }

    public func run(
        paths: [String], progress: @Sendable (MigrationSummary) -> Void = { _ in },
        shouldStop: @Sendable () -> Bool = { false }
    ) async throws -> MigrationSummary {
        let started = Date()
        let walk = FileWalker().walk(paths)
        for path in walk.missing { throw StoreError("'\(path)': no such file or folder") }
        // Lock files are seen and quarantined without being read as forms.
        let files = (walk.files + walk.skipped.map(\.path)).sorted()
        let lockFiles = Set(walk.skipped.map(\.path))
        var summary = MigrationSummary()
        summary.seen = files.count
        var known = try await store.knownSources()
        var owners = try await store.contentOwners()
        var pending = WriteBatch()
        var pendingFiles = 0
        let now = Timestamp.now()

        // One batch is written while the workers go on with the next: waiting for the
        // database left the cores idle. At most one write is in flight, so batches are
        // committed in order and memory stays bounded.
        var writing: Task<Void, any Error>?
        func flush() async throws {
            guard !pending.isEmpty else { return }
            let batch = pending.take()
            pendingFiles = 0
            try await writing?.value
            let database = store.database
            writing = Task { try await database.execute(batch) }
        }

        let work = files.enumerated().map { index, path in
            // A quarantined file is known by its bytes like any other and not read again,
            // unless asked: a newer Starling may read what an older one could not.
            let previous = known[path].flatMap { retryQuarantined && $0.isQuarantined ? nil : $0 }
            return WorkerFile(id: index, path: path, previousSHA256: previous?.sha256, isLockFile: lockFiles.contains(path))
        }
        let transport: WorkerPool.Transport = workers.map { .processes($0) }
            ?? .inProcess(FileExaminer(mode: .migrate, importer: importer, engine: engine, today: today), threads: jobs)
        let pool = WorkerPool(transport, files: work)
        // The pool hands results over in file order, so duplicates and versions are decided
        // the same way in every run, however the workers finish.
        for try await (index, examined) in pool.results() {
            if shouldStop() { pool.stop() }
            let path = files[index]
            switch try Self.stored(examined) {
            case nil:
                summary.unchanged += 1
                if let id = known[path]?.id {
                    pending.add(.touchUnchanged, SQLStatement("UPDATE source_files SET last_seen = ? WHERE id = ?", [.text(now), .text(id)]))
                }
            case let file?:
                let place = file.placement(previous: known[file.path], owners: owners)
                file.write(place, now: now, into: &pending)
                known[file.path] = RecordStore.KnownSource(id: place.id, version: place.version, sha256: file.sha256, isQuarantined: !file.isRecord)
                if place.duplicateOf != nil {
                    summary.duplicates += 1
                } else {
                    if file.isRecord { owners[file.sha256] = place.id }
                    switch file.content {
                    case .quarantined(let reason, let message):
                        summary.quarantined[reason.rawValue, default: 0] += 1
                        if reason.isWorkerFailure { summary.workerFailures.append("\(path): error: \(message)") }
                    case .record(_, let validation, _):
                        if place.version > 1 { summary.newVersions += 1 } else { summary.imported += 1 }
                        if validation.admissible { summary.admissible += 1 } else { summary.inadmissible += 1 }
                    }
                }
            }
            pool.consumed()
            pendingFiles += 1
            if pendingFiles >= batchSize { try await flush() }
            // Reported per file; the reporter decides how often to draw.
            summary.seconds = Date().timeIntervalSince(started)
            progress(summary)
        }
        try await flush()
        try await writing?.value
        summary.interrupted = summary.done < summary.seen
        summary.seconds = Date().timeIntervalSince(started)
        progress(summary)
        return summary
    }

    /// What a worker found, as the store keeps it; nil when the bytes are already stored.
    /// The record is decoded from the JSON the worker sent, which is also what is stored.
    static func stored(_ examined: ExaminedFile) throws -> StoredFile? {
        var file = StoredFile(path: examined.path, size: examined.size, sha256: examined.sha256, content: .quarantined(reason: .unreadable, message: ""))
        switch examined.outcome {
        case .unchanged:
            return nil
        case .failed(let reason, let message):
            file.content = .quarantined(reason: reason, message: message)
        case .record(let json, let validation):
            let record = try JSONDecoder().decode(FormRecord.self, from: Data(json.utf8))
            if record.kind == .notAForm {
                file.content = .quarantined(reason: .notAForm, message: record.notAFormReason ?? "not a STARLIng form")
            } else if record.isBlank {
                // A blank template kept beside the completed forms: not an audit to count.
                let title = record.source.title ?? record.kind.rawValue.replacingOccurrences(of: "_", with: " ")
                file.content = .quarantined(reason: .blankForm, message: "a blank \(title): its labels are there but nothing is written in it")
            } else if let validation {
                file.content = .record(record, validation, json: json)
            } else {
                file.content = .quarantined(reason: .unreadable, message: "it was read but not validated")
            }
        }
        return file
    }
}
