import Foundation
import StarlingDocument
import StarlingNative

/// Reads the first sheet of an .xlsx workbook as rows of typed cells, streaming the sheet's
/// XML (no DOM, so a tracker of many thousand rows stays small in memory). Cells are placed
/// by their references ("C7"), so empty cells that the file leaves out stay empty. Every
/// number in the sheet is held to Excel's grid (A1:XFD1048576) and the workbook's own
/// tables: a reference or index outside them is damage, reported, never trusted.
public enum XLSXReader {
    /// Excel's last row and column (XFD).
    static let maxRow = 1_048_576
    static let maxColumn = 16_384

    /// What is wrong with a damaged sheet, in words that name cells, never their contents.
    struct Damage: Error, CustomStringConvertible {
        let description: String
    }

    public static func rows(data: Data, name: String) throws -> [SheetRow] {
        let archive: ZipArchive
        do { archive = try ZipArchive(data: data) } catch { throw StoreError("\(name): not an .xlsx workbook (\(error))") }
        do {
            let workbook = try XLSXWorkbook(archive: archive, name: name)
            return try rows(try archive.read(named: workbook.sheetPath), workbook: workbook)
        } catch let error as StoreError {
            throw error
        } catch let damage as Damage {
            throw StoreError("\(name): damaged workbook: \(damage)")
        } catch {
            throw StoreError("\(name): unreadable workbook (\(error))")
        }
    }

    static func rows(_ xml: Data, workbook: XLSXWorkbook) throws -> [SheetRow] {
        let reader = try XMLStreamReader(data: xml, name: workbook.sheetPath)
        var rows: [SheetRow] = []
        var row = SheetRow(number: 0, cells: [])
        var column = -1
        var reference: String?
        var type = "n", style = 0, value = "", inValue = false, inInline = false, inPhonetic = false
        while let kind = try reader.read() {
            switch kind {
            case .start:
                switch reader.name.local {
                case "row":
                    var number = row.number + 1  // cannot overflow: every written number is at most maxRow
                    if let written = reader.attribute("r") {
                        guard let valid = BoundedInteger(written, in: 1...maxRow).value else {
                            throw Damage(description: "a row number is not one of Excel's rows (1 to \(maxRow))")
                        }
                        number = valid
                    }
                    row = SheetRow(number: number, cells: [])
                    column = -1
                case "c":
                    reference = reader.attribute("r")
                    column = try reference.flatMap(columnIndex) ?? column + 1
                    guard column < maxColumn else { throw Damage(description: "row \(row.number) has cells beyond Excel's last column, XFD") }
                    type = reader.attribute("t") ?? "n"
                    // Styles index `cellXfs`, which Excel caps at 64,000 entries.
                    style = reader.attribute("s").flatMap { BoundedInteger($0, in: 0...64_000).value } ?? 0
                    value = ""
                case "v": inValue = true
                case "is": inInline = true
                case "t": inValue = inInline && !inPhonetic
                case "rPh": inPhonetic = true
                default: break
                }
            case .end:
                switch reader.name.local {
                case "row": rows.append(row)
                case "c":
                    guard let cell = try cell(type: type, style: style, value: value, workbook: workbook) else { break }
                    row.set(cell, column: column)
                case "v", "t": inValue = false
                case "is": inInline = false
                case "rPh": inPhonetic = false
                default: break
                }
            case .text:
                if inValue { value += reader.text }
            }
        }
        return rows
    }

    /// A cell's typed value from its `t` attribute, style and text; nil when empty.
    static func cell(type: String, style: Int, value: String, workbook: XLSXWorkbook) throws -> SheetCell? {
        switch type {
        case "s":
            let count = workbook.sharedStrings.count
            guard count > 0, let index = BoundedInteger(value, in: 0...(count - 1)).value else {
                throw Damage(description: "a cell refers to a shared string the workbook does not have (it has \(count))")
            }
            return workbook.sharedStrings[index].isEmpty ? nil : .text(workbook.sharedStrings[index])
        case "inlineStr", "str", "e":
            return value.isEmpty ? nil : .text(value)
        case "b":
            return .bool(value == "1" || value.lowercased() == "true")
        case "d":  // ISO 8601, written by strict OOXML
            return value.count >= 10 ? .date(String(value.prefix(10))) : nil
        default:
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else { return value.isEmpty ? nil : .text(value) }
            if workbook.dateStyles.contains(style), let iso = ExcelDate.isoDate(serial: number, date1904: workbook.date1904) {
                return .date(iso)
            }
            return .number(number)
        }
    }

    /// "C7" → 2; "AA1" → 26. Nil when the reference has no column letters; damage when it
    /// is outside Excel's grid ("XFE1", "A1048577", "AAAA1") or its row is not a number.
    static func columnIndex(_ reference: String) throws -> Int? {
        var index = 0, letters = 0
        var rest = Substring(reference)
        while let scalar = rest.unicodeScalars.first, let ascii = scalar.isASCII ? UInt8(scalar.value) : nil, (65...90).contains(ascii & 0xDF) {
            letters += 1
            guard letters <= 3 else { throw Damage(description: "a cell reference is beyond Excel's last column, XFD") }
            index = index * 26 + Int(ascii & 0xDF) - 64  // at most 3 letters: at most 18,278
            rest = rest.dropFirst()
        }
        guard letters > 0 else { return nil }
        guard index <= maxColumn else { throw Damage(description: "a cell reference is beyond Excel's last column, XFD") }
        guard rest.isEmpty || BoundedInteger(rest, in: 1...maxRow).value != nil else {
            throw Damage(description: "a cell reference is not in one of Excel's rows (1 to \(maxRow))")
        }
        return index - 1
    }
}
