import Foundation
import FuzzSupport
import StarlingStore

// The action tracker read from .xlsx: any first sheet (`xl/worksheets/sheet1.xml`) inside
// a valid workbook with its shared strings and styles, then the tracker's columns.
let template = FuzzInput.Template(
    path: ProcessInfo.processInfo.environment["STARLING_FUZZ_WORKBOOK"] ?? "Tests/Fixtures/trackers/tracker-dates.xlsx",
    part: "xl/worksheets/sheet1.xml")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSXTracker(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let workbook = template.package(with: FuzzInput.data(start, count)) else { return 0 }
    _ = try? Tracker.parse(XLSXReader.rows(data: workbook, name: "fuzz.xlsx"), file: "fuzz.xlsx")
    return 0
}

@_cdecl("fuzz_tracker_xlsx_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, fuzzXLSXTracker)
}
