/// A tracked change left in the document.
public struct Revision: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case insertion, deletion
        case moveFrom = "move_from"
        case moveTo = "move_to"
        /// Formatting or property changes (`w:rPrChange`, `w:pPrChange`, …): no text of their own.
        case formatting
        /// A table row inserted or deleted.
        case rowInsertion = "row_insertion"
        case rowDeletion = "row_deletion"
    }

    public var kind: Kind
    public var author: String?
    /// As written in the document (ISO 8601, usually).
    public var date: String?
    /// Inserted or deleted text.
    public var text: String
    public var location: Location

    public init(kind: Kind, author: String?, date: String?, text: String = "", location: Location) {
        self.kind = kind
        self.author = author
        self.date = date
        self.text = text
        self.location = location
    }
}
