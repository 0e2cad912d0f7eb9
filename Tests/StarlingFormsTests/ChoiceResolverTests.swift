import Testing
@testable import StarlingForms

/// Which option a line of boxes ticks, whichever side of its label each box stands.
@Suite struct ChoiceResolverTests {
    @Test(arguments: [
        ("☐ Outstanding ☒ Good ☐ Requires improvement", ["Good"]),
        ("Yes ☐ No ☒", ["No"]),
        ("Yes ☒ No ☐", ["Yes"]),
        ("Good ☒\tInadequate ☐", ["Good"]),
        ("Yes ☐\tNo ☒", ["No"]),
        ("☒ Spoken with\t☐ Attempted", ["Spoken with"]),
        ("☐ Yes ☐ No", []),
    ])
    func ticked(_ line: String, _ expected: [String]) {
        #expect(ChoiceResolver.tickedOptions(in: line) == expected)
    }

    /// Every tick glyph and both empty boxes, each in front of its option: the code points
    /// the resolver checks are the glyphs it documents.
    @Test(arguments: ["☒", "☑", "✓", "✔", "✅", "✗", "✘", "☓"])
    func everyTickGlyphTicks(_ glyph: String) {
        for box in ["☐", "□"] {
            #expect(ChoiceResolver.tickedOptions(in: "\(box) Outstanding \(glyph) Good \(box) Inadequate") == ["Good"])
            #expect(ChoiceResolver.hasBoxes("\(box) Outstanding"))
        }
        #expect(ChoiceResolver.hasBoxes("\(glyph) Good"))
        #expect(!ChoiceResolver.hasBoxes("Planning – Good"))
    }
}

