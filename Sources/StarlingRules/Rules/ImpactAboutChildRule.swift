import StarlingForms

/// AUD-101: impact is what the practice means for the child, so it should be about them.
struct ImpactAboutChildRule: Rule {
    static let description = RuleDescription(
        id: "AUD-101", title: "An impact statement does not say what it means for the child", severity: .advisory, standard: "S1",
        appliesTo: [.monthlyAudit],
        guidance: "Rewrite the impact from the child's point of view: what is different in their daily life, how safe they are, what they say. Use their name.",
        passing: [#"{"child": {"name": "Freya Holt"}, "areas": [{"area": "planning", "rating": "good", "evidence": ["The plan is clear."], "impact": ["Freya now goes to school every day."]}]}"#],
        failing: [#"{"child": {"name": "Freya Holt"}, "areas": [{"area": "planning", "rating": "good", "evidence": ["The plan is clear."], "impact": ["The plan is SMART and reviewed monthly."]}]}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit else { return [] }
        return audit.areas.flatMap { area in
            area.impact.compactMap { statement -> Finding? in
                let verdict = context.statements.classify(statement, in: context)
                // Process-only statements have a rule of their own (AUD-102).
                guard verdict.aboutChild.isEmpty, !verdict.isProcessOnly else { return nil }
                return finding(context, field: "areas.\(area.area).impact",
                               message: "This impact statement in \(context.pack.label(area.area)) does not say what the practice means for the child.",
                               quote: statement, because: "no reference to the child or their lived experience")
            }
        }
    }
}
