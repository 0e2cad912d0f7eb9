import StarlingForms

/// STR-003: dates must be real and not in the future.
struct DateSenseRule: Rule {
    static let description = RuleDescription(
        id: "STR-003", title: "A date is in the future", severity: .blocking, standard: "Admissibility: structure",
        appliesTo: [.monthlyAudit, .practiceObservation, .meetingObservation],
        guidance: "Check the date: an audit cannot be completed, submitted or moderated in the future, and a child cannot be born after it.",
        passing: [#"{"completed_on": "2019-12-16"}"#],
        failing: [#"{"completed_on": "2099-12-16"}"#])

    func check(_ context: RuleContext) -> [Finding] {
        let fields: [(String, String?)]
        switch context.record.body {
        case .audit(let a): fields = [("completed_on", a.completedOn), ("submitted_on", a.submittedOn), ("child.date_of_birth", a.child?.dateOfBirth), ("moderation.moderated_on", a.moderation?.moderatedOn)]
        case .practiceObservation(let p): fields = [("observed_on", p.observedOn), ("supervision_shared_on", p.supervisionSharedOn)]
        case .meetingObservation(let m): fields = [("meeting.date", m.meeting?.date), ("sent_to_performance_team_on", m.sentToPerformanceTeamOn)]
        case .none: fields = []
        }
        return fields.compactMap { key, value in
            guard let value, value.count == 10, value > context.today else { return nil }
            return finding(context, field: key, message: "The date \(value) is in the future.", quote: value)
        }
    }
}
