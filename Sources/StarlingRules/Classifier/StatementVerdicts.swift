import Foundation
import StarlingForms

/// The statement classifier for one record, with a memo of each statement's words and
/// verdict: several rules read the same statements. A validation runs the rules in turn on
/// one thread; the lock only keeps a shared instance safe.
public final class StatementVerdicts: @unchecked Sendable {
    private let lock = NSLock()
    private var classifier: StatementClassifier?
    private var words: [String: [String]] = [:]
    private var verdicts: [String: StatementClassifier.Verdict] = [:]
    private var contentWords: [String: Set<String>] = [:]

    public init() {}

    public func classify(_ statement: String, in context: RuleContext) -> StatementClassifier.Verdict {
        lock.withLock {
            if let verdict = verdicts[statement] { return verdict }
            let classifier = self.classifier ?? StatementClassifier(
                words: context.pack.words, index: context.pack.wordIndex.index(for: context.pack.words), childName: context.audit?.child?.name)
            self.classifier = classifier
            let verdict = classifier.classify(words: wordsLocked(statement))
            verdicts[statement] = verdict
            return verdict
        }
    }

    /// The statement's content words (see `StatementClassifier.contentWords`).
    public func contentWords(_ statement: String) -> Set<String> {
        lock.withLock {
            if let known = contentWords[statement] { return known }
            let found = StatementClassifier.contentWords(words: wordsLocked(statement))
            contentWords[statement] = found
            return found
        }
    }

    private func wordsLocked(_ statement: String) -> [String] {
        if let known = words[statement] { return known }
        let found = StatementClassifier.words(statement)
        words[statement] = found
        return found
    }
}
