import StarlingDocument

/// Why a file gave no record: what `import` reports, the store's `quarantine` table keeps and
/// `stats` counts. One list, so a new reason cannot go undocumented (a test holds README's
/// list to it).
public enum QuarantineReason: String, Codable, Sendable, CaseIterable {
    // The package could not be read (see `DocumentError.Reason`).
    case empty
    case notAZip = "not_a_zip"
    case legacyWordDocument = "legacy_word_document"
    case encrypted
    case limitExceeded = "limit_exceeded"
    case duplicatePartName = "duplicate_part_name"
    case noMainDocument = "no_main_document"
    case malformedPart = "malformed_part"
    case forbiddenDoctype = "forbidden_doctype"
    case tooDeep = "too_deep"
    case unreadable
    // It was read, but is not an audit to count.
    case notAForm = "not_a_form"
    case blankForm = "blank_form"
    case wordLockFile = "word_lock_file"
    // The worker reading it stopped (issue 10's supervision).
    case crashed
    case timeout
    case tooMuchMemory = "too_much_memory"

    public init(_ reason: DocumentError.Reason) {
        switch reason {
        case .empty: self = .empty
        case .notAZip: self = .notAZip
        case .legacyWordDocument: self = .legacyWordDocument
        case .encrypted: self = .encrypted
        case .limitExceeded: self = .limitExceeded
        case .duplicatePartName: self = .duplicatePartName
        case .noMainDocument: self = .noMainDocument
        case .malformedPart: self = .malformedPart
        case .forbiddenDoctype: self = .forbiddenDoctype
        case .tooDeep: self = .tooDeep
        case .unreadable: self = .unreadable
        }
    }

    /// A worker process stopped on the file (crash, time or memory limit).
    public var isWorkerFailure: Bool { self == .crashed || self == .timeout || self == .tooMuchMemory }
}
