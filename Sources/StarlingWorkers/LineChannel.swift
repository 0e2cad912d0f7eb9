import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Newline-delimited messages over a pair of file descriptors, with plain read(2)/write(2):
/// FileHandle traps on a write to a closed pipe, and the parent must survive a worker that
/// died with half a message written.
struct LineChannel {
    let input: Int32
    var output: Int32
    private var buffer: [UInt8] = []

    init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
    }

    /// Writes one line whole; false when the other end has gone.
    @discardableResult
    func send(_ line: Data) -> Bool {
        var bytes = [UInt8](line)
        bytes.append(UInt8(ascii: "\n"))
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(output, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// A complete line already received, if there is one.
    mutating func takeLine() -> Data? {
        guard let end = buffer.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let line = Data(buffer[..<end])
        buffer.removeSubrange(...end)
        return line
    }

    enum Fill { case data, endOfFile, timedOut }

    /// Reads what is there, waiting up to `milliseconds` (-1: as long as it takes).
    mutating func fill(waiting milliseconds: Int32) -> Fill {
        var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        if ready == 0 { return .timedOut }
        if ready < 0 { return errno == EINTR ? .timedOut : .endOfFile }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return .endOfFile }
            buffer.append(contentsOf: chunk[..<count])
            return .data
        }
    }

    /// The next line, waiting as long as it takes; nil at the end of input.
    mutating func readLine() -> Data? {
        while true {
            if let line = takeLine() { return line }
            if fill(waiting: -1) == .endOfFile { return nil }
        }
    }
}
