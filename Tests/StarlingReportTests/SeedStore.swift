import Foundation
import StarlingTestSupport
import StarlingForms
import StarlingReport
import StarlingRules
import StarlingSchema
import StarlingStore
import Testing

/// One audit to put in a test store, described by what the report counts.
struct AuditSpec {
    var month: String
    var status: String
    /// The rating that counts (the moderator's where moderated).
    var rating: String
    var auditorRating: String?
    var moderation: String?
    var team: String
    var atRisk = false
    var category: String?
    var submittedOn: String?
    var childID: String? = "9900000"
    var childName = "Testchild"
    var moderatorRulesInadmissible = false
    var participation: [String: String] = [:]
    var views: [String: String] = [:]
    var actionDue: String?

    /// The record JSON as an import would produce it.
    var json: String {
        let last = ReportMonth(month)!.lastDay
        var child: [String: Any] = ["name": childName, "legal_status": status]
        if let childID { child["id"] = childID }
        var parties: [String: Any] = [:]
        for party in ["social_worker", "team_manager", "iro_cp_chair", "child", "parent_carer"] {
            let outcome = participation[party] ?? (party == "child" ? "not_appropriate" : party == "parent_carer" ? "attempted" : "spoken")
            parties[party] = ["outcome": outcome, "reason": outcome == "spoken" ? nil : "Tried twice; see the case notes."].compactMapValues { $0 }
        }
        func area(_ key: String, _ rating: String) -> [String: Any] {
            ["area": key, "rating": rating, "evidence": ["The plan names who does what by when."], "impact": ["The child now sees their father weekly and says they feel safer."]]
        }
        let given = auditorRating ?? rating
        var areas = [area("planning", given), area("recording", "good")]
        if ["child_looked_after", "care_leaver"].contains(status) { areas.append(area("permanence", "requires_improvement")) }
        var object: [String: Any] = [
            "audit": ["month": month, "type": "monthly"], "auditor": ["name": "A. Auditor"], "team": team,
            "completed_on": submittedOn ?? last, "submitted_on": submittedOn ?? last, "child": child,
            "participation": parties, "areas": areas,
            "judgement": ["rating": given, "at_risk_of_inadequate": atRisk],
            "actions": [["description": "The child's plan sets out weekly contact.", "owner": "Team manager", "due_on": actionDue ?? last]],
            "feedback": views.mapValues { ["view": $0] },
        ]
        if let category { object["concern"] = ["category": category, "summary": "The plan does not address neglect."] }
        var moderationBlock: [String: Any] = [:]
        if let moderation { moderationBlock = ["moderator": "M. Oderator", "rating": rating, "outcome": moderation] }
        if moderatorRulesInadmissible { moderationBlock["moderator"] = "M. Oderator"; moderationBlock["admissible"] = ["value": false, "reason": "No evidence."] }
        if !moderationBlock.isEmpty { object["moderation"] = moderationBlock }
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}

/// A store built from the seed report's published counts (Tables 1 and 3), plus a few
/// audits that must not count: late, inadmissible, ruled out by the moderator, a
/// superseded version and a duplicate copy.
enum SeedStore {
    static let root: URL = RepositoryRoot.url

    static let schema = RepositorySchema.schema
    static let engine = RepositorySchema.engine

    /// Good (outstanding folded in) / RI / inadequate by legal status, per month: the seed's Table 3.
    static let table3: [(String, [String: [Int]])] = [
        ("2019-10", ["assessment": [1, 4, 2], "child_in_need": [3, 2, 3], "child_protection": [2, 3, 1], "child_looked_after": [0, 5, 2], "care_leaver": [2, 5, 2], "disabled_children": [1, 1, 1]]),
        ("2019-11", ["assessment": [1, 3, 2], "child_in_need": [1, 3, 4], "child_protection": [2, 5, 0], "child_looked_after": [4, 2, 3], "care_leaver": [1, 2, 0], "disabled_children": [2, 0, 0]]),
        ("2019-12", ["assessment": [0, 6, 2], "child_in_need": [5, 5, 5], "child_protection": [3, 4, 4], "child_looked_after": [2, 5, 1], "care_leaver": [0, 1, 1], "disabled_children": [0, 0, 0]]),
    ]
    static let statusOrder = ["assessment", "child_in_need", "child_protection", "child_looked_after", "care_leaver", "disabled_children"]
    static let ratings = ["good", "requires_improvement", "inadequate"]
    /// At risk of inadequate among RI audits per month, to give the seed's 55 %.
    static let atRisk = ["2019-10": 12, "2019-11": 9, "2019-12": 11]

    /// Every name and ID given to a child in the store: none may appear in the report.
    static var childSecrets: [String] { ["Testchild", "9900000", "Zebedee-Private", "7700123"] }

    static func specs() -> [AuditSpec] {
        var specs: [AuditSpec] = []
        for (month, byStatus) in table3 {
            var atRiskLeft = atRisk[month]!, upgradeLeft = month == "2019-11" ? 1 : 0
            var downToInadequate = month == "2019-12" ? 4 : 0, downToRI = month == "2019-12" ? 4 : 0
            var outstandingLeft = month == "2019-11" ? 1 : 0, category1Left = month == "2019-12" ? 1 : 0
            for status in statusOrder {
                for (r, rating) in ratings.enumerated() {
                    for _ in 0..<byStatus[status]![r] {
                        // Teams by status and rating, so team figures are known: e.g. "CIN inadequate".
                        var spec = AuditSpec(month: month, status: status, rating: rating, team: "\(status) \(rating)")
                        if rating == "good", status == "disabled_children", outstandingLeft > 0 { spec.rating = "outstanding"; outstandingLeft -= 1 }
                        if rating == "good", upgradeLeft > 0 { spec.auditorRating = "requires_improvement"; spec.moderation = "upgraded"; upgradeLeft -= 1 }
                        if rating == "inadequate", downToInadequate > 0 { spec.auditorRating = "requires_improvement"; spec.moderation = "downgraded"; downToInadequate -= 1 }
                        if rating == "requires_improvement", downToRI > 0 { spec.auditorRating = "good"; spec.moderation = "downgraded"; downToRI -= 1 }
                        if rating == "requires_improvement", atRiskLeft > 0 { spec.atRisk = true; atRiskLeft -= 1 }
                        if rating == "inadequate" {
                            spec.category = category1Left > 0 ? "category_1" : "category_2"
                            if category1Left > 0 { category1Left -= 1 }
                        }
                        specs.append(spec)
                    }
                }
            }
        }
        decemberParticipation(&specs)
        // Older quarters: Forest Team 1 has three good audits in July (a six-month good
        // cluster), one inadequate in June, one RI in January 2019.
        for _ in 0..<3 { specs.append(AuditSpec(month: "2019-07", status: "child_in_need", rating: "good", team: "Forest Team 1")) }
        specs.append(AuditSpec(month: "2019-06", status: "child_in_need", rating: "inadequate", team: "Forest Team 1", category: "category_2"))
        specs.append(AuditSpec(month: "2019-01", status: "child_in_need", rating: "requires_improvement", team: "Forest Team 1"))
        return specs
    }

    /// December's participation and views: SW 39 and TM 40 of 44, 10 children and 27
    /// parents spoken to, with the seed's views (60/10/30 and 67/11/22).
    static func decemberParticipation(_ specs: inout [AuditSpec]) {
        let december = specs.indices.filter { specs[$0].month == "2019-12" }
        let childViews = Array(repeating: "positive", count: 6) + ["negative"] + Array(repeating: "mixed", count: 3)
        let parentViews = Array(repeating: "positive", count: 18) + Array(repeating: "negative", count: 3) + Array(repeating: "mixed", count: 6)
        var chairs = 0
        for (n, index) in december.enumerated() {
            specs[index].participation["social_worker"] = n < 39 ? "spoken" : "attempted"
            specs[index].participation["team_manager"] = n < 40 ? "spoken" : "not_contacted"
            if n < 10 { specs[index].participation["child"] = "spoken"; specs[index].views["child"] = childViews[n] }
            if n < 27 { specs[index].participation["parent_carer"] = "spoken"; specs[index].views["parent_carer"] = parentViews[n] }
            if ["child_protection", "child_looked_after"].contains(specs[index].status) {
                specs[index].participation["iro_cp_chair"] = chairs < 11 ? "spoken" : "not_contacted"
                chairs += 1
            }
            specs[index].actionDue = "2020-01-15"
        }
    }

    /// December audits that must not count.
    static func uncounted() -> [AuditSpec] {
        [
            AuditSpec(month: "2019-12", status: "child_in_need", rating: "inadequate", team: "Stroud Team 9", category: "category_2", submittedOn: "2020-01-03"),
            AuditSpec(month: "2019-12", status: "child_in_need", rating: "inadequate", team: "Stroud Team 9", category: "category_2", submittedOn: "2020-01-06"),
            AuditSpec(month: "2019-12", status: "child_in_need", rating: "good", team: "Stroud Team 9", childID: nil),
            AuditSpec(month: "2019-12", status: "child_in_need", rating: "good", team: "Stroud Team 9", moderatorRulesInadmissible: true),
        ]
    }

    static func file(_ spec: AuditSpec, path: String, sha: String) throws -> StoredFile {
        let record = try RuleExamples.record(spec.json, kind: .monthlyAudit)
        let validation = engine.validate(record: record, today: "2020-06-30")
        return StoredFile(path: path, size: spec.json.utf8.count, sha256: sha, content: try StoredFile.record(record, validation))
    }

    /// Fills the store; returns how many audits were written.
    static func fill(_ store: RecordStore) async throws {
        var n = 0
        func put(_ spec: AuditSpec, path: String? = nil, sha: String? = nil) async throws {
            n += 1
            try await store.store(try file(spec, path: path ?? "audits/\(spec.month)/audit-\(n).docx", sha: sha ?? String(format: "%064x", n)))
        }
        // A superseded version: the same path is stored again below, and only the new one counts.
        var old = AuditSpec(month: "2019-12", status: "child_in_need", rating: "good", team: "Old Version Team")
        old.childName = "Zebedee-Private"
        try await put(old, path: "audits/superseded.docx")
        var first = true
        for spec in specs() {
            if first, spec.month == "2019-12" {
                try await put(spec, path: "audits/superseded.docx", sha: "dup-source")
                first = false
            } else {
                try await put(spec)
            }
        }
        // A copy of an imported file under another name is a duplicate, not a second audit.
        var copy = specs().first { $0.month == "2019-12" }!
        copy.childID = "7700123"
        try await put(copy, path: "copies/copy of superseded.docx", sha: "dup-source")
        for spec in uncounted() { try await put(spec) }
    }
}
