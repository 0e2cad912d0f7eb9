/// Limits for reading one XML document.
public struct XMLReadOptions: Sendable, Equatable {
    /// Deepest element nesting accepted (libxml2's own default without XML_PARSE_HUGE is 256).
    public var maxDepth: Int
    /// Largest document accepted, in bytes.
    public var maxBytes: Int

    public init(maxDepth: Int = 256, maxBytes: Int = 256 << 20) {
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
    }
}
