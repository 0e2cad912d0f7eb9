import StarlingForms

/// AUD-108: for children looked after and care leavers, permanence is the question.
struct PermanenceRule: Rule {
    static let description = RuleDescription(
        id: "AUD-108", title: "Permanence is missing for a child looked after", severity: .advisory, standard: "S3",
        appliesTo: [.monthlyAudit],
        guidance: "For a child looked after or a care leaver, rate the Permanence area: is there a plan for a stable, lasting home, and is it on track for the child?",
        passing: [#"{"child": {"legal_status": "child_looked_after"}, "areas": [{"area": "permanence", "rating": "good", "evidence": ["e"], "impact": ["i"]}]}"#],
        failing: [#"{"child": {"legal_status": "child_looked_after"}, "areas": [{"area": "planning", "rating": "good"}]}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit, let status = audit.child?.legalStatus,
              status == "child_looked_after" || status == "care_leaver",
              !audit.areas.contains(where: { $0.area == "permanence" && $0.rating != nil })
        else { return [] }
        return [finding(context, field: "areas.permanence", message: "The child is \(context.pack.label(status)) but the Permanence area is not rated.",
                        locationOf: "child.legal_status")]
    }
}
