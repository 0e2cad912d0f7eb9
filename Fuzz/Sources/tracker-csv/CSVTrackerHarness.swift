import FuzzSupport
import StarlingStore

// The action tracker read from CSV: the rows, then the header search and the typed columns.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVTracker(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? Tracker.parse(CSVReader.rows(data: FuzzInput.data(start, count)), file: "fuzz.csv")
    return 0
}

@_cdecl("fuzz_tracker_csv_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzCSVTracker)
}
