import Foundation
internal import CLibXML2

/// Streams an XML document held in memory with libxml2's reader (no DOM), yielding
/// `XMLEvent`s. Refuses any DOCTYPE, never loads anything external, enforces depth and
/// size limits, and can validate against an XSD while it streams.
/// Owns the libxml2 reader and the copy of the bytes; frees both on deinit.
public final class XMLStreamReader {
    private let reader: OpaquePointer
    private let bytes: UnsafeMutableRawBufferPointer
    private let collector = XMLErrorCollector()
    private let options: XMLReadOptions
    private var validation: OpaquePointer?
    private var schema: XMLSchema?
    // The reader is used by one thread at a time; skip dynamic exclusivity checks on the hot path.
    @exclusivity(unchecked) private var finished = false
    /// libxml2 interns names in its dictionary, so one Swift string (and one small integer
    /// token) per distinct pointer.
    @exclusivity(unchecked) private var names = NameTable()
    /// Token of the current element's local name and namespace URI: equal tokens mean equal
    /// strings, so callers can classify a name once and then switch on integers.
    @exclusivity(unchecked) public private(set) var localToken = 0
    @exclusivity(unchecked) public private(set) var namespaceToken = 0

    /// - Parameter name: how errors name the document (e.g. `word/document.xml`).
    public init(data: Data, name: String, options: XMLReadOptions = XMLReadOptions()) throws {
        LibXML2.prepare()
        guard data.count <= options.maxBytes else {
            throw XMLError(.tooLarge, "\(name) is \(data.count) bytes, over the limit of \(options.maxBytes)")
        }
        if XMLStreamReader.prologDeclaresDoctype(data) {
            throw XMLError(.doctypeForbidden, "\(name) declares a DOCTYPE, which is not allowed (no DTDs or entities are processed)", line: 1)
        }
        self.options = options
        self.bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: bytes)
        guard let reader = xmlReaderForMemory(
            bytes.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count),
            name, nil, LibXML2.parseOptions)
        else {
            bytes.deallocate()
            throw XMLError(.malformed, "libxml2 could not start reading \(name)")
        }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(
            reader, XMLErrorCollector.handler, Unmanaged.passUnretained(collector).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        if let validation { xmlSchemaFreeValidCtxt(validation) }
        bytes.deallocate()
    }

    /// Validates the document against `schema` while streaming; call before the first `next()`.
    /// Problems are collected in `validationIssues`, each with its line.
    public func validate(against schema: XMLSchema) throws {
        guard let ctxt = xmlSchemaNewValidCtxt(schema.pointer) else {
            throw XMLError(.invalidSchema, "cannot create a validation context")
        }
        xmlSchemaSetValidStructuredErrors(ctxt, XMLErrorCollector.handler, Unmanaged.passUnretained(collector).toOpaque())
        guard xmlTextReaderSchemaValidateCtxt(reader, ctxt, 0) == 0 else {
            xmlSchemaFreeValidCtxt(ctxt)
            throw XMLError(.invalidSchema, "cannot attach the schema to the reader")
        }
        self.validation = ctxt
        self.schema = schema
    }

    /// Problems the XSD validator reported so far (all of them once `next()` returned nil).
    public var validationIssues: [XMLValidationIssue] { collector.validationIssues }

    /// Line of the node last returned (1-based; 0 when unknown).
    public var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) { let n = Int(xmlGetLineNo(node)); if n > 0 { return n } }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// What the cursor is on after `read()`.
    public enum NodeKind: Sendable, Equatable { case start, end, text }

    /// Element name at a `.start` or `.end`, made from the tokens only when asked for.
    public var name: XMLName { XMLName(names.strings[namespaceToken], names.strings[localToken]) }
    /// Character data at a `.text`.
    public var text: String { currentValue() }
    @exclusivity(unchecked) private var atEmptyStart = false

    /// Moves to the next start, end or text node; nil at the end of the document. An empty
    /// element gives `.start` then `.end`. Attributes are read on demand with `attribute(_:namespace:)`.
    /// Throws on malformed XML, a DOCTYPE or nesting past the limit, with libxml2's line and column.
    public func read() throws -> NodeKind? {
        if atEmptyStart {
            atEmptyStart = false
            return .end
        }
        while !finished {
            let status = xmlTextReaderRead(reader)
            if status == 0 {
                finished = true
                if let first = collector.first { throw XMLError(.malformed, first.message, line: first.line, column: first.column) }
                return nil
            }
            if status < 0 { throw currentError() }
            switch xmlTextReaderNodeType(reader) {
            case 1:  // element
                if Int(xmlTextReaderDepth(reader)) >= options.maxDepth {
                    throw XMLError(.tooDeep, "elements nest deeper than \(options.maxDepth) levels", line: line)
                }
                setCurrentName()
                atEmptyStart = xmlTextReaderIsEmptyElement(reader) == 1
                return .start
            case 15:  // end element
                setCurrentName()
                return .end
            case 3, 4, 13, 14:  // text, CDATA, whitespace, significant whitespace
                return .text
            case 10:  // DOCTYPE that the prolog scan missed (e.g. UTF-16)
                throw XMLError(.doctypeForbidden, "a DOCTYPE is not allowed", line: line)
            default:  // comments, processing instructions, entity references
                continue
            }
        }
        return nil
    }

    /// The value of an attribute of the element at a `.start`; `namespace` nil means no namespace.
    public func attribute(_ local: String, namespace: String? = nil) -> String? {
        guard let value = xmlTextReaderGetAttributeNs(reader, local, namespace) else { return nil }
        defer { starling_xml_free(value) }
        return String(cString: value)
    }

    /// Every attribute of the element at a `.start` (namespace declarations excluded).
    public func attributes() -> [XMLAttribute] { readAttributes() }

    /// The next event, or nil at the end of the document: a convenience over `read()`.
    public func next() throws -> XMLEvent? {
        guard let kind = try read() else { return nil }
        switch kind {
        case .start: return .start(name, readAttributes())
        case .end: return .end(name)
        case .text: return .text(currentValue())
        }
    }

    private func currentError() -> XMLError {
        if let first = collector.first {
            let kind: XMLError.Kind = first.message.contains("Excessive depth") ? .tooDeep : .malformed
            return XMLError(kind, first.message, line: first.line, column: first.column)
        }
        return XMLError(.malformed, "unreadable XML", line: line)
    }

    private func setCurrentName() {
        namespaceToken = interned(xmlTextReaderConstNamespaceUri(reader))
        localToken = interned(xmlTextReaderConstLocalName(reader))
    }

    /// The name of the node the libxml2 cursor is on (an attribute, while listing them).
    private func currentName() -> XMLName {
        let namespace = interned(xmlTextReaderConstNamespaceUri(reader))
        let local = interned(xmlTextReaderConstLocalName(reader))
        return XMLName(names.strings[namespace], names.strings[local])
    }

    private func interned(_ pointer: UnsafePointer<xmlChar>?) -> Int {
        guard let pointer else { return 0 }
        if let token = names.lookup(UnsafeRawPointer(pointer)) { return token }
        return names.token(for: UnsafeRawPointer(pointer)) { String(cString: pointer) }
    }

    private func currentValue() -> String {
        guard let value = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: value)
    }

    private func readAttributes() -> [XMLAttribute] {
        guard !finished, xmlTextReaderHasAttributes(reader) == 1 else { return [] }
        var attributes: [XMLAttribute] = []
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let name = currentName()
            // Namespace declarations are not attributes of the document's content.
            if name.namespace == "http://www.w3.org/2000/xmlns/" || (name.namespace.isEmpty && name.local == "xmlns") { continue }
            attributes.append(XMLAttribute(name: name, value: currentValue()))
        }
        xmlTextReaderMoveToElement(reader)
        return attributes
    }

    /// True when a `<!DOCTYPE` appears before the root element. A cheap byte scan, so a
    /// billion-laughs or external-entity payload is refused before libxml2 sees it.
    static func prologDeclaresDoctype(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0
            let n = b.count
            while i < n {
                guard b[i] == UInt8(ascii: "<") else { i += 1; continue }
                guard i + 1 < n else { return false }
                let c = b[i + 1]
                if c == UInt8(ascii: "?") || (c == UInt8(ascii: "!") && i + 3 < n && b[i + 2] == UInt8(ascii: "-")) {
                    // Declaration, PI or comment: skip to its end ("?>" or "-->"), so a "<"
                    // inside a comment is not taken for the root element.
                    let comment = c == UInt8(ascii: "!")
                    var j = i + (comment ? 4 : 2)
                    while j + 1 < n {
                        if comment, b[j] == UInt8(ascii: "-"), b[j + 1] == UInt8(ascii: "-"), j + 2 < n, b[j + 2] == UInt8(ascii: ">") { j += 3; break }
                        if !comment, b[j] == UInt8(ascii: "?"), b[j + 1] == UInt8(ascii: ">") { j += 2; break }
                        j += 1
                    }
                    i = j
                    continue
                }
                if c == UInt8(ascii: "!") {
                    let keyword = "DOCTYPE".utf8
                    var j = i + 2
                    for k in keyword {
                        guard j < n, b[j] & 0xDF == k else { return false }
                        j += 1
                    }
                    return true
                }
                return false  // the root element has started
            }
            return false
        }
    }
}
