/// An element of an XML form, with the line it starts on so feedback can point at it.
public struct XMLElementNode: Codable, Hashable, Sendable {
    public var namespace: String
    public var name: String
    public var attributes: [String: String]
    /// The element's own character data (not its children's), trimmed; nil when blank.
    public var text: String?
    public var line: Int
    public var children: [XMLElementNode]

    public init(namespace: String, name: String, attributes: [String: String] = [:], line: Int) {
        self.namespace = namespace
        self.name = name
        self.attributes = attributes
        self.line = line
        self.children = []
    }

    /// The first child with this local name.
    public func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

    /// Follows a path of local names, e.g. `element(at: ["child", "id"])`.
    public func element(at path: [String]) -> XMLElementNode? {
        path.reduce(Optional(self)) { node, step in node?.child(step) }
    }
}

/// An XML form read safely, with any XSD problems found while it streamed.
public struct XMLFormDocument: Codable, Hashable, Sendable {
    public var file: String
    public var root: XMLElementNode
    /// Empty when valid or when no schema was given.
    public var schemaIssues: [SchemaIssue]
    /// Name of the XSD it was checked against, if any.
    public var schema: String?

    public struct SchemaIssue: Codable, Hashable, Sendable {
        public var line: Int?
        public var message: String
    }
}
