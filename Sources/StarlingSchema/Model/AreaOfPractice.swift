/// An area of practice that an audit rates, with the standards it tests.
public struct AreaOfPractice: Sendable, Equatable {
    public let key: String
    /// The heading forms use for the area's section.
    public let name: String
    public let standards: [String]
    /// Other headings the area has had on historic templates.
    public let labels: [String]
    /// Short names used in content-control tags and legacy field names (`plan_evidence`).
    public let tags: [String]
    /// Legal statuses the area is expected for; empty means every child.
    public let expectedFor: [String]

    public init(key: String, name: String, standards: [String], labels: [String] = [], tags: [String] = [], expectedFor: [String] = []) {
        self.key = key
        self.name = name
        self.standards = standards
        self.labels = labels
        self.tags = tags
        self.expectedFor = expectedFor
    }

    /// Whether an audit of a child with this legal status should rate the area.
    public func isExpected(forLegalStatus status: String?) -> Bool {
        expectedFor.isEmpty || status.map(expectedFor.contains) == true
    }
}
