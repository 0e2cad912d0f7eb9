import Foundation

/// A Word content control (`w:sdt`) with what the form needs from it.
public struct ContentControl: Codable, Hashable, Sendable {
    public enum Scope: String, Codable, Sendable {
        /// Inside a paragraph.
        case run
        /// Around whole paragraphs or tables.
        case block
        /// Around table rows.
        case row
        /// Around table cells.
        case cell
    }

    public enum Kind: String, Codable, Sendable {
        case plainText = "plain_text"
        case richText = "rich_text"
        case dropDown = "drop_down"
        case comboBox = "combo_box"
        case date
        case checkBox = "check_box"
        case picture
        case group
        case buildingBlock = "building_block"
        case citation, bibliography, equation
        case repeatingSection = "repeating_section"
        case other
    }

    /// One choice of a drop-down or combo box.
    public struct ListEntry: Codable, Hashable, Sendable {
        public var displayText: String
        public var value: String
    }

    public var tag: String?
    /// The control's title (`w:alias`), shown to the person filling the form.
    public var title: String?
    public var kind: Kind
    public var scope: Scope
    public var location: Location
    /// Accepted text of the content (paragraphs joined by `\n`).
    public var text: String
    /// The content is still the template's placeholder text, i.e. nothing was entered.
    public var showingPlaceholder: Bool
    /// Drop-down and combo-box choices.
    public var listEntries: [ListEntry]
    /// For date controls: the stored ISO date-time (`w:fullDate`) and the display format.
    public var fullDate: String?
    public var dateFormat: String?
    /// For check-box controls (`w14:checkbox`): whether it is ticked.
    public var checked: Bool?

    public init(scope: Scope, location: Location) {
        self.kind = .richText
        self.scope = scope
        self.location = location
        self.text = ""
        self.showingPlaceholder = false
        self.listEntries = []
    }

    /// What the person entered: nil for an untouched placeholder or an empty control.
    public var enteredText: String? {
        guard !showingPlaceholder else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
