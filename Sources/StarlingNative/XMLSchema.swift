import Foundation
internal import CLibXML2

/// A compiled XSD. Compiled once from bytes (never from a URL, so nothing external is
/// fetched; schemas must be self-contained) and shared by any number of validations.
public final class XMLSchema: @unchecked Sendable {
    let pointer: OpaquePointer
    public let name: String

    public init(data: Data, name: String) throws {
        LibXML2.prepare()
        if XMLStreamReader.prologDeclaresDoctype(data) {
            throw XMLError(.invalidSchema, "\(name) declares a DOCTYPE, which is not allowed")
        }
        let collector = XMLErrorCollector()
        let compiled: OpaquePointer? = data.withUnsafeBytes { raw in
            guard let ctxt = xmlSchemaNewMemParserCtxt(raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count)) else {
                return nil
            }
            defer { xmlSchemaFreeParserCtxt(ctxt) }
            xmlSchemaSetParserStructuredErrors(ctxt, XMLErrorCollector.handler, Unmanaged.passUnretained(collector).toOpaque())
            return xmlSchemaParse(ctxt)
        }
        guard let compiled else {
            let detail = collector.first.map { ($0.line.map { "line \($0): " } ?? "") + $0.message } ?? "not a valid XSD"
            throw XMLError(.invalidSchema, "\(name): \(detail)", line: collector.first?.line)
        }
        self.pointer = compiled
        self.name = name
    }

    public convenience init(contentsOf url: URL) throws {
        try self.init(data: Data(contentsOf: url), name: url.lastPathComponent)
    }

    deinit { xmlSchemaFree(pointer) }
}
