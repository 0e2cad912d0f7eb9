/// A tick box, however the form expresses it.
public struct CheckBox: Codable, Hashable, Sendable {
    public enum Source: String, Codable, Sendable {
        /// A glyph typed in the text: ☒ ☑ ✓ ✔ ✗ (ticked) or ☐ (empty), including Wingdings symbols.
        case glyph
        /// A `w14:checkbox` content control.
        case contentControl = "content_control"
        /// A legacy `FORMCHECKBOX` field.
        case formField = "form_field"
    }

    public var source: Source
    public var checked: Bool
    public var location: Location
    /// The content-control tag or form-field name, when there is one.
    public var name: String?

    public init(source: Source, checked: Bool, location: Location, name: String? = nil) {
        self.source = source
        self.checked = checked
        self.location = location
        self.name = name
    }
}
