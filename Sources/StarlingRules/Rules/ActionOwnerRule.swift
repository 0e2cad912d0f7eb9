import StarlingForms

/// AUD-007: an action nobody owns does not happen.
struct ActionOwnerRule: Rule {
    static let description = RuleDescription(
        id: "AUD-007", title: "An action has no owner", severity: .blocking, standard: "S3",
        appliesTo: [.monthlyAudit],
        guidance: "Name who will do each action (a person or a role), so that the team manager can follow it up.",
        passing: [#"{"actions": [{"description": "Review the plan with Freya.", "owner": "Ben Carter", "due_on": "2019-12-20"}]}"#],
        failing: [#"{"actions": [{"description": "Review the plan with Freya.", "due_on": "2019-12-20"}]}"#])

    func check(_ context: RuleContext) -> [Finding] {
        (context.audit?.actions ?? []).enumerated().filter { ($0.element.owner ?? "").isEmpty }.map { index, action in
            finding(context, field: "actions[\(index)].owner", message: "Action \(index + 1) has no owner.", quote: action.description,
                    locationOf: "actions[\(index)].description")
        }
    }
}
