import ArgumentParser
import Foundation

@main
struct Starling: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "starling",
        abstract: "Turns children's social care audit forms (Word and XML) into trustworthy data.",
        subcommands: [
            ImportCommand.self, ValidateCommand.self, RulesCommand.self, MigrateCommand.self, ExportCommand.self,
            StatsCommand.self, DumpCommand.self, ReportCommand.self, ActionsCommand.self, TemplateCommand.self, WorkerCommand.self,
        ])

    /// Exit codes: 0 success, 1 a file failed, 2 usage error (ArgumentParser's own is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
