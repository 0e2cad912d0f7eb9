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

    @Option(help: "The store: a SQLite file path, or postgres://user@host/database.") var store = "starling.sqlite"
    @Option(help: "csv or jsonl.") var format: Format = .csv
    @Option(name: .shortAndLong, help: "The folder to write the tables into.") var out: String
    @Flag(help: "Replace the child's name and ID with keyed hashes (key from STARLING_PSEUDONYM_KEY).") var pseudonymise = false

    func run() async throws {
        var pseudonymiser: Pseudonymiser?
        if pseudonymise {
            guard let key = ProcessInfo.processInfo.environment["STARLING_PSEUDONYM_KEY"], !key.isEmpty else {
                throw ValidationError("--pseudonymise needs a secret key in STARLING_PSEUDONYM_KEY")
            }
            pseudonymiser = Pseudonymiser(secret: key)
        }
        guard store.contains("://") || FileManager.default.fileExists(atPath: store) else {
            throw ValidationError("no store at '\(store)'; create one with starling migrate")
        }
        let recordStore = try await RecordStore.open(store)
        let exporter = StoreExporter(store: recordStore, pseudonymiser: pseudonymiser)
        let paths = try await exporter.export(format: format == .csv ? .csv : .jsonl, into: out)
        try await recordStore.close()
        paths.forEach { print($0) }
    }
}
