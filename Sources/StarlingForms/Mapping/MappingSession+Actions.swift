import Foundation
import StarlingDocument
import StarlingSchema

/// The actions table: one row per action, its columns found by their headings.
extension MappingSession {
    func readActionsTable(_ rows: [[Int]]) -> Bool {
        guard let headerIndex = rows.prefix(3).firstIndex(where: { row in
            let columns = row.compactMap { spec.actionColumn(forCandidates: candidates(layout.unit($0))) }
            return Set(columns).count >= 2 && columns.contains("description")
        }) else { return false }
        var columns: [Int: String] = [:]
        for id in rows[headerIndex] {
            let unit = layout.unit(id)
            if let column = spec.actionColumn(forCandidates: candidates(unit)), let position = unit.cell {
                columns[position.gridColumn] = column
            }
            consumed.insert(id)
        }
        for row in rows.prefix(headerIndex) { row.forEach { if valueText(layout.unit($0)).count < 40 { consumed.insert($0) } } }
        inActions = true
        openAction = nil
        lastFieldWithSubFields = nil
        for row in rows.dropFirst(headerIndex + 1) {
            var action: [String: Hit] = [:]
            for id in row {
                let unit = layout.unit(id)
                guard let position = unit.cell, let column = columns[position.gridColumn] else { continue }
                let type: FieldType = switch column {
                case "due_on": .date
                case "into_care_plan": .boolean
                default: .text
                }
                let outcome = normaliser.normalise(statements(of: unit), as: type)
                consumed.insert(id)
                guard let value = outcome.value else { continue }
                action[column] = Hit(value: value, location: unit.location, method: .table)
                if let warning = outcome.warning { warn("actions[\(actions.count)].\(column)", warning, location: unit.location) }
            }
            if action["description"] != nil, action["into_care_plan"] == nil, columns.values.contains("into_care_plan") {
                // A tick column left blank on an action that exists: not added to the plan.
                if let location = action["description"]?.location { action["into_care_plan"] = Hit(value: .boolean(false), location: location, method: .table) }
            }
            // A row with nothing written in it (at most an unticked box) is no action.
            if case .text(let text)? = action["description"]?.value, saysNoAction(text) {
                labelTexts.append(text)
                continue
            }
            if action.values.contains(where: { $0.value != .boolean(false) }) { actions.append(action) }
        }
        return true
    }

    /// What auditors write where no action is needed (the form's `no_action_phrases`):
    /// not an action without an owner.
    func saysNoAction(_ text: String) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        let key = LabelKey.normalise(text)
        if spec.noActionPhrases.contains(key) { return true }
        // "No actions were agreed this month": a phrase of two words or more, then a few more.
        let words = key.split(separator: " ")
        guard words.count <= 8 else { return false }
        return spec.noActionPhrases.contains { phrase in phrase.contains(" ") && key.hasPrefix(phrase + " ") }
    }
}
