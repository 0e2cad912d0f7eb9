import StarlingForms

/// AUD-008: an action with no date cannot be tracked as done, late or overdue.
struct ActionDueDateRule: Rule {
    static let description = RuleDescription(
        id: "AUD-008", title: "An action has no due date", severity: .blocking, standard: "S3",
        appliesTo: [.monthlyAudit],
        guidance: "Give each action a date by which it will be done, so the action tracker can show whether it happened on time.",
        passing: [#"{"actions": [{"description": "Review the plan with Freya.", "owner": "Ben Carter", "due_on": "2019-12-20"}]}"#],
        failing: [#"{"actions": [{"description": "Review the plan with Freya.", "owner": "Ben Carter"}]}"#])

    func check(_ context: RuleContext) -> [Finding] {
        (context.audit?.actions ?? []).enumerated().filter { ($0.element.dueOn ?? "").isEmpty }.map { index, action in
            finding(context, field: "actions[\(index)].due_on", message: "Action \(index + 1) has no due date.", quote: action.description,
                    locationOf: "actions[\(index)].description")
        }
    }
}
