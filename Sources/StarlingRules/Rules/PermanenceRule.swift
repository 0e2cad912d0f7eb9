import StarlingForms

/// AUD-108: an area the child's legal status calls for is not rated — for children looked
/// after and care leavers, permanence is the question.
struct PermanenceRule: Rule {
    static let description = RuleDescription(
        id: "AUD-108", title: "Permanence is missing for a child looked after", severity: .advisory, standard: "S3",
        appliesTo: [.monthlyAudit],
        guidance: "For a child looked after or a care leaver, rate the Permanence area: is there a plan for a stable, lasting home, and is it on track for the child?",
        passing: [#"{"child": {"legal_status": "child_looked_after"}, "areas": [{"area": "permanence", "rating": "good", "evidence": ["e"], "impact": ["i"]}]}"#],
        failing: [#"{"child": {"legal_status": "child_looked_after"}, "areas": [{"area": "planning", "rating": "good"}]}"#])

    /// Which areas a legal status calls for is the schema's `expected_for`, not code.
    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit, let status = audit.child?.legalStatus else { return [] }
        return context.pack.areasExpectedFor.sorted { $0.key < $1.key }.compactMap { area, statuses in
            guard statuses.contains(status), !audit.areas.contains(where: { $0.area == area && $0.rating != nil }) else { return nil }
            return finding(context, field: "areas.\(area)",
                           message: "The child is \(context.pack.label(status).lowercased()) but the \(context.pack.label(area)) area is not rated.",
                           locationOf: "child.legal_status")
        }
    }
}
