/// A paragraph with its text in both views of tracked changes.
public struct Paragraph: Codable, Hashable, Sendable {
    public var location: Location
    /// Style id (`w:pStyle`) and its display name from the styles part.
    public var style: String?
    public var styleName: String?
    /// 1–9 for headings (from the style's name or outline level), nil otherwise.
    public var headingLevel: Int?
    /// List membership, when the paragraph is numbered or bulleted.
    public var list: ListItem?
    /// Text with all tracked changes accepted: tabs as `\t`, line breaks as `\n`, check boxes as ☒ / ☐.
    public var text: String
    /// Text with all tracked changes rejected (as before the reviewer edited it).
    public var originalText: String
    /// Every visible character is bold (a label paragraph, in many forms).
    public var isBold: Bool
    /// The opening bold text of a paragraph that goes on in plain text ("**Rating** Good"
    /// → "Rating"): a label written in the same paragraph as its value, colon or not.
    public var boldLead: String?
    /// The paragraph sits in a text box inside another paragraph.
    public var inTextBox: Bool

    public init(location: Location, text: String = "", originalText: String = "") {
        self.location = location
        self.text = text
        self.originalText = originalText
        self.isBold = false
        self.inTextBox = false
    }
}

/// A paragraph's place in a numbered or bulleted list.
public struct ListItem: Codable, Hashable, Sendable {
    public var numberingId: String
    /// 0-based list level (`w:ilvl`).
    public var level: Int
    /// The level's number format from the numbering part: `bullet`, `decimal`, … (nil if unknown).
    public var format: String?

    public init(numberingId: String, level: Int, format: String? = nil) {
        self.numberingId = numberingId
        self.level = level
        self.format = format
    }
}
