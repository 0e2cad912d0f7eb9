import Foundation

/// Writes a report folder: report.html, one CSV per table, and figures.json.
public enum ReportWriter {
    /// The file names written, in order.
    @discardableResult
    public static func write(_ figures: ReportFigures, to folder: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sections = ReportSections.make(figures)
        var written: [String] = []
        func save(_ text: String, _ name: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
            written.append(name)
        }
        try save(HTMLReport.render(figures, sections: sections), "report.html")
        for table in sections.flatMap(\.tables) { try save(table.csv.rendered(), table.id + ".csv") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try save(String(decoding: try encoder.encode(figures), as: UTF8.self) + "\n", "figures.json")
        return written
    }
}
