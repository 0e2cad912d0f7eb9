import StarlingForms

/// AUD-002: every audit ends in one overall judgement on the four-point scale.
struct OverallJudgementRule: Rule {
    static let description = RuleDescription(
        id: "AUD-002", title: "No overall judgement on the scale", severity: .blocking, standard: "Admissibility: judgement",
        appliesTo: [.monthlyAudit],
        guidance: "Choose one overall judgement: Outstanding, Good, Requires Improvement or Inadequate. It should follow from the area ratings and the impact for the child.",
        passing: [#"{"judgement": {"rating": "good"}}"#],
        failing: [#"{"judgement": {"impact_summary": "The child is safer."}}"#, #"{"judgement": {"rating": "satisfactory"}}"#])

    static let scale: Set<String> = ["outstanding", "good", "requires_improvement", "inadequate"]

    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit else { return [] }
        guard let rating = audit.judgement?.rating else {
            return [finding(context, field: "judgement.rating", message: "The form has no overall judgement.")]
        }
        guard Self.scale.contains(rating) else {
            return [finding(context, field: "judgement.rating", message: "The overall judgement '\(rating)' is not on the scale.", quote: rating)]
        }
        return []
    }
}
