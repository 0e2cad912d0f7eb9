import Dispatch
import Foundation

/// Ctrl-C (SIGINT) or SIGTERM asks a long run to stop after committing what is done; a
/// second one stops at once (every transaction is whole, so the store stays consistent).
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var sources: [DispatchSourceSignal] = []

    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.received() }
            source.resume()
            sources.append(source)
        }
    }

    var isRequested: Bool { lock.withLock { requested } }

    private func received() {
        let second = lock.withLock { () -> Bool in
            defer { requested = true }
            return requested
        }
        if second { Foundation.exit(130) }
        Diagnostics.write("\nstopping: finishing the files in hand and committing them (Ctrl-C again to stop now)")
    }
}
