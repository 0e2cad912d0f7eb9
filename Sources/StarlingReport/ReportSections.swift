/// Lays the figures out as the seed report's sections: tables (with the chart each one
/// feeds) and a few sentences that read them.
public enum ReportSections {
    static func pct(_ value: Int?) -> String { Percent.text(value) }
    static func share(_ count: Int, _ total: Int) -> String { "\(count) (\(pct(Percent.of(count, total)))%)" }

    public static func make(_ f: ReportFigures) -> [ReportSection] {
        [ratings(f), quarters(f), legalStatus(f), teams(f), areas(f), moderation(f), participation(f), concerns(f), actions(f), excluded(f)]
    }

    static func ratings(_ f: ReportFigures) -> ReportSection {
        var rows = [["Actual numbers"] + f.months.map { _ in "" }]
        rows += Rating.allCases.map { r in [r.label] + f.months.map { String($0.counts.count(r)) } }
        rows.append(["Total"] + f.months.map { String($0.counts.total) })
        rows.append(["By percentage"] + f.months.map { _ in "" })
        rows += Rating.allCases.map { r in [r.label] + f.months.map { pct($0.counts.percent(r)) } }
        let chart = Chart(
            kind: .groupedBars, title: "Figure 1: audit ratings by month, as a percentage", categories: Rating.allCases.map(\.shortLabel),
            series: f.months.enumerated().map { i, m in
                .init(name: m.label, colour: Chart.monthColours[i + 1], values: Rating.allCases.map { r in m.counts.percent(r).map(Double.init) })
            }, unit: "%")
        let table = ReportTable(
            id: "table-01-ratings-by-month", title: "Table 1: audit ratings by month", header: ["Rating"] + f.months.map(\.label),
            rows: rows, chart: chart, note: "Counted audits only: admissible and submitted by the last day of the month. The rating is the moderator's where the audit was moderated.",
            subheadingRows: [0, 6])
        let this = f.months.last!.counts
        let three = f.months.map(\.counts).reduce(RatingCounts(), +)
        var text = ["\(this.total == 1 ? "1 audit was" : "\(this.total) audits were") counted for \(f.month.longLabel). Of these, \(share(this.goodOrBetter, this.total)) were rated good or outstanding and \(share(this.inadequate, this.total)) inadequate. Over the three months, \(pct(Percent.of(three.goodOrBetter, three.total)))% of \(three.total) audit\(three.total == 1 ? " was" : "s were") good or outstanding and \(pct(three.percent(.inadequate)))% inadequate."]
        let atRisk = ReportTable(
            id: "table-01b-at-risk", title: "Inadequate, and at risk of becoming inadequate",
            header: ["Period", "Audits", "Inadequate", "At risk of inadequate", "At risk %", "Inadequate and at risk", "Inadequate and at risk %"],
            rows: f.atRisk.map { [$0.period, String($0.audits), String($0.inadequate), String($0.atRisk), pct($0.atRiskPercent), String($0.together), pct($0.togetherPercent)] },
            note: "At risk: rated better than inadequate, but the auditor recorded that practice could become inadequate without management action.")
        if let month = f.atRisk.first {
            text.append("\(month.atRisk) audits (\(pct(month.atRiskPercent))%) described practice that could become inadequate without incisive management action; with the inadequate audits this is \(pct(month.togetherPercent))% of the month's sample.")
        }
        return ReportSection(title: "Audit ratings by month", paragraphs: text, tables: [table, atRisk])
    }

    static func quarters(_ f: ReportFigures) -> ReportSection {
        let labels = f.quarters.map { $0.label + ($0.complete ? "" : " (to date)") }
        let rows = [
            ["Good %"] + f.quarters.map { pct($0.counts.goodPercent) },
            ["RI %"] + f.quarters.map { pct($0.counts.requiresImprovementPercent) },
            ["Inadequate %"] + f.quarters.map { pct($0.counts.inadequatePercent) },
            ["Audits"] + f.quarters.map { String($0.counts.total) },
        ]
        let chart = Chart(
            kind: .groupedBars, title: "Figure 2: audit ratings by quarter, as a percentage", categories: labels,
            series: [
                .init(name: "Good", colour: Chart.ratingColours[1], values: f.quarters.map { $0.counts.goodPercent.map(Double.init) }),
                .init(name: "RI", colour: Chart.ratingColours[2], values: f.quarters.map { $0.counts.requiresImprovementPercent.map(Double.init) }),
                .init(name: "Inadequate", colour: Chart.ratingColours[3], values: f.quarters.map { $0.counts.inadequatePercent.map(Double.init) }),
            ], unit: "%")
        return ReportSection(
            title: "Audit ratings by quarter",
            paragraphs: ["Quarters are UK financial-year quarters: Q1 is April to June, so October to December 2019 is Q3 19/20. Outstanding is counted as good."],
            tables: [ReportTable(id: "table-02-ratings-by-quarter", title: "Table 2: audit ratings by quarter", header: ["By percentage"] + labels, rows: rows, chart: chart)])
    }

    static func legalStatus(_ f: ReportFigures) -> ReportSection {
        let months = f.months.map(\.label)
        let header = ["Legal status"] + (months + ["Totals"]).flatMap { ["\($0) Good", "\($0) RI", "\($0) Inad."] }
        func cells(_ c: FoldedCounts) -> [String] { [c.good, c.requiresImprovement, c.inadequate].map(String.init) }
        let counts = ReportTable(
            id: "table-03-ratings-by-legal-status", title: "Table 3: ratings by legal status, numbers", header: header,
            rows: f.legalStatus.map { s in [s.label] + (s.byMonth + [s.total]).flatMap(cells) }, note: "Outstanding is counted as good.")
        let chart = Chart(
            kind: .stackedPercent, title: "Figure 3: ratings by legal status over three months, as a percentage", categories: f.legalStatus.map(\.label),
            series: [("Good", \FoldedCounts.good, 1), ("RI", \.requiresImprovement, 2), ("Inadequate", \.inadequate, 3)].map { name, key, colour in
                .init(name: name, colour: Chart.ratingColours[colour], values: f.legalStatus.map { Double($0.total[keyPath: key]) })
            }, unit: "%")
        let percents = ReportTable(
            id: "table-03b-legal-status-percent", title: "Ratings by legal status over three months, as a percentage",
            header: ["Legal status", "Audits", "Good %", "RI %", "Inadequate %"],
            rows: f.legalStatus.map { [$0.label, String($0.total.total), pct($0.total.goodPercent), pct($0.total.requiresImprovementPercent), pct($0.total.inadequatePercent)] },
            chart: chart, note: "Groups of fewer than ten audits are too small to show a reliable pattern.")
        return ReportSection(
            title: "Audit ratings by legal status",
            paragraphs: ["Ratings by the child's legal status are given over three months (\(months.first!) to \(months.last!)) so that small groups are more representative."],
            tables: [percents, counts])
    }

    static func teams(_ f: ReportFigures) -> ReportSection {
        let t = f.teams
        func list(_ id: String, _ title: String, _ teams: [TeamCount], _ column: String, _ value: (TeamCount) -> Int) -> ReportTable {
            ReportTable(id: id, title: title, header: ["Team", column], rows: teams.isEmpty ? [["(none)", ""]] : teams.map { [$0.team, String(value($0))] })
        }
        let six = "\(f.month.adding(-5).label) to \(f.month.label)"
        return ReportSection(
            title: "Audit ratings by team",
            paragraphs: [
                "\(t.goodClusters.count) teams had three or more audits rating practice as good or outstanding in the six months \(six), and \(t.inadequateClusters.count) teams had three or more rated inadequate.",
                "\(t.notAuditedThisMonth.count) of the \(t.knownTeams) teams audited in the last twelve months had no counted audit in \(f.month.longLabel).",
            ],
            tables: [
                list("table-05a-teams-good", "Teams with three or more good audits in six months", t.goodClusters, "Good or outstanding audits", \.good),
                list("table-05b-teams-inadequate", "Teams with three or more inadequate audits in six months", t.inadequateClusters, "Inadequate audits", \.inadequate),
                list("table-06-teams-audited-once", "Table 6: teams audited only once in three months", t.auditedOnce, "No. of audits completed", \.audits),
                ReportTable(
                    id: "table-06b-teams-not-audited", title: "Teams not audited in \(f.month.longLabel)", header: ["Team"],
                    rows: t.notAuditedThisMonth.isEmpty ? [["(none)"]] : t.notAuditedThisMonth.map { [$0] },
                    note: "Teams with a monthly audit in the store in the twelve months to \(f.month.label), but none counted this month."),
            ])
    }

    static func areaTable(_ id: String, _ title: String, _ areas: [AreaRatings]) -> ReportTable {
        let chart = Chart(
            kind: .stackedPercent, title: title.replacingOccurrences(of: "Ratings", with: "Figure: ratings"), categories: areas.map(\.label),
            series: Rating.allCases.enumerated().map { i, r in .init(name: r.shortLabel, colour: Chart.ratingColours[i], values: areas.map { Double($0.counts.count(r)) }) },
            unit: "%")
        return ReportTable(
            id: id, title: title, header: ["Area of practice", "Rated", "Outstanding %", "Good %", "RI %", "Inadequate %"],
            rows: areas.map { a in [a.label, String(a.counts.total)] + Rating.allCases.map { pct(a.counts.percent($0)) } }, chart: chart,
            note: "The auditor's rating of each area (moderators rate the audit overall).")
    }

    static func areas(_ f: ReportFigures) -> ReportSection {
        ReportSection(
            title: "Audit ratings by area of practice", paragraphs: [],
            tables: [
                areaTable("table-07-areas-month", "Figure 5: ratings by area of practice, \(f.month.longLabel)", f.areasMonth),
                areaTable("table-08-areas-three-months", "Figure 6: ratings by area of practice, \(f.months.first!.label) to \(f.month.label)", f.areasThreeMonths),
            ])
    }

    static func moderation(_ f: ReportFigures) -> ReportSection {
        let m = f.moderation
        let chart = Chart(
            kind: .groupedBars, title: "Moderator effect by month", categories: m.map(\.month.label),
            series: [
                .init(name: "% upgraded", colour: Chart.ratingColours[1], values: m.map { $0.upgradedPercent.map(Double.init) }),
                .init(name: "% downgraded", colour: Chart.ratingColours[2], values: m.map { $0.downgradedPercent.map(Double.init) }),
                .init(name: "% of inadequate reached by downgrading", colour: Chart.ratingColours[3], values: m.map { $0.inadequateByDowngradePercent.map(Double.init) }),
            ], unit: "%")
        return ReportSection(
            title: "Moderator effect",
            paragraphs: ["Upgraded and downgraded are percentages of all audits counted in the month; the last column is the share of audits whose final rating is inadequate that reached it because the moderator downgraded the auditor's rating."],
            tables: [ReportTable(
                id: "table-04-moderator-effect", title: "Table 4: moderator effect",
                header: ["Month", "Audits", "Moderated", "% upgraded by moderators", "% downgraded by moderators", "Final inadequate", "% of inadequate downgraded by moderator"],
                rows: m.map { [$0.month.label, String($0.audits), String($0.moderated), pct($0.upgradedPercent), pct($0.downgradedPercent), String($0.finalInadequate), pct($0.inadequateByDowngradePercent)] },
                chart: chart)])
    }

    static func participation(_ f: ReportFigures) -> ReportSection {
        let p = f.participation
        let chart = Chart(
            kind: .stackedPercent, title: "Participation in audits, \(f.month.longLabel)", categories: p.map(\.label),
            series: [
                .init(name: "Spoken", colour: Chart.ratingColours[1], values: p.map { Double($0.spoken) }),
                .init(name: "Attempted", colour: Chart.ratingColours[2], values: p.map { Double($0.attempted) }),
                .init(name: "Not appropriate", colour: "#bbbbbb", values: p.map { Double($0.notAppropriate) }),
                .init(name: "Not contacted or not recorded", colour: Chart.ratingColours[3], values: p.map { Double($0.notContacted + $0.notRecorded) }),
            ], unit: "%")
        let table = ReportTable(
            id: "table-09-participation", title: "Participation in audits, \(f.month.longLabel)",
            header: ["Party", "Audits", "Spoken", "Spoken %", "Attempted", "Attempted %", "Not appropriate", "Not contacted", "Not recorded"],
            rows: p.map { [$0.label, String($0.audits), String($0.spoken), pct($0.spokenPercent), String($0.attempted), pct($0.attemptedPercent), String($0.notAppropriate), String($0.notContacted), String($0.notRecorded)] },
            chart: chart, note: "For the IRO / CP chair, the audits are those of children who have one (child protection plans and children looked after).")
        let v = f.views
        let viewChart = Chart(
            kind: .stackedPercent, title: "Views of the service, \(f.month.longLabel)", categories: v.map(\.label),
            series: [("Positive", \ViewFigure.positive, 1), ("Mixed", \.mixed, 2), ("Negative", \.negative, 3)].map { name, key, colour in
                .init(name: name, colour: Chart.ratingColours[colour], values: v.map { Double($0[keyPath: key]) })
            }, unit: "%")
        let views = ReportTable(
            id: "table-10-views", title: "Children's and parents' views of the service, \(f.month.longLabel)",
            header: ["Who", "Gave a view", "Positive %", "Mixed %", "Negative %"],
            rows: v.map { [$0.label, String($0.total), pct($0.positivePercent), pct($0.mixedPercent), pct($0.negativePercent)] },
            chart: viewChart, note: "Percentages of those who gave a view.")
        let sw = p[0], tm = p[1]
        return ReportSection(
            title: "Participative auditing",
            paragraphs: ["Of the \(sw.audits == 1 ? "1 audit" : "\(sw.audits) audits") counted, \(share(sw.spoken, sw.audits)) included the social worker and \(share(tm.spoken, tm.audits)) the team manager."],
            tables: [table, views])
    }

    static func concerns(_ f: ReportFigures) -> ReportSection {
        let c = f.concerns
        let chart = Chart(
            kind: .groupedBars, title: "Children of concern by category", categories: c.map(\.month.label),
            series: [
                .init(name: "Category 1", colour: Chart.ratingColours[3], values: c.map { Double($0.category1) }),
                .init(name: "Category 2", colour: Chart.ratingColours[2], values: c.map { Double($0.category2) }),
            ], unit: "")
        return ReportSection(
            title: "Children of concern",
            paragraphs: ["Category 1: the audit suggests the child is at risk and the Head of Service must act immediately. Category 2: the risk assessment or service offer is not appropriate to the child's needs."],
            tables: [ReportTable(
                id: "table-11-children-of-concern", title: "Child of Concern notifications by category",
                header: ["Month", "Category 1", "Category 2", "Total", "Inadequate with no category"],
                rows: c.map { [$0.month.label, String($0.category1), String($0.category2), String($0.category1 + $0.category2), String($0.inadequateWithoutCategory)] },
                chart: chart)])
    }

    static func actions(_ f: ReportFigures) -> ReportSection {
        let a = f.actions
        let statuses: [(String, String, Int, String)] = [
            ("Overdue", "overdue", a.overdue, Chart.ratingColours[3]), ("Completed late", "completed_late", a.completedLate, Chart.ratingColours[2]),
            ("Completed on time", "completed_on_time", a.completedOnTime, Chart.ratingColours[1]), ("Not yet due", "not_yet_due", a.notYetDue, "#9ecae1"),
            ("No due date", "no_due_date", a.noDueDate, "#bbbbbb"),
        ]
        let chart = Chart(
            kind: .stackedPercent, title: "Audit actions as of \(a.asOf)", categories: ["Actions"],
            series: statuses.map { .init(name: $0.0, colour: $0.3, values: [Double($0.2)]) }, unit: "%")
        var text = ["\(a.total) actions came from the audits counted from \(f.months.first!.label) to \(f.month.label). As of \(a.asOf): \(statuses.map { "\($0.0.lowercased()) \(pct(a.percent[$0.1]))%" }.joined(separator: ", "))."]
        if a.withCompletionDate == 0 {
            text.append("No completion dates are held for these actions: the audit form does not record them and the store has no completion date per action yet, so every action past its due date is shown as overdue and none as completed.")
        }
        return ReportSection(
            title: "Impact from audit: action completion", paragraphs: text,
            tables: [ReportTable(
                id: "table-12-action-completion", title: "Action completion as of \(a.asOf)", header: ["Status", "Actions", "%"],
                rows: statuses.map { [$0.0, String($0.2), pct(a.percent[$0.1])] } + [["Total", String(a.total), a.total > 0 ? "100" : "–"]],
                chart: chart)])
    }

    static func excluded(_ f: ReportFigures) -> ReportSection {
        ReportSection(
            title: "Audits not counted",
            paragraphs: ["Audits submitted after the last day of their month are not counted in that month's figures, nor are inadmissible ones. They are listed here by team; no child is named."],
            tables: [ReportTable(
                id: "table-13-not-counted", title: "Late and inadmissible audits, \(f.months.first!.label) to \(f.month.label)",
                header: ["Audit month", "Team", "Submitted on", "Why not counted"],
                rows: f.excluded.isEmpty ? [["(none)", "", "", ""]] : f.excluded.map { [$0.month.label, $0.team, $0.submittedOn ?? "", $0.reason] })])
    }
}
