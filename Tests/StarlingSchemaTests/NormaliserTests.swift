import Testing
@testable import StarlingSchema

struct NormaliserTests {
    @Test(arguments: [
        ("16/12/2019", "2019-12-16"), ("1/2/2020", "2020-02-01"), ("16.12.19", "2019-12-16"), ("16-12-2019", "2019-12-16"),
        ("3rd May 2018", "2018-05-03"), ("3 May 2018", "2018-05-03"), ("Monday 3rd May 2021", "2021-05-03"),
        ("May 3rd, 2018", "2018-05-03"), ("03-May-2018", "2018-05-03"), ("21st of November 2019", "2019-11-21"),
        ("2 Sept 2019", "2019-09-02"), ("2019-12-16", "2019-12-16"), ("2019-12-16T00:00:00Z", "2019-12-16"),
        ("29/02/2020", "2020-02-29"),
    ])
    func readsUKDates(_ written: String, _ iso: String) {
        #expect(DateNormaliser.isoDate(from: written) == iso)
    }

    @Test(arguments: ["31/02/2019", "29/02/2019", "32/01/2020", "12/13/2019", "next Tuesday", "", "2019", "12/2019", "TBC"])
    func refusesWhatIsNotADate(_ written: String) {
        #expect(DateNormaliser.isoDate(from: written) == nil)
    }

    @Test(arguments: [
        ("December 2019", "2019-12"), ("Dec-19", "2019-12"), ("Dec 2019", "2019-12"), ("12/2019", "2019-12"),
        ("2019-12", "2019-12"), ("sept 2020", "2020-09"),
    ])
    func readsMonths(_ written: String, _ month: String) {
        #expect(MonthNormaliser.isoMonth(from: written) == month)
    }

    @Test(arguments: ["13/2019", "Decembre 2019", "16/12/2019", "2019"])
    func refusesWhatIsNotAMonth(_ written: String) {
        #expect(MonthNormaliser.isoMonth(from: written) == nil)
    }

    @Test(arguments: [("Yes", true), ("y", true), ("TRUE", true), ("☒", true), ("✓", true), ("No", false), ("n", false), ("☐", false), ("0", false)])
    func readsYesAndNo(_ written: String, _ value: Bool) {
        #expect(BooleanNormaliser.bool(from: written) == value)
    }

    @Test func maybeIsNeitherYesNorNo() {
        #expect(BooleanNormaliser.bool(from: "Maybe") == nil)
        #expect(BooleanNormaliser.bool(from: "N/A") == nil)
    }

    @Test(arguments: [
        ("Child's name:", "childs name"), ("CHILD’S  NAME", "childs name"), ("child_id", "child id"),
        ("Assessment & analysis", "assessment and analysis"), ("Parent / carer contacted", "parent carer contacted"),
        ("  Date of birth (dd/mm/yyyy) ", "date of birth dd mm yyyy"),
    ])
    func labelKeysIgnoreCaseSpaceAndPunctuation(_ written: String, _ key: String) {
        #expect(LabelKey.normalise(written) == key)
    }
}
