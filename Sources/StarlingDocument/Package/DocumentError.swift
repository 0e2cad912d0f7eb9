import StarlingNative

/// Why a file could not be read, naming the file and what is wrong with it.
public struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable, Codable {
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
    }

    public let file: String
    public let reason: Reason
    /// Plain English, without the file name (the CLI prints `FILE: error: message`).
    public let message: String

    public init(file: String, reason: Reason, message: String) {
        self.file = file
        self.reason = reason
        self.message = message
    }

    public var description: String { "\(file): \(message)" }

    /// Maps a wrapper-layer error in one part to a document error.
    static func from(_ error: any Error, file: String, part: String?) -> DocumentError {
        let inPart = part.map { " in \($0)" } ?? ""
        switch error {
        case let error as DocumentError:
            return error
        case let error as ZipError:
            switch error.kind {
            case .notAZip: return DocumentError(file: file, reason: .notAZip, message: "is not a Word document: \(error.message)")
            case .encryptedEntry: return DocumentError(file: file, reason: .encrypted, message: "has encrypted zip entries; it cannot be read")
            case .limitExceeded: return DocumentError(file: file, reason: .limitExceeded, message: error.message)
            case .noSuchEntry, .library: return DocumentError(file: file, reason: .unreadable, message: error.message)
            }
        case let error as XMLError:
            switch error.kind {
            case .doctypeForbidden:
                return DocumentError(file: file, reason: .forbiddenDoctype, message: "a DOCTYPE\(inPart) is forbidden in Word packages (ECMA-376 Part 2); the file may be crafted to attack XML parsers")
            case .tooDeep:
                return DocumentError(file: file, reason: .tooDeep, message: "XML\(inPart) is nested too deeply (\(error.description))")
            case .tooLarge:
                return DocumentError(file: file, reason: .limitExceeded, message: error.message)
            case .malformed, .invalidSchema:
                return DocumentError(file: file, reason: .malformedPart, message: "damaged XML\(inPart): \(error.description)")
            }
        default:
            return DocumentError(file: file, reason: .unreadable, message: "\(error)")
        }
    }
}
