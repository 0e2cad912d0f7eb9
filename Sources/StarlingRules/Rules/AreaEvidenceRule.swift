import StarlingForms

/// AUD-003: a rating needs evidence from the child's record behind it.
struct AreaEvidenceRule: Rule {
    static let description = RuleDescription(
        id: "AUD-003", title: "A rated area has no evidence", severity: .blocking, standard: "S5",
        appliesTo: [.monthlyAudit],
        guidance: "Under Evidence, say what in the child's record supports the rating: the assessment, plan, visit notes or supervision records you read, with dates.",
        passing: [#"{"areas": [{"area": "planning", "rating": "good", "evidence": ["The plan of 01/10/2019 sets out who does what."], "impact": ["Freya knows who to talk to."]}]}"#],
        failing: [#"{"areas": [{"area": "planning", "rating": "good", "impact": ["Freya knows who to talk to."]}]}"#])

    func check(_ context: RuleContext) -> [Finding] {
        (context.audit?.areas ?? []).filter { $0.rating != nil && $0.evidence.isEmpty }.map {
            finding(context, field: "areas.\($0.area).evidence", message: "The \(context.pack.label($0.area)) area is rated \(context.pack.label($0.rating ?? "")) but has no evidence.",
                    locationOf: "areas.\($0.area).rating")
        }
    }
}
