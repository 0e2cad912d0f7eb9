import Testing
@testable import StarlingForms

/// The record tree decodes into the typed records without a JSON round trip; these pin
/// down what the JSON decoder used to guarantee.
@Suite struct RecordTreeTests {
    @Test func nestedValuesListsAndObjectsDecode() throws {
        var tree = RecordTree()
        tree.set("child.id", .text("1234567"))
        tree.set("child.age", .integer(9))
        tree.set("audit.month", .text("2019-12"))
        tree.set("participation.child.outcome", .text("spoken_with"))
        tree.set("areas", .list([.object(["area": .text("planning"), "standards": .texts(["S2", "S3"]), "evidence": .texts(["One.", "Two."])])]))
        tree.set("actions", .list([.object(["description": .text("Update the plan"), "into_care_plan": .boolean(true)])]))
        tree.applyAuditDefaults()
        let record = try tree.decode(AuditRecord.self)
        #expect(record.child?.id == "1234567")
        #expect(record.child?.age == 9)
        #expect(record.audit?.month == "2019-12")
        #expect(record.audit?.type == "monthly")
        #expect(record.participation?.child?.outcome == "spoken_with")
        #expect(record.areas.map(\.area) == ["planning"])
        #expect(record.areas.first?.standards == ["S2", "S3"])
        #expect(record.areas.first?.evidence == ["One.", "Two."])
        #expect(record.actions.first?.intoCarePlan == true)
        #expect(record.moderation == nil)
    }

    @Test func aValueOfTheWrongKindIsAnErrorNamingItsPath() {
        var tree = RecordTree()
        tree.set("child.age", .text("nine"))
        #expect {
            try tree.decode(AuditRecord.self)
        } throws: { error in
            guard case DecodingError.typeMismatch(let type, let context) = error else { return false }
            return type == Int.self && context.codingPath.map(\.stringValue) == ["child", "age"]
        }
    }

    @Test func moderationOutcomeComparesTheRatings() throws {
        for (auditor, moderator, outcome) in [("good", "good", "agreed"), ("good", "inadequate", "downgraded"), ("requires_improvement", "outstanding", "upgraded")] {
            var tree = RecordTree()
            tree.set("judgement.rating", .text(auditor))
            tree.set("moderation.rating", .text(moderator))
            tree.applyAuditDefaults()
            #expect(try tree.decode(AuditRecord.self).moderation?.outcome == outcome)
        }
    }
}

/// Numbered labels: the byte reading agrees with the character reading it stands in for.
@Suite struct LabelNumberingTests {
    @Test(arguments: [
        ("3. Planning", "Planning"), ("Section 2 Planning", "Planning"), ("b) Impact", "Impact"), ("iv: Rating", "Rating"),
        ("Q4  Child's voice", "Child's voice"), ("  12)\tActions", "Actions"), ("Child's name", "Child's name"),
        ("Quality of plans", "Quality of plans"), ("Area of practice", "Area of practice"), ("2019", "2019"),
        ("a", "a"), ("Part B: Moderation", "Moderation"), ("Évaluation 2 x", "Évaluation 2 x"), ("1. Évaluation", "Évaluation"),
    ])
    func numberingIsDropped(_ text: String, _ expected: String) {
        #expect(LabelText.dropNumbering(text) == expected)
        #expect(LabelText.dropNumbering(text) == LabelText.dropNumberingByCharacter(text))
    }
}
