import StarlingForms

/// AUD-009: audits are done with practitioners, not to them.
struct PractitionerInvolvementRule: Rule {
    static let description = RuleDescription(
        id: "AUD-009", title: "Neither the social worker nor the team manager was involved", severity: .blocking, standard: "S6",
        appliesTo: [.monthlyAudit],
        guidance: "Speak with the allocated social worker or the team manager about the audit (or record that you tried). Audits are done with practitioners, not to them.",
        passing: [#"{"participation": {"social_worker": {"outcome": "attempted", "reason": "On leave"}, "team_manager": {"outcome": "not_contacted"}}}"#],
        failing: [#"{"participation": {"social_worker": {"outcome": "not_contacted"}, "team_manager": {"outcome": "not_contacted"}}}"#, #"{"team": "Team 3"}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit else { return [] }
        let involved: (String?) -> Bool = { $0 == "spoken" || $0 == "attempted" }
        guard !involved(audit.participation?.socialWorker?.outcome), !involved(audit.participation?.teamManager?.outcome) else { return [] }
        return [finding(context, field: "participation", message: "The form does not show that the social worker or the team manager was spoken with, or that you tried.",
                        locationOf: "participation.social_worker")]
    }
}
