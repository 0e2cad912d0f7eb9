/// What importing one file gave: a record, or a failure that names the file and the reason.
/// Failures are part of the output, so a batch's results account for every file.
public enum ImportOutcome: Sendable, Encodable {
    case record(FormRecord)
    case failure(file: String, reason: QuarantineReason, message: String)

    public var isFailure: Bool { if case .failure = self { true } else { false } }

    public var file: String {
        switch self {
        case .record(let record): record.source.file
        case .failure(let file, _, _): file
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, file, error }
    private enum ErrorKeys: String, CodingKey { case reason, message }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .record(let record):
            try record.encode(to: encoder)
        case .failure(let file, let reason, let message):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("failed", forKey: .kind)
            try container.encode(file, forKey: .file)
            var error = container.nestedContainer(keyedBy: ErrorKeys.self, forKey: .error)
            try error.encode(reason, forKey: .reason)
            try error.encode(message, forKey: .message)
        }
    }
}
