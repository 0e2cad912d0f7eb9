import ArgumentParser
import Foundation
import StarlingDocument

/// `starling dump`: the raw document model, for debugging and for people who want structure.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the document model of Word (.docx) or XML files.",
        discussion: """
            JSON (the default) shows every paragraph, table, content control, form field, check box, \
            revision and comment with its location. Text prints the accepted view in reading order: \
            one paragraph per line, table cells separated by tabs.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    @Option(help: "Output format: json or text.") var format: Format = .json
    @Option(help: "Text view: accepted (tracked changes applied) or original (as before them).")
    var view: WordDocument.View = .accepted
    @Argument(help: "Files to read (.docx, .docm, .dotx, .dotm or .xml).") var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file") }
    }

    func run() throws {
        var failed = false
        var dumped: [String] = []
        for (index, file) in files.enumerated() {
            do {
                let output = try dump(file)
                if format == .text {
                    if files.count > 1 { print("==> \(file) <==") }
                    print(output)
                    if files.count > 1, index < files.count - 1 { print("") }
                } else {
                    dumped.append(output)
                }
            } catch let error as DocumentError {
                Diagnostics.error(file, error.message)
                failed = true
            } catch {
                Diagnostics.error(file, "\(error)")
                failed = true
            }
        }
        if format == .json, !dumped.isEmpty {
            print(files.count == 1 ? dumped[0] : "[\n" + dumped.joined(separator: ",\n") + "\n]")
        }
        if failed { throw ExitCode(1) }
    }

    private func dump(_ file: String) throws -> String {
        if file.lowercased().hasSuffix(".xml") {
            let form = try XMLFormReader.read(path: file)
            return format == .json ? try JSONOutput.snakeCaseString(form) : XMLFormText.render(form.root)
        }
        let document = try WordDocumentReader.read(path: file)
        for warning in document.warnings { Diagnostics.warning(file, warning) }
        return format == .json ? try JSONOutput.snakeCaseString(document) : document.plainText(view: view)
    }
}

extension WordDocument.View: ExpressibleByArgument {}

/// Plain-text rendering of an XML form: one `path: text` line per element with text.
enum XMLFormText {
    static func render(_ node: XMLElementNode, path: String = "") -> String {
        let here = path.isEmpty ? node.name : "\(path).\(node.name)"
        var lines: [String] = []
        if let text = node.text { lines.append("\(here): \(text)") }
        for (key, value) in node.attributes.sorted(by: { $0.key < $1.key }) { lines.append("\(here)@\(key): \(value)") }
        lines += node.children.map { render($0, path: here) }.filter { !$0.isEmpty }
        return lines.joined(separator: "\n")
    }
}
