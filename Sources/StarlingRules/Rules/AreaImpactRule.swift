import StarlingForms

/// AUD-004: a rating needs a statement of what the practice meant for the child.
struct AreaImpactRule: Rule {
    static let description = RuleDescription(
        id: "AUD-004", title: "A rated area has no impact statement", severity: .blocking, standard: "S1",
        appliesTo: [.monthlyAudit],
        guidance: "Under Impact, say what difference the practice has made to the child's daily life: what is better, safer or still the same for them.",
        passing: [#"{"areas": [{"area": "planning", "rating": "good", "evidence": ["The plan sets out who does what."], "impact": ["Freya knows who to talk to."]}]}"#],
        failing: [#"{"areas": [{"area": "assessment", "rating": "requires_improvement", "evidence": ["The assessment is out of date."]}]}"#])

    func check(_ context: RuleContext) -> [Finding] {
        (context.audit?.areas ?? []).filter { $0.rating != nil && $0.impact.isEmpty }.map {
            finding(context, field: "areas.\($0.area).impact", message: "The \(context.pack.label($0.area)) area is rated \(context.pack.label($0.rating ?? "")) but has no impact statement.",
                    locationOf: "areas.\($0.area).rating")
        }
    }
}
