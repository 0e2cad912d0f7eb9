import Foundation
import FuzzSupport
import StarlingSchema

// The schema loader over a whole schema held in memory: the input is the schema's files one
// after another, each after a line `#=== PATH` (`StarlingSchema.files(fromBundle:)`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchema(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let files = StarlingSchema.files(fromBundle: String(decoding: FuzzInput.data(start, count), as: UTF8.self))
    _ = try? StarlingSchema.load(files: files, directory: URL(fileURLWithPath: "/nonexistent-fuzz-schema"))
    return 0
}

@_cdecl("fuzz_schema_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzSchema)
}
