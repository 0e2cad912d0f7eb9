import StarlingForms
import Foundation

/// A calendar month, `YYYY-MM` in the store. The report works in whole months, so date
/// arithmetic stays in Swift and the SQL stays portable between SQLite and PostgreSQL.
public struct ReportMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        let index = year * 12 + (month - 1)
        self.year = index / 12
        self.month = index % 12 + 1
    }

    /// Parses `YYYY-MM` (or the month of a `YYYY-MM-DD` date).
    public init?(_ text: String) {
        let parts = text.prefix(7).split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        self.init(year: year, month: month)
    }

    public func adding(_ months: Int) -> ReportMonth { ReportMonth(year: year, month: month + months) }

    /// This month and the `count - 1` before it, oldest first.
    public func window(_ count: Int) -> [ReportMonth] { (0..<count).reversed().map { adding(-$0) } }

    /// `2019-12`, as the store keeps it.
    public var description: String { String(format: "%04d-%02d", year, month) }

    /// `Dec-19`, as the seed report heads its columns.
    public var label: String { Self.names[month - 1] + "-" + String(format: "%02d", year % 100) }

    /// `December 2019`, for prose.
    public var longLabel: String { Self.longNames[month - 1] + " \(year)" }

    /// The last day, `YYYY-MM-DD`: an audit submitted after it is late for this month.
    public var lastDay: String {
        let days = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return description + String(format: "-%02d", days)
    }

    public var quarter: FinancialQuarter { FinancialQuarter(containing: self) }

    private var isLeapYear: Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func < (a: ReportMonth, b: ReportMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let month = ReportMonth(text) else { throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not YYYY-MM: \(text)")) }
        self = month
    }

    static let names = MonthNames.short
    static let longNames = MonthNames.long
}

/// A UK financial-year quarter: the year starts in April, so Q1 is Apr–Jun and
/// Oct–Dec 2019 is "Q3 19/20", Jan–Mar 2020 is "Q4 19/20".
public struct FinancialQuarter: Hashable, Comparable, Sendable {
    /// The calendar year the financial year starts in (2019 for 19/20).
    public let startYear: Int
    /// 1…4.
    public let number: Int

    public init(containing month: ReportMonth) {
        startYear = month.month >= 4 ? month.year : month.year - 1
        number = ((month.month + 8) % 12) / 3 + 1
    }

    public var firstMonth: ReportMonth { ReportMonth(year: startYear, month: 4 + (number - 1) * 3) }
    public var months: [ReportMonth] { (0..<3).map { firstMonth.adding($0) } }
    public func adding(_ quarters: Int) -> FinancialQuarter { FinancialQuarter(containing: firstMonth.adding(quarters * 3)) }

    /// `Q3 19/20`.
    public var label: String { String(format: "Q%d %02d/%02d", number, startYear % 100, (startYear + 1) % 100) }

    public static func < (a: FinancialQuarter, b: FinancialQuarter) -> Bool { (a.startYear, a.number) < (b.startYear, b.number) }
}
