import StarlingForms

/// AUD-106: actions should change something for the child, not only tidy the file.
struct ActionOutcomeRule: Rule {
    static let description = RuleDescription(
        id: "AUD-106", title: "An action is about process, not the outcome for the child", severity: .advisory, standard: "S3",
        appliesTo: [.monthlyAudit],
        guidance: "Say what the action will change for the child: for example \"Update the plan so that Ali's wish to see his brother is in it\" rather than \"Update the plan\".",
        passing: [#"{"child": {"name": "Ali Khan"}, "actions": [{"description": "Update the plan so that Ali can see his brother every week.", "owner": "SW", "due_on": "2020-01-10"}]}"#],
        failing: [#"{"child": {"name": "Ali Khan"}, "actions": [{"description": "Update the chronology.", "owner": "SW", "due_on": "2020-01-10"}]}"#])

    func check(_ context: RuleContext) -> [Finding] {
        guard let audit = context.audit else { return [] }
        let outcome = context.pack.words.outcome.map { $0.lowercased() }
        return audit.actions.enumerated().compactMap { index, action in
            guard let text = action.description else { return nil }
            let lower = text.lowercased()
            let verdict = context.statements.classify(text, in: context)
            guard verdict.aboutChild.isEmpty, !outcome.contains(where: { lower.contains($0) }) else { return nil }
            return finding(context, field: "actions[\(index)].description", message: "Action \(index + 1) does not say what it will change for the child.",
                           quote: text, because: "no reference to the child and no outcome words (e.g. \"so that\")")
        }
    }
}
