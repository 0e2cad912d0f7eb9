import Foundation

/// Reads a CSV tracker as Excel writes and reads them: UTF-8 with or without a BOM (else
/// Windows-1252, as older Excel saves "CSV"), comma or semicolon separated (semicolons in
/// locales whose decimal mark is a comma), quoted fields that hold separators, quotes ("")
/// and line breaks. Rows are numbered by record, so a row number is the row Excel shows.
public enum CSVReader {
    public static func rows(data: Data) -> [SheetRow] {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text = String(data: bytes, encoding: .utf8) ?? String(data: bytes, encoding: .windowsCP1252) ?? ""
        return rows(text: text)
    }

    public static func rows(text: String) -> [SheetRow] {
        let separator = separator(of: text)
        var rows: [SheetRow] = []
        var fields: [String] = [], field = "", quoted = false, atFieldStart = true
        func endField() {
            fields.append(field)
            field = ""
            atFieldStart = true
        }
        func endRow() {
            endField()
            let cells = fields.map { $0.isEmpty ? nil : SheetCell.text($0) }
            rows.append(SheetRow(number: rows.count + 1, cells: cells))
            fields = []
        }
        var characters = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
            } else if character == "\"", atFieldStart {
                quoted = true
                atFieldStart = false
            } else if character == separator {
                endField()
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                endRow()
            } else {
                field.append(character)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !fields.isEmpty || quoted { endRow() }
        return rows
    }

    /// Semicolon when the first lines have more semicolons than commas (outside quotes);
    /// several lines, since a title line above the header may have neither.
    static func separator(of text: String) -> Character {
        var commas = 0, semicolons = 0, lines = 0, quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if quoted { continue }
            if character == "\n" || character == "\r\n" || character == "\r" {
                lines += 1
                if lines == 20 { break }
            }
            if character == "," { commas += 1 } else if character == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}
