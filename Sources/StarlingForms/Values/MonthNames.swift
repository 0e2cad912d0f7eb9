/// English month names, as the letters and the report write them (one table for both).
public enum MonthNames {
    public static let long = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    public static let short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "2019-11" → "November 2019"; anything else as written.
    public static func longName(ofMonth month: String) -> String {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let number = Int(parts[1]), (1...12).contains(number) else { return month }
        return "\(long[number - 1]) \(parts[0])"
    }
}
