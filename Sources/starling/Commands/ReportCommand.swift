import ArgumentParser
import Foundation
import StarlingReport
import StarlingStore

/// `starling report`: the monthly QA report (HTML, CSV per table, figures.json) from the store.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Writes the monthly QA report for a month from the store: report.html, a CSV per table, figures.json.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The report month, YYYY-MM.") var month: String
    @Option(name: .customLong("as-of"), help: "The date actions are counted as of, YYYY-MM-DD (default: today).") var asOf: String?
    @Option(help: "The folder to write the report into.") var out: String

    func validate() throws {
        guard ReportMonth(month) != nil, month.count == 7 else { throw ValidationError("--month must be YYYY-MM, e.g. 2019-12") }
        if let asOf, !(asOf.count == 10 && ReportMonth(asOf) != nil) { throw ValidationError("--as-of must be YYYY-MM-DD, e.g. 2020-01-15") }
    }

    func run() async throws {
        let recordStore = try await storeOptions.openExisting()
        let figures: ReportFigures
        do {
            figures = try await ReportBuilder.build(recordStore, month: ReportMonth(month)!, asOf: asOf ?? Self.today())
        } catch {
            try? await recordStore.close()
            throw error
        }
        try await recordStore.close()
        let written = try ReportWriter.write(figures, to: URL(fileURLWithPath: out))
        let counted = figures.months.last?.counts.total ?? 0
        print("\(figures.month.longLabel): \(counted) audit\(counted == 1 ? "" : "s") counted, \(figures.excluded.filter { $0.month == figures.month }.count) not counted; wrote \(written.count) files to \(out)")
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
