/// Counts that bound the work one Word package can ask for. Each is far above what Word
/// writes for a real form, and each exists because a small crafted file could otherwise
/// cost time or memory out of all proportion to its size. README.md lists them.
public struct DocumentLimits: Sendable, Equatable {
    /// Relationships read from one part's `.rels` (Word writes a few dozen).
    public var maxRelationshipsPerPart: Int
    /// Distinct header parts read, and separately footer parts (Word writes at most three
    /// of each per section). A part named by many relationships is read once.
    public var maxHeaderOrFooterParts: Int
    /// Comments read from the comments part.
    public var maxComments: Int
    /// Comment ranges open at once in one story (Word nests a handful).
    public var maxOpenCommentRanges: Int
    /// Bytes (UTF-8) of the text a comment is anchored to that are kept.
    public var maxCommentAnchorBytes: Int
    /// Fields (`w:fldChar` begin … end) nested inside one another.
    public var maxFieldNesting: Int

    public init(
        maxRelationshipsPerPart: Int = 10_000,
        maxHeaderOrFooterParts: Int = 256,
        maxComments: Int = 10_000,
        maxOpenCommentRanges: Int = 1_000,
        maxCommentAnchorBytes: Int = 4_096,
        maxFieldNesting: Int = 64
    ) {
        self.maxRelationshipsPerPart = maxRelationshipsPerPart
        self.maxHeaderOrFooterParts = maxHeaderOrFooterParts
        self.maxComments = maxComments
        self.maxOpenCommentRanges = maxOpenCommentRanges
        self.maxCommentAnchorBytes = maxCommentAnchorBytes
        self.maxFieldNesting = maxFieldNesting
    }

    public static let `default` = DocumentLimits()
}
