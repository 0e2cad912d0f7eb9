import Foundation
import StarlingStore

/// Shows a migration's progress on standard error: a bar redrawn in place on a terminal,
/// plain lines every few seconds otherwise (logs, CI). Counts only, never file contents.
final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastShown = Date.distantPast
    /// Files done at the last line shown: the end is reported once, not once per caller.
    private var shownDone = -1
    private var drewBar = false

    func update(_ summary: MigrationSummary) {
        lock.withLock {
            let now = Date()
            let interval: TimeInterval = isTerminal ? 0.2 : 5
            let atEnd = summary.done == summary.seen
            guard atEnd ? summary.done != shownDone : now.timeIntervalSince(lastShown) >= interval else { return }
            lastShown = now
            shownDone = summary.done
            let line = Self.line(summary)
            if isTerminal {
                let width = 24
                let filled = summary.seen == 0 ? width : width * summary.done / summary.seen
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(line)".utf8))
                drewBar = true
            } else {
                Diagnostics.write(line)
            }
        }
    }

    func finish() {
        lock.withLock { if drewBar { FileHandle.standardError.write(Data("\n".utf8)) } }
    }

    static func line(_ s: MigrationSummary) -> String {
        let rate = s.seconds > 0 ? Double(s.done) / s.seconds : 0
        let left = rate > 0 ? Int(Double(s.seen - s.done) / rate) : 0
        let failures = s.quarantinedTotal
        return "\(s.done)/\(s.seen) files, \(Int(rate.rounded()))/s, ETA \(left / 60):\(String(format: "%02d", left % 60)), \(failures) quarantined"
    }
}
