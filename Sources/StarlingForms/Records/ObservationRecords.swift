/// A practice observation: a practitioner observed working with a child, family or partners.
public struct PracticeObservationRecord: Codable, Hashable, Sendable {
    public var observer: Person?
    public var practitioner: Practitioner?
    public var team: String?
    public var observedOn: String?
    public var activity: String?
    public var consent: Consent?
    /// `all` or `part`.
    public var extent: String?
    public var strengths: [String]?
    public var development: [String]?
    public var feedback: ChildFamilyFeedback?
    public var actionPlan: String?
    public var supervisionSharedOn: String?
    public var sharedWithPlt: Bool?

    enum CodingKeys: String, CodingKey {
        case observer, practitioner, team, activity, consent, extent, strengths, development, feedback
        case observedOn = "observed_on", actionPlan = "action_plan"
        case supervisionSharedOn = "supervision_shared_on", sharedWithPlt = "shared_with_plt"
    }

    public struct Practitioner: Codable, Hashable, Sendable {
        public var name: String?
        /// `asye` or `experienced`.
        public var stage: String?
    }

    public struct Consent: Codable, Hashable, Sendable {
        public var byPractitioner: Bool?
        public var confirmedByObserver: Bool?
        enum CodingKeys: String, CodingKey {
            case byPractitioner = "by_practitioner", confirmedByObserver = "confirmed_by_observer"
        }
    }

    public struct ChildFamilyFeedback: Codable, Hashable, Sendable {
        public var childFamily: String?
        enum CodingKeys: String, CodingKey { case childFamily = "child_family" }
    }
}

/// A meeting observation by a Head of Service or Director.
public struct MeetingObservationRecord: Codable, Hashable, Sendable {
    public var meeting: Meeting?
    public var observer: Person?
    public var findings: Findings?
    public var learningActions: String?
    public var sentToPerformanceTeamOn: String?

    enum CodingKeys: String, CodingKey {
        case meeting, observer, findings
        case learningActions = "learning_actions", sentToPerformanceTeamOn = "sent_to_performance_team_on"
    }

    public struct Meeting: Codable, Hashable, Sendable {
        public var type: String?
        public var date: String?
        public var chair: String?
    }

    public struct Findings: Codable, Hashable, Sendable {
        public var governance: String?
        public var termsOfReference: String?
        public var leadership: String?
        public var multiAgency: String?
        public var childrenFamilies: String?
        public var pace: String?
        enum CodingKeys: String, CodingKey {
            case governance, leadership, pace
            case termsOfReference = "terms_of_reference", multiAgency = "multi_agency", childrenFamilies = "children_families"
        }
    }
}
