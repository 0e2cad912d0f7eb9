import Foundation

/// UK dates in the spellings forms use → ISO `YYYY-MM-DD`: "16/12/2019", "16.12.19",
/// "3rd May 2018", "Monday 3 May 2018", "May 3rd, 2018", "03-May-2018", "2019-12-16" and
/// Word's `w:fullDate` ("2019-12-16T00:00:00Z"). Day first, as in the UK; impossible dates
/// (31/02/2019) are refused, never rolled over.
public enum DateNormaliser {
    public static func isoDate(from written: String) -> String? {
        let text = written.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 60 else { return nil }
        if let iso = isoForm(text) { return iso }
        let words = tokens(text)
        guard !words.isEmpty else { return nil }
        // Numeric: d m y.
        if words.count == 3, words.allSatisfy({ $0.allSatisfy(\.isNumber) }),
           let day = Int(words[0]), let month = Int(words[1]), let year = fullYear(words[2]) {
            return format(year, month, day)
        }
        // With a month name, in either order: "3 May 2018", "May 3 2018".
        var day: Int?, month: Int?, year: Int?
        for word in words {
            if let number = MonthNames.number(word), month == nil {
                month = number
            } else if let value = Int(word) {
                if day == nil, word.count <= 2, year == nil || month != nil { day = value }
                else if year == nil { year = fullYear(word) }
                else { return nil }
            } else {
                return nil
            }
        }
        guard let day, let month, let year else { return nil }
        return format(year, month, day)
    }

    /// `2019-12-16`, optionally followed by a time as in `w:fullDate`.
    private static func isoForm(_ text: String) -> String? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, text.count == 10 || text.dropFirst(10).first == "T",
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return format(year, month, day)
    }

    /// Words and numbers, with ordinals ("3rd"), weekday names and "of" removed.
    static func tokens(_ text: String) -> [String] {
        let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
        return text.lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { word -> String in
                let word = String(word)
                for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) && word.dropLast(2).allSatisfy(\.isNumber) && word.count > 2 {
                    return String(word.dropLast(2))
                }
                return word
            }
            .filter { !weekdays.contains($0) && $0 != "of" }
    }

    /// Two-digit years are this century up to 69 ("19" → 2019), else last century.
    static func fullYear(_ word: String) -> Int? {
        guard let value = Int(word), word.allSatisfy(\.isNumber) else { return nil }
        switch word.count {
        case 4: return value
        case 2: return value < 70 ? 2000 + value : 1900 + value
        default: return nil
        }
    }

    static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1900...2199).contains(year), (1...12).contains(month), day >= 1, day <= days(in: month, of: year) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
