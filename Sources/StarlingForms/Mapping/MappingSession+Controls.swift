import Foundation
import StarlingDocument
import StarlingSchema

/// Content controls and legacy form fields: read by tag, name or title, before the layout.
extension MappingSession {
    func indexControlsAndFields() {
        for unit in layout.units {
            if unit.flowOf != nil { paragraphUnitByLocation[unit.location] = unit.id; continue }
            unitByPlace[Place(unit.location)] = unit.id
        }
        func unitFor(_ location: Location) -> Int? {
            unitByPlace[Place(location)]
        }
        for control in document.contentControls where ![.group, .repeatingSection, .buildingBlock, .picture].contains(control.kind) {
            guard let id = unitFor(control.location) else { continue }
            if control.showingPlaceholder, !control.text.isEmpty { placeholderText[id, default: []].append(control.text) }
            controlsByUnit[id, default: []].append(control)
        }
        for field in document.formFields {
            if let id = unitFor(field.location) { fieldsByUnit[id, default: []].append(field) }
        }
    }

    /// Reads the unit's content controls and form fields; consumes the unit if they
    /// account for all its text.
    func applyControls(_ id: Int) {
        var covered: [String] = placeholderText[id] ?? []
        for control in controlsByUnit[id] ?? [] {
            guard let target = control.tag.flatMap(spec.target(forTag:)) ?? control.title.flatMap({ spec.target(forLabel: $0, inArea: currentArea != nil) })
                ?? control.title.flatMap(spec.target(forTag:))
            else { continue }
            // A control in an action's cell or line is read with its action, by the layout.
            if case .actionColumn = target { continue }
            covered.append(control.text)
            if control.showingPlaceholder { continue }
            let written: String?
            switch control.kind {
            case .checkBox:
                // In a grid of boxes sharing one tag, each box's title is its option ("Good").
                // Without titles, its option is the text beside the box ("☒ Good").
                let option = control.title.flatMap { title in choiceType(target).map { isOption(title, $0) } == true ? title : nil }
                    ?? choiceType(target).flatMap { optionBeside(control, in: id, type: $0) }
                if let option, !isBooleanTarget(target) || BooleanNormaliser.bool(from: option) != nil {
                    guard control.checked == true else { continue }
                    written = option
                } else if isBooleanTarget(target) {
                    written = control.checked.map { $0 ? "Yes" : "No" }
                } else {
                    continue  // a box of a choice whose option cannot be told: the layout reads it
                }
            case .date: written = control.fullDate.map { String($0.prefix(10)) } ?? control.enteredText
            default: written = control.enteredText
            }
            guard let written else { continue }
            let paragraphs = control.scope == .block || control.scope == .cell
                ? layout.unit(id).statementSource : [(written, false)]
            assign(target, paragraphs: control.kind == .richText && paragraphs.count > 1 ? paragraphs : [(written, false)],
                   location: control.location, method: .contentControl)
        }
        for field in fieldsByUnit[id] ?? [] {
            guard let name = field.name, let target = spec.target(forTag: name) ?? field.helpText.flatMap({ spec.target(forLabel: $0, inArea: currentArea != nil) })
            else { continue }
            if case .actionColumn = target { continue }
            let written: String? = switch field.kind {
            case .checkBox: field.checked.map { $0 ? "Yes" : "No" }
            default: field.value
            }
            covered.append(field.kind == .checkBox ? (field.checked == true ? "☒" : "☐") : field.value ?? "")
            if let written { assign(target, paragraphs: [(written, false)], location: field.location, method: .formField) }
        }
        guard !covered.isEmpty else { return }
        var rest = layout.unit(id).text
        for text in covered where !text.isEmpty { rest = rest.replacingOccurrences(of: text, with: "") }
        if rest.trimmedWhitespace.isEmpty { consumed.insert(id) }
    }

    /// The option written beside a check box control in its paragraph: the paragraph's text
    /// without its boxes, when that is one of the choice's options.
    func optionBeside(_ control: ContentControl, in id: Int, type: FieldType) -> String? {
        let paragraphs = layout.unit(id).paragraphs
        let paragraph = control.location.paragraph.flatMap { $0 < paragraphs.count ? paragraphs[$0] : nil } ?? paragraphs.first
        guard let text = paragraph?.text else { return nil }
        let option = ChoiceResolver.withoutBoxes(text)
        return isOption(option, type) ? option : nil
    }
}
