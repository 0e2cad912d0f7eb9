import StarlingForms

/// AUD-105: the overall judgement should follow from the areas.
struct JudgementConsistencyRule: Rule {
    static let description = RuleDescription(
        id: "AUD-105", title: "Overall judgement out of line with the area ratings", severity: .advisory, standard: "S6",
        appliesTo: [.monthlyAudit],
        guidance: "Check the overall judgement against the areas. If an area is inadequate, explain why the overall judgement is higher, or revisit it; likewise if every area is good or better and the overall is lower.",
        passing: [#"{"judgement": {"rating": "requires_improvement"}, "areas": [{"area": "planning", "rating": "inadequate"}, {"area": "assessment", "rating": "good"}]}"#],
        failing: [#"{"judgement": {"rating": "good"}, "areas": [{"area": "planning", "rating": "inadequate"}]}"#])

    static let order = ["inadequate", "requires_improvement", "good", "outstanding"]

    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit, let overall = audit.judgement?.rating, let o = Self.order.firstIndex(of: overall) else { return [] }
        let ranks = audit.areas.compactMap { $0.rating.flatMap { Self.order.firstIndex(of: $0) } }
        guard let lowest = ranks.min(), let highest = ranks.max() else { return [] }
        if o >= 2, lowest == 0 {
            return [finding(context, field: "judgement.rating", message: "The overall judgement is \(context.pack.label(overall)) but an area is rated Inadequate.", quote: overall)]
        }
        if o - lowest >= 2 || highest - o >= 2 {
            return [finding(context, field: "judgement.rating", message: "The overall judgement (\(context.pack.label(overall))) is two or more grades away from an area rating.", quote: overall)]
        }
        return []
    }
}
