import StarlingSchema

/// How a tracker's cells are read: with the schema's UK date and month normalisers, so a
/// tracker and a form spell "Dec-19" or "20/01/2020" alike.
enum TrackerValues {
    /// A child ID as a key: case, spaces and leading zeros ignored (a spreadsheet turns
    /// "0051234" into the number 51234).
    static func childKey(_ id: String) -> String {
        let compact = id.uppercased().filter { !$0.isWhitespace }
        guard !compact.isEmpty, compact.allSatisfy(\.isASCIIDigitLike) else { return compact }
        let trimmed = compact.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    /// `YYYY-MM` from "Dec-19", "December 2019", "2019-12", a date, or a date cell.
    static func month(_ cell: SheetCell) -> String? {
        switch cell {
        case .date(let iso): return String(iso.prefix(7))
        case .text(let text):
            return MonthNormaliser.isoMonth(from: text) ?? date(cell).map { String($0.prefix(7)) }
        case .number, .bool: return nil
        }
    }

    /// `YYYY-MM-DD` from a date cell or a UK date ("20/01/2020", "20 Jan 2020"), ignoring a
    /// time of day ("20/01/2020 00:00"). A bare number is refused: it is a serial in a
    /// column not formatted as dates, and guessing its date system could be a day or four
    /// years out.
    static func date(_ cell: SheetCell) -> String? {
        switch cell {
        case .date(let iso): return iso
        case .text(let text):
            let withoutTime = text.split(separator: " ").filter { !$0.contains(":") }.joined(separator: " ")
            return DateNormaliser.isoDate(from: withoutTime)
        case .number, .bool: return nil
        }
    }
}

private extension Character {
    var isASCIIDigitLike: Bool { isASCII && isNumber }
}
