/// A failure reading XML, located where libxml2 found it.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Not well-formed XML (libxml2's own message says where and why).
        case malformed
        /// A `<!DOCTYPE`: forbidden in OOXML parts (ECMA-376 Part 2) and refused in XML forms,
        /// which is what keeps external entities and entity expansion out.
        case doctypeForbidden
        /// Elements nested deeper than the limit.
        case tooDeep
        /// More bytes than the limit.
        case tooLarge
        /// The XSD itself could not be compiled.
        case invalidSchema
    }

    public let kind: Kind
    public let message: String
    /// 1-based line, when known.
    public let line: Int?
    public let column: Int?

    public init(_ kind: Kind, _ message: String, line: Int? = nil, column: Int? = nil) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        guard let line else { return message }
        return "line \(line)\(column.map { ", column \($0)" } ?? ""): \(message)"
    }
}

/// One problem found while validating against an XSD: the document is read to the end
/// and every problem is kept, each with its line.
public struct XMLValidationIssue: Sendable, Equatable, CustomStringConvertible {
    public let line: Int?
    public let message: String
    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}
