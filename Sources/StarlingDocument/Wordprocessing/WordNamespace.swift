/// The namespaces WordprocessingML comes in. Transitional and Strict differ only in URI,
/// so the parser asks "is this a w: element" rather than comparing one URI.
enum WordNamespace {
    static let transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    static let w15 = "http://schemas.microsoft.com/office/word/2012/wordml"
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let relationshipsTransitional = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let relationshipsStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships"

    static func isWord(_ namespace: String) -> Bool { namespace == transitional || namespace == strict }
}

/// ST_OnOff: absent value means on; `0`, `false`, `off` mean off (ECMA-376 Part 1, 17.18.67).
enum OnOff {
    static func parse(_ value: String?) -> Bool {
        guard let value else { return true }
        switch value.lowercased() {
        case "0", "false", "off", "none": return false
        default: return true
        }
    }
}
