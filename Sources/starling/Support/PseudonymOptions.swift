import ArgumentParser
import Foundation
import StarlingForms

/// `--pseudonymise`, with its key from STARLING_PSEUDONYM_KEY (never from the command line,
/// where it would end up in shell history).
struct PseudonymOptions: ParsableArguments {
    @Flag(help: "Replace the child's name and ID with stable keyed hashes (key from STARLING_PSEUDONYM_KEY).")
    var pseudonymise = false

    func validate() throws {
        if pseudonymise, (ProcessInfo.processInfo.environment["STARLING_PSEUDONYM_KEY"] ?? "").isEmpty {
            throw ValidationError("--pseudonymise needs a secret key in STARLING_PSEUDONYM_KEY (keep it safe: it is what makes the hashes irreversible)")
        }
    }

    var pseudonymiser: Pseudonymiser? {
        guard pseudonymise, let key = ProcessInfo.processInfo.environment["STARLING_PSEUDONYM_KEY"], !key.isEmpty else { return nil }
        return Pseudonymiser(secret: key)
    }
}
