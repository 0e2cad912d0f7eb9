import ArgumentParser
import Foundation
import StarlingStore

/// `starling actions`: the QA team's action tracker, brought into the store.
struct ActionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions", abstract: "Action completion dates from the QA team's action tracker.",
        subcommands: [ActionsImportCommand.self])
}

/// `starling actions import FILE`: completion dates from a tracker (CSV or .xlsx) onto the
/// audits' actions. Exit 0 when every row matched, 1 when any did not (or conflicted with
/// a stored date), 2 on a usage error.
struct ActionsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Reads an action tracker (CSV or .xlsx: child ID, audit month, action, completion date) into the store.",
        discussion: "Rows that match no action are listed on standard error as FILE:ROW: reason; nothing is dropped silently.")

    @Argument(help: "The tracker: a .csv or .xlsx file.") var file: String
    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Match and report, but write nothing.") var dryRun = false

    func run() async throws {
        guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("no tracker at '\(file)'") }
        let tracker: Tracker
        do {
            tracker = try Tracker.read(path: file)
        } catch let error as StoreError {
            Diagnostics.write("\(file): error: \(error.message.hasPrefix(file + ": ") ? String(error.message.dropFirst(file.count + 2)) : error.message)")
            throw ExitCode(1)
        }
        let recordStore = try await storeOptions.openExisting()
        let summary: ActionsImportSummary
        do {
            summary = try await ActionsImporter(store: recordStore).run(tracker, dryRun: dryRun)
        } catch {
            try? await recordStore.close()
            throw error
        }
        try await recordStore.close()
        print("\(file): " + summary.lines(dryRun: dryRun).joined(separator: "\n"))
        for problem in (summary.unmatched + summary.conflicts).sorted(by: { $0.row < $1.row }) {
            Diagnostics.write("\(file):\(problem.row): \(problem.line)")
        }
        if !summary.unmatched.isEmpty || !summary.conflicts.isEmpty { throw ExitCode(1) }
    }
}
