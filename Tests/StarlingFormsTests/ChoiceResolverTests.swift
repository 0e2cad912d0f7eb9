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
}
