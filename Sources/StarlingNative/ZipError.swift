/// A failure reading or writing a zip archive, with libzip's own code and message.
public struct ZipError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// libzip could not open the file as a zip archive (not a zip, or truncated/inconsistent).
        case notAZip
        /// An entry is encrypted; Word itself never does this, so treat it as hostile.
        case encryptedEntry
        /// A safety limit was reached (entry count, part size, total size, compression ratio).
        case limitExceeded
        /// Any other libzip failure.
        case library
        /// A requested entry does not exist.
        case noSuchEntry
    }

    public let kind: Kind
    /// libzip's `ZIP_ER_*` code, when the failure came from libzip.
    public let code: Int32?
    public let message: String

    public init(_ kind: Kind, code: Int32? = nil, message: String) {
        self.kind = kind
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
