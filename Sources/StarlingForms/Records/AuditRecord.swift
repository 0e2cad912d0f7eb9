/// A monthly case audit, keyed as the STARLIng brief names its fields.
public struct AuditRecord: Codable, Hashable, Sendable {
    public var audit: AuditDetails?
    public var auditor: Person?
    public var completedOn: String?
    public var submittedOn: String?
    public var service: String?
    public var child: Child?
    public var team: String?
    public var socialWorker: String?
    public var teamManager: String?
    public var participation: Participation?
    public var feedback: Feedback?
    public var areas: [AreaRecord]
    public var judgement: Judgement?
    public var concern: Concern?
    public var actions: [ActionRecord]
    public var moderation: Moderation?

    enum CodingKeys: String, CodingKey {
        case audit, auditor, service, child, team, participation, feedback, areas, judgement, concern, actions, moderation
        case completedOn = "completed_on", submittedOn = "submitted_on"
        case socialWorker = "social_worker", teamManager = "team_manager"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        audit = try c.decodeIfPresent(AuditDetails.self, forKey: .audit)
        auditor = try c.decodeIfPresent(Person.self, forKey: .auditor)
        completedOn = try c.decodeIfPresent(String.self, forKey: .completedOn)
        submittedOn = try c.decodeIfPresent(String.self, forKey: .submittedOn)
        service = try c.decodeIfPresent(String.self, forKey: .service)
        child = try c.decodeIfPresent(Child.self, forKey: .child)
        team = try c.decodeIfPresent(String.self, forKey: .team)
        socialWorker = try c.decodeIfPresent(String.self, forKey: .socialWorker)
        teamManager = try c.decodeIfPresent(String.self, forKey: .teamManager)
        participation = try c.decodeIfPresent(Participation.self, forKey: .participation)
        feedback = try c.decodeIfPresent(Feedback.self, forKey: .feedback)
        areas = try c.decodeIfPresent([AreaRecord].self, forKey: .areas) ?? []
        judgement = try c.decodeIfPresent(Judgement.self, forKey: .judgement)
        concern = try c.decodeIfPresent(Concern.self, forKey: .concern)
        actions = try c.decodeIfPresent([ActionRecord].self, forKey: .actions) ?? []
        moderation = try c.decodeIfPresent(Moderation.self, forKey: .moderation)
    }

    public struct AuditDetails: Codable, Hashable, Sendable {
        public var month: String?
        public var type: String?
        public var theme: String?
    }

    public struct Child: Codable, Hashable, Sendable {
        public var id: String?
        public var name: String?
        public var dateOfBirth: String?
        public var age: Int?
        public var legalStatus: String?
        enum CodingKeys: String, CodingKey {
            case id, name, age
            case dateOfBirth = "date_of_birth", legalStatus = "legal_status"
        }
    }

    public struct Participation: Codable, Hashable, Sendable {
        public var socialWorker: PartyParticipation?
        public var teamManager: PartyParticipation?
        public var child: PartyParticipation?
        public var parentCarer: PartyParticipation?
        public var iroCpChair: PartyParticipation?
        enum CodingKeys: String, CodingKey {
            case child
            case socialWorker = "social_worker", teamManager = "team_manager"
            case parentCarer = "parent_carer", iroCpChair = "iro_cp_chair"
        }
    }

    public struct PartyParticipation: Codable, Hashable, Sendable {
        /// `spoken`, `attempted`, `not_appropriate`, `not_contacted` (or the text as written).
        public var outcome: String?
        public var reason: String?
    }

    public struct Feedback: Codable, Hashable, Sendable {
        public var child: FeedbackView?
        public var parentCarer: FeedbackView?
        enum CodingKeys: String, CodingKey {
            case child
            case parentCarer = "parent_carer"
        }
    }

    public struct FeedbackView: Codable, Hashable, Sendable {
        /// `positive`, `negative`, `mixed`, `none`.
        public var view: String?
        public var comment: String?
    }

    public struct Judgement: Codable, Hashable, Sendable {
        public var rating: String?
        public var atRiskOfInadequate: Bool?
        public var impactSummary: String?
        public var goodPractice: String?
        enum CodingKeys: String, CodingKey {
            case rating
            case atRiskOfInadequate = "at_risk_of_inadequate", impactSummary = "impact_summary", goodPractice = "good_practice"
        }
    }

    public struct Concern: Codable, Hashable, Sendable {
        public var category: String?
        public var summary: String?
    }

    public struct Moderation: Codable, Hashable, Sendable {
        public var moderator: String?
        public var moderatedOn: String?
        public var rating: String?
        public var comments: String?
        public var admissible: Admissibility?
        /// `agreed`, `upgraded` or `downgraded`, derived from the auditor's and moderator's ratings.
        public var outcome: String?
        enum CodingKeys: String, CodingKey {
            case moderator, rating, comments, admissible, outcome
            case moderatedOn = "moderated_on"
        }
    }

    public struct Admissibility: Codable, Hashable, Sendable {
        public var value: Bool?
        public var reason: String?
    }
}

public struct Person: Codable, Hashable, Sendable {
    public var name: String?
    public var role: String?
}

/// One area of practice as the auditor rated it.
public struct AreaRecord: Codable, Hashable, Sendable {
    public var area: String
    public var rating: String?
    /// The standards the area tests, from the schema.
    public var standards: [String]
    public var evidence: [String]
    public var impact: [String]

    public init(area: String, rating: String? = nil, standards: [String] = [], evidence: [String] = [], impact: [String] = []) {
        self.area = area
        self.rating = rating
        self.standards = standards
        self.evidence = evidence
        self.impact = impact
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        area = try c.decode(String.self, forKey: .area)
        rating = try c.decodeIfPresent(String.self, forKey: .rating)
        standards = try c.decodeIfPresent([String].self, forKey: .standards) ?? []
        evidence = try c.decodeIfPresent([String].self, forKey: .evidence) ?? []
        impact = try c.decodeIfPresent([String].self, forKey: .impact) ?? []
    }
}

/// One row of the actions table.
public struct ActionRecord: Codable, Hashable, Sendable {
    public var description: String?
    public var owner: String?
    public var dueOn: String?
    public var intoCarePlan: Bool?
    enum CodingKeys: String, CodingKey {
        case description, owner
        case dueOn = "due_on", intoCarePlan = "into_care_plan"
    }
}
