import Foundation
import StarlingForms
import StarlingRules

/// What travels over a worker's pipes, one JSON object per line: the parent sends a
/// `WorkerRequest` (a few files at once, so the cost of a message is shared), the worker
/// answers `ready` once when it has loaded the schema, then one `WorkerReply` per file, in
/// the order it was given them. The order is what lets the parent name the file a worker
/// was on when it died: the first one it has not answered.

/// One file to examine. `id` is the parent's index of the file in its run.
public struct WorkerFile: Codable, Sendable, Equatable {
    public var id: Int
    public var path: String
    /// The content hash the store already has for this path: the same bytes are not read again.
    public var previousSHA256: String?
    /// A Word `~$` lock file: recorded, never read as a form.
    public var isLockFile: Bool

    public init(id: Int, path: String, previousSHA256: String? = nil, isLockFile: Bool = false) {
        self.id = id
        self.path = path
        self.previousSHA256 = previousSHA256
        self.isLockFile = isLockFile
    }
}

public struct WorkerRequest: Codable, Sendable {
    public var files: [WorkerFile]
}

/// The worker's answer: `ready` first, then a `file` per file.
public struct WorkerReply: Codable, Sendable {
    public var ready: Bool?
    public var id: Int?
    public var file: ExaminedFile?

    public static let readyLine = WorkerReply(ready: true, id: nil, file: nil)
}

/// What examining one file gave, in a form that crosses a pipe: the record as the JSON the
/// store keeps (the parent decodes it again only where it needs the typed record).
public struct ExaminedFile: Codable, Sendable {
    public enum Outcome: Codable, Sendable {
        /// The store already has these bytes for this path.
        case unchanged
        /// A record; `validation` when the run validates.
        case record(json: String, validation: Validation?)
        /// It could not be read: `reason` is a quarantine reason (`not_a_zip`, `crashed`, …).
        case failed(reason: QuarantineReason, message: String)
    }

    public var path: String
    public var size: Int
    public var sha256: String
    public var outcome: Outcome
    /// `validate --annotate`: the copy written, or why none could be.
    public var annotated: String?
    public var annotationError: String?

    public init(path: String, size: Int = 0, sha256: String = "", outcome: Outcome) {
        self.path = path
        self.size = size
        self.sha256 = sha256
        self.outcome = outcome
    }
}
