import StarlingStore

/// Computes every figure of the monthly report from the audits. Only counted audits
/// (admissible, and submitted by the last day of their month) enter a figure; the
/// rating is the moderated one where there is one.
public struct ReportBuilder: Sendable {
    public let month: ReportMonth
    public let asOf: String
    public let data: ReportData

    public init(month: ReportMonth, asOf: String, data: ReportData) {
        self.month = month
        self.asOf = asOf
        self.data = data
    }

    /// The months the report reads: back to the first month of the fifth quarter shown.
    public static func firstMonth(for month: ReportMonth) -> ReportMonth {
        min(month.quarter.adding(-4).firstMonth, month.adding(-11))
    }

    /// Loads the audits the report needs and computes it.
    public static func build(_ store: RecordStore, month: ReportMonth, asOf: String) async throws -> ReportFigures {
        let data = try await ReportData.load(store, from: firstMonth(for: month), to: month)
        return ReportBuilder(month: month, asOf: asOf, data: data).figures()
    }

    var threeMonths: [ReportMonth] { month.window(3) }

    func counted(_ months: [ReportMonth]) -> [AuditRow] {
        let wanted = Set(months)
        return data.audits.filter { $0.counts && wanted.contains($0.month) }
    }

    public func figures() -> ReportFigures {
        ReportFigures(
            month: month, asOf: asOf, method: Percent.method,
            months: threeMonths.map { MonthRatings(month: $0, label: $0.label, counts: RatingCounts(counted([$0]).map(\.rating))) },
            quarters: quarters(), legalStatus: legalStatus(), teams: teams(),
            areasMonth: areas(counted([month])), areasThreeMonths: areas(counted(threeMonths)),
            moderation: month.window(5).map(moderation), participation: participation(), views: views(),
            concerns: threeMonths.map(concerns), atRisk: atRisk(), actions: actions(), excluded: excluded())
    }

    func quarters() -> [QuarterRatings] {
        (0..<5).reversed().map { back in
            let quarter = month.quarter.adding(-back)
            let months = quarter.months.filter { $0 <= month }
            return QuarterRatings(
                label: quarter.label, months: months, complete: months.count == 3,
                counts: RatingCounts(counted(months).map(\.rating)).folded)
        }
    }

    /// The seed's rows first, in its order; any other status after them.
    func legalStatus() -> [LegalStatusRatings] {
        let audits = counted(threeMonths)
        let present = Set(audits.map { $0.legalStatus ?? "not_recorded" })
        let order = Labels.legalStatusOrder.filter(present.contains) + present.subtracting(Labels.legalStatusOrder).sorted()
        return order.map { status in
            let mine = audits.filter { ($0.legalStatus ?? "not_recorded") == status }
            return LegalStatusRatings(
                status: status, label: Labels.legalStatus(status),
                byMonth: threeMonths.map { m in RatingCounts(mine.filter { $0.month == m }.map(\.rating)).folded },
                total: RatingCounts(mine.map(\.rating)).folded)
        }
    }

    func teams() -> TeamFigures {
        func tally(_ audits: [AuditRow]) -> [TeamCount] {
            Dictionary(grouping: audits, by: \.team).map { team, audits in
                let counts = RatingCounts(audits.map(\.rating))
                return TeamCount(team: team, audits: audits.count, good: counts.goodOrBetter, inadequate: counts.inadequate)
            }.sorted { $0.team < $1.team }
        }
        let sixMonths = tally(counted(month.window(6)))
        let thisMonth = Set(counted([month]).map(\.team))
        return TeamFigures(
            goodClusters: sixMonths.filter { $0.good >= 3 }, inadequateClusters: sixMonths.filter { $0.inadequate >= 3 },
            auditedOnce: tally(counted(threeMonths)).filter { $0.audits == 1 },
            notAuditedThisMonth: data.knownTeams.filter { !thisMonth.contains($0) }, knownTeams: data.knownTeams.count)
    }

    func areas(_ audits: [AuditRow]) -> [AreaRatings] {
        var counts: [String: RatingCounts] = [:]
        for audit in audits {
            for area in audit.areas where area.rating != nil { counts[area.area, default: RatingCounts()].add(area.rating) }
        }
        let order = Labels.areaOrder.filter { counts[$0] != nil } + counts.keys.filter { !Labels.areaOrder.contains($0) }.sorted()
        return order.map { AreaRatings(area: $0, label: Labels.area($0), counts: counts[$0]!) }
    }

    func moderation(_ month: ReportMonth) -> ModerationMonth {
        let audits = counted([month])
        let upgraded = audits.filter { $0.moderationOutcome == "upgraded" }.count
        let downgraded = audits.filter { $0.moderationOutcome == "downgraded" }.count
        let inadequate = audits.filter { $0.rating == Rating.inadequate.rawValue }
        let byDowngrade = inadequate.filter { $0.moderationOutcome == "downgraded" }.count
        return ModerationMonth(
            month: month, audits: audits.count, moderated: audits.filter { $0.moderationOutcome != nil }.count,
            upgraded: upgraded, downgraded: downgraded,
            upgradedPercent: Percent.of(upgraded, audits.count), downgradedPercent: Percent.of(downgraded, audits.count),
            finalInadequate: inadequate.count, inadequateByDowngrade: byDowngrade,
            inadequateByDowngradePercent: Percent.of(byDowngrade, inadequate.count))
    }

    /// Children with an IRO (looked after) or a CP chair (child protection plan).
    static let hasIROorChair: Set<String> = ["child_protection", "child_looked_after"]

    func participation() -> [ParticipationFigure] {
        let audits = counted([month])
        return Labels.parties.map { party, label in
            let mine = party == "iro_cp_chair" ? audits.filter { Self.hasIROorChair.contains($0.legalStatus ?? "") } : audits
            let outcomes = mine.map { $0.participation[party] }
            func n(_ outcome: String) -> Int { outcomes.filter { $0 == outcome }.count }
            return ParticipationFigure(
                party: party, label: label, audits: mine.count, spoken: n("spoken"), attempted: n("attempted"),
                notAppropriate: n("not_appropriate"), notContacted: n("not_contacted"), notRecorded: outcomes.filter { $0 == nil }.count,
                spokenPercent: Percent.of(n("spoken"), mine.count), attemptedPercent: Percent.of(n("attempted"), mine.count))
        }
    }

    func views() -> [ViewFigure] {
        let audits = counted([month])
        func figure(_ party: String, _ label: String, _ views: [String?]) -> ViewFigure {
            func n(_ view: String) -> Int { views.filter { $0 == view }.count }
            return ViewFigure(party: party, label: label, positive: n("positive"), negative: n("negative"), mixed: n("mixed"))
        }
        return [figure("child", "Children and young people", audits.map(\.childView)), figure("parent_carer", "Parents and carers", audits.map(\.parentView))]
    }

    func concerns(_ month: ReportMonth) -> ConcernMonth {
        let audits = counted([month])
        return ConcernMonth(
            month: month, category1: audits.filter { $0.concernCategory == "category_1" }.count,
            category2: audits.filter { $0.concernCategory == "category_2" }.count,
            inadequateWithoutCategory: audits.filter {
                $0.rating == Rating.inadequate.rawValue && !["category_1", "category_2"].contains($0.concernCategory ?? "")
            }.count)
    }

    func atRisk() -> [AtRiskFigure] {
        [(month.label, [month]), ("\(threeMonths[0].label) to \(month.label)", threeMonths)].map { period, months in
            let audits = counted(months)
            let inadequate = audits.filter { $0.rating == Rating.inadequate.rawValue }.count
            let atRisk = audits.filter { $0.atRiskOfInadequate && $0.rating != Rating.inadequate.rawValue }.count
            return AtRiskFigure(period: period, audits: audits.count, inadequate: inadequate, atRisk: atRisk)
        }
    }

    /// Actions from the three months' counted audits, each placed by its due and
    /// completion dates as of the as-of date (ISO dates compare as text).
    func actions() -> ActionFigures {
        let actions = counted(threeMonths).flatMap(\.actions)
        var overdue = 0, late = 0, onTime = 0, notDue = 0, noDate = 0
        for action in actions {
            if let done = action.completedOn, done <= asOf {
                if let due = action.dueOn, done > due { late += 1 } else { onTime += 1 }
            } else if let due = action.dueOn {
                if due < asOf { overdue += 1 } else { notDue += 1 }
            } else {
                noDate += 1
            }
        }
        let statuses = [("overdue", overdue), ("completed_late", late), ("completed_on_time", onTime), ("not_yet_due", notDue), ("no_due_date", noDate)]
        return ActionFigures(
            asOf: asOf, total: actions.count, overdue: overdue, completedLate: late, completedOnTime: onTime, notYetDue: notDue,
            noDueDate: noDate, withCompletionDate: actions.filter { $0.completedOn != nil }.count,
            percent: Dictionary(uniqueKeysWithValues: statuses.compactMap { key, n in Percent.of(n, actions.count).map { (key, $0) } }))
    }

    func excluded() -> [ExcludedAudit] {
        let months = Set(threeMonths)
        return data.audits.filter { months.contains($0.month) && !$0.counts }.map { audit in
            let reason = !audit.admissible
                ? (audit.isLate ? "inadmissible, and submitted after the end of the month" : "inadmissible")
                : "submitted after the end of the month (late)"
            return ExcludedAudit(month: audit.month, team: audit.team, submittedOn: audit.submittedOn, reason: reason)
        }.sorted { ($0.month, $0.team, $0.submittedOn ?? "") < ($1.month, $1.team, $1.submittedOn ?? "") }
    }
}
