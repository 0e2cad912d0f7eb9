import StarlingRules
import Testing

/// The statement classifier on realistic evidence and impact statements written for the
/// tests (none of them from the samples). Each verdict must also say which words decided it.
struct StatementClassifierTests {
    static let classifier = StatementClassifier(words: TestPaths.pack.words, childName: "Tia Morgan")

    /// Impact statements that say what changed for the child.
    @Test(arguments: [
        "Tia now sleeps through the night and tells her teacher she feels safe at home.",
        "She has moved school and her attendance has risen to 95%.",
        "The child is no longer exposed to arguments between the adults.",
        "He was able to tell his social worker about his worries at school.",
        "The young person has a trusted adult and calls her when things go wrong.",
        "Tia's weight is now within the healthy range and she is meeting her milestones.",
        "His brother and he see each other every week, which both boys say they enjoy.",
        "The baby is thriving with her foster carers.",
        "Tia said she is happier since the contact arrangements changed.",
        "Because the plan was clear, she knew who would pick her up from school each day.",
        "The child's wishes are at the centre of the plan and she recognises her own words in it.",
        "He is confident enough to go to youth club on his own.",
    ])
    func aboutTheChild(_ statement: String) {
        let verdict = Self.classifier.classify(statement)
        #expect(!verdict.aboutChild.isEmpty, "no child words found in: \(statement)")
        #expect(!verdict.isProcessOnly)
    }

    /// Impact statements that only restate process.
    @Test(arguments: [
        "A strategy discussion was held within timescales.",
        "The core group meets monthly and minutes are on file.",
        "Statutory visits were completed in line with procedures.",
        "The review conference took place and the plan was updated.",
        "Supervision was recorded every four weeks.",
        "The referral was sent to CAMHS and the assessment was completed.",
        "Case notes were uploaded within timescales.",
        "A conference was convened and minutes were circulated.",
    ])
    func processOnly(_ statement: String) {
        let verdict = Self.classifier.classify(statement)
        #expect(verdict.isProcessOnly, "not taken as process-only: \(statement) → \(verdict)")
        #expect(!verdict.process.isEmpty)
    }

    /// Statements that give advice, which belongs in the actions.
    @Test(arguments: [
        "The social worker should visit more often.",
        "The plan needs to include a contingency.",
        "It is recommended that dad's views are sought.",
        "Consider a referral to the family group conference service.",
        "Ensure the chronology is updated.",
        "The team manager must review the case within a month.",
        "Going forward, visits would benefit from more direct work.",
        "I recommend a multi-agency meeting.",
    ])
    func advice(_ statement: String) {
        #expect(!Self.classifier.classify(statement).advice.isEmpty, "no advice found in: \(statement)")
    }

    /// Descriptive statements that use advice words in passing are not advice.
    @Test(arguments: [
        "The assessment does not consider the impact of dad's drinking on Tia.",
        "Mum was clear about what she wanted for Tia.",
        "The plan was reviewed with Tia in November.",
        "The visit notes describe Tia's bedroom and what she showed the worker.",
    ])
    func notAdvice(_ statement: String) {
        #expect(Self.classifier.classify(statement).advice.isEmpty, "advice wrongly found in: \(statement)")
    }

    /// Statements that mention neither the child nor process.
    @Test(arguments: [
        "The plan is SMART.",
        "Thresholds were applied correctly.",
        "Risk was analysed well.",
    ])
    func neitherChildNorProcess(_ statement: String) {
        let verdict = Self.classifier.classify(statement)
        #expect(verdict.aboutChild.isEmpty)
    }

    @Test func theChildsNameCountsWithItsPossessive() {
        #expect(Self.classifier.classify("Morgan's school reports are better.").aboutChild.contains("Morgan"))
        #expect(StatementClassifier(words: TestPaths.pack.words, childName: nil).classify("Tia's reports are better.").aboutChild.isEmpty)
    }

    @Test func similarityTellsRepeatsFromDifferentStatements() {
        let a = "The plan sets out who will do what by when for Tia."
        #expect(StatementClassifier.similarity(a, "The plan sets out who will do what by when.") > 0.8)
        #expect(StatementClassifier.similarity(a, "Tia feels safe and sleeps well.") < 0.3)
    }
}
