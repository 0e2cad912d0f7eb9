import StarlingForms

/// AUD-103: recommendations belong in the actions, where they are owned and tracked.
struct AdviceInStatementsRule: Rule {
    static let description = RuleDescription(
        id: "AUD-103", title: "Advice written inside evidence or impact", severity: .advisory, standard: "S5",
        appliesTo: [.monthlyAudit],
        guidance: "Keep Evidence and Impact to what is in the record and what it has meant for the child. Turn the advice into an action with an owner and a date.",
        passing: [#"{"areas": [{"area": "planning", "rating": "good", "evidence": ["The plan has a contingency."], "impact": ["Freya knows what happens next."]}]}"#],
        failing: [#"{"areas": [{"area": "planning", "rating": "requires_improvement", "evidence": ["The plan should include a contingency."], "impact": ["Freya is unsure what happens next."]}]}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit else { return [] }
        return audit.areas.flatMap { area in
            [("evidence", area.evidence), ("impact", area.impact)].flatMap { part, statements in
                statements.compactMap { statement -> Finding? in
                    let advice = context.statements.classify(statement, in: context).advice
                    guard !advice.isEmpty else { return nil }
                    return finding(context, field: "areas.\(area.area).\(part)",
                                   message: "This \(part) statement in \(context.pack.label(area.area)) gives advice; advice belongs in the actions.",
                                   quote: statement, because: "advice words: " + advice.joined(separator: ", "))
                }
            }
        }
    }
}
