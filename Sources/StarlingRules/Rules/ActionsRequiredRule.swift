import StarlingForms

/// AUD-006: practice that is not yet good needs actions to improve it.
struct ActionsRequiredRule: Rule {
    static let description = RuleDescription(
        id: "AUD-006", title: "Requires Improvement or Inadequate with no actions", severity: .blocking, standard: "S6",
        appliesTo: [.monthlyAudit],
        guidance: "Add at least one action that will improve things for the child, with who will do it and by when, agreed with the team manager.",
        passing: [#"{"judgement": {"rating": "requires_improvement"}, "actions": [{"description": "Update the plan so that Ali's views are in it.", "owner": "SW", "due_on": "2020-01-10"}]}"#],
        failing: [#"{"judgement": {"rating": "requires_improvement"}}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit, let rating = audit.judgement?.rating,
              rating == "requires_improvement" || rating == "inadequate", audit.actions.isEmpty else { return [] }
        return [finding(context, field: "actions", message: "The audit is rated \(context.pack.label(rating)) but has no actions.", locationOf: "judgement.rating")]
    }
}
