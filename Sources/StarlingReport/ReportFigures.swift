/// Every figure in the report, as written to figures.json. Teams and counts only: no
/// child's name or ID is ever held here.
public struct ReportFigures: Codable, Sendable {
    public var month: ReportMonth
    public var asOf: String
    public var method: String
    /// Ratings for the report month and the two before it (Table 1).
    public var months: [MonthRatings]
    /// The last five financial quarters, outstanding folded into good (Table 2).
    public var quarters: [QuarterRatings]
    /// The three months by the child's legal status (Table 3).
    public var legalStatus: [LegalStatusRatings]
    public var teams: TeamFigures
    public var areasMonth: [AreaRatings]
    public var areasThreeMonths: [AreaRatings]
    /// Moderator effect over the last five months (Table 4).
    public var moderation: [ModerationMonth]
    public var participation: [ParticipationFigure]
    public var views: [ViewFigure]
    public var concerns: [ConcernMonth]
    /// For the month and for the three months.
    public var atRisk: [AtRiskFigure]
    public var actions: ActionFigures
    /// Late or inadmissible audits of the three months: not counted, listed instead.
    public var excluded: [ExcludedAudit]

    enum CodingKeys: String, CodingKey {
        case month, method, months, quarters, teams, moderation, participation, views, concerns, actions, excluded
        case asOf = "as_of", legalStatus = "legal_status", areasMonth = "areas_month"
        case areasThreeMonths = "areas_three_months", atRisk = "at_risk"
    }
}

public struct MonthRatings: Codable, Sendable {
    public var month: ReportMonth
    public var label: String
    public var counts: RatingCounts
}

public struct QuarterRatings: Codable, Sendable {
    public var label: String
    public var months: [ReportMonth]
    /// False for the report's own quarter when the report month is not its last month.
    public var complete: Bool
    public var counts: FoldedCounts
}

public struct LegalStatusRatings: Codable, Sendable {
    public var status: String
    public var label: String
    public var byMonth: [FoldedCounts]
    public var total: FoldedCounts
    enum CodingKeys: String, CodingKey { case status, label, total, byMonth = "by_month" }
}

public struct TeamCount: Codable, Sendable, Equatable {
    public var team: String
    public var audits: Int
    public var good: Int
    public var inadequate: Int
}

public struct TeamFigures: Codable, Sendable {
    /// Teams with three or more good-or-better audits in six months.
    public var goodClusters: [TeamCount]
    /// Teams with three or more inadequate audits in six months.
    public var inadequateClusters: [TeamCount]
    /// Teams with exactly one counted audit in the three months (Table 6).
    public var auditedOnce: [TeamCount]
    /// Teams known to the store with no counted audit in the report month.
    public var notAuditedThisMonth: [String]
    public var knownTeams: Int
    enum CodingKeys: String, CodingKey {
        case goodClusters = "good_clusters", inadequateClusters = "inadequate_clusters", auditedOnce = "audited_once"
        case notAuditedThisMonth = "not_audited_this_month", knownTeams = "known_teams"
    }
}

public struct AreaRatings: Codable, Sendable {
    public var area: String
    public var label: String
    public var counts: RatingCounts
}

public struct ModerationMonth: Codable, Sendable {
    public var month: ReportMonth
    public var audits: Int
    public var moderated: Int
    public var upgraded: Int
    public var downgraded: Int
    public var upgradedPercent: Int?
    public var downgradedPercent: Int?
    public var finalInadequate: Int
    public var inadequateByDowngrade: Int
    public var inadequateByDowngradePercent: Int?
    enum CodingKeys: String, CodingKey {
        case month, audits, moderated, upgraded, downgraded
        case upgradedPercent = "upgraded_percent", downgradedPercent = "downgraded_percent", finalInadequate = "final_inadequate"
        case inadequateByDowngrade = "inadequate_by_downgrade", inadequateByDowngradePercent = "inadequate_by_downgrade_percent"
    }
}

public struct ParticipationFigure: Codable, Sendable {
    public var party: String
    public var label: String
    /// The audits the percentages are of (for the IRO/CP chair, children who have one).
    public var audits: Int
    public var spoken: Int
    public var attempted: Int
    public var notAppropriate: Int
    public var notContacted: Int
    public var notRecorded: Int
    public var spokenPercent: Int?
    public var attemptedPercent: Int?
    enum CodingKeys: String, CodingKey {
        case party, label, audits, spoken, attempted
        case notAppropriate = "not_appropriate", notContacted = "not_contacted", notRecorded = "not_recorded"
        case spokenPercent = "spoken_percent", attemptedPercent = "attempted_percent"
    }
}

public struct ViewFigure: Codable, Sendable {
    public var party: String
    public var label: String
    public var positive: Int
    public var negative: Int
    public var mixed: Int
    /// Those who gave a view: the percentages are of them.
    public var total: Int
    public var positivePercent: Int?
    public var negativePercent: Int?
    public var mixedPercent: Int?

    init(party: String, label: String, positive: Int, negative: Int, mixed: Int) {
        (self.party, self.label, self.positive, self.negative, self.mixed) = (party, label, positive, negative, mixed)
        total = positive + negative + mixed
        (positivePercent, negativePercent, mixedPercent) = (Percent.of(positive, total), Percent.of(negative, total), Percent.of(mixed, total))
    }

    enum CodingKeys: String, CodingKey {
        case party, label, positive, negative, mixed, total
        case positivePercent = "positive_percent", negativePercent = "negative_percent", mixedPercent = "mixed_percent"
    }
}

public struct ConcernMonth: Codable, Sendable {
    public var month: ReportMonth
    public var category1: Int
    public var category2: Int
    /// Inadequate audits with no category: should be none, as admissibility requires one.
    public var inadequateWithoutCategory: Int
    enum CodingKeys: String, CodingKey {
        case month, category1 = "category_1", category2 = "category_2", inadequateWithoutCategory = "inadequate_without_category"
    }
}

public struct AtRiskFigure: Codable, Sendable {
    public var period: String
    public var audits: Int
    public var inadequate: Int
    /// Not rated inadequate, but at risk of becoming so without management action.
    public var atRisk: Int
    public var together: Int
    public var atRiskPercent: Int?
    public var togetherPercent: Int?

    init(period: String, audits: Int, inadequate: Int, atRisk: Int) {
        (self.period, self.audits, self.inadequate, self.atRisk) = (period, audits, inadequate, atRisk)
        together = inadequate + atRisk
        (atRiskPercent, togetherPercent) = (Percent.of(atRisk, audits), Percent.of(together, audits))
    }

    enum CodingKeys: String, CodingKey {
        case period, audits, inadequate, together
        case atRisk = "at_risk", atRiskPercent = "at_risk_percent", togetherPercent = "together_percent"
    }
}

public struct ActionFigures: Codable, Sendable {
    public var asOf: String
    public var total: Int
    public var overdue: Int
    public var completedLate: Int
    public var completedOnTime: Int
    public var notYetDue: Int
    public var noDueDate: Int
    /// How many actions carry a completion date; with none, "overdue" means "due and not known to be done".
    public var withCompletionDate: Int
    /// Each status as a percentage of all the actions.
    public var percent: [String: Int]
    enum CodingKeys: String, CodingKey {
        case total, overdue, percent
        case asOf = "as_of", completedLate = "completed_late", completedOnTime = "completed_on_time"
        case notYetDue = "not_yet_due", noDueDate = "no_due_date", withCompletionDate = "with_completion_date"
    }
}

public struct ExcludedAudit: Codable, Sendable, Equatable {
    public var month: ReportMonth
    public var team: String
    public var submittedOn: String?
    public var reason: String
    enum CodingKeys: String, CodingKey { case month, team, reason, submittedOn = "submitted_on" }
}
