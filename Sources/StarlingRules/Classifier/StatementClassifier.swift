import Foundation

/// Classifies an evidence or impact statement, explainably: every verdict names the words
/// that decided it. Word lists come from the rule pack, not from code.
public struct StatementClassifier: Sendable {
    public struct Verdict: Sendable, Equatable {
        /// Mentions the child (by name, pronoun, "the child", "young person") or their lived experience.
        public var aboutChild: [String]
        /// Process words with nothing about what changed for the child.
        public var process: [String]
        /// Advice or recommendation words.
        public var advice: [String]

        public var isProcessOnly: Bool { !process.isEmpty && aboutChild.isEmpty }
    }

    let words: RulePack.WordLists
    /// Extra words that mean the child in this record: their names.
    let names: [String]

    public init(words: RulePack.WordLists, childName: String?) {
        self.words = words
        self.names = (childName ?? "").split(separator: " ").map(String.init).filter { $0.count >= 2 }
    }

    public func classify(_ statement: String) -> Verdict {
        let text = " " + statement.lowercased().replacingOccurrences(of: #"[^a-z0-9'’ ]"#, with: " ", options: .regularExpression) + " "
        // "^consider" matches only at the start of the statement (an instruction), so
        // "the assessment does not consider…" is not advice.
        let opening = " " + text.split(separator: " ").prefix(1).joined() + " "
        func matches(_ list: [String]) -> [String] {
            list.filter { word in
                if word.hasPrefix("^") { return opening == " " + word.dropFirst().lowercased() + " " }
                return text.contains(" " + word.lowercased() + " ")
            }
        }
        let about = matches(words.child + words.lived) + names.filter { text.contains(" " + $0.lowercased() + " ") || text.contains(" " + $0.lowercased() + "'s ") || text.contains(" " + $0.lowercased() + "’s ") }
        return Verdict(aboutChild: about, process: matches(words.process), advice: matches(words.advice))
    }

    /// How alike two statements are (shared content words over the smaller set), 0…1.
    public static func similarity(_ a: String, _ b: String) -> Double {
        func words(_ s: String) -> Set<String> {
            Set(s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { $0.count > 3 })
        }
        let x = words(a), y = words(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return Double(x.intersection(y).count) / Double(min(x.count, y.count))
    }
}
