import FuzzSupport
import StarlingForms

// The XML form reader: the root element picks the kind, its XSD validates, the mapper reads.
let importer = try! FormImporter(schema: FuzzInput.schema)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXMLForm(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? importer.importData(FuzzInput.data(start, count), file: "fuzz.xml")
    return 0
}

@_cdecl("fuzz_xmlform_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzXMLForm)
}
