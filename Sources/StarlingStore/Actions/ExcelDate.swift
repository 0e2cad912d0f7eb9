import Foundation

/// Spreadsheet dates: a day count (a "serial") from an epoch, shown as a date by the
/// cell's number format.
enum ExcelDate {
    /// The ISO date of a serial; the time of day (the fraction) is dropped. In the 1900
    /// system Excel counts a 29 February 1900 that never was (serial 60, kept for Lotus
    /// 1-2-3 compatibility), so serials after it are one day ahead: that day is refused,
    /// and later serials are counted from 1899-12-30.
    static func isoDate(serial: Double, date1904: Bool) -> String? {
        // Up to 9999-12-31, Excel's last date: serial 2,958,465 counting from 1900, 1,462 fewer from 1904.
        guard serial.isFinite, serial >= 0, serial < (date1904 ? 2_957_004 : 2_958_466) else { return nil }
        let whole = Int(serial.rounded(.down))
        guard whole > 0 || date1904 else { return nil }  // serial 0 is "1900-01-00"
        let days: Int
        if date1904 {
            days = daysFrom1970(1904, 1, 1) + whole
        } else if whole == 60 {
            return nil
        } else {
            days = (whole < 60 ? daysFrom1970(1899, 12, 31) : daysFrom1970(1899, 12, 30)) + whole
        }
        let (y, m, d) = civil(days)
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// Whether a number format shows a date: a format code with a day or year part
    /// (outside quoted text, escapes and [colour] brackets), or without a code one of the
    /// built-in date formats. Pure time formats ("h:mm") are not dates.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        guard let code else {
            return (14...17).contains(id) || id == 22 || (27...36).contains(id) || (50...58).contains(id)
        }
        var quoted = false, bracket = false, escaped = false
        for character in code.lowercased().replacingOccurrences(of: "general", with: "") {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[": bracket = true
            case "]": bracket = false
            default: if !quoted, !bracket, "dy".contains(character) { return true }
            }
        }
        return false
    }

    /// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm; no time zones).
    static func daysFrom1970(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
