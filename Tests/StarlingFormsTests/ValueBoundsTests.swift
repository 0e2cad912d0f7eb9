import StarlingSchema
import StarlingTestSupport
import Testing
@testable import StarlingForms

/// Numbers and dates written on a form are held to what they can mean (issue 10): an age
/// of twenty digits is a slip, reported and left out, never a value or a crash.
@Suite("Value bounds: huge ages, giant years")
struct ValueBoundsTests {
    let normaliser = ValueNormaliser(schema: RepositorySchema.schema)

    @Test func hugeAgeIsLeftOutWithAWarning() {
        let outcome = normaliser.normalise("99999999999999999999", as: .integer)
        #expect(outcome.value == nil)
        #expect(outcome.warning == "'99999999999999999999' is too large a number to be right; left out of the record")
    }

    @Test func largestKeptIntegerAndBeyond() {
        #expect(normaliser.normalise("2147483647", as: .integer).value == .integer(2_147_483_647))
        #expect(normaliser.normalise("2147483648", as: .integer).value == nil)
        #expect(normaliser.normalise("9 years", as: .integer).value == .integer(9))
        #expect(normaliser.normalise("nine", as: .integer).warning?.contains("not a whole number") == true)
    }

    @Test(arguments: ["1/1/99999999999999999999", "1 May 99999999999999999999", "99999999999999999999-01-01",
                      "99999999999999999999/1/2020", "1/99999999999999999999/2020", "31/12/10000"])
    func datesWithGiantNumbersAreNotDates(_ written: String) {
        #expect(DateNormaliser.isoDate(from: written) == nil)
        #expect(normaliser.normalise(written, as: .date).warning?.contains("is not a date") == true)
    }

    @Test(arguments: ["12/99999999999999999999", "99999999999999999999-12", "May 99999999999999999999"])
    func monthsWithGiantYearsAreNotMonths(_ written: String) {
        #expect(MonthNormaliser.isoMonth(from: written) == nil)
    }
}
