import Foundation

/// The STARLIng standards schema: standards, areas of practice, vocabularies and form
/// definitions, loaded at run time from `Schemas/` so a QA team can add a synonym for its
/// own historic template by editing a YAML file, with no rebuild.
public struct StarlingSchema: Sendable {
    /// The schema's own version (`Schemas/starling.yaml`), written into every record.
    public let version: String
    public let directory: URL
    public let standards: [Standard]
    public let customerServiceStandards: [Standard]
    public let areas: [AreaOfPractice]
    public let vocabularies: [String: Vocabulary]
    public let forms: [FormDefinition]

    public init(
        version: String, directory: URL, standards: [Standard], customerServiceStandards: [Standard],
        areas: [AreaOfPractice], vocabularies: [String: Vocabulary], forms: [FormDefinition]
    ) {
        self.version = version
        self.directory = directory
        self.standards = standards
        self.customerServiceStandards = customerServiceStandards
        self.areas = areas
        self.vocabularies = vocabularies
        self.forms = forms
    }

    public func vocabulary(_ name: String) -> Vocabulary? { vocabularies[name] }
    public func form(_ kind: String) -> FormDefinition? { forms.first { $0.kind == kind } }
    public func area(_ key: String) -> AreaOfPractice? { areas.first { $0.key == key } }
    public func standard(_ id: String) -> Standard? {
        (standards + customerServiceStandards).first { $0.id == id }
    }

    /// Reads and checks `starling.yaml`, `vocabularies.yaml` and `forms/*.yaml` in `directory`.
    public static func load(from directory: URL) throws -> StarlingSchema {
        try SchemaLoader(directory: directory).load()
    }

    /// The same checks over texts held in memory, keyed by their path in a schema folder
    /// (`starling.yaml`, `vocabularies.yaml`, `forms/NAME.yaml`): for tests and the fuzz harness.
    public static func load(files: [String: Data], directory: URL) throws -> StarlingSchema {
        try SchemaLoader(directory: directory, inMemory: files).load()
    }

    /// A whole schema as one text, each file after a line `#=== PATH` (text before the first
    /// such line is `starling.yaml`): how the fuzz harness and its regression fixtures hold one.
    public static func files(fromBundle text: String) -> [String: Data] {
        var files: [String: Data] = [:]
        var path = "starling.yaml"
        var body: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#=== ") else {
                body.append(line)
                continue
            }
            files[path] = Data(body.joined(separator: "\n").utf8)
            path = String(line.dropFirst(5))
            body = []
        }
        files[path] = Data(body.joined(separator: "\n").utf8)
        return files
    }

    /// Where the schema is: the folder named explicitly, else `$STARLING_SCHEMAS`, else
    /// `share/starling/Schemas` beside an installed tool, else a `Schemas/` folder holding
    /// `starling.yaml` in the working folder, the tool's folder, or any folder above them.
    public static func locateDirectory(explicit: String? = nil) -> URL? {
        let fileManager = FileManager.default
        func holdsSchema(_ url: URL) -> Bool {
            fileManager.fileExists(atPath: url.appendingPathComponent("starling.yaml").path)
        }
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let variable = ProcessInfo.processInfo.environment["STARLING_SCHEMAS"], !variable.isEmpty {
            return URL(fileURLWithPath: variable)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let installed = executable.appendingPathComponent("../share/starling/Schemas").standardized
        if holdsSchema(installed) { return installed }
        for start in [URL(fileURLWithPath: fileManager.currentDirectoryPath), executable] {
            var folder = start.standardized
            while true {
                let candidate = folder.appendingPathComponent("Schemas")
                if holdsSchema(candidate) { return candidate }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }
}
