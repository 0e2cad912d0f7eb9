import Foundation
import StarlingNative

/// Reads an XML form with libxml2: no network, no DOCTYPE (so no external entities and no
/// entity expansion), depth and size limits; optionally validating against an XSD as it streams.
public enum XMLFormReader {
    public static func read(path: String, schema: XMLSchema? = nil, options: ReadOptions = ReadOptions()) throws -> XMLFormDocument {
        try read(data: InputFile.read(path: path, maxSize: options.maxFileSize), file: path, schema: schema, options: options)
    }

    public static func read(data: Data, file: String, schema: XMLSchema? = nil, options: ReadOptions = ReadOptions()) throws -> XMLFormDocument {
        guard !data.isEmpty else { throw DocumentError(file: file, reason: .empty, message: "is empty (0 bytes)") }
        do {
            let reader = try XMLStreamReader(data: data, name: (file as NSString).lastPathComponent, options: options.xml)
            if let schema { try reader.validate(against: schema) }
            var open: [XMLElementNode] = []
            var texts: [String] = []
            var root: XMLElementNode?
            while let kind = try reader.read() {
                switch kind {
                case .start:
                    var attributes: [String: String] = [:]
                    for attribute in reader.attributes() { attributes[attribute.name.local] = attribute.value }
                    open.append(XMLElementNode(namespace: reader.name.namespace, name: reader.name.local, attributes: attributes, line: reader.line))
                    texts.append("")
                case .text:
                    if !texts.isEmpty { texts[texts.count - 1] += reader.text }
                case .end:
                    guard var node = open.popLast() else { continue }
                    let text = texts.removeLast().trimmingCharacters(in: .whitespacesAndNewlines)
                    node.text = text.isEmpty ? nil : text
                    if open.isEmpty { root = node } else { open[open.count - 1].children.append(node) }
                }
            }
            guard let root else { throw DocumentError(file: file, reason: .malformedPart, message: "has no root element") }
            return XMLFormDocument(
                file: file, root: root,
                schemaIssues: reader.validationIssues.map { .init(line: $0.line, message: $0.message) },
                schema: schema?.name)
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError.from(error, file: file, part: nil)
        }
    }
}
