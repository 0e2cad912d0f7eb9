import Foundation
import StarlingDocument
import StarlingSchema

/// Paragraphs outside tables (and a cell read as a page): labels, inline "Label: value",
/// values on the lines after a label, area headings, the actions section.
extension MappingSession {
    /// The form's `word_comments_field` (the audit's moderation comments: the domain brief
    /// counts a moderator's Word comments as such) when nothing is written in it.
    func readWordComments() {
        guard let key = spec.wordCommentsField, hits[key] == nil, let field = spec.field(key: key) else { return }
        // Starling's own annotations (validate --annotate) are findings, not a moderator's words.
        let comments = document.comments.filter { $0.author != FormMapper.annotationAuthor && !$0.text.trimmedWhitespace.isEmpty }
        let texts = comments.map { $0.text.trimmedWhitespace }
        guard let first = comments.first else { return }
        let location = first.anchor ?? Location(part: "word/comments.xml", block: 0)
        assign(.field(field), paragraphs: texts.map { ($0, false) }, location: location, method: .paragraph)
    }

    func paragraph(_ id: Int) {
        applyControls(id)
        let unit = layout.unit(id)
        let text = valueText(unit)
        guard !consumed.contains(id), !text.isEmpty else { return }
        if title == nil, unit.location.part == document.main.part || unit.cell == nil, spec.isTitle(candidates: candidates(unit)), target(of: unit, inArea: false) == nil {
            title = text
            consumed.insert(id)
            return
        }
        // A plain line under a label still waiting for its value is that value, even when it
        // reads like an area's heading ("Audit theme" then "Permanence planning").
        let awaitedValue = pending.map { $0.units.isEmpty && !unit.looksLikeLabel } ?? false
        if let area = area(of: unit), unit.looksLikeLabel || (text.count <= 80 && !awaitedValue) {
            flushPending()
            enterArea(area.key, heading: unit)
            return
        }
        if let heading = areaHeadingWithRating(unit) {
            // "Planning – Requires improvement": the area's heading and its rating in one line.
            flushPending()
            enterArea(heading.area, heading: unit)
            assign(.areaPart(.rating, area: heading.area), paragraphs: [(heading.rating, false)], location: unit.location, method: .paragraph)
            return
        }
        if readPairs(unit) { return }
        let inline = inlineLabel(unit)
        if let open = pending, open.units.isEmpty, open.styled, !unit.looksLikeLabel, area(of: unit) == nil,
           inline.flatMap({ target(forLabel: $0.label) }) == nil {
            // Under a bold label, a plain paragraph is its value even when it reads like
            // another label ("Team Manager" as the auditor's role).
            pending?.units.append(id)
            consumed.insert(id)
            return
        }
        if let (label, value) = inline, !value.isEmpty,
           let field = pending.flatMap({ open -> FormSpec.FieldSpec? in if case .field(let f) = open.target { f } else { nil } }) ?? inlineField,
           let sub = subField(of: field, forLabel: label) {
            // "Reason: …" / "Comment: …" under a participation or feedback answer.
            flushPending()
            noteLabel(.field(sub), text: writtenLabel(text, value: value), at: unit.location)
            assign(.field(sub), paragraphs: [(value, false)], location: unit.location, method: .paragraph)
            consumed.insert(id)
            return
        }
        if let target = target(of: unit) {
            flushPending()
            if case .field = target { currentArea = nil }
            noteLabel(target, text: text, at: unit.location)
            inlineField = nil
            pending = (target, [], currentArea, unit.looksLikeLabel)
            consumed.insert(id)
            return
        }
        if let (label, value) = inline, let target = target(forLabel: label) {
            flushPending()
            if case .field = target { currentArea = nil }
            noteLabel(target, text: writtenLabel(text, value: value), at: unit.location)
            inlineField = nil
            if case .field(let field) = target, !field.subFields.isEmpty { inlineField = field }
            if value.isEmpty {
                pending = (target, [], currentArea, unit.looksLikeLabel)
            } else {
                assign(target, paragraphs: valueParagraphs(of: unit, after: value), location: unit.location, method: .paragraph)
            }
            consumed.insert(id)
            return
        }
        let isListItem = unit.paragraphs.first?.list != nil
        if let open = pending, case .actionColumn(FormSpec.actionDescription) = open.target, !open.units.isEmpty,
           isListItem || layout.unit(open.units[0]).paragraphs.first?.list != nil {
            // One numbered or bulleted paragraph per action.
            flushPending()
            pending = (.actionColumn(FormSpec.actionDescription), [id], currentArea, false)
            consumed.insert(id)
            return
        }
        if let open = pending, !(unit.looksLikeLabel && unit.paragraphs.first?.headingLevel != nil),
           !(unit.looksLikeLabel && open.units.isEmpty && !isAnswer(text, to: open.target)) {
            pending?.units.append(id)
            consumed.insert(id)
            return
        }
        flushPending()
        if let field = inlineField, !unit.looksLikeLabel, let sub = field.subFields.first.flatMap(spec.field(key:)) {
            // The free text on the lines after "Parent's view of the service: Mixed".
            inlineField = nil
            pending = (.field(sub), [id], currentArea, false)
            consumed.insert(id)
            return
        }
        if inActions, !unit.looksLikeLabel || isListItem {
            // In the actions section, a paragraph no label claims is the next action; the
            // "Owner:", "Due date:" lines after it fill in the rest.
            openAction = nil
            pending = (.actionColumn(FormSpec.actionDescription), [id], currentArea, false)
            consumed.insert(id)
            return
        }
        if unit.looksLikeLabel {
            // A heading no field claims closes the section before it.
            inActions = false
            openAction = nil
            inlineField = nil
            lastFieldWithSubFields = nil
        }
    }

    /// "Label: value", "**Label** value" (a bold label run, colon or not), or "Rating Good"
    /// (a choice's label and one of its options, nothing else) in one paragraph or cell.
    /// The paragraphs of a value written in the same cell as its label: the value's part
    /// of the first paragraph, or the paragraphs after a label that stands on its own.
    func valueParagraphs(of unit: TextUnit, after value: String) -> [(text: String, isListItem: Bool)] {
        let paragraphs = statements(of: unit)
        guard let first = paragraphs.first else { return [(value, false)] }
        let firstValue = first.text.hasSuffix(value) ? value : ""
        if firstValue.isEmpty, let label = first.text.split(whereSeparator: \.isNewline).first,
           target(forLabel: String(label)) != nil {
            // "Evidence" then a line break and the statements: keep the lines after the label.
            let rest = first.text.split(whereSeparator: \.isNewline).dropFirst().joined(separator: "\n")
            return ([(rest, first.isListItem)] + paragraphs.dropFirst()).filter { !$0.text.trimmedWhitespace.isEmpty }
        }
        return [(value, first.isListItem)] + paragraphs.dropFirst()
    }

    /// The label part of "Label: value" as written, colon and all.
    func writtenLabel(_ text: String, value: String) -> String {
        guard !value.isEmpty, text.hasSuffix(value) else { return text }
        return String(text.dropLast(value.count)).trimmedWhitespace
    }

    func inlineLabel(_ unit: TextUnit) -> (label: String, value: String)? {
        let text = valueText(unit)
        if let split = LabelText.splitInline(text), target(forLabel: split.label) != nil { return split }
        if let lead = unit.paragraphs.first?.boldLead, unit.paragraphs.count == 1, text.hasPrefix(lead) {
            let label = lead.trimmingCharacters(in: CharacterSet(charactersIn: ":：-–— \u{00A0}"))
            let value = text.dropFirst(lead.count).trimmingCharacters(in: CharacterSet(charactersIn: ":：-–— \u{00A0}\t"))
            if !label.isEmpty, target(forLabel: label) != nil { return (label, value) }
        }
        for separator in ["\t", "\n"] {
            // "Child ID<tab>7204518", or a label on its own line above its value in one cell.
            guard let range = text.range(of: separator) else { continue }
            let label = String(text[..<range.lowerBound]).trimmedWhitespace
            let value = String(text[range.upperBound...]).trimmedWhitespace
            if !label.isEmpty, target(forLabel: label) != nil { return (label, value) }
        }
        if let split = LabelText.splitInline(text) { return split }
        return choicePrefix(text)
    }

    /// "Rating Good", "Overall judgement Requires improvement": a choice's label followed
    /// by exactly one of its options. Only a clean option counts, so prose is never split.
    func choicePrefix(_ text: String) -> (label: String, value: String)? {
        guard text.count <= 90, !text.contains("\n") else { return nil }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
        guard words.count >= 2 else { return nil }
        for cut in stride(from: min(words.count - 1, 9), through: 1, by: -1) {
            let label = words[..<cut].joined(separator: " ")
            guard let target = target(forLabel: label), let type = choiceType(target) else { continue }
            let value = words[cut...].joined(separator: " ")
            let outcome = normaliser.normalise(value, as: type)
            if outcome.value != nil, outcome.warning == nil, isOption(value, type) { return (label, value) }
        }
        return nil
    }

    /// A heading line of an area's name, a dash or colon, and one of the rating's options.
    func areaHeadingWithRating(_ unit: TextUnit) -> (area: String, rating: String)? {
        let text = valueText(unit)
        guard unit.looksLikeLabel || unit.paragraphs.first?.boldLead != nil, text.count <= 120,
              text.utf8.contains(where: { $0 == 0x2D || $0 == 0x3A || $0 == 0xE2 }) else { return nil }
        for separator in [" – ", " — ", " - ", ": "] {
            guard let range = text.range(of: separator, options: .backwards) else { continue }
            let head = String(text[..<range.lowerBound]), tail = String(text[range.upperBound...]).trimmedWhitespace
            guard isOption(tail, .vocabulary("rating")), let area = spec.area(forCandidates: spec.candidates(head)) else { continue }
            return (area.key, tail)
        }
        return nil
    }

    /// "Child ID: 7001234 | Team: Riverside 2": several labels with their values on one line,
    /// set apart by bars or tabs. Read only when every part is a label and its value.
    func readPairs(_ unit: TextUnit) -> Bool {
        let text = valueText(unit)
        guard text.contains("|") || text.contains("\t"), text.count <= 400 else { return false }
        let parts = text.split(whereSeparator: { $0 == "|" || $0 == "\t" }).map { $0.trimmedWhitespace }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return false }
        var pairs: [(FormSpec.Target, String, String)] = []
        for part in parts {
            guard let (label, value) = LabelText.splitInline(part), !value.isEmpty, let target = target(forLabel: label) else { return false }
            pairs.append((target, part, value))
        }
        flushPending()
        consumed.insert(unit.id)
        for (target, part, value) in pairs {
            noteLabel(target, text: writtenLabel(part, value: value), at: unit.location)
            assign(target, paragraphs: [(value, false)], location: unit.location, method: .paragraph)
        }
        return true
    }

    /// An area's heading opens its section and closes any other.
    func enterArea(_ key: String, heading unit: TextUnit) {
        currentArea = key
        inActions = false
        openAction = nil
        inlineField = nil
        lastFieldWithSubFields = nil
        consumed.insert(unit.id)
        labelTexts.append(valueText(unit))
    }

    func flushPending() {
        guard let open = pending else { return }
        pending = nil
        guard let first = open.units.first else { return }
        let paragraphs = open.units.flatMap { statements(of: layout.unit($0)) }
        assign(open.target, paragraphs: paragraphs, location: layout.unit(first).location, method: .paragraph, area: open.area)
    }
}
