/// One Standard for Practice (S1–S6) or Customer Service Standard (CS1–CS8).
public struct Standard: Sendable, Equatable, Codable {
    public let id: String
    public let title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
