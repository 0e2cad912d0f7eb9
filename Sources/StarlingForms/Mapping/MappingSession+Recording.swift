import Foundation
import StarlingDocument
import StarlingSchema

/// Recording what the readers found: values with provenance, labels, the reason after an
/// answer, a party's outcome never taken for a name.
extension MappingSession {
    func key(for target: FormSpec.Target, area: String?) -> String {
        switch target {
        case .field(let field): field.key
        case .areaPart(let part, let explicit): "areas.\(explicit ?? area ?? "?").\(part.rawValue)"
        case .actionColumn(let column): "actions[\(openAction ?? actions.count)].\(column)"
        }
    }

    func assign(_ target: FormSpec.Target, paragraphs: [(text: String, isListItem: Bool)], location: Location, method: Method, area: String? = nil) {
        if let id = paragraphUnitByLocation[location] ?? unitByPlace[Place(location)] { valueUnits.insert(id) }
        switch target {
        case .field(let field):
            if let sub = field.subFields.first.flatMap(spec.field(key:)), isChoice(field.type),
               let (answer, rest) = answerAndRest(paragraphs, as: field.type) {
                // "Mixed" and, on the lines after it, what the parent said: the view and its comment.
                assign(target, paragraphs: [answer], location: location, method: method, area: area)
                if hits[sub.key].map({ $0.method < method }) ?? true {
                    assign(.field(sub), paragraphs: rest, location: location, method: method, area: area)
                }
                return
            }
            if let sub = field.subFields.first.flatMap(spec.field(key:)), isChoice(field.type), paragraphs.count == 1,
               let (answer, tail) = answerAndTail(paragraphs[0].text, as: field.type) {
                // "Attempted – he was at school": the answer, and its reason after the dash.
                assign(target, paragraphs: [(answer, false)], location: location, method: method, area: area)
                if hits[sub.key] == nil { assign(.field(sub), paragraphs: [(tail, false)], location: location, method: .inferred, area: area) }
                written[field.key] = paragraphs[0].text.trimmedWhitespace
                return
            }
            if let choice = partyChoice(for: field, written: paragraphs), method <= .table {
                // "Social worker | Spoken": an outcome under a party's name is that party's
                // participation, never the social worker's name.
                assign(.field(choice), paragraphs: paragraphs, location: location, method: method, area: area)
                return
            }
            let outcome = normaliser.normalise(paragraphs, as: field.type)
            if let warning = outcome.warning { warn(field.key, warning, location: location) }
            guard let value = outcome.value else { return }
            if let existing = hits[field.key], existing.method >= method { return }
            hits[field.key] = Hit(value: value, location: location, method: method)
            noteWritten(field.key, paragraphs, value)
        case .areaPart(let part, let explicit):
            guard let areaKey = explicit ?? area ?? currentArea else {
                warn("areas", "found \(part.rawValue) outside any area of practice", location: location)
                return
            }
            let type: FieldType = part == .rating ? .vocabulary("rating") : .statements
            let outcome = normaliser.normalise(paragraphs, as: type)
            if let warning = outcome.warning { warn("areas.\(areaKey).\(part.rawValue)", warning, location: location) }
            guard let value = outcome.value else { return }
            let builder = areas[areaKey] ?? AreaBuilder()
            areas[areaKey] = builder
            let hit = Hit(value: value, location: location, method: method)
            switch part {
            case .rating: if builder.rating.map({ $0.method < method }) ?? true { builder.rating = hit; noteWritten("areas.\(areaKey).rating", paragraphs, value) }
            case .evidence: if builder.evidence.map({ $0.method < method }) ?? true { builder.evidence = hit }
            case .impact: if builder.impact.map({ $0.method < method }) ?? true { builder.impact = hit }
            }
        case .actionColumn(let column):
            let type: FieldType = switch column {
            case "due_on": .date
            case "into_care_plan": .boolean
            default: .text
            }
            if column == FormSpec.actionDescription, paragraphs.count == 1,
               let (description, embedded) = embeddedColumns(paragraphs[0].text) {
                // "Update the plan with Leo — Owner: Joe Bloggs, By: 01/12/2021" on one line.
                assign(target, paragraphs: [(description, paragraphs[0].isListItem)], location: location, method: method, area: area)
                for (other, value) in embedded { assign(.actionColumn(other), paragraphs: [(value, false)], location: location, method: method, area: area) }
                return
            }
            let outcome = normaliser.normalise(paragraphs, as: type)
            if column == FormSpec.actionDescription, case .text(let text)? = outcome.value, saysNoAction(text) {
                // Kept with the actions' labels: the auditor's words, though no action.
                labelTexts.append(text)
                openAction = nil
                return
            }
            // A column the open action already has starts the next action of the group.
            let index = openAction.flatMap { actions[$0][column] == nil ? $0 : nil } ?? actions.count
            if let warning = outcome.warning { warn("actions[\(index)].\(column)", warning, location: location) }
            guard let value = outcome.value else { return }
            if index == actions.count { actions.append([:]) }
            openAction = index
            actions[index][column] = Hit(value: value, location: location, method: method)
            noteWritten("actions[\(index)].\(column)", paragraphs, value)
        }
    }

    /// A choice's answer on its first line and free text after it, when the first line
    /// is exactly one of the choice's options.
    func answerAndRest(_ paragraphs: [(text: String, isListItem: Bool)], as type: FieldType)
        -> (answer: (text: String, isListItem: Bool), rest: [(text: String, isListItem: Bool)])? {
        var lines: [(text: String, isListItem: Bool)] = []
        for paragraph in paragraphs {
            for line in paragraph.text.split(whereSeparator: \.isNewline) where !line.trimmedWhitespace.isEmpty {
                lines.append((String(line).trimmedWhitespace, paragraph.isListItem))
            }
        }
        guard lines.count >= 2, !ChoiceResolver.hasBoxes(lines[0].text), isOption(lines[0].text, type) else { return nil }
        return (lines[0], Array(lines.dropFirst()))
    }

    /// The choice field of the party a text field names (the social worker's participation
    /// for `social_worker`), when what is written is one of that choice's own words and no
    /// plausible name or yes/no ("Attempted", "Not contacted", "Mixed").
    func partyChoice(for field: FormSpec.FieldSpec, written paragraphs: [(text: String, isListItem: Bool)]) -> FormSpec.FieldSpec? {
        let choices = spec.partyChoices(of: field.key)
        guard !choices.isEmpty, paragraphs.count == 1 else { return nil }
        let text = paragraphs[0].text.trimmedWhitespace
        // "None" may mean no one is allocated; any other answer is no one's name.
        guard text.count <= 40, LabelKey.normalise(text) != "none" else { return nil }
        return choices.first { isOption(text, $0.type) || answerAndTail(text, as: $0.type) != nil }
    }

    /// An action written with its other columns on the same line: the description before
    /// the first "Owner:" / "Due date:" (any action column's label and a colon), and each
    /// column's value up to the next. Nil when the line names no other column.
    func embeddedColumns(_ text: String) -> (description: String, columns: [(String, String)])? {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let separators = CharacterSet(charactersIn: ",;|.()—–-").union(.whitespaces)
        var found: [(label: Range<String.Index>, value: String.Index, column: String)] = []
        var search = text.startIndex
        while let colon = text[search...].firstIndex(of: ":") {
            // The label: up to four words before the colon, after the last separator mark.
            let before = text[..<colon]
            let start = before.lastIndex(where: { ",;|—–(".contains($0) }).map { text.index(after: $0) } ?? text.startIndex
            var words = before[start...].split(separator: " ").suffix(4)
            while !words.isEmpty {
                let label = words.joined(separator: " ")
                if let column = spec.actionColumns[LabelKey.normalise(label)], column != FormSpec.actionDescription,
                   let begin = text[start..<colon].range(of: label, options: .backwards) {
                    found.append((begin.lowerBound..<colon, text.index(after: colon), column))
                    break
                }
                words.removeFirst()
            }
            search = text.index(after: colon)
        }
        guard let first = found.first else { return nil }
        let description = text[..<first.label.lowerBound].trimmingCharacters(in: separators)
        guard !description.isEmpty else { return nil }
        var columns: [(String, String)] = []
        for (index, entry) in found.enumerated() {
            let end = index + 1 < found.count ? found[index + 1].label.lowerBound : text.endIndex
            let value = text[entry.value..<end].trimmingCharacters(in: separators)
            if !value.isEmpty { columns.append((entry.column, value)) }
        }
        return (description, columns)
    }

    /// "Attempted – on leave", "Yes, discussed in supervision": a clean option, a dash, colon,
    /// semicolon or comma, then free text.
    func answerAndTail(_ text: String, as type: FieldType) -> (answer: String, tail: String)? {
        // Every separator has one of these bytes ("–" and "—" open with 0xE2): most values have none.
        guard text.utf8.count <= 400, text.utf8.contains(where: { $0 == 0x2D || $0 == 0x3A || $0 == 0x3B || $0 == 0x2C || $0 == 0x28 || $0 == 0x2E || $0 == 0xE2 }) else { return nil }
        let line = text.trimmedWhitespace
        guard !line.contains("\n"), !ChoiceResolver.hasBoxes(line) else { return nil }
        for separator in [" – ", " — ", " - ", ": ", "; ", ", ", " (", ". "] {
            guard let range = line.range(of: separator) else { continue }
            let head = String(line[..<range.lowerBound]).trimmedWhitespace
            var tail = String(line[range.upperBound...]).trimmedWhitespace
            if separator == " (", tail.hasSuffix(")") { tail.removeLast() }
            guard !tail.isEmpty, tail.contains(where: \.isLetter), isOption(head, type), !isOption(line, type) else { continue }
            return (head, tail)
        }
        return nil
    }

    /// Keeps what was written when the record holds it in another form ("Dec-19" → 2019-12).
    func noteWritten(_ key: String, _ paragraphs: [(text: String, isListItem: Bool)], _ value: RecordValue) {
        let raw = paragraphs.map(\.text).joined(separator: "\n").trimmedWhitespace
        let stored: String? = switch value {
        case .text(let text): text
        case .integer(let number): String(number)
        default: nil
        }
        if raw != stored, !raw.isEmpty { written[key] = raw }
    }

    func noteLabel(_ target: FormSpec.Target, text: String, at location: Location) {
        let key = key(for: target, area: currentArea)
        if labelLocations[key] == nil { labelLocations[key] = location }
        labelTexts.append(text)
        switch target {
        case .field(let field):
            inActions = false
            openAction = nil
            if !field.subFields.isEmpty {
                lastFieldWithSubFields = field
            } else if lastFieldWithSubFields?.subFields.contains(field.key) != true {
                lastFieldWithSubFields = nil
            }
        case .areaPart:
            inActions = false
            lastFieldWithSubFields = nil
        case .actionColumn:
            inActions = true
            lastFieldWithSubFields = nil
        }
    }

    func warn(_ field: String, _ message: String, location: Location?) {
        warnings.append(RecordWarning(field: field, message: message, written: nil, location: location))
    }
}
