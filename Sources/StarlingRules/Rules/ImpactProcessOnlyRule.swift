import StarlingForms

/// AUD-102: "a strategy discussion was held" is evidence of process, not impact.
struct ImpactProcessOnlyRule: Rule {
    static let description = RuleDescription(
        id: "AUD-102", title: "An impact statement only restates process", severity: .advisory, standard: "S1",
        appliesTo: [.monthlyAudit],
        guidance: "Move what was done (meetings held, visits made, forms completed) to Evidence, and under Impact say what changed for the child because of it.",
        passing: [#"{"areas": [{"area": "response_to_risk", "rating": "good", "evidence": ["A strategy discussion was held."], "impact": ["Because of the strategy discussion the child now lives somewhere safe."]}]}"#],
        failing: [#"{"areas": [{"area": "response_to_risk", "rating": "good", "evidence": ["Records are up to date."], "impact": ["A strategy discussion was held and a section 47 enquiry completed."]}]}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit else { return [] }
        return audit.areas.flatMap { area in
            area.impact.compactMap { statement -> Finding? in
                let verdict = context.statements.classify(statement, in: context)
                guard verdict.isProcessOnly else { return nil }
                return finding(context, field: "areas.\(area.area).impact",
                               message: "This impact statement in \(context.pack.label(area.area)) describes what was done, not what changed for the child.",
                               quote: statement, because: "process words: " + verdict.process.joined(separator: ", ") + "; nothing about the child")
            }
        }
    }
}
