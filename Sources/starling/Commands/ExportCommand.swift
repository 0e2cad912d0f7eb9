import ArgumentParser
import Foundation
import StarlingForms
import StarlingStore

/// `starling export`: the store's tables for Excel and Power BI.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store's records, areas, actions and findings as CSV or JSON Lines.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, jsonl }

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "csv or jsonl.") var format: Format = .csv
    @Option(name: .shortAndLong, help: "The folder to write the tables into.") var out: String
    @OptionGroup var pseudonymOptions: PseudonymOptions

    func run() async throws {
        let recordStore = try await storeOptions.openExisting()
        let exporter = StoreExporter(store: recordStore, pseudonymiser: pseudonymOptions.pseudonymiser)
        let paths = try await exporter.export(format: format == .csv ? .csv : .jsonl, into: out)
        try await recordStore.close()
        paths.forEach { print($0) }
    }
}
