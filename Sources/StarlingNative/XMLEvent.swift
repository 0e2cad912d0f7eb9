/// A qualified XML name: namespace URI and local name (prefixes are not meaningful).
public struct XMLName: Hashable, Sendable, CustomStringConvertible {
    public let namespace: String
    public let local: String
    public init(_ namespace: String, _ local: String) {
        self.namespace = namespace
        self.local = local
    }
    public var description: String { namespace.isEmpty ? local : "{\(namespace)}\(local)" }
}

public struct XMLAttribute: Sendable, Equatable {
    public let name: XMLName
    public let value: String
}

/// What the streaming reader yields. An empty element yields `start` then `end`.
public enum XMLEvent: Sendable, Equatable {
    case start(XMLName, [XMLAttribute])
    case end(XMLName)
    /// Character data, CDATA and whitespace alike; the caller decides what counts.
    case text(String)
}

extension Array where Element == XMLAttribute {
    /// The value of the attribute with this local name in this namespace (or any namespace if nil).
    public func value(_ local: String, namespace: String? = nil) -> String? {
        first { $0.name.local == local && (namespace == nil || $0.name.namespace == namespace) }?.value
    }
}
