import Foundation
internal import CLibXML2

/// One-time, process-wide libxml2 set-up: initialise the parser and install a loader
/// that refuses every external resource (DTDs, entities, XIncludes, schema imports),
/// so no parse can ever reach the network or the file system. libxml2 2.9.14 lacks
/// XML_PARSE_NO_XXE, so this loader is the defence that works on it.
enum LibXML2 {
    static let initialised: Void = {
        xmlInitParser()
        starling_install_no_network_loader()
    }()

    static func prepare() {
        _ = initialised
        // libxml2 keeps the generic error hook per thread; keep stderr clean on this one.
        starling_silence_generic_errors()
    }

    /// Parser options for every document: no network, CDATA as text, 32-bit line numbers,
    /// no printing. Never NOENT, DTDLOAD, HUGE or XINCLUDE.
    static let parseOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
}

/// Collects libxml2's structured errors; passed to C as an unmanaged context pointer.
final class XMLErrorCollector {
    var first: (message: String, line: Int?, column: Int?)?
    var validationIssues: [XMLValidationIssue] = []
    let maxIssues = 1000

    static let handler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue()
        collector.record(error.pointee)
    }

    func record(_ error: xmlError) {
        let message = error.message.map { String(cString: $0) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown XML error"
        let line = error.line > 0 ? Int(error.line) : nil
        let column = error.int2 > 0 ? Int(error.int2) : nil
        if error.domain == Int32(XML_FROM_SCHEMASV.rawValue) {
            if validationIssues.count < maxIssues {
                validationIssues.append(XMLValidationIssue(line: line, message: message))
            }
        } else if first == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue {
            first = (message, line, column)
        }
    }
}
