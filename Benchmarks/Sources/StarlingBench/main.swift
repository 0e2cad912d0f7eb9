import Foundation
import StarlingDocument
import StarlingForms
import StarlingSchema

// starling-bench generate N DIR   — write N typical forms
// starling-bench model DIR        — read every form into the document model; docs/s and peak memory
// starling-bench import DIR       — import every form in this process, as a worker does (model,
//                                   mapping, record JSON), synchronously: what callgrind profiles
//                                   per stage, since valgrind cannot follow the tool's async main
// Peak memory is the process's high-water mark (VmHWM), so run one mode per process.

func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return .nan }
    return kb / 1024
}

func files(in directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        .filter { $0.hasSuffix(".docx") }.sorted().map { "\(directory)/\($0)" }
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: starling-bench generate N DIR | model DIR | import DIR\n".utf8))
    exit(2)
}
switch arguments[1] {
case "generate":
    guard arguments.count == 4, let count = Int(arguments[2]) else { exit(2) }
    try FormGenerator.write(count: count, to: URL(fileURLWithPath: arguments[3]))
    let sample = FormGenerator.document(index: 0).utf8.count
    print("generated \(count) forms; main part of the first is \(sample / 1024) KB")
case "model":
    let paths = files(in: arguments[2])
    let start = Date()
    var paragraphs = 0
    var failed = 0
    for path in paths {
        do { paragraphs += try WordDocumentReader.read(path: path).main.blocks.count } catch { failed += 1 }
    }
    let seconds = Date().timeIntervalSince(start)
    print(String(format: "model: %d files in %.2f s = %.0f docs/s, %d top-level blocks, %d failed, peak %.1f MB",
                 paths.count, seconds, Double(paths.count) / seconds, paragraphs, failed, peakMemoryMB()))
case "import":
    guard let schemas = StarlingSchema.locateDirectory() else { exit(2) }
    let importer = try FormImporter(schema: try StarlingSchema.load(from: schemas))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let paths = files(in: arguments[2])
    let start = Date()
    var bytes = 0
    var failed = 0
    for path in paths {
        do { bytes += try encoder.encode(try importer.importFile(at: path).record).count } catch { failed += 1 }
    }
    let seconds = Date().timeIntervalSince(start)
    print(String(format: "import: %d files in %.2f s = %.0f forms/s, %d bytes of JSON, %d failed, peak %.1f MB",
                 paths.count, seconds, Double(paths.count) / seconds, bytes, failed, peakMemoryMB()))
default:
    exit(2)
}
