import ArgumentParser
import Foundation
import StarlingSchema

/// `--schemas DIR`: where the STARLIng schema lives (default: found beside the tool or the
/// working folder, or $STARLING_SCHEMAS).
struct SchemaOptions: ParsableArguments {
    @Option(name: .customLong("schemas"), help: "The STARLIng schema folder (holding starling.yaml).")
    var directory: String?

    func load() throws -> StarlingSchema {
        guard let url = StarlingSchema.locateDirectory(explicit: directory) else {
            throw ValidationErrorMessage("cannot find the STARLIng schema (Schemas/starling.yaml); name it with --schemas DIR or STARLING_SCHEMAS")
        }
        return try StarlingSchema.load(from: url)
    }
}
