/// A closed list of values (ratings, legal statuses, …) with the spellings forms use.
public struct Vocabulary: Sendable, Equatable {
    public struct Term: Sendable, Equatable {
        public let key: String
        public let label: String
        public let synonyms: [String]

        public init(key: String, label: String, synonyms: [String] = []) {
            self.key = key
            self.label = label
            self.synonyms = synonyms
        }
    }

    public let name: String
    public let terms: [Term]
    private let index: [String: String]

    public init(name: String, terms: [Term]) {
        self.name = name
        self.terms = terms
        var index: [String: String] = [:]
        for term in terms {
            for spelling in [term.key, term.label] + term.synonyms {
                let key = LabelKey.normalise(spelling)
                if !key.isEmpty, index[key] == nil { index[key] = term.key }
            }
        }
        self.index = index
    }

    public var keys: [String] { terms.map(\.key) }
    public func term(_ key: String) -> Term? { terms.first { $0.key == key } }

    /// The key a written value stands for: "RI", "Requiring Improvement" → `requires_improvement`;
    /// "Child Protection (CP)" → `child_protection`. Nil when it is none of the terms.
    public func key(for written: String) -> String? {
        let whole = LabelKey.normalise(written)
        if let key = index[whole] { return key }
        // "Child Protection (CP)", "Monthly (journey and impact)": the words outside the
        // brackets, then the words inside them.
        guard let open = written.firstIndex(of: "("), let close = written[open...].firstIndex(of: ")") else { return nil }
        let outside = String(written[..<open]) + " " + String(written[written.index(after: close)...])
        if let key = index[LabelKey.normalise(outside)] { return key }
        return index[LabelKey.normalise(String(written[written.index(after: open)..<close]))]
    }
}
