import Foundation

/// Writes to standard error in the form `FILE: error: message` (compilers' and linters'
/// form, which editors and CI logs understand). Never prints record contents.
enum Diagnostics {
    static func error(_ file: String, _ message: String) {
        write("\(file): error: \(message)")
    }

    static func warning(_ file: String, _ message: String) {
        write("\(file): warning: \(message)")
    }

    static func note(_ file: String, _ message: String) {
        write("\(file): note: \(message)")
    }

    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Standard output, written in one place so commands can also target a file.
struct OutputSink {
    private let handle: FileHandle
    private let closes: Bool

    init(path: String?) throws {
        if let path, path != "-" {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw ValidationErrorMessage("cannot write '\(path)'")
            }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            closes = true
        } else {
            handle = FileHandle.standardOutput
            closes = false
        }
    }

    func write(_ text: String) { handle.write(Data(text.utf8)) }
    func close() { if closes { try? handle.close() } }
}

struct ValidationErrorMessage: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
