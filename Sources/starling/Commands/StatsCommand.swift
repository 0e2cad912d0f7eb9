import ArgumentParser
import Foundation
import StarlingStore

/// `starling stats`: counts of what the store holds.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Counts by outcome, kind, month, admissibility and quarantine reason.")

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let recordStore = try await storeOptions.openExisting()
        let stats = try await StoreStats.gather(recordStore)
        try await recordStore.close()
        stats.lines.forEach { print($0) }
    }
}
