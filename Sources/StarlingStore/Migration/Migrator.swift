import Foundation
import StarlingDocument
import StarlingForms
import StarlingRules

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
        var pending: [SQLStatement] = []
        var pendingFiles = 0
        let now = Timestamp.now()

        // One batch is written while the workers go on with the next: waiting for the
        // database left the cores idle. At most one write is in flight, so batches are
        // committed in order and memory stays bounded.
        var writing: Task<Void, any Error>?
        func flush() async throws {
            guard !pending.isEmpty else { return }
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            pendingFiles = 0
            try await writing?.value
            let database = store.database
            writing = Task { try await database.execute(batch) }
        }

        try await withThrowingTaskGroup(of: (Int, Work).self) { group in
            var next = 0
            var ready: [Int: Work] = [:]
            var written = 0
            func launch() {
                guard next < files.count, !shouldStop() else { return }
                let index = next
                let path = files[index]
                let previous = known[path]
                let isLock = lockFiles.contains(path)
                next += 1
                group.addTask { (index, self.examine(path, previous: previous, isLockFile: isLock)) }
            }
            for _ in 0..<jobs { launch() }
            while let (index, work) = try await group.next() {
                ready[index] = work
                // Write strictly in file order so duplicates and versions are decided the same
                // way in every run, however the workers finish.
                while let work = ready.removeValue(forKey: written) {
                    switch work {
                    case .unchanged(let id):
                        summary.unchanged += 1
                        pending.append(SQLStatement("UPDATE source_files SET last_seen = ? WHERE id = ?", [.text(now), .text(id)]))
                    case .stored(let file):
                        let place = file.placement(previous: known[file.path], owners: owners)
                        pending += file.statements(place, now: now)
                        known[file.path] = RecordStore.KnownSource(id: place.id, version: place.version, sha256: file.sha256)
                        if place.duplicateOf != nil {
                            summary.duplicates += 1
                        } else {
                            if file.isRecord { owners[file.sha256] = place.id }
                            switch file.content {
                            case .quarantined(let reason, _): summary.quarantined[reason, default: 0] += 1
                            case .record(_, let validation, _):
                                if place.version > 1 { summary.newVersions += 1 } else { summary.imported += 1 }
                                if validation.admissible { summary.admissible += 1 } else { summary.inadmissible += 1 }
                            }
                        }
                    }
                    written += 1
                    pendingFiles += 1
                    if pendingFiles >= batchSize { try await flush() }
                    // Reported per file; the reporter decides how often to draw.
                    summary.seconds = Date().timeIntervalSince(started)
                    progress(summary)
                }
                launch()
            }
        }
        try await flush()
        try await writing?.value
        summary.interrupted = summary.done < summary.seen
        summary.seconds = Date().timeIntervalSince(started)
        progress(summary)
        return summary
    }

    /// Reads, identifies, imports and validates one file (runs on a worker).
    private func examine(_ path: String, previous: RecordStore.KnownSource?, isLockFile: Bool) -> Work {
        let data: Data
        do {
            data = try InputFile.read(path: path, maxSize: importer.options.maxFileSize)
        } catch let error as DocumentError {
            return .stored(StoredFile(path: path, size: 0, sha256: "", content: .quarantined(reason: error.reason.rawValue, message: error.message)))
        } catch {
            return .stored(StoredFile(path: path, size: 0, sha256: "", content: .quarantined(reason: "unreadable", message: "\(error)")))
        }
        let sha = ContentHash.sha256Hex(data)
        if let previous, previous.sha256 == sha { return .unchanged(id: previous.id) }
        var file = StoredFile(path: path, size: data.count, sha256: sha, content: .quarantined(reason: "unreadable", message: ""))
        if isLockFile {
            file.content = .quarantined(reason: "word_lock_file", message: "a Word lock file (~$), left behind while a form was open; not a form")
            return .stored(file)
        }
        do {
            let imported = try importer.importData(data, file: path, sha256: sha)
            if imported.record.kind == .notAForm {
                file.content = .quarantined(reason: "not_a_form", message: imported.record.notAFormReason ?? "not a STARLIng form")
            } else if imported.record.isBlank {
                // A blank template kept beside the completed forms: not an audit to count.
                let title = imported.record.source.title ?? imported.record.kind.rawValue.replacingOccurrences(of: "_", with: " ")
                file.content = .quarantined(reason: "blank_form", message: "a blank \(title): its labels are there but nothing is written in it")
            } else {
                file.content = try StoredFile.record(imported.record, engine.validate(imported, today: today))
            }
        } catch let error as DocumentError {
            file.content = .quarantined(reason: error.reason.rawValue, message: error.message)
        } catch {
            file.content = .quarantined(reason: "unreadable", message: "\(error)")
        }
        return .stored(file)
    }
}
