/// A CSV table written the way Excel and Power BI read it: UTF-8 with a BOM, CRLF line
/// ends, quoted where needed, and cells that would start a formula defused.
public struct CSVTable {
    public var header: [String]
    public var rows: [[String]] = []

    public init(header: [String]) { self.header = header }

    public mutating func append(_ values: [String: String]) {
        rows.append(header.map { values[$0] ?? "" })
    }

    public func rendered() -> String {
        "\u{FEFF}" + ([header] + rows).map { $0.map(Self.escape).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func escape(_ value: String) -> String {
        var text = value
        // A cell starting with = + - @ would run as a formula in a spreadsheet.
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
