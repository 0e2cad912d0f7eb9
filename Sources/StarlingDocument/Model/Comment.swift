/// A Word comment with the text it is anchored to.
public struct Comment: Codable, Hashable, Sendable {
    public var id: String
    public var author: String?
    public var initials: String?
    public var date: String?
    /// The comment's own text, paragraphs joined by `\n`.
    public var text: String
    /// Accepted text between `w:commentRangeStart` and `w:commentRangeEnd`.
    public var anchorText: String
    /// Where the anchored range starts (nil when the document never references the comment).
    public var anchor: Location?
    /// The comment this one replies to, when the package records threads (`commentsExtended`).
    public var parentId: String?

    public init(id: String) {
        self.id = id
        self.text = ""
        self.anchorText = ""
    }
}
