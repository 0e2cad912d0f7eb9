import Foundation
import StarlingForms

/// OBS-002: an observation record must say who observed whom, or what meeting, and when —
/// the fields the schema marks required (consent has OBS-001).
struct ObservationRequiredFieldsRule: Rule {
    static let description = RuleDescription(
        id: "OBS-002", title: "An observation record is missing a required field", severity: .blocking,
        standard: "Admissibility: identification", appliesTo: [.practiceObservation, .meetingObservation],
        guidance: "Fill in the missing details at the top of the form, so the observation can be counted and the learning shared with the right people.",
        passing: [#"{"kind": "meeting_observation", "meeting": {"type": "core_group", "date": "2019-12-02"}, "observer": {"name": "A. Head"}}"#],
        failing: [#"{"kind": "meeting_observation", "meeting": {"type": "core_group"}, "observer": {"name": "A. Head"}}"#])

    func check(_ context: RuleContext) -> [Finding] {
        let kind = context.record.kind.rawValue
        guard let required = context.pack.requiredFields[kind],
              let data = try? JSONEncoder().encode(context.record),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [] }
        return required.filter { !$0.hasPrefix("consent.") && !Self.present($0, in: object) }.map { key in
            let label = context.pack.fieldLabels[kind + ":" + key] ?? key
            return finding(context, field: key, message: "The form does not give the \(label.lowercased()).")
        }
    }

    static func present(_ path: String, in object: [String: Any]) -> Bool {
        var node: Any? = object
        for part in path.split(separator: ".") { node = (node as? [String: Any])?[String(part)] }
        switch node {
        case nil, is NSNull: return false
        case let text as String: return !text.trimmingCharacters(in: .whitespaces).isEmpty
        case let list as [Any]: return !list.isEmpty
        default: return true
        }
    }
}
