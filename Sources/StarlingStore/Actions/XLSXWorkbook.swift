import Foundation
import StarlingDocument
import StarlingNative

/// What gives an .xlsx's first sheet its meaning: where the sheet is, the shared strings,
/// which cell styles show dates, and the date system. Found through the package's
/// relationships (as Excel does), never by assuming part names like `sheet1.xml`.
struct XLSXWorkbook {
    var sheetPath: String
    var sharedStrings: [String] = []
    /// Indexes into `cellXfs` whose number format is a date.
    var dateStyles: Set<Int> = []
    /// `workbookPr date1904`: serials count from 1904-01-01 (old Mac workbooks).
    var date1904 = false

    init(archive: ZipArchive, name: String) throws {
        let root = try Self.relationships(archive, of: "")
        let workbookPath = root.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let parts = try Self.relationships(archive, of: workbookPath)
        // The first visible sheet, in the workbook's tab order.
        var sheets: [(name: String, id: String, hidden: Bool)] = []
        var date1904 = false
        try Self.scan(archive, workbookPath) { reader, local in
            if local == "workbookPr" {
                date1904 = ["1", "true"].contains(reader.attribute("date1904") ?? "")
            } else if local == "sheet" {
                let id = reader.attributes().first { $0.name.local == "id" && !$0.name.namespace.isEmpty }?.value ?? ""
                sheets.append((reader.attribute("name") ?? "", id, (reader.attribute("state") ?? "visible") != "visible"))
            }
        }
        guard let sheet = sheets.first(where: { !$0.hidden }) ?? sheets.first,
              let path = parts.first(where: { $0.id == sheet.id })?.target, archive.entry(named: path) != nil else {
            throw StoreError("\(name): the workbook has no readable sheet")
        }
        sheetPath = path
        self.date1904 = date1904
        if let strings = parts.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target, archive.entry(named: strings) != nil {
            sharedStrings = try Self.sharedStrings(archive, strings)
        }
        if let styles = parts.first(where: { $0.type.hasSuffix("/styles") })?.target, archive.entry(named: styles) != nil {
            dateStyles = try Self.dateStyles(archive, styles)
        }
    }

    struct Relationship { var id: String; var type: String; var target: String }

    /// The relationships of `part` ("" for the package), targets resolved to part names.
    static func relationships(_ archive: ZipArchive, of part: String) throws -> [Relationship] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard archive.entry(named: relsPath) != nil else { return [] }
        var found: [Relationship] = []
        try scan(archive, relsPath) { reader, local in
            guard local == "Relationship", reader.attribute("TargetMode") != "External",
                  let id = reader.attribute("Id"), let target = reader.attribute("Target") else { return }
            found.append(Relationship(id: id, type: reader.attribute("Type") ?? "", target: resolve(target, from: folder)))
        }
        return found
    }

    /// A relationship target as a part name: absolute ("/xl/…") or relative to the source's folder.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    /// Shared strings: each `<si>` is plain `<t>` or rich-text runs `<r><t>`; phonetic
    /// guides (`<rPh>`) are not part of the text.
    static func sharedStrings(_ archive: ZipArchive, _ path: String) throws -> [String] {
        let reader = try XMLStreamReader(data: try archive.read(named: path), name: path)
        var strings: [String] = []
        var current = "", inText = false, inPhonetic = false
        while let kind = try reader.read() {
            switch kind {
            case .start:
                switch reader.name.local {
                case "si": current = ""
                case "t": inText = !inPhonetic
                case "rPh": inPhonetic = true
                default: break
                }
            case .end:
                switch reader.name.local {
                case "si": strings.append(current)
                case "t": inText = false
                case "rPh": inPhonetic = false
                default: break
                }
            case .text:
                if inText { current += reader.text }
            }
        }
        return strings
    }

    /// Positions in `cellXfs` whose number format is a date (built-in or custom code).
    static func dateStyles(_ archive: ZipArchive, _ path: String) throws -> Set<Int> {
        var codes: [Int: String] = [:]
        var formats: [Int] = []
        var inCellXfs = false
        let reader = try XMLStreamReader(data: try archive.read(named: path), name: path)
        while let kind = try reader.read() {
            guard kind != .text else { continue }
            let local = reader.name.local
            if local == "cellXfs" { inCellXfs = kind == .start; continue }
            guard kind == .start else { continue }
            if local == "numFmt", let id = reader.attribute("numFmtId").flatMap(Self.formatId) {
                codes[id] = reader.attribute("formatCode")
            } else if local == "xf", inCellXfs {
                formats.append(reader.attribute("numFmtId").flatMap(Self.formatId) ?? 0)
            }
        }
        return Set(formats.indices.filter { ExcelDate.isDateFormat(id: formats[$0], code: codes[formats[$0]]) })
    }

    /// A number format id: Excel's are 0–163 built in, then custom ones from 164 up.
    private static func formatId(_ written: String) -> Int? { BoundedInteger(written, in: 0...Int(Int32.max)).value }

    /// Calls `visit` at every start element of a small part.
    private static func scan(_ archive: ZipArchive, _ path: String, _ visit: (XMLStreamReader, String) throws -> Void) throws {
        let reader = try XMLStreamReader(data: try archive.read(named: path), name: path)
        while let kind = try reader.read() {
            if kind == .start { try visit(reader, reader.name.local) }
        }
    }
}
