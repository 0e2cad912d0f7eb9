/// An OPC relationship. External targets (hyperlinks, linked templates) are kept as data
/// and never fetched.
public struct Relationship: Sendable, Hashable, Codable {
    public let id: String
    public let type: String
    /// For internal targets: the resolved part name, without a leading slash.
    /// For external ones: the target exactly as written.
    public let target: String
    public let isExternal: Bool

    /// The last path segment of the type URI (`officeDocument`, `header`, `comments`, …),
    /// identical for the Transitional and Strict forms of the URI.
    public var kind: String { String(type.split(separator: "/").last ?? "") }
}
