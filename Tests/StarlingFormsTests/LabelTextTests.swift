import Testing
@testable import StarlingForms

/// The byte-level helpers that replaced Foundation's `range(of:)` and character splits find
/// what those found.
struct LabelTextTests {
    @Test func theHeadBeforeTheFirstDashThatTheTextHolds() {
        let dashes = [" – ", " — ", " - "]
        #expect(LabelText.head(of: "Planning – Good", before: dashes) == "Planning")
        #expect(LabelText.head(of: "Risk — Requires improvement", before: dashes) == "Risk")
        #expect(LabelText.head(of: "Voice of the child - Outstanding", before: dashes) == "Voice of the child")
        // The separators are tried in order, as before: an en dash anywhere wins over a hyphen.
        #expect(LabelText.head(of: "Self-care - x – y", before: dashes) == "Self-care - x")
        #expect(LabelText.head(of: "Self-care", before: dashes) == nil)
        #expect(LabelText.head(of: "Café – Bon", before: dashes) == "Café")
        #expect(LabelText.head(of: " - ", before: dashes) == "")
        #expect(LabelText.head(of: "", before: dashes) == nil)
    }

    @Test func segmentsApartByBarsOrTabs() {
        #expect(LabelText.barSegments("Child ID: 7001234 | Team: Riverside 2") == ["Child ID: 7001234 ", " Team: Riverside 2"])
        #expect(LabelText.barSegments("Auditor:\tA. Person") == ["Auditor:", "A. Person"])
        #expect(LabelText.barSegments("Just one line") == ["Just one line"])
        #expect(LabelText.barSegments("").isEmpty)
    }
}
