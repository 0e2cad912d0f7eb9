/// A legacy (Word 97–2003) form field: `FORMTEXT`, `FORMCHECKBOX` or `FORMDROPDOWN`.
public struct FormField: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case text
        case checkBox = "check_box"
        case dropDown = "drop_down"
    }

    /// The field's name (`w:ffData/w:name`), which is also its bookmark.
    public var name: String?
    public var kind: Kind
    public var location: Location
    /// For text fields: the typed result. For drop-downs: the selected entry.
    public var value: String?
    /// For check boxes: `w:checked` if present, else `w:default`.
    public var checked: Bool?
    /// For drop-downs: every entry.
    public var entries: [String]
    /// Help or status text the template author attached, which often names the field.
    public var helpText: String?

    public init(kind: Kind, location: Location) {
        self.kind = kind
        self.location = location
        self.entries = []
    }
}
