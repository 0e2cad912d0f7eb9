import Foundation
import FuzzSupport
import StarlingForms

// The document model and the form readers over any `word/document.xml`, inside a valid
// package (by default a small one with styles, numbering, comments, header and footer;
// `STARLING_FUZZ_TEMPLATE=FILE.docx` puts the input inside a real template instead).
let importer = try! FormImporter(schema: FuzzInput.schema)
let template = ProcessInfo.processInfo.environment["STARLING_FUZZ_TEMPLATE"].map {
    FuzzInput.Template(path: $0, part: "word/document.xml")
} ?? .smallWordPackage

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let package = template.package(with: FuzzInput.data(start, count)) else { return 0 }
    _ = try? importer.importData(package, file: "fuzz.docx")
    return 0
}

@_cdecl("fuzz_document_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzDocument)
}
