/// The blocks of one part: the main document, a header, a footer, the footnotes.
public struct Story: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case main, header, footer, footnotes, endnotes
    }

    public var part: String
    public var kind: Kind
    public var blocks: [Block]

    public init(part: String, kind: Kind, blocks: [Block] = []) {
        self.part = part
        self.kind = kind
        self.blocks = blocks
    }
}
