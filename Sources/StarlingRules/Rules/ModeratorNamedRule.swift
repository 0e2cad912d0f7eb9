import StarlingForms

/// STR-004: a moderated rating must say who moderated it.
struct ModeratorNamedRule: Rule {
    static let description = RuleDescription(
        id: "STR-004", title: "A moderated rating without a moderator", severity: .blocking, standard: "Admissibility: moderation",
        appliesTo: [.monthlyAudit],
        guidance: "Add the moderator's name beside the moderated judgement, so the QA team knows who agreed, upgraded or downgraded it.",
        passing: [#"{"moderation": {"moderator": "R. Okafor", "rating": "good"}}"#],
        failing: [#"{"moderation": {"rating": "good"}}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard let moderation = context.audit?.moderation, moderation.rating != nil, (moderation.moderator ?? "").isEmpty else { return [] }
        return [finding(context, field: "moderation.moderator", message: "The form has a moderated judgement but no moderator.", locationOf: "moderation.rating")]
    }
}
