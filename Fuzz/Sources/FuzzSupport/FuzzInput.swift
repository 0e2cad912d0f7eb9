import Foundation
import StarlingNative
import StarlingSchema

/// What every harness shares: its input as `Data`, the repository's files found from the
/// working folder (`make fuzz` runs from the top of the clone), and a package whose one
/// part is replaced by the fuzzer's bytes.
public enum FuzzInput {
    public static func data(_ start: UnsafePointer<UInt8>, _ count: Int) -> Data {
        Data(bytes: start, count: count)
    }

    /// The schema the tools read, located as the command-line tool locates it.
    public static let schema: StarlingSchema = {
        guard let directory = StarlingSchema.locateDirectory(), let schema = try? StarlingSchema.load(from: directory) else {
            fatalError("fuzz harness: run from the top of the repository, or set STARLING_SCHEMAS")
        }
        return schema
    }()

    /// A valid package read once from `path`, ready to carry the fuzzer's bytes as `part`.
    public struct Template: Sendable {
        let entries: [ZipWriter.Entry]
        let part: String

        public init(entries: [ZipWriter.Entry], part: String) {
            self.entries = entries
            self.part = part
        }

        public init(path: String, part: String) {
            guard let archive = try? ZipArchive(path: path) else { fatalError("fuzz harness: cannot read \(path)") }
            self.entries = archive.entries.compactMap { entry in
                entry.name == part ? nil : (try? archive.read(entry)).map { ZipWriter.Entry(name: entry.name, data: $0, stored: true) }
            }
            self.part = part
        }

        /// The package with `bytes` as its part, stored uncompressed so building it is cheap.
        public func package(with bytes: Data) -> Data? {
            try? ZipWriter.data(entries + [ZipWriter.Entry(name: part, data: bytes, stored: true)])
        }
    }
}

/// libFuzzer's entry point for a program that has its own `main`. SwiftPM names an
/// executable target's entry `<module>_main` and points `main` at it, so libFuzzer's own
/// `main` is never linked: each harness's entry hands its test function to this driver.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

public enum FuzzDriver {
    public static func run(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
        _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, test)
    }
}
