import Foundation
import StarlingNative

/// Reads the first sheet of an .xlsx workbook as rows of typed cells, streaming the sheet's
/// XML (no DOM, so a tracker of many thousand rows stays small in memory). Cells are placed
/// by their references ("C7"), so empty cells that the file leaves out stay empty.
public enum XLSXReader {
    public static func rows(data: Data, name: String) throws -> [SheetRow] {
        let archive: ZipArchive
        do { archive = try ZipArchive(data: data) } catch { throw StoreError("\(name): not an .xlsx workbook (\(error))") }
        do {
            let workbook = try XLSXWorkbook(archive: archive, name: name)
            return try rows(try archive.read(named: workbook.sheetPath), workbook: workbook)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("\(name): unreadable workbook (\(error))")
        }
    }

    static func rows(_ xml: Data, workbook: XLSXWorkbook) throws -> [SheetRow] {
        let reader = try XMLStreamReader(data: xml, name: workbook.sheetPath)
        var rows: [SheetRow] = []
        var row = SheetRow(number: 0, cells: [])
        var column = -1
        var type = "n", style = 0, value = "", inValue = false, inInline = false, inPhonetic = false
        while let kind = try reader.read() {
            switch kind {
            case .start:
                switch reader.name.local {
                case "row":
                    row = SheetRow(number: reader.attribute("r").flatMap(Int.init) ?? row.number + 1, cells: [])
                    column = -1
                case "c":
                    column = reader.attribute("r").flatMap(columnIndex) ?? column + 1
                    type = reader.attribute("t") ?? "n"
                    style = reader.attribute("s").flatMap(Int.init) ?? 0
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
                    guard let cell = cell(type: type, style: style, value: value, workbook: workbook) else { break }
                    if row.cells.count <= column { row.cells += Array(repeating: nil, count: column + 1 - row.cells.count) }
                    row.cells[column] = cell
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
    static func cell(type: String, style: Int, value: String, workbook: XLSXWorkbook) -> SheetCell? {
        switch type {
        case "s":
            guard let index = Int(value), workbook.sharedStrings.indices.contains(index) else { return nil }
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

    /// "C7" → 2; "AA1" → 26. Nil when the reference has no column letters.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0, letters = 0
        for scalar in reference.unicodeScalars {
            guard let ascii = scalar.isASCII ? UInt8(scalar.value) : nil, (65...90).contains(ascii & 0xDF) else { break }
            index = index * 26 + Int(ascii & 0xDF) - 64
            letters += 1
        }
        return letters == 0 || letters > 3 ? nil : index - 1
    }
}
