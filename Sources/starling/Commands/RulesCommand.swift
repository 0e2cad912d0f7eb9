import ArgumentParser
import Foundation
import StarlingRules

/// `starling rules`: the rule pack, and one rule explained with its examples.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the admissibility rules, or explain one.",
        subcommands: [List.self, Explain.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every rule: id, severity, title, standard.")
        func run() {
            for rule in RuleEngine.rules {
                let d = rule.description
                print([d.id, d.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0), d.title, "(\(d.standard))"].joined(separator: "  "))
            }
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Explain one rule, with its examples.")
        @Argument(help: "The rule id, e.g. AUD-005.") var id: String
        func run() throws {
            guard let d = RuleEngine.description(of: id) else { throw ValidationError("no rule '\(id)'; see `starling rules`") }
            print("\(d.id): \(d.title)")
            print("Severity: \(d.severity.rawValue)    Standard: \(d.standard)    Applies to: \(d.appliesTo.map(\.rawValue).sorted().joined(separator: ", "))")
            print("\nHow to put it right:\n  \(d.guidance)")
            if !d.passing.isEmpty { print("\nPasses:"); d.passing.forEach { print("  \($0)") } }
            if !d.failing.isEmpty { print("\nFinds a problem in:"); d.failing.forEach { print("  \($0)") } }
        }
    }
}
