/// The elements the story parser acts on. Names are classified once per distinct name the
/// reader meets (by its integer token), so the hot loop switches on this enum instead of
/// comparing strings.
enum WordElement: String {
    case other
    // w: structure and text
    case body, p, r, t, delText, instrText, tab, ptab, br, cr, noBreakHyphen, sym, hyperlink, fldChar, fldSimple
    case rPr, pPr, b, rStyle, pStyle, outlineLvl, numPr, numId, ilvl
    // w: tables
    case tbl, tr, tc, trPr, tcPr, tblHeader, gridBefore, gridAfter, gridSpan, vMerge, shd
    // w: tracked changes
    case ins, del, moveFrom, moveTo
    case rPrChange, pPrChange, sectPrChange, tblPrChange, trPrChange, tcPrChange, tblGridChange, tblPrExChange, numberingChange
    // w: content controls
    case sdt, sdtPr, sdtContent, tag, alias, showingPlcHdr, text, richText, dropDownList, comboBox, listItem, date, dateFormat
    case picture, group, docPartObj, docPartList, citation, bibliography, equation, placeholder
    // w: legacy form fields
    case ffData, name, checkBox, `default`, checked, ddList, result, listEntry, textInput, helpText, statusText
    // w: comments, text boxes, sections, notes, containers
    case commentRangeStart, commentRangeEnd, commentReference, txbxContent, sectPr, footnote, endnote, hdr, ftr, comment, docPartBody
    // other namespaces
    case alternateContent, choice, fallback, w14Checkbox, w14Checked, w15RepeatingSection

    /// Property containers: a revision marker inside one of these has no text of its own.
    var isProperties: Bool {
        switch self {
        case .rPr, .pPr, .trPr, .tcPr, .sdtPr: true
        default: false
        }
    }
}

/// Classifies names by the reader's tokens, caching per token.
struct WordElementTable {
    private enum Space: UInt8 { case unknown, word, markup, w14, w15, other }
    private var spaces: [Space] = []
    private var wordKinds: [WordElement?] = []

    mutating func classify(namespace: Int, local: Int, name: () -> (namespace: String, local: String)) -> WordElement {
        if namespace >= spaces.count { spaces += Array(repeating: .unknown, count: namespace - spaces.count + 1) }
        if spaces[namespace] == .unknown {
            let uri = name().namespace
            spaces[namespace] = WordNamespace.isWord(uri) ? .word
                : uri == WordNamespace.markupCompatibility ? .markup
                : uri == WordNamespace.w14 ? .w14 : uri == WordNamespace.w15 ? .w15 : .other
        }
        switch spaces[namespace] {
        case .word:
            if local >= wordKinds.count { wordKinds += Array(repeating: nil, count: local - wordKinds.count + 1) }
            if let kind = wordKinds[local] { return kind }
            let kind = WordElement(rawValue: name().local).flatMap { $0.isForeign ? nil : $0 } ?? .other
            wordKinds[local] = kind
            return kind
        case .markup:
            switch name().local {
            case "AlternateContent": return .alternateContent
            case "Choice": return .choice
            case "Fallback": return .fallback
            default: return .other
            }
        case .w14:
            switch name().local {
            case "checkbox": return .w14Checkbox
            case "checked": return .w14Checked
            default: return .other
            }
        case .w15:
            return name().local == "repeatingSection" ? .w15RepeatingSection : .other
        case .other, .unknown:
            return .other
        }
    }
}

extension WordElement {
    var isForeign: Bool {
        switch self {
        case .alternateContent, .choice, .fallback, .w14Checkbox, .w14Checked, .w15RepeatingSection, .other: true
        default: false
        }
    }
}
