import StarlingForms

/// AUD-104: the QA report asks auditors to differentiate evidence and impact.
struct EvidenceImpactRepeatRule: Rule {
    static let description = RuleDescription(
        id: "AUD-104", title: "Evidence and impact repeat each other", severity: .advisory, standard: "S5",
        appliesTo: [.monthlyAudit],
        guidance: "Evidence says what you found in the record; impact says what it has meant for the child. Rewrite the impact so it adds the child's experience rather than repeating the evidence.",
        passing: [#"{"areas": [{"area": "planning", "rating": "good", "evidence": ["The plan of 01/10/2019 sets out who does what by when."], "impact": ["Freya knows who to talk to at school."]}]}"#],
        failing: [#"{"areas": [{"area": "planning", "rating": "good", "evidence": ["The plan sets out who does what by when and is reviewed."], "impact": ["The plan sets out who does what by when."]}]}"#])

    func check(_ context: RuleContext) -> [Finding] {
        (context.audit?.areas ?? []).compactMap { area in
            // Each statement's content words once, not once per pair.
            let evidenceWords = area.evidence.map { ($0, context.statements.contentWords($0)) }
            for impact in area.impact {
                let impactWords = context.statements.contentWords(impact)
                if let (evidence, _) = evidenceWords.first(where: { StatementClassifier.similarity($0.1, impactWords) >= 0.8 }) {
                    return finding(context, field: "areas.\(area.area)",
                                   message: "In \(context.pack.label(area.area)), an impact statement repeats the evidence.",
                                   quote: impact, because: "shares most of its words with the evidence: \"\(evidence)\"", locationOf: "areas.\(area.area).impact")
                }
            }
            return nil
        }
    }
}
