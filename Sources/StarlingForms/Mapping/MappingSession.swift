import Foundation
import StarlingDocument
import StarlingSchema

/// One pass of mapping a Word document onto a form definition. Walks the layout in
/// reading order, keeping the current section (area of practice, actions) and a pending
/// label, and records each value with where it came from. Whatever no field consumes ends
/// up in `unmapped`; labels and headings in `labels`. The readers of each layout family
/// are extensions in their own files: controls, paragraphs, tables, option grids, the
/// actions table, and the recording of what they find.
final class MappingSession {
    /// How a value was found; a better method wins when the same field is found twice.
    enum Method: Int, Comparable {
        /// Read from the tail of another field's answer ("Attempted – he was at school"):
        /// anything written in the field's own place wins over it.
        case inferred = 0
        case paragraph = 1, table = 2, formField = 3, contentControl = 4
        static func < (a: Method, b: Method) -> Bool { a.rawValue < b.rawValue }
        var layoutName: String {
            switch self {
            case .paragraph, .inferred: "paragraph"
            case .table: "table"
            case .formField: "form_field"
            case .contentControl: "content_control"
            }
        }
    }

    struct Hit {
        var value: RecordValue
        var location: Location
        var method: Method
    }

    final class AreaBuilder {
        var rating: Hit?
        var evidence: Hit?
        var impact: Hit?
    }

    let document: WordDocument

    let spec: FormSpec

    let normaliser: ValueNormaliser

    let layout: FormLayout
    var hits: [String: Hit] = [:]
    var areas: [String: AreaBuilder] = [:]
    var actions: [[String: Hit]] = []
    var warnings: [RecordWarning] = []
    var title: String?

    /// Where each field's label was found, value or not.
    var labelLocations: [String: Location] = [:]

    /// Label and heading texts read as labels, in reading order, so that nothing written on
    /// the form vanishes from the record: a label's words are not a value.
    var labelTexts: [String] = []

    /// Units whose text went into a value.
    var valueUnits: Set<Int> = []

    /// Record key → the value exactly as written, where normalising changed it.
    var written: [String: String] = [:]

    /// Inside the actions section: there "Owner" or "When" name columns of an action.
    var inActions = false

    /// The action that a repeated label group ("Action", "Owner", "Due date" again for
    /// each action) or an action paragraph with its "Owner:" lines is filling.
    var openAction: Int?

    /// The last field labelled that has a reason or comment beside it: a bare "Reason"
    /// or "Comment" label that follows it belongs to it.
    var lastFieldWithSubFields: FormSpec.FieldSpec?

    var unitByPlace: [Place: Int] = [:]

    /// The paragraph units of cells read paragraph by paragraph, by their exact location.
    var paragraphUnitByLocation: [Location: Int] = [:]

    /// Cells read paragraph by paragraph: their paragraphs, not the cell, are what is left
    /// unmapped or kept as labels.
    var flowedCells: Set<Int> = []

    /// The last field read from a "Label: value" line, for a "Reason: …" line after it.
    var inlineField: FormSpec.FieldSpec?

    var consumed: Set<Int> = []

    var currentArea: String?

    var pending: (target: FormSpec.Target, units: [Int], area: String?, styled: Bool)?

    var controlsByUnit: [Int: [ContentControl]] = [:]

    var fieldsByUnit: [Int: [FormField]] = [:]

    var placeholderText: [Int: [String]] = [:]

    /// Each unit's text without placeholders, worked out once: the walk asks many times.
    var valueTexts: [String?]

    /// Each unit's value text as label candidates, worked out once (no rehashing the text).
    var unitCandidates: [[String]?]

    /// `layout` and the spec's label cache are the ones the detector already built for
    /// this document; nothing is worked out twice.
    init(document: WordDocument, layout: FormLayout, spec: FormSpec, normaliser: ValueNormaliser) {
        self.document = document
        self.spec = spec
        self.normaliser = normaliser
        self.layout = layout
        self.valueTexts = Array(repeating: nil, count: layout.units.count)
        self.unitCandidates = Array(repeating: nil, count: layout.units.count)
        indexControlsAndFields()
    }

    var layoutsUsed: [String] {
        let methods = Set(hits.values.map(\.method) + areas.values.flatMap { [$0.rating, $0.evidence, $0.impact].compactMap { $0?.method } })
        return methods.sorted().map(\.layoutName) + (actions.isEmpty ? [] : [])
    }

    func run() {
        var part: String?
        for item in layout.items {
            let itemPart = switch item {
            case .paragraph(let id): layout.unit(id).location.part
            case .table(let index): layout.tables[index].first?.first.map { layout.unit($0).location.part }
            }
            if let itemPart, itemPart != part {
                // A header or footer is no continuation of the section before it.
                flushPending()
                (currentArea, inActions, openAction, inlineField, lastFieldWithSubFields) = (nil, false, nil, nil, nil)
                part = itemPart
            }
            switch item {
            case .paragraph(let id): paragraph(id)
            case .table(let index): table(index)
            }
        }
        flushPending()
        readWordComments()
    }

    /// Text of units that nothing consumed.
    var unmapped: [UnmappedText] {
        layout.units.filter { !consumed.contains($0.id) && !valueText($0).isEmpty && isRead($0) }
            .map { UnmappedText(text: valueText($0), location: $0.location) }
    }

    /// The paragraph or cell a location falls in: what a content control or form field is
    /// matched to its unit by.
    struct Place: Hashable {
        let part: String
        let block: Int
        let cells: [Location.CellStep]
        init(_ location: Location) { (part, block, cells) = (location.part, location.block, location.cells) }
    }

    /// A unit's text without template placeholder text.
    func valueText(_ unit: TextUnit) -> String {
        if let known = valueTexts[unit.id] { return known }
        var text = unit.text
        for placeholder in placeholderText[unit.id] ?? [] { text = text.replacingOccurrences(of: placeholder, with: "") }
        text = text.trimmedWhitespace
        valueTexts[unit.id] = text
        return text
    }

    func candidates(_ unit: TextUnit) -> [String] {
        if let known = unitCandidates[unit.id] { return known }
        let found = spec.candidates(valueText(unit))
        unitCandidates[unit.id] = found
        return found
    }

    /// The field, area part or action column the unit's text names as a label; `inArea`
    /// defaults to whether the walk is inside an area of practice. A bare "Reason" or
    /// "Comment" names the reason or comment of the field labelled just before it.
    func target(of unit: TextUnit, inArea: Bool? = nil) -> FormSpec.Target? {
        let found = candidates(unit)
        if let target = spec.target(forCandidates: found, inArea: inArea ?? (currentArea != nil), inActions: inActions) { return target }
        if let field = lastFieldWithSubFields, let sub = subField(of: field, forCandidates: found) { return .field(sub) }
        return nil
    }

    /// `spec.target(forLabel:…)` in the walk's current section.
    func target(forLabel label: String) -> FormSpec.Target? {
        if let target = spec.target(forLabel: label, inArea: currentArea != nil, inActions: inActions) { return target }
        if let field = lastFieldWithSubFields, let sub = subField(of: field, forLabel: label) { return .field(sub) }
        return nil
    }

    func area(of unit: TextUnit) -> FormSpec.AreaSpec? {
        spec.area(forCandidates: candidates(unit))
    }

    func statements(of unit: TextUnit) -> [(text: String, isListItem: Bool)] {
        let placeholders = placeholderText[unit.id] ?? []
        return unit.statementSource.map { source in
            var text = source.text
            for p in placeholders { text = text.replacingOccurrences(of: p, with: "") }
            return (text, source.isListItem)
        }
    }

    /// Every label and heading read, and every other text a reader consumed without taking
    /// it as a value (option headings of a grid, a section's title row): a form's words
    /// stay in the record even where they are not values.
    var labels: [String] {
        // The same words twice need keeping once: these keep the form's text, and where each
        // field's label stands is in labelLocations.
        var seen = Set<String>()
        var result = labelTexts.filter { seen.insert($0).inserted }
        if let title, seen.insert(title).inserted { result.append(title) }
        for unit in layout.units where consumed.contains(unit.id) && !valueUnits.contains(unit.id) && isRead(unit) && !flowedCells.contains(unit.id) {
            let text = valueText(unit)
            if !text.isEmpty, seen.insert(text).inserted { result.append(text) }
        }
        return result
    }

}
