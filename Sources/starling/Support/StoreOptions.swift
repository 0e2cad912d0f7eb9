import ArgumentParser
import Foundation
import StarlingStore

/// `--store PATH|URL`, shared by every command that works on a store.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store: a SQLite file path, or postgres://user@host/database.") var store = "starling.sqlite"

    /// Opens the store, creating it if need be.
    func open() async throws -> RecordStore { try await RecordStore.open(store) }

    /// Opens the store as its only migrator (`migrate`), creating it if need be.
    func openForMigration() async throws -> RecordStore { try await RecordStore.open(store, forMigration: true) }

    /// Opens a store that must already exist: a SQLite path that is not there is a usage
    /// error, not a new empty store.
    func openExisting() async throws -> RecordStore {
        guard store.contains("://") || FileManager.default.fileExists(atPath: store) else {
            throw ValidationError("no store at '\(store)'; create one with starling migrate")
        }
        return try await open()
    }
}
