import FuzzSupport
import StarlingDocument

// The package reader (libzip with Starling's limits, relationships, part names) and, when
// the bytes are a readable package, the document model behind it: raw bytes, any shape.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPackage(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? WordDocumentReader.read(data: FuzzInput.data(start, count), file: "fuzz.docx")
    return 0
}

@_cdecl("fuzz_package_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzPackage)
}
