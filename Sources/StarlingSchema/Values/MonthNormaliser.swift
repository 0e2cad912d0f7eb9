import Foundation

/// Audit months in the spellings forms use → `YYYY-MM`: "December 2019", "Dec-19",
/// "Dec 2019", "12/2019", "2019-12".
public enum MonthNormaliser {
    public static func isoMonth(from written: String) -> String? {
        let words = DateNormaliser.tokens(written.trimmingCharacters(in: .whitespacesAndNewlines))
        guard words.count == 2 else { return nil }
        var month: Int?, year: Int?
        if let named = MonthNames.number(words[0]) {
            month = named
            year = DateNormaliser.fullYear(words[1])
        } else if words[0].count == 4, let y = Int(words[0]), let m = Int(words[1]), words[1].count <= 2 {
            (year, month) = (y, m)  // 2019-12
        } else if words[0].count <= 2, let m = Int(words[0]), words[1].count == 4 {
            (year, month) = (Int(words[1]), m)  // 12/2019
        }
        guard let month, let year, (1...12).contains(month), (1900...2199).contains(year) else { return nil }
        return String(format: "%04d-%02d", year, month)
    }
}
