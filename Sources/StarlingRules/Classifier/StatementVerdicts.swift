import Foundation
import StarlingForms

/// The statement classifier for one record, with a memo of its verdicts. A validation runs
/// the rules in turn on one thread; the lock only keeps a shared instance safe.
public final class StatementVerdicts: @unchecked Sendable {
    private let lock = NSLock()
    private var classifier: StatementClassifier?
    private var verdicts: [String: StatementClassifier.Verdict] = [:]

    public init() {}

    public func classify(_ statement: String, in context: RuleContext) -> StatementClassifier.Verdict {
        lock.withLock {
            if let verdict = verdicts[statement] { return verdict }
            let classifier = self.classifier ?? StatementClassifier(words: context.pack.words, childName: context.audit?.child?.name)
            self.classifier = classifier
            let verdict = classifier.classify(statement)
            verdicts[statement] = verdict
            return verdict
        }
    }
}
