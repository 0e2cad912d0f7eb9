import ArgumentParser
import Foundation
import StarlingStore

/// `starling stats`: counts of what the store holds.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Counts by outcome, kind, month, admissibility and quarantine reason.")

    @Option(help: "The store: a SQLite file path, or postgres://user@host/database.") var store = "starling.sqlite"

    func run() async throws {
        guard store.contains("://") || FileManager.default.fileExists(atPath: store) else {
            throw ValidationError("no store at '\(store)'; create one with starling migrate")
        }
        let recordStore = try await RecordStore.open(store)
        let stats = try await StoreStats.gather(recordStore)
        try await recordStore.close()
        stats.lines.forEach { print($0) }
    }
}
