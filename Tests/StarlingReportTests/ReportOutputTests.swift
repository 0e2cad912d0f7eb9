import Foundation
import StarlingReport
import StarlingStore
import Testing

/// The written report: self-contained HTML with a table per chart, a CSV per table,
/// figures.json, and nothing about any child but counts.
@Suite struct ReportOutputTests {
    static func written() async throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("starling-report-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try await RecordStore.open(folder.appendingPathComponent("store.sqlite").path)
        try await SeedStore.fill(store)
        let figures = try await ReportBuilder.build(store, month: ReportMonth("2019-12")!, asOf: "2020-01-10")
        try await store.close()
        try ReportWriter.write(figures, to: folder.appendingPathComponent("report"))
        return folder.appendingPathComponent("report")
    }

    /// With STARLING_REPORT_SAMPLE_OUT set, also writes the seed report there, to look
    /// at (render with `soffice --headless --convert-to pdf report.html`).
    @Test func sampleReport() async throws {
        guard let out = ProcessInfo.processInfo.environment["STARLING_REPORT_SAMPLE_OUT"] else { return }
        let folder = try await Self.written()
        let target = URL(fileURLWithPath: out)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: folder, to: target)
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }

    static func occurrences(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func htmlIsSelfContainedWithATablePerChart() async throws {
        let folder = try await Self.written()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        let charts = Self.occurrences("<svg", in: html)
        #expect(charts >= 10)
        #expect(Self.occurrences("<figure>", in: html) == charts)
        // Every chart sits in a block with its own table.
        for block in html.components(separatedBy: "<div class=\"block pair\"").dropFirst() {
            let end = block.range(of: "</div></div>")!.lowerBound
            let inner = block[..<end]
            #expect(inner.contains("<svg") && inner.contains("<table>"))
        }
        #expect(Self.occurrences("<div class=\"block pair\"", in: html) == charts)
        // No external resource and no script.
        #expect(!html.contains("<script"))
        for attribute in ["src=", "href=\"http", "href='http", "url(", "@import"] { #expect(!html.contains(attribute), "\(attribute)") }
        #expect(!html.lowercased().contains("http"))
        // Prints on A4; states the method.
        #expect(html.contains("@page{size:A4") && html.contains("@media print"))
        #expect(html.contains("exact halves rounded to the even number"))
        // Every section has content.
        for section in html.components(separatedBy: "<section").dropFirst() { #expect(section.contains("<table>") || section.contains("<li>")) }
    }

    @Test func noChildNameOrIDInAnyFile() async throws {
        let folder = try await Self.written()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.contains("report.html") && files.contains("figures.json"))
        #expect(files.filter { $0.hasSuffix(".csv") }.count >= 13)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for secret in SeedStore.childSecrets { #expect(!text.contains(secret), "\(secret) in \(file)") }
        }
    }

    @Test func csvAndJSONCarryTheFigures() async throws {
        let folder = try await Self.written()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let bytes = try Data(contentsOf: folder.appendingPathComponent("table-01-ratings-by-month.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("Rating,Oct-19,Nov-19,Dec-19\r\n"))
        #expect(csv.contains("Inadequate,28,26,30\r\n"))
        let quarters = try String(contentsOf: folder.appendingPathComponent("table-02-ratings-by-quarter.csv"), encoding: .utf8)
        #expect(quarters.contains("Q3 19/20") && quarters.contains("Good %,–,0,0,100,25\r\n"))
        let json = try Data(contentsOf: folder.appendingPathComponent("figures.json"))
        let figures = try JSONDecoder().decode(ReportFigures.self, from: json)
        #expect(figures.months.last?.counts.total == 44)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let months = try #require(object["months"] as? [[String: Any]])
        let counts = try #require(months.first?["counts"] as? [String: Any])
        #expect((counts["percent"] as? [String: Int])?["good"] == 22)
        #expect(object["as_of"] as? String == "2020-01-10")
    }

    @Test func financialQuarters() {
        #expect(ReportMonth("2019-12")!.quarter.label == "Q3 19/20")
        #expect(ReportMonth("2019-10")!.quarter.label == "Q3 19/20")
        for month in ["2020-01", "2020-02", "2020-03"] { #expect(ReportMonth(month)!.quarter.label == "Q4 19/20") }
        #expect(ReportMonth("2020-04")!.quarter.label == "Q1 20/21")
        #expect(ReportMonth("2020-06")!.quarter.label == "Q1 20/21")
        #expect(ReportMonth("2020-07")!.quarter.label == "Q2 20/21")
        #expect(ReportMonth("2019-12")!.quarter.adding(-4).label == "Q3 18/19")
        #expect(ReportMonth("2020-02")!.lastDay == "2020-02-29" && ReportMonth("2019-02")!.lastDay == "2019-02-28")
        #expect(ReportMonth("2020-01")!.adding(-1).label == "Dec-19")
    }

    @Test func roundingHalvesToEven() {
        #expect(Percent.of(9, 40) == 22)   // 22.5
        #expect(Percent.of(11, 40) == 28)  // 27.5
        #expect(Percent.of(1, 35) == 3)
        #expect(Percent.of(0, 0) == nil)
        #expect(Percent.of(1, 8) == 12)    // 12.5
        #expect(Percent.of(3, 8) == 38)    // 37.5
    }
}
